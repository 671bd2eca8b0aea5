<?php

/**
 * The response classes of the wechatpay extension (ext/http/). Regenerate its arginfo header after any change:
 * `make stubs` (see README.md).
 *
 * Two classes are NOT declared here but on first use in each request, because they must implement whichever
 * Psr\Http\Message interfaces the running app has loaded (psr/http-message 1.x or 2.x, the psr extension, or
 * the fallback shipped in ext/http/psr_fallback.h):
 *   final class WeChatPay\Http\Response extends WeChatPay\Http\AbstractResponse
 *         implements Psr\Http\Message\ResponseInterface {}
 *   final class WeChatPay\Http\Stream extends WeChatPay\Http\AbstractStream
 *         implements Psr\Http\Message\StreamInterface {}
 *
 * @generate-class-entries
 */

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

        /**
         * Which check of an APIv2 answer rejected it: 'return_code', 'result_code' or 'sign'; null for an answer
         * that was not rejected (every APIv3 answer). The rejection's reason is this response, as with
         * wechatpay-php; this says why. Not part of PSR-7.
         */
        public function getRejectedBy(): ?string {}
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
