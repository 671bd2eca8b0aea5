#!/usr/bin/env bash
# Instructions per then() callback, by kind of callable (valgrind --tool=callgrind; independent of the
# machine's load): bench/callback_chain.php --one KIND N, run with N1 and N2 callbacks, (count2 - count1) /
# (N2 - N1) is one callback (then() storing it, the loop running it), start-up excluded. PHP's own allocator
# is used, as in production; USE_ZEND_ALLOC=0 in the environment counts libc's malloc instead.
#
# Usage: bash bench/callback_instructions.sh [N1=2000] [N2=12000] [MODULE=modules/wechatpay.so]   (about 1 minute)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N1=${1:-2000}
N2=${2:-12000}
MODULE=${3:-$ROOT/modules/wechatpay.so}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/wxp-cb.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
count() { # kind n -> instructions of the whole run
    valgrind --tool=callgrind --callgrind-out-file="$OUT/cg" \
        php -n -d extension="$MODULE" "$ROOT/bench/callback_chain.php" --one "$1" "$2" >/dev/null 2>"$OUT/log"
    sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$OUT/log"
}
printf 'instructions per then() callback (callgrind, %d vs %d callbacks):\n' "$N1" "$N2"
for kind in closure closure+this function first-class static method invokable __call; do
    a=$(count "$kind" "$N1")
    b=$(count "$kind" "$N2")
    printf '  %-13s %8d\n' "$kind" $(( (b - a) / (N2 - N1) ))
done
