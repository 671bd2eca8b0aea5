--TEST--
The emulator's platform certificates under php-fpm (many processes): a rotation made through one process is what every process lists and signs with from the next request on, for concurrent calls too; DELETE goes back everywhere
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'fpm', 'nginx'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/platforms.inc';
require __DIR__ . '/../../inc/fpm.inc';
$emu = wxp_fpm_emulator_start(['children' => 4]);
$k = $emu['keys'];
$set = wxp_emulator_platforms($emu, 'POST', '', ['certificates' => [['days' => 30], ['days' => 2]], 'signer' => 1]);
$signer = $set['signer'];
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$signer => wxp_emulator_platform_cert($emu, $signer)]]));
// 8 calls at once: each answer is verified by the extension with the new signer's certificate only
$promises = [];
for ($i = 0; $i < 8; $i++) {
    $promises[] = $api->v3->emulator->slow->_ms_->getAsync(['ms' => 100]);
}
$serials = array_map(static fn ($r): string => $r->getHeaderLine('Wechatpay-Serial'), WeChatPay\Promise::all($promises)->wait());
echo 'concurrent: ', count($serials), ' answers, all from the signer ', json_encode(array_unique($serials) === [$signer]), "\n";
$r = wxp_emulator_signed_call($emu, 'GET', '/v3/certificates');
echo 'listed: ', count(json_decode($r['body'], true)['data']), ', signed by ', $r['headers']['wechatpay-serial'] === $signer ? 'the signer' : 'another', "\n";
$set = wxp_emulator_platforms($emu, 'DELETE');
$old = WeChatPay\Builder::factory(wxp_config($emu));
$ok = 0;
for ($i = 0; $i < 6; $i++) {
    $ok += $old->v3->emulator->echo->get()->getHeaderLine('Wechatpay-Serial') === $k['platform_serial'];
}
echo "after DELETE: $ok of 6 signed by the configured one\n";
?>
--EXPECT--
concurrent: 8 answers, all from the signer true
listed: 3, signed by the signer
after DELETE: 6 of 6 signed by the configured one
