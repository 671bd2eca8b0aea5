--TEST--
PSR-7 bridge: psr/http-message 2.x-shaped interfaces declared by the app first are the ones implemented
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
namespace Psr\Http\Message {
    // The psr/http-message 2.0 signatures, as an app's vendor/ directory would provide them.
    interface MessageInterface
    {
        public function getProtocolVersion(): string;
        public function withProtocolVersion(string $version): MessageInterface;
        public function getHeaders(): array;
        public function hasHeader(string $name): bool;
        public function getHeader(string $name): array;
        public function getHeaderLine(string $name): string;
        public function withHeader(string $name, $value): MessageInterface;
        public function withAddedHeader(string $name, $value): MessageInterface;
        public function withoutHeader(string $name): MessageInterface;
        public function getBody(): StreamInterface;
        public function withBody(StreamInterface $body): MessageInterface;
    }

    interface ResponseInterface extends MessageInterface
    {
        public function getStatusCode(): int;
        public function withStatus(int $code, string $reasonPhrase = ''): ResponseInterface;
        public function getReasonPhrase(): string;
    }

    interface StreamInterface
    {
        public function __toString(): string;
        public function close(): void;
        public function detach();
        public function getSize(): ?int;
        public function tell(): int;
        public function eof(): bool;
        public function isSeekable(): bool;
        public function seek(int $offset, int $whence = SEEK_SET): void;
        public function rewind(): void;
        public function isWritable(): bool;
        public function write(string $string): int;
        public function isReadable(): bool;
        public function read(int $length): string;
        public function getContents(): string;
        public function getMetadata(?string $key = null);
    }
}

namespace {
    require __DIR__ . '/../../inc/server.inc';

    $i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
    $r = $i->v3->emulator->echo->get();

    foreach (['MessageInterface', 'ResponseInterface', 'StreamInterface'] as $name) {
        var_dump((new ReflectionClass("Psr\\Http\\Message\\$name"))->getFileName() === __FILE__);
    }
    var_dump($r instanceof Psr\Http\Message\ResponseInterface, $r->getBody() instanceof Psr\Http\Message\StreamInterface);
    $f = fn (Psr\Http\Message\ResponseInterface $x): Psr\Http\Message\ResponseInterface => $x->withStatus(404);
    var_dump($f($r)->getReasonPhrase());
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(9) "Not Found"
