--TEST--
Options: framing and hop-by-hop headers (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive, Proxy-Connection), in any case, are refused naming the header: in the config by the factory, per call by the sync verb (thrown) and the async verb (rejected); nothing is sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
$framing = ['Content-Length' => '12', 'transfer-encoding' => 'chunked', 'CONNECTION' => 'close', 'Host' => 'api2.mch.weixin.qq.com',
    'Expect' => '100-continue', 'TE' => 'trailers', 'Trailer' => 'X-Checksum', 'Upgrade' => 'h2c', 'Keep-Alive' => 'timeout=60',
    'Proxy-Connection' => 'keep-alive'];

function refused(callable $fn): string
{
    try {
        $fn();
        return 'not refused';
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        return $e->getMessage();
    }
}

$ways = [];
foreach ($framing as $name => $value) {
    // Among other headers, and also as a list of values.
    $headers = ['X-Before' => 'a', $name => [$value], 'X-After' => 'b'];
    $messages = [
        refused(fn() => WeChatPay\Builder::factory(wxp_config($emu, ['headers' => $headers]))),
        refused(fn() => $api->chain('v3/emulator/echo')->post(['json' => ['a' => 1], 'headers' => $headers])),
        refused(fn() => $api->chain('v3/emulator/echo')->getAsync(['headers' => [$name => $value]])->wait()),
    ];
    echo $messages[0], "\n";
    $ways[] = $messages[1] === str_replace('Config', 'Option', $messages[0]) && $messages[2] === $messages[1];
}
var_dump(array_unique($ways));
// A header that only looks like one of them is sent.
$sent = json_decode((string) $api->chain('v3/emulator/echo')->get(['headers' => ['X-Content-Length' => '7', 'Hosts' => 'x']])->getBody(), true);
var_dump($sent['headers']['x-content-length'], $sent['headers']['hosts']);
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
Config 'headers' must not set Content-Length: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set transfer-encoding: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set CONNECTION: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set Host: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set Expect: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set TE: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set Trailer: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set Upgrade: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set Keep-Alive: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
Config 'headers' must not set Proxy-Connection: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
array(1) {
  [0]=>
  bool(true)
}
string(1) "7"
string(1) "x"
int(1)
