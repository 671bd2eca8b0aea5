<?php
/**
 * Per-call time of WeChatPay\Crypto\AesGcm::decrypt() against PHP's openssl_decrypt('aes-256-gcm') on a
 * callback-sized resource, in the same process and run. Target (issue 4): AesGcm::decrypt not slower than
 * openssl_decrypt, although it also decodes the Base64 and splits off the tag, which the bare
 * openssl_decrypt figure leaves out (it gets raw ciphertext and tag, prepared once outside the loop).
 *
 * Also shown, for context: the same work done in PHP (base64_decode + substr + openssl_decrypt) and
 * wechatpay-php 1.4.12's full path, which also checks openssl_get_cipher_methods() on every call.
 *
 * Run: php -d extension=modules/wechatpay.so bench/aes_vs_openssl.php [calls per round=20000] [rounds=9] [plaintext bytes=0]
 * Each round times every way once, in a rotating order, over the same number of calls; the figure is each
 * way's median over the rounds (wall time from hrtime(), per call), so load from other processes on a shared
 * machine hits all ways alike.
 */

declare(strict_types=1);

use WeChatPay\Crypto\AesGcm;

require __DIR__ . '/lib.inc';

$calls = (int) ($argv[1] ?? 20000);
$rounds = (int) ($argv[2] ?? 9);
$size = (int) ($argv[3] ?? 0);

if (!class_exists(AesGcm::class)) {
    fwrite(STDERR, "the wechatpay extension is not loaded (php -d extension=modules/wechatpay.so ...)\n");
    exit(1);
}

// A TRANSACTION.SUCCESS resource as WeChat Pay sends it (or a plaintext of the size asked for).
$plaintext = $size > 0 ? str_repeat('x', $size) : json_encode([
    'mchid' => '1900000001', 'appid' => 'wxd678efh567hg6787', 'out_trade_no' => '1217752501201407033233368018',
    'transaction_id' => '1217752501201407033233368018', 'trade_type' => 'JSAPI', 'trade_state' => 'SUCCESS',
    'trade_state_desc' => '支付成功', 'bank_type' => 'CMC', 'attach' => '自定义数据', 'success_time' => '2018-06-08T10:34:56+08:00',
    'payer' => ['openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'],
    'amount' => ['total' => 100, 'payer_total' => 100, 'currency' => 'CNY', 'payer_currency' => 'CNY'],
    'scene_info' => ['device_id' => '013467007045764'],
    'promotion_detail' => [['coupon_id' => '109519', 'name' => '单品惠-6', 'scope' => 'SINGLE', 'type' => 'CASH',
        'amount' => 100, 'stock_id' => '931386', 'wechatpay_contribute' => 0, 'merchant_contribute' => 0,
        'other_contribute' => 0, 'currency' => 'CNY',
        'goods_detail' => [['goods_id' => 'M1006', 'quantity' => 1, 'unit_price' => 100, 'discount_amount' => 1]]]],
], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
$key = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f';
$nonce = 'fdasflkja484';
$aad = 'transaction';
$ciphertext = openssl_encrypt($plaintext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag, $aad, 16);
$resource = base64_encode($ciphertext . $tag);

$ways = [
    'AesGcm::decrypt (extension)' => static fn() => AesGcm::decrypt($resource, $key, $nonce, $aad),
    'openssl_decrypt (raw bytes)' => static fn() => openssl_decrypt($ciphertext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag, $aad),
    'base64_decode+substr+openssl_decrypt (PHP)' => static function () use ($resource, $key, $nonce, $aad) {
        $bytes = base64_decode($resource);
        return openssl_decrypt(substr($bytes, 0, -16), 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, substr($bytes, -16), $aad);
    },
    'wechatpay-php 1.4.12 path (+ cipher check)' => static function () use ($resource, $key, $nonce, $aad) {
        if (!in_array('aes-256-gcm', openssl_get_cipher_methods())) {
            throw new RuntimeException('no aes-256-gcm');
        }
        $bytes = base64_decode($resource);
        $tag = substr($bytes, -16);
        $plaintext = openssl_decrypt(substr($bytes, 0, -16), 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag, $aad);
        if ($plaintext === false) {
            throw new UnexpectedValueException('decrypt failed');
        }
        return $plaintext;
    },
];
foreach ($ways as $name => $fn) { // every way yields the plaintext, and warms up
    for ($i = 0; $i < 1000; $i++) {
        if ($fn() !== $plaintext) {
            fwrite(STDERR, "$name does not decrypt the resource\n");
            exit(1);
        }
    }
}

$times = array_fill_keys(array_keys($ways), []);
$names = array_keys($ways);
for ($r = 0; $r < $rounds; $r++) {
    $order = array_merge(array_slice($names, $r % count($names)), array_slice($names, 0, $r % count($names)));
    foreach ($order as $name) {
        $fn = $ways[$name];
        $start = hrtime(true);
        for ($i = 0; $i < $calls; $i++) {
            $fn();
        }
        $times[$name][] = (hrtime(true) - $start) / $calls / 1000; // µs per call
    }
}

printf("payload: %d-byte plaintext, %d-byte Base64 resource; %d calls x %d rounds per way, medians\n",
    strlen($plaintext), strlen($resource), $calls, $rounds);
$base = bench_median($times['openssl_decrypt (raw bytes)']);
foreach ($times as $name => $t) {
    printf("  %-44s %6.2f µs/call  (%.2fx openssl_decrypt)\n", $name, bench_median($t), bench_median($t) / $base);
}
$ours = bench_median($times['AesGcm::decrypt (extension)']);
printf("target: AesGcm::decrypt <= openssl_decrypt: %s (%.2f vs %.2f µs)\n", $ours <= $base ? 'MET' : 'MISS', $ours, $base);
printf("load: %s\n", implode(', ', array_map(static fn($l) => sprintf('%.2f', $l), sys_getloadavg())));
