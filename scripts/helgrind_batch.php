<?php
/** For scripts/helgrind.sh: N async calls (8 in flight) signed and verified on worker threads, then a cancel
 * while signing; prints how many were verified. */
declare(strict_types=1);
require __DIR__ . '/../tests/inc/server.inc';
$n = max(1, (int) ($argv[1] ?? 40));
$emu = wxp_emulator_start(['workers' => 2]);
$client = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 8]));
$promises = [];
for ($i = 0; $i < $n; $i++) {
    $promises[] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['n' => $i]]);
}
$ok = 0;
foreach ($promises as $p) {
    $ok += $p->wait()->getStatusCode() === 200 ? 1 : 0;
}
$client->chain('v3/emulator/echo')->getAsync()->cancel();
echo "$ok of $n verified\n";
