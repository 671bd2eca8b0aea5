--TEST--
APIv2 through the chain: every input the package would send wrong is refused before sending, sync and async alike
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
// Nothing listens on port 1: a call that got past its checks would fail with a ConnectException instead.
$dead = 'http://127.0.0.1:1/';
$v2 = WeChatPay\Builder::factory(['mchid' => '1900000109', 'serial' => 'nop', 'privateKey' => 'any',
    'certs' => ['any' => null], 'secret' => 'exposed_your_key_here_have_risks', 'base_uri' => $dead]);
$v3 = WeChatPay\Builder::factory(wxp_test_config(['base_uri' => $dead]));
$ok = ['mch_id' => '1900000109', 'out_trade_no' => 'T1'];

$cases = [
    'xml on a v3 path' => [$v3->v3->pay->transactions->native, 'post', ['xml' => $ok]],
    'nonceless on a v3 path' => [$v3->v3->pay->transactions->native, 'post', ['json' => [], 'nonceless' => true]],
    'security on a v3 path' => [$v3->v3->pay->transactions->native, 'post', ['json' => [], 'security' => true]],
    'v3 call on placeholder keys' => [$v2->v3->pay->transactions->native, 'post', ['json' => []]],
    'json on a v2 path' => [$v2->v2->pay->orderquery, 'post', ['json' => $ok]],
    'body on a v2 path' => [$v2->v2->pay->orderquery, 'post', ['body' => '<xml/>']],
    'no secret' => [$v3->v2->pay->orderquery, 'post', ['xml' => $ok]],
    'security without merchant' => [$v2->v2->pay->orderquery, 'post', ['xml' => $ok, 'security' => true]],
    'security not a bool' => [$v2->v2->pay->orderquery, 'post', ['xml' => $ok, 'security' => 'yes']],
    'xml not an array' => [$v2->v2->pay->orderquery, 'post', ['xml' => '<xml/>']],
    'unknown sign_type' => [$v2->v2->pay->orderquery, 'post', ['xml' => $ok + ['sign_type' => 'SHA1']]],
    'sign_type in lower case' => [$v2->v2->pay->orderquery, 'post', ['xml' => $ok + ['sign_type' => 'md5']]],
    'nested field' => [$v2->v2->pay->orderquery, 'post', ['xml' => $ok + ['detail' => ['a' => 1]]]],
    'bool field' => [$v2->v2->pay->orderquery, 'post', ['xml' => $ok + ['flag' => true]]],
    'object field' => [$v2->v2->pay->orderquery, 'post', ['xml' => $ok + ['o' => new stdClass()]]],
    'xml and query on a GET' => [$v2->v2->pay->orderquery, 'get', ['xml' => $ok, 'query' => $ok]],
    'query string on a GET' => [$v2->v2->pay->orderquery, 'get', ['query' => 'mch_id=1900000109']],
    'query in the path of a GET' => [$v2['v2/pay/orderquery?mch_id=1900000109'], 'get', []],
    'another merchant' => [$v2->v2->pay->orderquery, 'post', ['xml' => ['mch_id' => '1230000109']]],
    'mchid of another merchant' => [$v2->v2->mmpaymkttransfers->promotion->transfers, 'post', ['xml' => ['mchid' => '1230000109', 'combine_mch_id' => '1900000109']]],
    'no merchant id' => [$v2->v2->pay->orderquery, 'post', ['xml' => ['out_trade_no' => 'T1']]],
    'V2 in upper case is APIv2 too' => [$v2->chain('V2/pay/orderquery'), 'post', ['json' => $ok]],
];
foreach ($cases as $name => [$node, $verb, $options]) {
    try {
        $node->$verb($options);
        echo "$name: sent\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    // async: never thrown, the promise is rejected with the same exception
    $p = $node->{$verb . 'Async'}($options);
    try {
        $p->wait();
        echo "  async: fulfilled\n";
    } catch (Throwable $a) {
        echo '  async: ', $a->getMessage() === $e->getMessage() && get_class($a) === get_class($e) ? 'same' : get_class($a) . ': ' . $a->getMessage(), "\n";
    }
}
?>
--EXPECT--
xml on a v3 path: WeChatPay\Exception\InvalidArgumentException: Option 'xml' is for APIv2 calls only, whose path begins with v2/ (e.g. $instance->v2->pay->orderquery); this call's path is an APIv3 one
  async: same
nonceless on a v3 path: WeChatPay\Exception\InvalidArgumentException: Option 'nonceless' is for APIv2 calls only, whose path begins with v2/ (e.g. $instance->v2->pay->orderquery); this call's path is an APIv3 one
  async: same
security on a v3 path: WeChatPay\Exception\InvalidArgumentException: Option 'security' is for APIv2 calls only, whose path begins with v2/ (e.g. $instance->v2->pay->orderquery); this call's path is an APIv3 one
  async: same
v3 call on placeholder keys: WeChatPay\Exception\InvalidArgumentException: This client's APIv3 keys are placeholders (config 'privateKey' is not a key, as an APIv2-only config gives it): give the merchant's 'privateKey', 'serial' and platform 'certs' to call APIv3, or call APIv2 paths (v2/...)
  async: same
json on a v2 path: WeChatPay\Exception\InvalidArgumentException: Option 'json' cannot be used on an APIv2 path (v2/...): pass the fields as 'xml', which is signed and sent as XML
  async: same
body on a v2 path: WeChatPay\Exception\InvalidArgumentException: Option 'body' cannot be used on an APIv2 path (v2/...): pass the fields as 'xml', which is signed and sent as XML
  async: same
no secret: WeChatPay\Exception\InvalidArgumentException: An APIv2 call (a path that begins with v2/) needs the config's 'secret': the APIv2 key set on the merchant platform (32 bytes)
  async: same
security without merchant: WeChatPay\Exception\InvalidArgumentException: Option 'security' needs the config's 'merchant' => ['cert' => '/path/to/apiclient_cert.pem', 'key' => '/path/to/apiclient_key.pem'] (each also [path, passphrase])
  async: same
security not a bool: WeChatPay\Exception\InvalidArgumentException: Option 'security' must be true (present the merchant certificate) or false, string given
  async: same
xml not an array: WeChatPay\Exception\InvalidArgumentException: Option 'xml' of an APIv2 call must be an array of its fields, string given
  async: same
unknown sign_type: WeChatPay\Exception\InvalidArgumentException: Option 'xml' field 'sign_type' must be 'MD5' (the default) or 'HMAC-SHA256'
  async: same
sign_type in lower case: WeChatPay\Exception\InvalidArgumentException: Option 'xml' field 'sign_type' must be 'MD5' (the default) or 'HMAC-SHA256'
  async: same
nested field: WeChatPay\Exception\InvalidArgumentException: Option 'xml' field 'detail' must be a string, a number or null, array given: APIv2 signs flat fields (encode nested data as its API documents, usually as a JSON string)
  async: same
bool field: WeChatPay\Exception\InvalidArgumentException: Option 'xml' field 'flag' must be a string, a number or null, bool given: APIv2 signs flat fields (encode nested data as its API documents, usually as a JSON string)
  async: same
object field: WeChatPay\Exception\InvalidArgumentException: Option 'xml' field 'o' must be a string, a number or null, stdClass given: APIv2 signs flat fields (encode nested data as its API documents, usually as a JSON string)
  async: same
xml and query on a GET: WeChatPay\Exception\InvalidArgumentException: Options 'xml' and 'query' cannot both be given to an APIv2 GET: its fields, from one of them, become its signed query
  async: same
query string on a GET: WeChatPay\Exception\InvalidArgumentException: Option 'query' of an APIv2 GET must be an array of its fields (they are signed), a string given; or pass them as 'xml'
  async: same
query in the path of a GET: WeChatPay\Exception\InvalidArgumentException: An APIv2 GET takes its fields from option 'xml' or 'query' (they are signed), not from a query in its path
  async: same
another merchant: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(1230000109)] doesn't matched the init one mchid(1900000109).
  async: same
mchid of another merchant: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id(1230000109)] doesn't matched the init one mchid(1900000109).
  async: same
no merchant id: WeChatPay\Exception\InvalidArgumentException: The xml's structure[mch_id()] doesn't matched the init one mchid(1900000109).
  async: same
V2 in upper case is APIv2 too: WeChatPay\Exception\InvalidArgumentException: Option 'json' cannot be used on an APIv2 path (v2/...): pass the fields as 'xml', which is signed and sent as XML
  async: same
