<?php
/**
 * The emulator's state: JSON files, STATE_DIR/NAME.json (NAME "state": cards, flaky counters; "platforms": the
 * platform certificates, platforms.php), each read and written under an exclusive flock on STATE_DIR/NAME.lock,
 * because with PHP_CLI_SERVER_WORKERS or php-fpm several processes serve at once.
 */

declare(strict_types=1);

/** Runs $fn(array &$state) under the lock and saves what it leaves; returns $fn's result. */
function emu_store_update(array $cfg, callable $fn, string $name = 'state'): mixed
{
    $lock = fopen($cfg['state_dir'] . "/$name.lock", 'c');
    flock($lock, LOCK_EX);
    try {
        $state = emu_store_load($cfg, $name);
        $result = $fn($state);
        $file = $cfg['state_dir'] . "/$name.json";
        file_put_contents("$file.tmp", emu_json($state));
        rename("$file.tmp", $file);
        return $result;
    } finally {
        flock($lock, LOCK_UN);
        fclose($lock);
    }
}

/** The current state (readers need no lock: the file is replaced by rename). */
function emu_store_load(array $cfg, string $name = 'state'): array
{
    $file = $cfg['state_dir'] . "/$name.json";
    if (!is_file($file)) {
        return [];
    }
    return json_decode((string) file_get_contents($file), true, 64, JSON_THROW_ON_ERROR);
}
