--TEST--
getDriver(): Middleware::history pushed on the stack sees the request and response of chain calls, sync and async (needs the signer/verifier middleware to build the stack)
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
$stack = wxp_driver_test_stack($i, $emu);
$history = [];
$stack->push(GuzzleHttp\Middleware::history($history));
$r = $i->v3->emulator->echo->_id_->post(['id' => 'a b', 'json' => ['x' => 1], 'query' => ['q' => 1]]);
echo $r->getStatusCode(), "\n";
$p = $i->chain('v3/emulator/echo')->getAsync();
echo $p instanceof WeChatPay\Promise ? 'WeChatPay\Promise' : get_class($p), ' ', $p->wait()->getStatusCode(), "\n";
foreach ($history as $h) {
    echo $h['request']->getMethod(), ' ', $h['request']->getRequestTarget(), ' ', (string) $h['request']->getBody(), ' ',
        $h['request']->hasHeader('Authorization') ? 'signed' : '-', ' ', $h['response']->getStatusCode(), ' ', get_class($h['response']), "\n";
}
// each entry's options hold the stack ('handler'), whose history middleware holds the entries: a cycle of
// Guzzle's own, broken here so the test's memory check sees what the extension leaves
$history = [];
?>
--EXPECT--
200
WeChatPay\Promise 200
POST /v3/emulator/echo/a%20b?q=1 {"x":1} signed 200 WeChatPay\Http\Response
GET /v3/emulator/echo  signed 200 WeChatPay\Http\Response
