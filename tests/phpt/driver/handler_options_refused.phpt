--TEST--
getDriver(): the stack's handler refuses by name the Guzzle options it cannot honour, and honours the transport ones (needs the signer/verifier middleware to build the stack)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/driver.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$i = WeChatPay\Builder::factory(wxp_config($emu));
$stack = wxp_driver_test_stack($i, $emu);
$c = $i->getDriver()->select();
foreach ([['curl' => [41 => true]], ['stream_context' => []], ['cert' => '/tmp/x.pem'], ['read_timeout' => 1],
          ['on_headers' => fn () => null], ['force_ip_resolve' => 'v4'], ['version' => '2.0'], ['decode_content' => 'gzip'],
          ['delay' => 'soon'], ['timeout' => -1]] as $options) {
    try { $c->request('GET', 'v3/emulator/echo', $options); echo "sent?\n"; }
    catch (WeChatPay\Exception\InvalidArgumentException $e) { echo strtok($e->getMessage(), ':'), "\n"; }
}
try { $c->request('GET', 'v3/emulator/slow/3000', ['timeout' => 0.3]); }
catch (GuzzleHttp\Exception\ConnectException $e) { echo 'ConnectException ', $e->getHandlerContext()['errno'], "\n"; }
$stats = null;
$r = $c->request('GET', 'v3/emulator/echo', ['on_stats' => function ($s) use (&$stats) { $stats = $s; }, 'allow_redirects' => true,
    'cookies' => new GuzzleHttp\Cookie\CookieJar(), 'decode_content' => true, 'expect' => true, 'idn_conversion' => true, 'delay' => 10]);
echo $r->getStatusCode(), ' ', get_class($stats), ' ', $stats->getResponse()->getStatusCode(), "\n";
?>
--EXPECTF--
Option 'curl' (a Guzzle request option) is refused
Option 'stream_context' (a Guzzle request option) is refused
Option 'cert' (a Guzzle request option) is refused
Option 'read_timeout' (a Guzzle request option) is refused
Option 'on_headers' (a Guzzle request option) is refused
Option 'force_ip_resolve' (a Guzzle request option) is refused
Option 'version' (a Guzzle request option) is refused
Option 'decode_content' (a Guzzle request option) is refused
Option 'delay' must be a number of milliseconds, string given
Option 'timeout' must be %s
ConnectException 28
200 GuzzleHttp\TransferStats 200
