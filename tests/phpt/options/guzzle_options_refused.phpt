--TEST--
Options: a Guzzle request option the extension does not honour is refused per call before anything is sent (an async call's promise rejected with it); the values it already does, and keys Guzzle does not know, are accepted
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$echo = $client->chain('v3/emulator/echo');

foreach ([['allow_redirects' => ['max' => 5]], ['curl' => [41 => true]], ['cert' => ['/tmp/c.pem', 'pw']],
          ['multipart' => [['name' => 'file', 'contents' => 'x']]], ['form_params' => ['a' => 'b']],
          ['read_timeout' => 2.0], ['version' => 2.0], ['json' => ['a' => 1], 'stream_context' => []]] as $options) {
    try {
        $echo->post($options);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
$echo->getAsync(['delay' => 100])->otherwise(function ($reason) {
    echo get_class($reason), ': ', $reason->getMessage(), "\n";
})->wait();
var_dump(count(wxp_emulator_requests($emu)));

// Accepted: what the extension always does; per-call body/json/query (honoured); keys Guzzle does not know.
echo $echo->post(['allow_redirects' => false, 'cookies' => false, 'http_errors' => true, 'version' => '1.1',
                  'json' => ['a' => 1], 'query' => ['b' => 2], 'not_a_guzzle_option' => 1])->getStatusCode(), "\n";
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
Option 'allow_redirects' (a Guzzle request option) is refused: redirects are never followed, as a redirected request would need a new signature for its new target (WeChat Pay does not redirect); false, what the extension always does, is accepted, and a 3xx answer is a BadResponseException
Option 'curl' (a Guzzle request option) is refused: no raw cURL options: use the extension's options (timeout, connect_timeout, verify, proxy, max_response_size)
Option 'cert' (a Guzzle request option) is refused: give the merchant certificate and key as the config's 'merchant' => ['cert' => path, 'key' => path] and pass 'security' => true on the APIv2 calls that need them
Option 'multipart' (a Guzzle request option) is refused: for a media upload pass 'body' => (new WeChatPay\Util\MediaUtil($file))->getStream(): its multipart Content-Type goes with it
Option 'form_params' (a Guzzle request option) is refused: WeChat Pay APIv3 takes JSON: use 'json', or 'body' with a Content-Type in 'headers'
Option 'read_timeout' (a Guzzle request option) is refused: use 'timeout', which bounds the whole call
Option 'version' (a Guzzle request option) is refused: the extension speaks HTTP/1.1; '1.1' is accepted
Option 'stream_context' (a Guzzle request option) is refused: it is for Guzzle's PHP-stream handler: the extension transfers with libcurl
WeChatPay\Exception\InvalidArgumentException: Option 'delay' (a Guzzle request option) is refused: wait before making the call (e.g. usleep()) instead
int(0)
200
int(1)
