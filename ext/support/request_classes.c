/* The request's classes, looked up or declared (see request_classes.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "support/request_classes.h"
#include "http/exceptions.h"

zend_class_entry *php_wechatpay_request_class_lookup(const char *name, bool autoload)
{
    zend_string *str = zend_string_init(name, strlen(name), 0);
    zend_class_entry *ce = zend_lookup_class_ex(str, NULL, autoload ? 0 : ZEND_FETCH_CLASS_NO_AUTOLOAD);

    zend_string_release(str);
    return ce;
}

zend_result php_wechatpay_request_classes_eval(const char *code, const char *filename, const char *failure_message)
{
    zend_result result = zend_eval_stringl(code, strlen(code), NULL, filename);

    if (EG(exception)) {
        return FAILURE;
    }
    /* A parse error throws (and a compile error ends the script): a failure without an exception is not expected,
     * yet the caller is promised one. */
    if (result == FAILURE) {
        php_wechatpay_throw_invalid_state("%s", failure_message);
        return FAILURE;
    }
    return SUCCESS;
}

zend_class_entry *php_wechatpay_request_class_declare(const char *name, const char *code, const char *filename,
                                                      const char *failure_message)
{
    zend_class_entry *ce = php_wechatpay_request_class_lookup(name, false);

    if (ce != NULL) {
        return ce;
    }
    if (php_wechatpay_request_classes_eval(code, filename, failure_message) == FAILURE) {
        return NULL;
    }
    return php_wechatpay_request_class_lookup(name, false);
}
