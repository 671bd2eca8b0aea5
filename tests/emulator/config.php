<?php
/** The emulator's configuration, read from the environment (documented in router.php). */

declare(strict_types=1);

function emu_config(): array
{
    $need = static function (string $name): string {
        $v = getenv($name);
        if (!is_string($v) || $v === '') {
            throw new RuntimeException("environment variable $name is not set");
        }
        return $v;
    };
    $optional = static function (string $name): ?string {
        $v = getenv($name);
        return is_string($v) && $v !== '' ? $v : null;
    };
    $state = $need('WXP_EMU_STATE_DIR');
    $log = getenv('WXP_EMU_SERVER_LOG');
    return [
        'state_dir' => $state,
        'server_log' => is_string($log) && $log !== '' ? $log : "$state/server.log",
        'mchid' => $need('WXP_EMU_MCHID'),
        'merchant_serial' => $need('WXP_EMU_MERCHANT_SERIAL'),
        'merchant_public_key' => $need('WXP_EMU_MERCHANT_PUBLIC_KEY'),
        'platform_serial' => $need('WXP_EMU_PLATFORM_SERIAL'),
        'platform_private_key' => $need('WXP_EMU_PLATFORM_PRIVATE_KEY'),
        'pubkey_id' => $need('WXP_EMU_PUBKEY_ID'),
        'pubkey_private_key' => $need('WXP_EMU_PUBKEY_PRIVATE_KEY'),
        'platform_cert' => $optional('WXP_EMU_PLATFORM_CERT'),
        'apiv3_key_file' => $optional('WXP_EMU_APIV3_KEY_FILE'),
        'v2_secret_file' => $optional('WXP_EMU_V2_SECRET_FILE'),
        'v2_client_serials' => array_values(array_filter(explode(',', strtoupper($optional('WXP_EMU_V2_CLIENT_SERIALS') ?? '')))),
        'v2_bank_public_key' => $optional('WXP_EMU_V2_BANK_PUBLIC_KEY'),
    ];
}
