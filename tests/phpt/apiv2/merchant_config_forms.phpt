--TEST--
Config 'merchant' (README_APIv2): 'cert' and 'key' as paths, file:// URLs or [path, passphrase] are read and checked at factory time; absent, null or [] is no merchant certificate
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/merchant_files.inc';
$f = wxp_merchant_files();

$forms = [
    'paths (README_APIv2)' => ['cert' => $f['cert'], 'key' => $f['key']],
    'file:// URLs' => ['cert' => 'file://' . $f['cert'], 'key' => 'file://' . $f['key']],
    'encrypted key as [path, passphrase]' => ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], $f['passphrase']]],
    'passphrase given with the cert (Guzzle: one libcurl option)' => ['cert' => [$f['cert'], $f['passphrase']], 'key' => $f['key_encrypted']],
    'passphrase for a plain key (unused)' => ['cert' => $f['cert'], 'key' => [$f['key'], 'unused']],
    'relative paths' => ['cert' => basename($f['cert']), 'key' => basename($f['key'])],
    'a relative path that looks like Base64' => ['cert' => $f['cert'], 'key' => 'MII' . str_repeat('A', 80)],
    'null' => null,
    '[] (the package\'s default)' => [],
];
chdir($f['dir']);
copy($f['key'], 'MII' . str_repeat('A', 80));
foreach ($forms as $name => $merchant) {
    $client = WeChatPay\Builder::factory(wxp_test_config(['merchant' => $merchant]));
    echo $name, ': ', get_class($client), "\n";
}
$merchant = ['cert' => $f['cert'], 'key' => [$f['key_encrypted'], $f['passphrase']]];
$config = wxp_test_config();
$config['merchant'] = &$merchant;
echo 'by reference: ', get_class(WeChatPay\Builder::factory($config)), "\n";
echo 'absent: ', get_class(WeChatPay\Builder::factory(wxp_test_config())), "\n";
?>
--EXPECT--
paths (README_APIv2): WeChatPay\BuilderNode
file:// URLs: WeChatPay\BuilderNode
encrypted key as [path, passphrase]: WeChatPay\BuilderNode
passphrase given with the cert (Guzzle: one libcurl option): WeChatPay\BuilderNode
passphrase for a plain key (unused): WeChatPay\BuilderNode
relative paths: WeChatPay\BuilderNode
a relative path that looks like Base64: WeChatPay\BuilderNode
null: WeChatPay\BuilderNode
[] (the package's default): WeChatPay\BuilderNode
by reference: WeChatPay\BuilderNode
absent: WeChatPay\BuilderNode
