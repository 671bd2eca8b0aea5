<?php

/**
 * WeChatPay\Notification: a WeChat Pay callback verified and decrypted in one call (ext/helpers/notification.c),
 * and the exceptions it throws. Regenerate notification_arginfo.h after any change (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /**
     * Callbacks in one call. handle(): an APIv3 notification checked as responses are (the four Wechatpay-*
     * headers, the 300 s window, a serial or PUB_KEY_ID_... the client trusts, no WECHATPAY/SIGNTEST/ probe,
     * RSA-SHA256 over `timestamp\nnonce\nbody\n`), then its `resource` decrypted (AEAD_AES_256_GCM under the
     * config's apiv3Key) and returned json_decode'd; nothing is decrypted before the signature holds.
     * handleV2(): the APIv2 refund notice, its `req_info` decrypted (AES-256-ECB under md5 of the config's
     * secret). Failures: WeChatPay\Exception\NotificationException (its code one of its constants), or
     * WeChatPay\Exception\InvalidArgumentException for a client without the key or a body missing.
     */
    final class Notification
    {
        /**
         * The decrypted `resource` of an APIv3 notification, as an array (the envelope's other fields, such
         * as `event_type`, are json_decode($body, true) once this returned). $headers: the request (PSR-7,
         * read through getHeaders() and getBody()) or its headers (name => string or list of strings, names
         * in any case); $body: the raw body (required with an array; with a request, used instead of its own).
         */
        public static function handle(\WeChatPay\BuilderChainable $instance, \Psr\Http\Message\ServerRequestInterface|array $headers, ?string $body = null): array {}

        /**
         * An APIv2 refund notice: its fields as Transformer::toArray() gives them, with `req_info` replaced by
         * its decrypted fields (an array).
         */
        public static function handleV2(\WeChatPay\BuilderChainable $instance, string $body): array {}
    }
}

namespace WeChatPay\Exception {
    /** A callback that was refused; getCode() is one of the constants below, which say what failed. */
    class NotificationException extends \UnexpectedValueException implements WeChatPayException
    {
        /* A Wechatpay-Timestamp, -Nonce, -Signature or -Serial header is missing. */
        /** @var int */
        public const HEADERS = 1;
        /* Wechatpay-Timestamp is not within 300 s of the local clock. */
        /** @var int */
        public const TIMESTAMP = 2;
        /* Wechatpay-Serial names no platform certificate or public key the client trusts. */
        /** @var int */
        public const SERIAL = 3;
        /* The signature is a WeChat Pay probe (WECHATPAY/SIGNTEST/...), never genuine. */
        /** @var int */
        public const SIGNTEST = 4;
        /* The signature does not verify over the timestamp, nonce and body. */
        /** @var int */
        public const SIGNATURE = 5;
        /* The body is not the JSON (or XML) of a notification, or lacks its fields. */
        /** @var int */
        public const BODY = 6;
        /* The encrypted part does not decrypt under the configured key (tag or padding wrong). */
        /** @var int */
        public const DECRYPTION = 7;
        /* The decrypted part is not JSON (or XML). */
        /** @var int */
        public const PLAINTEXT = 8;
        /* An APIv2 notice whose return_code is not SUCCESS. */
        /** @var int */
        public const RETURN_CODE = 9;
    }
}
