/* Making and throwing the extension's exceptions (the WeChatPay\Exception family of the stub). */
#ifndef WECHATPAY_EXCEPTIONS_H
#define WECHATPAY_EXCEPTIONS_H

#include "php.h"
#include "wxp_err.h"

struct php_wechatpay_call;

/* Registers the WeChatPay\Exception family (http/exceptions.stub.php). */
zend_result php_wechatpay_exceptions_minit(INIT_FUNC_ARGS);

/* Throws WeChatPay\Exception\InvalidArgumentException with a printf-formatted message. */
void php_wechatpay_throw_invalid(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/* Throws WeChatPay\Exception\Own\RequestException (no response) for a failure of the extension's own state. */
void php_wechatpay_throw_invalid_state(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/* Returns url as a message may show it: with the password of its userinfo replaced by *** (`user:***@`). */
zend_string *php_wechatpay_redacted_url(const char *url);

/* The makers below make the exception of a sent call's failure, of the request's failure classes
 * (http/failure_classes.h: over Guzzle's when they can be loaded), carrying the request as sent (getRequest())
 * when a PSR-7 request class can be loaded. They run PHP code (loaders, constructors), on this failure path
 * only; out is always an exception (our own class when Guzzle's could not be made, with the reason as its
 * previous), and an exit() run meanwhile is left pending. */

/* Makes, in out, a ConnectException for call's transfer that got no answer: libcurl's code and reason, the
 * method and URL tried (its password hidden); for WXP_HTTP_E_TOO_LARGE, an answer over max_response_size, a
 * RequestException without a response instead. */
void php_wechatpay_exception_connect(zval *out, int curl_code, const char *reason,
                                     const struct php_wechatpay_call *call);

/* Makes, in out, a VerificationException carrying response (copied) for call's 2xx that did not verify. */
void php_wechatpay_exception_verification(zval *out, zval *response, const wxp_err *err,
                                          const struct php_wechatpay_call *call);

/* Makes, in out, a VerificationException carrying response (copied) and request (the PSR-7 request of a call
 * through the getDriver() stack, for getRequest()): method, url (its password hidden), status and request_id
 * (NULL when none) make the message, as the chain's. */
void php_wechatpay_exception_verification_of(zval *out, zval *request, zval *response, const char *method,
                                             const char *url, zend_long status, zend_string *request_id,
                                             const wxp_err *err);

/* Makes, in out, a RequestException carrying response (copied) for call's answer that could not be taken:
 * "METHOD URL answered STATUS, <what> (Request-ID ...)"; previous (may be NULL) becomes its previous. */
void php_wechatpay_exception_answer(zval *out, zval *response, const char *what, zval *previous,
                                    const struct php_wechatpay_call *call);

/* Makes, in out, a RequestException carrying response (copied) for call's verified 2xx whose body could not
 * be written to its `sink`: reason says why, previous (may be NULL) is what the sink threw. */
void php_wechatpay_exception_sink(zval *out, zval *response, const char *reason, zval *previous,
                                  const struct php_wechatpay_call *call);

/* Makes, in out, the exception for call's non-2xx response: ClientException (4xx), ServerException (5xx) or
 * BadResponseException (anything else), with WeChat Pay's code/message/detail parsed from body. */
void php_wechatpay_exception_bad_response(zval *out, zval *response, const struct php_wechatpay_call *call,
                                          const char *body, size_t body_len);

/* Makes, in out, the exception of a non-2xx answer (status) to a call through the getDriver() stack, as
 * php_wechatpay_exception_bad_response() makes it for the verbs, carrying request (its PSR-7 request) and response;
 * method and url (its password hidden) make the message. */
void php_wechatpay_exception_bad_response_of(zval *out, zval *request, zval *response, const char *method,
                                             const char *url, int status, const char *body, size_t body_len);

/* Makes, in out, a RejectionException (CancellationException when ce is that interface) carrying reason (may
 * be NULL); message NULL says what the reason was. Over guzzlehttp/promises' class when it can be loaded: with
 * message NULL (wait() unwrapping a reason) it is autoloaded, otherwise used only when already loaded. */
void php_wechatpay_exception_rejection(zval *out, zend_class_entry *ce, const char *message, zval *reason);

/* php_wechatpay_exception_rejection() choosing whether Guzzle's class may be autoloaded: only by a caller about
 * to throw it, holding nothing an autoloader could disturb. */
void php_wechatpay_exception_rejection_ex(zval *out, zend_class_entry *ce, const char *message, zval *reason,
                                          bool autoload);

/* Moves the thrown exception into out (one reference) and clears it, so it can reject a promise instead. */
void php_wechatpay_take_exception(zval *out);

/* Returns true when the pending exception is exit() unwinding the script, which nothing may catch. */
bool php_wechatpay_exiting(void);

#endif
