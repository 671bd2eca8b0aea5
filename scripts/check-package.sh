#!/usr/bin/env bash
# Checks that package.xml's <contents> lists exactly the files `pecl package` must ship, with the right roles.
#
# Usage: bash scripts/check-package.sh            check; exit 1 and list the differences when they differ
#        bash scripts/check-package.sh --write    rewrite package.xml's <contents> from `git ls-files`
#        bash scripts/check-package.sh --pecl     check, then run `pecl package` on a copy of the shipped files
#                                                 (needs php-pear; prints the path of the .tgz it made)
#        bash scripts/check-package.sh --release  check, stamp package.xml's <date> and <time> with now (UTC),
#                                                 then as --pecl; refuses when package.xml's release version is
#                                                 not ext/php_wechatpay.h's PHP_WECHATPAY_VERSION. Commit the
#                                                 stamped package.xml with the release's tag.
#
# The date is never written by hand: --release writes it (and `pecl package` stamps the tarball's copy with
# the day it runs).
#
# What ships: every file `git ls-files` lists, except what only serves development of the repository:
#   scripts/, .ci/, bench/, demo/, fuzz/   (build/CI helpers, benchmarks, the demo, the libFuzzer targets:
#                                          need the checkout, the seed or clang)
#   dot-files at any depth (.gitignore, .gitattributes, .github/, ...)
#   package.xml itself              (pecl adds it to the archive on its own)
# Everything under tests/ ships with role "test" (phpt files, their helpers, the C unit tests), except what
# bin/wechatpay-emulator runs (tests/emulator/**, tests/inc/keygen.php, tests/inc/supervisor.php): role "php"
# with baseinstalldir "wechatpay-emulator", so pecl installs it as <php_dir>/wechatpay-emulator/tests/...;
# README*, LICENSE*, COPYING*, CREDITS, NEWS, CHANGELOG* and *.md at the top level, docs/** and ide/**
# (the IDE stubs, installed beside the README for an IDE or PHPStan to read) with role "doc"; bin/** (command-line
# tools pecl installs into its bin_dir) with role "script"; everything else (config.m4, Makefile.frag, composer.json, ext/, src/) with role "src".
# Build output tracked by git (*.dep, *.o, *.lo, *.la, *.so, *.a) is an error of its own.
# A new file therefore fails this check (and tests/phpt/meta/package_xml_complete.phpt) until package.xml
# lists it: `git add` it, then run this script with --write.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

mode=check
case "${1:-}" in
    "") ;;
    --write) mode=write ;;
    --pecl) mode=pecl ;;
    --release) mode=release ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    *) echo "check-package: unknown option $1" >&2; exit 2 ;;
esac

command -v git >/dev/null 2>&1 || { echo "check-package: git not found" >&2; exit 2; }
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "check-package: $ROOT is not a git checkout" >&2; exit 2; }
[ -f package.xml ] || { echo "check-package: package.xml not found" >&2; exit 1; }

# -z: names with any bytes survive; core.quotepath does not matter then.
git ls-files -z | php -n -r '
$mode = $argv[1] === "write" ? "write" : "check";
$xmlFile = "package.xml";

function shipped(string $path): bool {
    foreach (explode("/", $path) as $part) {
        if ($part !== "" && $part[0] === ".") return false;            // dot-files and dot-directories
    }
    if ($path === "package.xml") return false;
    return !preg_match("~^(scripts|\.ci|bench|demo|fuzz)/~", $path);
}
function role(string $path): string {
    if (emulator($path)) return "php";
    if (str_starts_with($path, "tests/")) return "test";
    if (str_starts_with($path, "bin/")) return "script";
    if (str_starts_with($path, "docs/") || str_starts_with($path, "ide/")) return "doc";
    if (strpos($path, "/") === false
        && preg_match("~^(README|LICENSE|COPYING|CREDITS|NEWS|CHANGELOG)|\.md$~i", $path)) return "doc";
    return "src";
}

/** What bin/wechatpay-emulator needs installed (role php, under <php_dir>/wechatpay-emulator/). */
function emulator(string $path): bool {
    return str_starts_with($path, "tests/emulator/") || in_array($path, ["tests/inc/keygen.php", "tests/inc/supervisor.php"], true);
}
function attrs(string $path, string $role): string {
    return "role=\"$role\"" . ($role === "php" ? " baseinstalldir=\"wechatpay-emulator\"" : "");
}

$want = [];
$errors = [];
foreach (explode("\0", stream_get_contents(STDIN)) as $p) {
    if ($p !== "" && preg_match("~\.(dep|o|lo|la|so|a)$~", $p)) {
        $errors[] = "build output tracked by git (git rm --cached it; .gitignore should cover it): $p";
        continue;
    }
    if ($p !== "" && shipped($p)) $want[$p] = role($p);
}
ksort($want, SORT_STRING);

$xml = file_get_contents($xmlFile);
if (!preg_match("~^([ \t]*)<contents>.*?</contents>[ \t]*\n~ms", $xml, $m, PREG_OFFSET_CAPTURE)) {
    fwrite(STDERR, "check-package: package.xml has no <contents> element\n");
    exit(1);
}

