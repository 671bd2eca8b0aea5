<?php
/**
 * Owns one long-running helper process for a test and kills every process it spawned when our stdin reaches
 * EOF (the test process closed it at shutdown, or died). Run by tests/inc/proc.inc, never by hand:
 *
 *   php -n supervisor.php --log=FILE (--ready-regex=RE [--ready-count=N] | --ready-port=PORT)
 *                         [--timeout=S] [--cleanup=DIR] -- CMD...
 *
 * Prints exactly one line on stdout: `READY <first capture of RE, or PORT>` or `FAILED <reason>`.
 * --ready-count=N waits for N matches of RE (php -S logs "started" once per process: N = workers + 1).
 * CMD's stdout and stderr go to FILE; CMD is exec'd directly (array form of proc_open, no shell).
 *
 * Why a separate process: `php -S` workers survive the death of their master, PHP has no kill() without
 * ext/posix, and a crashing test must not leave servers behind. CMD runs with WXP_SUPERVISED=<token> in its
 * environment, which all its descendants inherit: at the end we kill every process whose /proc/PID/environ
 * carries the token, whoever its parent is by then (workers orphaned by /v3/emulator/drop included).
 * This script runs under `php -n`, outside valgrind, so it may spawn /bin/kill freely.
 */

declare(strict_types=1);

$opts = ['log' => null, 'ready-regex' => null, 'ready-count' => '1', 'ready-port' => null, 'timeout' => '30',
    'cleanup' => null];
$cmd = [];
$argv = $_SERVER['argv'];
for ($i = 1; $i < count($argv); $i++) {
    if ($argv[$i] === '--') {
        $cmd = array_slice($argv, $i + 1);
        break;
    }
    if (!preg_match('/^--([a-z-]+)=(.*)$/s', $argv[$i], $m) || !array_key_exists($m[1], $opts)) {
        fwrite(STDOUT, "FAILED bad argument {$argv[$i]}\n");
        exit(2);
    }
    $opts[$m[1]] = $m[2];
}
if ($cmd === [] || $opts['log'] === null) {
    fwrite(STDOUT, "FAILED usage\n");
    exit(2);
}

$log = $opts['log'];
$token = 'WXP_SUPERVISED=' . getmypid() . '-' . bin2hex(random_bytes(8));
$env = getenv();
$env['WXP_SUPERVISED'] = substr($token, strlen('WXP_SUPERVISED='));
$child = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']],
    $pipes, null, $env);
if (!is_resource($child)) {
    fwrite(STDOUT, "FAILED cannot start {$cmd[0]}\n");
    exit(1);
}

$ready = sup_wait_ready($child, $opts);
fwrite(STDOUT, $ready === null ? "FAILED {$GLOBALS['sup_why']}\n" : "READY $ready\n");
fclose(STDOUT);

// Block until the test process closes our stdin (or dies). Costs no CPU.
if ($ready !== null) {
    while (!feof(STDIN) && fread(STDIN, 8192) !== false) {
    }
}

sup_stop_child($child);
sup_kill_all($token);
proc_close($child);
if ($opts['cleanup'] !== null) {
    sup_remove_tree($opts['cleanup']);
}
exit(0);

/** Polls until CMD is ready; returns the READY value, or null with $GLOBALS['sup_why'] set. */
function sup_wait_ready($child, array $opts): ?string
{
    $deadline = microtime(true) + (float) $opts['timeout'];
    while (true) {
        if ($opts['ready-regex'] !== null) {
            $n = preg_match_all($opts['ready-regex'], (string) @file_get_contents($opts['log']), $m);
            if ($n >= max(1, (int) $opts['ready-count'])) {
                return $m[1][0] ?? $m[0][0];
            }
        } elseif (sup_listening((int) $opts['ready-port'])) {
            return $opts['ready-port'];
        }
        if (!proc_get_status($child)['running']) {
            $tail = substr(trim((string) @file_get_contents($opts['log'])), -300);
            $GLOBALS['sup_why'] = 'child exited: ' . str_replace("\n", ' | ', $tail);
            return null;
        }
        if (microtime(true) > $deadline) {
            $GLOBALS['sup_why'] = "not ready within {$opts['timeout']} s";
            return null;
        }
        usleep(1000);
    }
}

/** Is 127.0.0.1:$port in LISTEN state? Read from /proc, so socat sees no probe connection. */
function sup_listening(int $port): bool
{
    $tab = @file_get_contents('/proc/net/tcp');
    if ($tab === false) {
        return @stream_socket_client("tcp://127.0.0.1:$port", $en, $es, 0.2) !== false;
    }
    // lines: "sl local_address rem_address st ...", addresses as little-endian hex "0100007F:PORT"
    return (bool) preg_match(sprintf('/^\s*\d+: (0100007F|00000000):%04X [0-9A-F:]+ 0A /m', $port), $tab);
}

/** Processes (not zombies: those hold no sockets) whose environment carries $token. */
function sup_find(string $token): array
{
    $found = [];
    foreach (glob('/proc/[0-9]*', GLOB_ONLYDIR) ?: [] as $d) {
        $env = @file_get_contents("$d/environ");
        if ($env !== false && $env !== '' && str_contains("\0$env", "\0$token\0")) {
            $found[] = basename($d);
        }
    }
    return $found;
}

/**
 * SIGTERMs CMD itself and gives it 2 s to go: a server that rewrites its environment for its process title
 * (nginx, php-fpm) cannot be found by the token, but its master stops its own workers on SIGTERM.
 */
function sup_stop_child($child): void
{
    $status = proc_get_status($child);
    if (!$status['running']) {
        return;
    }
    $k = proc_open(['kill', '-TERM', (string) $status['pid']],
        [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $p);
    if (is_resource($k)) {
        proc_close($k);
    }
    $deadline = microtime(true) + 2.0;
    while (proc_get_status($child)['running'] && microtime(true) < $deadline) {
        usleep(2000);
    }
}

/** SIGKILLs everything carrying $token, again until nothing is left (a fork may race the first round). */
function sup_kill_all(string $token): void
{
    $deadline = microtime(true) + 5.0;
    while (($pids = sup_find($token)) && microtime(true) < $deadline) {
        $k = proc_open(array_merge(['kill', '-KILL'], $pids),
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $p);
        if (is_resource($k)) {
            proc_close($k);
        }
        usleep(2000);
    }
}

function sup_remove_tree(string $dir): void
{
    if (!is_dir($dir) || is_link($dir)) {
        return;
    }
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS),
        RecursiveIteratorIterator::CHILD_FIRST);
    foreach ($it as $f) {
        $f->isDir() && !$f->isLink() ? @rmdir($f->getPathname()) : @unlink($f->getPathname());
    }
    @rmdir($dir);
}
