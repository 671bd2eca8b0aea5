--TEST--
MediaUtil: with fopen() disabled, a path is the Error that says so, not wrapped as a file that cannot be opened
--EXTENSIONS--
wechatpay
--INI--
disable_functions=fopen
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

require_once __DIR__ . '/media.inc';

$path = media_temp_file('photo.png', 'png');
try {
    new MediaUtil($path);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), ($e->getPrevious() ? ' (previous)' : ''), "\n";
}
?>
--EXPECT--
Error: WeChatPay\Util\MediaUtil needs fopen(), which is disabled
