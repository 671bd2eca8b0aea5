/* The class of the request's promises: WeChatPay\Promise, or, when the app can load guzzlehttp/promises
 * (1.x or 2.x), WeChatPay\Promise\GuzzlePromise, declared once per request to extend it and implement
 * GuzzleHttp\Promise\PromiseInterface, so that code typed `: PromiseInterface` takes ours and Guzzle's
 * promises adopt them. Resolved at the first promise of each request, after autoloaders exist. */
#ifndef WECHATPAY_PROMISE_CLASS_H
#define WECHATPAY_PROMISE_CLASS_H

#include "php.h"

/* Prepares the lookup key of Guzzle's interface; called once from MINIT. */
void php_wechatpay_promise_class_minit(void);

/* Returns the class a new promise of this request gets, looking up (autoloading) Guzzle's interface and
 * declaring the Guzzle-typed class at the first call of a request; never NULL. An autoloader's exception is
 * left thrown. */
zend_class_entry *php_wechatpay_promise_class(void);

/* Forgets the request's Guzzle-typed class; called after the executor shut down. */
void php_wechatpay_promise_class_reset(void);

#endif
