#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing wechatpay needs. Idempotent and quiet.
#
# Usage: bash scripts/install-deps.sh
#
# - Asks dpkg which packages are missing; when none are, it does nothing (and needs no root).
# - Otherwise installs only the missing ones with `apt-get install -y --no-install-recommends`, as root or
#   through sudo. `apt-get update` runs only when needed: when a missing package has no install candidate in
#   the current package lists (e.g. a fresh image with empty lists), or when an install from stale lists fails.
# - Wires Debian's php-parser into gen_stub.php's expected location so `gen_stub.php` works offline
#   (see /work/shared/reference/extension-style.md), when that location is missing.
# - Starts no service: while installing, a policy-rc.d forbids it (nginx would otherwise listen on port 80,
#   php-fpm on its system socket).
# - Prints nothing on success when nothing was missing; apt's output goes to a log shown only on failure.
set -euo pipefail

PACKAGES=(
    php8.2-cli php8.2-dev                  # the PHP the extension targets, phpize, run-tests.php, gen_stub.php
    php8.2-xml                              # SimpleXML and libxml for Transformer::toArray(); XMLWriter for a phpt
    libcurl4-openssl-dev libssl-dev         # the C core's two libraries (config.m4: pkg-config libcurl, openssl)
    zlib1g-dev                              # gunzipping GZIP bills as they stream (config.m4: pkg-config zlib)
    pkg-config make gcc                     # the build
    valgrind                                # the leak-checked phpt run (run-tests.php -m)
    socat                                   # the TLS front of the emulator (tests/inc/tls.inc)
    nginx-light                             # the keep-alive front of the emulator (tests/inc/nginx.inc)
    php8.2-fpm                              # the concurrent emulator behind nginx (tests/inc/fpm.inc, benchmarks)
    php-parser                              # gen_stub.php (regenerating ext/*_arginfo.h)
    php-psr-http-message                    # PSR-7 interfaces some phpt tests load
    php-guzzlehttp-psr7 php-guzzlehttp-promises  # interoperability tests with Guzzle's PSR-7 and promises
    php-guzzlehttp-guzzle php-psr-http-client  # Guzzle's exception classes and PSR-18's interfaces (tests/phpt/guzzle)
    php-psr-log                             # PSR-3, for Guzzle's Middleware::log in tests/phpt/driver
    clang-14                                # the fuzz targets (scripts/fuzz.sh) are built with clang's -fsanitize=fuzzer
    libclang-rt-14-dev                      # libFuzzer and clang's ASan/UBSan runtimes for them
    libxml2-dev                             # the XML target reads the writer's output back with libxml2's parser
)

say() { printf 'install-deps: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script supports Debian 12 (bookworm) only"

is_installed() {
    # "ii " = desired install, currently installed; anything else (absent, half-installed, config-files) is not.
    [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null || true)" = "ii " ]
}

missing=()
for p in "${PACKAGES[@]}"; do
    is_installed "$p" || missing+=("$p")
done

link_php_parser() {
    # gen_stub.php (php8.2-dev) wants PHP-Parser 4.15.1 in its own directory and would download it; Debian's
    # php-parser 4.15.x is API-compatible, so point it there. Only when nothing is there yet.
    local build php_api dir
    php_api=$(php-config --phpapi 2>/dev/null) || return 0
    build="/usr/lib/php/$php_api/build"
    [ -f "$build/gen_stub.php" ] && [ -d /usr/share/php/PhpParser ] || return 0
    dir=$(sed -n 's/^ *\$version = "\([0-9.]*\)";.*/\1/p' "$build/gen_stub.php" | head -n 1)
    [ -n "$dir" ] || return 0
    [ -e "$build/PHP-Parser-$dir/lib/PhpParser" ] && return 0
    $SUDO mkdir -p "$build/PHP-Parser-$dir/lib"
    $SUDO ln -sfn /usr/share/php/PhpParser "$build/PHP-Parser-$dir/lib/PhpParser"
}

SUDO=""
need_root() {
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 \
            || die "not root and sudo is not installed; run as root: apt-get install -y --no-install-recommends ${missing[*]:-}"
        SUDO="sudo"
    fi
}

if [ "${#missing[@]}" -eq 0 ]; then
    # Everything is installed; fix the gen_stub link only if we can without asking for a password.
    if [ "$(id -u)" -eq 0 ]; then link_php_parser; fi
    exit 0
fi

need_root
say "installing ${missing[*]}"

log=$(mktemp "${TMPDIR:-/tmp}/wxp-install-deps.XXXXXX")
cleanup() { rm -f "$log"; }
trap cleanup EXIT

# Installing nginx must not start a system nginx on port 80: the tests start their own. Debian's container
# images ship /usr/sbin/policy-rc.d (exit 101: "do not start services"); provide one for the install if absent.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# temporary, from wechatpay scripts/install-deps.sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    cleanup() { rm -f "$log"; $SUDO rm -f /usr/sbin/policy-rc.d; }
fi
export DEBIAN_FRONTEND=noninteractive

apt_run() {
    # shellcheck disable=SC2086 # $SUDO is empty or "sudo"
    if ! $SUDO env DEBIAN_FRONTEND=noninteractive "$@" >>"$log" 2>&1 </dev/null; then
        return 1
    fi
}

has_candidate() {
    local c
    c=$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | head -n 1)
    [ -n "$c" ] && [ "$c" != "(none)" ]
}

updated=no
for p in "${missing[@]}"; do
    if ! has_candidate "$p"; then
        apt_run apt-get update -qq || { cat "$log" >&2; die "apt-get update failed"; }
        updated=yes
        break
    fi
done

install() { apt_run apt-get install -y -qq --no-install-recommends "${missing[@]}"; }

if ! install; then
    if [ "$updated" = no ]; then
        # The package lists may be stale (404 on an outdated version): refresh once and retry.
        apt_run apt-get update -qq || { cat "$log" >&2; die "apt-get update failed"; }
        install || { cat "$log" >&2; die "apt-get install failed for: ${missing[*]}"; }
    else
        cat "$log" >&2
        die "apt-get install failed for: ${missing[*]}"
    fi
fi

for p in "${missing[@]}"; do
    is_installed "$p" || { cat "$log" >&2; die "$p is still not installed"; }
done

link_php_parser
