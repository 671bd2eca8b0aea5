/* The WeChatPay\Exception family: making each kind with a message that says what went wrong, and the
 * accessors of the stub. */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "php_wechatpay.h"
#include "ext/spl/spl_exceptions.h"
#include "http/exceptions.h"
#include "wxp_verify.h" /* the WXP_EV3_RES_* the arginfo registers */
#include "http/exceptions_arginfo.h"
#include "http/response.h"
#include "wxp_redact.h"
#include "wxp_http.h"

/* How much of an unexpected (non-WeChat) error body a message quotes. */
#define BODY_EXCERPT_LEN 120

zend_class_entry *wechatpay_ce_Exception_WeChatPayException;
zend_class_entry *wechatpay_ce_Exception_InvalidArgumentException;
zend_class_entry *wechatpay_ce_Exception_RequestException;
zend_class_entry *wechatpay_ce_Exception_BadResponseException;
zend_class_entry *wechatpay_ce_Exception_ClientException;
zend_class_entry *wechatpay_ce_Exception_ServerException;
zend_class_entry *wechatpay_ce_Exception_VerificationException;
zend_class_entry *wechatpay_ce_Exception_ConnectException;
zend_class_entry *wechatpay_ce_Exception_RejectionException;
zend_class_entry *wechatpay_ce_Exception_CancellationException;

zend_result php_wechatpay_exceptions_minit(INIT_FUNC_ARGS)
{
    zend_class_entry *base, *request, *bad_response, *rejection;

    wechatpay_ce_Exception_WeChatPayException = base = register_class_WeChatPay_Exception_WeChatPayException();
    wechatpay_ce_Exception_InvalidArgumentException =
        register_class_WeChatPay_Exception_InvalidArgumentException(spl_ce_InvalidArgumentException, base);
    wechatpay_ce_Exception_RequestException = request =
        register_class_WeChatPay_Exception_RequestException(spl_ce_RuntimeException, base);
    wechatpay_ce_Exception_BadResponseException = bad_response =
        register_class_WeChatPay_Exception_BadResponseException(request);
    wechatpay_ce_Exception_ClientException = register_class_WeChatPay_Exception_ClientException(bad_response);
    wechatpay_ce_Exception_ServerException = register_class_WeChatPay_Exception_ServerException(bad_response);
    wechatpay_ce_Exception_VerificationException = register_class_WeChatPay_Exception_VerificationException(request);
    wechatpay_ce_Exception_ConnectException = register_class_WeChatPay_Exception_ConnectException(request);
    wechatpay_ce_Exception_RejectionException = rejection =
        register_class_WeChatPay_Exception_RejectionException(spl_ce_RuntimeException, base);
    wechatpay_ce_Exception_CancellationException = register_class_WeChatPay_Exception_CancellationException(rejection);
    return SUCCESS;
}

static void throw_formatted(zend_class_entry *ce, const char *fmt, va_list ap)
{
    char *message;

    zend_vspprintf(&message, 0, fmt, ap);
    zend_throw_exception(ce, message, 0);
    efree(message);
}

void php_wechatpay_throw_invalid(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    throw_formatted(wechatpay_ce_Exception_InvalidArgumentException, fmt, ap);
    va_end(ap);
}

void php_wechatpay_throw_invalid_state(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    throw_formatted(wechatpay_ce_Exception_RequestException, fmt, ap);
    va_end(ap);
}

bool php_wechatpay_exiting(void)
{
    return EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)));
}

void php_wechatpay_take_exception(zval *out)
{
    ZVAL_OBJ_COPY(out, EG(exception));
    zend_clear_exception();
}

zend_string *php_wechatpay_redacted_url(const char *url)
{
    wxp_buf shown;
    zend_string *out;

    /* Most URLs carry no userinfo: no copy through a buffer for them. */
    if (strchr(url, '@') == NULL) {
        return zend_string_init(url, strlen(url), 0);
    }
    wxp_buf_init(&shown);
    if (wxp_redact_url(url, strlen(url), &shown) != 0) {
        wxp_buf_free(&shown);
        return zend_string_init(ZEND_STRL("(a URL that could not be shown without its credentials)"), 0);
    }
    out = zend_string_init(wxp_buf_cstr(&shown), shown.len, 0);
    wxp_buf_free(&shown);
    return out;
}

/* Makes an exception object of ce with message and code, without throwing it. */
static void exception_init(zval *out, zend_class_entry *ce, zend_string *message, zend_long code)
{
    object_init_ex(out, ce);
    zend_update_property_str(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("message"), message);
    zend_update_property_long(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("code"), code);
}

static void exception_set_response(zval *exception, zval *response)
{
    zend_update_property(wechatpay_ce_Exception_RequestException, Z_OBJ_P(exception), ZEND_STRL("response"), response);
}

