--TEST--
Meta: gen_stub.php -f (what `make stubs GEN_STUB_FLAGS=-f` runs) reproduces every committed *_arginfo.h byte for byte
--DESCRIPTION--
arginfo_fresh.phpt compares each header's "Stub hash" with its stub; this one regenerates every header, on
copies in a temporary directory, with the gen_stub.php phpize put in build/, and compares the whole text, so a
header edited by hand (its hash left alone) is caught too. Stubs are found in any folder under ext/.
--SKIPIF--
<?php
$root = dirname(__DIR__, 3);
if (!is_file("$root/build/gen_stub.php")) die('skip build/gen_stub.php is missing (phpize has not run here)');
$parsers = array_merge(glob("$root/build/PHP-Parser-*/lib/PhpParser") ?: [], ['/usr/share/php/PhpParser']);
if (!array_filter($parsers, 'is_dir')) die('skip no PHP-Parser (Debian: php-parser)');
?>
--FILE--
<?php
$root = dirname(__DIR__, 3);
$tmp = sys_get_temp_dir() . '/wxp-arginfo-' . getmypid() . '-' . bin2hex(random_bytes(4));
mkdir("$tmp/build", 0700, true);
copy("$root/build/gen_stub.php", "$tmp/build/gen_stub.php");

// gen_stub.php loads PHP-Parser from build/PHP-Parser-<version>/ next to itself (or downloads it).
preg_match('~^\s*\$version = "([0-9.]+)";~m', file_get_contents("$tmp/build/gen_stub.php"), $v);
$parser = array_values(array_filter(array_merge(glob("$root/build/PHP-Parser-*/lib/PhpParser") ?: [],
    ['/usr/share/php/PhpParser']), 'is_dir'))[0];
mkdir("$tmp/build/PHP-Parser-$v[1]/lib", 0700, true);
symlink(realpath($parser), "$tmp/build/PHP-Parser-$v[1]/lib/PhpParser");

$stubs = [];
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$root/ext", FilesystemIterator::SKIP_DOTS)) as $f) {
    if (str_ends_with((string) $f, '.stub.php')) {
        $rel = substr((string) $f, strlen("$root/"));
        @mkdir(dirname("$tmp/$rel"), 0700, true);
        copy((string) $f, "$tmp/$rel");
        $stubs[] = $rel;
    }
}
sort($stubs);

// A command string (run by /bin/sh), so that under valgrind this php is not traced (--trace-children-skip).
$cmd = 'cd ' . escapeshellarg($tmp) . ' && ' . escapeshellarg(PHP_BINARY) . ' build/gen_stub.php -f '
    . implode(' ', array_map('escapeshellarg', $stubs)) . ' 2>&1';
$out = (string) shell_exec($cmd);

$differ = 0;
foreach ($stubs as $stub) {
    $header = substr($stub, 0, -strlen('.stub.php')) . '_arginfo.h';
    $made = @file_get_contents("$tmp/$header");
    $committed = @file_get_contents("$root/$header");
    if ($made === false || $committed !== $made) {
        echo "$header: ", $made === false ? "not generated\n$out" : 'differs from what gen_stub.php makes of its stub', "\n";
        $differ++;
    }
}
exec('rm -rf ' . escapeshellarg($tmp));
echo count($stubs) >= 2 && $differ === 0 ? count($stubs) . " stubs, every header as generated\n" : "$differ differ\n";
?>
--EXPECTF--
%d stubs, every header as generated
