/* Calling PHP functions of other extensions from C (see php_call.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "php_call.h"

zend_result php_wechatpay_call_function(const char *name, zval *retval, uint32_t argc, zval *argv,
                                        const char *missing_format, ...)
{
    zend_function *fn = zend_hash_str_find_ptr(EG(function_table), name, strlen(name));

    ZVAL_UNDEF(retval);
    if (fn == NULL) {
        va_list args;
        zend_string *message;

        va_start(args, missing_format);
        message = zend_vstrpprintf(0, missing_format, args);
        va_end(args);
        zend_throw_error(NULL, "%s", ZSTR_VAL(message));
        zend_string_release(message);
        return FAILURE;
    }
    zend_call_known_function(fn, NULL, NULL, retval, argc, argv, NULL);
    if (EG(exception)) {
        zval_ptr_dtor(retval);
        ZVAL_UNDEF(retval);
        return FAILURE;
    }
    return SUCCESS;
}
