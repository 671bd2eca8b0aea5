--TEST--
Key cache: PEM text and file:// forms of the same keys work across many factories; a corrupted PEM is refused every time (never cached), naming its entry and quoting no key material
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/keycache.inc';

$emu = wxp_emulator_start();
$keys = $emu['keys'];
$privatePem = file_get_contents($keys['merchant_private_key']);
$certPem = file_get_contents($keys['platform_cert']);
$forms = [
    ['file://' . $keys['merchant_private_key'], 'file://' . $keys['platform_cert']],
    [$privatePem, $certPem],
    ['file://' . $keys['merchant_private_key'], $certPem],
    [$privatePem, 'file://' . $keys['platform_cert']],
];
$statuses = [];
for ($i = 0; $i < 24; $i++) {
    [$private, $cert] = $forms[$i % 4];
    $statuses[] = wxp_keycache_call(wxp_config($emu, ['privateKey' => $private, 'certs' => [$keys['platform_serial'] => $cert]]));
}
echo implode(',', array_count_values($statuses) === ['200' => 24] ? ['24 x 200'] : $statuses), "\n";

// A character that is not Base64 in the middle of the body: the block no longer decodes.
$lines = explode("\n", $privatePem);
$lines[5][10] = '*';
$corrupted = implode("\n", $lines);
$dir = wxp_make_temp_dir('wxpkeycache');
register_shutdown_function('wxp_remove_tree', $dir);
file_put_contents("$dir/corrupted.pem", $corrupted);
$certLines = explode("\n", $certPem);
$certLines[5][10] = '*';
foreach ([1, 2, 3] as $round) {
    foreach (['privateKey' => $corrupted, 'privateKey file' => "file://$dir/corrupted.pem"] as $name => $value) {
        try {
            WeChatPay\Builder::factory(wxp_config($emu, ['privateKey' => $value]));
            echo "$round $name: accepted\n";
        } catch (WeChatPay\Exception\InvalidArgumentException $e) {
            $quotes = str_contains($e->getMessage(), substr($lines[4], 8, 16)) ? ' (QUOTES THE KEY)' : '';
            echo "$round $name: ", $e->getMessage(), "$quotes\n";
        }
    }
    try {
        WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$keys['platform_serial'] => implode("\n", $certLines)]]));
        echo "$round certs: accepted\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo "$round certs: ", str_replace($keys['platform_serial'], '{SERIAL}', $e->getMessage()), "\n";
    }
    // the right key still works in between
    echo "$round right key: ", wxp_keycache_call(wxp_config($emu, ['privateKey' => $privatePem])), "\n";
}
?>
--EXPECT--
24 x 200
1 privateKey: Config 'privateKey' is not a usable RSA private key: No complete PEM block found: expected an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY')
1 privateKey file: Config 'privateKey' is not a usable RSA private key: No complete PEM block found: expected an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY')
1 certs: Config 'certs[{SERIAL}]' is not a usable RSA public (or certificate) key: No complete PEM block found: expected an RSA public key or certificate (PEM 'PUBLIC KEY', 'RSA PUBLIC KEY' or 'CERTIFICATE')
1 right key: 200
2 privateKey: Config 'privateKey' is not a usable RSA private key: No complete PEM block found: expected an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY')
2 privateKey file: Config 'privateKey' is not a usable RSA private key: No complete PEM block found: expected an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY')
2 certs: Config 'certs[{SERIAL}]' is not a usable RSA public (or certificate) key: No complete PEM block found: expected an RSA public key or certificate (PEM 'PUBLIC KEY', 'RSA PUBLIC KEY' or 'CERTIFICATE')
2 right key: 200
3 privateKey: Config 'privateKey' is not a usable RSA private key: No complete PEM block found: expected an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY')
3 privateKey file: Config 'privateKey' is not a usable RSA private key: No complete PEM block found: expected an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY')
3 certs: Config 'certs[{SERIAL}]' is not a usable RSA public (or certificate) key: No complete PEM block found: expected an RSA public key or certificate (PEM 'PUBLIC KEY', 'RSA PUBLIC KEY' or 'CERTIFICATE')
3 right key: 200
