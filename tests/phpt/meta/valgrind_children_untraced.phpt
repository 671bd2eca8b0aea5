--TEST--
Meta: in the valgrind run (scripts/test.sh part c) the test's own php is traced, the php/sh/socat it starts are not
--DESCRIPTION--
scripts/test.sh runs run-tests.php -m (valgrind --trace-children=yes) with VALGRIND_OPTS
--trace-children-skip=*/php*,*/socat,*/sh,...: servers a test starts must not be traced (they outlive the test and
would write into its valgrind log). Each child reports its own /proc/self/comm: "memcheck-amd64-..." when valgrind
runs it. Outside that run, nothing is traced and the test checks the same lines trivially.
--SKIPIF--
<?php if (!is_readable('/proc/self/comm')) die('skip needs /proc/self/comm (Linux)'); ?>
--FILE--
<?php
$traced = static fn(string $comm): bool => str_starts_with(trim($comm), 'memcheck');
$inValgrindRun = getenv('VALGRIND_OPTS') !== false && getenv('ZEND_DONT_UNLOAD_MODULES') !== false;
$self = file_get_contents('/proc/self/comm');
echo 'self: ', $traced($self) === $inValgrindRun ? 'as expected' : 'WRONG (' . trim($self) . ')', "\n";

$run = static function ($cmd): string {
    // stdin closed, stdout captured; the child prints the comm of the process we want to know about.
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
    if (!is_resource($p)) {
        return '(did not start)';
    }
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    proc_close($p);
    return trim($out);
};
$probe = 'echo file_get_contents("/proc/self/comm");';
$children = [
    'php (argv)' => [PHP_BINARY, '-n', '-r', $probe],
    'php (via sh)' => escapeshellarg(PHP_BINARY) . ' -n -r ' . escapeshellarg($probe),
    'sh' => 'cat /proc/$$/comm',
];
exec('command -v socat 2>/dev/null', $o, $rc);
if ($rc === 0) {
    $children['socat'] = ['socat', '-u', 'SYSTEM:cat /proc/$PPID/comm', 'STDOUT'];
}
foreach ($children as $name => $cmd) {
    $comm = $run($cmd);
    echo "$name: ", $comm === '' || $comm[0] === '(' ? "no answer $comm" : ($traced($comm) ? "TRACED ($comm)" : 'not traced'), "\n";
}
if ($rc !== 0) {
    echo "socat: not traced\n"; // not installed: nothing to check
}
?>
--EXPECT--
self: as expected
php (argv): not traced
php (via sh): not traced
sh: not traced
socat: not traced
