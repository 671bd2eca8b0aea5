<?php
/**
 * GET and PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}, as in the user's member-card
 * document (membercard-open.md). Any card_id/code exists: a card is seeded with plausible values
 * derived from the pair; a PATCH stores its fields in the state, and later GETs show them.
 */

declare(strict_types=1);

/** A plausible card for any pair, the same every time for the same pair. */
function emu_card_seed(string $cardId, string $code): array
{
    $h = hash('sha256', "$cardId\0$code");
    $n = hexdec(substr($h, 0, 8));
    return [
        'card_id' => $cardId,
        'code' => $code,
        'openid' => 'o' . substr(strtr(base64_encode(hex2bin(substr($h, 8, 42))), '+/', '-_'), 0, 27),
        'membership_number' => str_pad((string) ($n % 1000000000000), 12, '0', STR_PAD_LEFT),
        'level' => '白金会员',
        'nickname' => '微信用户',
        'head_image_url' => 'https://thirdwx.qlogo.cn/mmopen/vi_32/' . substr($h, 16, 32) . '/132',
        'background_picture_url' => 'https://wxpaylogo.qpic.cn/wxpaylogo/' . substr($h, 48, 16) . '/0',
        'balance' => $n % 100000,
        'user_card_status' => 'EFFECTIVE',
        'user_information' => [
            'common_field_list' => [
                ['name' => 'USER_FORM_FLAG_MOBILE', 'value' => '138' . str_pad((string) ($n % 100000000), 8, '0')],
                ['name' => 'USER_FORM_FLAG_NAME', 'value' => '张三'],
                ['name' => 'USER_FORM_FLAG_SEX', 'value' => '男'],
            ],
            'custom_field_list' => [
                ['name' => '喜好', 'value' => '咖啡', 'value_list' => ['咖啡', '奶茶']],
            ],
        ],
        'bonus_value' => $n % 10000,
    ];
}

function emu_card_key(string $cardId, string $code): string
{
    return "$cardId\n$code";
}

function emu_membercard_get(array $cfg, array $req, string $cardId, string $code): void
{
    $stored = emu_store_load($cfg)['cards'][emu_card_key($cardId, $code)] ?? [];
    emu_send_signed_json($cfg, $req, array_replace(emu_card_seed($cardId, $code), $stored));
}

function emu_membercard_patch(array $cfg, array $req, string $cardId, string $code): void
{
    $update = emu_membercard_validate($req);
    if ($update === null) {
        return; // the 400 was sent
    }
    emu_store_update($cfg, static function (array &$state) use ($cardId, $code, $update): void {
        $k = emu_card_key($cardId, $code);
        $state['cards'][$k] = array_replace($state['cards'][$k] ?? [], $update);
    });
    emu_send_signed($cfg, $req, 204, '');
}

/** Checks the PATCH body; returns the fields to store, or null after answering 400 PARAM_ERROR. */
function emu_membercard_validate(array $req): ?array
{
    try {
        $json = json_decode($req['body'], false, 32, JSON_THROW_ON_ERROR);
    } catch (JsonException $e) {
        emu_send_param_error($req, '/', $req['body'], 'body is not valid JSON: ' . $e->getMessage());
        return null;
    }
    if (!$json instanceof stdClass) {
        emu_send_param_error($req, '/', $json, 'body must be a JSON object');
        return null;
    }
    $update = [];
    foreach (['membership_number', 'background_picture_url', 'level', 'out_request_no'] as $f) {
        if (property_exists($json, $f)) {
            if (!is_string($json->$f)) {
                emu_send_param_error($req, "/$f", $json->$f, 'must be a string');
                return null;
            }
            if ($f !== 'out_request_no') {
                $update[$f] = $json->$f;
            }
        }
    }
    if (property_exists($json, 'balance_information')) {
        $bi = $json->balance_information;
        if (!$bi instanceof stdClass) {
            emu_send_param_error($req, '/balance_information', $bi, 'must be an object');
            return null;
        }
        foreach (['before_balance', 'balance', 'add_balance'] as $f) {
            if (!property_exists($bi, $f) || !is_int($bi->$f)) {
                $issue = property_exists($bi, $f) ? 'must be an integer' : 'is required';
                emu_send_param_error($req, "/balance_information/$f", $bi->$f ?? null, $issue);
                return null;
            }
        }
        if (property_exists($bi, 'balance_remark') && !is_string($bi->balance_remark)) {
            emu_send_param_error($req, '/balance_information/balance_remark', $bi->balance_remark, 'must be a string');
            return null;
        }
        $update['balance'] = $bi->balance;
    }
    return $update;
}
