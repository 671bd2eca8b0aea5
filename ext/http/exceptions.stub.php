<?php

/**
 * The WeChatPay\Exception family: every exception the extension throws (ext/http/exceptions.c). Regenerate its
 * arginfo header after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay\Exception {
    /**
     * Marks every exception the extension throws. The constants are wechatpay-php's message formats, registered
     * from src/wxp_verify.h's WXP_EV3_RES_* (the texts verification fills in); the test
     * tests/phpt/verify/messages_agree.phpt checks that the texts here are the same.
     */
    interface WeChatPayException
    {
        /**
         * @var string
         * @cvalue WXP_EV3_RES_HEADERS_INCOMPLETE
         */
        public const EV3_RES_HEADERS_INCOMPLETE =
            "The response's Headers incomplete, must have(`%1\$s`, `%2\$s`, `%3\$s` and `%4\$s`).";
        /**
         * @var string
         * @cvalue WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET
         */
        public const EV3_RES_HEADER_TIMESTAMP_OFFSET =
            "It's allowed time offset in ± %1\$s seconds, the response was on %2\$s, your's localtime on %3\$s.";
        /**
         * @var string
         * @cvalue WXP_EV3_RES_HEADER_PLATFORM_SERIAL
         */
        public const EV3_RES_HEADER_PLATFORM_SERIAL =
            "Cannot found the serial(`%1\$s`)'s configuration, which's from the response(header:%2\$s), your's %3\$s.";
        /**
         * @var string
         * @cvalue WXP_EV3_RES_HEADER_SIGNATURE_DIGEST
         */
        public const EV3_RES_HEADER_SIGNATURE_DIGEST =
            "Verify the response's data with: timestamp=%1\$s, nonce=%2\$s, signature=%3\$s, cert=[%4\$s => ...] failed.";
    }

    /** Bad input (config, option, header, placeholder): thrown before anything is sent. */
    class InvalidArgumentException extends \InvalidArgumentException implements WeChatPayException
    {
    }

    /** A call that was sent and failed; carries the response when there was one. */
    class RequestException extends \RuntimeException implements WeChatPayException
    {
        private ?object $response = null;

        public function getResponse(): ?\Psr\Http\Message\ResponseInterface {}

        public function hasResponse(): bool {}

        /** The `Request-ID` header of the response (WeChat Pay support asks for it), or null. */
        public function getRequestId(): ?string {}
    }

    /** A non-2xx answer; WeChat Pay's error body `{"code","message","detail"}` is parsed when present. */
    class BadResponseException extends RequestException
    {
        private int $statusCode = 0;
        private ?string $errorCode = null;
        private ?string $errorMessage = null;
        private ?array $errorDetail = null;

        public function getStatusCode(): int {}

        /** WeChat Pay's stable error code, e.g. `PARAM_ERROR`, or null when the body had none. */
        public function getErrorCode(): ?string {}

        /** WeChat Pay's human-readable message, or null. */
        public function getErrorMessage(): ?string {}

        /** WeChat Pay's `detail` object as an array, or null. */
        public function getErrorDetail(): ?array {}
    }

    /** A 4xx answer. */
    class ClientException extends BadResponseException
    {
    }

    /** A 5xx answer. */
    class ServerException extends BadResponseException
    {
    }

    /** A 2xx answer whose signature headers, clock, serial or signature did not verify: never a success. */
    class VerificationException extends RequestException
    {
    }

    /** A promise was rejected with a reason that is not a Throwable (wait() throws this), or cannot settle. */
    class RejectionException extends \RuntimeException implements WeChatPayException
    {
        private mixed $reason = null;

        /** The rejection reason as given. */
        public function getReason(): mixed {}
    }

    /** A promise was cancelled: its transfer was aborted. */
    class CancellationException extends RejectionException
    {
    }

    /** No answer: refused connection, DNS, TLS or timeout failure; the message carries libcurl's reason. */
    class ConnectException extends RequestException
    {
        private int $curlErrno = 0;

        /** libcurl's CURLcode for the failure. */
        public function getCurlErrno(): int {}
    }
}
