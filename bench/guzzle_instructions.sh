#!/usr/bin/env bash
# Issue 11, item 6: instructions per call (callgrind; load-independent) of the extension's sync call with and
# without building a GuzzleHttp\Psr7\Response from its answer, for bodies of 200 B, 10 KB and 1 MB, and of the
# object building alone (no network):
#   ext          the extension's sync get() as today (v3/emulator/big/N through the kept-alive php-fpm emulator)
#   ext+guzzle   the same plus new GuzzleHttp\Psr7\Response(status, getHeaders(), (string) body, version, reason)
#   ours         the part of `ext` spent building our WeChatPay\Http\Response and its Stream
#                (php_wechatpay_response_create, inclusive; callgrind --toggle-collect)
#   wrap         building Guzzle's response from one kept response, no network (what ext+guzzle adds)
#   guzzle_new   Guzzle's constructor alone, from parts already held as PHP values
# Each way runs twice, with N1 and N2 iterations: (count2 - count1) / (N2 - N1) is one iteration, start-up
# excluded (wrap and guzzle_new run 10 times as many for 200 B and 10 KB: the start-up, which polls for the
# emulator, varies by some 10^5-10^6 instructions between runs and would otherwise blur a ~10^5 figure).
# ext+guzzle - ext is a difference of two call counts, each with that start-up noise; wrap measures the same
# addition without it. Only this process is counted: the emulator (php-fpm, nginx) runs untraced.
#
# Usage: bash bench/guzzle_instructions.sh [N1=20] [N2=120]     (about 10 minutes)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N1=${1:-20}
N2=${2:-120}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/wxp-ginstr.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
count() { # mode bytes n [callgrind options] -> instructions collected in the whole run
    local mode=$1 bytes=$2 n=$3 tag=$1
    shift 3
    if [ "$mode" = ours ]; then mode=ext; set -- --toggle-collect=php_wechatpay_response_create "$@"; fi
    USE_ZEND_ALLOC=0 valgrind --tool=callgrind "$@" --callgrind-out-file="$OUT/cg.$tag.$bytes.$n" \
        php -d extension="$ROOT/modules/wechatpay.so" "$ROOT/bench/guzzle_response_driver.php" "$mode" "$bytes" "$n" \
        >/dev/null 2>"$OUT/log.$tag.$bytes.$n"
    sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$OUT/log.$tag.$bytes.$n"
}
MODES="ext ext+guzzle ours wrap guzzle_new"
declare -A per
for bytes in 200 10240 1048576; do
    for mode in $MODES; do
        n1=$N1 n2=$N2
        case $mode in wrap|guzzle_new) [ "$bytes" -lt 1048576 ] && n1=$((N1 * 10)) n2=$((N2 * 10)) ;; esac
        a=$(count "$mode" "$bytes" "$n1")
        b=$(count "$mode" "$bytes" "$n2")
        per[$mode.$bytes]=$(( (b - a) / (n2 - n1) ))
    done
done
printf 'instructions per iteration (callgrind, %d vs %d iterations):\n' "$N1" "$N2"
printf '  %-9s %12s %12s %12s %12s %12s  %s\n' body ext ext+guzzle ours wrap guzzle_new '(ext + wrap) / ext; ext+guzzle / ext'
for bytes in 200 10240 1048576; do
    printf '  %-9s' "$bytes"
    for mode in $MODES; do printf ' %12d' "${per[$mode.$bytes]}"; done
    awk -v a="${per[ext.$bytes]}" -v b="${per[ext+guzzle.$bytes]}" -v o="${per[ours.$bytes]}" -v w="${per[wrap.$bytes]}" \
        'BEGIN { printf "  %.3fx (+%d); %.3fx (%+d); wrap / ours = %.1fx\n", (a + w) / a, w, b / a, b - a, w / o }'
done
