/* Calling PHP code from C (see php_call.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "support/php_call.h"

/* Turns what the call left in retval and EG(exception) into the result every function here returns. */
static zend_result call_outcome(zval *retval)
{
    if (EG(exception)) {
        zval_ptr_dtor(retval);
        ZVAL_UNDEF(retval);
        return FAILURE;
    }
    return SUCCESS;
}

zend_result php_wechatpay_call_known(zend_function *fn, zend_object *object, zend_class_entry *scope, zval *retval,
                                     uint32_t argc, zval *argv)
{
    ZVAL_UNDEF(retval);
    zend_call_known_function(fn, object, scope, retval, argc, argv, NULL);
    return call_outcome(retval);
}

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
    return php_wechatpay_call_known(fn, NULL, NULL, retval, argc, argv);
}

zend_result php_wechatpay_call_method(zend_object *object, const char *name, zval *retval, uint32_t argc,
                                      zval *argv)
{
    zend_string *method = zend_string_init(name, strlen(name), 0);
    zend_function *fn;

    ZVAL_UNDEF(retval);
    /* As `$object->name()` written in the method of ours that runs now: visibility is checked from its scope
     * (a private method of the app's class is an Error), and __call answers for a missing or hidden one. */
    fn = object->handlers->get_method(&object, method, NULL);
    zend_string_release(method);
    if (fn == NULL) {
        if (!EG(exception)) {
            zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(object->ce->name), name);
        }
        return FAILURE;
    }
    return php_wechatpay_call_known(fn, object, object->ce, retval, argc, argv);
}

zend_result php_wechatpay_call_static(zend_class_entry *ce, const char *name, zval *retval, uint32_t argc,
                                      zval *argv)
{
    zend_string *method = zend_string_init(name, strlen(name), 0);
    zend_function *fn;

    ZVAL_UNDEF(retval);
    fn = zend_std_get_static_method(ce, method, NULL);
    zend_string_release(method);
    if (fn == NULL) {
        if (!EG(exception)) {
            zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(ce->name), name);
        }
        return FAILURE;
    }
    return php_wechatpay_call_known(fn, NULL, ce, retval, argc, argv);
}
