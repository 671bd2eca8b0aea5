--TEST--
failover: every bad value of the config key or call option is an InvalidArgumentException naming it, nothing sent; false per call turns it off; without it nothing changes (one attempt, no attempts in getTransferInfo())
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/failover.inc';

$emu = wxp_emulator_start();
$bad = [
    'yes', 1, ['retries' => -1], ['retries' => 11], ['retries' => 1.0], ['backoff' => -0.1], ['backoff' => 61],
    ['backoff' => '1'], ['avoid' => 3601], ['attempt_timeout' => 'x'], ['base_uris' => 'http://h/'],
    ['base_uris' => ['http://h/path']], ['base_uris' => ['ftp://h/']], ['base_uris' => [1]],
    ['base_uris' => ['a' => 'http://h/']], ['base_uris' => array_fill(0, 9, 'http://h')], ['base_uris' => ["http://h\r\n/"]],
    ['retry' => 1], [0 => true],
];
foreach ($bad as $value) {
    try {
        WeChatPay\Builder::factory(wxp_config($emu, ['failover' => $value]));
        echo "accepted\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
$api = WeChatPay\Builder::factory(wxp_config($emu));
try {
    $api['v3/emulator/echo']->get(['failover' => ['backoff' => []]]);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
echo 'sent: ', count(wxp_emulator_requests($emu)), "\n";

// Accepted: true, an array (which turns it on), null (absent)
foreach ([true, ['base_uris' => ['https://api2.example.com/', 'http://127.0.0.1:9']], null, false,
          ['retries' => 0, 'backoff' => 0, 'avoid' => 0, 'attempt_timeout' => 0.5]] as $value) {
    WeChatPay\Builder::factory(wxp_config($emu, ['failover' => $value]));
}

// Off by default, and off per call: one attempt at a refused base_uri, nothing else tried
$dead = wxp_refused_port();
$other = ['base_uris' => [$emu['base_uri']]];
foreach ([[[], []], [['failover' => $other], ['failover' => false]]] as [$config, $options]) {
    $api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "http://127.0.0.1:$dead/"] + $config));
    try {
        $api['v3/emulator/echo']->get($options);
    } catch (WeChatPay\Exception\ConnectException $e) {
        echo get_class($e), ' ', $e->getCode(), "\n";
    }
}
echo 'sent: ', count(wxp_emulator_requests($emu)), "\n";
$info = WeChatPay\Builder::factory(wxp_config($emu))['v3/emulator/echo']->get()->getTransferInfo();
var_dump(isset($info['attempts']), isset($info['host']));
// On per call only
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "http://127.0.0.1:$dead/"]));
$info = $api['v3/emulator/echo']->get(['failover' => $other])->getTransferInfo();
echo count($info['attempts']), ' ', $info['host'] === rtrim($emu['base_uri'], '/') ? 'the emulator' : $info['host'], "\n";
?>
--EXPECT--
Config 'failover' must be true, false or an array (base_uris, retries, backoff, avoid, attempt_timeout), string given
Config 'failover' must be true, false or an array (base_uris, retries, backoff, avoid, attempt_timeout), int given
Config 'failover' key 'retries' must be an integer from 0 to 10
Config 'failover' key 'retries' must be an integer from 0 to 10
Config 'failover' key 'retries' must be an integer from 0 to 10
Config 'failover' key 'backoff' must be a number of seconds from 0 to 60
Config 'failover' key 'backoff' must be a number of seconds from 0 to 60
Config 'failover' key 'backoff' must be a number of seconds from 0 to 60
Config 'failover' key 'avoid' must be a number of seconds from 0 to 3600
Config 'failover' key 'attempt_timeout' must be a number of seconds from 0 to 86400
Config 'failover' key 'base_uris' must be a list of at most 8 base URIs
Config 'failover' key 'base_uris' must hold absolute http:// or https:// URLs without a path (the call's path is kept), such as 'https://api2.mch.weixin.qq.com/'
Config 'failover' key 'base_uris' must hold absolute http:// or https:// URLs without a path (the call's path is kept), such as 'https://api2.mch.weixin.qq.com/'
Config 'failover' key 'base_uris' must hold absolute http:// or https:// URLs without a path (the call's path is kept), such as 'https://api2.mch.weixin.qq.com/'
Config 'failover' key 'base_uris' must be a list of at most 8 base URIs
Config 'failover' key 'base_uris' must be a list of at most 8 base URIs
Config 'failover' key 'base_uris' must hold absolute http:// or https:// URLs without a path (the call's path is kept), such as 'https://api2.mch.weixin.qq.com/'
Config 'failover' has an unknown key 'retry' (known: base_uris, retries, backoff, avoid, attempt_timeout)
Config 'failover' has an unknown key '(a number)' (known: base_uris, retries, backoff, avoid, attempt_timeout)
Option 'failover' key 'backoff' must be a number of seconds from 0 to 60
sent: 0
WeChatPay\Exception\Own\ConnectException 7
WeChatPay\Exception\Own\ConnectException 7
sent: 0
bool(false)
bool(false)
2 the emulator
