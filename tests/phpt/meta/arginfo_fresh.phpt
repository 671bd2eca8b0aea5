--TEST--
Meta: every ext/<unit>/*_arginfo.h was generated from the current stub beside it (its "Stub hash" matches), is compiled in, and none is orphaned
--DESCRIPTION--
gen_stub.php writes "Stub hash: <sha1 of the stub, CRLF read as LF>" into the header it generates. A stub edited
without regenerating its arginfo header leaves a stale hash. Regenerate with `make stubs` (see README.md).
Every stub is checked (one per unit: client/client.stub.php, http/exceptions.stub.php, ...), the known ones must
exist, and each generated header must be #included by an ext/<unit>/*.c, or its classes would never be registered.
--FILE--
<?php
$ext = dirname(__DIR__, 3) . '/ext';
$stubs = glob("$ext/*/*.stub.php");
foreach (['client/client', 'async/promise', 'module/pool', 'http/http', 'http/exceptions', 'helpers/crypto_aes',
          'helpers/crypto_rsa', 'helpers/util', 'module/constants'] as $known) {
    if (!in_array("$ext/$known.stub.php", $stubs, true)) {
        echo "ext/$known.stub.php is missing\n";
    }
}
$sources = implode("\n", array_map('file_get_contents', glob("$ext/*/*.c")));
$stale = 0;
foreach ($stubs as $stub) {
    $name = basename(dirname($stub)) . '/' . basename($stub, '.stub.php');
    $header = "$ext/{$name}_arginfo.h";
    $want = sha1(str_replace("\r\n", "\n", file_get_contents($stub)));
    if (!is_file($header)) {
        echo "ext/{$name}_arginfo.h is missing (stub ext/$name.stub.php)\n";
        $stale++;
    } elseif (!preg_match('/\* Stub hash: ([0-9a-f]+) \*/', file_get_contents($header), $m)) {
        echo "ext/{$name}_arginfo.h has no Stub hash line\n";
        $stale++;
    } elseif ($m[1] !== $want) {
        echo "ext/{$name}_arginfo.h is stale: Stub hash $m[1], but sha1(ext/$name.stub.php) is $want\n";
        $stale++;
    } elseif (!str_contains($sources, "#include \"{$name}_arginfo.h\"")) {
        echo "ext/{$name}_arginfo.h is included by no ext/*/*.c\n";
        $stale++;
    }
}
// and no header is left over from a stub that was moved or removed, nor a stub or header outside a unit
foreach (glob("$ext/*/*_arginfo.h") as $header) {
    $name = basename(dirname($header)) . '/' . basename($header, '_arginfo.h');
    if (!is_file("$ext/$name.stub.php")) {
        echo "ext/{$name}_arginfo.h has no stub ext/$name.stub.php\n";
        $stale++;
    }
}
foreach (array_merge(glob("$ext/*.stub.php"), glob("$ext/*_arginfo.h")) as $loose) {
    echo 'ext/' . basename($loose) . " is not in a unit's folder\n";
    $stale++;
}
echo count($stubs) >= 9 && $stale === 0 ? "fresh\n" : "$stale stale\n";
?>
--EXPECT--
fresh
