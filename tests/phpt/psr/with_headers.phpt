--TEST--
PSR-7 response: withHeader(), withAddedHeader(), withoutHeader() follow PSR-7 and refuse bad names and values
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
// Start from a known set: drop every received header.
foreach (array_keys($r->getHeaders()) as $name) {
    $r = $r->withoutHeader((string) $name);
}
var_dump($r->getHeaders());

$r = $r->withHeader('Content-Type', 'text/plain')
    ->withHeader('X-List', ['a', 'b'])
    ->withHeader('X-Num', 42)
    ->withHeader('X-Float', 1.5)
    ->withHeader('X-Trim', " \t padded \t ");
print_r($r->getHeaders());

// withHeader() replaces whatever the spelling; the new spelling is kept.
print_r($r->withHeader('content-type', 'application/json')->getHeaders()['content-type']);
var_dump(array_key_exists('Content-Type', $r->withHeader('content-type', 'x')->getHeaders()));
// withAddedHeader() appends, keeping the first spelling; or adds a new field.
var_dump($r->withAddedHeader('x-list', 'c')->getHeaderLine('X-LIST'));
print_r(array_keys($r->withAddedHeader('X-LIST', ['c', 'd'])->getHeaders()));
var_dump($r->withAddedHeader('X-New', 'n')->getHeader('x-new'));
// Array keys of a value list are dropped.
var_dump($r->withHeader('X-Keys', ['k' => 'v', 9 => 'w'])->getHeader('x-keys'));
// withoutHeader() ignores case; removing an absent header is fine.
var_dump($r->withoutHeader('X-LIST')->hasHeader('x-list'), $r->withoutHeader('X-Absent')->getHeaders() === $r->getHeaders());
// Numeric names are tokens too.
var_dump($r->withHeader('123', 'n')->getHeaderLine('123'));

echo "-- refused\n";
$cases = [
    ['Bad Name', 'v'], ['', 'v'], ['Name:', 'v'], ["X\r\nInjected", 'v'], ['Ä', 'v'], [5, 'v'], [null, 'v'],
    ['X', "a\r\nInjected: 1"], ['X', "a\nb"], ['X', "a\rb"], ['X', "a\0b"], ['X', "a\x7fb"], ['X', ["ok", "b\n"]],
    ['X', []], ['X', true], ['X', null], ['X', new stdClass], ['X', [['nested']]], ['X', [null]],
];
foreach (['withHeader', 'withAddedHeader'] as $method) {
    foreach ($cases as [$name, $value]) {
        try {
            $r->$method($name, $value);
            echo "accepted\n";
        } catch (InvalidArgumentException $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
try {
    $r->getHeader([]);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
array(0) {
}
Array
(
    [Content-Type] => Array
        (
            [0] => text/plain
        )

    [X-List] => Array
        (
            [0] => a
            [1] => b
        )

    [X-Num] => Array
        (
            [0] => 42
        )

    [X-Float] => Array
        (
            [0] => 1.5
        )

    [X-Trim] => Array
        (
            [0] => padded
        )

)
Array
(
    [0] => application/json
)
bool(false)
string(7) "a, b, c"
Array
(
    [0] => Content-Type
    [1] => X-List
    [2] => X-Num
    [3] => X-Float
    [4] => X-Trim
)
array(1) {
  [0]=>
  string(1) "n"
}
array(2) {
  [0]=>
  string(1) "v"
  [1]=>
  string(1) "w"
}
bool(false)
bool(true)
string(1) "n"
-- refused
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #1 ($name) must be of type string, int given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #1 ($name) must be of type string, null given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must not be an empty array
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, bool given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, null given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, stdClass given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, array given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, null given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #1 ($name) must be a valid header name (an RFC 7230 token: letters, digits and !#$%&'*+-.^_`|~ only)
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #1 ($name) must be of type string, int given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #1 ($name) must be of type string, null given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must not be an empty array
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, bool given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, null given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, stdClass given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, array given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withAddedHeader(): Argument #2 ($value) must be of type string|int|float or a non-empty array of those, null given
TypeError: WeChatPay\Http\AbstractResponse::getHeader(): Argument #1 ($name) must be of type string, array given
