--TEST--
Options: 'progress' on calls with a body: uploadTotal and uploaded end equal to the body's length (json, a string body, a PUT), and the download counters to the answer's
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
function run(string $label, callable $call): void
{
    $calls = [];
    $response = $call(function (int $downloadTotal, int $downloaded, int $uploadTotal, int $uploaded) use (&$calls) {
        $calls[] = [$downloadTotal, $downloaded, $uploadTotal, $uploaded];
    });
    $sent = strlen(json_decode((string) $response->getBody(), true)['body']);
    $received = strlen((string) $response->getBody());
    $uploads = $sorted = array_column($calls, 3);
    sort($sorted);
    $last = end($calls);
    echo $label, ': sent ', $sent, ', last ', json_encode($last), ', upload ends with the body ',
        $last[2] === $sent && $last[3] === $sent ? 'yes' : 'no', ', download ends with the answer ',
        $last[0] === $received && $last[1] === $received ? 'yes' : 'no', ', uploaded never decreases ',
        $uploads === $sorted ? 'yes' : 'no', "\n";
}
$json = ['pad' => str_repeat('p', 200000)];
run('post json', fn ($progress) => $client->chain('v3/emulator/echo')->post(['json' => $json, 'progress' => $progress]));
run('post body', fn ($progress) => $client->chain('v3/emulator/echo')->post(['body' => '{"a":"' . str_repeat('b', 5000) . '"}', 'progress' => $progress]));
run('put async', fn ($progress) => $client->chain('v3/emulator/echo')->putAsync(['json' => ['x' => 1], 'progress' => $progress])->wait());
?>
--EXPECTF--
post json: sent 200010, last [%d,%d,200010,200010], upload ends with the body yes, download ends with the answer yes, uploaded never decreases yes
post body: sent 5008, last [%d,%d,5008,5008], upload ends with the body yes, download ends with the answer yes, uploaded never decreases yes
put async: sent 7, last [%d,%d,7,7], upload ends with the body yes, download ends with the answer yes, uploaded never decreases yes
