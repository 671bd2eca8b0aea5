--TEST--
APIv2 answers that fail the package's checks reject with the response as the reason: sync RejectionException, async otherwise() gets the response; getRejectedBy() says which check
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$k = wxp_v2_keys();
$instance = WeChatPay\Builder::factory(wxp_v2_config($emu));
$wrongSecret = WeChatPay\Builder::factory(wxp_v2_config($emu, ['secret' => str_repeat('x', 32)]));
$node = $instance->v2->pay->orderquery;
$cases = [
    'FAULT_RETURN_FAIL' => [$node, ['out_trade_no' => 'FAULT_RETURN_FAIL']],
    'FAULT_RESULT_FAIL' => [$node, ['out_trade_no' => 'FAULT_RESULT_FAIL']],
    'FAULT_BAD_SIGN' => [$node, ['out_trade_no' => 'FAULT_BAD_SIGN']],
    'FAULT_NO_SIGN' => [$node, ['out_trade_no' => 'FAULT_NO_SIGN']],
    'FAULT_NOT_XML' => [$node, ['out_trade_no' => 'FAULT_NOT_XML']],
    'HMAC request, bad sign' => [$node, ['out_trade_no' => 'FAULT_BAD_SIGN', 'sign_type' => 'HMAC-SHA256']],
    'wrong secret (the server says so)' => [$wrongSecret->v2->pay->orderquery, ['out_trade_no' => 'T1']],
    'sandbox signkey (no sign, not on the list)' => [$instance->v2->sandboxnew->pay->getsignkey, []],
];
foreach ($cases as $name => [$n, $fields]) {
    $xml = ['mch_id' => $k['mchid']] + $fields;
    echo "$name\n";
    try {
        $n->post(['xml' => $xml]);
        echo "  sync: fulfilled\n";
    } catch (WeChatPay\Exception\RejectionException $e) {
        $reason = $e->getReason();
        echo '  sync: ', get_class($e), "\n    ", $e->getMessage(), "\n    reason: ", get_class($reason), ' ',
            $reason->getStatusCode(), ' rejected by ', $reason->getRejectedBy(), "\n";
    }
    $seen = $n->postAsync(['xml' => $xml])->then(
        static fn ($r) => 'fulfilled',
    )->otherwise(static function ($e) {
        return ($e instanceof Psr\Http\Message\ResponseInterface ? 'the response' : get_class($e))
            . ', rejected by ' . $e->getRejectedBy() . ', body ' . strlen((string) $e->getBody()) . ' bytes';
    })->wait();
    echo "  async otherwise(): $seen\n";
}
// wait() on the rejected promise throws the RejectionException too
try {
    $node->postAsync(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'FAULT_RESULT_FAIL']])->wait();
} catch (WeChatPay\Exception\RejectionException $e) {
    echo 'wait(): ', get_class($e), ', reason rejected by ', $e->getReason()->getRejectedBy(), "\n";
}
// 4xx/5xx are ClientException/ServerException, as for APIv3; with http_errors false the body is checked
try {
    $node->post(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'FAULT_HTTP_500']]);
} catch (WeChatPay\Exception\ServerException $e) {
    echo '500: ', get_class($e), ' ', $e->getResponse()->getStatusCode(), "\n";
}
try {
    $node->post(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'FAULT_HTTP_500'], 'http_errors' => false]);
} catch (WeChatPay\Exception\RejectionException $e) {
    echo '500, http_errors false: ', $e->getReason()->getStatusCode(), ' rejected by ', $e->getReason()->getRejectedBy(), "\n";
}
// a with*() copy is still the rejected answer
echo 'copy: ', $e->getReason()->withHeader('X-A', 'b')->getRejectedBy(), "\n";
// on_stats sees the rejected answer as the transfer's response
$node->postAsync(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'FAULT_BAD_SIGN'],
    'on_stats' => static function ($stats) {
        echo 'on_stats: ', $stats->hasResponse() ? $stats->getResponse()->getRejectedBy() : 'no response', "\n";
    }])->wait(false);
