--TEST--
Async failures: a bad option (missing/array/null/dot-dot placeholder, CR/LF in a header, bad header name or value, json with body or invalid UTF-8, bad query, timeout or base_uri) does not throw from *Async(): it rejects the promise with the same exception class and message the sync call throws, and nothing is sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$cases = [
    ['get', $client->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}'), ['code' => '1']],
    ['get', $client->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_, ['card_id' => 'c']],
    ['patch', $client['v3/emulator/echo/{+rest}'], []],
    ['get', $client->chain('v3/emulator/echo'), ['headers' => ['X-Test' => "a\r\nX-Injected: 1"]]],
    ['put', $client->chain('v3/emulator/echo'), ['headers' => ['X-Test' => ['ok', "bad\n"]]]],
    ['post', $client->chain('v3/emulator/echo'), ['json' => ['a' => 1], 'body' => '{"a":2}']],
    ['delete', $client->chain('v3/emulator/echo'), ['timeout' => 0]],
    ['get', $client->chain('v3/emulator/echo'), ['base_uri' => 'ftp://example.com/']],
    ['post', $client->chain('v3/emulator/echo'), ['json' => ['name' => "bad \xff byte"]]],
    ['get', $client->chain('v3/emulator/echo'), ['query' => "a=1\r\nX: y"]],
    ['get', $client->chain('v3/emulator/echo'), ['headers' => ['Bad Name' => 'v']]],
    ['get', $client->chain('v3/emulator/echo'), ['headers' => ['X-A' => new stdClass()]]],
    ['get', $client->chain('v3/emulator/echo/{card_id}'), ['card_id' => ['a', 'b']]],
    ['get', $client->chain('v3/emulator/echo/{card_id}'), ['card_id' => null]],
    ['get', $client->chain('v3/emulator/echo/{x}/error/500'), ['x' => '..']],
];
foreach ($cases as [$verb, $node, $options]) {
    try {
        $node->$verb($options);
        $sync = null;
        echo "sync: sent\n";
    } catch (Throwable $sync) {
    }
    try {
        $promise = $node->{$verb . 'Async'}($options);
    } catch (Throwable $e) {
        echo "{$verb}Async() threw ", get_class($e), ': ', $e->getMessage(), "\n";
        continue;
    }
    try {
        $promise->wait();
        echo "async: fulfilled\n";
    } catch (Throwable $async) {
        echo get_class($async), ': ', $async->getMessage(), "\n";
        var_dump($promise->getState(), $sync !== null && get_class($sync) === get_class($async)
            && $sync->getMessage() === $async->getMessage() && $sync->getCode() === $async->getCode());
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Placeholder {card_id} has no value: pass 'card_id' in the options
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Placeholder {code} has no value: pass 'code' in the options
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} has no value: pass 'rest' in the options
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-Test must not contain CR, LF or NUL
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-Test must not contain CR, LF or NUL
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Options 'json' and 'body' cannot be used together: pass one of them
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'timeout' must be more than 0 and at most 86400 seconds
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'base_uri' must be an absolute http:// or https:// URL, got 'ftp://example.com/'
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'json' cannot be encoded as JSON: Malformed UTF-8 characters, possibly incorrectly encoded
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'query' as a string must already be URL-encoded (no spaces, controls, non-ASCII bytes or '#'); pass an array to have it encoded
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'headers' has an invalid header name: it must be a non-empty token without spaces, colons, CR or LF
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-A must be a string or an integer, stdClass given
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Placeholder {card_id} must be a string or an integer, array given
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Placeholder {card_id} has no value: pass 'card_id' in the options
string(8) "rejected"
bool(true)
WeChatPay\Exception\InvalidArgumentException: Placeholder {x} cannot be '..': a dot segment would change the path
string(8) "rejected"
bool(true)
int(0)
