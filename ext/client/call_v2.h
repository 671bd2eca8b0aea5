/* APIv2 calls of the chain (a path that begins with v2/): XML fields signed with the APIv2 key (MD5 or
 * HMAC-SHA256), the merchant certificate presented on `security`, and the answer checked as wechatpay-php's
 * ClientXmlTrait checks it. */
#ifndef WECHATPAY_CALL_V2_H
#define WECHATPAY_CALL_V2_H

#include "php.h"
#include "client/call.h"

#define PHP_WECHATPAY_V2_ACCEPT "text/xml, text/plain, application/x-gzip"
#define PHP_WECHATPAY_V2_CONTENT_TYPE "text/xml; charset=utf-8"

/* Which check of an APIv2 answer failed (Response::getRejectedBy()). */
typedef enum php_wechatpay_v2_check {
    PHP_WECHATPAY_V2_PASSED = 0,
    PHP_WECHATPAY_V2_RETURN_CODE,
    PHP_WECHATPAY_V2_RESULT_CODE,
    PHP_WECHATPAY_V2_SIGN
} php_wechatpay_v2_check;

/* Returns the length of the APIv2 prefix of an expanded, relative path: 3 when it begins with "v2/" in any
 * case, else 0. */
size_t php_wechatpay_v2_prefix(const char *path, size_t len);

/* Refuses, on an APIv3 call, the options only an APIv2 call takes (xml, nonceless, security), and any call on a
 * client whose APIv3 keys are placeholders. Returns FAILURE with an InvalidArgumentException thrown. */
zend_result php_wechatpay_v2_refuse_on_v3(const php_wechatpay_call *call, HashTable *options);

/* Reads an APIv2 call's options: the fields (`xml`, or the `query` array of a GET) checked, given a nonce_str
 * (unless `nonceless`) and signed with the client's secret; a GET's signed fields into *query (a new string),
 * any other method's into call->body as XML; `security` into call->security. Returns FAILURE with an
 * InvalidArgumentException thrown and nothing made. */
zend_result php_wechatpay_v2_prepare(php_wechatpay_call *call, HashTable *options, zend_string **query);

/* Checks an APIv2 answer's body as wechatpay-php does: nothing for the paths WeChat Pay answers unsigned;
 * else return_code must be SUCCESS, result_code (when present) SUCCESS, and sign what the secret gives (HMAC-SHA256
 * for a 64-character sign, else MD5), compared in constant time. Returns the check that failed with *message
 * set (a new string for the RejectionException: the check and the answer's own codes and messages), or
 * PHP_WECHATPAY_V2_PASSED; -1 with an exception thrown (PHP's simplexml missing, out of memory). */
int php_wechatpay_v2_check_answer(const php_wechatpay_call *call, const char *body, size_t body_len,
                                  zend_string **message);

/* Returns the name of a failed check ("return_code", "result_code", "sign"), or NULL for PASSED. */
const char *php_wechatpay_v2_check_name(php_wechatpay_v2_check check);

#endif
