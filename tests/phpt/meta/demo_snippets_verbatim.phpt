--TEST--
Meta: the twelve snippets of the membercard-open document appear byte-identical in demo/membercard.php
--DESCRIPTION--
The document lives outside the repository: <repo root>/../shared/seed/membercard-open.md.
--SKIPIF--
<?php
$root = dirname(__DIR__, 3);
if (!is_file(dirname($root) . '/shared/seed/membercard-open.md')) die('skip the seed document is not next to the repository');
if (!file_exists("$root/.git") && !is_dir("$root/demo")) die('skip not a git checkout (demo/ does not ship)');
?>
--FILE--
<?php
$root = dirname(__DIR__, 3);
$seed = file_get_contents(dirname($root) . '/shared/seed/membercard-open.md');
$demo = @file_get_contents("$root/demo/membercard.php");
if ($demo === false) {
    echo "demo/membercard.php is missing\n";
    $demo = '';
}
$seed = str_replace("\r\n", "\n", $seed);
$section = '?';
$n = 0;
// Walk the document: "## ... {#get}" / "{#patch}" headings, then ```php [tab] ... ``` fences.
preg_match_all('/^## [^\n]*\{#(\w+)\}\h*$|^```php \[([^\]\n]+)\]\h*\n(.*?)^```\h*$/msu', $seed, $blocks, PREG_SET_ORDER);
foreach ($blocks as $b) {
    if (($b[1] ?? '') !== '') {
        $section = strtoupper($b[1]);
        continue;
    }
    $n++;
    $snippet = $b[3];
    printf("%d %s %s: %s\n", $n, $section, $b[2], str_contains($demo, $snippet) ? 'verbatim' : 'NOT FOUND in demo/membercard.php');
}
echo "$n snippets\n";
?>
--EXPECT--
1 GET 异步纯链式: verbatim
2 GET 异步声明式: verbatim
3 GET 异步属性式: verbatim
4 GET 同步纯链式: verbatim
5 GET 同步声明式: verbatim
6 GET 同步属性式: verbatim
7 PATCH 异步纯链式: verbatim
8 PATCH 异步声明式: verbatim
9 PATCH 异步属性式: verbatim
10 PATCH 同步纯链式: verbatim
11 PATCH 同步声明式: verbatim
12 PATCH 同步属性式: verbatim
12 snippets
