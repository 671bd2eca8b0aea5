<?php
/**
 * GET /__emulator/callback/{kind}: a WeChat Pay callback made as WeChat Pay makes it, for the app's notification
 * handler, answered as JSON {"headers": {name: value}, "body": "...", "expected": what decrypting gives}.
 * APIv3 kinds: the envelope {"id","create_time","event_type","resource_type","summary","resource":
 * {"algorithm":"AEAD_AES_256_GCM","ciphertext","nonce","associated_data","original_type"}}, the resource
 * AES-256-GCM encrypted with the APIv3 key (WXP_EMU_APIV3_KEY_FILE), the body signed with the platform key:
 *   good            a TRANSACTION.SUCCESS notification (expected: the resource's fields)
 *   pubkey          the same, signed with the public-key-mode key, Wechatpay-Serial PUB_KEY_ID_...
 *   stale           Wechatpay-Timestamp 301 s in the past (signed over it)
 *   signtest        Wechatpay-Signature WECHATPAY/SIGNTEST/... (WeChat Pay's probe)
 *   tampered        the body changed after it was signed
 *   bad_tag         the GCM tag changed before signing: the signature holds, decryption fails
 *   other_key       the resource encrypted with another key before signing
 *   unknown_serial  Wechatpay-Serial of no key the client has (signed with the platform key)
 *   not_json        a signed body that is no JSON
 *   no_resource     a signed JSON body without resource
 *   plaintext_not_json  a signed envelope whose resource decrypts to text that is no JSON
 *   no_associated_data  a good one whose resource has no associated_data (encrypted with none)
 *   no_ciphertext, nonce_not_string, other_algorithm, short_ciphertext  signed envelopes whose resource is broken
 * APIv2 kinds (WXP_EMU_V2_SECRET_FILE), the refund notice: XML {return_code, appid, mch_id, nonce_str, req_info},
 * req_info AES-256-ECB under md5(secret) of `<root>` with the refund's fields (no headers):
 *   v2_refund       a good one (expected: the refund's fields)
 *   v2_fail         return_code FAIL with return_msg
 *   v2_other_key    req_info encrypted under md5 of another key
 *   v2_not_xml      req_info that decrypts to text that is no XML
 * ?event=NAME sets event_type (default TRANSACTION.SUCCESS). 404 for another kind; the keys never leave.
 */

declare(strict_types=1);

require_once __DIR__ . '/v2_xml.php';

function emu_callback(array $cfg, array $req, string $kind): void
{
    if (str_starts_with($kind, 'v2_')) {
        $made = emu_callback_v2($cfg, $kind);
    } else {
        $made = emu_callback_v3($cfg, $kind, (string) ($req['query']['event'] ?? 'TRANSACTION.SUCCESS'));
    }
    if ($made === null) {
        emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', "no such callback kind: $kind");
        return;
    }
    emu_send($req, 200, emu_json($made), ['Content-Type' => 'application/json']);
}

/** A paid transaction, as the resource of TRANSACTION.SUCCESS carries it. */
function emu_callback_transaction(array $cfg): array
{
    return [
        'mchid' => $cfg['mchid'], 'appid' => 'wxd678efh567hg6787', 'out_trade_no' => 'T' . time() . random_int(100, 999),
        'transaction_id' => '4200000' . random_int(100000000, 999999999), 'trade_type' => 'JSAPI',
        'trade_state' => 'SUCCESS', 'trade_state_desc' => '支付成功', 'bank_type' => 'CMC',
        'attach' => '', 'success_time' => gmdate('Y-m-d\TH:i:s+08:00'),
        'payer' => ['openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'],
        'amount' => ['total' => 100, 'payer_total' => 100, 'currency' => 'CNY', 'payer_currency' => 'CNY'],
    ];
}

/**
 * [headers, body, expected] of an APIv3 callback, or null for an unknown kind. $resource (default: a random paid
 * transaction) is what gets encrypted, as $originalType ("transaction", "refund": also its associated_data).
 */
