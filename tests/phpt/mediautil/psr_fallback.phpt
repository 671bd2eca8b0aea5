--TEST--
MediaUtil::getStream() in an app without PSR-7: the stream implements the interfaces the extension declares instead
--EXTENSIONS--
wechatpay
--FILE--
<?php
require_once __DIR__ . '/media.inc';
$file = media_temp_file('photo.png', 'x');
var_dump(interface_exists('Psr\Http\Message\StreamInterface', false));
$stream = (new WeChatPay\Util\MediaUtil($file))->getStream();
var_dump(interface_exists('Psr\Http\Message\StreamInterface', false), $stream instanceof Psr\Http\Message\StreamInterface);
var_dump((new ReflectionClass($stream))->getFileName(), (new ReflectionClass($stream))->isFinal());
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
string(22) "wechatpay PSR-7 bridge"
bool(true)
