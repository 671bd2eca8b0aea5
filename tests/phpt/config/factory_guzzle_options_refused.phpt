--TEST--
Builder::factory() refuses each Guzzle request option it does not honour, naming it and what to use instead; accepts the values it already does; still ignores keys that are not Guzzle options
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
    'allow_redirects' => true, 'auth' => ['u', 'p'], 'body' => 'x', 'json' => [], 'query' => ['a' => 1],
    'cert' => '/tmp/c.pem', 'ssl_key' => '/tmp/k.pem', 'cookies' => true, 'crypto_method' => 1, 'curl' => [10002 => 'x'],
    'debug' => true, 'decode_content' => 'gzip', 'delay' => 10, 'expect' => true, 'force_ip_resolve' => 'v4',
    'form_params' => ['a' => 1], 'multipart' => [], 'handler' => 'h', 'http_errors' => 'no', 'exceptions' => false,
    'idn_conversion' => true, 'on_headers' => 'strlen', 'on_stats' => 'strlen', 'progress' => 'strlen',
    'read_timeout' => 1, 'sink' => '/tmp/x', 'save_to' => '/tmp/x', 'stream' => true, 'stream_context' => [],
    'synchronous' => true, 'version' => '2.0',
];
foreach ($cases as $key => $value) {
    try {
        WeChatPay\Builder::factory([$key => $value] + $base);
        echo "$key: accepted\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
// What the extension always does, null (absent to Guzzle's isset()), and keys Guzzle does not know.
WeChatPay\Builder::factory($base + [
    'allow_redirects' => false, 'cookies' => false, 'debug' => false, 'decode_content' => true, 'expect' => false,
    'http_errors' => false, 'stream' => false, 'version' => '1.1', 'sink' => null, 'curl' => null, 'handler' => null,
    'secret' => str_repeat('k', 32), 'logger' => 'anything',
]);
echo "no-op values accepted\n";
?>
--EXPECT--
Config 'allow_redirects' (a Guzzle request option) is refused: redirects are never followed, as a redirected request would need a new signature for its new target (WeChat Pay does not redirect); false, what the extension always does, is accepted, and a 3xx answer is a BadResponseException
Config 'auth' (a Guzzle request option) is refused: calls are authorized by the WECHATPAY2-SHA256-RSA2048 signature the extension makes; send other credentials in 'headers'
Config 'body' (a Guzzle request option) is refused: Guzzle would send it with every call, pass 'body' per call
Config 'json' (a Guzzle request option) is refused: Guzzle would send it with every call, pass 'json' per call
Config 'query' (a Guzzle request option) is refused: Guzzle would add it to every call, pass 'query' per call
Config 'cert' (a Guzzle request option) is refused: give the merchant certificate and key as the config's 'merchant' => ['cert' => path, 'key' => path] and pass 'security' => true on the APIv2 calls that need them
Config 'ssl_key' (a Guzzle request option) is refused: give the merchant certificate and key as the config's 'merchant' => ['cert' => path, 'key' => path] and pass 'security' => true on the APIv2 calls that need them
Config 'cookies' (a Guzzle request option) is refused: the extension never keeps or sends cookies (WeChat Pay needs none); false is accepted, set a Cookie in 'headers' if a proxy needs one
Config 'crypto_method' (a Guzzle request option) is refused: the TLS version is negotiated by libcurl and OpenSSL (TLS 1.2 or later)
Config 'curl' (a Guzzle request option) is refused: no raw cURL options: use the extension's options (timeout, connect_timeout, verify, proxy, max_response_size)
Config 'debug' (a Guzzle request option) is refused: Guzzle would trace every call, pass 'debug' per call
Config 'decode_content' (a Guzzle request option) is refused: the extension asks for no content encoding, so answers arrive as they are; true is accepted
Config 'delay' (a Guzzle request option) is refused: wait before making the call (e.g. usleep()) instead
Config 'expect' (a Guzzle request option) is refused: the extension never sends 'Expect: 100-continue'; false is accepted
Config 'force_ip_resolve' (a Guzzle request option) is refused: give base_uri a host that resolves to the address family you want
Config 'form_params' (a Guzzle request option) is refused: WeChat Pay APIv3 takes JSON: use 'json', or 'body' with a Content-Type in 'headers'
Config 'multipart' (a Guzzle request option) is refused: for a media upload pass 'body' => (new WeChatPay\Util\MediaUtil($file))->getStream(): its multipart Content-Type goes with it
Config 'handler' (a Guzzle request option) is refused: in the config it must be a GuzzleHttp\HandlerStack, the stack getDriver()'s Guzzle client uses (a copy of it, with the signer and verifier added)
Config 'http_errors' must be true (a non-2xx answer is thrown) or false (returned), string given
Config 'exceptions' (a Guzzle request option) is refused: Guzzle's old name of 'http_errors': use 'http_errors'
Config 'idn_conversion' (a Guzzle request option) is refused: give base_uri an ASCII (punycode) host
Config 'on_headers' (a Guzzle request option) is refused: 'max_response_size' bounds an answer before its body is read
Config 'on_stats' (a Guzzle request option) is refused: Guzzle would call it for every call, pass 'on_stats' per call
Config 'progress' (a Guzzle request option) is refused: Guzzle would call it for every call, pass 'progress' per call
Config 'read_timeout' (a Guzzle request option) is refused: use 'timeout', which bounds the whole call
Config 'sink' (a Guzzle request option) is refused: Guzzle would write every answer to it, pass 'sink' per call
Config 'save_to' (a Guzzle request option) is refused: Guzzle's old name of 'sink': use 'sink'
Config 'stream' (a Guzzle request option) is refused: answers are always received whole, bounded by 'max_response_size'; false is accepted
Config 'stream_context' (a Guzzle request option) is refused: it is for Guzzle's PHP-stream handler: the extension transfers with libcurl
Config 'synchronous' (a Guzzle request option) is refused: call get()/post()/... to wait for the answer, or the ...Async() verbs for a promise
Config 'version' (a Guzzle request option) is refused: the extension speaks HTTP/1.1; '1.1' is accepted
no-op values accepted
