/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9b8be0af4c865589b0b59f6753d04847565332a5 */



static void register_constants_symbols(int module_number)
{
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\DEP_XML_PROTOCOL_IS_REACHABLE_EOL", "New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_MCHID_IS_MANDATORY", "The merchant\' ID aka `mchid` is required, usually numerical.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_SERIAL_IS_MANDATORY", "The serial number of the merchant\'s certificate aka `serial` is required, usually hexadecial.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_PRIVATEKEY_IS_MANDATORY", "The merchant\'s private key aka `privateKey` is required, usual as pem format.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_CERTS_IS_MANDATORY", "The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_CERTS_EXCLUDE_MCHSERIAL", "The `certs(%1$s)` contains the merchant\'s certificate serial number(%2$s) which is not allowed here.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV2_REQ_XML_NOTMATCHED_MCHID", "The xml\'s structure[mch_id(%1$s)] doesn\'t matched the init one mchid(%2$s).", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV3_RES_HEADERS_INCOMPLETE", WXP_EV3_RES_HEADERS_INCOMPLETE, CONST_PERSISTENT);
	ZEND_ASSERT(strcmp(WXP_EV3_RES_HEADERS_INCOMPLETE, "The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).") == 0);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV3_RES_HEADER_TIMESTAMP_OFFSET", WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET, CONST_PERSISTENT);
	ZEND_ASSERT(strcmp(WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET, "It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.") == 0);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV3_RES_HEADER_PLATFORM_SERIAL", WXP_EV3_RES_HEADER_PLATFORM_SERIAL, CONST_PERSISTENT);
	ZEND_ASSERT(strcmp(WXP_EV3_RES_HEADER_PLATFORM_SERIAL, "Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.") == 0);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV3_RES_HEADER_SIGNATURE_DIGEST", WXP_EV3_RES_HEADER_SIGNATURE_DIGEST, CONST_PERSISTENT);
	ZEND_ASSERT(strcmp(WXP_EV3_RES_HEADER_SIGNATURE_DIGEST, "Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.") == 0);
	REGISTER_LONG_CONSTANT("WeChatPay\\MAXIMUM_CLOCK_OFFSET", WXP_MAX_CLOCK_OFFSET, CONST_PERSISTENT);
	ZEND_ASSERT(WXP_MAX_CLOCK_OFFSET == 300);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpayNonce", "Wechatpay-Nonce", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpaySerial", "Wechatpay-Serial", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpaySignature", "Wechatpay-Signature", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpayTimestamp", "Wechatpay-Timestamp", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpayStatementSha1", "Wechatpay-Statement-Sha1", CONST_PERSISTENT);
}
