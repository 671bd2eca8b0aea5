--TEST--
Automatic platform certificates: a fetch that fails leaves the call's unknown-serial VerificationException carrying the fetch's exception as its previous (the certificates do not decrypt with apiv3Key; /v3/certificates answers 404); the APIv3 key appears nowhere; a failed fetch counts for the rate limit; config refusals name the entry
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$wrongKey = str_repeat('K', 32);
$show = static function (callable $call) use ($k, $wrongKey) {
    try {
        $call();
        echo "  verified\n";
    } catch (Throwable $e) {
        $text = get_class($e) . ': ' . $e->getMessage();
        for ($p = $e->getPrevious(); $p; $p = $p->getPrevious()) {
            $text .= "\n  previous: " . get_class($p) . ': ' . $p->getMessage();
        }
        echo '  ', preg_replace(['~ \(Request-ID: [^)]*\)~', '~127\.0\.0\.1:\d+~', '~\d+ s ago~'], ['', 'EMU', 'N s ago'],
            str_replace($k['platform_serial'], 'PLATFORM', $text)), "\n";
        echo '  key shown: ', var_export(str_contains($text . print_r($e, true), $k['apiv3_key']) || str_contains($text . print_r($e, true), $wrongKey), true), "\n";
    }
};
echo "wrong apiv3Key:\n";
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $wrongKey]));
$show(static fn () => $api->v3->emulator->echo->get());
echo "again at once: held back\n";
$show(static fn () => $api->v3->emulator->echo->get());
echo "/v3/certificates answers 404:\n";
$bare = wxp_emulator_start(['env' => ['WXP_EMU_APIV3_KEY_FILE' => null]]);
$api = WeChatPay\Builder::factory(wxp_config($bare, ['certs' => [], 'apiv3Key' => $k['apiv3_key']]));
$show(static fn () => $api->v3->emulator->echo->get());
echo "config:\n";
foreach ([
    'certsFile without apiv3Key' => ['certsFile' => '/tmp/x.json'],
    'certsFile not a string' => ['certsFile' => 42, 'apiv3Key' => $k['apiv3_key']],
    'certsFile empty' => ['certsFile' => '', 'apiv3Key' => $k['apiv3_key']],
    'no certs, no apiv3Key' => ['certs' => []],
] as $what => $overrides) {
    try {
        WeChatPay\Builder::factory(wxp_config($emu, $overrides));
        echo "  $what: accepted\n";
    } catch (InvalidArgumentException $e) {
        echo "  $what: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
wrong apiv3Key:
  WeChatPay\Exception\Own\VerificationException: GET http://EMU/v3/emulator/echo answered 200 but the answer did not verify: Cannot found the serial(`PLATFORM`)'s configuration, which's from the response(header:Wechatpay-Serial), your's .
  previous: WeChatPay\Exception\InvalidArgumentException: Certificate PLATFORM of the /v3/certificates answer does not decrypt with config 'apiv3Key' (its tag does not verify): is it this merchant's APIv3 key?
  key shown: false
again at once: held back
  WeChatPay\Exception\Own\VerificationException: GET http://EMU/v3/emulator/echo answered 200 but the answer did not verify: Cannot found the serial(`PLATFORM`)'s configuration, which's from the response(header:Wechatpay-Serial), your's .
  previous: Exception: The platform certificates were last fetched (or tried) N s ago: not fetched again before wechatpay.certs_min_interval (60 s) has passed
  key shown: false
/v3/certificates answers 404:
  WeChatPay\Exception\Own\VerificationException: GET http://EMU/v3/emulator/echo answered 200 but the answer did not verify: Cannot found the serial(`PLATFORM`)'s configuration, which's from the response(header:Wechatpay-Serial), your's .
  previous: WeChatPay\Exception\Own\ClientException: Client error: GET /v3/certificates answered 404: RESOURCE_NOT_EXISTS: the emulator was started without the platform certificate or APIv3 key
  key shown: false
config:
  certsFile without apiv3Key: Config 'certsFile' keeps the platform certificates fetched automatically, which needs config 'apiv3Key' (the APIv3 key of 32 bytes): give both, or neither
  certsFile not a string: Config 'certsFile' must be a file path (a non-empty string without NUL bytes), int given
  certsFile empty: Config 'certsFile' must be a file path (a non-empty string without NUL bytes), another string given
  no certs, no apiv3Key: Config 'certs' is required: a non-empty array of platform certificate serial or PUB_KEY_ID_... => public key or certificate (or give 'apiv3Key' and the platform certificates are fetched automatically)
