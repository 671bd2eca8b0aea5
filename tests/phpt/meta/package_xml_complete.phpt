--TEST--
Meta: package.xml lists exactly the files that ship (scripts/check-package.sh against git ls-files)
--SKIPIF--
<?php
$root = dirname(__DIR__, 3);
if (!is_file("$root/scripts/check-package.sh")) die('skip not a git checkout (scripts/ does not ship)');
if (!file_exists("$root/.git")) die('skip not a git checkout');
exec('command -v git 2>/dev/null', $out, $rc);
if ($rc !== 0) die('skip git is not installed');
?>
--FILE--
<?php
$root = dirname(__DIR__, 3);
// A command string (run by /bin/sh), not an argv array: under valgrind the shell is not traced
// (--trace-children-skip), and neither is anything it starts.
$out = shell_exec('cd ' . escapeshellarg($root) . ' && bash scripts/check-package.sh 2>&1; echo "exit $?"');
echo $out;
?>
--EXPECTF--
package.xml lists the %d shipped files of git ls-files
exit 0
