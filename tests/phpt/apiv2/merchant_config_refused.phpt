--TEST--
Config 'merchant': each wrong form, file or pair fails the factory with an InvalidArgumentException naming the entry and what is wrong, never the passphrase
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/merchant_files.inc';
$f = wxp_merchant_files();
$pass = $f['passphrase'];
$good = ['cert' => $f['cert'], 'key' => $f['key']];

$cases = [
    'a string' => $f['cert'],
    'no key' => ['cert' => $f['cert']],
    'no cert' => ['key' => $f['key']],
    'null cert' => ['cert' => null, 'key' => $f['key']],
    'cert an int' => ['cert' => 1, 'key' => $f['key']],
    'key an object' => ['cert' => $f['cert'], 'key' => new stdClass()],
    'key [path]' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted']]],
    'key [path, int]' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], 1234]],
    'key [path, passphrase, more]' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], $pass, 'x']],
    'key [passphrase => path]' => ['cert' => $f['cert'], 'key' => ['path' => $f['key_encrypted'], 'passphrase' => $pass]],
    'passphrase with a NUL byte' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], "$pass\0"]],
    'missing cert file' => ['cert' => $f['dir'] . '/missing.pem', 'key' => $f['key']],
    'missing key file' => ['cert' => $f['cert'], 'key' => $f['dir'] . '/missing.pem'],
    'empty path' => ['cert' => '', 'key' => $f['key']],
    'a directory' => ['cert' => $f['dir'], 'key' => $f['key']],
    'a php:// stream' => ['cert' => 'php://memory', 'key' => $f['key']],
    'a data: URL' => ['cert' => 'data://text/plain;base64,' . base64_encode(file_get_contents($f['cert'])), 'key' => $f['key']],
    'a data: URL without //' => ['cert' => 'data:text/plain;base64,' . base64_encode(file_get_contents($f['cert'])), 'key' => $f['key']],
    'a path with a NUL byte' => ['cert' => $f['cert'] . "\0x", 'key' => $f['key']],
    'the key\'s PEM text' => ['cert' => $f['cert'], 'key' => file_get_contents($f['key'])],
    'the key\'s Base64 on one line' => ['cert' => $f['cert'], 'key' => implode('', array_slice(explode("\n", file_get_contents($f['key'])), 1, -2))],
    'a data: URL of the key' => ['cert' => $f['cert'], 'key' => 'data:text/plain;base64,' . base64_encode(file_get_contents($f['key']))],
    'cert not PEM' => ['cert' => $f['text'], 'key' => $f['key']],
    'cert and key swapped' => ['cert' => $f['key'], 'key' => $f['cert']],
    'key not PEM' => ['cert' => $f['cert'], 'key' => $f['text']],
    'key a certificate' => ['cert' => $f['cert'], 'key' => $f['cert']],
    'encrypted key without passphrase' => ['cert' => $f['cert'], 'key' => $f['key_encrypted']],
    'wrong passphrase' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], strrev($pass)]],
    'empty passphrase' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], '']],
    'the cert\'s passphrase wrong, no key passphrase' => ['cert' => [$f['cert'], 'wrong-' . $pass], 'key' => $f['key_encrypted']],
    'key of another merchant' => ['cert' => $f['cert'], 'key' => $f['other_key']],
];
foreach ($cases as $name => $merchant) {
    try {
        WeChatPay\Builder::factory(wxp_test_config(['merchant' => $merchant]));
        echo "$name: accepted\n";
    } catch (Throwable $e) {
        $message = $e->getMessage();
        echo "$name: ", get_class($e), ': ', str_replace($f['dir'], '{DIR}', $message), "\n";
        if (str_contains($message, $pass) || str_contains($message, strrev($pass)) || str_contains($message, 'MII')
            || str_contains($message, base64_encode(substr(file_get_contents($f['key']), 0, 30)))) {
            echo "  the message shows a secret\n";
        }
    }
}

?>
--EXPECT--
a string: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' must be an array ['cert' => path, 'key' => path] (each path may be [path, passphrase]), string given
no key: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' needs 'cert' and 'key': the merchant certificate (apiclient_cert.pem) and its private key (apiclient_key.pem), each a file path or [path, passphrase], 'key' is missing
no cert: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' needs 'cert' and 'key': the merchant certificate (apiclient_cert.pem) and its private key (apiclient_key.pem), each a file path or [path, passphrase], 'cert' is missing
null cert: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' needs 'cert' and 'key': the merchant certificate (apiclient_cert.pem) and its private key (apiclient_key.pem), each a file path or [path, passphrase], 'cert' is missing
cert an int: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' must be a file path or [path, passphrase], int given
key an object: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must be a file path or [path, passphrase], stdClass given
key [path]: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must be a file path or [path, passphrase]: an array of two strings, the path and the passphrase
key [path, int]: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must be a file path or [path, passphrase]: an array of two strings, the path and the passphrase
key [path, passphrase, more]: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must be a file path or [path, passphrase]: an array of two strings, the path and the passphrase
key [passphrase => path]: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must be a file path or [path, passphrase]: an array of two strings, the path and the passphrase
passphrase with a NUL byte: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' has a passphrase holding a NUL byte, which TLS libraries cannot take
missing cert file: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' ({DIR}/missing.pem) cannot be read
missing key file: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' ({DIR}/missing.pem) cannot be read
empty path: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' must be a file path, '' given
a directory: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' ({DIR}) is a directory
a php:// stream: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' must name its file by a path or a file:// URL, a php:// URL given
a data: URL: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' must name its file by a path or a file:// URL, a data:// URL given
a data: URL without //: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' must name its file by a path or a file:// URL, a data: URL given
a path with a NUL byte: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' must be a file path, a string holding a NUL byte given
the key's PEM text: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must be the path of its file, not the file's text
the key's Base64 on one line: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must be the path of its file, not the file's text
a data: URL of the key: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must name its file by a path or a file:// URL, a data: URL given
cert not PEM: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' ({DIR}/text.pem) is not a PEM certificate (no -----BEGIN CERTIFICATE----- block)
cert and key swapped: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' ({DIR}/key.pem) holds a private key, not a certificate (are the certificate and the key swapped?)
key not PEM: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' ({DIR}/text.pem) is not a PEM private key (no -----BEGIN PRIVATE KEY----- block)
key a certificate: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' ({DIR}/cert.pem) holds a certificate, not a private key (are the certificate and the key swapped?)
encrypted key without passphrase: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' ({DIR}/key_encrypted.pem) is an encrypted private key and no passphrase was given
wrong passphrase: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' ({DIR}/key_encrypted.pem) cannot be decrypted with the passphrase given
empty passphrase: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' ({DIR}/key_encrypted.pem) cannot be decrypted with the passphrase given
the cert's passphrase wrong, no key passphrase: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' ({DIR}/key_encrypted.pem) cannot be decrypted with the passphrase given
key of another merchant: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' ({DIR}/other_key.pem) is not the private key of 'cert' ({DIR}/cert.pem): their public keys differ
