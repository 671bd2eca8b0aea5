<?php

/**
 * WeChatPay\Sensitive: a field encrypted (RSA-OAEP) with the key the client trusts, which makes the call that
 * carries it name that key in `Wechatpay-Serial` (ext/helpers/sensitive.c). Not in wechatpay-php: see README.md,
 * "Sensitive fields". Regenerate sensitive_arginfo.h after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /**
     * One encrypted field: its Base64 ciphertext and the serial (or PUB_KEY_ID_...) of the key that made it.
     * Immutable, not serializable, not cloneable; the plaintext is never kept.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Sensitive implements \JsonSerializable, \Stringable
    {
        private function __construct() {}

        /**
         * Encrypts $plaintext with RSA-OAEP (SHA-1, MGF1-SHA-1, as WeChat Pay asks) under the key $instance's
         * config 'certs' holds for it: the first PUB_KEY_ID_... entry (public-key mode) when there is one, else
         * the platform certificate that expires last. A call whose 'json' option holds the result gets
         * `Wechatpay-Serial` set to that key's serial. \WeChatPay\Exception\InvalidArgumentException when the
         * client holds no key or the plaintext is too long for it.
         */
        public static function encrypt(\WeChatPay\BuilderChainable $instance, #[\SensitiveParameter] string $plaintext): Sensitive {}

        /** The platform certificate serial or PUB_KEY_ID_... that `Wechatpay-Serial` must name. */
        public function getSerial(): string {}

        /** The Base64 ciphertext. */
        public function jsonSerialize(): string {}

        /** The Base64 ciphertext. */
        public function __toString(): string {}
    }
}
