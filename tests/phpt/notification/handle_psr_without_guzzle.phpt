--TEST--
Notification::handle(): any ServerRequestInterface, without Guzzle (an app's own over Debian's psr/http-message): only getHeaders(), getBody() and the stream's string form are called; what they throw passes through
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/Psr/Http/Message/autoload.php')) die('skip php-psr-http-message not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
require '/usr/share/php/Psr/Http/Message/autoload.php';
use Psr\Http\Message\{MessageInterface, RequestInterface, ServerRequestInterface, StreamInterface, UriInterface};

final class Body implements StreamInterface
{
    public function __construct(private string $text) {}
    public function __toString(): string { echo "  __toString()\n"; return $this->text; }
    public function close(): void {}
    public function detach() { return null; }
    public function getSize(): ?int { return strlen($this->text); }
    public function tell(): int { throw new LogicException('tell'); }
    public function eof(): bool { throw new LogicException('eof'); }
    public function isSeekable(): bool { return false; }
    public function seek($offset, $whence = SEEK_SET): void { throw new LogicException('seek'); }
    public function rewind(): void { throw new LogicException('rewind'); }
    public function isWritable(): bool { return false; }
    public function write($string): int { throw new LogicException('write'); }
    public function isReadable(): bool { return true; }
    public function read($length): string { throw new LogicException('read'); }
    public function getContents(): string { throw new LogicException('getContents'); }
    public function getMetadata($key = null) { return null; }
}

final class Notice implements ServerRequestInterface
{
    public function __construct(private array $headers, private StreamInterface $body, private ?Throwable $fail = null) {}
    public function getHeaders(): array { echo "  getHeaders()\n"; if ($this->fail) throw $this->fail; return $this->headers; }
    public function getBody(): StreamInterface { echo "  getBody()\n"; return $this->body; }
    private function no(): never { throw new LogicException('not used'); }
    public function getProtocolVersion(): string { $this->no(); }
    public function withProtocolVersion($version): MessageInterface { $this->no(); }
    public function hasHeader($name): bool { $this->no(); }
    public function getHeader($name): array { $this->no(); }
    public function getHeaderLine($name): string { $this->no(); }
    public function withHeader($name, $value): MessageInterface { $this->no(); }
    public function withAddedHeader($name, $value): MessageInterface { $this->no(); }
    public function withoutHeader($name): MessageInterface { $this->no(); }
    public function withBody(StreamInterface $body): MessageInterface { $this->no(); }
    public function getRequestTarget(): string { $this->no(); }
    public function withRequestTarget($requestTarget): RequestInterface { $this->no(); }
    public function getMethod(): string { $this->no(); }
    public function withMethod($method): RequestInterface { $this->no(); }
    public function getUri(): UriInterface { $this->no(); }
    public function withUri(UriInterface $uri, $preserveHost = false): RequestInterface { $this->no(); }
    public function getServerParams(): array { $this->no(); }
    public function getCookieParams(): array { $this->no(); }
    public function withCookieParams(array $cookies): ServerRequestInterface { $this->no(); }
    public function getQueryParams(): array { $this->no(); }
    public function withQueryParams(array $query): ServerRequestInterface { $this->no(); }
    public function getUploadedFiles(): array { $this->no(); }
    public function withUploadedFiles(array $uploadedFiles): ServerRequestInterface { $this->no(); }
    public function getParsedBody() { $this->no(); }
    public function withParsedBody($data): ServerRequestInterface { $this->no(); }
    public function getAttributes(): array { $this->no(); }
    public function getAttribute($name, $default = null) { $this->no(); }
    public function withAttribute($name, $value): ServerRequestInterface { $this->no(); }
    public function withoutAttribute($name): ServerRequestInterface { $this->no(); }
}

$emu = wxp_emulator_start();
$client = wxp_notification_client($emu);
$cb = wxp_callback($emu, 'good');
$psr = array_map(fn($v) => [$v], $cb['headers']);

echo "request:\n";
var_dump(WeChatPay\Notification::handle($client, new Notice($psr, new Body($cb['body']))) === $cb['expected']);
echo "request and body:\n";
var_dump(WeChatPay\Notification::handle($client, new Notice($psr, new Body('')), $cb['body']) === $cb['expected']);
echo "getHeaders() throws:\n";
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, new Notice($psr, new Body($cb['body']), new RuntimeException('app says no'))));
echo "stale:\n";
$stale = wxp_callback($emu, 'stale');
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, new Notice($stale['headers'], new Body($stale['body']))));
var_dump(class_exists('GuzzleHttp\Psr7\ServerRequest', false));
?>
--EXPECTF--
request:
  getHeaders()
  getBody()
  __toString()
bool(true)
request and body:
  getHeaders()
bool(true)
getHeaders() throws:
  getHeaders()
RuntimeException(0): app says no
stale:
  getHeaders()
  getBody()
  __toString()
WeChatPay\Exception\NotificationException(2): Notification refused: its Wechatpay-Timestamp (%d) is not within 300 seconds of the local clock (%d): stale, replayed, or a clock that is off
bool(false)
