/* The package's `signer`, `verifier` and `http_errors` Guzzle middleware, done in C over a client's keys: what the
 * getDriver() decorator puts on its HandlerStack under those names. Each is a PHP callable of Guzzle's
 * middleware shape, `fn (callable $handler): callable`, holding only a weak handle on the client. */
#ifndef WECHATPAY_MIDDLEWARE_H
#define WECHATPAY_MIDDLEWARE_H

#include "php.h"
#include "client/client.h"

/* Registers the middleware classes; called once from MINIT. */
zend_result php_wechatpay_middleware_minit(INIT_FUNC_ARGS);

/* Makes in out the `signer` middleware of client: it signs each request as it passes (Authorization over the
 * method, request target, timestamp, nonce and body), as the package's signer does. Returns SUCCESS, or
 * FAILURE with an exception thrown. */
zend_result php_wechatpay_middleware_signer(zval *out, php_wechatpay_client *client);

/* Makes in out the `verifier` middleware of client: it verifies each answer that reaches it against the
 * client's certs (a certs array the factory got by reference is read at verification time), and turns one
 * that does not verify into a rejection with a VerificationException carrying it. Returns SUCCESS, or
 * FAILURE with an exception thrown. */
zend_result php_wechatpay_middleware_verifier(zval *out, php_wechatpay_client *client);

/* Makes in out the `http_errors` middleware of client: while the call's `http_errors` option is on, an answer of
 * status 400 or more rejects the call with the exception the verbs throw for it (ClientException,
 * ServerException, with WeChat Pay's error body read). Returns SUCCESS, or FAILURE with an exception thrown. */
zend_result php_wechatpay_middleware_http_errors(zval *out, php_wechatpay_client *client);

#endif
