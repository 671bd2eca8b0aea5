--TEST--
Options: 'http_errors' => false (config or call) returns a non-2xx answer instead of throwing, once its signature verifies (wechatpay-php's verifier sees every answer Guzzle's http_errors lets through); an unsigned one is a VerificationException with the response; a 2xx is verified as ever; true (the default) throws
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$lax = WeChatPay\Builder::factory(wxp_config($emu, ['http_errors' => false]));

function show(callable $call): void
{
    try {
        $r = $call();
        echo 'returned ', $r->getStatusCode(), ' ', json_decode((string) $r->getBody())->code ?? '-', "\n";
    } catch (WeChatPay\Exception\RequestException $e) {
        echo get_class($e), ' ', $e->hasResponse() ? $e->getResponse()->getStatusCode() : 'no response', "\n";
    }
}
show(fn () => $client->chain('v3/emulator/error/404')->get(['http_errors' => false, 'query' => ['signed' => '1']]));
show(fn () => $client->chain('v3/emulator/error/500')->get(['http_errors' => false, 'query' => ['signed' => '1']]));
show(fn () => $client->chain('v3/emulator/error/404')->get(['http_errors' => false]));   // unsigned
show(fn () => $client->chain('v3/emulator/error/404')->get(['query' => ['signed' => '1']])); // default: thrown
show(fn () => $client->chain('v3/emulator/fault/bad-signature')->get(['http_errors' => false]));
show(fn () => $lax->chain('v3/emulator/error/400')->post(['json' => [], 'query' => ['signed' => '1']]));
show(fn () => $lax->chain('v3/emulator/error/400')->post(['json' => [], 'query' => ['signed' => '1'], 'http_errors' => true]));
show(fn () => $lax->chain('v3/emulator/echo')->get(['http_errors' => null]));
show(fn () => $lax->chain('v3/emulator/error/503')->getAsync(['query' => ['signed' => '1']])->wait());
try {
    $client->chain('v3/emulator/echo')->get(['http_errors' => 0]);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
returned 404 RESOURCE_NOT_EXISTS
returned 500 SYSTEM_ERROR
WeChatPay\Exception\Own\VerificationException 404
WeChatPay\Exception\Own\ClientException 404
WeChatPay\Exception\Own\VerificationException 200
returned 400 PARAM_ERROR
WeChatPay\Exception\Own\ClientException 400
returned 200 -
returned 503 SERVICE_UNAVAILABLE
Option 'http_errors' must be true (a non-2xx answer is thrown) or false (returned), int given
