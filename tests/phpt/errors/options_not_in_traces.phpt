--TEST--
Errors: a call's options (a password in a per-call base_uri, a JSON body) never show in an exception's trace, sync or async: the verbs' $options is a SensitiveParameter
--EXTENSIONS--
wechatpay
--INI--
zend.exception_ignore_args=0
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
$options = ['base_uri' => 'http://user:s3cret-pass@127.0.0.1:1/', 'json' => ['card_secret' => 'top-s3cret-value']];
$traces = '';
try {
    $api->chain('v3/emulator/echo')->post($options);
} catch (WeChatPay\Exception\ConnectException $e) {
    $traces .= print_r($e->getTrace(), true) . $e->getTraceAsString() . $e->getMessage();
}
$promise = $api->chain('v3/emulator/echo')->postAsync($options);
try {
    $promise->wait();
} catch (WeChatPay\Exception\ConnectException $e) {
    $traces .= print_r($e->getTrace(), true) . $e->getTraceAsString() . $e->getMessage();
}
var_dump(str_contains($traces, 's3cret'), str_contains($traces, 'SensitiveParameterValue'));
?>
--EXPECT--
bool(false)
bool(true)
