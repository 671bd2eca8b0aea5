--TEST--
PSR-7 bridge: GuzzleHttp\Psr7 loaded after the extension declared its fallback interfaces still works
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Psr7/autoload.php')) die('skip php-guzzlehttp-psr7 not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
echo (new ReflectionClass('Psr\Http\Message\StreamInterface'))->getFileName(), "\n";

// Guzzle 2.x implements the 2.x-shaped fallback interfaces (its psr autoloader is never consulted for them).
require '/usr/share/php/GuzzleHttp/Psr7/autoload.php';
$g = new GuzzleHttp\Psr7\Response(204);
var_dump($g instanceof Psr\Http\Message\ResponseInterface, $g->getReasonPhrase());
$r2 = $r->withBody(GuzzleHttp\Psr7\Utils::streamFor('y'));
var_dump((string) $r2->getBody(), GuzzleHttp\Psr7\Message::bodySummary($r2));
?>
--EXPECT--
wechatpay PSR-7 bridge
bool(true)
string(10) "No Content"
string(1) "y"
string(1) "y"
