--TEST--
Pool: out-of-range or malformed wechatpay.pool_max_idle / pool_max_age are refused at startup with a warning naming the setting, and the default stays; values in range are taken
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/pool.inc';

/** Starts a PHP with the extension and the given settings; prints what it reports and any warning. */
function probe(array $ini): void
{
    $args = ['-n', '-d', 'extension=' . wxp_pool_extension_path(), '-d', 'display_startup_errors=1',
        '-d', 'display_errors=stderr', '-d', 'log_errors=0'];
    foreach ($ini as $k => $v) {
        array_push($args, '-d', "$k=$v");
    }
    array_push($args, '-r', '$s = WeChatPay\Pool::stats(); echo ini_get("wechatpay.pool_max_idle"), "/", $s["max_idle"], " ",'
        . ' ini_get("wechatpay.pool_max_age"), "/", $s["max_age"], " pool=", var_export($s["enabled"], true), "\n";');
    $p = proc_open(array_merge([wxp_php_binary()], $args), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null,
        wxp_child_env(['USE_ZEND_ALLOC' => null, 'ZEND_DONT_UNLOAD_MODULES' => null]));
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    echo json_encode($ini), ' -> ', $out;
    foreach (preg_split('/\R/', trim($err)) as $line) {
        if ($line !== '') {
            echo '  ', trim($line), "\n";
        }
    }
}

probe(['wechatpay.pool_max_idle' => '0']);
probe(['wechatpay.pool_max_idle' => '1001']);
probe(['wechatpay.pool_max_idle' => '8k']);
probe(['wechatpay.pool_max_age' => '0']);
probe(['wechatpay.pool_max_age' => '3601']);
probe(['wechatpay.pool_max_age' => '-5']);
probe(['wechatpay.pool_max_idle' => '1000', 'wechatpay.pool_max_age' => '1', 'wechatpay.pool' => 'Off']);
probe(['wechatpay.pool_max_idle' => '1', 'wechatpay.pool_max_age' => '3600']);
?>
--EXPECT--
{"wechatpay.pool_max_idle":"0"} -> 32/32 7/7 pool=true
  Warning: PHP Startup: wechatpay.pool_max_idle must be a whole number from 1 to 1000, "0" given; the default 32 is used in Unknown on line 0
{"wechatpay.pool_max_idle":"1001"} -> 32/32 7/7 pool=true
  Warning: PHP Startup: wechatpay.pool_max_idle must be a whole number from 1 to 1000, "1001" given; the default 32 is used in Unknown on line 0
{"wechatpay.pool_max_idle":"8k"} -> 32/32 7/7 pool=true
  Warning: PHP Startup: wechatpay.pool_max_idle must be a whole number from 1 to 1000, "8k" given; the default 32 is used in Unknown on line 0
{"wechatpay.pool_max_age":"0"} -> 32/32 7/7 pool=true
  Warning: PHP Startup: wechatpay.pool_max_age must be a whole number from 1 to 3600, "0" given; the default 7 is used in Unknown on line 0
{"wechatpay.pool_max_age":"3601"} -> 32/32 7/7 pool=true
  Warning: PHP Startup: wechatpay.pool_max_age must be a whole number from 1 to 3600, "3601" given; the default 7 is used in Unknown on line 0
{"wechatpay.pool_max_age":"-5"} -> 32/32 7/7 pool=true
  Warning: PHP Startup: wechatpay.pool_max_age must be a whole number from 1 to 3600, "-5" given; the default 7 is used in Unknown on line 0
{"wechatpay.pool_max_idle":"1000","wechatpay.pool_max_age":"1","wechatpay.pool":"Off"} -> 1000/1000 1/1 pool=false
{"wechatpay.pool_max_idle":"1","wechatpay.pool_max_age":"3600"} -> 1/1 3600/3600 pool=true
