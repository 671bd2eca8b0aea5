--TEST--
APIv2 with Guzzle loadable: a rejected answer is thrown as GuzzleHttp\Promise\RejectionException (autoloaded) whose getReason() is the response; async handlers get the response, so README_APIv2's instanceof test never matches there; Utils::settle() sees the response
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$k = wxp_v2_keys();
$instance = WeChatPay\Builder::factory(wxp_v2_config($emu));
$xml = ['mch_id' => $k['mchid'], 'out_trade_no' => 'FAULT_RESULT_FAIL'];
echo 'loaded before: ', var_export(class_exists('GuzzleHttp\Promise\RejectionException', false), true), "\n";
try {
    $instance->v2->pay->orderquery->post(['xml' => $xml]);
} catch (GuzzleHttp\Promise\RejectionException $e) {
    echo get_class($e), ' is ours too: ', var_export($e instanceof WeChatPay\Exception\RejectionException, true), "\n";
    echo 'reason: ', get_class($e->getReason()), ' ', $e->getReason()->getRejectedBy(), "\n";
}
// README_APIv2's handler, verbatim in shape: the first branch never matches in async, the second does
$res = $instance->v2->pay->orderquery->postAsync(['xml' => $xml])
    ->then(static function ($response) { return WeChatPay\Transformer::toArray((string) $response->getBody()); })
    ->otherwise(static function ($e) {
        if ($e instanceof \GuzzleHttp\Promise\RejectionException) {
            return ['branch' => 'RejectionException'];
        }
        if ($e instanceof \Psr\Http\Message\MessageInterface) {
            return ['branch' => 'MessageInterface'] + WeChatPay\Transformer::toArray((string) $e->getBody());
        }
        return [];
    })->wait();
echo "async: $res[branch] $res[err_code]\n";
$settled = GuzzleHttp\Promise\Utils::settle([
    $instance->v2->pay->orderquery->postAsync(['xml' => $xml]),
    $instance->v2->pay->orderquery->postAsync(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'T2']]),
])->wait();
foreach ($settled as $s) {
    echo $s['state'], ' ', isset($s['reason']) ? $s['reason']->getRejectedBy() : $s['value']->getStatusCode(), "\n";
}
?>
--EXPECT--
loaded before: false
WeChatPay\Exception\Guzzle\RejectionException is ours too: true
reason: WeChatPay\Http\Response result_code
async: MessageInterface ORDERNOTEXIST
rejected result_code
fulfilled 200
