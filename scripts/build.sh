#!/usr/bin/env bash
# Builds modules/wechatpay.so in the repository root: phpize, ./configure --enable-wechatpay --enable-wechatpay-dev
# (-Werror), make -j$(nproc). Incremental, but rebuilds cleanly when it has to:
#   - config.m4 changed (or configure is missing)  -> phpize --clean; phpize; configure; make
#   - configure changed or was run with other flags -> configure; make clean; make
#   - a header of src/ or ext/ was added, removed or renamed since the last build -> make clean
#     (PHP 8.2's Makefile tracks header *contents* through the compiler's ext/*.dep files, but a .dep that
#     names a deleted header makes `make` fail with "No rule to make target")
# Quiet: prints nothing on success (WXP_BUILD_VERBOSE=1: one line); on failure, the failing step's diagnostics.
# Full log: .work/build.log.
#
# Usage: bash scripts/build.sh [--clean]     (--clean forces a full rebuild from phpize on)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

CONFIGURE_FLAGS=(--enable-wechatpay --enable-wechatpay-dev)
STATE_DIR="$ROOT/.work"            # ignored by .gitignore
HEADERS_STAMP="$STATE_DIR/build-headers.list"
LOG="$STATE_DIR/build.log"

say() { printf 'build: %s\n' "$*" >&2; }
trap 'say "error: unexpected failure (line $LINENO, exit $?)"' ERR

force=no
for a in "$@"; do
    case "$a" in
        --clean) force=yes ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) say "unknown option $a"; exit 2 ;;
    esac
done

for tool in phpize php-config make; do
    command -v "$tool" >/dev/null 2>&1 || { say "error: $tool not found (run scripts/install-deps.sh)"; exit 1; }
done

mkdir -p "$STATE_DIR"
: >"$LOG"

step() {
    # step <description> <command...>: runs quietly into the log; on failure shows the log's tail and exits.
    local what=$1; shift
    printf '\n### %s: %s\n' "$what" "$*" >>"$LOG"
    if ! "$@" >>"$LOG" 2>&1 </dev/null; then
        say "error: $what failed; last lines of $LOG:"
        # Compiler diagnostics first (they scroll away behind make's noise), then the tail.
        grep -E '(error|warning):' "$LOG" | head -n 40 >&2 || true
        echo '---' >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
}

headers_list() {
    # The names of both layers' headers (their contents are tracked by make through the .dep files).
    local f
    for f in src/*.h ext/*.h; do
        if [ -e "$f" ]; then printf '%s ' "$f"; fi
    done
}

wanted_flags="${CONFIGURE_FLAGS[*]}"
did=()

# 1. phpize: when forced, when configure is missing, or when config.m4 is newer than configure.
if [ "$force" = yes ] || [ ! -x configure ] || [ config.m4 -nt configure ] || [ ! -f run-tests.php ]; then
    if [ -f configure ] || [ -f Makefile ]; then
        step "make clean" bash -c '[ ! -f Makefile ] || make clean'
        step "phpize --clean" phpize --clean
    fi
    step "phpize" phpize
    rm -f config.status Makefile
    did+=(phpize)
fi

# 2. configure: when never run, when configure is newer than its result, or when the flags differ.
configured_flags=""
if [ -f config.status ]; then
    configured_flags=$(./config.status --config 2>/dev/null | tr -d "'" || true)
fi
if [ ! -f Makefile ] || [ ! -f config.status ] || [ configure -nt config.status ] \
    || [ "$configured_flags" != "$wanted_flags" ]; then
    step "configure" ./configure "${CONFIGURE_FLAGS[@]}"
    step "make clean" make clean
    did+=(configure)
fi

# 3. the set of headers changed since the last build: .dep files may name a deleted header, rebuild all.
sum=$(headers_list)
if [ -f "$HEADERS_STAMP" ] && [ "$(cat "$HEADERS_STAMP")" != "$sum" ]; then
    step "make clean (headers added or removed)" make clean
    did+=("clean")
fi
echo "$sum" >"$HEADERS_STAMP"

step "make" make -j"$(nproc)"
[ -f modules/wechatpay.so ] || { say "error: make succeeded but modules/wechatpay.so is missing"; exit 1; }

# A loadable module, not only a linked one (undefined symbols show up here).
step "load check" php -n -d extension="$ROOT/modules/wechatpay.so" -r 'exit(extension_loaded("wechatpay") ? 0 : 1);'
[ -z "${WXP_BUILD_VERBOSE:-}" ] || say "modules/wechatpay.so ok${did:+ (${did[*]})}"
