--TEST--
PSR-7 bridge: with no PSR-7 loaded, the extension declares the 2.x interfaces and its response implements them
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

// Nothing PSR-7 exists before the first response, not even the bridge classes.
var_dump(interface_exists('Psr\Http\Message\ResponseInterface', false), class_exists('WeChatPay\Http\Response', false));

$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();

var_dump(get_class($r), get_class($r->getBody()));
var_dump($r instanceof Psr\Http\Message\ResponseInterface, $r instanceof Psr\Http\Message\MessageInterface,
    $r->getBody() instanceof Psr\Http\Message\StreamInterface, $r instanceof WeChatPay\Http\AbstractResponse);

// A callback type-hinted against PSR-7 accepts it.
$status = (function (Psr\Http\Message\ResponseInterface $response): int {
    return $response->getStatusCode();
})($r);
var_dump($status);
$size = (fn (Psr\Http\Message\StreamInterface $s): ?int => $s->getSize())($r->getBody());
var_dump($size === strlen((string) $r->getBody()));

// The interfaces have the psr/http-message 2.x signatures.
foreach (['MessageInterface', 'ResponseInterface', 'StreamInterface'] as $name) {
    $rc = new ReflectionClass("Psr\\Http\\Message\\$name");
    echo $name, ': interface=', var_export($rc->isInterface(), true), ' file=', $rc->getFileName(), "\n";
}
$m = new ReflectionMethod('Psr\Http\Message\ResponseInterface', 'withStatus');
echo 'withStatus(', implode(', ', array_map(fn ($p) => $p->getType() . ' $' . $p->getName(), $m->getParameters())),
    '): ', $m->getReturnType(), "\n";
$m = new ReflectionMethod('Psr\Http\Message\StreamInterface', 'seek');
echo 'seek(', implode(', ', array_map(fn ($p) => $p->getType() . ' $' . $p->getName(), $m->getParameters())),
    '): ', $m->getReturnType(), "\n";
var_dump(count(get_class_methods('Psr\Http\Message\MessageInterface')),
    count(get_class_methods('Psr\Http\Message\ResponseInterface')),
    count(get_class_methods('Psr\Http\Message\StreamInterface')));

// The bridge classes: final, extending the internal abstract classes, declared in a named pseudo-file.
$rc = new ReflectionClass($r);
var_dump($rc->isFinal(), $rc->getParentClass()->getName(), $rc->getFileName(), $rc->isInternal());
$rc = new ReflectionClass($r->getBody());
var_dump($rc->isFinal(), $rc->getParentClass()->getName(), $rc->getFileName());

// The declared code is not a file PHP ever opened.
var_dump(in_array('wechatpay PSR-7 bridge', get_included_files(), true));
?>
--EXPECT--
bool(false)
bool(false)
string(23) "WeChatPay\Http\Response"
string(21) "WeChatPay\Http\Stream"
bool(true)
bool(true)
bool(true)
bool(true)
int(200)
bool(true)
MessageInterface: interface=true file=wechatpay PSR-7 bridge
ResponseInterface: interface=true file=wechatpay PSR-7 bridge
StreamInterface: interface=true file=wechatpay PSR-7 bridge
withStatus(int $code, string $reasonPhrase): Psr\Http\Message\ResponseInterface
seek(int $offset, int $whence): void
int(11)
int(14)
int(15)
bool(true)
string(31) "WeChatPay\Http\AbstractResponse"
string(22) "wechatpay PSR-7 bridge"
bool(false)
bool(true)
string(29) "WeChatPay\Http\AbstractStream"
string(22) "wechatpay PSR-7 bridge"
bool(false)
