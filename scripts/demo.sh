#!/usr/bin/env bash
# Runs demo/membercard.php: the twelve snippets of the membercard-open document, verbatim, against the local
# WeChat Pay emulator (tests/emulator, started by tests/inc/server.inc with keys generated at run time).
#
# Usage: bash scripts/demo.sh
#   Installs the dependencies (scripts/install-deps.sh), builds modules/wechatpay.so (scripts/build.sh), then
#   runs the demo with that module. Exit status: the demo's (non-zero when a snippet threw).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/install-deps.sh </dev/null
bash scripts/build.sh </dev/null

args=()
# Load the module we just built unless this php already loads a wechatpay (then it would be loaded twice).
php -r 'exit(extension_loaded("wechatpay") ? 0 : 1);' 2>/dev/null || args=(-d "extension=$ROOT/modules/wechatpay.so")
if [ "${#args[@]}" -eq 0 ]; then
    echo "demo: note: this php already loads a wechatpay extension ($(php -r 'echo (new ReflectionExtension("wechatpay"))->getVersion();')); using it" >&2
fi
exec php "${args[@]}" demo/membercard.php
