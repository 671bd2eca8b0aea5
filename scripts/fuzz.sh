#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of fuzz/ (fuzz/fuzz_NAME.c: one per parser of src/) under ASan + UBSan.
#
# Usage: bash scripts/fuzz.sh [--smoke] [--time SECONDS] [--jobs N] [--build-only] [NAME...]
#   --smoke       the CI smoke (scripts/test.sh runs it): every target for 60 s, two at a time (~6 min)
#   --time S      run each target for S seconds (default 60)
#   --jobs N      targets running at once (default: the number of cores, at most 2)
#   --build-only  build every target, run none
#   NAME          run these targets (steps, uri, ...) instead of every fuzz/fuzz_*.c
#
# Build: clang-14 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined over src/*.c and the
# target, with libcurl, OpenSSL, libxml2 and zlib from pkg-config, into fuzz/build/ (not committed; FUZZ_BUILD=DIR
# builds and runs elsewhere, e.g. a long run in the background while the targets change).
# Run: each target reads its committed seeds (fuzz/corpus/NAME/, and fuzz/NAME.dict when present) and the
# inputs earlier runs on this machine found (fuzz/build/corpus/NAME/, where new ones are written).
# Any crash, leak, timeout (10 s for one input), sanitizer report or broken invariant (FUZZ_ASSERT) fails the
# target: the input is kept as fuzz/build/artifacts/NAME-*, and the end of the report is printed.
# Prints one line per target, "fuzz: NAME: passed, N executions in S s" (or "FAILED: why"), and last
# "fuzz: N targets passed, N failed"; the exit status is non-zero when any target failed or none ran.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2

