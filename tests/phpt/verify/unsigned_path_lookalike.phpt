--TEST--
Verify: only a genuine complaint-image path is exempt; `images/%2e%2e/%2e%2e/<signed API>` is refused before sending (issue 9, item 7), and odd image paths are verified
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

// The genuine download is unsigned by design, and accepted.
$image = $client->chain('v3/merchant-service/images/{media_id}')->get(['media_id' => 'DhWh1bfHe9DSR9D6zVAG-RJ2_ZtR7.jpg']);
var_dump($image->getStatusCode(), $image->hasHeader('Wechatpay-Signature'), $image->getHeaderLine('Content-Type'));

// Through a front end that decodes and normalises, these are the signed echo API: the emulator's image route
// answers them unsigned, as an attacker would. They never leave the client.
$lookalikes = [
    'v3/merchant-service/images/%2e%2e/%2e%2e/v3/emulator/echo',
    'v3/merchant-service/images/.%2e/.%2e/v3/emulator/echo',
    'v3/merchant-service/images/%2e/x',
    'v3/merchant-service/images/../../v3/emulator/echo',
];
foreach ($lookalikes as $path) {
    try {
        $response = $client->chain($path)->get();
        echo "accepted unverified: ", $response->getStatusCode(), "\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// A {+name} value is refused the same way, whatever its spelling of the dots or of the separator it climbs
// with (a chain step cannot spell %2E: its capital is kebabed, as wechatpay-php does).
foreach (['%2E%2e/%2e%2E/v3/emulator/echo', 'a%2F..%2F..%2F..%2Fv3%2Femulator%2Fecho', 'a\\..\\..\\..\\v3\\emulator\\echo'] as $rest) {
    try {
        $client->chain('v3/merchant-service/images/{+rest}')->get(['rest' => $rest]);
        echo "accepted unverified\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));

// Sent, but not the exact shape of an image download: the unsigned answer is verified, and refused.
foreach ([['{media_id}', 'a/b'], ['{+media_id}', 'upload/x'], ['{+media_id}', 'a/b'], ['{media_id}', 'Upload']] as [$tpl, $id]) {
    try {
        $client->chain("v3/merchant-service/images/$tpl")->get(['media_id' => $id]);
        echo "accepted unverified\n";
    } catch (WeChatPay\Exception\VerificationException $e) {
        $log = wxp_emulator_requests($emu);
        echo get_class($e), ' for ', end($log)['request_uri'], "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
int(200)
bool(false)
string(10) "image/jpeg"
WeChatPay\Exception\InvalidArgumentException: URL path 'v3/merchant-service/images/%2e%2e/%2e%2e/v3/emulator/echo' holds the dot segment '%2e%2e': a chain step or placeholder value may not climb or rewrite the path
WeChatPay\Exception\InvalidArgumentException: URL path 'v3/merchant-service/images/.%2e/.%2e/v3/emulator/echo' holds the dot segment '.%2e': a chain step or placeholder value may not climb or rewrite the path
WeChatPay\Exception\InvalidArgumentException: URL path 'v3/merchant-service/images/%2e/x' holds the dot segment '%2e': a chain step or placeholder value may not climb or rewrite the path
WeChatPay\Exception\InvalidArgumentException: URL path 'v3/merchant-service/images/../../v3/emulator/echo' holds the dot segment '..': a chain step or placeholder value may not climb or rewrite the path
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} holds the path segment '%2E%2e', which would change the path
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} holds the path segment '..', which would change the path
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} holds the path segment '..', which would change the path
int(1)
WeChatPay\Exception\Own\VerificationException for /v3/merchant-service/images/a%2Fb
WeChatPay\Exception\Own\VerificationException for /v3/merchant-service/images/upload/x
WeChatPay\Exception\Own\VerificationException for /v3/merchant-service/images/a/b
WeChatPay\Exception\Own\VerificationException for /v3/merchant-service/images/Upload
int(5)
