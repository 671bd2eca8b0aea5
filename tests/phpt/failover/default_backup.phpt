--TEST--
failover: with WeChat's default base_uri, `failover => true` tries WeChat's backup domain api2.mch.weixin.qq.com next (seen through a refused proxy, so nothing leaves 127.0.0.1); with another base_uri there is no default backup
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/failover.inc';

$emu = wxp_emulator_start();
$proxy = 'http://127.0.0.1:' . wxp_refused_port();
foreach ([null, 'https://wechat.example.com/'] as $base) {
    $config = wxp_config($emu, ['proxy' => $proxy, 'failover' => ['backoff' => 0, 'avoid' => 0]]);
    unset($config['base_uri']);
    if ($base !== null) {
        $config['base_uri'] = $base;
    }
    try {
        WeChatPay\Builder::factory($config)['v3/certificates']->get();
    } catch (WeChatPay\Exception\ConnectException $e) {
        echo $e->getCode(), ':';
        foreach ($e->getHandlerContext()['attempts'] ?? [] as $x) {
            echo ' ', $x['host'], ' (', $x['curl_code'], ')';
        }
        echo "\n";
    }
}
?>
--EXPECT--
7: https://api.mch.weixin.qq.com (7) https://api2.mch.weixin.qq.com (7) https://api.mch.weixin.qq.com (7)
7: https://wechat.example.com (7) https://wechat.example.com (7)
