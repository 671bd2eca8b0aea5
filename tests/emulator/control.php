<?php
/**
 * Control endpoints for tests, under /__emulator/: no Authorization, no signature, not logged.
 *   GET    /__emulator/requests   the request log, a JSON array (see reqlog.php)
 *   DELETE /__emulator/requests   empties it (204)
 *   GET    /__emulator/state      the stored state (cards), a JSON object
 *   GET    /__emulator/ping       200 {"pong":true,"pid":N}
 *   GET    /__emulator/callback/{kind}  a signed, encrypted callback to feed a notification handler (callbacks.php)
 *   GET|POST|DELETE /__emulator/platforms[/signer|/add]  the platform certificates listed and signing (platforms.php)
 */

declare(strict_types=1);

require_once __DIR__ . '/callbacks.php';

function emu_control(array $cfg, array $req): void
{
    $json = ['Content-Type' => 'application/json'];
    $route = $req['method'] . ' ' . $req['path'];
    if ($req['method'] === 'GET' && preg_match('~^/__emulator/callback/([a-z0-9_]{1,32})$~', $req['path'], $m)) {
        emu_callback($cfg, $req, $m[1]);
        return;
    }
    if (preg_match('~^/__emulator/platforms(/[a-z]+)?$~', $req['path'], $m)) {
        emu_platforms_control($cfg, $req, $m[1] ?? '');
        return;
    }
    switch ($route) {
        case 'GET /__emulator/requests':
            emu_send($req, 200, emu_json(emu_log_read($cfg)), $json);
            return;
        case 'DELETE /__emulator/requests':
            emu_log_clear($cfg);
            emu_send($req, 204, '');
            return;
        case 'GET /__emulator/state':
            emu_send($req, 200, emu_json((object) emu_store_load($cfg)), $json);
            return;
        case 'GET /__emulator/ping':
            emu_send($req, 200, emu_json(['pong' => true, 'pid' => getmypid()]), $json);
            return;
    }
    emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', "no such control endpoint: $route");
}
