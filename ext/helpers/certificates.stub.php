<?php

/**
 * The platform certificates of GET /v3/certificates, fetched, decrypted and checked in one call: the job of
 * wechatpay-php's bin/CertificateDownloader.php, without its separate tool. Regenerate certificates_arginfo.h
 * after any change (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /**
     * @not-serializable
     */
    final class Certificates
    {
        private function __construct() {}

        /**
         * Fetches the platform certificates with $instance (its merchant keys, base_uri and transport settings;
         * its config needs 'apiv3Key'), decrypts each (AES-256-GCM under the APIv3 key), checks that each is the
         * certificate of the serial it is listed under, and verifies the answer's own signature with the
         * certificate it names. Returns serial => PEM text, ready for the config's 'certs'. With $directory, each
         * is also written there as wechatpay_<serial>.pem (atomically: a temporary file renamed).
         *
         * @return array<string, string>
         */
        public static function download(BuilderChainable $instance, ?string $directory = null): array {}
    }
}
