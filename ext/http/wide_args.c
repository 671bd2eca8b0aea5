/* Reading parameters declared mixed (see wide_args.h). */
#include "php.h"
#include "http/wide_args.h"

zend_string *php_wechatpay_wide_string_arg(zval *arg, uint32_t num)
{
    zend_string *str;

    ZVAL_DEREF(arg);
    if (Z_TYPE_P(arg) == IS_STRING) {
        return zend_string_copy(Z_STR_P(arg));
    }
    /* Converts arg in place, as parameter parsing does with the call's own copy of the argument. */
    if (!zend_parse_arg_str_weak(arg, &str, num)) {
        if (!EG(exception)) {
            zend_wrong_parameter_type_error(num, Z_EXPECTED_STRING, arg);
        }
        return NULL;
    }
    return zend_string_copy(str);
}

bool php_wechatpay_wide_long_arg(zval *arg, uint32_t num, zend_long *out)
{
    ZVAL_DEREF(arg);
    if (Z_TYPE_P(arg) == IS_LONG) {
        *out = Z_LVAL_P(arg);
        return true;
    }
    if (!zend_parse_arg_long_weak(arg, out, num)) {
        if (!EG(exception)) {
            zend_wrong_parameter_type_error(num, Z_EXPECTED_LONG, arg);
        }
        return false;
    }
    return true;
}

bool php_wechatpay_wide_seek_args(zval *offset_arg, zval *whence_arg, zend_long *offset, zend_long *whence)
{
    return php_wechatpay_wide_long_arg(offset_arg, 1, offset)
        && (whence_arg == NULL || php_wechatpay_wide_long_arg(whence_arg, 2, whence));
}
