<?php

/**
 * WeChatPay\Crypto\Rsa: the RSA helpers of wechatpay-php 1.4.12, same names, parameters, defaults, return
 * types, exceptions and messages, implemented in C (ext/helpers/crypto_rsa.c over src/wxp_rsa.c). Key parameters
 * and plaintexts are #[\SensitiveParameter]: they never show in stack traces.
 *
 * Regenerate crypto_rsa_arginfo.h after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay\Crypto {
    /**
     * Loads keys the way wechatpay-php does and signs, verifies, encrypts and decrypts with them.
     * Every failure is an \UnexpectedValueException with wechatpay-php's message.
     */
    final class Rsa
    {
        /** @var string */
        public const KEY_TYPE_PUBLIC = 'public';
        /** @var string */
        public const KEY_TYPE_PRIVATE = 'private';

        /**
         * Wraps a Base64 PKCS#1 RSAPublicKey into a Base64 SPKI (SubjectPublicKeyInfo), without checking it.
         */
        public static function pkcs1ToSpki(#[\SensitiveParameter] string $thing): string {}

        /**
         * Loads a PKCS#8 private key given as bare Base64 (no PEM envelope, no line breaks).
         *
         * @return \OpenSSLAsymmetricKey
         */
        public static function fromPkcs8(#[\SensitiveParameter] string $thing) {}

        /**
         * Loads a PKCS#1 private key, or public key when $type is Rsa::KEY_TYPE_PUBLIC, given as bare Base64.
         *
         * @return \OpenSSLAsymmetricKey
         */
        public static function fromPkcs1(#[\SensitiveParameter] string $thing, string $type = Rsa::KEY_TYPE_PRIVATE) {}

        /**
         * Loads an SPKI public key given as bare Base64.
         *
         * @return \OpenSSLAsymmetricKey
         */
        public static function fromSpki(#[\SensitiveParameter] string $thing) {}

        /**
         * Loads a private key, or a public key when $type is Rsa::KEY_TYPE_PUBLIC, from: a `file://` path; PEM
         * text (PKCS#1 or PKCS#8 private key, SPKI or PKCS#1 public key, X.509 certificate); `private.pkcs1://`,
         * `private.pkcs8://`, `public.pkcs1://` or `public.spki://` followed by bare Base64; an
         * OpenSSLAsymmetricKey or OpenSSLCertificate; or [$pem, $passphrase] for an encrypted private key.
         * Returns PHP's own OpenSSLAsymmetricKey, so openssl_* functions work on it.
         *
         * @param \OpenSSLAsymmetricKey|\OpenSSLCertificate|array|string|mixed $thing
         * @return \OpenSSLAsymmetricKey
         */
        public static function from(#[\SensitiveParameter] $thing, string $type = Rsa::KEY_TYPE_PRIVATE) {}

        /**
         * Encrypts with RSA-OAEP (SHA-1, MGF1-SHA-1) and returns the Base64 ciphertext; any other $padding is
         * refused.
         *
         * @param \OpenSSLAsymmetricKey|\OpenSSLCertificate|array|string|mixed $publicKey
         */
        public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] $publicKey, int $padding = OPENSSL_PKCS1_OAEP_PADDING): string {}

        /**
         * Checks a Base64 SHA256withRSA signature of $message: true when it verifies, else false.
         *
         * @param \OpenSSLAsymmetricKey|\OpenSSLCertificate|array|string|mixed $publicKey
         */
        public static function verify(string $message, string $signature, #[\SensitiveParameter] $publicKey): bool {}

        /**
         * Signs $message with SHA256withRSA (RSASSA-PKCS1-v1_5) and returns the Base64 signature.
         *
         * @param \OpenSSLAsymmetricKey|array|string|mixed $privateKey
         */
        public static function sign(string $message, #[\SensitiveParameter] $privateKey): string {}

        /**
         * Decrypts Base64 RSA-OAEP (SHA-1, MGF1-SHA-1) ciphertext; any other $padding is refused.
         *
         * @param \OpenSSLAsymmetricKey|array|string|mixed $privateKey
         */
        public static function decrypt(string $ciphertext, #[\SensitiveParameter] $privateKey, int $padding = OPENSSL_PKCS1_OAEP_PADDING): string {}
    }
}
