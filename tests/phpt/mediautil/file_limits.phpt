--TEST--
MediaUtil: a path naming a directory, a device (/dev/zero), a FIFO or a file over 32 MiB is refused with a RuntimeException saying so, before anything is read (the package uploaded a directory as empty, read /dev/zero until memory_limit, blocked on a FIFO); a 32 MiB file is taken
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!function_exists('posix_mkfifo')) die('skip posix_mkfifo() not available'); ?>
--INI--
memory_limit=256M
--FILE--
<?php
require __DIR__ . '/media.inc';
$dir = media_temp_dir();
posix_mkfifo("$dir/fifo.png", 0600);
$big = "$dir/big.png";
$f = fopen($big, 'wb');
ftruncate($f, 32 * 1024 * 1024 + 1);
fclose($f);
foreach ([$dir, '/dev/zero', "$dir/fifo.png", $big] as $path) {
    try {
        new WeChatPay\Util\MediaUtil($path);
        echo "accepted: must not happen\n";
    } catch (RuntimeException $e) {
        echo get_class($e), ': ', str_replace([$big, $dir], ['{BIG}', '{DIR}'], $e->getMessage()), "\n";
    }
}
$f = fopen($big, 'r+b');
ftruncate($f, 32 * 1024 * 1024);
fclose($f);
$media = new WeChatPay\Util\MediaUtil($big);
var_dump(json_decode($media->getMeta(), true)['sha256'] === hash_file('sha256', $big)); // read whole
?>
--EXPECT--
RuntimeException: Cannot read the media file "{DIR}": it is a directory
RuntimeException: Cannot read the media file "/dev/zero": it is not a regular file (a device, FIFO or socket)
RuntimeException: Cannot read the media file "{DIR}/fifo.png": it is not a regular file (a device, FIFO or socket)
RuntimeException: Cannot read the media file "{BIG}": it is larger than 32 MiB (WeChat Pay takes media files of a few MB)
bool(true)
