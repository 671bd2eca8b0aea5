--TEST--
Key cache: factories over 200 distinct keys and certificates (three times the cache's capacity, twice over) all work, and the merchant's key still signs after the evictions; valgrind checks evicted keys are freed and nothing leaks at shutdown
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/keycache.inc';

$emu = wxp_emulator_start();
$keys = $emu['keys'];
$dir = wxp_keycache_generated(200, 1024);
$right = wxp_config($emu);
echo "before: ", wxp_keycache_call($right), "\n";

$made = 0;
$held = [];
for ($pass = 0; $pass < 2; $pass++) {
    for ($i = 0; $i < 200; $i++) {
        $client = WeChatPay\Builder::factory(wxp_config($emu, [
            'privateKey' => $i % 2 ? "file://$dir/key-$i.pem" : file_get_contents("$dir/key-$i.pem"),
            'certs' => [$keys['platform_serial'] => "file://$dir/cert-$i.pem"],
        ]));
        $made++;
        // a few clients outlive their keys' eviction: they must still sign (with the key they were built with)
        if ($pass === 0 && $i % 50 === 0) {
            $held[$i] = $client;
        }
    }
}
echo "factories: $made\n";
foreach ($held as $i => $client) {
    try {
        $client->v3->emulator->echo->get();
        echo "held $i: accepted\n";
    } catch (WeChatPay\Exception\ClientException $e) {
        // the emulator knows only the merchant's key: a signature made with key-$i is refused, but it was made
        echo "held $i: ", $e->getResponse()->getStatusCode(), "\n";
    }
}
echo "after: ", wxp_keycache_call($right), "\n";
?>
--EXPECT--
before: 200
factories: 400
held 0: 401
held 50: 401
held 100: 401
held 150: 401
after: 200
