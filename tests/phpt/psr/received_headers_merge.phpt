--TEST--
PSR-7 response: header fields keep arrival order and first spelling; repeated names merge into one (PSR-7)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

// A plain server (not the emulator) answering 409 with repeated fields. A non-2xx answer is not verified: the
// ClientException carries the response.
$dir = wxp_make_temp_dir('wxppsr');
file_put_contents("$dir/router.php", <<<'PHP'
<?php
http_response_code(409);
header_remove('X-Powered-By');
header('X-Dup: one');
header('Set-Cookie: a=1', false);
header('x-dup: two', false);
header('set-cookie: b=2', false);
header('X-DUP: three', false);
header('X-Empty:');
header('Content-Type: text/plain');
echo 'teapot';
PHP);
$r = wxp_supervise([wxp_php_binary(), '-n', '-S', '127.0.0.1:0', "$dir/router.php"],
    ['log_regex' => '~Development Server \(http://127\.0\.0\.1:(\d+)\) started~'], "$dir/server.log", $dir);
if (!$r['ok']) {
    exit('server did not start: ' . $r['value']);
}
$i = WeChatPay\Builder::factory(wxp_config(['keys' => wxp_test_keys(), 'base_uri' => "http://127.0.0.1:{$r['value']}/"]));
try {
    $i->v3->anything->get();
} catch (WeChatPay\Exception\ClientException $e) {
    $res = $e->getResponse();
}

var_dump($res->getStatusCode(), $res->getReasonPhrase(), (string) $res->getBody());
$names = array_keys($res->getHeaders());
// Only the fields this router sent, in the order they arrived (the server adds Host, Date, Connection...;
// PHP's SAPI spells the content type "Content-type").
print_r(array_values(array_filter($names, fn ($n) => in_array(strtolower($n), ['x-dup', 'set-cookie', 'x-empty', 'content-type']))));
var_dump($res->getHeader('x-dup'), $res->getHeaderLine('X-Dup'), $res->getHeaderLine('SET-COOKIE'));
var_dump($res->hasHeader('x-empty'), $res->getHeader('X-Empty'));
?>
--EXPECT--
int(409)
string(8) "Conflict"
string(6) "teapot"
Array
(
    [0] => X-Dup
    [1] => Set-Cookie
    [2] => X-Empty
    [3] => Content-type
)
array(3) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(5) "three"
}
string(15) "one, two, three"
string(8) "a=1, b=2"
bool(true)
array(1) {
  [0]=>
  string(0) ""
}
