--TEST--
getDriver(): a call's 'handler' replaces the whole stack, as with wechatpay-php (nothing is sent by the extension)
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
$i = WeChatPay\Builder::factory(wxp_config($emu));
$before = WeChatPay\Pool::stats()['transfers'];
$handler = function (Psr\Http\Message\RequestInterface $request, array $options) {
    echo $request->getMethod(), ' ', $request->getUri(), ' ', $request->hasHeader('Authorization') ? 'signed' : 'unsigned', "\n";
    return GuzzleHttp\Promise\Create::promiseFor(new GuzzleHttp\Psr7\Response(204));
};
echo $i->v3->pay->transactions->id->_id_->get(['id' => '42', 'handler' => $handler])->getStatusCode(), "\n";
echo $i->v3->certificates->getAsync(['handler' => $handler])->wait()->getStatusCode(), "\n";
echo WeChatPay\Pool::stats()['transfers'] - $before, "\n";
?>
--EXPECTF--
GET %s/v3/pay/transactions/id/42 unsigned
204
GET %s/v3/certificates unsigned
204
0
