--TEST--
PSR-7 response: withProtocolVersion() takes a version number; withBody() takes any StreamInterface
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
$other = $i->v3->emulator->echo->post(['json' => ['x' => 1]]);

var_dump($r->withProtocolVersion('2')->getProtocolVersion(), $r->withProtocolVersion('1.0')->getProtocolVersion(),
    $r->withProtocolVersion(2)->getProtocolVersion());
foreach (['HTTP/1.1', '1.1.1', '', '1.', '.1', ' 1.1', null, [], new stdClass] as $v) {
    try {
        $r->withProtocolVersion($v);
        echo "accepted\n";
    } catch (InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

// Our stream from another response.
$r2 = $r->withBody($other->getBody());
var_dump($r2->getBody() === $other->getBody(), json_decode((string) $r2->getBody())->method);

// A userland stream.
final class MemoryStream implements Psr\Http\Message\StreamInterface
{
    public function __construct(private string $data) {}
    public function __toString(): string { return $this->data; }
    public function close(): void {}
    public function detach() { return null; }
    public function getSize(): ?int { return strlen($this->data); }
    public function tell(): int { return 0; }
    public function eof(): bool { return false; }
    public function isSeekable(): bool { return false; }
    public function seek(int $offset, int $whence = SEEK_SET): void {}
    public function rewind(): void {}
    public function isWritable(): bool { return false; }
    public function write(string $string): int { throw new RuntimeException('no'); }
    public function isReadable(): bool { return true; }
    public function read(int $length): string { return substr($this->data, 0, $length); }
    public function getContents(): string { return $this->data; }
    public function getMetadata(?string $key = null) { return $key === null ? [] : null; }
}
$mine = new MemoryStream('mine');
$r3 = $r->withBody($mine);
var_dump($r3->getBody() === $mine, (string) $r3->getBody());

foreach (['a string', new stdClass, null, $r] as $body) {
    try {
        $r->withBody($body);
        echo "accepted\n";
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
string(1) "2"
string(3) "1.0"
string(1) "2"
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be an HTTP version number such as "1.1" or "2"
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be an HTTP version number such as "1.1" or "2"
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be an HTTP version number such as "1.1" or "2"
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be an HTTP version number such as "1.1" or "2"
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be an HTTP version number such as "1.1" or "2"
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be an HTTP version number such as "1.1" or "2"
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be of type string, null given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be of type string, array given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withProtocolVersion(): Argument #1 ($version) must be of type string, stdClass given
bool(true)
string(4) "POST"
bool(true)
string(4) "mine"
TypeError: WeChatPay\Http\AbstractResponse::withBody(): Argument #1 ($body) must be of type Psr\Http\Message\StreamInterface, string given
TypeError: WeChatPay\Http\AbstractResponse::withBody(): Argument #1 ($body) must be of type Psr\Http\Message\StreamInterface, stdClass given
TypeError: WeChatPay\Http\AbstractResponse::withBody(): Argument #1 ($body) must be of type Psr\Http\Message\StreamInterface, null given
TypeError: WeChatPay\Http\AbstractResponse::withBody(): Argument #1 ($body) must be of type Psr\Http\Message\StreamInterface, WeChatPay\Http\Response given