// an APIv2 call is never sent through a Guzzle stack (a 'handler', or a changed getDriver() stack): refused
$p = $node->postAsync(['xml' => ['mch_id' => $k['mchid']], 'handler' => static fn () => null]);
try {
    $p->wait();
} catch (Throwable $t) {
    echo 'through a handler: ', get_class($t), "\n";
}
?>
--EXPECTF--
FAULT_RETURN_FAIL
  sync: WeChatPay\Exception\Own\RejectionException
    The APIv2 answer was rejected by its return_code check: its return_code is not SUCCESS (return_code FAIL, return_msg %s); the rejection's reason is the response
    reason: WeChatPay\Http\Response 200 rejected by return_code
  async otherwise(): the response, rejected by return_code, body %d bytes
FAULT_RESULT_FAIL
  sync: WeChatPay\Exception\Own\RejectionException
    The APIv2 answer was rejected by its result_code check: its result_code is not SUCCESS (return_code SUCCESS, return_msg OK, result_code FAIL, err_code ORDERNOTEXIST, err_code_des %s); the rejection's reason is the response
    reason: WeChatPay\Http\Response 200 rejected by result_code
  async otherwise(): the response, rejected by result_code, body %d bytes
FAULT_BAD_SIGN
  sync: WeChatPay\Exception\Own\RejectionException
    The APIv2 answer was rejected by its sign check: its sign is not the MD5 the APIv2 key gives (return_code SUCCESS, return_msg OK, result_code SUCCESS); the rejection's reason is the response
    reason: WeChatPay\Http\Response 200 rejected by sign
  async otherwise(): the response, rejected by sign, body %d bytes
FAULT_NO_SIGN
  sync: WeChatPay\Exception\Own\RejectionException
    The APIv2 answer was rejected by its sign check: it has no sign (return_code SUCCESS, return_msg OK, result_code SUCCESS); the rejection's reason is the response
    reason: WeChatPay\Http\Response 200 rejected by sign
  async otherwise(): the response, rejected by sign, body %d bytes
FAULT_NOT_XML
  sync: WeChatPay\Exception\Own\RejectionException
    The APIv2 answer was rejected by its return_code check: its return_code is not SUCCESS (no return_code); the rejection's reason is the response
    reason: WeChatPay\Http\Response 200 rejected by return_code
  async otherwise(): the response, rejected by return_code, body 7 bytes
HMAC request, bad sign
  sync: WeChatPay\Exception\Own\RejectionException
    The APIv2 answer was rejected by its sign check: its sign is not the HMAC-SHA256 the APIv2 key gives (return_code SUCCESS, return_msg OK, result_code SUCCESS); the rejection's reason is the response
    reason: WeChatPay\Http\Response 200 rejected by sign
  async otherwise(): the response, rejected by sign, body %d bytes
wrong secret (the server says so)
  sync: WeChatPay\Exception\Own\RejectionException
    The APIv2 answer was rejected by its return_code check: its return_code is not SUCCESS (return_code FAIL, return_msg %s); the rejection's reason is the response
    reason: WeChatPay\Http\Response 200 rejected by return_code
  async otherwise(): the response, rejected by return_code, body %d bytes
sandbox signkey (no sign, not on the list)
  sync: WeChatPay\Exception\Own\RejectionException
    The APIv2 answer was rejected by its sign check: it has no sign (return_code SUCCESS, return_msg OK, result_code SUCCESS); the rejection's reason is the response
    reason: WeChatPay\Http\Response 200 rejected by sign
  async otherwise(): the response, rejected by sign, body %d bytes
wait(): WeChatPay\Exception\Own\RejectionException, reason rejected by result_code
500: WeChatPay\Exception\Own\ServerException 500
500, http_errors false: 500 rejected by return_code
copy: return_code
on_stats: sign
through a handler: BadMethodCallException
