--TEST--
Errors: an error answer whose body is not WeChat Pay's JSON is quoted in the message, truncated at 120 bytes; error code/message/detail are null
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();

// A gateway-like server answering HTML/text errors (WeChat Pay's own answers are always JSON).
$dir = wxp_make_temp_dir('wxpgw');
file_put_contents("$dir/router.php", <<<'PHP'
<?php
header_remove('X-Powered-By');
header('Request-ID: GATEWAY-REQ-1');
header('Content-Type: text/html');
if (str_starts_with($_SERVER['REQUEST_URI'], '/long')) {
    http_response_code(502);
    echo str_repeat('0123456789', 30);
} elseif (str_starts_with($_SERVER['REQUEST_URI'], '/short')) {
    http_response_code(504);
    echo '<html>gateway timeout</html>';
} else {
    http_response_code(403);
    echo '{"not":"wechat"}';
}
return true;
PHP);
$r = wxp_supervise([wxp_php_binary(), '-n', '-S', '127.0.0.1:0', "$dir/router.php"],
    ['log_regex' => '~Development Server \(http://127\.0\.0\.1:(\d+)\) started~'], "$dir/server.log", $dir);
if (!$r['ok']) {
    die('gateway did not start: ' . $r['value']);
}
$base = "http://127.0.0.1:{$r['value']}/";
$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $base]));

foreach (['long', 'short', 'json'] as $path) {
    try {
        $client->chain($path)->get();
        echo "no exception\n";
    } catch (WeChatPay\Exception\BadResponseException $e) {
        echo get_class($e), "\n";
        var_dump($e->getStatusCode(), $e->getErrorCode(), $e->getErrorMessage(), $e->getErrorDetail(), $e->getRequestId());
        echo str_replace($base, '{BASE}/', $e->getMessage()), "\n";
    }
}
?>
--EXPECT--
WeChatPay\Exception\Own\ServerException
int(502)
NULL
NULL
NULL
string(13) "GATEWAY-REQ-1"
Server error: GET {BASE}/long answered 502: 012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789 (truncated...) (Request-ID: GATEWAY-REQ-1)
WeChatPay\Exception\Own\ServerException
int(504)
NULL
NULL
NULL
string(13) "GATEWAY-REQ-1"
Server error: GET {BASE}/short answered 504: <html>gateway timeout</html> (Request-ID: GATEWAY-REQ-1)
WeChatPay\Exception\Own\ClientException
int(403)
NULL
NULL
NULL
string(13) "GATEWAY-REQ-1"
Client error: GET {BASE}/json answered 403: {"not":"wechat"} (Request-ID: GATEWAY-REQ-1)
