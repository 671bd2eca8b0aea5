/* WeChatPay\Promise: Promises/A+ state, reactions and settlement. Settling never runs user code: it queues
 * the reactions on the request's loop (loop.h), which runs them while something waits. */
#ifndef WECHATPAY_PROMISE_H
#define WECHATPAY_PROMISE_H

#include "php.h"

struct php_wechatpay_transfer;

/* Sets the handlers of WeChatPay\Promise; called once from MINIT. */
zend_result php_wechatpay_promise_minit(INIT_FUNC_ARGS);

/* Makes a new pending promise in out, of the request's promise class (promise_class.h); the first of a request
 * may run the app's autoloaders, whose exception is left thrown. */
void php_wechatpay_promise_init(zval *out);

/* Returns 1 when obj is a WeChatPay\Promise (of any class the extension makes them of), else 0. */
bool php_wechatpay_is_promise(zend_object *obj);

/* Returns 1 when obj is a WeChatPay\Promise still pending, else 0. */
bool php_wechatpay_promise_is_pending(zend_object *obj);

/* Settles a pending promise (a settled one is left alone) and queues its reactions; never calls PHP code.
 * A transfer still behind the promise is aborted. */
void php_wechatpay_promise_settle(zend_object *obj, bool fulfilled, zval *value);

/* Resolves a pending promise with value as Promises/A+ says: a promise of ours or a thenable is adopted,
 * anything else fulfils it. May call the thenable's then(). */
void php_wechatpay_promise_resolve(zend_object *obj, zval *value);

/* Links a promise with the transfer that will settle it (or unlinks it, with NULL). */
void php_wechatpay_promise_set_transfer(zend_object *obj, struct php_wechatpay_transfer *transfer);

/* Runs one queued reaction task; the loop calls it. */
struct php_wechatpay_task;
void php_wechatpay_promise_run_task(struct php_wechatpay_task *task);

#endif
