#!/usr/bin/env bash
# Instructions per call (valgrind --tool=callgrind counts them; the count does not depend on the machine's
# load), for the RSA floor, the minimal raw-socket client, and the extension's sync and async calls.
# Each way runs twice, with N1 and N2 calls: (count2 - count1) / (N2 - N1) is one call, start-up excluded.
# async8 makes its calls 8 at a time (8 getAsync() in flight, Promise::all()->wait()): N rounded down to 8s.
# Only this process is counted: the emulator (php-fpm, nginx) runs untraced.
#
# Caveat: under valgrind OpenSSL takes its generic (no AVX-512) code paths, so the RSA share is larger than
# natively; the instructions *beyond* the floor are what this measures.
#
# Usage: bash bench/instructions.sh [N1=40] [N2=140]     (about 3 minutes)
#        WXP_BENCH_MODES="floor sync auto factory factoryauto" bash bench/instructions.sh ...   (other ways, see
#        bench/hot_ways.inc; floor first)
#        WXP_BENCH_MODULE=/path/to/wechatpay.so bash bench/instructions.sh ...   (another build; default:
#        modules/wechatpay.so of this tree)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N1=${1:-40}
N2=${2:-140}
MODULE=${WXP_BENCH_MODULE:-$ROOT/modules/wechatpay.so}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/wxp-instr.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
count() { # mode n -> instructions of the whole run
    USE_ZEND_ALLOC=0 valgrind --tool=callgrind --callgrind-out-file="$OUT/cg.$1.$2" \
        php -d extension="$MODULE" "$ROOT/bench/hotpath_driver.php" "$1" "$2" >/dev/null 2>"$OUT/log.$1.$2"
    sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$OUT/log.$1.$2"
}
declare -A per
read -r -a MODES <<< "${WXP_BENCH_MODES:-floor minimal sync async async8 factory}"
for mode in "${MODES[@]}"; do
    a=$(count "$mode" "$N1")
    b=$(count "$mode" "$N2")
    if [ "$mode" = async8 ]; then
        per[$mode]=$(( (b - a) / (N2 / 8 * 8 - N1 / 8 * 8) ))
    else
        per[$mode]=$(( (b - a) / (N2 - N1) ))
    fi
done
printf 'instructions per call (callgrind, %d vs %d calls, %s):\n' "$N1" "$N2" "$MODULE"
for mode in "${MODES[@]}"; do
    awk -v m="$mode" -v v="${per[$mode]}" -v f="${per[floor]}" \
        'BEGIN { printf "  %-8s %10d  = %.3fx the floor, %+d beyond it\n", m, v, v / f, v - f }'
done
[ -n "${per[minimal]:-}" ] && [ -n "${per[async8]:-}" ] && awk -v s="${per[sync]}" -v a="${per[async8]}" -v m="${per[minimal]}" \
    'BEGIN { printf "  sync / minimal %.4fx, async8 / minimal %.4fx\n", s / m, a / m }'