/* ` (Request-ID: ...)` when the response has one, else "". The caller frees the result. */
static zend_string *request_id_suffix(zval *response)
{
    zend_string *id = php_wechatpay_response_header_first(response, ZEND_STRL("Request-ID"));

    return id ? zend_strpprintf(0, " (Request-ID: %s)", ZSTR_VAL(id)) : ZSTR_EMPTY_ALLOC();
}

/* An answer larger than max_response_size is not a ConnectException: the server did answer, and sending the
 * same call again would get the same answer, while apps retry a ConnectException. It is a RequestException
 * without a response, as Guzzle makes for every libcurl failure that is not a connection's. */
static void exception_too_large(zval *out, const char *reason, const char *method, zend_string *shown_url)
{
    zend_string *message = zend_strpprintf(0, "%s %s: the answer is larger than the 'max_response_size' option allows, "
                                           "and was dropped: %s", method, ZSTR_VAL(shown_url), reason);

    exception_init(out, wechatpay_ce_Exception_RequestException, message, 0);
    zend_string_release(message);
}

void php_wechatpay_exception_connect(zval *out, int curl_code, const char *reason, const char *method,
                                     const char *url)
{
    zend_string *shown = php_wechatpay_redacted_url(url), *message;

    if (curl_code == WXP_HTTP_E_TOO_LARGE) {
        exception_too_large(out, reason, method, shown);
        zend_string_release(shown);
        return;
    }
    message = zend_strpprintf(0, "%s %s got no answer: cURL error %d: %s", method, ZSTR_VAL(shown), curl_code,
                              reason && *reason ? reason : "unknown failure");
    exception_init(out, wechatpay_ce_Exception_ConnectException, message, curl_code);
    zend_update_property_long(wechatpay_ce_Exception_ConnectException, Z_OBJ_P(out), ZEND_STRL("curlErrno"), curl_code);
    zend_string_release(message);
    zend_string_release(shown);
}

void php_wechatpay_exception_verification(zval *out, zval *response, const wxp_err *err, const char *method,
                                          const char *url)
{
    zend_string *suffix = request_id_suffix(response), *shown = php_wechatpay_redacted_url(url);
    zend_string *message = zend_strpprintf(0, "%s %s answered %d but the answer did not verify: %s%s", method,
                                           ZSTR_VAL(shown), php_wechatpay_response_status(response), err->message,
                                           ZSTR_VAL(suffix));

    exception_init(out, wechatpay_ce_Exception_VerificationException, message, 0);
    exception_set_response(out, response);
    zend_string_release(message);
    zend_string_release(suffix);
    zend_string_release(shown);
}

/* Reads WeChat Pay's error body {"code","message","detail"} into the exception's properties; returns
 * "CODE: message" for the exception message, or NULL when the body is not such an object. */
static zend_string *read_error_body(zval *exception, const char *body, size_t body_len)
{
    zval decoded, *code, *text, *detail;
    zend_string *summary = NULL;
    zend_class_entry *scope = wechatpay_ce_Exception_BadResponseException;

    if (body_len == 0 || php_json_decode_ex(&decoded, body, body_len, PHP_JSON_OBJECT_AS_ARRAY, 64) == FAILURE) {
        return NULL;
    }
    if (Z_TYPE(decoded) == IS_ARRAY) {
        code = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("code"));
        text = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("message"));
        detail = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("detail"));
        if (code && Z_TYPE_P(code) == IS_STRING) {
            zend_update_property_str(scope, Z_OBJ_P(exception), ZEND_STRL("errorCode"), Z_STR_P(code));
        }
        if (text && Z_TYPE_P(text) == IS_STRING) {
            zend_update_property_str(scope, Z_OBJ_P(exception), ZEND_STRL("errorMessage"), Z_STR_P(text));
        }
        if (detail && Z_TYPE_P(detail) == IS_ARRAY) {
            zend_update_property(scope, Z_OBJ_P(exception), ZEND_STRL("errorDetail"), detail);
        }
        if (code && Z_TYPE_P(code) == IS_STRING) {
            summary = zend_strpprintf(0, "%s: %s", Z_STRVAL_P(code),
                                      text && Z_TYPE_P(text) == IS_STRING ? Z_STRVAL_P(text) : "");
        }
    }
    zval_ptr_dtor(&decoded);
    return summary;
}

