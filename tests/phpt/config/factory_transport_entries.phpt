--TEST--
Builder::factory() checks base_uri, timeout, connect_timeout, verify, proxy and headers
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
$base = [
    'mchid' => '1900000001',
    'serial' => $keys['merchant_serial'],
    'privateKey' => 'file://' . $keys['merchant_private_key'],
    'certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_cert']],
];
$cases = [
    'base_uri relative' => ['base_uri' => 'v3/'],
    'base_uri ftp' => ['base_uri' => 'ftp://example.com/'],
    'base_uri int' => ['base_uri' => 5],
    'base_uri CRLF' => ['base_uri' => "https://a.example/\r\nX: y"],
    'timeout zero' => ['timeout' => 0],
    'timeout negative' => ['timeout' => -1.5],
    'timeout string' => ['timeout' => '5'],
    'connect_timeout huge' => ['connect_timeout' => 1e9],
    'verify int' => ['verify' => 1],
    'verify missing file' => ['verify' => '/nonexistent/ca.pem'],
    'proxy empty' => ['proxy' => ''],
    'headers string' => ['headers' => 'Accept: x'],
    'headers int key' => ['headers' => ['x']],
    'headers bad name' => ['headers' => ['Bad Name' => 'x']],
    'headers CRLF' => ['headers' => ['X-Test' => "a\r\nInjected: 1"]],
    'headers NUL' => ['headers' => ['X-Test' => "a\0b"]],
    'headers object' => ['headers' => ['X-Test' => new stdClass]],
    'all fine' => ['base_uri' => 'http://127.0.0.1:1/prefix/', 'timeout' => 1.5, 'connect_timeout' => 1, 'verify' => false,
                   'headers' => ['X-Test' => ['a', 'b'], 'Accept-Language' => 'en'], 'debug' => false, 'logger' => 'not a Guzzle option'],
];
foreach ($cases as $name => $override) {
    try {
        WeChatPay\Builder::factory($override + $base);
        echo "$name: accepted\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
base_uri relative: Config 'base_uri' must be an absolute http:// or https:// URL, got 'v3/'
base_uri ftp: Config 'base_uri' must be an absolute http:// or https:// URL, got 'ftp://example.com/'
base_uri int: Config 'base_uri' must be a string, int given
base_uri CRLF: Config 'base_uri' must not contain CR, LF or NUL
timeout zero: Config 'timeout' must be more than 0 and at most 86400 seconds
timeout negative: Config 'timeout' must be more than 0 and at most 86400 seconds
timeout string: Config 'timeout' must be a number of seconds (int or float), string given
connect_timeout huge: Config 'connect_timeout' must be more than 0 and at most 86400 seconds
verify int: Config 'verify' must be true, false or the path of a CA bundle, int given
verify missing file: Config 'verify' names a CA bundle that cannot be read: /nonexistent/ca.pem
proxy empty: Config 'proxy' must be a proxy URL string without CR, LF or NUL, or null
headers string: Config 'headers' must be an array of name => value, string given
headers int key: Config 'headers' must be keyed by header name, integer key 0 given
headers bad name: Config 'headers' has an invalid header name: it must be a non-empty token without spaces, colons, CR or LF
headers CRLF: Config 'headers' value of X-Test must not contain CR, LF or NUL
headers NUL: Config 'headers' value of X-Test must not contain CR, LF or NUL
headers object: Config 'headers' value of X-Test must be a string or an integer, stdClass given
all fine: accepted
