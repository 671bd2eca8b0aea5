--TEST--
Hash::sign() on a subclass uses the subclass's md5()/hmac() (the package calls static::md5() and static::hmac())
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Crypto\Hash;

class LoggingHash extends Hash
{
    public static array $log = [];

    public static function md5(string $thing, string $key = '', $agency = false): string
    {
        self::$log[] = "md5($thing, $key)";
        return parent::md5($thing, $key, $agency);
    }

    public static function hmac(string $thing, string $key, string $algorithm = 'sha256'): string
    {
        self::$log[] = "hmac($thing, $key, $algorithm)";
        return 'abcdef';
    }
}
class OnlyMd5 extends Hash
{
    public static function md5(string $thing, string $key = '', $agency = false): string
    {
        throw new LogicException("no md5 for $thing");
    }
}

var_dump(LoggingHash::sign('MD5', 'a=1', 'k') === Hash::sign('MD5', 'a=1', 'k'));
var_dump(LoggingHash::sign('HMAC-SHA256', 'a=1', 'k'), LoggingHash::sign('SHA1', 'a=1', 'k'), LoggingHash::$log);
var_dump(OnlyMd5::sign('HMAC-SHA256', 'a=1', 'k') === Hash::sign('HMAC-SHA256', 'a=1', 'k'));
try {
    OnlyMd5::sign('MD5', 'a=1', 'k');
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
string(6) "ABCDEF"
NULL
array(2) {
  [0]=>
  string(11) "md5(a=1, k)"
  [1]=>
  string(20) "hmac(a=1, k, sha256)"
}
bool(true)
no md5 for a=1
