--TEST--
MediaUtil::getStream() implements the app's own psr/http-message (Debian's, autoloaded), and an app's StreamInterface can be the file stream
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!is_file('/usr/share/php/Psr/Http/Message/autoload.php')) die('skip php-psr-http-message not installed'); ?>
--FILE--
<?php
require '/usr/share/php/Psr/Http/Message/autoload.php';

/** A minimal app stream over a string (psr/http-message 1.0 signatures). */
final class AppStream implements Psr\Http\Message\StreamInterface
{
    private int $pos = 0;
    public function __construct(private string $bytes) {}
    public function __toString() { return $this->bytes; }
    public function close() {}
    public function detach() { return null; }
    public function getSize() { return strlen($this->bytes); }
    public function tell() { return $this->pos; }
    public function eof() { return $this->pos >= strlen($this->bytes); }
    public function isSeekable() { return true; }
    public function seek($offset, $whence = SEEK_SET) { $this->pos = $offset; }
    public function rewind() { $this->pos = 0; }
    public function isWritable() { return false; }
    public function write($string) { throw new RuntimeException('read-only'); }
    public function isReadable() { return true; }
    public function read($length) { $s = substr($this->bytes, $this->pos, $length); $this->pos += strlen($s); return $s; }
    public function getContents() { return $this->read(PHP_INT_MAX); }
    public function getMetadata($key = null) { return $key === null ? [] : null; }
}

$media = new WeChatPay\Util\MediaUtil('scan.png', new AppStream('image bytes'));
$stream = $media->getStream();
echo (new ReflectionClass('Psr\Http\Message\StreamInterface'))->getFileName(), "\n";
var_dump($stream instanceof Psr\Http\Message\StreamInterface);
$takesStream = static fn (Psr\Http\Message\StreamInterface $s): string => (string) $s;
var_dump($takesStream($stream) === $media->getMeta(), json_decode($media->getMeta(), true)['sha256'] === hash('sha256', 'image bytes'));
var_dump(str_contains($stream->getContents(), "filename=\"scan.png\"\r\nContent-Length: 11\r\nContent-Type: image/png\r\n\r\nimage bytes\r\n"));
?>
--EXPECT--
/usr/share/php/Psr/Http/Message/StreamInterface.php
bool(true)
bool(true)
bool(true)
bool(true)
