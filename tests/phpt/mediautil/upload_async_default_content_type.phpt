--TEST--
MediaUtil upload: postAsync() in the three call styles; without a Content-Type header the body's own multipart type is sent (the package would send JSON's)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

require __DIR__ . '/../../inc/server.inc';
require_once __DIR__ . '/media.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$file = media_temp_file('photo.jpg', random_bytes(2048));
$media = new MediaUtil($file);

$promises = [
    $instance->v3->merchant->media->upload->postAsync(['body' => $media->getStream(), 'headers' => ['Content-Type' => $media->getContentType()]]),
    $instance->chain('v3/merchant/media/upload')->postAsync(['body' => $media->getStream()]),
    $instance['v3/merchant/media/upload']->postAsync(['body' => $media->getStream(), 'headers' => ['content-type' => $media->getContentType()]]),
];
$ids = [];
foreach ($promises as $promise) {
    $response = $promise->then(static fn (Psr\Http\Message\ResponseInterface $r) => $r)->wait();
    $ids[] = json_decode((string) $response->getBody(), true)['media_id'];
}
var_dump(count(array_unique($ids)), strlen($ids[0]));
foreach (wxp_emulator_requests($emu) as $sent) {
    var_dump($sent['auth'] && $sent['headers']['content-type'] === $media->getContentType());
}
?>
--EXPECT--
int(1)
int(43)
bool(true)
bool(true)
bool(true)
