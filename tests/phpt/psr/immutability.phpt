--TEST--
PSR-7 response: every with*() returns a new object and leaves the original unchanged
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
$other = $i->v3->emulator->echo->get();

$snapshot = fn ($x) => [$x->getStatusCode(), $x->getReasonPhrase(), $x->getProtocolVersion(), $x->getHeaders(),
    spl_object_id($x->getBody())];
$before = $snapshot($r);
$headersBefore = $r->getHeaders();

$copies = [
    'withStatus' => $r->withStatus(500, 'Oops'),
    'withProtocolVersion' => $r->withProtocolVersion('2'),
    'withHeader' => $r->withHeader('Request-ID', 'other'),
    'withHeader new' => $r->withHeader('X-New', 'v'),
    'withAddedHeader' => $r->withAddedHeader('request-id', 'more'),
    'withoutHeader' => $r->withoutHeader('Request-ID'),
    'withoutHeader absent' => $r->withoutHeader('X-Absent'),
    'withBody' => $r->withBody($other->getBody()),
    'withBody same' => $r->withBody($r->getBody()),
];
foreach ($copies as $what => $copy) {
    echo str_pad($what, 22), get_class($copy), ' new=', var_export($copy !== $r, true),
        ' changed=', var_export($snapshot($copy) !== $before, true), "\n";
}
var_dump($snapshot($r) === $before);

// An array returned earlier is a value: later with*() calls do not reach it, nor does changing it reach us.
$headersBefore['Request-ID'][] = 'mutated';
var_dump($r->getHeader('Request-ID') !== $headersBefore['Request-ID']);

// Copies share the same body object (one position), as PSR-7 implementations do.
$copy = $r->withHeader('X', 'y');
var_dump($copy->getBody() === $r->getBody());

// Chains on a copy never touch earlier copies.
$a = $r->withHeader('X-A', '1');
$b = $a->withAddedHeader('X-A', '2');
$c = $b->withoutHeader('x-a');
var_dump($a->getHeader('X-A'), $b->getHeaderLine('X-A'), $c->hasHeader('X-A'));

// clone is allowed and gives an equal, independent object.
$cl = clone $r;
var_dump($cl !== $r, $cl == $r, $cl->getBody() === $r->getBody());
?>
--EXPECT--
withStatus            WeChatPay\Http\Response new=true changed=true
withProtocolVersion   WeChatPay\Http\Response new=true changed=true
withHeader            WeChatPay\Http\Response new=true changed=true
withHeader new        WeChatPay\Http\Response new=true changed=true
withAddedHeader       WeChatPay\Http\Response new=true changed=true
withoutHeader         WeChatPay\Http\Response new=true changed=true
withoutHeader absent  WeChatPay\Http\Response new=true changed=false
withBody              WeChatPay\Http\Response new=true changed=true
withBody same         WeChatPay\Http\Response new=true changed=false
bool(true)
bool(true)
bool(true)
array(1) {
  [0]=>
  string(1) "1"
}
string(4) "1, 2"
bool(false)
bool(true)
bool(true)
bool(true)
