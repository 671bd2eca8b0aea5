--TEST--
Guzzle loaded: each failure of a sync call is the Guzzle class wechatpay-php on Guzzle throws (4xx ClientException, 5xx ServerException, 3xx and a 2xx that fails verification a RequestException with the response, no answer ConnectException) and our documented interface, with Guzzle's getCode(), getRequest() as sent, getResponse(), hasResponse(), getHandlerContext() and the PSR-18 interfaces
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
$client = WeChatPay\Builder::factory(wxp_config($emu));
$closed = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => 'http://127.0.0.1:1/']));

$calls = [
    '400' => fn() => $client->chain('v3/emulator/error/{status}')->post(['status' => 400, 'json' => ['a' => 1]]),
    '500' => fn() => $client->chain('v3/emulator/error/{status}')->post(['status' => 500, 'json' => ['a' => 1]]),
    '302' => fn() => $client->chain('v3/emulator/error/{status}')->post(['status' => 302, 'json' => ['a' => 1]]),
    'unverified' => fn() => $client->chain('v3/emulator/fault/bad-signature')->get(['query' => ['q' => 'v']]),
    'refused' => fn() => $closed->v3->pay->transactions->native->post(['json' => ['a' => 1]]),
];
foreach ($calls as $what => $call) {
    try {
        $call();
        echo "$what: no exception\n";
    } catch (WeChatPay\Exception\RequestException $e) {
        echo "== $what: ", get_class($e), ' code=', $e->getCode(), "\n";
        $is = [];
        foreach (['GuzzleHttp\Exception\ClientException', 'GuzzleHttp\Exception\ServerException',
                  'GuzzleHttp\Exception\BadResponseException', 'GuzzleHttp\Exception\RequestException',
                  'GuzzleHttp\Exception\ConnectException', 'GuzzleHttp\Exception\TransferException',
                  'GuzzleHttp\Exception\GuzzleException', 'Psr\Http\Client\ClientExceptionInterface',
                  'Psr\Http\Client\RequestExceptionInterface', 'Psr\Http\Client\NetworkExceptionInterface',
                  'WeChatPay\Exception\WeChatPayException', 'WeChatPay\Exception\BadResponseException',
                  'WeChatPay\Exception\ClientException', 'WeChatPay\Exception\ServerException',
                  'WeChatPay\Exception\VerificationException', 'WeChatPay\Exception\ConnectException',
                  RuntimeException::class] as $class) {
            if ($e instanceof $class) {
                $is[] = $class;
            }
        }
        echo implode("\n", $is), "\n";
        $request = $e->getRequest();
        echo get_class($request), ' ', $request->getMethod(), ' ', str_replace((string) $emu['port'], '{PORT}', (string) $request->getUri()), "\n";
        var_dump(str_starts_with($request->getHeaderLine('Authorization'), 'WECHATPAY2-SHA256-RSA2048 mchid='),
                 $request->getHeaderLine('Accept') !== '', (string) $request->getBody());
        var_dump($e->hasResponse());
        if ($e->hasResponse()) {
            $r = $e->getResponse();
            echo $r->getStatusCode(), ' ', $r->getReasonPhrase(), ' ', get_class($r), "\n";
            var_dump($e->getRequestId() === $r->getHeaderLine('Request-ID'));
        } else {
            var_dump($e->getResponse(), $e->getRequestId(), $e->getCurlErrno(), array_keys($e->getHandlerContext()));
        }
        if ($e instanceof WeChatPay\Exception\BadResponseException) {
            var_dump($e->getStatusCode(), $e->getErrorCode(), $e->getErrorMessage(), $e->getErrorDetail() !== null);
        }
    }
}
?>
--EXPECT--
== 400: WeChatPay\Exception\Guzzle\ClientException code=400
GuzzleHttp\Exception\ClientException
GuzzleHttp\Exception\BadResponseException
GuzzleHttp\Exception\RequestException
GuzzleHttp\Exception\TransferException
GuzzleHttp\Exception\GuzzleException
Psr\Http\Client\ClientExceptionInterface
Psr\Http\Client\RequestExceptionInterface
WeChatPay\Exception\WeChatPayException
WeChatPay\Exception\BadResponseException
WeChatPay\Exception\ClientException
RuntimeException
GuzzleHttp\Psr7\Request POST http://127.0.0.1:{PORT}/v3/emulator/error/400
bool(true)
bool(true)
string(7) "{"a":1}"
bool(true)
400 Bad Request WeChatPay\Http\Response
bool(true)
int(400)
string(11) "PARAM_ERROR"
string(35) "emulated PARAM_ERROR for status 400"
bool(true)
== 500: WeChatPay\Exception\Guzzle\ServerException code=500
GuzzleHttp\Exception\ServerException
GuzzleHttp\Exception\BadResponseException
GuzzleHttp\Exception\RequestException
GuzzleHttp\Exception\TransferException
GuzzleHttp\Exception\GuzzleException
Psr\Http\Client\ClientExceptionInterface
Psr\Http\Client\RequestExceptionInterface
WeChatPay\Exception\WeChatPayException
WeChatPay\Exception\BadResponseException
WeChatPay\Exception\ServerException
RuntimeException
GuzzleHttp\Psr7\Request POST http://127.0.0.1:{PORT}/v3/emulator/error/500
bool(true)
bool(true)
string(7) "{"a":1}"
bool(true)
500 Internal Server Error WeChatPay\Http\Response
bool(true)
int(500)
string(12) "SYSTEM_ERROR"
string(36) "emulated SYSTEM_ERROR for status 500"
bool(true)
== 302: WeChatPay\Exception\Guzzle\BadResponseException code=302
GuzzleHttp\Exception\BadResponseException
GuzzleHttp\Exception\RequestException
GuzzleHttp\Exception\TransferException
GuzzleHttp\Exception\GuzzleException
Psr\Http\Client\ClientExceptionInterface
Psr\Http\Client\RequestExceptionInterface
WeChatPay\Exception\WeChatPayException
WeChatPay\Exception\BadResponseException
RuntimeException
GuzzleHttp\Psr7\Request POST http://127.0.0.1:{PORT}/v3/emulator/error/302
bool(true)
bool(true)
string(7) "{"a":1}"
bool(true)
302 Found WeChatPay\Http\Response
bool(true)
int(302)
string(15) "INVALID_REQUEST"
string(39) "emulated INVALID_REQUEST for status 302"
bool(true)
== unverified: WeChatPay\Exception\Guzzle\VerificationException code=200
GuzzleHttp\Exception\RequestException
GuzzleHttp\Exception\TransferException
GuzzleHttp\Exception\GuzzleException
Psr\Http\Client\ClientExceptionInterface
Psr\Http\Client\RequestExceptionInterface
WeChatPay\Exception\WeChatPayException
WeChatPay\Exception\VerificationException
RuntimeException
GuzzleHttp\Psr7\Request GET http://127.0.0.1:{PORT}/v3/emulator/fault/bad-signature?q=v
bool(true)
bool(true)
string(0) ""
bool(true)
200 OK WeChatPay\Http\Response
bool(true)
== refused: WeChatPay\Exception\Guzzle\ConnectException code=0
GuzzleHttp\Exception\ConnectException
GuzzleHttp\Exception\TransferException
GuzzleHttp\Exception\GuzzleException
Psr\Http\Client\ClientExceptionInterface
Psr\Http\Client\NetworkExceptionInterface
WeChatPay\Exception\WeChatPayException
WeChatPay\Exception\ConnectException
RuntimeException
GuzzleHttp\Psr7\Request POST http://127.0.0.1:1/v3/pay/transactions/native
bool(true)
bool(true)
string(7) "{"a":1}"
bool(false)
NULL
NULL
int(7)
array(2) {
  [0]=>
  string(5) "errno"
  [1]=>
  string(5) "error"
}
