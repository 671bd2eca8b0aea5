#!/bin/bash
# Race and lock-order check of the worker threads (wechatpay.crypto_threads) under valgrind's helgrind:
#   (a) tests/c/test_workers.c built without sanitizers (helgrind cannot run ASan builds);
#   (b) php running a batch of async calls with two worker threads against the emulator (scripts/helgrind_batch.php).
# Prints each part's "ERROR SUMMARY" line and exits non-zero when either reports an error.
# Usage: bash scripts/helgrind.sh [calls=40]   (KEEP_LOGS=1 keeps the valgrind logs and prints where)
set -u
cd "$(dirname "$0")/.."
out=$(mktemp -d /tmp/wxp-helgrind.XXXXXX)
if [ -n "${KEEP_LOGS:-}" ]; then echo "logs: $out" >&2; else trap 'rm -rf "$out"' EXIT; fi
rc=0

cc -g -O1 -Wall -Isrc $(pkg-config --cflags libcurl openssl zlib) -o "$out/test_workers" tests/c/test_workers.c src/*.c \
    $(pkg-config --libs libcurl openssl zlib) -lpthread || exit 2
valgrind --tool=helgrind --suppressions=scripts/helgrind.supp --error-exitcode=3 "$out/test_workers" >"$out/c.log" 2>&1 || rc=1
echo "(a) C test: $(grep -h 'passed, ' "$out/c.log" | tail -1); helgrind $(grep -h 'ERROR SUMMARY' "$out/c.log" | tail -1 | sed 's/^==[0-9]*== //')"

WXP_TEST_KEYS_DIR=${WXP_TEST_KEYS_DIR:-/tmp/wxpkeys-helgrind} valgrind --tool=helgrind --suppressions=scripts/helgrind.supp --error-exitcode=3 \
    --trace-children=no php -d extension="$PWD/modules/wechatpay.so" -d wechatpay.crypto_threads=2 \
    scripts/helgrind_batch.php "${1:-40}" >"$out/php.log" 2>&1 || rc=1
echo "(b) php batch: $(grep -h 'of .* verified' "$out/php.log" | tail -1); helgrind $(grep -h 'ERROR SUMMARY' "$out/php.log" | tail -1 | sed 's/^==[0-9]*== //')"
[ $rc -eq 0 ] || { grep -h -A30 'Possible data race\|lock order' "$out/c.log" "$out/php.log" | head -80; }
exit $rc