function emu_callback_v3(array $cfg, string $kind, string $event, ?array $resource = null,
    string $originalType = 'transaction'): ?array
{
    $kinds = ['good', 'pubkey', 'stale', 'signtest', 'tampered', 'bad_tag', 'other_key', 'unknown_serial',
        'not_json', 'no_resource', 'plaintext_not_json', 'no_associated_data', 'no_ciphertext', 'nonce_not_string',
        'other_algorithm', 'short_ciphertext'];
    if (!in_array($kind, $kinds, true) || $cfg['apiv3_key_file'] === null) {
        return null;
    }
    $key = (string) file_get_contents($cfg['apiv3_key_file']);
    if ($kind === 'other_key') {
        $key = str_repeat('0', 32);
    }
    $resource ??= emu_callback_transaction($cfg);
    $plaintext = $kind === 'plaintext_not_json' ? 'trade_state=SUCCESS' : emu_json($resource);
    $nonce = substr(emu_nonce(), 0, 12);
    $aad = $kind === 'no_associated_data' ? '' : $originalType;
    $tag = '';
    $ciphertext = openssl_encrypt($plaintext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag, $aad, 16);
    if ($kind === 'bad_tag') {
        $tag[0] = chr(ord($tag[0]) ^ 1);
    }
    $envelope = [
        'id' => 'EV-' . bin2hex(random_bytes(8)), 'create_time' => gmdate('Y-m-d\TH:i:s+08:00'),
        'resource_type' => 'encrypt-resource', 'event_type' => $event,
        'summary' => $originalType === 'refund' ? '退款成功' : '支付成功',
        'resource' => ['original_type' => $originalType, 'algorithm' => 'AEAD_AES_256_GCM',
            'ciphertext' => base64_encode($ciphertext . $tag), 'associated_data' => $aad, 'nonce' => $nonce],
    ];
    switch ($kind) {
        case 'no_resource': unset($envelope['resource']); break;
        case 'no_associated_data': unset($envelope['resource']['associated_data']); break;
        case 'no_ciphertext': unset($envelope['resource']['ciphertext']); break;
        case 'nonce_not_string': $envelope['resource']['nonce'] = 123456789012; break;
        case 'other_algorithm': $envelope['resource']['algorithm'] = 'AEAD_SM4_GCM'; break;
        case 'short_ciphertext': $envelope['resource']['ciphertext'] = base64_encode(substr($tag, 0, 12)); break;
    }
    $body = $kind === 'not_json' ? 'id=EV-1&event_type=' . $event : emu_json($envelope);
    [$serial, $keyPath] = $kind === 'pubkey' ? [$cfg['pubkey_id'], $cfg['pubkey_private_key']]
        : [$cfg['platform_serial'], $cfg['platform_private_key']];
    $ts = (string) ($kind === 'stale' ? time() - 301 : time());
    $nonceHeader = emu_nonce();
    $signature = emu_rsa_sign("$ts\n$nonceHeader\n$body\n", $keyPath);
    if ($kind === 'signtest') {
        $signature = 'WECHATPAY/SIGNTEST/' . substr($signature, 19);
    }
    if ($kind === 'tampered') {
        $body = str_replace('"event_type":"' . $event, '"event_type":"' . $event . 'X', $body);
    }
    return [
        'headers' => [
            'Wechatpay-Timestamp' => $ts, 'Wechatpay-Nonce' => $nonceHeader, 'Wechatpay-Signature' => $signature,
            'Wechatpay-Serial' => $kind === 'unknown_serial' ? '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' : $serial,
            'Wechatpay-Signature-Type' => 'WECHATPAY2-SHA256-RSA2048', 'Content-Type' => 'application/json',
        ],
        'body' => $body,
        'expected' => $resource,
    ];
}

/** [body, expected] of an APIv2 refund notice, or null for an unknown kind. */
function emu_callback_v2(array $cfg, string $kind): ?array
{
    if (!in_array($kind, ['v2_refund', 'v2_fail', 'v2_other_key', 'v2_not_xml'], true) || $cfg['v2_secret_file'] === null) {
        return null;
    }
    $secret = (string) file_get_contents($cfg['v2_secret_file']);
    if ($kind === 'v2_fail') {
        return ['headers' => ['Content-Type' => 'text/xml'],
            'body' => emu_v2_xml_build(['return_code' => 'FAIL', 'return_msg' => 'SYSTEMERROR']), 'expected' => null];
    }
    $refund = [
        'transaction_id' => '4200000' . random_int(100000000, 999999999), 'out_trade_no' => 'T' . time(),
        'refund_id' => '50000' . random_int(100000000, 999999999), 'out_refund_no' => 'R' . time(),
        'total_fee' => '100', 'refund_fee' => '100', 'settlement_refund_fee' => '100', 'refund_status' => 'SUCCESS',
        'success_time' => date('Y-m-d H:i:s'), 'refund_recv_accout' => '招商银行信用卡0403',
        'refund_account' => 'REFUND_SOURCE_RECENT_FUNDS', 'refund_request_source' => 'API',
    ];
    $plaintext = $kind === 'v2_not_xml' ? 'refund_status=SUCCESS'
        : str_replace(['<xml>', '</xml>'], ['<root>', '</root>'], emu_v2_xml_build($refund));
    $key = md5($secret);
    $reqInfo = base64_encode((string) openssl_encrypt($plaintext, 'aes-256-ecb', $key, OPENSSL_RAW_DATA));
    // Another key decrypts to valid padding once in ~256 tries (ECB has no tag): take one whose doesn't.
    for ($i = 0; $kind === 'v2_other_key' && $i < 1000; $i++) {
        $reqInfo = base64_encode((string) openssl_encrypt($plaintext, 'aes-256-ecb', md5("$secret$i"), OPENSSL_RAW_DATA));
        if (openssl_decrypt(base64_decode($reqInfo), 'aes-256-ecb', $key, OPENSSL_RAW_DATA) === false) {
            break;
        }
    }
    $notice = ['return_code' => 'SUCCESS', 'appid' => 'wxd678efh567hg6787', 'mch_id' => $cfg['mchid'],
        'nonce_str' => substr(emu_nonce(), 0, 16), 'req_info' => $reqInfo];
    return ['headers' => ['Content-Type' => 'text/xml'], 'body' => emu_v2_xml_build($notice),
        'expected' => ['notice' => array_diff_key($notice, ['req_info' => 1]), 'req_info' => $refund]];
}
