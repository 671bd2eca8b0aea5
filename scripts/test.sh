#!/usr/bin/env bash
# THE test command of wechatpay (what CI runs through .ci/run).
#
# Usage: bash scripts/test.sh [--no-valgrind] [--no-fuzz] [--only-c] [PHPT_PATH...]
#   --no-valgrind  skip part (c), the phpt suite under valgrind (the slow part)
#   --no-fuzz      skip part (d), the fuzz smoke
#   --only-c       run only part (a), the C core's unit tests (no extension build, no fuzz smoke)
#   PHPT_PATH      phpt files or directories to run instead of tests/ (e.g. tests/phpt/meta); a run given
#                  PHPT_PATHs is a quick one and skips part (d) as well
#
# Steps: scripts/install-deps.sh; scripts/build.sh; then
#   (a) make -C tests/c check                 -> "C unit tests: N passed, N failed"
#   (d) scripts/fuzz.sh --smoke: every libFuzzer target of fuzz/ for 60 s, two at a time (about 6 minutes)
#       -> "fuzz: N targets passed, N failed"
#   (b) run-tests.php over tests/ with -d extension=modules/wechatpay.so
#   (c) the same under valgrind (run-tests.php -m, USE_ZEND_ALLOC=0); the children a test starts (emulator
#       servers: php, socat, sh, nginx, php-fpm) are NOT traced, the test's own php is. A LEAK (any valgrind
#       report) counts as a failure, and so does a valgrind run in which no test passed.
# Both phpt runs share one fresh WXP_TEST_KEYS_DIR (the helpers generate the test keys there once).
#
# Counting: passed = PASS + WARN (passed with a warning); failed = FAIL + BORK + LEAK + XLEAK, plus one per part
# that could not run or whose result could not be read; skipped = SKIP + XFAIL (expected failures prove nothing).
# The fuzz smoke counts one pass per target that ran clean and one failure per target that crashed, broke an
# invariant, got a sanitizer report or did not build.
# The output ends with exactly one line "N passed, N failed, N skipped" summing all parts; the exit status is
# non-zero when N failed > 0.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

VALGRIND=yes
FUZZ=yes
ONLY_C=no
PHPT_PATHS=()
for a in "$@"; do
    case "$a" in
        --no-valgrind) VALGRIND=no ;;
        --no-fuzz) FUZZ=no ;;
        --only-c) ONLY_C=yes ;;
        -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
        -*) echo "test.sh: unknown option $a (see --help)" >&2; exit 2 ;;
        *) PHPT_PATHS+=("$a") ;;
    esac
done
[ "${#PHPT_PATHS[@]}" -eq 0 ] || FUZZ=no
[ "$ONLY_C" = no ] || FUZZ=no
[ "${#PHPT_PATHS[@]}" -gt 0 ] || PHPT_PATHS=(tests)

PASSED=0
FAILED=0
SKIPPED=0
NOTES=()

note() { NOTES+=("$*"); printf '%s\n' "$*"; }

