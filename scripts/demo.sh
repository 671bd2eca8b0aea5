#!/usr/bin/env bash
# Runs demo/membercard.php: the twelve snippets of the membercard-open document, verbatim, against the local
# WeChat Pay emulator (bin/wechatpay-emulator, the command a merchant runs, with throw-away keys generated at run time).
# Says what it does before each quiet step.
#
# Usage: bash scripts/demo.sh
#   Installs the dependencies (scripts/install-deps.sh), builds modules/wechatpay.so (scripts/build.sh), then
#   runs the demo with that module. Exit status: the demo's (non-zero when a snippet threw).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# Both steps print nothing when they succeed, and the first build takes about 20 s: say what is happening.
echo "demo: installing the Debian packages the build needs, if any is missing (scripts/install-deps.sh)..."
bash scripts/install-deps.sh </dev/null
echo "demo: building the extension, modules/wechatpay.so (scripts/build.sh: phpize, configure, make; about 20 s the first time)..."
bash scripts/build.sh </dev/null
echo "demo: running demo/membercard.php: the document's twelve snippets, verbatim, against the bundled WeChat Pay emulator"
echo

args=()
# Load the module we just built unless this php already loads a wechatpay (then it would be loaded twice).
php -r 'exit(extension_loaded("wechatpay") ? 0 : 1);' 2>/dev/null || args=(-d "extension=$ROOT/modules/wechatpay.so")
if [ "${#args[@]}" -eq 0 ]; then
    echo "demo: note: this php already loads a wechatpay extension ($(php -r 'echo (new ReflectionExtension("wechatpay"))->getVersion();')); using it" >&2
fi
exec php "${args[@]}" demo/membercard.php
