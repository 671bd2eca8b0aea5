<?php

/**
 * WeChatPay\Pool: the process's connection pool and key cache seen from PHP (ext/module/). Regenerate its
 * arginfo header after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /**
     * The process's connection pool: the one HTTP engine every client of the process shares, kept across
     * requests (PHP-FPM) unless wechatpay.pool is Off. Its idle connections, DNS answers and TLS sessions
     * are reused; cookies never are.
     *
     * @not-serializable
     */
    final class Pool
    {
        private function __construct() {}

        /**
         * What this process's pool has done: ['enabled' => bool, 'pid' => int, 'requests' => int (PHP
         * requests served with the engine alive), 'transfers' => int, 'connections_opened' => int,
         * 'connections_reused' => int, 'tls_handshakes' => int, 'max_idle' => int, 'max_age' => int (s),
         * 'keys_cached' => int, 'key_parses' => int, 'key_cache_hits' => int (the process's key cache)].
         */
        public static function stats(): array {}
    }
}
