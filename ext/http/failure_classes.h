/* Which classes the failures of this PHP request are made of. When Guzzle's exception classes can be loaded, the
 * classes of WeChatPay\Exception\Guzzle, declared over Guzzle's at the first failure that finds them (so a 4xx is a
 * \GuzzleHttp\Exception\ClientException and a WeChatPay\Exception\ClientException at once); else the
 * extension's own WeChatPay\Exception\Own classes. Likewise for the rejections wait() throws, over
 * guzzlehttp/promises. Never looked up at MINIT (the app's autoloaders must exist), nor on success. */
#ifndef WECHATPAY_FAILURE_CLASSES_H
#define WECHATPAY_FAILURE_CLASSES_H

#include "php.h"

/* The kinds of failure of a sent call; each is one class of the request's family. */
typedef enum php_wechatpay_failure_kind {
    PHP_WECHATPAY_FAILURE_REQUEST,       /* a RequestException itself: too large, no memory for the body */
    PHP_WECHATPAY_FAILURE_BAD_RESPONSE,  /* a 1xx or 3xx answer */
    PHP_WECHATPAY_FAILURE_CLIENT,        /* 4xx */
    PHP_WECHATPAY_FAILURE_SERVER,        /* 5xx */
    PHP_WECHATPAY_FAILURE_VERIFICATION,  /* a 2xx that did not verify */
    PHP_WECHATPAY_FAILURE_CONNECT,       /* no answer */
    PHP_WECHATPAY_FAILURE_KINDS
} php_wechatpay_failure_kind;

typedef struct php_wechatpay_failure_family {
    zend_class_entry *ce[PHP_WECHATPAY_FAILURE_KINDS];
    bool guzzle;                   /* ce[] extend Guzzle's classes: made through Guzzle's constructors */
    zend_class_entry *request_ce;  /* GuzzleHttp\Psr7\Request, which getRequest() returns, or NULL */
} php_wechatpay_failure_family;

/* Returns the failure classes for a failure being made: Guzzle's are looked up (autoloading them, which runs
 * the app's loaders) at each failure until found, then declared over once and kept for the request. An
 * exception thrown meanwhile is left pending for the caller, and the extension's own classes are used; so
 * are they for a failure made while the classes are being looked up. */
const php_wechatpay_failure_family *php_wechatpay_failure_classes(void);

/* Returns the class of a rejection (or cancellation), with *guzzle set when it extends guzzlehttp/promises'
 * class (made through its constructor): looked up at each rejection until found, then kept for the request;
 * autoloaded only when autoload is true (where running the app's loaders is safe). An exception thrown
 * meanwhile is left pending. */
zend_class_entry *php_wechatpay_rejection_class(bool cancellation, bool autoload, bool *guzzle);

/* Forgets the request's classes; called after the executor shut down. */
void php_wechatpay_failure_classes_reset(void);

#endif
