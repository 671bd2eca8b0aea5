--TEST--
Automatic platform certificates, config certsFile: the first fetch writes the file (JSON: mchid, fetched_at, certificates serial => PEM; through a temporary file renamed over it, under an flock() of certsFile.lock that makes the workers sharing it fetch one at a time); another process of the same config starts from it and fetches nothing; a file of another merchant, or not ours, is rewritten at the next fetch; a file that cannot be written is a warning naming it while the call still verifies
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$dir = wxp_make_temp_dir('wxpcertsfile');
$file = "$dir/platform-certs.json";
$fetches = static fn () => count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates'));
$config = wxp_config($emu, ['certs' => [], 'apiv3Key' => $k['apiv3_key'], 'certsFile' => $file]);
echo 'this process: ', WeChatPay\Builder::factory($config)->v3->emulator->echo->get()->getStatusCode(), ', fetches ', $fetches(), "\n";
$doc = json_decode(file_get_contents($file), true);
echo 'file: mchid ', var_export($doc['mchid'] === $k['mchid'], true), ', fetched_at ', var_export(abs($doc['fetched_at'] - time()) < 60, true),
    ', certificates ', var_export(array_keys($doc['certificates']) === [$k['platform_serial']] && $doc['certificates'][$k['platform_serial']] === file_get_contents($k['platform_cert']), true),
    ', key in it ', var_export(str_contains(file_get_contents($file), $k['apiv3_key']), true),
    ', leftovers ', implode(',', array_diff(scandir($dir), ['.', '..', 'platform-certs.json'])) ?: 'none', "\n";
// another process (a PHP-FPM sibling, a restart) with the same config
$script = "$dir/other.php";
file_put_contents($script, '<?php $c = json_decode(file_get_contents($argv[1]), true); echo WeChatPay\Builder::factory($c)->v3->emulator->echo->get()->getStatusCode();');
file_put_contents("$dir/config.json", json_encode($config));
$run = static function () use ($script, $dir) {
    $proc = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . dirname(__DIR__, 3) . '/modules/wechatpay.so', $script, "$dir/config.json"],
        [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['USE_ZEND_ALLOC' => '1']);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($proc);
    return trim($out);
};
echo 'another process: ', $run(), ', fetches ', $fetches(), "\n";
// another merchant's file (or junk): ignored and rewritten by the fetch the other process then makes
file_put_contents($file, json_encode(['mchid' => '1234567890', 'fetched_at' => time(), 'certificates' => []]));
echo 'another merchant\'s file: ', $run(), ', fetches ', $fetches(), ', rewritten ', var_export(json_decode(file_get_contents($file), true)['mchid'] === $k['mchid'], true), "\n";
file_put_contents($file, 'not json');
echo 'junk: ', $run(), ', fetches ', $fetches(), ', rewritten ', var_export(json_decode(file_get_contents($file), true)['mchid'] === $k['mchid'], true), "\n";
// a path that cannot be written: the call verifies, a warning names the file
file_put_contents("$dir/config.json", json_encode(array_replace($config, ['certsFile' => "$dir/missing/certs.json"])));
echo 'unwritable: ', str_replace($dir, 'DIR', $run()), ', fetches ', $fetches(), "\n";
wxp_remove_tree($dir);
?>
--EXPECTF--
this process: 200, fetches 1
file: mchid true, fetched_at true, certificates true, key in it false, leftovers platform-certs.json.lock
another process: 200, fetches 1
another merchant's file: 200, fetches 2, rewritten true
junk: 200, fetches 3, rewritten true
unwritable: Warning: %s Cannot write config 'certsFile' DIR/missing/certs.json: the platform certificates just fetched are used, but not kept for other processes in %s on line %d
200, fetches 4
