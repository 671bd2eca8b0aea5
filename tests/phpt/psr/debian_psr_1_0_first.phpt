--TEST--
PSR-7 bridge: Debian's psr/http-message 1.0, autoloaded, provides the interfaces the response implements
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/Psr/Http/Message/autoload.php')) die('skip php-psr-http-message not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
// Only an autoloader: the interfaces are loaded when the extension looks them up at the first response.
require '/usr/share/php/Psr/Http/Message/autoload.php';
var_dump(interface_exists('Psr\Http\Message\ResponseInterface', false));

$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();

foreach (['MessageInterface', 'ResponseInterface', 'StreamInterface'] as $name) {
    echo $name, ' ', (new ReflectionClass("Psr\\Http\\Message\\$name"))->getFileName(), "\n";
}
// 1.0 has untyped parameters.
var_dump((string) (new ReflectionMethod('Psr\Http\Message\ResponseInterface', 'withStatus'))->getParameters()[0]->getType());

var_dump($r instanceof Psr\Http\Message\ResponseInterface, $r->getBody() instanceof Psr\Http\Message\StreamInterface);
$f = function (Psr\Http\Message\ResponseInterface $x): Psr\Http\Message\StreamInterface {
    return $x->withStatus(202)->withHeader('X-A', 'b')->getBody();
};
var_dump($f($r) === $r->getBody());
$j = json_decode((string) $r->getBody(), true);
var_dump($j['method'], $r->getStatusCode(), $r->getReasonPhrase());
?>
--EXPECT--
bool(false)
MessageInterface /usr/share/php/Psr/Http/Message/MessageInterface.php
ResponseInterface /usr/share/php/Psr/Http/Message/ResponseInterface.php
StreamInterface /usr/share/php/Psr/Http/Message/StreamInterface.php
string(0) ""
bool(true)
bool(true)
bool(true)
string(3) "GET"
int(200)
string(2) "OK"
