--TEST--
The emulator's platform certificate rotation (/__emulator/platforms): a set of two valid and one expiring certificate listed by /v3/certificates (checked in plain PHP and with WeChatPay\Certificates::download()), the signer changes Wechatpay-Serial and the key of every answer and callback, a request may name any listed serial, an unlisted signer, back to the configured one, 400 on bad input
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/platforms.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$configured = $k['platform_serial'];
$configuredPem = (string) file_get_contents($k['platform_cert']);
$days = static fn (int $t): int => (int) round(($t - time()) / 86400);
$name = static function (string $serial, array $set) use ($configured): string {
    return $serial === $configured ? 'configured' : 'new#' . (array_search($serial, $set['serials'], true) ?: '?');
};

echo "-- before: the configured certificate only\n";
$set = wxp_emulator_platforms($emu);
echo json_encode($set['serials'] === [$configured] && $set['signer'] === $configured), "\n";

echo "-- rotation: the configured one, one for a year, one expiring tomorrow; the year one signs\n";
$set = wxp_emulator_platforms($emu, 'POST', '', ['certificates' => [['days' => 365], ['days' => 1]], 'signer' => 0]);
[, $year, $expiring] = $set['serials'];
echo count($set['serials']), ' listed, first ', $name($set['serials'][0], $set), ', signer ', $name($set['signer'], $set), "\n";
echo 'fresh serials are 40 upper-case hex digits: ', json_encode(preg_match('/^[0-9A-F]{40}$/', $year) && preg_match('/^[0-9A-F]{40}$/', $expiring)), "\n";
echo 'days left: ', $days($set['not_after'][$year]), ' ', $days($set['not_after'][$expiring]), "\n";
foreach ([$year, $expiring] as $serial) {
    $x = openssl_x509_parse(wxp_emulator_platform_cert($emu, $serial));
    echo $name($serial, $set), ': serial read back ', json_encode(strtoupper($x['serialNumberHex']) === $serial),
        ', not_after ', json_encode($x['validTo_time_t'] === $set['not_after'][$serial]),
        ', self-signed and intact ', json_encode(openssl_x509_verify(wxp_emulator_platform_cert($emu, $serial),
            openssl_pkey_get_public(wxp_emulator_platform_cert($emu, $serial))) === 1),
        ', key 0600 ', decoct(fileperms("{$emu['state_dir']}/platforms/$serial.key") & 0777), "\n";
}

echo "-- GET /v3/certificates lists the three, signed by the signer\n";
$r = wxp_emulator_signed_call($emu, 'GET', '/v3/certificates');
echo $r['status'], ' serial ', $name($r['headers']['wechatpay-serial'], $set), "\n";
$listed = [];
foreach (json_decode($r['body'], true)['data'] as $c) {
    $e = $c['encrypt_certificate'];
    $raw = base64_decode($e['ciphertext']);
    $pem = openssl_decrypt(substr($raw, 0, -16), 'aes-256-gcm', $k['apiv3_key'], OPENSSL_RAW_DATA, $e['nonce'],
        substr($raw, -16), $e['associated_data']);
    $x = openssl_x509_parse($pem);
    $listed[$c['serial_no']] = $pem;
    echo $name($c['serial_no'], $set), ': decrypts ', json_encode($pem === wxp_emulator_platform_cert($emu, $c['serial_no'])),
        ', expire_time ', json_encode(strtotime($c['expire_time']) === $x['validTo_time_t']),
        ', effective_time ', json_encode(strtotime($c['effective_time']) === $x['validFrom_time_t']), "\n";
}
echo 'in order: ', json_encode(array_map('strval', array_keys($listed)) === $set['serials']), "\n"; // a decimal-looking serial is an int key
echo 'answer verifies with the signer: ', json_encode(wxp_answer_verifies($r, $listed[$year])),
    ', with the configured one: ', json_encode(wxp_answer_verifies($r, $configuredPem)), "\n";

echo "-- the extension downloads the same set\n";
$client = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => ['any' => null], 'apiv3Key' => $k['apiv3_key']]));
echo 'Certificates::download(): ', json_encode(WeChatPay\Certificates::download($client) === $listed), "\n";

echo "-- every answer is signed by the signer, callbacks too\n";
$r = wxp_emulator_signed_call($emu, 'GET', '/v3/emulator/echo');
echo 'echo: ', $r['status'], ' ', $name($r['headers']['wechatpay-serial'], $set), ' ', json_encode(wxp_answer_verifies($r, $listed[$year])), "\n";
[, $cb] = wxp_emulator_control($emu, 'GET', '/__emulator/callback/good');
$cb = json_decode($cb, true);
echo 'callback: ', $name($cb['headers']['Wechatpay-Serial'], $set), ' ', json_encode(wxp_answer_verifies(
    ['headers' => array_change_key_case($cb['headers']), 'body' => $cb['body']], $listed[$year])), "\n";