finish() {
    echo
    echo "=== summary ==="
    local n
    for n in "${NOTES[@]}"; do printf '  %s\n' "$n"; done
    echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
    [ "$FAILED" -eq 0 ]
    exit
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/wxp-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# --- dependencies and build -------------------------------------------------------------------------------
echo "== install-deps"
if ! bash scripts/install-deps.sh </dev/null; then
    FAILED=$((FAILED + 1)); note "install-deps: FAILED"
    finish
fi

BUILD_OK=no
if [ "$ONLY_C" = no ]; then
    echo "== build"
    if bash scripts/build.sh </dev/null; then
        BUILD_OK=yes
    else
        FAILED=$((FAILED + 1)); note "build: FAILED (phpt suites not run)"
    fi
fi

# --- (a) C unit tests ---------------------------------------------------------------------------------------
echo "== C unit tests (make -C tests/c check)"
c_out="$WORK/c.out"
make -s -j"$(nproc)" -C tests/c check </dev/null 2>&1 | tee "$c_out"
c_rc=${PIPESTATUS[0]}
c_line=$(grep -E '^C unit tests: [0-9]+ passed, [0-9]+ failed$' "$c_out" | tail -n 1)
if [ -n "$c_line" ]; then
    c_p=$(sed -E 's/^C unit tests: ([0-9]+) passed, ([0-9]+) failed$/\1/' <<<"$c_line")
    c_f=$(sed -E 's/^C unit tests: ([0-9]+) passed, ([0-9]+) failed$/\2/' <<<"$c_line")
    [ "$c_rc" -eq 0 ] || [ "$c_f" -gt 0 ] || c_f=1     # make failed although every check passed
    PASSED=$((PASSED + c_p)); FAILED=$((FAILED + c_f))
    note "C unit tests: $c_p passed, $c_f failed"
else
    FAILED=$((FAILED + 1))
    note "C unit tests: did not run to the end (make exit $c_rc): 0 passed, 1 failed"
fi

# --- (d) fuzz smoke ------------------------------------------------------------------------------------------
if [ "$FUZZ" = yes ]; then
    echo "== fuzz smoke (scripts/fuzz.sh --smoke)"
    f_out="$WORK/fuzz.out"
    bash scripts/fuzz.sh --smoke </dev/null 2>&1 | tee "$f_out"
    f_rc=${PIPESTATUS[0]}
    f_line=$(grep -E '^fuzz: [0-9]+ targets passed, [0-9]+ failed$' "$f_out" | tail -n 1)
    if [ -n "$f_line" ]; then
        f_p=$(sed -E 's/^fuzz: ([0-9]+) targets passed, ([0-9]+) failed$/\1/' <<<"$f_line")
        f_f=$(sed -E 's/^fuzz: ([0-9]+) targets passed, ([0-9]+) failed$/\2/' <<<"$f_line")
        [ "$f_rc" -eq 0 ] || [ "$f_f" -gt 0 ] || f_f=1     # failed although every target passed (none ran?)
        PASSED=$((PASSED + f_p)); FAILED=$((FAILED + f_f))
        note "fuzz smoke: $f_p passed, $f_f failed"
        while IFS= read -r f_failure; do
            note "    $f_failure"
        done < <(grep -E '^fuzz: [a-z0-9_]+: FAILED' "$f_out")
    else
        FAILED=$((FAILED + 1))
        note "fuzz smoke: did not run to the end (exit $f_rc): 0 passed, 1 failed"
    fi
fi

[ "$ONLY_C" = no ] && [ "$BUILD_OK" = yes ] || finish

# --- (b), (c) phpt suites -----------------------------------------------------------------------------------
RUN_TESTS="$ROOT/run-tests.php"
[ -f "$RUN_TESTS" ] || RUN_TESTS="/usr/lib/php/$(php-config --phpapi)/build/run-tests.php"
if [ ! -f "$RUN_TESTS" ]; then
    FAILED=$((FAILED + 1)); note "phpt: run-tests.php not found"
    finish
fi

export NO_INTERACTION=1
export TEST_PHP_EXECUTABLE
TEST_PHP_EXECUTABLE=$(command -v php)
export WXP_TEST_KEYS_DIR="$WORK/keys"
mkdir -p "$WXP_TEST_KEYS_DIR"
unset TEST_PHP_JUNIT REPORT_EXIT_STATUS SHOW_ONLY_GROUPS
JOBS=$(nproc); [ "$JOBS" -le 2 ] || JOBS=2      # the tests start servers; 2 workers are plenty on 2 cores

# run_phpt <label> <timeout> <run-tests options...>: runs the suite, then counts its results into the totals.
# Sources: run-tests' -W file (one "RESULT<TAB>test" line per test, written as each finishes) and its
# "Number of tests" / "Tests skipped" summary lines (tests skipped wholesale appear only there). A run that
# dies before printing its summary, or a count that does not add up, is a failure, never a silent pass.
run_phpt() {
    local label=$1 limit=$2; shift 2
    local res="$WORK/$label.results" out="$WORK/$label.out" rc
    : >"$res"
    echo "== $label"
    timeout --kill-after=30 "$limit" php "$RUN_TESTS" -q --show-diff --no-color --no-progress -j"$JOBS" \
        -W "$res" -d "extension=$ROOT/modules/wechatpay.so" "$@" "${PHPT_PATHS[@]}" </dev/null 2>&1 | tee "$out"
    rc=${PIPESTATUS[0]}

    local p w s f b l xf xl total
    p=$(grep -c '^PASSED	' "$res"); w=$(grep -c '^WARNED	' "$res"); s=$(grep -c '^SKIPPED	' "$res")
    f=$(grep -c '^FAILED	' "$res"); b=$(grep -c '^BORKED	' "$res"); l=$(grep -c '^LEAKED	' "$res")
    xf=$(grep -c '^XFAILED	' "$res"); xl=$(grep -c '^XLEAKED	' "$res")
    total=$(grep -c . "$res")
    local known=$((p + w + s + f + b + l + xf + xl)) bad=0 why=()

    local sum_total sum_skipped
    sum_total=$(sed -nE 's/^Number of tests *: *([0-9]+).*/\1/p' "$out" | tail -n 1)
    sum_skipped=$(sed -nE 's/^Tests skipped *: *([0-9]+).*/\1/p' "$out" | tail -n 1)
    if [ "$known" -ne "$total" ]; then
        bad=$((bad + total - known)); why+=("$((total - known)) unknown result(s)")
    fi
    if [ -z "$sum_total" ]; then
        if grep -qE '^No tests (found|were run)\.' "$out"; then
            sum_total=0; sum_skipped=0
        else
            bad=$((bad + 1)); why+=("run-tests ended without a summary (exit $rc$([ "$rc" -eq 124 ] && echo ', timed out after '"$limit"))")
            sum_total=$total; sum_skipped=$s
        fi
    fi
    if [ "$sum_total" -gt "$total" ]; then
        # Tests counted in the summary but absent from the -W file: skipped wholesale, or lost.
        local extra=$((sum_total - total)) extra_skipped=$(( ${sum_skipped:-0} - s ))
        [ "$extra_skipped" -ge 0 ] || extra_skipped=0
        [ "$extra_skipped" -le "$extra" ] || extra_skipped=$extra
        s=$((s + extra_skipped))
        if [ "$extra" -gt "$extra_skipped" ]; then
            bad=$((bad + extra - extra_skipped)); why+=("$((extra - extra_skipped)) test(s) without a result")
        fi
    fi

    local passed=$((p + w)) failed=$((f + b + l + xl + bad)) skipped=$((s + xf))
    if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
        failed=1; why+=("run-tests exited $rc")
    fi
    if [ "$label" = "phpt-valgrind" ] && [ "$passed" -eq 0 ]; then
        failed=$((failed + 1)); why+=("no test passed under valgrind (all skipped?)")
    fi

    PASSED=$((PASSED + passed)); FAILED=$((FAILED + failed)); SKIPPED=$((SKIPPED + skipped))
    local detail="FAIL $f, BORK $b"
    [ "$label" != "phpt-valgrind" ] || detail="$detail, LEAK $((l + xl))"
    [ "$w" -eq 0 ] || detail="$detail, WARN $w"
    [ "$xf" -eq 0 ] || detail="$detail, XFAIL $xf"
    local reasons=""
    [ "${#why[@]}" -eq 0 ] || reasons=$(printf '; %s' "${why[@]}")
    note "$label: $passed passed, $failed failed, $skipped skipped ($detail)$reasons"
    local line
    while IFS= read -r line; do
        note "    $line"
    done < <(grep -E '^(FAILED|BORKED|LEAKED|XLEAKED)	' "$res" | sed "s|	$ROOT/|	|")
}

run_phpt phpt 20m

if [ "$VALGRIND" = yes ]; then
    if ! command -v valgrind >/dev/null 2>&1; then
        FAILED=$((FAILED + 1)); note "phpt-valgrind: valgrind not installed"
    else
        # Children of a test are not traced (--trace-children-skip): the emulator's php/socat/sh processes
        # live on after the test's own php and would otherwise fill its log (and be counted as its leaks).
        export USE_ZEND_ALLOC=0
        export VALGRIND_OPTS="--trace-children-skip=*/php*,*/socat,*/sh,*/nginx,*/php-fpm* --leak-check=full"
        # pcre.jit=0: valgrind cannot follow PCRE2's JIT-compiled code and reports "Conditional jump or move
        # depends on uninitialised value(s)" in it (unnamed ??? frames) for any test that runs a regex.
        # --show-slow: names the tests over 30 s (the budget: the whole of test.sh in under 60 minutes).
        run_phpt phpt-valgrind 40m -m --show-mem --show-slow 30000 -d pcre.jit=0
        unset USE_ZEND_ALLOC VALGRIND_OPTS
    fi
fi

finish
