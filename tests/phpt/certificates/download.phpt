--TEST--
WeChatPay\Certificates::download(): GET /v3/certificates with the app's client (certs ['any' => null], as the package's downloader starts), each certificate decrypted under apiv3Key and checked against its serial, the answer verified with it; serial => PEM ready for 'certs', files written atomically; the bin/wechatpay-certificates tool does the same
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$instance = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => ['any' => null], 'apiv3Key' => $k['apiv3_key']]));
$dir = wxp_make_temp_dir('wxpcerts');
$certs = WeChatPay\Certificates::download($instance, $dir);
foreach ($certs as $serial => $pem) {
    echo $serial === $k['platform_serial'] ? 'the platform serial' : $serial, ': ',
        var_export($pem === file_get_contents($k['platform_cert']), true), "\n";
}
echo 'files: ', implode(',', array_diff(scandir($dir), ['.', '..'])) === "wechatpay_{$k['platform_serial']}.pem" ? 'one, named by its serial' : implode(',', scandir($dir)), "\n";
echo 'file content: ', var_export(file_get_contents("$dir/wechatpay_{$k['platform_serial']}.pem") === $certs[$k['platform_serial']], true), "\n";
// the request was signed as any call and nothing else was sent
$log = wxp_emulator_requests($emu);
echo count($log), ' request: ', $log[0]['method'], ' ', $log[0]['request_uri'], ' auth ', var_export($log[0]['auth'], true), "\n";
// what it returns is what 'certs' takes: a client built with it verifies answers
$client = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => $certs]));
echo 'verified call: ', $client->v3->emulator->echo->get()->getStatusCode(), "\n";
// any node of the tree serves: the GET starts from its client's root
echo 'from a node: ', var_export(WeChatPay\Certificates::download($instance->v3->pay['transactions']) === $certs, true), "\n";
// the command-line tool, with the package's CertificateDownloader options
$out = wxp_make_temp_dir('wxpcertscli');
$module = dirname(__DIR__, 3) . '/modules/wechatpay.so'; // as tests/inc/pool.inc finds it
$proc = proc_open([PHP_BINARY, '-d', "extension=$module", dirname(__DIR__, 3) . '/bin/wechatpay-certificates',
    '-k', $k['apiv3_key'], '-m', $k['mchid'], '-f', $k['merchant_private_key'], '-s', $k['merchant_serial'],
    '-o', $out, '-b', $emu['base_uri']], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$stdout = stream_get_contents($pipes[1]);
$stderr = stream_get_contents($pipes[2]);
$status = proc_close($proc);
echo "tool: exit $status, ", trim($stdout) === "$out/wechatpay_{$k['platform_serial']}.pem" ? 'printed the file written' : $stdout . $stderr, ', ',
    var_export(file_get_contents("$out/wechatpay_{$k['platform_serial']}.pem") === $certs[$k['platform_serial']], true), "\n";
echo 'tool output holds the key: ', var_export(str_contains($stdout . $stderr, $k['apiv3_key']), true), "\n";
?>
--EXPECT--
the platform serial: true
files: one, named by its serial
file content: true
1 request: GET /v3/certificates auth true
verified call: 200
from a node: true
tool: exit 0, printed the file written, true
tool output holds the key: false
