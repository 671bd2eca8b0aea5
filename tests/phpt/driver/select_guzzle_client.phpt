--TEST--
getDriver(): select() is one GuzzleHttp\Client, configured as wechatpay-php's, over the package's stack order (needs the signer/verifier middleware)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/driver.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$i = WeChatPay\Builder::factory(wxp_config($emu, ['timeout' => 12, 'headers' => ['X-App' => 'shop'], 'max_response_size' => 4096]));
$c = $i->getDriver()->select();
var_dump($c instanceof GuzzleHttp\ClientInterface, $c === $i->v3->getDriver()->select(), $c === $i->getDriver()->select('v3'));
$stack = $c->getConfig('handler');
echo get_class($stack), ' ', implode(' -> ', wxp_driver_stack_names($stack)), "\n";
var_dump($stack->hasHandler());
echo (string) $c->getConfig('base_uri') === $emu['base_uri'] ? 'base_uri' : 'base_uri?', "\n";
$h = $c->getConfig('headers');
echo $h['Accept'], ' | ', $h['Content-Type'], ' | ', $h['X-App'], ' | ', str_starts_with($h['User-Agent'], 'wechatpay-') ? 'UA' : 'UA?', "\n";
var_dump($c->getConfig('timeout'), $c->getConfig('connect_timeout'), $c->getConfig('verify'), $c->getConfig('http_errors'), $c->getConfig('max_response_size'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
GuzzleHttp\HandlerStack verifier -> http_errors -> allow_redirects -> cookies -> signer -> prepare_body
bool(true)
base_uri
application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5 | application/json; charset=utf-8 | shop | UA
float(12)
float(10)
bool(true)
bool(true)
int(4096)
