--TEST--
PSR-7 bridge: GuzzleHttp\Psr7 (with Debian's psr/http-message) loads and works beside the extension's classes
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Psr7/autoload.php')) die('skip php-guzzlehttp-psr7 not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Psr7/autoload.php';

$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
echo (new ReflectionClass('Psr\Http\Message\ResponseInterface'))->getFileName(), "\n";

// Guzzle's own classes.
$g = new GuzzleHttp\Psr7\Response(201, ['X-Guzzle' => 'yes'], 'theirs');
var_dump(get_class($g), $g->getStatusCode(), (string) $g->getBody(), $g->getHeaderLine('x-guzzle'));

// A Guzzle stream as our body, and our stream as Guzzle's body.
$r2 = $r->withBody(GuzzleHttp\Psr7\Utils::streamFor('x'));
var_dump(get_class($r2->getBody()), (string) $r2->getBody(), get_class($r->getBody()));
$g2 = $g->withBody($r->getBody());
var_dump(get_class($g2->getBody()), $g2->getBody()->getSize() === $r->getBody()->getSize());

// Guzzle's helpers take our response as any MessageInterface.
$text = GuzzleHttp\Psr7\Message::toString($r2->withoutHeader('Date'));
var_dump(str_starts_with($text, "HTTP/1.1 200 OK\r\n"), str_ends_with($text, "\r\n\r\nx"));
var_dump(GuzzleHttp\Psr7\Message::bodySummary($r2));
?>
--EXPECT--
/usr/share/php/Psr/Http/Message/ResponseInterface.php
string(24) "GuzzleHttp\Psr7\Response"
int(201)
string(6) "theirs"
string(3) "yes"
string(22) "GuzzleHttp\Psr7\Stream"
string(1) "x"
string(21) "WeChatPay\Http\Stream"
string(21) "WeChatPay\Http\Stream"
bool(true)
bool(true)
bool(true)
string(1) "x"
