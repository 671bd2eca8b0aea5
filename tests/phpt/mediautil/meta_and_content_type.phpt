--TEST--
MediaUtil: the default meta is json_encode(['filename' => basename, 'sha256' => hex digest of the file]); getContentType() names the body's boundary
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

require_once __DIR__ . '/media.inc';
$dir = media_temp_dir();
$logo = "$dir/logo.png";
file_put_contents($logo, "\x89PNG\r\n\x1a\n" . str_repeat("\0\xff", 300));

$media = new MediaUtil($logo);
var_dump($media->getMeta() === json_encode(['filename' => 'logo.png', 'sha256' => hash_file('sha256', $logo)]));
echo $media->getMeta(), "\n";
var_dump((bool) preg_match('~^multipart/form-data; boundary=[0-9a-f]{40}$~', $media->getContentType()));
var_dump($media->getContentType() === $media->getContentType());
var_dump((new MediaUtil($logo))->getContentType() !== $media->getContentType());

// A file:// path or any stream wrapper; the meta names the base name.
var_dump((new MediaUtil("file://$logo"))->getMeta() === $media->getMeta());
$data = base64_encode('GIF89a');
var_dump((new MediaUtil("data://image/gif;base64,$data"))->getMeta());
// Non-ASCII names are escaped as json_encode() does by default (slashes cannot occur in a base name).
copy($logo, "$dir/照片 1.jpg");
echo (new MediaUtil("$dir/照片 1.jpg"))->getMeta(), "\n";
// A name that is not UTF-8 cannot be encoded: the meta is '' (as `(string) json_encode(...)` is).
copy($logo, "$dir/bad\xff.png");
var_dump((new MediaUtil("$dir/bad\xff.png"))->getMeta());
?>
--EXPECTF--
bool(true)
{"filename":"logo.png","sha256":"%x"}
bool(true)
bool(true)
bool(true)
bool(true)
string(110) "{"filename":"gif;base64,R0lGODlh","sha256":"%x"}"
{"filename":"\u7167\u7247 1.jpg","sha256":"%x"}
string(0) ""