$verified = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$year => $listed[$year]]]));
echo 'the extension verifies with the new certificate: ', $verified->v3->emulator->echo->get()->getStatusCode(), "\n";

echo "-- a request may name any listed serial, not another\n";
foreach (['expiring' => $expiring, 'configured' => $configured, 'unknown' => str_repeat('AB', 20)] as $label => $serial) {
    echo "$label: ", wxp_emulator_signed_call($emu, 'GET', '/v3/emulator/echo', '', ['Wechatpay-Serial' => $serial])['status'], "\n";
}

echo "-- the signer switches to another listed certificate\n";
$set = wxp_emulator_platforms($emu, 'POST', '/signer', ['serial' => $configured]);
$r = wxp_emulator_signed_call($emu, 'GET', '/v3/emulator/echo');
echo 'signer ', $name($set['signer'], $set), ', answer ', $name($r['headers']['wechatpay-serial'], $set), ' ',
    json_encode(wxp_answer_verifies($r, $configuredPem)), "\n";
$set = wxp_emulator_platforms($emu, 'POST', '/signer', ['serial' => $expiring]);
$r = wxp_emulator_signed_call($emu, 'GET', '/v3/certificates');
echo 'signer ', $name($set['signer'], $set), ', download ', $name($r['headers']['wechatpay-serial'], $set), ' ',
    json_encode(wxp_answer_verifies($r, $listed[$expiring])), "\n";

echo "-- add: a new signer that is not listed; then a listed one\n";
$before = $set['serials'];
$set = wxp_emulator_platforms($emu, 'POST', '/add', ['days' => 30, 'sign' => true, 'list' => false]);
$hidden = $set['signer'];
$r = wxp_emulator_signed_call($emu, 'GET', '/v3/certificates');
echo 'listed unchanged ', json_encode($set['serials'] === $before), ', signer new ', json_encode(!in_array($hidden, $before, true)),
    ', days ', $days($set['not_after'][$hidden]), ', download lists ', count(json_decode($r['body'], true)['data']),
    ', signed by it ', json_encode($r['headers']['wechatpay-serial'] === $hidden
        && wxp_answer_verifies($r, wxp_emulator_platform_cert($emu, $hidden))), "\n";
try {
    WeChatPay\Certificates::download($client);
    echo "download: accepted an answer signed by no listed certificate\n";
} catch (Throwable $e) {
    echo 'download refused: ', get_class($e), "\n";
}
echo 'an unlisted serial cannot become signer again: ', wxp_emulator_control($emu, 'POST', '/__emulator/platforms/signer',
    json_encode(['serial' => $hidden]))[0], "\n";
$set = wxp_emulator_platforms($emu, 'POST', '/add', ['days' => 10]);
echo 'add listed: ', count($set['serials']), ' listed, signer still the hidden one ', json_encode($set['signer'] === $hidden), "\n";
$t = time();
$set = wxp_emulator_platforms($emu, 'POST', '/add', ['seconds' => 120]);
$short = end($set['serials']);
$x = openssl_x509_parse(wxp_emulator_platform_cert($emu, $short));
echo 'add 120 seconds: not_after within 120 s ', json_encode($set['not_after'][$short] >= $t + 120 && $set['not_after'][$short] <= time() + 120),
    ', validity read back ', json_encode($x['validTo_time_t'] === $set['not_after'][$short] && $x['validTo_time_t'] - $x['validFrom_time_t'] === 120),
    ', serial ', json_encode(strtoupper($x['serialNumberHex']) === $short), "\n";

echo "-- without the configured one\n";
$set = wxp_emulator_platforms($emu, 'POST', '', ['certificates' => [['days' => 2], ['days' => 20]], 'keep_configured' => false]);
echo count($set['serials']), ' listed, configured among them ', json_encode(in_array($configured, $set['serials'], true)),
    ', signer the first ', json_encode($set['signer'] === $set['serials'][0]), "\n";
echo 'a request naming the configured serial: ', wxp_emulator_signed_call($emu, 'GET', '/v3/emulator/echo', '',
    ['Wechatpay-Serial' => $configured])['status'], "\n";
echo 'old certificate files removed: ', count(glob("{$emu['state_dir']}/platforms/*.pem")), " left\n";

