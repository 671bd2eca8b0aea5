--TEST--
PSR-7 response and stream: parameters declared mixed (for psr/http-message 1.x and 2.x alike) accept, under strict_types, what coercive typing accepts for a string or int (getHeader(1), read('3')), and refuse the rest with a TypeError naming the type
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
$response = $api->chain('v3/emulator/echo')->get()->withHeader('1', 'one');
var_dump($response->getHeader(1), $response->hasHeader(1), $response->getHeaderLine(1.0));
var_dump($response->withoutHeader(1)->hasHeader('1'));
$body = $response->getBody();
$body->seek('2');
var_dump($body->read('3'), $body->tell());
foreach ([static fn() => $response->getHeader([]), static fn() => $body->read('many'), static fn() => $body->seek(new stdClass())] as $call) {
    try {
        $call();
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
$method = new ReflectionMethod(WeChatPay\Http\AbstractResponse::class, 'getHeader');
echo $method->getParameters()[0]->getType(), "\n";
?>
--EXPECT--
array(1) {
  [0]=>
  string(3) "one"
}
bool(true)
string(3) "one"
bool(false)
string(3) "met"
int(5)
WeChatPay\Http\AbstractResponse::getHeader(): Argument #1 ($name) must be of type string, array given
WeChatPay\Http\AbstractStream::read(): Argument #1 ($length) must be of type int, string given
WeChatPay\Http\AbstractStream::seek(): Argument #1 ($offset) must be of type int, stdClass given
mixed
