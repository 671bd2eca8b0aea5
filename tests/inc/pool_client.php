<?php
/**
 * The client the pool's merchant apps build (tests/inc/pool_app.php, tests/inc/pool_fork.php), from the JSON
 * config tests/inc/pool.inc writes: keys as file:// paths, the front's base_uri and CA (and a `failover`
 * setting, when a test adds one).
 */

declare(strict_types=1);

/** A client for $cfg; $verify as Builder::factory() takes it (default: the config's CA). */
function wxp_pool_client(array $cfg, mixed $verify = null): WeChatPay\BuilderChainable
{
    return WeChatPay\Builder::factory([
        'mchid' => $cfg['mchid'],
        'serial' => $cfg['serial'],
        'privateKey' => 'file://' . $cfg['private_key'],
        'certs' => [$cfg['platform_serial'] => 'file://' . $cfg['platform_cert']],
        'base_uri' => $cfg['base_uri'],
        'verify' => $verify ?? $cfg['ca'],
        'failover' => $cfg['failover'] ?? null,
    ]);
}
