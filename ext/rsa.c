/* WeChatPay\Crypto\Rsa::from(): loads a key the way wechatpay-php does, returning PHP's own
 * OpenSSLAsymmetricKey so openssl_* functions keep working on it. */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"

ZEND_METHOD(WeChatPay_Crypto_Rsa, from)
{
    zval *thing, function;
    zend_string *type = NULL;
    bool is_public;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(thing)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(type)
    ZEND_PARSE_PARAMETERS_END();

    if (type == NULL || zend_string_equals_literal(type, "private")) {
        is_public = false;
    } else if (zend_string_equals_literal(type, "public")) {
        is_public = true;
    } else {
        zend_argument_value_error(2, "must be Rsa::KEY_TYPE_PUBLIC or Rsa::KEY_TYPE_PRIVATE");
        RETURN_THROWS();
    }
    ZVAL_STRING(&function, is_public ? "openssl_pkey_get_public" : "openssl_pkey_get_private");
    if (call_user_function(NULL, NULL, &function, return_value, 1, thing) == FAILURE || EG(exception)) {
        zval_ptr_dtor(&function);
        RETURN_THROWS();
    }
    zval_ptr_dtor(&function);
    if (Z_TYPE_P(return_value) != IS_OBJECT) {
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0,
                                "Cannot load %s key from the given value: %s", is_public ? "a public" : "a private",
                                "it is not a PEM key or certificate, a readable file:// path, or an OpenSSL key object");
        RETURN_THROWS();
    }
}
