--TEST--
Notification: the APIv3 key, the APIv2 secret and its md5 never show in what any refusal carries (message, trace with arguments, dumps)
--EXTENSIONS--
wechatpay
--INI--
zend.exception_ignore_args=0
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$client = wxp_notification_client($emu);
$apiv3 = $emu['keys']['apiv3_key'];
$secret = wxp_v2_keys()['secret'];
$forbidden = [];
foreach ([$apiv3, $secret, md5($secret)] as $s) {
    array_push($forbidden, $s, strtoupper($s), bin2hex($s), base64_encode($s), substr($s, 0, 12), substr($s, -12));
}

$seen = [];
$collect = function (callable $fn) use (&$seen) {
    try {
        $fn();
        $seen[] = 'returned';
    } catch (Throwable $e) {
        ob_start();
        var_dump($e);
        print_r($e);
        echo $e, $e->getMessage(), $e->getTraceAsString(), json_encode($e->getTrace()), var_export($e->getTrace(), true);
        $seen[] = ob_get_clean();
    }
};
$kinds = ['stale', 'signtest', 'unknown_serial', 'tampered', 'bad_tag', 'other_key', 'not_json', 'no_resource', 'plaintext_not_json'];
foreach ($kinds as $kind) {
    $cb = wxp_callback($emu, $kind);
    $collect(fn() => WeChatPay\Notification::handle($client, $cb['headers'], $cb['body']));
}
$good = wxp_callback($emu, 'good');
$wrongKey = wxp_notification_client($emu, ['apiv3Key' => str_repeat('z', 32)]); // not in a closure: $emu holds the keys
$collect(fn() => WeChatPay\Notification::handle($wrongKey, $good['headers'], $good['body']));
$collect(fn() => WeChatPay\Notification::handle($client, [], $good['body']));
foreach (['v2_fail', 'v2_other_key', 'v2_not_xml'] as $kind) {
    $cb = wxp_callback($emu, $kind);
    $collect(fn() => WeChatPay\Notification::handleV2($client, $cb['body']));
}
$collect(fn() => WeChatPay\Notification::handleV2($client, 'garbage'));
echo count($seen), " refusals\n";
$all = implode("\n", $seen);
var_dump(str_contains($all, 'Notification refused'));
foreach ($forbidden as $i => $s) {
    if (str_contains($all, $s)) {
        echo "secret #$i shows\n";
    }
}
// and the client itself, dumped
ob_start();
var_dump($client);
print_r($client);
$dump = ob_get_clean();
foreach ($forbidden as $i => $s) {
    if (str_contains($dump, $s)) {
        echo "secret #$i shows in the client\n";
    }
}
echo "done\n";
?>
--EXPECT--
15 refusals
bool(true)
done
