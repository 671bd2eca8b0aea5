--TEST--
MediaUtil upload: a meta whose sha256 is not the file's is refused by the server (400); a closed stream is refused before anything is sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

require __DIR__ . '/../../inc/server.inc';
require_once __DIR__ . '/media.inc';
$emu = wxp_emulator_start();
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$file = media_temp_file('photo.png', 'png bytes');
$media = new MediaUtil($file);

// setMeta() changes what is signed and what is sent alike: the signature still verifies, the digest does not.
$media->setMeta(json_encode(['filename' => 'a.png', 'sha256' => hash('sha256', 'other bytes')]));
try {
    $instance->v3->merchant->media->upload->post(['body' => $media->getStream(), 'headers' => ['Content-Type' => $media->getContentType()]]);
} catch (WeChatPay\Exception\ClientException $e) {
    var_dump($e->getStatusCode(), $e->getErrorCode(), $e->getErrorMessage());
}
var_dump(wxp_emulator_requests($emu)[0]['auth']);

// Back to the default meta: accepted.
$media->setMeta();
var_dump($instance->v3->merchant->media->upload->post(['body' => $media->getStream()])->getStatusCode());

wxp_emulator_clear($emu);
$stream = $media->getStream();
$stream->close();
try {
    $instance->v3->merchant->media->upload->post(['body' => $stream]);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$rejected = $instance->v3->merchant->media->upload->postAsync(['body' => $stream]);
var_dump($rejected->getState());
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
int(400)
string(11) "PARAM_ERROR"
string(47) "meta.sha256 is not the SHA-256 of the file part"
bool(true)
int(200)
WeChatPay\Exception\InvalidArgumentException: Option 'body' is a MediaUtil stream that was closed or detached
string(8) "rejected"
int(0)
