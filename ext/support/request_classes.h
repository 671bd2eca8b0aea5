/* The classes of a PHP request that the extension looks up or declares itself, once per request, after the
 * app's autoloaders exist (never at MINIT): the PSR-7 bridge (http/psr_bridge.c), the failure classes over
 * Guzzle's (http/failure_classes.c), the Guzzle-typed promise class (async/promise_class.c), MediaUtil's stream
 * (helpers/mediautil.c), and the Guzzle classes on_stats' object is made of (http/transfer_stats.c).
 *
 * A class declared here lives in the request's class table, destroyed with the executor: each caller forgets
 * what it kept of the request's classes in its reset, called after the executor shut down (module.c's
 * POST_ZEND_DEACTIVATE). A lookup that autoloads runs the app's code, which may come back to the caller while
 * it is declaring: each caller guards itself against that, with a flag its reset clears too (a fatal error may
 * end the request mid-way), and answers such a nested call its own way (refusing it, or giving it the
 * extension's own classes). */
#ifndef WECHATPAY_REQUEST_CLASSES_H
#define WECHATPAY_REQUEST_CLASSES_H

#include "php.h"

/* Returns the class, interface or trait called name, autoloading it when autoload; NULL when absent, or when
 * an autoloader threw (its exception is then left in EG(exception)). */
zend_class_entry *php_wechatpay_request_class_lookup(const char *name, bool autoload);

/* Compiles and runs code, PHP declarations, under the pseudo file name filename (what its classes report;
 * opcache, which caches files only, never sees them), returning SUCCESS, or FAILURE with an exception thrown:
 * what the code threw, else WeChatPay\Exception\Own\RequestException with failure_message. */
zend_result php_wechatpay_request_classes_eval(const char *code, const char *filename, const char *failure_message);

/* Returns the class called name, declaring it with code (php_wechatpay_request_classes_eval()) when the request
 * has none yet, for the caller to check that it is the class code makes, whoever declared it; NULL with an
 * exception thrown when the declaration failed, NULL with none when it declared no such class. */
zend_class_entry *php_wechatpay_request_class_declare(const char *name, const char *code, const char *filename,
                                                      const char *failure_message);

/* Returns a new user class called name (ce_flags |= flags; implementing the interfaces of full names
 * iface_names; under the pseudo file name filename), not yet in the class table: what the compiler makes of a
 * declaration, without compiling any code. The caller adds its methods, then php_wechatpay_request_class_link(). */
zend_class_entry *php_wechatpay_request_class_new(const char *name, uint32_t flags, const char *filename,
                                                  const char *const *iface_names, uint32_t num_ifaces);

/* Puts ce (from php_wechatpay_request_class_new(), its name not yet declared) in the request's class table and
 * links it, extending parent unless NULL, as PHP declares a class at run time. Returns the class, or NULL with
 * an exception thrown (what linking threw, else WeChatPay\Exception\Own\RequestException with
 * failure_message); ce is gone then. */
zend_class_entry *php_wechatpay_request_class_link(zend_class_entry *ce, zend_class_entry *parent,
                                                   const char *failure_message);

/* Returns the class called name, declaring it when the request has none yet as `final class name extends parent
 * implements iface {}` (iface a full name) under the pseudo file name filename, without compiling any code: the
 * same user class in the request's class table, at a fraction of the cost (no lexer, parser or op arrays).
 * Like php_wechatpay_request_class_declare(), the caller checks what it got; NULL with an exception thrown
 * (what linking threw, else WeChatPay\Exception\Own\RequestException with failure_message) on failure. */
zend_class_entry *php_wechatpay_request_final_class_declare(const char *name, zend_class_entry *parent,
                                                            const char *iface, const char *filename,
                                                            const char *failure_message);

#endif
