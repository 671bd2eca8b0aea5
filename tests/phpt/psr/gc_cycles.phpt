--TEST--
PSR-7 response: cycles through a body given to withBody() (and through properties) are collected
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();

// A userland stream holding the response that holds it.
final class OwnedStream implements Psr\Http\Message\StreamInterface
{
    public mixed $owner = null;
    public function __construct(private string $name) {}
    public function __destruct() { echo "destroyed {$this->name}\n"; }
    public function __toString(): string { return ''; }
    public function close(): void {}
    public function detach() { return null; }
    public function getSize(): ?int { return 0; }
    public function tell(): int { return 0; }
    public function eof(): bool { return true; }
    public function isSeekable(): bool { return false; }
    public function seek(int $offset, int $whence = SEEK_SET): void {}
    public function rewind(): void {}
    public function isWritable(): bool { return false; }
    public function write(string $string): int { return 0; }
    public function isReadable(): bool { return false; }
    public function read(int $length): string { return ''; }
    public function getContents(): string { return ''; }
    public function getMetadata(?string $key = null) { return null; }
}

gc_collect_cycles();
$s = new OwnedStream('one');
$s->owner = $r->withBody($s);                 // stream -> response -> stream
unset($s);
echo "unset\n";
var_dump(gc_collect_cycles());

$s = new OwnedStream('two');
$a = $r->withBody($s);
$b = $a->withHeader('X', 'y');                 // two responses share the body
$s->owner = [$a, $b];
unset($s, $a, $b);                             // the stream, the array, two responses
echo "unset\n";
var_dump(gc_collect_cycles());

// A dynamic property that refers back (deprecated in 8.2, but possible).
$c = $r->withStatus(201);
@$c->self = $c;
unset($c);
var_dump(gc_collect_cycles());
echo "end\n";
?>
--EXPECT--
unset
destroyed one
int(2)
unset
destroyed two
int(4)
int(1)
end
