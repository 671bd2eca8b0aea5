#!/usr/bin/env bash
# What a request pays once for the extension's per-request set-up, in instructions (valgrind --tool=callgrind;
# the count does not depend on the machine's load), for one or more builds of the module:
#   - the PSR-7 bridge at the first response of a request (php_wechatpay_psr_stream_ce(), reached through
#     MediaUtil::getStream(), no network): with no PSR-7 in the app (the fallback interfaces are declared
#     too), and with Debian's psr/http-message 1.0 loaded first (/usr/share/php/Psr/Http/Message);
#   - RINIT + RSHUTDOWN + POST_ZEND_DEACTIVATE of a request that makes no call.
# LD_BIND_NOW=1: the dynamic linker's lazy binding, paid once per process, is not counted as the request's.
# Counts are of a CLI process's one request; a warm FPM worker repeats exactly this work per web request.
#
# Usage: bash bench/request_fixed_instructions.sh [module.so ...]   (default modules/wechatpay.so; seconds)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -gt 0 ] || set -- "$ROOT/modules/wechatpay.so"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/wxp-fixed.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
echo hello >"$OUT/a.jpg"
cat >"$OUT/bridge.php" <<'PHP'
<?php
if (getenv('WITH_PSR')) {
    require '/usr/share/php/Psr/Http/Message/autoload.php';
    interface_exists('Psr\Http\Message\ResponseInterface') && interface_exists('Psr\Http\Message\StreamInterface');
}
(new WeChatPay\Util\MediaUtil(__DIR__ . '/a.jpg'))->getStream();
PHP
echo '<?php echo "";' >"$OUT/empty.php"
collected() { sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$1"; }
printf '%-60s %14s %14s %14s\n' module 'bridge, no PSR' 'bridge, PSR 1' 'RINIT+RSHUTDOWN'
for so in "$@"; do
    so=$(realpath "$so")
    for psr in "" 1; do
        WITH_PSR=$psr LD_BIND_NOW=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
            --toggle-collect=php_wechatpay_psr_stream_ce php -n -d extension="$so" "$OUT/bridge.php" 2>"$OUT/log.$psr" >/dev/null
    done
    LD_BIND_NOW=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect=zm_activate_wechatpay \
        --toggle-collect=zm_deactivate_wechatpay --toggle-collect=zm_post_zend_deactivate_wechatpay \
        php -n -d extension="$so" "$OUT/empty.php" 2>"$OUT/log.r" >/dev/null
    printf '%-60s %14s %14s %14s\n' "$so" "$(collected "$OUT/log.")" "$(collected "$OUT/log.1")" "$(collected "$OUT/log.r")"
done