void php_wechatpay_exception_bad_response(zval *out, zval *response, const char *method, const char *url,
                                          const char *body, size_t body_len)
{
    int status = php_wechatpay_response_status(response);
    zend_class_entry *ce = status >= 500 && status < 600 ? wechatpay_ce_Exception_ServerException
                         : status >= 400 && status < 500 ? wechatpay_ce_Exception_ClientException
                         : wechatpay_ce_Exception_BadResponseException;
    const char *kind = status >= 500 && status < 600 ? "Server error" : status >= 400 && status < 500 ? "Client error"
                     : "Unexpected status";
    zend_string *summary, *suffix, *message, *shown;

    object_init_ex(out, ce);
    summary = read_error_body(out, body, body_len);
    if (summary == NULL) {
        /* Not WeChat Pay's error shape: quote the start of the body, as wechatpay-php does. */
        size_t excerpt = MIN(body_len, BODY_EXCERPT_LEN);
        summary = zend_strpprintf(0, "%.*s%s", (int) excerpt, body, body_len > excerpt ? " (truncated...)" : "");
    }
    suffix = request_id_suffix(response);
    shown = php_wechatpay_redacted_url(url);
    message = zend_strpprintf(0, "%s: %s %s answered %d: %s%s", kind, method, ZSTR_VAL(shown), status,
                              ZSTR_VAL(summary), ZSTR_VAL(suffix));
    zend_string_release(shown);
    zend_update_property_str(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("message"), message);
    zend_update_property_long(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("code"), status);
    zend_update_property_long(wechatpay_ce_Exception_BadResponseException, Z_OBJ_P(out), ZEND_STRL("statusCode"), status);
    exception_set_response(out, response);
    zend_string_release(message);
    zend_string_release(suffix);
    zend_string_release(summary);
}

/* Reads a private property declared by scope. */
static zval *read_own(zend_class_entry *scope, zval *object, const char *name, size_t name_len, zval *rv)
{
    return zend_read_property(scope, Z_OBJ_P(object), name, name_len, 1, rv);
}

ZEND_METHOD(WeChatPay_Exception_RequestException, getResponse)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_RequestException, ZEND_THIS, ZEND_STRL("response"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_RequestException, hasResponse)
{
    zval rv, *response;

    ZEND_PARSE_PARAMETERS_NONE();
    response = read_own(wechatpay_ce_Exception_RequestException, ZEND_THIS, ZEND_STRL("response"), &rv);
    RETURN_BOOL(Z_TYPE_P(response) == IS_OBJECT);
}

ZEND_METHOD(WeChatPay_Exception_RequestException, getRequestId)
{
    zval rv, *response;
    zend_string *id;

    ZEND_PARSE_PARAMETERS_NONE();
    response = read_own(wechatpay_ce_Exception_RequestException, ZEND_THIS, ZEND_STRL("response"), &rv);
    if (Z_TYPE_P(response) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(response), wechatpay_ce_Http_AbstractResponse)) {
        RETURN_NULL();
    }
    id = php_wechatpay_response_header_first(response, ZEND_STRL("Request-ID"));
    if (id == NULL) {
        RETURN_NULL();
    }
    RETURN_STR_COPY(id);
}

ZEND_METHOD(WeChatPay_Exception_BadResponseException, getStatusCode)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_BadResponseException, ZEND_THIS, ZEND_STRL("statusCode"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_BadResponseException, getErrorCode)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_BadResponseException, ZEND_THIS, ZEND_STRL("errorCode"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_BadResponseException, getErrorMessage)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_BadResponseException, ZEND_THIS, ZEND_STRL("errorMessage"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_BadResponseException, getErrorDetail)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_BadResponseException, ZEND_THIS, ZEND_STRL("errorDetail"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_ConnectException, getCurlErrno)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_ConnectException, ZEND_THIS, ZEND_STRL("curlErrno"), &rv));
}

void php_wechatpay_exception_rejection(zval *out, zend_class_entry *ce, const char *message, zval *reason)
{
    zend_string *text;

    if (message) {
        text = zend_string_init(message, strlen(message), 0);
    } else if (reason && (Z_TYPE_P(reason) == IS_STRING || Z_TYPE_P(reason) == IS_LONG || Z_TYPE_P(reason) == IS_DOUBLE)) {
        zend_string *shown = zval_get_string(reason);
        text = zend_strpprintf(0, "The promise was rejected with reason: %s", ZSTR_VAL(shown));
        zend_string_release(shown);
    } else {
        text = zend_strpprintf(0, "The promise was rejected with a reason of type %s",
                               reason ? zend_zval_type_name(reason) : "null");
    }
    exception_init(out, ce, text, 0);
    if (reason) {
        zend_update_property(wechatpay_ce_Exception_RejectionException, Z_OBJ_P(out), ZEND_STRL("reason"), reason);
    }
    zend_string_release(text);
}

ZEND_METHOD(WeChatPay_Exception_RejectionException, getReason)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_RejectionException, ZEND_THIS, ZEND_STRL("reason"), &rv));
}
