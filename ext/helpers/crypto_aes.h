/* WeChatPay\Crypto\AesInterface, AesGcm, AesEcb and Hash (crypto_aes.stub.php): their registration, and the
 * argument handling their methods share. wechatpay-php declares these methods in PHP, so their arguments
 * are checked as PHP checks a userland method's (see crypto_args.c), not as ZPP checks an internal one. */
#ifndef WECHATPAY_CRYPTO_AES_H
#define WECHATPAY_CRYPTO_AES_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Crypto_AesInterface;
extern zend_class_entry *wechatpay_ce_Crypto_AesGcm;
extern zend_class_entry *wechatpay_ce_Crypto_AesEcb;
extern zend_class_entry *wechatpay_ce_Crypto_Hash;

/* Registers the four classes and the WeChatPay\Crypto\ALGO_* constants, and fetches the AES ciphers once
 * for the process. Called from MINIT. */
zend_result php_wechatpay_aes_minit(INIT_FUNC_ARGS);

/* Releases the fetched ciphers. Called from MSHUTDOWN. */
zend_result php_wechatpay_aes_mshutdown(SHUTDOWN_FUNC_ARGS);

/* Reads argument n (1-based) of the running method as a userland parameter typed `string` (or `?string` when
 * nullable) receives it: a string as is; in the caller's weak mode an int, float, bool or Stringable converted;
 * anything else (null included, unless nullable) a TypeError worded as PHP words it for userland code, with
 * its "called in FILE on line N". A required argument not passed throws the userland ArgumentCountError.
 * Sets *out to the string, or to NULL for a null or an optional argument not passed; returns false with the
 * exception thrown. */
bool php_wechatpay_arg_string(zend_execute_data *execute_data, uint32_t n, bool nullable, zend_string **out);

/* php_wechatpay_arg_string() for a `string` parameter of the running method (inside ZEND_METHOD). */
#define PHP_WECHATPAY_ARG_STR(n, out) php_wechatpay_arg_string(execute_data, (n), false, (out))

/* Argument n (1-based) as an untyped userland parameter receives it, or NULL when not passed (a required one
 * then throws the userland ArgumentCountError and *missing is set). */
zval *php_wechatpay_arg_any(zend_execute_data *execute_data, uint32_t n, bool *missing);

#endif
