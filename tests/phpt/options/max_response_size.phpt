--TEST--
Options: 'max_response_size' (config and per call, default 64 MiB) bounds an answer's header lines and body: one over it is a RequestException (not a ConnectException: the server answered) naming the option, refused from its Content-Length before its body is read, or as soon as a body without one grows past it; sync thrown, async rejected; answers within it arrive whole and verified
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();

function outcome(callable $call): void
{
    global $emu;
    try {
        $r = $call();
        if ($r instanceof WeChatPay\Promise) {
            $r = $r->wait();
        }
        printf("%d, %d body bytes\n", $r->getStatusCode(), strlen((string) $r->getBody()));
    } catch (WeChatPay\Exception\RequestException $e) {
        echo get_class($e), ': ', str_replace((string) $emu['port'], '{PORT}', $e->getMessage()), "\n";
        var_dump($e->hasResponse(), $e->getCode());
    }
}

$api = WeChatPay\Builder::factory(wxp_config($emu));
$big = $api->chain('v3/emulator/big/{n}');
echo "-- per call\n";
outcome(fn() => $big->get(['n' => 200000, 'max_response_size' => 300000]));
outcome(fn() => $big->get(['n' => 200000, 'max_response_size' => 100000]));
outcome(fn() => $big->getAsync(['n' => 200000, 'max_response_size' => 100000]));
echo "-- a body without Content-Length\n";
outcome(fn() => $big->get(['n' => 200000, 'query' => ['stream' => 1], 'max_response_size' => 300000]));
outcome(fn() => $big->get(['n' => 200000, 'query' => ['stream' => 1], 'max_response_size' => 100000]));
echo "-- config, and a call that raises it\n";
$small = WeChatPay\Builder::factory(wxp_config($emu, ['max_response_size' => 100000]));
outcome(fn() => $small->chain('v3/emulator/big/{n}')->get(['n' => 200000]));
outcome(fn() => $small->chain('v3/emulator/big/{n}')->get(['n' => 200000, 'max_response_size' => 1 << 20]));
echo "-- the default: 64 MiB\n";
outcome(fn() => $big->get(['n' => 64 << 20, 'query' => ['unsigned' => 1]]));
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECTF--
-- per call
200, 200000 body bytes
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:{PORT}/v3/emulator/big/200000: the answer is larger than the 'max_response_size' option allows, and was dropped: its header lines (%d bytes) and Content-Length (200000 bytes) are over the 100000 bytes allowed
bool(false)
int(0)
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:{PORT}/v3/emulator/big/200000: the answer is larger than the 'max_response_size' option allows, and was dropped: its header lines (%d bytes) and Content-Length (200000 bytes) are over the 100000 bytes allowed
bool(false)
int(0)
-- a body without Content-Length
200, 200000 body bytes
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:{PORT}/v3/emulator/big/200000?stream=1: the answer is larger than the 'max_response_size' option allows, and was dropped: it grew beyond the 100000 bytes allowed (header lines and body together)
bool(false)
int(0)
-- config, and a call that raises it
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:{PORT}/v3/emulator/big/200000: the answer is larger than the 'max_response_size' option allows, and was dropped: its header lines (%d bytes) and Content-Length (200000 bytes) are over the 100000 bytes allowed
bool(false)
int(0)
200, 200000 body bytes
-- the default: 64 MiB
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:{PORT}/v3/emulator/big/67108864?unsigned=1: the answer is larger than the 'max_response_size' option allows, and was dropped: its header lines (%d bytes) and Content-Length (67108864 bytes) are over the 67108864 bytes allowed
bool(false)
int(0)
int(8)
