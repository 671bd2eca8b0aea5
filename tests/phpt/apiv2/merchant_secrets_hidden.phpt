--TEST--
Config 'merchant': no dump of a client or its nodes (var_dump, print_r, var_export, debug_zval_dump, json_encode, serialize) and no exception trace of a refused config shows the key passphrase, the key's text or the APIv2 secret
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
--FILE--
<?php
require __DIR__ . '/../../inc/merchant_files.inc';
$f = wxp_merchant_files();
$pass = $f['passphrase'];
$secret = 'v2secret' . bin2hex(random_bytes(12));
$keyLines = array_slice(explode("\n", file_get_contents($f['key_encrypted'])), 1, -2);
$plainKeyLines = array_slice(explode("\n", file_get_contents($f['key'])), 1, -2);

/** Prints what $text shows of the secrets, or that it shows none. */
function shows(string $what, string $text): void
{
    global $pass, $secret, $keyLines, $plainKeyLines;
    $found = [];
    if (str_contains($text, $pass)) {
        $found[] = 'the passphrase';
    }
    if (str_contains($text, $secret)) {
        $found[] = 'the APIv2 secret';
    }
    foreach (array_merge($keyLines, $plainKeyLines) as $line) {
        if ($line !== '' && str_contains($text, $line)) {
            $found[] = 'key text';
            break;
        }
    }
    echo $what, ': ', $found ? 'shows ' . implode(', ', $found) : 'nothing secret', ' (', strlen($text) > 0 ? 'not empty' : 'empty', ")\n";
}

function dumps(mixed $thing): string
{
    ob_start();
    var_dump($thing);
    print_r($thing);
    echo "\n";
    debug_zval_dump($thing);
    echo @var_export($thing, true), json_encode($thing), "\n";
    try {
        echo serialize($thing);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage();
    }
    return ob_get_clean();
}

$config = wxp_test_config(['secret' => $secret, 'merchant' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], $pass]]]);
$client = WeChatPay\Builder::factory($config);
shows('the config itself (the check finds what is there)', dumps($config) . file_get_contents($f['key']));
shows('the client', dumps($client));
shows('a node', dumps($client->v2->pay->orderquery));
shows('the driver', dumps($client->getDriver()));
shows('a chain of nodes', dumps([$client, $client['v2/secapi/pay/refund'], $client->chain('v3')]));

$bad = [
    'wrong passphrase' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], strrev($pass)]],
    'key of another merchant' => ['cert' => $f['cert'], 'key' => [$f['other_key'], $pass]],
    'key text for a path' => ['cert' => $f['cert'], 'key' => [file_get_contents($f['key']), $pass]],
    'missing cert' => ['cert' => $f['dir'] . '/missing.pem', 'key' => [$f['key_encrypted'], $pass]],
];
foreach ($bad as $name => $merchant) {
    try {
        WeChatPay\Builder::factory(wxp_test_config(['secret' => $secret, 'merchant' => $merchant]));
        echo "$name: accepted\n";
    } catch (Throwable $e) {
        shows("$name, the exception", $e->getMessage() . "\n" . $e->getTraceAsString() . "\n" . (string) $e
            . dumps($e->getTrace()) . dumps($e));
    }
}
?>
--EXPECT--
the config itself (the check finds what is there): shows the passphrase, the APIv2 secret, key text (not empty)
the client: nothing secret (not empty)
a node: nothing secret (not empty)
the driver: nothing secret (not empty)
a chain of nodes: nothing secret (not empty)
wrong passphrase, the exception: nothing secret (not empty)
key of another merchant, the exception: nothing secret (not empty)
key text for a path, the exception: nothing secret (not empty)
missing cert, the exception: nothing secret (not empty)
