/* Calling PHP code from C, one way for the whole extension: functions of other extensions (openssl, standard,
 * libxml, simplexml), looked up at each call since an ini file may disable them, and methods of objects or
 * classes the app gave us. Every call may run arbitrary PHP code (autoload, __call, destructors): the caller
 * owns what it holds across it (see async/loop.h). Each returns SUCCESS, or FAILURE with retval UNDEF and an
 * exception thrown (EG(exception) set: what the code threw, or an Error naming what does not exist). */
#ifndef WECHATPAY_PHP_CALL_H
#define WECHATPAY_PHP_CALL_H

#include "php.h"

/* Calls the PHP function name with argv into retval; when no such function exists, throws an Error whose
 * message is missing_format with its arguments. */
zend_result php_wechatpay_call_function(const char *name, zval *retval, uint32_t argc, zval *argv,
                                        const char *missing_format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 5, 6);

/* Calls $object->name(...argv) into retval as PHP code outside the class would (public methods and __call). */
zend_result php_wechatpay_call_method(zend_object *object, const char *name, zval *retval, uint32_t argc,
                                      zval *argv);

/* Calls ce::name(...argv) into retval as PHP code outside the class would (public static methods and
 * __callStatic). */
zend_result php_wechatpay_call_static(zend_class_entry *ce, const char *name, zval *retval, uint32_t argc,
                                      zval *argv);

/* Calls fn, a function or method the caller already looked up, on object (NULL for a static call in scope)
 * with argv into retval. */
zend_result php_wechatpay_call_known(zend_function *fn, zend_object *object, zend_class_entry *scope, zval *retval,
                                     uint32_t argc, zval *argv);

#endif
