#!/usr/bin/env bash
# Instructions per chain call (callgrind) with a getDriver() stack (issue 12): never asked for (chain), read but
# unchanged (selected), and changed, so calls go through Guzzle's HandlerStack (stack). Each way runs twice,
# with N1 and N2 calls: (count2 - count1) / (N2 - N1) is one call, start-up excluded. Needs Debian's Guzzle
# (php-guzzlehttp-guzzle, which scripts/install-deps.sh installs).
#
# Usage: bash bench/driver_instructions.sh [N1=40] [N2=140]     (about 2 minutes)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N1=${1:-40}
N2=${2:-140}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/wxp-drv.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
count() { # mode n -> instructions of the whole run
    USE_ZEND_ALLOC=0 valgrind --tool=callgrind --callgrind-out-file="$OUT/cg.$1.$2" \
        php -d extension="$ROOT/modules/wechatpay.so" "$ROOT/bench/driver_ways.php" "$1" "$2" >/dev/null 2>"$OUT/log.$1.$2"
    sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$OUT/log.$1.$2"
}
declare -A per
for mode in chain selected stack; do
    a=$(count "$mode" "$N1")
    b=$(count "$mode" "$N2")
    per[$mode]=$(( (b - a) / (N2 - N1) ))
done
printf 'instructions per chain call (callgrind, %d vs %d calls):\n' "$N1" "$N2"
for mode in chain selected stack; do
    awk -v m="$mode" -v v="${per[$mode]}" -v c="${per[chain]}" \
        'BEGIN { printf "  %-9s %10d  = %.3fx the chain alone, %+d\n", m, v, v / c, v - c }'
done
