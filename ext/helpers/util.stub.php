<?php

/**
 * The helper classes of wechatpay-php 1.4.12 that apps call directly: WeChatPay\Formatter, WeChatPay\Transformer,
 * WeChatPay\Util\PemUtil and WeChatPay\Util\MediaUtil, with the package's names, signatures, defaults, return
 * values, exception classes and messages. Regenerate util_arginfo.h after any change (see README.md).
 *
 * One class is NOT declared here but on first use in each request, like WeChatPay\Http\Stream, because it must
 * implement whichever Psr\Http\Message\StreamInterface the running app has loaded (see psr_bridge.h):
 *   final class WeChatPay\Util\MediaStream extends WeChatPay\Util\AbstractMediaStream
 *         implements Psr\Http\Message\StreamInterface {}
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /** Strings of the APIv3 protocol: nonces, timestamps, signed messages, the Authorization value; APIv2 helpers. */
    class Formatter
    {
        /** $size random characters of [0-9A-Za-z] from the system CSPRNG; \InvalidArgumentException below 1. */
        public static function nonce(int $size = 32): string {}

        /** time(). */
        public static function timestamp(): int {}

        /** `WECHATPAY2-SHA256-RSA2048 mchid="..",serial_no="..",timestamp="..",nonce_str="..",signature=".."`. */
        public static function authorization(string $mchid, string $nonce, string $signature, string $timestamp, string $serial): string {}

        /** The signed message of a request: `METHOD\nURI\nTIMESTAMP\nNONCE\nBODY\n`. */
        public static function request(string $method, string $uri, string $timestamp, string $nonce, string $body = ''): string {}

        /** The signed message of a response: `TIMESTAMP\nNONCE\nBODY\n`. */
        public static function response(string $timestamp, string $nonce, string $body = ''): string {}

        /** Every piece as a string, each followed by "\n" ("" for no pieces). */
        public static function joinedByLineFeed(mixed ...$pieces): string {}

        /** The array sorted by key as strings, byte by byte (ksort() with SORT_STRING). */
        public static function ksort(array $thing = []): array {}

        /** `key=value` pairs joined by `&`, without the `sign` key and without null or '' values (APIv2). */
        public static function queryStringLike(array $thing = []): string {}
    }

    /** APIv2 XML: parsed without external entities or network access, and written as the package writes it. */
    class Transformer
    {
        /** The XML as nested arrays of strings; [] when it does not parse (the reason goes to error_get_last()). */
        public static function toArray(string $xml = '<xml/>'): array {}

        /** The XML with every character XML 1.0 forbids removed ('' for text that is not UTF-8). */
        public static function sanitize(string $xml): string {}

        /** The array as XML: `<root>` holding one element per key (`$item` for keys that are no element name),
         * every value that is no array or Traversable written as `(string) $value`, text with any of `<>&"`
         * written as CDATA. */
        public static function toXml(array $data, bool $headless = true, bool $indent = false, string $root = 'xml', string $item = 'item'): string {}
    }
}

namespace WeChatPay\Util {
    /** Reading private keys and certificates. */
    class PemUtil
    {
        /**
         * The private key at a path (`file://` is added when missing), through Crypto\Rsa::from().
         * @return \OpenSSLAsymmetricKey
         */
        public static function loadPrivateKey(#[\SensitiveParameter] string $filepath) {}

        /**
         * The private key given as PEM text, a `file://` path or a key object, through Crypto\Rsa::from().
         * @return \OpenSSLAsymmetricKey
         */
        public static function loadPrivateKeyFromString(#[\SensitiveParameter] mixed $content) {}

        /**
         * The certificate in a file (any PHP stream path), as openssl_x509_read() makes it (false when the file
         * holds none); \UnexpectedValueException when the file cannot be read.
         * @return \OpenSSLCertificate|false
         */
        public static function loadCertificate(string $filepath) {}

        /**
         * openssl_x509_read($content).
         * @return \OpenSSLCertificate|false
         */
        public static function loadCertificateFromString(mixed $content) {}

        /** The certificate's serial number in upper-case hex; \UnexpectedValueException when it is no certificate. */
        public static function parseCertificateSerialNo(mixed $certificate): string {}
    }

    /**
     * A media upload: a multipart/form-data body of a `meta` part (JSON, by default `{"filename","sha256"}`) and
     * a `file` part. Send getStream() as the `body` option with getContentType() as the Content-Type: the
     * request carries the multipart bytes while its signature covers only the meta JSON, as WeChat Pay asks.
     *
     * @not-serializable
     */
    class MediaUtil
    {
        /** Reads the file at $filepath (any PHP stream path), or $fileStream when given ($filepath then only
         * names it); \RuntimeException when the file cannot be opened. */
        public function __construct(string $filepath, ?\Psr\Http\Message\StreamInterface $fileStream = null) {}

        /** Replaces the meta JSON (null: the default `{"filename","sha256"}`); returns its length in bytes. */
        public function setMeta(?string $json = null): int {}

        /** The meta JSON, which the request signature covers. */
        public function getMeta(): string {}

        /** The body to send: reading it gives the multipart bytes, its string form is the meta JSON. */
        public function getStream(): \Psr\Http\Message\StreamInterface {}

        /** `multipart/form-data; boundary=<the body's boundary>`. */
        public function getContentType(): string {}
    }

    /**
     * The stream MediaUtil::getStream() returns (as WeChatPay\Util\MediaStream): a read-only, seekable view of
     * the multipart body whose string form is the meta JSON and whose size is unknown (null), as the package's.
     * Methods are those of Psr\Http\Message\StreamInterface, with parameter types left wide (mixed); all but
     * __toString() and getSize() run WeChatPay\Http\AbstractStream's code (its cursor: ext/http/stream_cursor.c),
     * so the two streams read, seek, close and refuse to write alike.
     *
     * @not-serializable
     */
    abstract class AbstractMediaStream
    {
        /** @implementation-alias WeChatPay\Http\AbstractStream::__construct */
        private function __construct() {}

        /** The meta JSON (what the request signature covers), not the multipart bytes. */
        public function __toString(): string {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::close */
        public function close(): void {}

        /**
         * @return resource|null
         * @implementation-alias WeChatPay\Http\AbstractStream::detach
         */
        public function detach(): mixed {}

        /** Always null, as the package's. */
        public function getSize(): ?int {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::tell */
        public function tell(): int {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::eof */
        public function eof(): bool {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::isSeekable */
        public function isSeekable(): bool {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::seek */
        public function seek(mixed $offset, mixed $whence = SEEK_SET): void {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::rewind */
        public function rewind(): void {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::isWritable */
        public function isWritable(): bool {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::write */
        public function write(mixed $string): int {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::isReadable */
        public function isReadable(): bool {}

        /**
         * Up to $length bytes of the multipart body from the current position.
         * @implementation-alias WeChatPay\Http\AbstractStream::read
         */
        public function read(mixed $length): string {}

        /**
         * The rest of the multipart body.
         * @implementation-alias WeChatPay\Http\AbstractStream::getContents
         */
        public function getContents(): string {}

        /** @implementation-alias WeChatPay\Http\AbstractStream::getMetadata */
        public function getMetadata(mixed $key = null): mixed {}
    }
}
