/* The PSR-7 interfaces the extension declares when the running app has none: the psr/http-message 2.x shapes of
 * MessageInterface, ResponseInterface and StreamInterface, written from the PSR-7 specification
 * (https://www.php-fig.org/psr/psr-7/). psr_bridge.c evaluates the prologue, then the missing ones in this order. */
#ifndef WECHATPAY_PSR_FALLBACK_H
#define WECHATPAY_PSR_FALLBACK_H

#define PHP_WECHATPAY_PSR_FALLBACK_PROLOGUE \
    "namespace Psr\\Http\\Message;\n"

#define PHP_WECHATPAY_PSR_FALLBACK_MESSAGE \
    "/** An HTTP message (PSR-7): protocol version, header fields and body. Declared by the wechatpay\n" \
    " * extension because no PSR-7 package was loaded. Implementations are immutable. */\n" \
    "interface MessageInterface\n" \
    "{\n" \
    "    /** The HTTP version number alone, e.g. \"1.1\". */\n" \
    "    public function getProtocolVersion(): string;\n" \
    "    /** A copy with the given HTTP version number. */\n" \
    "    public function withProtocolVersion(string $version): MessageInterface;\n" \
    "    /** @return string[][] every header, as name (as first given) => values */\n" \
    "    public function getHeaders(): array;\n" \
    "    /** Whether a header of this name exists, compared case-insensitively. */\n" \
    "    public function hasHeader(string $name): bool;\n" \
    "    /** @return string[] the values of a header (case-insensitive name), or [] */\n" \
    "    public function getHeader(string $name): array;\n" \
    "    /** The values of a header joined with a comma and a space, or \"\". */\n" \
    "    public function getHeaderLine(string $name): string;\n" \
    "    /** @param string|string[] $value A copy where this header replaces any of that name. */\n" \
    "    public function withHeader(string $name, $value): MessageInterface;\n" \
    "    /** @param string|string[] $value A copy with the value(s) added to the header of that name. */\n" \
    "    public function withAddedHeader(string $name, $value): MessageInterface;\n" \
    "    /** A copy without the header of that name (case-insensitive). */\n" \
    "    public function withoutHeader(string $name): MessageInterface;\n" \
    "    public function getBody(): StreamInterface;\n" \
    "    /** A copy with the given body. */\n" \
    "    public function withBody(StreamInterface $body): MessageInterface;\n" \
    "}\n"

#define PHP_WECHATPAY_PSR_FALLBACK_STREAM \
    "/** A data stream (PSR-7), typically the body of a message. Declared by the wechatpay extension because\n" \
    " * no PSR-7 package was loaded. Methods throw \\RuntimeException on failure. */\n" \
    "interface StreamInterface\n" \
    "{\n" \
    "    /** All of the data from the beginning; never throws. */\n" \
    "    public function __toString(): string;\n" \
    "    public function close(): void;\n" \
    "    /** @return resource|null the underlying PHP stream, if any; the object is unusable afterwards */\n" \
    "    public function detach();\n" \
    "    public function getSize(): ?int;\n" \
    "    public function tell(): int;\n" \
    "    public function eof(): bool;\n" \
    "    public function isSeekable(): bool;\n" \
    "    public function seek(int $offset, int $whence = \\SEEK_SET): void;\n" \
    "    public function rewind(): void;\n" \
    "    public function isWritable(): bool;\n" \
    "    /** @return int the number of bytes written */\n" \
    "    public function write(string $string): int;\n" \
    "    public function isReadable(): bool;\n" \
    "    /** Up to $length bytes from the current position; \"\" at the end. */\n" \
    "    public function read(int $length): string;\n" \
    "    /** The rest of the data from the current position. */\n" \
    "    public function getContents(): string;\n" \
    "    /** @return array|mixed|null all metadata, or the value of one key (null when absent) */\n" \
    "    public function getMetadata(?string $key = null);\n" \
    "}\n"

#define PHP_WECHATPAY_PSR_FALLBACK_RESPONSE \
    "/** An HTTP response (PSR-7). Declared by the wechatpay extension because no PSR-7 package was loaded. */\n" \
    "interface ResponseInterface extends MessageInterface\n" \
    "{\n" \
    "    public function getStatusCode(): int;\n" \
    "    /** A copy with the given status code and reason phrase (the standard one when empty). */\n" \
    "    public function withStatus(int $code, string $reasonPhrase = ''): ResponseInterface;\n" \
    "    public function getReasonPhrase(): string;\n" \
    "}\n"

/* The request's concrete classes: our internal abstract classes tied to whichever interfaces are loaded. */
#define PHP_WECHATPAY_PSR_BRIDGE_PROLOGUE \
    "namespace WeChatPay\\Http;\n"

#define PHP_WECHATPAY_PSR_BRIDGE_STREAM \
    "final class Stream extends AbstractStream implements \\Psr\\Http\\Message\\StreamInterface {}\n"

#define PHP_WECHATPAY_PSR_BRIDGE_RESOURCE_STREAM \
    "final class ResourceStream extends AbstractResourceStream implements \\Psr\\Http\\Message\\StreamInterface {}\n"

#define PHP_WECHATPAY_PSR_BRIDGE_RESPONSE \
    "final class Response extends AbstractResponse implements \\Psr\\Http\\Message\\ResponseInterface {}\n"

/* The file name the declared classes and interfaces report (ReflectionClass::getFileName(), error messages). */
#define PHP_WECHATPAY_PSR_BRIDGE_FILENAME "wechatpay PSR-7 bridge"

#endif
