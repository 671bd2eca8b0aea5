--TEST--
Automatic platform certificates: an answer naming a serial neither certs nor the fetched certificates hold fetches them again, at most once per wechatpay.certs_min_interval: within it the call (sync or async) fails at once with the unknown-serial VerificationException, whose previous says why nothing was fetched; a known serial goes on verifying
--INI--
wechatpay.certs_min_interval=30
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $k['apiv3_key']]));
$fetches = static fn () => count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates'));
$show = static function (callable $call) use ($k, $fetches) {
    try {
        $call();
        echo "  verified\n";
    } catch (WeChatPay\Exception\Own\VerificationException $e) {
        echo '  ', get_class($e), ': ', str_replace($k['platform_serial'], 'PLATFORM', preg_replace('~ \(Request-ID: .*$~', '', preg_replace('~^.*did not verify: ~', '', $e->getMessage()))), "\n";
        $p = $e->getPrevious();
        echo '  previous: ', $p ? get_class($p) . ': ' . preg_replace('~\d+ s ago~', 'N s ago', $p->getMessage()) : 'none', "\n";
    }
    echo '  fetches: ', $fetches(), "\n";
};
echo "first answer: fetched\n";
$show(static fn () => $api->v3->emulator->echo->get());
echo "unknown serial, within the interval:\n";
$show(static fn () => $api->v3->emulator->fault->{'unknown-serial'}->get());
echo "async too:\n";
$show(static fn () => $api->v3->emulator->fault->{'unknown-serial'}->getAsync()->wait());
echo "known serial meanwhile:\n";
$show(static fn () => $api->v3->emulator->echo->get());
?>
--EXPECT--
first answer: fetched
  verified
  fetches: 1
unknown serial, within the interval:
  WeChatPay\Exception\Own\VerificationException: Cannot found the serial(`UNKNOWN0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's PLATFORM.
  previous: Exception: The platform certificates were last fetched (or tried) N s ago: not fetched again before wechatpay.certs_min_interval (30 s) has passed
  fetches: 1
async too:
  WeChatPay\Exception\Own\VerificationException: Cannot found the serial(`UNKNOWN0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's PLATFORM.
  previous: Exception: The platform certificates were last fetched (or tried) N s ago: not fetched again before wechatpay.certs_min_interval (30 s) has passed
  fetches: 1
known serial meanwhile:
  verified
  fetches: 1
