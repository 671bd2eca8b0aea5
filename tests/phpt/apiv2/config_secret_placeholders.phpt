--TEST--
APIv2 config: 'secret' checked; an APIv2-only app's placeholder v3 keys accepted only with a secret, never in place of a real key
--EXTENSIONS--
wechatpay
--FILE--
<?php
$base = ['mchid' => '1900000109', 'serial' => 'nop', 'privateKey' => 'any', 'certs' => ['any' => null]];
$secret = 'exposed_your_key_here_have_risks';
$try = static function (string $name, array $config) {
    try {
        $i = WeChatPay\Builder::factory($config);
        echo "$name: accepted\n";
        return $i;
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    return null;
};
$try('README_APIv2 config', $base + ['secret' => $secret]);
$try('placeholder without secret', $base);
$try('secret not a string', $base + ['secret' => 12345]);
$try('empty secret', $base + ['secret' => '']);
$try('null secret is none', $base + ['secret' => null]);
// a real key given wrong is still refused at once, secret or not
$try('missing key file', ['privateKey' => 'file:///nonexistent/apiclient_key.pem'] + $base + ['secret' => $secret]);
$try('broken PEM', ['privateKey' => "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"] + $base + ['secret' => $secret]);
// the secret never shows: not in var_dump, print_r, or a trace of the factory
$i = $try('for dumps', $base + ['secret' => $secret]);
ob_start();
var_dump($i, $i->v2->pay);
print_r($i);
echo (new Exception())->getTraceAsString();
try { WeChatPay\Builder::factory($base + ['secret' => $secret, 'base_uri' => 'ftp://x/']); } catch (Throwable $e) { echo $e, "\n"; }
$out = ob_get_clean();
echo 'secret in output: ', var_export(str_contains($out, $secret), true), "\n";
echo 'length of output > 0: ', var_export(strlen($out) > 0, true), "\n";
?>
--EXPECTF--
README_APIv2 config: accepted
placeholder without secret: WeChatPay\Exception\InvalidArgumentException: %s'privateKey'%s
secret not a string: WeChatPay\Exception\InvalidArgumentException: Config 'secret' must be the APIv2 key as a non-empty string (32 bytes, set on the merchant platform), int given
empty secret: WeChatPay\Exception\InvalidArgumentException: Config 'secret' must be the APIv2 key as a non-empty string (32 bytes, set on the merchant platform), an empty string given
null secret is none: WeChatPay\Exception\InvalidArgumentException: %s'privateKey'%s
missing key file: WeChatPay\Exception\InvalidArgumentException: %s'privateKey'%s
broken PEM: WeChatPay\Exception\InvalidArgumentException: %s'privateKey'%s
for dumps: accepted
secret in output: false
length of output > 0: true
