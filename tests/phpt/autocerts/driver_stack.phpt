--TEST--
Automatic platform certificates through the getDriver() stack: its verifier meets the unknown serial first and fetches them; the chain's verbs then use them, no second fetch; a certs array given by reference (the package's download tool) keeps its own rule
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$config = wxp_config($emu, ['certs' => [], 'apiv3Key' => $k['apiv3_key']]);
$fetches = static fn () => count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates'));
$api = WeChatPay\Builder::factory($config);
echo 'stack: ', $api->getDriver()->select()->request('GET', 'v3/emulator/echo')->getStatusCode(), ', fetches ', $fetches(), "\n";
echo 'verbs: ', $api->v3->emulator->echo->get()->getStatusCode(), ', fetches ', $fetches(), "\n";
echo 'stack async: ', $api->getDriver()->select()->requestAsync('GET', 'v3/emulator/echo')->wait()->getStatusCode(), ', fetches ', $fetches(), "\n";
// certs by reference are read when verifying, as the package's verifier reads them: an empty one stays empty
$certs = ['any' => null];
$byRef = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => &$certs, 'apiv3Key' => $k['apiv3_key']]));
try {
    $byRef->getDriver()->select()->request('GET', 'v3/emulator/echo');
} catch (Throwable $e) {
    echo 'by reference: ', get_class($e), ': ', str_contains($e->getMessage(), 'Cannot found the serial') ? 'unknown serial' : $e->getMessage(), "\n";
}
$certs[$k['platform_serial']] = file_get_contents($k['platform_cert']);
echo 'by reference, filled: ', $byRef->getDriver()->select()->request('GET', 'v3/emulator/echo')->getStatusCode(), "\n";
?>
--EXPECT--
stack: 200, fetches 1
verbs: 200, fetches 1
stack async: 200, fetches 1
by reference: WeChatPay\Exception\Guzzle\VerificationException: unknown serial
by reference, filled: 200
