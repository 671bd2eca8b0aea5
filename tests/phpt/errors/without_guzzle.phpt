--TEST--
Errors without Guzzle: our own classes (WeChatPay\Exception\Own\*, \RuntimeException), caught by the documented names; getRequest() is null without a PSR-7 request class; getHandlerContext(); the README snippets (sync and async) skip their Guzzle branch, and the same code written with our names handles the response
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$closed = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => 'http://127.0.0.1:1/']));
foreach (['client' => [$instance->chain('v3/emulator/error/{status}'), ['status' => 400]],
          'unverified' => [$instance->chain('v3/emulator/fault/bad-signature'), []],
          'refused' => [$closed->chain('v3/pay/transactions/native'), []]] as $what => [$node, $options]) {
    try {
        $node->post($options);
    } catch (\Exception $e) {
        echo "== $what: ", get_class($e), ' ', $e->getCode() === ($e instanceof WeChatPay\Exception\ConnectException ? $e->getCurlErrno() : ($e instanceof WeChatPay\Exception\BadResponseException ? $e->getStatusCode() : 0)) ? 'code ok' : 'code?', "\n";
        var_dump($e instanceof RuntimeException, $e instanceof \GuzzleHttp\Exception\RequestException);
        if ($e instanceof \GuzzleHttp\Exception\RequestException && $e->hasResponse()) {
            echo "guzzle branch\n";
        }
        var_dump($e->getRequest(), $e->getHandlerContext() === [] || array_keys($e->getHandlerContext()) === ['errno', 'error']);
    }
    // The README's catch, with our documented name.
    try {
        $node->post($options);
    } catch (WeChatPay\Exception\RequestException $e) {
        if ($e->hasResponse()) {
            $r = $e->getResponse();
            echo $r->getStatusCode() . ' ' . $r->getReasonPhrase(), ' ', strlen((string) $r->getBody()) > 0 ? 'body' : 'empty', PHP_EOL;
        } else {
            echo "no response\n";
        }
    }
    echo $node->postAsync($options)->otherwise(static function ($e) {
        if ($e instanceof WeChatPay\Exception\RequestException && $e->hasResponse()) {
            $r = $e->getResponse();
            echo $r->getStatusCode() . ' ' . $r->getReasonPhrase(), PHP_EOL;
        }
        return get_class($e);
    })->wait(), "\n";
}
var_dump(class_exists('GuzzleHttp\Exception\RequestException', false), class_exists('WeChatPay\Exception\Guzzle\ClientException', false));
?>
--EXPECT--
== client: WeChatPay\Exception\Own\ClientException code ok
bool(true)
bool(false)
NULL
bool(true)
400 Bad Request body
400 Bad Request
WeChatPay\Exception\Own\ClientException
== unverified: WeChatPay\Exception\Own\VerificationException code ok
bool(true)
bool(false)
NULL
bool(true)
200 OK body
200 OK
WeChatPay\Exception\Own\VerificationException
== refused: WeChatPay\Exception\Own\ConnectException code ok
bool(true)
bool(false)
NULL
bool(true)
no response
WeChatPay\Exception\Own\ConnectException
bool(false)
bool(false)
