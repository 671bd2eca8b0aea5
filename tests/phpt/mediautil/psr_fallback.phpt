--TEST--
MediaUtil::getStream() in an app without PSR-7: the stream implements the interfaces the extension declares instead
--EXTENSIONS--
wechatpay
--FILE--
<?php
$file = tempnam(sys_get_temp_dir(), 'wxp') . '.png';
file_put_contents($file, 'x');
var_dump(interface_exists('Psr\Http\Message\StreamInterface', false));
$stream = (new WeChatPay\Util\MediaUtil($file))->getStream();
var_dump(interface_exists('Psr\Http\Message\StreamInterface', false), $stream instanceof Psr\Http\Message\StreamInterface);
var_dump((new ReflectionClass($stream))->getFileName(), (new ReflectionClass($stream))->isFinal());
unlink($file);
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
string(22) "wechatpay PSR-7 bridge"
bool(true)
