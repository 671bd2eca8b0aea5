<?php

/**
 * The namespaced constants of wechatpay-php 1.4.12 (`const` at file level in its src/Exception/WeChatPayException.php
 * and src/ClientJsonTrait.php), with the package's names and values, so an app, or the package's own files left on
 * the autoload path, that names one never meets an undefined constant (ext/module/constants.c). The Crypto\ALGO_*
 * strings are in crypto_aes.stub.php, beside Hash; Crypto\ALGO_DICTONARIES, an array, is registered by
 * constants.c (gen_stub.php does not write array constants). tests/phpt/meta/package_surface.phpt checks every
 * value against the package's. Regenerate constants_arginfo.h after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay\Exception {
    /** @var string */
    const DEP_XML_PROTOCOL_IS_REACHABLE_EOL = 'New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.';

    /** @var string */
    const ERR_INIT_MCHID_IS_MANDATORY = 'The merchant\' ID aka `mchid` is required, usually numerical.';
    /** @var string */
    const ERR_INIT_SERIAL_IS_MANDATORY = 'The serial number of the merchant\'s certificate aka `serial` is required, usually hexadecial.';
    /** @var string */
    const ERR_INIT_PRIVATEKEY_IS_MANDATORY = 'The merchant\'s private key aka `privateKey` is required, usual as pem format.';
    /** @var string */
    const ERR_INIT_CERTS_IS_MANDATORY = 'The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.';
    /** @var string */
    const ERR_INIT_CERTS_EXCLUDE_MCHSERIAL = 'The `certs(%1$s)` contains the merchant\'s certificate serial number(%2$s) which is not allowed here.';

    /** @var string */
    const EV2_REQ_XML_NOTMATCHED_MCHID = 'The xml\'s structure[mch_id(%1$s)] doesn\'t matched the init one mchid(%2$s).';

    /**
     * The four EV3_* formats are the texts verification fills in (src/wxp_verify.h), as the
     * WeChatPayException interface's constants of the same names are.
     * @var string
     * @cvalue WXP_EV3_RES_HEADERS_INCOMPLETE
     */
    const EV3_RES_HEADERS_INCOMPLETE = 'The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).';
    /**
     * @var string
     * @cvalue WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET
     */
    const EV3_RES_HEADER_TIMESTAMP_OFFSET = 'It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.';
    /**
     * @var string
     * @cvalue WXP_EV3_RES_HEADER_PLATFORM_SERIAL
     */
    const EV3_RES_HEADER_PLATFORM_SERIAL = 'Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.';
    /**
     * @var string
     * @cvalue WXP_EV3_RES_HEADER_SIGNATURE_DIGEST
     */
    const EV3_RES_HEADER_SIGNATURE_DIGEST = 'Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.';
}

namespace WeChatPay {
    /**
     * The largest difference, in seconds, between a response's Wechatpay-Timestamp and the local clock.
     * @var int
     * @cvalue WXP_MAX_CLOCK_OFFSET
     */
    const MAXIMUM_CLOCK_OFFSET = 300;

    /** @var string */
    const WechatpayNonce = 'Wechatpay-Nonce';
    /** @var string */
    const WechatpaySerial = 'Wechatpay-Serial';
    /** @var string */
    const WechatpaySignature = 'Wechatpay-Signature';
    /** @var string */
    const WechatpayTimestamp = 'Wechatpay-Timestamp';
    /** @var string */
    const WechatpayStatementSha1 = 'Wechatpay-Statement-Sha1';
}
