<?php

/**
 * WeChatPay\Http\AbstractResourceStream: the body of a call made with the `sink` option
 * (ext/http/resource_stream.c). Regenerate its arginfo header after any change: `make stubs` (see README.md).
 *
 * Like WeChatPay\Http\Stream, the class apps see is declared on first use in each request:
 *   final class WeChatPay\Http\ResourceStream extends WeChatPay\Http\AbstractResourceStream
 *         implements Psr\Http\Message\StreamInterface {}
 *
 * @generate-class-entries
 */

namespace WeChatPay\Http {
    /**
     * A body over a PHP stream resource: what a call's `sink` (a file path or a stream resource) received,
     * rewound. It reads, writes and seeks as the resource's mode allows, as Guzzle's Psr7\Stream does; the
     * methods are those of Psr\Http\Message\StreamInterface, with offsets and lengths read as coercive typing
     * reads an int parameter.
     *
     * @not-serializable
     */
    abstract class AbstractResourceStream
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
