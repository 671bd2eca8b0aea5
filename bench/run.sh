#!/usr/bin/env bash
# Runs the benchmarks with the extension built from this tree, printing every figure (see BENCHMARKS.md):
#   bench/sync_cpu.php      client CPU per sync and async call vs the RSA floor and a minimal raw-socket client
#                           (php-fpm emulator behind nginx, keep-alive)
#   bench/async_overlap.php overlap of 16 async calls, async vs sync client CPU per call (php-fpm emulator)
#   bench/aes_vs_openssl.php AesGcm::decrypt vs openssl_decrypt per call on a callback resource (no server)
#   bench/rsa_vs_openssl.php Rsa::sign/verify vs openssl_sign/openssl_verify per call, same key objects
#   bench/factory_cpu.php   CPU per Builder::factory(), cold (keys parsed) vs warm (key cache hit)
#   bench/fpm_webrequest.php CPU per web request of an app under php-fpm (client built + one call) vs the RSA
#                            floor, TLS handshakes per web request, a Guzzle equivalent when wechatpay-php is
#                            not installable (Composer and apt downloads go to the git-ignored bench/.work/)
#   bench/memory.php        VmRSS and memory_get_usage() after 1,000 and 100,000 calls (about 4 minutes)
# Not run here (about 2 minutes under valgrind, and independent of the machine's load):
#   bench/instructions.sh   instructions per call (callgrind): floor, minimal client, sync, async
#   bench/callback_instructions.sh  instructions per then() callback by kind of callable (callgrind; its
#                           wall-time twin is bench/callback_chain.php, no server)
#
# Usage: bash bench/run.sh
#   Installs missing packages (scripts/install-deps.sh: nginx-light, php8.2-fpm, ...; a no-op when all are
#   there), builds modules/wechatpay.so if needed (`make` in an already configured tree, else
#   scripts/build.sh), then runs each with `php -d extension=$PWD/modules/wechatpay.so`. The machine and its
#   load averages (uptime) are printed before and after each benchmark: CPU figures on shared cores move
#   with the load from other processes. The module's sha256 is printed, and checked again after each
#   benchmark; in a tree where others run `make` meanwhile, WXP_BENCH_SNAPSHOT=1 loads a private copy of
#   modules/wechatpay.so instead (a rebuild rewrites the file in place, which crashes a php that has it
#   mapped: SIGBUS/SIGSEGV). Exit status: 1 if a benchmark failed to run or the module was rebuilt under
#   it (a missed target is reported as MISS in the output, not as a failure).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { printf 'bench: %s\n' "$*" >&2; }

bash scripts/install-deps.sh </dev/null

if [ -f Makefile ] && [ -f config.status ]; then
    log=$(mktemp "${TMPDIR:-/tmp}/wxp-bench-make.XXXXXX")
    if ! make -j"$(nproc)" >"$log" 2>&1 </dev/null; then
        tail -n 40 "$log" >&2
        rm -f "$log"
        say "error: make failed (a full rebuild: bash scripts/build.sh)"
        exit 1
    fi
    rm -f "$log"
else
    bash scripts/build.sh </dev/null
fi
[ -f modules/wechatpay.so ] || { say "error: modules/wechatpay.so is missing"; exit 1; }

so="$ROOT/modules/wechatpay.so"
snapdir=""
if [ -n "${WXP_BENCH_SNAPSHOT:-}" ]; then
    # A private copy: a `make` by someone else in this tree cannot rewrite it under the running benchmarks.
    snapdir=$(mktemp -d "${TMPDIR:-/tmp}/wxp-bench-so.XXXXXX")
    trap 'rm -rf "$snapdir"' EXIT
    cp -p modules/wechatpay.so "$snapdir/wechatpay.so"
    so="$snapdir/wechatpay.so"
fi
args=(-d "extension=$so")
# Do not load the module twice when this php already loads a wechatpay extension.
if php -r 'exit(extension_loaded("wechatpay") ? 0 : 1);' 2>/dev/null; then
    say "error: this php already loads a wechatpay extension; the benchmarks must measure modules/wechatpay.so"
    exit 1
fi

machine() {
    local model
    model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
    echo "machine: $(nproc) CPUs (${model:-unknown model}), $(php -r 'echo "PHP ", PHP_VERSION, " ", php_uname("s"), " ", php_uname("r");')"
}

module_id() { sha256sum "$so" | cut -c1-16; }

echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
machine
module=$(module_id)
echo "module: $so ($(php "${args[@]}" -r 'echo (new ReflectionExtension("wechatpay"))->getVersion();'))," \
    "sha256 $module…, built $(date -u -r "$so" '+%H:%M:%S UTC')${snapdir:+, a copy of modules/wechatpay.so}"
if command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1; then
    echo "tree: HEAD $(git rev-parse --short HEAD), $(git status --porcelain -- src ext config.m4 | wc -l) modified file(s) under src/ ext/ config.m4"
fi

status=0
# fpm_webrequest.php loads the module into an app php-fpm pool of its own: the same file as here.
export WXP_BENCH_MODULE="$so"
for bench in bench/sync_cpu.php bench/async_overlap.php bench/rsa_vs_openssl.php bench/aes_vs_openssl.php \
    bench/factory_cpu.php bench/fpm_webrequest.php bench/memory.php; do
    echo
    echo "== $bench"
    echo "uptime before: $(uptime)"
    start=$(date +%s)
    if ! php "${args[@]}" "$bench"; then
        say "error: $bench failed"
        status=1
    fi
    echo "uptime after : $(uptime) ($(( $(date +%s) - start )) s)"
    # A rebuild while php has the module mapped (another make in this tree) can crash it (SIGBUS) or mix
    # two builds in one set of figures: say so rather than report them as one build's.
    if [ "$(module_id)" != "$module" ]; then
        echo "WARNING: $so was rebuilt during $bench (sha256 now $(module_id)…): its figures are not one build's"
        status=1
        module=$(module_id)
    fi
done
exit "$status"
