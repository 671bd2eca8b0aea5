--TEST--
Guzzle loaded: wechatpay-php README's error handling, sync (catch \Exception, then instanceof \GuzzleHttp\Exception\RequestException && hasResponse()) and async (otherwise()), and catch (\GuzzleHttp\Exception\RequestException $e) { if ($e->hasResponse()) ... }, on a 4xx, a 5xx, a 2xx that fails verification and no answer
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$closed = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => 'http://127.0.0.1:1/']));
$shown = static fn(string $s): string => preg_replace(['~:\d+/~', '~Request-ID: [0-9A-F-]+~', '~after \d+ ms~', "~your's [0-9A-F,]+~"], [':{PORT}/', 'Request-ID: {ID}', 'after {N} ms', "your's {SERIALS}"], $s);
$calls = [
    'client' => [$instance->chain('v3/emulator/error/{status}'), ['status' => 404]],
    'server' => [$instance->chain('v3/emulator/error/{status}'), ['status' => 503]],
    'unverified' => [$instance->chain('v3/emulator/fault/unknown-serial'), []],
    'refused' => [$closed->chain('v3/pay/transactions/native'), []],
];

foreach ($calls as $what => [$node, $options]) {
    echo "== sync $what\n";
    // The README's sync example.
    try {
        $resp = $node->post($options + ['json' => ['mchid' => '1900006XXX']]);
        echo $resp->getStatusCode(), PHP_EOL;
    } catch (\Exception $e) {
        echo $shown($e->getMessage()), PHP_EOL;
        if ($e instanceof \GuzzleHttp\Exception\RequestException && $e->hasResponse()) {
            $r = $e->getResponse();
            echo $r->getStatusCode() . ' ' . $r->getReasonPhrase(), PHP_EOL;
            echo $r->getBody(), PHP_EOL;
        }
        echo str_contains($e->getTraceAsString(), 'BuilderNode->post(') ? 'trace ok' : 'trace?', PHP_EOL;
    }
    // The Guzzle-typed catch.
    try {
        $node->post($options);
    } catch (\GuzzleHttp\Exception\RequestException $e) {
        if ($e->hasResponse()) {
            $r = $e->getResponse();
            echo 'caught ', $r->getStatusCode(), ' ', $r->getReasonPhrase(), ' ', strlen((string) $r->getBody()) > 0 ? 'body' : 'empty', PHP_EOL;
        }
    } catch (\GuzzleHttp\Exception\ConnectException $e) {
        echo 'connect: ', $e->getRequest()->getUri(), PHP_EOL;
    }

    echo "== async $what\n";
    // The README's async example.
    $promise = $node->postAsync($options + ['json' => ['mchid' => '1900006XXX']])
    ->then(static function($response) {
        echo $response->getBody(), PHP_EOL;
        return $response;
    })
    ->otherwise(static function($e) use ($shown) {
        echo $shown($e->getMessage()), PHP_EOL;
        if ($e instanceof \GuzzleHttp\Exception\RequestException && $e->hasResponse()) {
            $r = $e->getResponse();
            echo $r->getStatusCode() . ' ' . $r->getReasonPhrase(), PHP_EOL;
            echo $r->getBody(), PHP_EOL;
        }
        return get_class($e);
    });
    echo $promise->wait(), PHP_EOL;
}
?>
--EXPECT--
== sync client
Client error: POST http://127.0.0.1:{PORT}/v3/emulator/error/404 answered 404: RESOURCE_NOT_EXISTS: emulated RESOURCE_NOT_EXISTS for status 404 (Request-ID: {ID})
404 Not Found
{"code":"RESOURCE_NOT_EXISTS","message":"emulated RESOURCE_NOT_EXISTS for status 404","detail":{"field":"/amount/currency","value":"XYZ","issue":"emulated error","location":"body"}}
trace ok
caught 404 Not Found body
== async client
Client error: POST http://127.0.0.1:{PORT}/v3/emulator/error/404 answered 404: RESOURCE_NOT_EXISTS: emulated RESOURCE_NOT_EXISTS for status 404 (Request-ID: {ID})
404 Not Found
{"code":"RESOURCE_NOT_EXISTS","message":"emulated RESOURCE_NOT_EXISTS for status 404","detail":{"field":"/amount/currency","value":"XYZ","issue":"emulated error","location":"body"}}
WeChatPay\Exception\Guzzle\ClientException
== sync server
Server error: POST http://127.0.0.1:{PORT}/v3/emulator/error/503 answered 503: SERVICE_UNAVAILABLE: emulated SERVICE_UNAVAILABLE for status 503 (Request-ID: {ID})
503 Service Unavailable
{"code":"SERVICE_UNAVAILABLE","message":"emulated SERVICE_UNAVAILABLE for status 503","detail":{"field":"/amount/currency","value":"XYZ","issue":"emulated error","location":"body"}}
trace ok
caught 503 Service Unavailable body
== async server
Server error: POST http://127.0.0.1:{PORT}/v3/emulator/error/503 answered 503: SERVICE_UNAVAILABLE: emulated SERVICE_UNAVAILABLE for status 503 (Request-ID: {ID})
503 Service Unavailable
{"code":"SERVICE_UNAVAILABLE","message":"emulated SERVICE_UNAVAILABLE for status 503","detail":{"field":"/amount/currency","value":"XYZ","issue":"emulated error","location":"body"}}
WeChatPay\Exception\Guzzle\ServerException
== sync unverified
POST http://127.0.0.1:{PORT}/v3/emulator/fault/unknown-serial answered 200 but the answer did not verify: Cannot found the serial(`UNKNOWN0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's {SERIALS}. (Request-ID: {ID})
200 OK
{"fault":"unknown-serial"}
trace ok
caught 200 OK body
== async unverified
POST http://127.0.0.1:{PORT}/v3/emulator/fault/unknown-serial answered 200 but the answer did not verify: Cannot found the serial(`UNKNOWN0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's {SERIALS}. (Request-ID: {ID})
200 OK
{"fault":"unknown-serial"}
WeChatPay\Exception\Guzzle\VerificationException
== sync refused
POST http://127.0.0.1:{PORT}/v3/pay/transactions/native got no answer: cURL error 7: Failed to connect to 127.0.0.1 port 1 after {N} ms: Couldn't connect to server (Connection refused)
trace ok
connect: http://127.0.0.1:1/v3/pay/transactions/native
== async refused
POST http://127.0.0.1:{PORT}/v3/pay/transactions/native got no answer: cURL error 7: Failed to connect to 127.0.0.1 port 1 after {N} ms: Couldn't connect to server (Connection refused)
WeChatPay\Exception\Guzzle\ConnectException
