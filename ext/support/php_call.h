/* Calling PHP code from C, one way for the whole extension: functions of other extensions (openssl, standard,
 * libxml, simplexml), looked up at each call since an ini file may disable them, methods of objects or
 * classes the app gave us, and callables the app gave us to call later (php_wechatpay_callable). Every call
 * may run arbitrary PHP code (autoload, __call, destructors, exit()): the caller owns what it holds across it
 * (see async/loop.h). Each returns SUCCESS, or FAILURE with retval UNDEF and an exception thrown (EG(exception)
 * set: what the code threw, exit()'s unwind, or an Error naming what does not exist). */
#ifndef WECHATPAY_PHP_CALL_H
#define WECHATPAY_PHP_CALL_H

#include "php.h"
#include "zend_closures.h"

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

/* A callable the app gave us to call later (a then() callback). It is resolved once, when stored, in the
 * scope of the PHP code that handed it over (as PHP's own functions that keep callbacks do, e.g.
 * spl_autoload_register()), and every call goes through that resolution, wherever it is made from. */
typedef struct php_wechatpay_callable {
    zval value;                 /* the callable as given, UNDEF for none: reported to the GC, read by callers */
    zend_fcall_info_cache fcc;  /* its resolution; what fcc.object points at is held: by value when that is the
                                 * object itself or a closure bound to it, else by a reference of ours (a
                                 * 'Cls::method' string given in an instance method resolves to that $this) */
    zend_string *magic_name;    /* for a method __call or __callStatic answers (fcc.function_handler is then
                                 * that magic method): the name it is called with; else NULL */
} php_wechatpay_callable;

/* Makes callable hold none. */
static zend_always_inline void php_wechatpay_callable_none(php_wechatpay_callable *callable)
{
    memset(callable, 0, sizeof(*callable)); /* value IS_UNDEF, the rest NULL */
}

/* Stores in callable the value zpp has just checked into fcc (Z_PARAM_FUNC), from the function that parsed it. */
void php_wechatpay_callable_store(php_wechatpay_callable *callable, zval *value, const zend_fcall_info_cache *fcc);

/* Makes copy hold what a stored callable holds, with references of its own: a caller that calls it while
 * PHP code may release the original (the callable's own call may free what stored it) calls the copy. */
void php_wechatpay_callable_copy(php_wechatpay_callable *copy, const php_wechatpay_callable *callable);

/* Calls a stored callable with argv into retval. */
zend_result php_wechatpay_callable_call(const php_wechatpay_callable *callable, zval *retval, uint32_t argc,
                                        zval *argv);

/* Returns whether a stored callable's value holds what its fcc.object points at (an invokable object is it, a
 * closure holds the $this it is bound to for good), so no reference of its own does. */
static zend_always_inline bool php_wechatpay_callable_value_holds_object(const php_wechatpay_callable *callable)
{
    return Z_TYPE(callable->value) == IS_OBJECT
        && (Z_OBJ(callable->value) == callable->fcc.object || Z_OBJCE(callable->value) == zend_ce_closure);
}

/* Reports what a stored callable holds to a get_gc handler's buffer, so cycles through it are collected. */
static zend_always_inline void php_wechatpay_callable_gc(php_wechatpay_callable *callable, zend_get_gc_buffer *buffer)
{
    zend_get_gc_buffer_add_zval(buffer, &callable->value);
    if (callable->fcc.object && !php_wechatpay_callable_value_holds_object(callable)) {
        zend_get_gc_buffer_add_obj(buffer, callable->fcc.object);
    }
}

/* Releases what callable holds, leaving it holding none. */
void php_wechatpay_callable_dtor(php_wechatpay_callable *callable);

#endif
