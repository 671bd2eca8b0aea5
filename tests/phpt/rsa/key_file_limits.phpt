--TEST--
Rsa: a file:// key (a string, a Stringable, [path, passphrase]) is read only when it is a regular file of at most 1 MiB; a directory, /dev/zero, a FIFO or a larger file gets the package's exception, without being read or waited for
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl');
if (!function_exists('posix_mkfifo')) die('skip posix_mkfifo() missing'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
require __DIR__ . '/../../inc/key_files.inc';
use WeChatPay\Crypto\Rsa;

final class Path
{
    public function __construct(private string $path)
    {
    }

    public function __toString(): string
    {
        return $this->path;
    }
}

$keys = wxp_test_keys();
$private = wxp_key_files(file_get_contents($keys['merchant_private_key']));
$public = wxp_key_files(file_get_contents($keys['merchant_cert']));
$names = ['dir', 'zero', 'big', 'over_limit', 'at_limit', 'fifo'];

/** What came back: the class of a key, true for a signature that verifies, or the exception. */
function outcome(callable $fn): string
{
    try {
        $result = $fn();
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
    return is_object($result) ? get_class($result) : var_export($result, true);
}

foreach ($names as $name) {
    $file = 'file://' . $private[$name];
    echo "$name:\n";
    echo '  from              ', outcome(fn() => Rsa::from($file)), "\n";
    echo '  from(Stringable)  ', outcome(fn() => Rsa::from(new Path($file))), "\n";
    echo '  from([path, ""])  ', outcome(fn() => Rsa::from([$file, ''])), "\n";
    echo '  from(public)      ', outcome(fn() => Rsa::from('file://' . $public[$name], Rsa::KEY_TYPE_PUBLIC)), "\n";
    echo '  sign              ', outcome(fn() => Rsa::verify('m', Rsa::sign('m', $file), 'file://' . $keys['merchant_cert'])), "\n";
    echo '  sign([path, ""])  ', outcome(fn() => Rsa::verify('m', Rsa::sign('m', [$file, '']), 'file://' . $keys['merchant_cert'])), "\n";
    echo '  encrypt           ', outcome(fn() => Rsa::decrypt(Rsa::encrypt('p', 'file://' . $public[$name]), $file)), "\n";
}
?>
--EXPECT--
dir:
  from              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
  from(Stringable)  UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.
  from([path, ""])  UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input.
  from(public)      UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
  sign              UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  sign([path, ""])  UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  encrypt           UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
zero:
  from              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
  from(Stringable)  UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.
  from([path, ""])  UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input.
  from(public)      UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
  sign              UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  sign([path, ""])  UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  encrypt           UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
big:
  from              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
  from(Stringable)  UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.
  from([path, ""])  UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input.
  from(public)      UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
  sign              UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  sign([path, ""])  UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  encrypt           UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
over_limit:
  from              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
  from(Stringable)  UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.
  from([path, ""])  UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input.
  from(public)      UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
  sign              UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  sign([path, ""])  UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  encrypt           UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
at_limit:
  from              OpenSSLAsymmetricKey
  from(Stringable)  OpenSSLAsymmetricKey
  from([path, ""])  OpenSSLAsymmetricKey
  from(public)      OpenSSLAsymmetricKey
  sign              true
  sign([path, ""])  true
  encrypt           'p'
fifo:
  from              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
  from(Stringable)  UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.
  from([path, ""])  UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input.
  from(public)      UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
  sign              UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  sign([path, ""])  UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
  encrypt           UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
