--TEST--
wechatpay.crypto_threads: off (0) by default, PHP_INI_SYSTEM (ini_set refused), 0 to 16; an out-of-range or malformed value is refused at startup with a warning naming the setting, and 0 stays
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/pool.inc';
var_dump(ini_get('wechatpay.crypto_threads'));
var_dump(ini_set('wechatpay.crypto_threads', '2'), ini_get('wechatpay.crypto_threads'));

/** Starts a PHP with the extension and the setting; prints what it reads and any warning. */
function probe(string $value): void
{
    $args = ['-n', '-d', 'extension=' . wxp_pool_extension_path(), '-d', 'display_startup_errors=1',
        '-d', 'display_errors=stderr', '-d', 'log_errors=0', '-d', "wechatpay.crypto_threads=$value",
        '-r', 'echo ini_get("wechatpay.crypto_threads"), "\n";'];
    $p = proc_open(array_merge([wxp_php_binary()], $args), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null,
        wxp_child_env(['USE_ZEND_ALLOC' => null, 'ZEND_DONT_UNLOAD_MODULES' => null]));
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    echo "'$value' -> ", $out;
    foreach (preg_split('/\R/', trim($err)) as $line) {
        if ($line !== '') {
            echo '  ', trim($line), "\n";
        }
    }
}

foreach (['16', '1', '17', 'two', '-1', '2k'] as $value) {
    probe($value);
}
?>
--EXPECT--
string(1) "0"
bool(false)
string(1) "0"
'16' -> 16
'1' -> 1
'17' -> 0
  Warning: PHP Startup: wechatpay.crypto_threads must be a whole number from 0 to 16, "17" given; the default 0 is used in Unknown on line 0
'two' -> 0
  Warning: PHP Startup: wechatpay.crypto_threads must be a whole number from 0 to 16, "two" given; the default 0 is used in Unknown on line 0
'-1' -> 0
  Warning: PHP Startup: wechatpay.crypto_threads must be a whole number from 0 to 16, "-1" given; the default 0 is used in Unknown on line 0
'2k' -> 0
  Warning: PHP Startup: wechatpay.crypto_threads must be a whole number from 0 to 16, "2k" given; the default 0 is used in Unknown on line 0
