<?php
/**
 * The emulator's state: one JSON file, STATE_DIR/state.json, read and written under an exclusive flock on
 * STATE_DIR/state.lock, because with PHP_CLI_SERVER_WORKERS several processes serve at once.
 */

declare(strict_types=1);

/** Runs $fn(array &$state) under the lock and saves what it leaves; returns $fn's result. */
function emu_store_update(array $cfg, callable $fn): mixed
{
    $lock = fopen($cfg['state_dir'] . '/state.lock', 'c');
    flock($lock, LOCK_EX);
    try {
        $state = emu_store_load($cfg);
        $result = $fn($state);
        $file = $cfg['state_dir'] . '/state.json';
        file_put_contents("$file.tmp", emu_json($state));
        rename("$file.tmp", $file);
        return $result;
    } finally {
        flock($lock, LOCK_UN);
        fclose($lock);
    }
}

/** The current state (readers need no lock: the file is replaced by rename). */
function emu_store_load(array $cfg): array
{
    $file = $cfg['state_dir'] . '/state.json';
    if (!is_file($file)) {
        return [];
    }
    return json_decode((string) file_get_contents($file), true, 64, JSON_THROW_ON_ERROR);
}
