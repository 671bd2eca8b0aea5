--TEST--
Hash::hmac(): HMAC of `$thing&key=$key` under $key, equal to PHP's for every cryptographic algorithm of hash_hmac_algos(); hash_init()'s ValueError for the rest
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\Hash;

$thing = 'appid=wxd930ea5d5a258f4f&body=test';
$key = '192006250b4c09247ec02edce69f6a2d';
var_dump(Hash::hmac($thing, $key), Hash::hmac($thing, $key) === hash_hmac('sha256', "$thing&key=$key", $key));

// every algorithm, with short, block-sized, long and binary keys and messages, names in any case
$differ = [];
$n = 0;
foreach (hash_hmac_algos() as $algo) {
    foreach (['k', str_repeat('K', 64), str_repeat('L', 200), random_bytes(33)] as $k) {
        foreach (['', $thing, random_bytes(3000)] as $t) {
            foreach ([$algo, strtoupper($algo)] as $name) {
                $n++;
                if (Hash::hmac($t, $k, $name) !== wxp_ref_hmac($t, $k, $algo)) {
                    $differ[$algo] = true;
                }
            }
        }
    }
}
echo count(hash_hmac_algos()), " algorithms, $n digests, differing: ", $differ ? implode(' ', array_keys($differ)) : 'none', "\n";

// hash_init()'s refusals, word for word, in its order (algorithm first, then the key)
foreach ([['k', 'nope'], ['k', ''], ['k', 'crc32b'], ['k', 'xxh128'], ['k', 'murmur3f'], ['k', 'joaat'], ['', 'sha256'], ['', 'nope'], ['', 'md5']] as [$k, $algo]) {
    $ours = wxp_outcome(static fn() => Hash::hmac('x', $k, $algo));
    echo $ours === wxp_outcome(static fn() => wxp_ref_hmac('x', $k, $algo)) ? '' : 'DIFFERS: ', $ours, "\n";
}
?>
--EXPECTF--
string(64) "%x"
bool(true)
%d algorithms, %d digests, differing: none
ValueError: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
ValueError: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
ValueError: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
ValueError: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
ValueError: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
ValueError: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
