--TEST--
Sensitive: through the getDriver() stack (config 'handler', getDriver()->request(), and select()'s Guzzle client itself, where Guzzle encodes the json) calls carry the Wechatpay-Serial or are refused, sync and async
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$history = [];
$app = GuzzleHttp\HandlerStack::create();
$app->push(GuzzleHttp\Middleware::history($history), 'history');
$both = [$k['platform_serial'] => 'file://' . $k['platform_cert'], $k['pubkey_id'] => 'file://' . $k['pubkey_public_key']];
$routed = WeChatPay\Builder::factory(wxp_config($emu, ['handler' => $app, 'certs' => $both]));
$plain = WeChatPay\Builder::factory(wxp_config($emu));
// the platform serial held as another key: its Sensitive values are no one else's
$other = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$k['platform_serial'] => 'file://' . $k['merchant_public_key']]]));
$name = static fn (string $serial): string => strtr($serial, [$k['platform_serial'] => 'PLATFORM', $k['pubkey_id'] => 'PUBKEY']);
$show = static function (string $what, callable $call) use ($name) {
    try {
        $r = $call();
        if ($r instanceof GuzzleHttp\Promise\PromiseInterface) {
            $r = $r->wait();
        }
        $answer = json_decode((string) $r->getBody(), true);
        echo $what, ': ', $name((string) $answer['serial']), ' ', json_encode($answer['decrypted']), "\n";
    } catch (Throwable $e) {
        echo $what, ': ', get_class($e), ' ', substr($name($e->getMessage()), 0, 60), "\n";
    }
};

// the chain's verbs routed through the stack (config 'handler'): the header goes into the options
$show('routed post', fn () => $routed->v3->emulator->sensitive->post(['json' => ['a' => WeChatPay\Sensitive::encrypt($routed, 'one')]]));
$show('routed postAsync', fn () => $routed->v3->emulator->sensitive->postAsync(['json' => ['a' => [WeChatPay\Sensitive::encrypt($routed, 'two')]]]));
echo 'history: ', count($history), ' ', $name($history[0]['request']->getHeaderLine('Wechatpay-Serial')), "\n";
$show('routed, call header differs', fn () => $routed->v3->emulator->sensitive->post(['json' => ['a' => WeChatPay\Sensitive::encrypt($routed, 'x')], 'headers' => ['wechatpay-serial' => $k['platform_serial']]]));
$show('routed async, foreign', fn () => $routed->v3->emulator->sensitive->postAsync(['json' => ['a' => WeChatPay\Sensitive::encrypt($other, 'x')]]));

// getDriver()->request()
$driver = $plain->getDriver();
$show('driver request', fn () => $driver->request('POST', 'v3/emulator/sensitive', ['json' => ['a' => WeChatPay\Sensitive::encrypt($plain, 'three')]]));
$show('driver requestAsync, mixed', fn () => $driver->requestAsync('POST', 'v3/emulator/sensitive', ['json' => ['a' => WeChatPay\Sensitive::encrypt($plain, 'x'), 'b' => WeChatPay\Sensitive::encrypt($routed, 'x')]]));

// select()'s Guzzle client: Guzzle encodes the json; the engine handler finds the ciphertexts in the body
$guzzle = $plain->getDriver()->select();
$show('guzzle request', fn () => $guzzle->request('POST', 'v3/emulator/sensitive', ['json' => ['a' => ['b' => WeChatPay\Sensitive::encrypt($plain, 'four')]]]));
$show('guzzle requestAsync', fn () => $guzzle->requestAsync('POST', 'v3/emulator/sensitive', ['json' => ['a' => WeChatPay\Sensitive::encrypt($plain, 'five')]]));
$show('guzzle, header differs', fn () => $guzzle->request('POST', 'v3/emulator/sensitive', ['json' => ['a' => WeChatPay\Sensitive::encrypt($plain, 'x')], 'headers' => ['Wechatpay-Serial' => $k['pubkey_id']]]));
$show('guzzle async, foreign', fn () => $guzzle->requestAsync('POST', 'v3/emulator/sensitive', ['json' => ['a' => WeChatPay\Sensitive::encrypt($routed, 'x')]]));
$cfg = WeChatPay\Builder::factory(wxp_config($emu, ['headers' => ['Wechatpay-Serial' => $k['pubkey_id']]]));
$show('guzzle, config header differs', fn () => $cfg->getDriver()->select()->request('POST', 'v3/emulator/sensitive', ['json' => ['a' => WeChatPay\Sensitive::encrypt($cfg, 'x')]]));
var_dump(count(wxp_emulator_requests($emu)));
$history = [];
?>
--EXPECT--
routed post: PUBKEY {"a":"one"}
routed postAsync: PUBKEY {"a.0":"two"}
history: 2 PUBKEY
routed, call header differs: WeChatPay\Exception\InvalidArgumentException Header Wechatpay-Serial 'PLATFORM' (the config's or the call
routed async, foreign: WeChatPay\Exception\InvalidArgumentException A Sensitive value was encrypted under PLATFORM, a key this c
driver request: PLATFORM {"a":"three"}
driver requestAsync, mixed: WeChatPay\Exception\InvalidArgumentException A Sensitive value was encrypted under PUBKEY, a key this cli
guzzle request: PLATFORM {"a.b":"four"}
guzzle requestAsync: PLATFORM {"a":"five"}
guzzle, header differs: WeChatPay\Exception\InvalidArgumentException Header Wechatpay-Serial 'PUBKEY' (the config's or the call's
guzzle async, foreign: WeChatPay\Exception\InvalidArgumentException A Sensitive value was encrypted under PUBKEY, a key this cli
guzzle, config header differs: WeChatPay\Exception\InvalidArgumentException Header Wechatpay-Serial 'PUBKEY' (the config's or the call's
int(5)
