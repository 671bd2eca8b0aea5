/* Calling, from C, PHP functions that other extensions provide (openssl, standard, libxml, simplexml): looked up
 * at each call, since an ini file may disable them. */
#ifndef WECHATPAY_PHP_CALL_H
#define WECHATPAY_PHP_CALL_H

#include "php.h"

/* Calls the PHP function name with argv into retval: SUCCESS, or FAILURE with retval UNDEF and an exception
 * thrown (an Error whose message is missing_format with its arguments when no such function exists, else the
 * function's own exception). */
zend_result php_wechatpay_call_function(const char *name, zval *retval, uint32_t argc, zval *argv,
                                        const char *missing_format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 5, 6);

#endif
