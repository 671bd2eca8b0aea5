--TEST--
Errors: an answer within max_response_size whose body cannot be copied into PHP under memory_limit is a RequestException saying so (sync thrown, async rejected), not the fatal "Allowed memory size exhausted"; the script goes on
--EXTENSIONS--
wechatpay
--INI--
memory_limit=16M
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
$big = $api->chain('v3/emulator/big/{n}');

foreach (['sync' => fn() => $big->get(['n' => 24 << 20]), 'async' => fn() => $big->getAsync(['n' => 24 << 20])->wait()] as $way => $call) {
    try {
        $call();
        echo "$way: answered\n";
    } catch (WeChatPay\Exception\RequestException $e) {
        echo "$way: ", get_class($e), ': ', $e->getMessage(), "\n";
        var_dump($e->hasResponse());
    }
}
// Within the limit, the same endpoint answers.
var_dump(strlen((string) $big->get(['n' => 1 << 20])->getBody()));
?>
--EXPECTF--
sync: WeChatPay\Exception\Own\RequestException: The answer's body of 25165824 bytes does not fit under memory_limit (16777216 bytes, %d in use): raise memory_limit, or lower the 'max_response_size' option so that such answers are refused unread
bool(false)
async: WeChatPay\Exception\Own\RequestException: The answer's body of 25165824 bytes does not fit under memory_limit (16777216 bytes, %d in use): raise memory_limit, or lower the 'max_response_size' option so that such answers are refused unread
bool(false)
int(1048576)