echo "-- 400 on bad input, 404 on an unknown endpoint\n";
$bad = [
    ['', 'not json'], ['', '[1,2]'], ['', '{"certificates":[{"days":0}]}'], ['', '{"certificates":[{"days":"5"}]}'],
    ['', '{"certificates":[{}]}'], ['', '{"certificates":[5]}'], ['', '{"certificates":{"a":{"days":1}}}'],
    ['', '{"certificates":[{"days":1}],"signer":1}'], ['', '{"certificates":[{"days":1}],"signer":"0"}'],
    ['', '{"certificates":[],"keep_configured":false}'], ['', '{"keep_configured":"no"}'],
    ['/signer', '{"serial":"NOPE"}'], ['/signer', '{}'], ['/add', '{"days":1,"list":"yes"}'], ['/add', '{}'],
    ['/add', '{"days":3651}'], ['/add', '{"days":1,"seconds":60}'], ['', '{"certificates":[{"seconds":0}]}'],
    ['', '{"certificates":[{"days":1,"hours":2}]}'],
];
foreach ($bad as [$sub, $body]) {
    [$status, $answer] = wxp_emulator_control($emu, 'POST', "/__emulator/platforms$sub", $body);
    echo "POST $sub $body: $status ", json_decode($answer, true)['message'] ?? $answer, "\n";
}
echo 'unchanged: ', json_encode(wxp_emulator_platforms($emu) === $set), "\n";
echo 'GET /__emulator/platforms/nope: ', wxp_emulator_control($emu, 'GET', '/__emulator/platforms/nope')[0], "\n";

echo "-- DELETE: back to the configured one\n";
$set = wxp_emulator_platforms($emu, 'DELETE');
$r = wxp_emulator_signed_call($emu, 'GET', '/v3/certificates');
echo json_encode($set['serials'] === [$configured] && $set['signer'] === $configured), ' ',
    count(json_decode($r['body'], true)['data']), ' listed, signed by ', $name($r['headers']['wechatpay-serial'], $set),
    ' ', json_encode(wxp_answer_verifies($r, $configuredPem)), "\n";
echo 'requests the control calls logged: ', count(array_filter(wxp_emulator_requests($emu),
    static fn (array $q): bool => str_contains($q['request_uri'], '__emulator'))), "\n";
?>
--EXPECTF--
-- before: the configured certificate only
true
-- rotation: the configured one, one for a year, one expiring tomorrow; the year one signs
3 listed, first configured, signer new#1
fresh serials are 40 upper-case hex digits: true
days left: 365 1
new#1: serial read back true, not_after true, self-signed and intact true, key 0600 600
new#2: serial read back true, not_after true, self-signed and intact true, key 0600 600
-- GET /v3/certificates lists the three, signed by the signer
200 serial new#1
configured: decrypts true, expire_time true, effective_time true
new#1: decrypts true, expire_time true, effective_time true
new#2: decrypts true, expire_time true, effective_time true
in order: true
answer verifies with the signer: true, with the configured one: false
-- the extension downloads the same set
Certificates::download(): true
-- every answer is signed by the signer, callbacks too
echo: 200 new#1 true
callback: new#1 true
the extension verifies with the new certificate: 200
-- a request may name any listed serial, not another
expiring: 200
configured: 200
unknown: 400
-- the signer switches to another listed certificate
signer configured, answer configured true
signer new#2, download new#2 true
-- add: a new signer that is not listed; then a listed one
listed unchanged true, signer new true, days 30, download lists 3, signed by it true
download refused: WeChatPay\Exception\Own\VerificationException
an unlisted serial cannot become signer again: 400
add listed: 4 listed, signer still the hidden one true
add 120 seconds: not_after within 120 s true, validity read back true, serial true
-- without the configured one
2 listed, configured among them false, signer the first true
a request naming the configured serial: 400
old certificate files removed: 2 left
-- 400 on bad input, 404 on an unknown endpoint
POST  not json: 400 the body must be a JSON object
POST  [1,2]: 400 the body must be a JSON object
POST  {"certificates":[{"days":0}]}: 400 certificates[0]: give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
POST  {"certificates":[{"days":"5"}]}: 400 certificates[0]: give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
POST  {"certificates":[{}]}: 400 certificates[0]: give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
POST  {"certificates":[5]}: 400 certificates[0]: give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
POST  {"certificates":{"a":{"days":1}}}: 400 certificates must be a list of {"days": N}
POST  {"certificates":[{"days":1}],"signer":1}: 400 signer must be an index in certificates (0..0)
POST  {"certificates":[{"days":1}],"signer":"0"}: 400 signer must be an index in certificates (0..0)
POST  {"certificates":[],"keep_configured":false}: 400 certificates is empty and the configured one is not kept: nothing would sign
POST  {"keep_configured":"no"}: 400 keep_configured must be true or false
POST /signer {"serial":"NOPE"}: 400 serial NOPE is not a listed platform certificate
POST /signer {}: 400 serial must be a string
POST /add {"days":1,"list":"yes"}: 400 list and sign must be true or false
POST /add {}: 400 give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
POST /add {"days":3651}: 400 give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
POST /add {"days":1,"seconds":60}: 400 give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
POST  {"certificates":[{"seconds":0}]}: 400 certificates[0]: give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
POST  {"certificates":[{"days":1,"hours":2}]}: 400 certificates[0]: give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)
unchanged: true
GET /__emulator/platforms/nope: 404
-- DELETE: back to the configured one
true 1 listed, signed by configured true
requests the control calls logged: 0