SECONDS_PER_TARGET=60
SMOKE_SECONDS=60
JOBS=$(nproc 2>/dev/null || echo 1); [ "$JOBS" -le 2 ] || JOBS=2
BUILD_ONLY=no
NAMES=()
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) SECONDS_PER_TARGET=$SMOKE_SECONDS ;;
        --time) shift; SECONDS_PER_TARGET=${1:-}; [[ "$SECONDS_PER_TARGET" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: --time needs a number of seconds" >&2; exit 2; } ;;
        --jobs) shift; JOBS=${1:-}; [[ "$JOBS" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: --jobs needs a number" >&2; exit 2; } ;;
        --build-only) BUILD_ONLY=yes ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        -*) echo "fuzz: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) NAMES+=("$1") ;;
    esac
    shift
done
if [ "${#NAMES[@]}" -eq 0 ]; then
    for f in fuzz/fuzz_*.c; do
        n=${f#fuzz/fuzz_}; NAMES+=("${n%.c}")
    done
fi

CC=${FUZZ_CC:-clang-14}
BUILD=${FUZZ_BUILD:-fuzz/build}   # another directory lets a long run go on while the targets are rebuilt
SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
CFLAGS="-g -O1 -fno-omit-frame-pointer -Wall -Wextra -Wno-unused-parameter -Werror"
PASSED=0
FAILED=0

finish() {
    echo "fuzz: $PASSED targets passed, $FAILED failed"
    [ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
    exit
}

fail_all() {
    echo "fuzz: $1"
    FAILED=${#NAMES[@]}
    finish
}

command -v "$CC" >/dev/null 2>&1 || fail_all "$CC not found (scripts/install-deps.sh installs clang-14 and libclang-rt-14-dev)"
DEP_CFLAGS=$(pkg-config --cflags libcurl openssl libxml-2.0 zlib 2>/dev/null) \
    && DEP_LIBS=$(pkg-config --libs libcurl openssl libxml-2.0 zlib 2>/dev/null) \
    || fail_all "pkg-config finds no libcurl, openssl, libxml-2.0 or zlib"
mkdir -p "$BUILD/obj" "$BUILD/corpus" "$BUILD/artifacts" "$BUILD/logs" || fail_all "cannot create $BUILD"

# --- build: the core once (instrumented for coverage, without libFuzzer's main), then each target ----------
echo "fuzz: building with $CC"
OBJS=()
for src in src/*.c; do
    obj="$BUILD/obj/$(basename "${src%.c}").o"
    OBJS+=("$obj")
    # shellcheck disable=SC2086 # flag lists
    if ! "$CC" $CFLAGS $SANITIZE -fsanitize=fuzzer-no-link -Isrc $DEP_CFLAGS -c "$src" -o "$obj" 2>"$BUILD/logs/build-core.log"; then
        cat "$BUILD/logs/build-core.log"
        fail_all "building $src failed"
    fi
done

BUILT=()
for name in "${NAMES[@]}"; do
    if [ ! -f "fuzz/fuzz_$name.c" ]; then
        echo "fuzz: $name: FAILED: no fuzz/fuzz_$name.c"; FAILED=$((FAILED + 1)); continue
    fi
    # shellcheck disable=SC2086
    if "$CC" $CFLAGS $SANITIZE -fsanitize=fuzzer -Isrc -Itests/c $DEP_CFLAGS "fuzz/fuzz_$name.c" "${OBJS[@]}" \
            -o "$BUILD/fuzz_$name" $DEP_LIBS >"$BUILD/logs/build-$name.log" 2>&1; then
        BUILT+=("$name")
    else
        cat "$BUILD/logs/build-$name.log"
        echo "fuzz: $name: FAILED: does not build"; FAILED=$((FAILED + 1))
    fi
done

if [ "$BUILD_ONLY" = yes ]; then
    PASSED=${#BUILT[@]}
    finish
fi

# --- run ------------------------------------------------------------------------------------------------
# run_one NAME: runs one target for SECONDS_PER_TARGET seconds; its log is $BUILD/logs/NAME.log.
run_one() {
    local name=$1 dict=() seeds=()
    mkdir -p "$BUILD/corpus/$name"
    [ -d "fuzz/corpus/$name" ] && seeds=("fuzz/corpus/$name")
    [ -f "fuzz/$name.dict" ] && dict=("-dict=fuzz/$name.dict")
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        timeout --kill-after=30 $((SECONDS_PER_TARGET + 120)) \
        "$BUILD/fuzz_$name" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$name-" "${dict[@]}" \
        "$BUILD/corpus/$name" "${seeds[@]}" </dev/null >"$BUILD/logs/$name.log" 2>&1
    echo $? >"$BUILD/logs/$name.rc"
}

# report NAME: reads the log and counts the target as passed or failed.
report() {
    local name=$1 log="$BUILD/logs/$1.log" rc execs secs why=""
    rc=$(cat "$BUILD/logs/$name.rc" 2>/dev/null || echo "?")
    execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -n 1)
    secs=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+).*/\1/p' "$log" | tail -n 1)
    if [ "$rc" != 0 ]; then
        why="exit $rc"
    elif grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error:|fuzz invariant failed' "$log"; then
        why="sanitizer report"
    elif [ -z "$execs" ]; then
        why="no statistics (did it run?)"
    fi
    if [ -z "$why" ]; then
        PASSED=$((PASSED + 1))
        echo "fuzz: $name: passed, $execs executions in ${SECONDS_PER_TARGET} s (${secs:-?}/s)"
    else
        FAILED=$((FAILED + 1))
        grep -vE '^(#[0-9]+|INFO:|MS:|Done|stat::)' "$log" | tail -n 40
        echo "fuzz: $name: FAILED: $why, ${execs:-0} executions; input kept as $(ls -t "$BUILD/artifacts/$name-"* 2>/dev/null | head -n 1)"
    fi
}

echo "fuzz: running ${#BUILT[@]} targets for $SECONDS_PER_TARGET s each, $JOBS at a time"
running=0
for name in "${BUILT[@]}"; do
    if [ "$running" -ge "$JOBS" ]; then
        wait -n
        running=$((running - 1))
    fi
    run_one "$name" &
    running=$((running + 1))
done
wait
for name in "${BUILT[@]}"; do
    report "$name"
done
finish
