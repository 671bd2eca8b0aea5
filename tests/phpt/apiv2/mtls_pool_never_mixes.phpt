--TEST--
APIv2 mutual TLS and the connection pool: a connection that presented a client certificate is reused only by calls presenting the same one, never by a call without `security` or with another merchant's certificate (sync and async, interleaved), while same-identity calls do reuse theirs
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$front = wxp_v2_mtls_front_start($emu, ['verify_client' => 'optional']);
$k = wxp_v2_keys();
$a = WeChatPay\Builder::factory(wxp_v2_config($emu, ['base_uri' => $front['base_uri'], 'verify' => $front['ca']]));
$b = WeChatPay\Builder::factory(wxp_v2_config($emu, ['base_uri' => $front['base_uri'], 'verify' => $front['ca'],
    'merchant' => ['cert' => $k['other_cert'], 'key' => $k['other_key']]]));
$names = [$k['cert_serial'] => 'A', $k['other_serial'] => 'B', 'NONE' => 'none'];
$whoami = static function ($client, bool $security, bool $async = false) use ($k) {
    $options = ['xml' => ['mch_id' => $k['mchid']], 'security' => $security];
    return $async ? $client->v2->v2emu->whoami->postAsync($options) : $client->v2->v2emu->whoami->post($options);
};
$seen = static function ($response) use ($names): string {
    $answer = WeChatPay\Transformer::toArray((string) $response->getBody());
    return $names[strtoupper($answer['client_serial'])] ?? "unknown $answer[client_serial]";
};
$plan = [[$a, false, 'none'], [$a, true, 'A'], [$a, false, 'none'], [$a, true, 'A'], [$b, true, 'B'],
         [$a, true, 'A'], [$b, false, 'none'], [$b, true, 'B'], [$a, false, 'none'], [$a, true, 'A']];
$wrong = 0;
foreach ($plan as $i => [$client, $security, $expected]) {
    $got = $seen($whoami($client, $security));
    if ($got !== $expected) {
        $wrong++;
        echo "call $i: expected $expected, the server saw $got\n";
    }
}
// async, all in flight at once, several rounds
for ($round = 0; $round < 3; $round++) {
    $promises = [];
    foreach ($plan as $i => [$client, $security, $expected]) {
        $promises[] = [$whoami($client, $security, true), $expected, $i];
    }
    foreach ($promises as [$promise, $expected, $i]) {
        $got = $seen($promise->wait());
        if ($got !== $expected) {
            $wrong++;
            echo "async round $round call $i: expected $expected, the server saw $got\n";
        }
    }
}
echo "answers that showed the wrong identity: $wrong\n";
// nginx's view: each connection only ever carried one identity, and connections were reused
$lines = wxp_nginx_access_log_wait($front, count($plan) * 4);
$identities = [];
foreach ($lines as $line) {
    $identities[$line['connection']][$line['client_serial'] ?? 'NONE'] = true;
}
$mixed = array_filter($identities, static fn (array $ids): bool => count($ids) > 1);
echo 'connections: ', count($identities) < count($lines) ? 'fewer than requests (reused)' : 'one per request', "\n";
echo 'connections that carried two identities: ', count($mixed), "\n";
echo 'identities seen: ', implode(',', array_unique(array_map(static fn ($l) => $names[$l['client_serial'] ?? 'NONE'], $lines))), "\n";
?>
--EXPECT--
answers that showed the wrong identity: 0
connections: fewer than requests (reused)
connections that carried two identities: 0
identities seen: none,A,B