if ($mode === "write") {
    $ind = $m[1][0];
    $out = "$ind<contents>\n$ind <dir name=\"/\">\n";
    foreach ($want as $p => $role) {
        $out .= "$ind  <file name=\"" . htmlspecialchars($p, ENT_XML1 | ENT_QUOTES) . "\" " . attrs($p, $role) . "/>\n";
    }
    $out .= "$ind </dir>\n$ind</contents>\n";
    $xml = substr_replace($xml, $out, $m[0][1], strlen($m[0][0]));
    file_put_contents($xmlFile, $xml);
    echo "package.xml: wrote ", count($want), " files\n";
    exit(0);
}

// Read <dir name>/<file name role> (nested or flat), ignoring comments.
$contents = preg_replace("~<!--.*?-->~s", "", $m[0][0]);
preg_match_all("~<(/?)(dir|file)\b([^>]*?)(/?)>~", $contents, $tags, PREG_SET_ORDER);
$stack = [];
$have = [];
$base = [];
foreach ($tags as [$all, $close, $tag, $attrs, $selfClose]) {
    $a = [];
    preg_match_all("~([\w:-]+)\s*=\s*(\"[^\"]*\"|\x27[^\x27]*\x27)~", $attrs, $am, PREG_SET_ORDER);
    foreach ($am as [, $k, $v]) $a[$k] = html_entity_decode(substr($v, 1, -1), ENT_XML1 | ENT_QUOTES);
    if ($tag === "dir") {
        if ($close) { array_pop($stack); continue; }
        $name = trim($a["name"] ?? "", "/");
        if (!$selfClose) $stack[] = $name;
        continue;
    }
    if ($close) continue;
    $path = implode("/", array_filter([...$stack, $a["name"] ?? ""], fn($s) => $s !== ""));
    if (isset($have[$path])) $errors[] = "listed twice: $path";
    $have[$path] = $a["role"] ?? "";
    $base[$path] = $a["baseinstalldir"] ?? null;
}

foreach (array_diff_key($want, $have) as $p => $r) $errors[] = "missing from package.xml: $p (role $r)";
foreach (array_diff_key($have, $want) as $p => $r) {
    $errors[] = is_file($p) ? "listed in package.xml but not shipped (not in git ls-files, or excluded): $p"
                            : "listed in package.xml but does not exist: $p";
}
foreach (array_intersect_key($have, $want) as $p => $r) {
    if ($r !== $want[$p]) $errors[] = "wrong role for $p: \"$r\", want \"{$want[$p]}\"";
    elseif (($base[$p] ?? null) !== ($r === "php" ? "wechatpay-emulator" : null)) $errors[] = "wrong baseinstalldir for $p";
}
foreach (["name" => "wechatpay", "providesextension" => "wechatpay", "channel" => "pecl.php.net"] as $el => $v) {
    if (!preg_match("~<$el>\s*" . preg_quote($v, "~") . "\s*</$el>~", $xml)) $errors[] = "<$el> is not $v";
}
if (!preg_match("~<extsrcrelease\b~", $xml)) $errors[] = "no <extsrcrelease> element";

if ($errors) {
    sort($errors);
    foreach ($errors as $e) fwrite(STDERR, "check-package: $e\n");
    fwrite(STDERR, "check-package: fix with: git add <new files>; bash scripts/check-package.sh --write\n");
    exit(1);
}
echo "package.xml lists the ", count($want), " shipped files of git ls-files\n";
' -- "$mode"

if [ "$mode" = release ]; then
    # The version the module reports (wherever under ext/ its header is) must be the one being released.
    php -n -r '
$xml = file_get_contents("package.xml");
$hdr = "";
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator("ext", FilesystemIterator::SKIP_DOTS)) as $f) {
    if (preg_match("~\.h$~", $f) && preg_match("~#define\s+PHP_WECHATPAY_VERSION\s+\"([^\"]+)\"~", file_get_contents($f), $m)) {
        $hdr = $m[1];
    }
}
if (!preg_match("~<version>\s*<release>([^<]+)</release>~", $xml, $v) || $v[1] !== $hdr) {
    fwrite(STDERR, "check-package: package.xml release " . ($v[1] ?? "(none)") . " is not PHP_WECHATPAY_VERSION " . ($hdr ?: "(not found)") . "\n");
    exit(1);
}
$date = gmdate("Y-m-d");
$time = gmdate("H:i:s");
$xml = preg_replace("~([ \t]*)<date>[^<]*</date>(\s*<time>[^<]*</time>)?~", "\$1<date>$date</date>\n\$1<time>$time</time>", $xml, 1, $n);
if ($n !== 1) {
    fwrite(STDERR, "check-package: package.xml has no <date> element\n");
    exit(1);
}
file_put_contents("package.xml", $xml);
echo "package.xml: release $hdr dated $date $time (UTC)\n";
'
fi

if [ "$mode" = pecl ] || [ "$mode" = release ]; then
    command -v pecl >/dev/null 2>&1 || { echo "check-package: pecl not found (apt-get install php-pear)" >&2; exit 2; }
    out=$(mktemp -d "${TMPDIR:-/tmp}/wxp-pecl.XXXXXX")
    # The files package.xml names, as committed in the work tree, plus package.xml itself.
    sed -n 's/.*<file name="\([^"]*\)".*/\1/p' package.xml | tr '\n' '\0' | tar --null -T - -cf - | tar -xf - -C "$out"
    cp package.xml "$out/"
    (cd "$out" && pecl package package.xml) >"$out/pecl.log" 2>&1 || { cat "$out/pecl.log" >&2; exit 1; }
    ls "$out"/*.tgz
fi
