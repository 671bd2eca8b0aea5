--TEST--
Hash::md5(): plain MD5 without a truthy key ('' and '0' are not), `&key=KEY` appended, `&secret=KEY` for a truthy $agency; lowercase hex as hash_final()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\Hash;

$thing = 'appid=wxd930ea5d5a258f4f&body=test';
var_dump(Hash::md5('') === md5(''), Hash::md5($thing) === md5($thing), Hash::md5($thing, '', true) === md5($thing));
var_dump(Hash::md5($thing, 'K'), md5("$thing&key=K"), Hash::md5($thing, 'K', true) === md5("$thing&secret=K"));
// '0' is a falsy key in PHP: plain MD5, as the package computes it
var_dump(Hash::md5($thing, '0') === md5($thing), Hash::md5($thing, '00') === md5("$thing&key=00"), Hash::md5($thing, ' ') === md5("$thing&key= "));

// $agency is any value, taken by PHP truthiness
$agencies = [true, false, null, 0, 1, 1000002, 0.0, 0.5, '', '0', '1', 'false', [], [0], new stdClass];
$row = [];
foreach ($agencies as $agency) {
    $ours = Hash::md5($thing, 'K', $agency);
    $row[] = ($ours === md5("$thing&secret=K") ? 'secret' : ($ours === md5("$thing&key=K") ? 'key' : 'WRONG'))
        . ($ours === wxp_ref_md5($thing, 'K', $agency) ? '' : '(differs)');
}
echo implode(' ', $row), "\n";

// binary input and key, long input
$bin = random_bytes(5000);
$key = random_bytes(40) . 'x';
var_dump(Hash::md5($bin, $key) === wxp_ref_md5($bin, $key), Hash::md5($bin, $key, 'agent') === wxp_ref_md5($bin, $key, 'agent'));
var_dump((bool) preg_match('/^[0-9a-f]{32}$/', Hash::md5($bin)));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(32) "d616fb3c4ae3745f378d470e01221cb2"
string(32) "d616fb3c4ae3745f378d470e01221cb2"
bool(true)
bool(true)
bool(true)
bool(true)
secret key key key secret secret key secret key key secret secret key secret secret
bool(true)
bool(true)
bool(true)
