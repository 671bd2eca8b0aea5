/* WeChatPay\Sensitive (sensitive.stub.php): fields encrypted under the key a client trusts, and what a call
 * carrying them must do: name that key in `Wechatpay-Serial`, or be refused before anything is sent. */
#ifndef WECHATPAY_SENSITIVE_H
#define WECHATPAY_SENSITIVE_H

#include "php.h"
#include "client/client.h"
#include "wxp_headers.h"

/* Registers WeChatPay\Sensitive and its object handlers; called once from MINIT. */
zend_result php_wechatpay_sensitive_minit(INIT_FUNC_ARGS);

/* Walks a `json` option (arrays at any depth; other objects are left to JSON encoding) for Sensitive values
 * and sets *serial to a new reference of the serial they share, or NULL when there is none. Returns FAILURE
 * with an InvalidArgumentException thrown when they name different keys, or one that client's certs do not
 * hold (a Sensitive of another client). */
zend_result php_wechatpay_sensitive_in_json(php_wechatpay_client *client, zval *json, zend_string **serial);

/* The same for an already encoded body (the getDriver() stack's requests, a `body` the app encoded, a `json`
 * whose Sensitive values sat inside other objects): the
 * ciphertexts of the request's live Sensitive objects found in body, as sent or with JSON's escaped `\/`. */
zend_result php_wechatpay_sensitive_in_body(php_wechatpay_client *client, const char *body, size_t len,
                                            zend_string **serial);

/* Makes the request headers name serial: every Wechatpay-Serial already there (any case; the app's, from
 * the config or the call) must equal it, else FAILURE with an InvalidArgumentException thrown; with none,
 * one is added. */
zend_result php_wechatpay_sensitive_header(wxp_header_list *headers, zend_string *serial);

/* For a call handed to the getDriver() stack as options (a copy the caller owns): when its `json` holds
 * Sensitive values, checks the config's and the options' Wechatpay-Serial against their serial and adds the
 * header to the options' `headers`. Returns FAILURE with an InvalidArgumentException thrown. */
zend_result php_wechatpay_sensitive_options(php_wechatpay_client *client, HashTable *options);

#endif
