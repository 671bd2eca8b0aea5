--TEST--
Verify: the EV3_RES_* constants PHP sees (registered from src/wxp_verify.h's WXP_EV3_RES_*, the texts verification fills in) are exactly the texts the stub declares
--DESCRIPTION--
The stub keeps wechatpay-php's message formats as the PHP API documents them; the extension registers the
constants from the C table (@cvalue), so the messages it throws and the constants cannot part. This reads each
EV3_RES_* literal from the stub that declares WeChatPayException and compares it with the constant's value: it
fails when the stub or src/wxp_verify.h changes without the other (or a constant is added on one side only).
--EXTENSIONS--
wechatpay
--FILE--
<?php
$ext = dirname(__DIR__, 3) . '/ext';
$source = null;
foreach (array_merge(glob("$ext/*.stub.php"), glob("$ext/*/*.stub.php")) as $stub) {
    if (preg_match('/\binterface WeChatPayException\b/', file_get_contents($stub))) {
        $source = file_get_contents($stub);
    }
}
if ($source === null) {
    exit("no stub under ext/ declares interface WeChatPayException\n");
}

// public const EV3_RES_NAME = "text"; (a double-quoted literal whose only escapes are \$, \" and \\)
preg_match_all('/const\s+(EV3_RES_\w+)\s*=\s*"((?:[^"\\\\]|\\\\.)*)"\s*;/', $source, $found, PREG_SET_ORDER);
$declared = [];
foreach ($found as [, $name, $literal]) {
    $declared[$name] = preg_replace_callback('/\\\\(.)/s', function ($m) use ($name) {
        if (!in_array($m[1], ['$', '"', '\\'], true)) {
            exit("$name: the stub's literal holds the escape \\{$m[1]}, which this test does not decode\n");
        }
        return $m[1];
    }, $literal);
}

$registered = array_filter((new ReflectionClass(WeChatPay\Exception\WeChatPayException::class))->getConstants(),
    fn ($name) => str_starts_with($name, 'EV3_RES_'), ARRAY_FILTER_USE_KEY);
ksort($declared);
ksort($registered);
if (array_keys($declared) !== array_keys($registered)) {
    echo "the stub declares ", implode(', ', array_keys($declared)), "; PHP has ", implode(', ', array_keys($registered)), "\n";
}
foreach ($declared as $name => $text) {
    if (($registered[$name] ?? null) !== $text) {
        echo "$name differs:\n  stub: $text\n  C:    ", $registered[$name] ?? '(none)', "\n";
    }
}
echo count($declared), " declared, ", count(array_intersect_assoc($declared, $registered)), " the same\n";
// and they are sprintf() formats of wechatpay-php's: the headers one, filled as verification fills it
echo sprintf(WeChatPay\Exception\WeChatPayException::EV3_RES_HEADERS_INCOMPLETE,
    'Wechatpay-Nonce', 'Wechatpay-Serial', 'Wechatpay-Signature', 'Wechatpay-Timestamp'), "\n";
?>
--EXPECT--
4 declared, 4 the same
The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
