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
        /* the package's notice that APIv2 (XML) is at its end of life */
        /** @var string */
        public const DEP_XML_PROTOCOL_IS_REACHABLE_EOL =
            'New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.';
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

    /*
     * The failures of a sent call are caught by the interfaces below. The objects thrown are of one of two class
     * families, chosen when a call fails (ext/http/failure_classes.c): when Guzzle's exception classes can be
     * loaded, WeChatPay\Exception\Guzzle\*, declared then (once per PHP request) over Guzzle's classes (a
     * ClientException is a \GuzzleHttp\Exception\ClientException too); without Guzzle, the extension's own
     * WeChatPay\Exception\Own\* below. Either way `catch (\RuntimeException $e)` catches them.
     */

    /** A call that was sent and failed; carries the response when there was one. */
    interface RequestException extends WeChatPayException
    {
        /** The request as sent (a PSR-7 request: method, URL, headers with Authorization, body), or null when no
         * PSR-7 request class (guzzlehttp/psr7) can be loaded. */
        public function getRequest(): ?\Psr\Http\Message\RequestInterface;

        public function getResponse(): ?\Psr\Http\Message\ResponseInterface;

        public function hasResponse(): bool;

        /** What the transfer reported, as Guzzle's handlers do: `errno` and `error` for a ConnectException. */
        public function getHandlerContext(): array;

        /** The `Request-ID` header of the response (WeChat Pay support asks for it), or null. */
        public function getRequestId(): ?string;
    }

    /** A non-2xx answer; WeChat Pay's error body `{"code","message","detail"}` is parsed when present. */
    interface BadResponseException extends RequestException
    {
        public function getStatusCode(): int;

        /** WeChat Pay's stable error code, e.g. `PARAM_ERROR`, or null when the body had none. */
        public function getErrorCode(): ?string;

        /** WeChat Pay's human-readable message, or null. */
        public function getErrorMessage(): ?string;

        /** WeChat Pay's `detail` object as an array, or null. */
        public function getErrorDetail(): ?array;
    }

    /** A 4xx answer. */
    interface ClientException extends BadResponseException
    {
    }

    /** A 5xx answer. */
    interface ServerException extends BadResponseException
    {
    }

    /** A 2xx answer whose signature headers, clock, serial or signature did not verify: never a success. */
    interface VerificationException extends RequestException
    {
    }

    /** No answer: refused connection, DNS, TLS or timeout failure; the message carries libcurl's reason. */
    interface ConnectException extends RequestException
    {
        /** libcurl's CURLcode for the failure. */
        public function getCurlErrno(): int;
    }

    /** A promise was rejected with a reason that is not a Throwable (wait() throws this), or cannot settle. */
    interface RejectionException extends WeChatPayException
    {
        /**
         * The rejection reason as given (no return type: Guzzle's RejectionException::getReason() has none).
         * @return mixed
         */
        public function getReason();
    }

    /** A promise was cancelled: its transfer was aborted. */
    interface CancellationException extends RejectionException
    {
    }
}

/* The extension's own classes, thrown when Guzzle's cannot be loaded. */
namespace WeChatPay\Exception\Own {
    class RequestException extends \RuntimeException implements \WeChatPay\Exception\RequestException
    {
        private ?object $request = null;
        private ?object $response = null;
        private array $handlerContext = [];

        public function getRequest(): ?\Psr\Http\Message\RequestInterface {}

        public function getResponse(): ?\Psr\Http\Message\ResponseInterface {}

        public function hasResponse(): bool {}

        public function getHandlerContext(): array {}

        public function getRequestId(): ?string {}
    }

    class BadResponseException extends RequestException implements \WeChatPay\Exception\BadResponseException
    {
        private int $statusCode = 0;
        private ?string $errorCode = null;
        private ?string $errorMessage = null;
        private ?array $errorDetail = null;

        public function getStatusCode(): int {}

        public function getErrorCode(): ?string {}

        public function getErrorMessage(): ?string {}

        public function getErrorDetail(): ?array {}
    }

    class ClientException extends BadResponseException implements \WeChatPay\Exception\ClientException
    {
    }

    class ServerException extends BadResponseException implements \WeChatPay\Exception\ServerException
    {
    }

    class VerificationException extends RequestException implements \WeChatPay\Exception\VerificationException
    {
    }

    class ConnectException extends RequestException implements \WeChatPay\Exception\ConnectException
    {
        private int $curlErrno = 0;

        public function getCurlErrno(): int {}
    }

    class RejectionException extends \RuntimeException implements \WeChatPay\Exception\RejectionException
    {
        private mixed $reason = null;

        public function getReason(): mixed {}
    }

    class CancellationException extends RejectionException implements \WeChatPay\Exception\CancellationException
    {
    }
}
