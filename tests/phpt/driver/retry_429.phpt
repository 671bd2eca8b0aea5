--TEST--
getDriver(): Middleware::retry on the stack retries a 429 and returns the 200 that follows (needs the signer/verifier middleware to build the stack)
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
$stack->push(GuzzleHttp\Middleware::retry(function (int $retries, $request, $response = null, $error = null) {
    echo 'decider ', $retries, ' ', $response ? $response->getStatusCode() : get_class($error), "\n";
    return $retries < 3 && $response && $response->getStatusCode() === 429;
}, fn () => 0), 'retry');
$r = $i->chain('v3/emulator/flaky/{key}/1/429')->post(['key' => 'k' . getmypid(), 'json' => ['n' => 1]]);
echo $r->getStatusCode(), ' ', json_decode((string) $r->getBody(), true)['calls'], "\n";
$p = $i->chain('v3/emulator/flaky/{key}/2/429')->getAsync(['key' => 'a' . getmypid()]);
echo $p->wait()->getStatusCode(), "\n";
?>
--EXPECT--
decider 0 429
decider 1 200
200 2
decider 0 429
decider 1 429
decider 2 200
200
