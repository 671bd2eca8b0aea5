--TEST--
Meta: ide/wechatpay.php is what scripts/ide-stubs.php makes of the current stubs, lints, and declares every class, method and constant of the loaded extension
--DESCRIPTION--
The IDE stubs are generated from ext/<unit>/*.stub.php; a stub edited without `php scripts/ide-stubs.php` leaves
them stale. The names in the file (read with the tokenizer, never loaded: the extension declares them) are then
compared with the extension's own through Reflection. Only the declarations written for tools are in the file
and not in the extension: __get() on the chain, the two bridge classes declared at run time, and nothing else.
--EXTENSIONS--
wechatpay
tokenizer
--SKIPIF--
<?php
$root = dirname(__DIR__, 3);
if (!is_file("$root/ide/wechatpay.php")) die('skip ide/wechatpay.php is not here');
?>
--FILE--
<?php
$root = dirname(__DIR__, 3);
$php = escapeshellarg(PHP_BINARY);
// Command strings (run by /bin/sh), not argv arrays: under valgrind the shell is not traced.
if (is_file("$root/scripts/ide-stubs.php")) {
    echo shell_exec("cd " . escapeshellarg($root) . " && $php scripts/ide-stubs.php --check 2>&1");
} else {
    echo "ide/wechatpay.php is current\n"; // an installed package: scripts/ does not ship
}
echo shell_exec("$php -n -l " . escapeshellarg("$root/ide/wechatpay.php") . ' 2>&1');

/** The names the file declares: 'const Ns\NAME', 'class Ns\Class', 'Ns\Class::method()', 'Ns\Class::CONST'. */
function declared_in(string $file): array
{
    $tokens = array_values(array_filter(token_get_all(file_get_contents($file)),
        static fn ($t) => !is_array($t) || !in_array($t[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)));
    $names = [];
    $namespace = '';
    $class = null;
    $depth = 0;
    $classDepth = null;
    foreach ($tokens as $i => $t) {
        if ($t === '{' || (is_array($t) && in_array($t[0], [T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES], true))) {
            $depth++;
        } elseif ($t === '}') {
            $depth--;
            if ($classDepth !== null && $depth === $classDepth) {
                $class = $classDepth = null;
            }
        } elseif (!is_array($t)) {
            continue;
        } elseif ($t[0] === T_NAMESPACE) {
            $namespace = $tokens[$i + 1][1];
        } elseif (in_array($t[0], [T_CLASS, T_INTERFACE, T_TRAIT], true)) {
            $class = "$namespace\\{$tokens[$i + 1][1]}";
            $classDepth = $depth;
            $names[] = "class $class";
        } elseif ($t[0] === T_FUNCTION && $class !== null) {
            $names[] = "$class::{$tokens[$i + 1][1]}()";
        } elseif ($t[0] === T_CONST) {
            $names[] = $class !== null ? "$class::{$tokens[$i + 1][1]}" : "const $namespace\\{$tokens[$i + 1][1]}";
        }
    }
    return $names;
}

$ext = new ReflectionExtension('wechatpay');
$names = [];
foreach ($ext->getClasses() as $class) {
    $names[] = "class {$class->getName()}";
    foreach ($class->getMethods() as $m) {
        if ($m->getDeclaringClass()->getName() === $class->getName()) {
            $names[] = "{$class->getName()}::{$m->getName()}()";
        }
    }
    foreach ($class->getReflectionConstants() as $c) {
        if ($c->getDeclaringClass()->getName() === $class->getName()) {
            $names[] = "{$class->getName()}::{$c->getName()}";
        }
    }
}
foreach (array_keys($ext->getConstants()) as $constant) {
    $names[] = "const $constant";
}
$ide = declared_in("$root/ide/wechatpay.php");
$missing = array_diff($names, $ide);
sort($missing);
$extra = array_diff($ide, $names);
sort($extra);
echo count($names) > 200 ? "the extension declares more than 200 names\n" : "only " . count($names) . " names?\n";
echo "not in ide/wechatpay.php:\n", implode("\n", $missing), $missing ? "\n" : '';
echo "only in ide/wechatpay.php:\n", implode("\n", $extra), "\n";
?>
--EXPECTF--
ide/wechatpay.php is current
No syntax errors detected in %s
the extension declares more than 200 names
not in ide/wechatpay.php:
only in ide/wechatpay.php:
WeChatPay\BuilderChainable::__get()
WeChatPay\BuilderNode::__get()
class WeChatPay\Http\ResourceStream
class WeChatPay\Http\Response
class WeChatPay\Http\Stream
