<?php

/**
 * The PHP API of the wechatpay extension: the single source of every class, method and constant it declares,
 * except the helper classes, which have one stub each (ext/crypto_rsa.stub.php: WeChatPay\Crypto\Rsa).
 * Regenerate wechatpay_arginfo.h after any change: `make stubs` (see README.md).
 *
 * Two classes are NOT declared here but on first use in each request, because they must implement whichever
 * Psr\Http\Message interfaces the running app has loaded (psr/http-message 1.x or 2.x, the psr extension, or
 * the fallback shipped in ext/psr_fallback.h):
 *   final class WeChatPay\Http\Response extends WeChatPay\Http\AbstractResponse
 *         implements Psr\Http\Message\ResponseInterface {}
 *   final class WeChatPay\Http\Stream extends WeChatPay\Http\AbstractStream
 *         implements Psr\Http\Message\StreamInterface {}
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /** @not-serializable */
    final class Builder
    {
        private function __construct() {}

        /** Builds the root node of a client from its config (mchid, serial, privateKey, certs, transport keys). */
        public static function factory(#[\SensitiveParameter] array $config): BuilderChainable {}
    }

    interface BuilderChainable extends \ArrayAccess
    {
        /** Returns the node one step (or several, separated by `/`) below this one. */
        public function offsetGet(mixed $key): BuilderChainable;

        /** The same as offsetGet(): `$node->chain('v3/pay')`, `$node['v3/pay']` and `$node->v3->pay` meet. */
        public function chain(string|int $segment): BuilderChainable;
    }

    /**
     * A node of the URI-template tree that Builder::factory() returns; made only by the factory.
     * Reading any property (`$node->v3`) also returns a child node.
     *
     * @strict-properties
     * @not-serializable
     */
    final class BuilderNode implements BuilderChainable
    {
        private function __construct() {}

        public function chain(string|int $segment): BuilderChainable {}

        public function offsetGet(mixed $key): BuilderChainable {}

        /** Every path exists: always true for a string or integer key. */
        public function offsetExists(mixed $key): bool {}

        /** Nodes are read-only: always throws Error. */
        public function offsetSet(mixed $key, mixed $value): void {}

        /** Nodes are read-only: always throws Error. */
        public function offsetUnset(mixed $key): void {}

        /** The URI template this node stands for, e.g. `v3/marketing/membercard-open/cards/{card_id}`. */
        public function getPath(): string {}

        /** The options are #[\SensitiveParameter]: a trace never shows a body, a key or a credential in a URL. */
        public function get(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        public function put(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        public function post(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        public function patch(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        public function delete(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        /** Starts the call now and returns its promise; nothing throws here, every failure rejects it. */
        public function getAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function putAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function postAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function patchAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function deleteAsync(#[\SensitiveParameter] array $options = []): Promise {}
    }

    /**
     * A Promises/A+ promise, shaped like Guzzle's: the async verbs return one whose transfer is already on
     * the wire; `new Promise()` makes one settled by resolve()/reject(). Callbacks run in settlement order
     * while something waits, never inside a transfer. All transfers share one libcurl multi handle, so
     * waiting on any promise moves every transfer in flight.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Promise
    {
        /** @var string */
        public const PENDING = 'pending';
        /** @var string */
        public const FULFILLED = 'fulfilled';
        /** @var string */
        public const REJECTED = 'rejected';

        public function __construct() {}

        /** Returns a new promise resolved with what the callback returns (a promise or thenable is adopted),
         * or rejected with what it throws; a missing callback passes the value or reason on. */
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise {}

        /** The same as then(null, $onRejected). */
        public function otherwise(callable $onRejected): Promise {}

        /** Drives every transfer until this promise settles; returns its value or throws its reason (a
         * reason that is not a Throwable is wrapped in RejectionException). wait(false) never throws. */
        public function wait(bool $unwrap = true): mixed {}

        /** One of PENDING, FULFILLED, REJECTED. */
        public function getState(): string {}

        /** Aborts the transfer behind a pending promise and rejects it with CancellationException. */
        public function cancel(): void {}

        /** Fulfils a pending promise (a promise or thenable given here is adopted). */
        public function resolve(mixed $value): void {}

        /** Rejects a pending promise. */
        public function reject(mixed $reason): void {}

        /** Fulfils with the values of every promise (or plain value) in key order, or rejects with the
         * first rejection. */
        public static function all(iterable $promises): Promise {}

        /** Waits for every promise and fulfils with, per key, ['state' => 'fulfilled', 'value' => ...] or
         * ['state' => 'rejected', 'reason' => ...]. */
        public static function settle(iterable $promises): Promise {}
    }

    /**
     * The process's connection pool: the one HTTP engine every client of the process shares, kept across
     * requests (PHP-FPM) unless wechatpay.pool is Off. Its idle connections, DNS answers and TLS sessions
     * are reused; cookies never are.
     *
     * @not-serializable
     */
    final class Pool
    {
        private function __construct() {}

        /**
         * What this process's pool has done: ['enabled' => bool, 'pid' => int, 'requests' => int (PHP
         * requests served with the engine alive), 'transfers' => int, 'connections_opened' => int,
         * 'connections_reused' => int, 'tls_handshakes' => int, 'max_idle' => int, 'max_age' => int (s),
         * 'keys_cached' => int, 'key_parses' => int, 'key_cache_hits' => int (the process's key cache)].
         */
        public static function stats(): array {}
    }
}

namespace WeChatPay\Http {
    /**
     * The response of a verified call. Its methods are those of Psr\Http\Message\ResponseInterface; parameter
     * types are left wide (mixed) so the class is compatible with psr/http-message 1.x and 2.x alike, and a
     * header name is read as coercive typing reads a string parameter, whatever the caller's strict_types
     * (an int or a Stringable is converted; an array is a TypeError).
     *
     * @not-serializable
     */
    abstract class AbstractResponse
    {
        private function __construct() {}

        public function getProtocolVersion(): string {}

        public function withProtocolVersion(mixed $version): \Psr\Http\Message\MessageInterface {}

        /** @return array<string, string[]> */
        public function getHeaders(): array {}

        public function hasHeader(mixed $name): bool {}

        /** @return string[] */
        public function getHeader(mixed $name): array {}

        public function getHeaderLine(mixed $name): string {}

        public function withHeader(mixed $name, mixed $value): \Psr\Http\Message\MessageInterface {}

        public function withAddedHeader(mixed $name, mixed $value): \Psr\Http\Message\MessageInterface {}

        public function withoutHeader(mixed $name): \Psr\Http\Message\MessageInterface {}

        public function getBody(): \Psr\Http\Message\StreamInterface {}

        public function withBody(\Psr\Http\Message\StreamInterface $body): \Psr\Http\Message\MessageInterface {}

        public function getStatusCode(): int {}

        public function withStatus(mixed $code, mixed $reasonPhrase = ''): \Psr\Http\Message\ResponseInterface {}

        public function getReasonPhrase(): string {}

        /**
         * How the transfer went: ['connect', 'tls', 'first_byte', 'total' => float seconds from its start
         * (tls 0 on a reused or plain-http connection), 'reused' => bool (an idle pooled connection carried
         * it), 'primary_ip' => string, 'primary_port' => int]. Not part of PSR-7.
         */
        public function getTransferInfo(): array {}
    }

    /**
     * A read-only, seekable, in-memory body. Methods are those of Psr\Http\Message\StreamInterface; the
     * offsets and lengths declared mixed are read as coercive typing reads an int parameter.
     *
     * @not-serializable
     */
    abstract class AbstractStream
    {
        private function __construct() {}

        public function __toString(): string {}

        public function close(): void {}

        /** @return resource|null */
        public function detach(): mixed {}

        public function getSize(): ?int {}

        public function tell(): int {}

        public function eof(): bool {}

        public function isSeekable(): bool {}

        public function seek(mixed $offset, mixed $whence = SEEK_SET): void {}

        public function rewind(): void {}

        public function isWritable(): bool {}

        public function write(mixed $string): int {}

        public function isReadable(): bool {}

        public function read(mixed $length): string {}

        public function getContents(): string {}

        public function getMetadata(mixed $key = null): mixed {}
    }
}

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
