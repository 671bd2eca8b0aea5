--TEST--
Driver: the stack's http_errors is the extension's, in C: through a changed stack a 4xx/5xx rejects with the verbs' ClientException/ServerException (over Guzzle's classes, WeChat Pay's code, message and detail read, the PSR-7 request as sent), http_errors => false per call lets the answer through to the verifier, and a 3xx is left to allow_redirects as Guzzle leaves it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$stack = $instance->getDriver()->select()->getConfig('handler');
echo preg_match_all("~Name: '(\w+)'~", (string) $stack, $m) ? implode(' ', array_unique($m[1])) : (string) $stack, "\n";
$stack->push(GuzzleHttp\Middleware::mapRequest(fn ($r) => $r), 'noop'); // calls now go through the stack

foreach (['404', '500'] as $status) {
    try {
        $instance->chain("v3/emulator/error/$status")->get();
    } catch (GuzzleHttp\Exception\BadResponseException $e) {
        echo get_class($e), ' ', $e->getStatusCode(), ' ', $e->getErrorCode(), ' ', get_class($e->getRequest()), ' ',
            $e->getRequest()->getUri()->getPath(), ' ', str_starts_with($e->getRequest()->getHeaderLine('Authorization'), 'WECHATPAY2-') ? 'signed' : 'as http_errors saw it (the signer is inside it)', "\n";
    }
}
$instance->chain('v3/emulator/error/404')->getAsync()->otherwise(function ($e) {
    echo 'async ', get_class($e), "\n";
})->wait();
// http_errors off: the 404 reaches the verifier, which refuses it (the emulator does not sign errors), as the package
try {
    $instance->chain('v3/emulator/error/404')->get(['http_errors' => false]);
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), ' ', $e->getResponse()->getStatusCode(), "\n";
}
?>
--EXPECT--
verifier http_errors allow_redirects cookies signer prepare_body
WeChatPay\Exception\Guzzle\ClientException 404 RESOURCE_NOT_EXISTS GuzzleHttp\Psr7\Request /v3/emulator/error/404 as http_errors saw it (the signer is inside it)
WeChatPay\Exception\Guzzle\ServerException 500 SYSTEM_ERROR GuzzleHttp\Psr7\Request /v3/emulator/error/500 as http_errors saw it (the signer is inside it)
async WeChatPay\Exception\Guzzle\ClientException
WeChatPay\Exception\Guzzle\VerificationException 404
