<?php
/**
 * CPU per "web request key set-up" written the way wechatpay-php's README writes it, in a warm process:
 *
 *   $merchantKey  = Rsa::from('file://.../apiclient_key.pem', Rsa::KEY_TYPE_PRIVATE);
 *   $platformCert = Rsa::from('file://.../platform_cert.pem', Rsa::KEY_TYPE_PUBLIC);
 *   Builder::factory([... 'privateKey' => $merchantKey, 'certs' => [$serial => $platformCert]]);
 *
 * (no call is made: what a request pays before its first call); the same with the package README's
 * `PemUtil::parseCertificateSerialNo('file://.../platform_cert.pem')` for the certs key, as its README writes
 * it; and `file://` strings handed to the factory, for reference. Then the other ways of giving a key, one
 * call each: `Rsa::from([$encryptedPem, $passphrase])`, `Rsa::sign()`/`verify()` with PEM strings (the
 * signature and verification included), `PemUtil::loadCertificate($path)`. Each module given runs in its own child `php -d extension=MODULE`, the modules taking turns over several
 * rounds, so their figures come from the same run; the median round is printed.
 *
 * Run: php bench/rsa_from_cost.php [MODULE.so ...] [--rounds=5] [--iterations=2000]
 *   (default module: modules/wechatpay.so of this tree). For issue 13's before/after:
 *   php bench/rsa_from_cost.php /path/to/e34ec85/modules/wechatpay.so modules/wechatpay.so
 * Keys: the test keys (WXP_TEST_KEYS_DIR, else generated into a temporary directory).
 *
 * "parses/iter" is Pool::stats()['key_parses'] per iteration: parses of the extension's process key cache.
 * A module whose Rsa::from() hands strings to openssl_pkey_get_*() parses in PHP, which that counter does not
 * see: its 0 then means "nothing cached", not "nothing parsed" (its CPU figure says what the parses cost).
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/keys.inc';
require __DIR__ . '/lib.inc';

if (($argv[1] ?? '') === '--child') {
    $iterations = (int) $argv[2];
    $k = wxp_test_keys();
    $base = ['mchid' => $k['mchid'], 'serial' => $k['merchant_serial'], 'base_uri' => 'http://127.0.0.1:9/'];
    $readme = static function () use ($k, $base): void {
        $merchantKey = WeChatPay\Crypto\Rsa::from('file://' . $k['merchant_private_key'], WeChatPay\Crypto\Rsa::KEY_TYPE_PRIVATE);
        $platformCert = WeChatPay\Crypto\Rsa::from('file://' . $k['platform_cert'], WeChatPay\Crypto\Rsa::KEY_TYPE_PUBLIC);
        WeChatPay\Builder::factory($base + ['privateKey' => $merchantKey, 'certs' => [$k['platform_serial'] => $platformCert]]);
    };
    $withSerial = static function () use ($k, $base): void {
        $merchantKey = WeChatPay\Crypto\Rsa::from('file://' . $k['merchant_private_key'], WeChatPay\Crypto\Rsa::KEY_TYPE_PRIVATE);
        $platformCert = WeChatPay\Crypto\Rsa::from('file://' . $k['platform_cert'], WeChatPay\Crypto\Rsa::KEY_TYPE_PUBLIC);
        $serial = WeChatPay\Util\PemUtil::parseCertificateSerialNo('file://' . $k['platform_cert']);
        WeChatPay\Builder::factory($base + ['privateKey' => $merchantKey, 'certs' => [$serial => $platformCert]]);
    };
    $strings = static function () use ($k, $base): void {
        WeChatPay\Builder::factory($base + ['privateKey' => 'file://' . $k['merchant_private_key'],
            'certs' => [$k['platform_serial'] => 'file://' . $k['platform_cert']]]);
    };
    // the other ways of giving a key (issue 13, item 1): an encrypted key with its passphrase, PEM strings
    // handed to sign/verify, a certificate object from PemUtil
    openssl_pkey_export(openssl_pkey_get_private('file://' . $k['merchant_private_key']), $encrypted, 'bench-pass');
    $merchantPem = (string) file_get_contents($k['merchant_private_key']);
    $merchantPublic = (string) file_get_contents($k['merchant_public_key']);
    $signature = WeChatPay\Crypto\Rsa::sign('message', $merchantPem);
    $passphrase = static fn() => WeChatPay\Crypto\Rsa::from([$encrypted, 'bench-pass']);
    $signPem = static fn() => WeChatPay\Crypto\Rsa::sign('message', $merchantPem);
    $verifyPem = static fn() => WeChatPay\Crypto\Rsa::verify('message', $signature, $merchantPublic);
    $loadCertificate = static fn() => WeChatPay\Util\PemUtil::loadCertificate($k['platform_cert']);
    $out = [];
    foreach (['readme' => $readme, 'serial' => $withSerial, 'strings' => $strings, 'passphrase' => $passphrase,
              'sign_pem' => $signPem, 'verify_pem' => $verifyPem, 'load_certificate' => $loadCertificate] as $name => $fn) {
        for ($i = 0; $i < 50; $i++) {
            $fn(); // warm: classes, OpenSSL's decoders, the key cache
        }
        $parses = WeChatPay\Pool::stats()['key_parses'];
        $out[$name] = [bench_cpu_per($iterations, $fn) * 1e6, (WeChatPay\Pool::stats()['key_parses'] - $parses) / $iterations];
    }
    echo json_encode($out), "\n";
    exit(0);
}

const WAYS = ['readme' => 'Rsa::from x2 + factory(objects)', 'serial' => '... + parseCertificateSerialNo',
    'strings' => 'factory(file:// strings)', 'passphrase' => 'Rsa::from([encrypted PEM, pass])',
    'sign_pem' => 'Rsa::sign(m, PEM string)', 'verify_pem' => 'Rsa::verify(m, s, PEM string)',
    'load_certificate' => 'PemUtil::loadCertificate(path)'];
$modules = [];
$rounds = 5;
$iterations = 2000;
foreach (array_slice($argv, 1) as $arg) {
    if (str_starts_with($arg, '--rounds=')) {
        $rounds = max(1, (int) substr($arg, 9));
    } elseif (str_starts_with($arg, '--iterations=')) {
        $iterations = max(1, (int) substr($arg, 13));
    } else {
        $modules[] = realpath($arg) ?: $arg;
    }
}
if ($modules === []) {
    $modules[] = dirname(__DIR__) . '/modules/wechatpay.so';
}
wxp_test_keys(); // generated once, before the children share them
$keysEnv = ['WXP_TEST_KEYS_DIR' => wxp_test_keys_dir()];

$runs = [];
for ($round = 0; $round < $rounds; $round++) {
    foreach ($modules as $m => $module) {
        $cmd = [PHP_BINARY, '-d', "extension=$module",
            __FILE__, '--child', (string) $iterations];
        $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $keysEnv + getenv());
        $stdout = stream_get_contents($pipes[1]);
        $stderr = stream_get_contents($pipes[2]);
        if (proc_close($p) !== 0 || !is_array($result = json_decode($stdout, true))) {
            fwrite(STDERR, "child for $module failed: $stdout$stderr\n");
            exit(1);
        }
        $runs[$m][] = $result;
    }
}

printf("%d rounds x %d iterations per module, %s\n", $rounds, $iterations, bench_loadavg());
foreach ($modules as $m => $module) {
    printf("module %s (sha256 %s)\n", $module, substr(hash_file('sha256', $module), 0, 16));
    foreach (WAYS as $way => $label) {
        $us = bench_median(array_map(fn($r) => $r[$way][0], $runs[$m]));
        $parses = bench_median(array_map(fn($r) => $r[$way][1], $runs[$m]));
        printf("  %-32s %8.1f us CPU/iter  %.3f key_parses/iter\n", $label, $us, $parses);
    }
}
if (count($modules) === 2) {
    foreach (WAYS as $way => $label) {
        $a = bench_median(array_map(fn($r) => $r[$way][0], $runs[0]));
        $b = bench_median(array_map(fn($r) => $r[$way][0], $runs[1]));
        printf("%s: the second module costs %.1fx less CPU than the first\n", $label, $a / $b);
    }
}
