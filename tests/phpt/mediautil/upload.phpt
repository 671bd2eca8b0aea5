--TEST--
MediaUtil upload through the chain: the multipart bytes are sent, the signature covers only the meta JSON, and the emulator (checking both as WeChat Pay does) answers a signed media_id
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'openssl'); ?>
--FILE--
<?php
use WeChatPay\Formatter;
use WeChatPay\Util\MediaUtil;

require __DIR__ . '/../../inc/server.inc';
require_once __DIR__ . '/media.inc';
$emu = wxp_emulator_start();
$instance = WeChatPay\Builder::factory(wxp_config($emu));

$file = media_temp_file('photo.png', "\x89PNG\r\n\x1a\n" . random_bytes(4096));
$media = new MediaUtil($file);
$response = $instance->v3->merchant->media->upload->post([
    'body'    => $media->getStream(),
    'headers' => [
        'Content-Type' => $media->getContentType(),
    ],
]);
var_dump($response->getStatusCode());
$json = json_decode((string) $response->getBody(), true);
var_dump(array_keys($json), (bool) preg_match('/^[A-Za-z0-9_-]{43}$/', $json['media_id']));

[$sent] = wxp_emulator_requests($emu);
$body = base64_decode($sent['body_base64']);
var_dump($sent['auth'], $sent['request_uri'], $sent['headers']['content-type'] === $media->getContentType());
// What was sent is the stream's multipart body; its file part is the file, byte for byte.
$stream = $media->getStream();
$stream->rewind();
var_dump($body === $stream->getContents());
var_dump(str_contains($body, "\r\n\r\n" . file_get_contents($file) . "\r\n--"));

// The signature verifies over the meta JSON, and not over the bytes sent.
preg_match_all('/(\w+)="([^"]*)"/', $sent['headers']['authorization'], $m);
$p = array_combine($m[1], $m[2]);
$key = openssl_pkey_get_public('file://' . $emu['keys']['merchant_cert']);
$verify = static fn (string $signedBody) => openssl_verify(
    Formatter::request('POST', '/v3/merchant/media/upload', $p['timestamp'], $p['nonce_str'], $signedBody),
    base64_decode($p['signature']), $key, OPENSSL_ALGO_SHA256);
var_dump($verify($media->getMeta()), $verify($body));
?>
--EXPECT--
int(200)
array(1) {
  [0]=>
  string(8) "media_id"
}
bool(true)
bool(true)
string(25) "/v3/merchant/media/upload"
bool(true)
bool(true)
bool(true)
int(1)
int(0)
