<?php

/**
 * WeChatPay\Bill: a trade or fund-flow bill downloaded as it streams, to a file or a stream, gunzipped when it
 * is gzip and checked against its SHA-1, in fixed memory whatever its size. Regenerate bill_arginfo.h after
 * any change (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /** Bill downloads (README.md, "Bills"). */
    final class Bill
    {
        private function __construct() {}

        /**
         * Downloads $bill['download_url'] (a signed GET on base_uri's origin, through the client's timeout,
         * verify, proxy and max_connections) into $to, a file path (written beside it under a temporary name,
         * renamed when whole and checked, removed on any failure) or a writable stream resource (written at its
         * position; on failure the app owns what was written). A gzip body is gunzipped; the SHA-1 of the bill
         * must be $bill['hash_value'] ($bill['hash_type'] 'SHA1'). Blocks until done.
         * $bill holds download_url, hash_type and hash_value; $to is a path or a stream resource. Returns
         * ['bytes' => the bill's size, uncompressed, 'sha1' => its SHA-1 in hex, 'gzip' => whether it came gzipped].
         */
        public static function download(BuilderChainable $instance, array $bill, mixed $to): array {}
    }
}
