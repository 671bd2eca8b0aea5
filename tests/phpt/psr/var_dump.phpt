--TEST--
PSR-7 response and stream: var_dump() shows status, reason, protocol, headers (one line each) and body size
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
foreach (array_keys($r->getHeaders()) as $name) {
    $r = $r->withoutHeader((string) $name);
}
$r = $r->withHeader('Content-Type', 'application/json')->withAddedHeader('X-Multi', ['a', 'b']);
var_dump($r);
$s = $r->getBody();
$s->read(4);
var_dump($s);
print_r($r);
echo "\n";
// A foreign or detached body has no size we can tell without calling into it.
$r2 = $r->withBody($i->v3->emulator->echo->get()->getBody());
$r2->getBody()->detach();
var_dump($r2);
// Nothing shows through var_export, casts or json_encode.
var_export($r);
echo "\n";
var_dump((array) $r, json_encode($r));
?>
--EXPECTF--
object(WeChatPay\Http\Response)#%d (5) {
  ["statusCode"]=>
  int(200)
  ["reasonPhrase"]=>
  string(2) "OK"
  ["protocolVersion"]=>
  string(3) "1.1"
  ["headers"]=>
  array(2) {
    ["Content-Type"]=>
    string(16) "application/json"
    ["X-Multi"]=>
    string(4) "a, b"
  }
  ["bodySize"]=>
  int(%d)
}
object(WeChatPay\Http\Stream)#%d (2) {
  ["size"]=>
  int(%d)
  ["position"]=>
  int(4)
}
WeChatPay\Http\Response Object
(
    [statusCode] => 200
    [reasonPhrase] => OK
    [protocolVersion] => 1.1
    [headers] => Array
        (
            [Content-Type] => application/json
            [X-Multi] => a, b
        )

    [bodySize] => %d
)

object(WeChatPay\Http\Response)#%d (5) {
  ["statusCode"]=>
  int(200)
  ["reasonPhrase"]=>
  string(2) "OK"
  ["protocolVersion"]=>
  string(3) "1.1"
  ["headers"]=>
  array(2) {
    ["Content-Type"]=>
    string(16) "application/json"
    ["X-Multi"]=>
    string(4) "a, b"
  }
  ["bodySize"]=>
  NULL
}
\WeChatPay\Http\Response::__set_state(array(
))
array(0) {
}
string(2) "{}"
