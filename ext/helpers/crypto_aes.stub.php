<?php

/**
 * The symmetric-crypto and APIv2-hash helpers of wechatpay-php 1.4.12, declared by the extension with the same
 * names, constants, signatures, defaults, return values and exceptions (\RuntimeException,
 * \UnexpectedValueException and \ValueError, exactly as the package lets them escape). The crypto itself runs
 * in the C core (src/wxp_aes.c, src/wxp_hash.c, src/wxp_base64.c). Regenerate crypto_aes_arginfo.h after
 * any change (see README.md).
 *
 * Parameters are checked the way PHP checks a userland method's, as the package's methods are userland:
 * null for a string is a TypeError, extra arguments are ignored, and too few raise the userland
 * ArgumentCountError message.
 *
 * @generate-class-entries
 */

namespace WeChatPay\Crypto {
    /**
     * @var string
     * @cvalue WXP_APIV2_MD5
     */
    const ALGO_MD5 = 'MD5';

    /**
     * @var string
     * @cvalue WXP_APIV2_HMAC_SHA256
     */
    const ALGO_HMAC_SHA256 = 'HMAC-SHA256';

    /** The constants and the two static methods every AES helper has. */
    interface AesInterface
    {
        /**
         * Bytes of an AES block (also the length of the tag AesGcm::encrypt() appends).
         * @var int
         */
        public const BLOCK_SIZE = 16;

        /**
         * Bytes of an AES-256 key.
         * @var int
         */
        public const KEY_LENGTH_BYTE = 32;

        /**
         * Bytes of the tag in the official samples.
         * (Deprecated in wechatpay-php: GCM tags may be 16, 15, 14, 13, 12, 8 or 4 bytes.)
         * @var int
         */
        public const AUTH_TAG_LENGTH_BYTE = 16;

        /** @var string */
        public const ALGO_AES_256_GCM = 'aes-256-gcm';

        /** @var string */
        public const ALGO_AES_256_ECB = 'aes-256-ecb';

        /** Encrypts and returns Base64 text. */
        public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = ''): string;

        /** Decrypts Base64 text made by encrypt(). */
        public static function decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = ''): string;
    }

    /**
     * AES-256-GCM with additional authenticated data: the AEAD_AES_256_GCM of APIv3 callbacks and platform
     * certificates (key: the 32-byte APIv3 key; iv: the 12-byte `nonce`; aad: `associated_data`).
     * A key shorter than 32 bytes is zero-padded and a longer one cut to 32 bytes, as PHP's openssl_*() do.
     */
    class AesGcm implements AesInterface
    {
        /**
         * Returns Base64(ciphertext || 16-byte tag). The IV may be 1 to 128 bytes (12 is GCM's native size);
         * an empty or longer one throws \UnexpectedValueException.
         */
        public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = '', string $aad = ''): string {}

        /**
         * Decrypts Base64(ciphertext || tag): the last 16 bytes are the tag, or all of the bytes when there
         * are fewer. \RuntimeException when that tag is not 16, 15, 14, 13, 12, 8 or 4 bytes long;
         * \UnexpectedValueException when it does not verify (wrong key, IV or AAD, tampered data).
         */
        public static function decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = '', string $aad = ''): string {}
    }

    /**
     * AES-256-ECB with PKCS#7 padding (APIv2 refund notices' `req_info`, under the MD5 of the APIv2 key).
     * The IV is accepted and ignored; the key is fitted to 32 bytes as AesGcm's is.
     */
    class AesEcb implements AesInterface
    {
        /** Returns Base64 of the padded ciphertext. */
        public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = ''): string {}

        /** \UnexpectedValueException when the bytes are not whole blocks or the padding is wrong. */
        public static function decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = ''): string {}
    }

    /** The APIv2 hashes: keyed MD5, HMAC, the `sign` value, and a timing-safe comparison. */
    class Hash
    {
        /** @var string */
        public const ALGO_MD5 = 'MD5';

        /** @var string */
        public const ALGO_HMAC_SHA256 = 'HMAC-SHA256';

        /**
         * Lowercase hex MD5 of $thing, followed by `&key=` (or `&secret=` when $agency is truthy) and $key
         * when $key is truthy (neither '' nor '0').
         */
        public static function md5(string $thing, #[\SensitiveParameter] string $key = '', mixed $agency = false): string {}

        /**
         * Lowercase hex HMAC of `$thing&key=$key` under $key with any of PHP's hash_hmac_algos(). An unknown
         * or non-cryptographic algorithm, or an empty key, throws hash_init()'s \ValueError.
         */
        public static function hmac(string $thing, #[\SensitiveParameter] string $key, string $algorithm = 'sha256'): string {}

        /** hash_equals($known_string, $user_string), and false for a null $user_string. */
        public static function equals(#[\SensitiveParameter] string $known_string, #[\SensitiveParameter] ?string $user_string = null): bool {}

        /**
         * The APIv2 `sign` of $data (the string Formatter::queryStringLike(Formatter::ksort($fields)) makes):
         * static::md5() or static::hmac() in UPPERCASE for `MD5` or `HMAC-SHA256`, null for any other type.
         */
        public static function sign(string $type, string $data, #[\SensitiveParameter] string $key): ?string {}
    }
}
