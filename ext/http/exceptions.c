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
#include "http/failure_classes.h"
#include "client/call.h"
#include "http/sent_request.h"
#include "support/php_call.h"

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
zend_class_entry *wechatpay_ce_Exception_Own_RequestException;
zend_class_entry *wechatpay_ce_Exception_Own_BadResponseException;
zend_class_entry *wechatpay_ce_Exception_Own_ClientException;
zend_class_entry *wechatpay_ce_Exception_Own_ServerException;
zend_class_entry *wechatpay_ce_Exception_Own_VerificationException;
zend_class_entry *wechatpay_ce_Exception_Own_ConnectException;
zend_class_entry *wechatpay_ce_Exception_Own_RejectionException;
zend_class_entry *wechatpay_ce_Exception_Own_CancellationException;

zend_result php_wechatpay_exceptions_minit(INIT_FUNC_ARGS)
{
    zend_class_entry *base, *request, *bad_response, *rejection, *own_request, *own_bad_response, *own_rejection;

    wechatpay_ce_Exception_WeChatPayException = base = register_class_WeChatPay_Exception_WeChatPayException();
    wechatpay_ce_Exception_InvalidArgumentException =
        register_class_WeChatPay_Exception_InvalidArgumentException(spl_ce_InvalidArgumentException, base);

    /* The documented interfaces. */
    wechatpay_ce_Exception_RequestException = request = register_class_WeChatPay_Exception_RequestException(base);
    wechatpay_ce_Exception_BadResponseException = bad_response =
        register_class_WeChatPay_Exception_BadResponseException(request);
    wechatpay_ce_Exception_ClientException = register_class_WeChatPay_Exception_ClientException(bad_response);
    wechatpay_ce_Exception_ServerException = register_class_WeChatPay_Exception_ServerException(bad_response);
    wechatpay_ce_Exception_VerificationException = register_class_WeChatPay_Exception_VerificationException(request);
    wechatpay_ce_Exception_ConnectException = register_class_WeChatPay_Exception_ConnectException(request);
    wechatpay_ce_Exception_RejectionException = rejection = register_class_WeChatPay_Exception_RejectionException(base);
    wechatpay_ce_Exception_CancellationException = register_class_WeChatPay_Exception_CancellationException(rejection);

    /* The classes thrown without Guzzle. */
    wechatpay_ce_Exception_Own_RequestException = own_request =
        register_class_WeChatPay_Exception_Own_RequestException(spl_ce_RuntimeException, request);
    wechatpay_ce_Exception_Own_BadResponseException = own_bad_response =
        register_class_WeChatPay_Exception_Own_BadResponseException(own_request, bad_response);
    wechatpay_ce_Exception_Own_ClientException = register_class_WeChatPay_Exception_Own_ClientException(
        own_bad_response, wechatpay_ce_Exception_ClientException);
    wechatpay_ce_Exception_Own_ServerException = register_class_WeChatPay_Exception_Own_ServerException(
        own_bad_response, wechatpay_ce_Exception_ServerException);
    wechatpay_ce_Exception_Own_VerificationException = register_class_WeChatPay_Exception_Own_VerificationException(
        own_request, wechatpay_ce_Exception_VerificationException);
    wechatpay_ce_Exception_Own_ConnectException = register_class_WeChatPay_Exception_Own_ConnectException(
        own_request, wechatpay_ce_Exception_ConnectException);
    wechatpay_ce_Exception_Own_RejectionException = own_rejection =
        register_class_WeChatPay_Exception_Own_RejectionException(spl_ce_RuntimeException, rejection);
    wechatpay_ce_Exception_Own_CancellationException = register_class_WeChatPay_Exception_Own_CancellationException(
        own_rejection, wechatpay_ce_Exception_CancellationException);
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
    throw_formatted(wechatpay_ce_Exception_Own_RequestException, fmt, ap);
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

/* Moves a pending exception (not exit(), which must unwind) into cause, chained after any cause already held:
 * making the failure's objects ran PHP code that threw, and the failure carries that as its previous. */
static void keep_cause(zval *cause)
{
    zval thrown;

    if (!EG(exception) || php_wechatpay_exiting()) {
        return;
    }
    php_wechatpay_take_exception(&thrown);
    if (!Z_ISUNDEF_P(cause)) {
        zend_exception_set_previous(Z_OBJ(thrown), Z_OBJ_P(cause)); /* takes cause's reference */
    }
    ZVAL_COPY_VALUE(cause, &thrown);
}

/* One failure of a sent call, as its maker gathered it. */
typedef struct failure {
    php_wechatpay_failure_kind kind;
    zend_string *message;
    zend_long own_code;  /* getCode() of our own classes (Guzzle's constructors set theirs: the status or 0) */
    zval *response;      /* or NULL */
    zval context;        /* the handler context: an array */
} failure;

static zend_class_entry **own_class(php_wechatpay_failure_kind kind)
{
    static zend_class_entry **const own[PHP_WECHATPAY_FAILURE_KINDS] = {
        &wechatpay_ce_Exception_Own_RequestException, &wechatpay_ce_Exception_Own_BadResponseException,
        &wechatpay_ce_Exception_Own_ClientException, &wechatpay_ce_Exception_Own_ServerException,
        &wechatpay_ce_Exception_Own_VerificationException, &wechatpay_ce_Exception_Own_ConnectException,
    };
    return own[kind];
}

/* Makes f as a ce over Guzzle's class, through Guzzle's constructor (a ConnectException's takes no response).
 * Returns SUCCESS, or FAILURE with out UNDEF and an exception thrown. */
static zend_result guzzle_init(zval *out, zend_class_entry *ce, const failure *f, zval *request)
{
    zval args[5], ignored;
    uint32_t argc = 0;

    ZVAL_STR(&args[argc++], f->message); /* borrowed: the call copies its arguments */
    ZVAL_COPY_VALUE(&args[argc++], request);
    if (f->kind != PHP_WECHATPAY_FAILURE_CONNECT) {
        if (f->response) {
            ZVAL_COPY_VALUE(&args[argc++], f->response);
        } else {
            ZVAL_NULL(&args[argc++]);
        }
    }
    ZVAL_NULL(&args[argc++]); /* previous */
    ZVAL_COPY_VALUE(&args[argc++], &f->context);
    object_init_ex(out, ce);
    if (php_wechatpay_call_method(Z_OBJ_P(out), "__construct", &ignored, argc, args) == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    zval_ptr_dtor(&ignored);
    return SUCCESS;
}

/* Makes f as one of our own classes. */
static void own_init(zval *out, const failure *f, zval *request)
{
    exception_init(out, *own_class(f->kind), f->message, f->own_code);
    if (Z_TYPE_P(request) == IS_OBJECT) {
        zend_update_property(wechatpay_ce_Exception_Own_RequestException, Z_OBJ_P(out), ZEND_STRL("request"), request);
    }
    if (f->response) {
        zend_update_property(wechatpay_ce_Exception_Own_RequestException, Z_OBJ_P(out), ZEND_STRL("response"),
                             f->response);
    }
    zend_update_property(wechatpay_ce_Exception_Own_RequestException, Z_OBJ_P(out), ZEND_STRL("handlerContext"),
                         (zval *) &f->context);
}

/* Makes, in out, the exception of f for call: of the request's failure classes, with the request given (the
 * PSR-7 request of a call through the getDriver() stack) or, when given is NULL, the request as call sent it,
 * made when a PSR-7 request class can be loaded; our own class when Guzzle's cannot be made (what made it fail
 * is then the exception's previous). Never leaves out UNDEF; an exit() stays pending. Runs PHP code only on
 * this failure path (the classes' resolution, once a request; the constructors). */
static void failure_make_for(zval *out, const failure *f, const php_wechatpay_call *call, zval *given)
{
    const php_wechatpay_failure_family *classes;
    zval request, cause;

    ZVAL_NULL(&request);
    ZVAL_UNDEF(&cause);
    ZVAL_UNDEF(out);
    if (given != NULL) {
        ZVAL_COPY(&request, given);
    }
    if (EG(exception)) {
        /* Already unwinding (exit(), or a throw the caller will chain): no PHP code may run. */
        own_init(out, f, &request);
        zval_ptr_dtor(&request);
        return;
    }
    classes = php_wechatpay_failure_classes();
    keep_cause(&cause);
    if (given == NULL && classes->request_ce && !php_wechatpay_exiting()
        && php_wechatpay_sent_request(&request, classes->request_ce, call->method, wxp_buf_cstr(&call->url),
                                      call->url.len, &call->headers, call->body) == FAILURE) {
        ZVAL_NULL(&request);
        keep_cause(&cause);
    }
    if (classes->guzzle && Z_TYPE(request) == IS_OBJECT && !php_wechatpay_exiting()
        && guzzle_init(out, classes->ce[f->kind], f, &request) == FAILURE) {
        keep_cause(&cause);
    }
    if (Z_ISUNDEF_P(out)) {
        own_init(out, f, &request);
    }
    if (!Z_ISUNDEF(cause)) {
        zend_exception_set_previous(Z_OBJ_P(out), Z_OBJ(cause)); /* takes cause's reference */
    }
    zval_ptr_dtor(&request);
}

static void failure_make(zval *out, const failure *f, const php_wechatpay_call *call)
{
    failure_make_for(out, f, call, NULL);
}

/* The class whose private property name the exception holds: declaring, for our own classes; the exception's
 * class itself for the Guzzle ones (their trait's properties are each class's own). */
static zend_class_entry *property_scope(zval *exception, zend_class_entry *own_declaring)
{
    return instanceof_function(Z_OBJCE_P(exception), wechatpay_ce_Exception_Own_RequestException) ? own_declaring
                                                                                                  : Z_OBJCE_P(exception);
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
static zend_string *too_large_message(const char *reason, const char *method, zend_string *shown_url)
{
    return zend_strpprintf(0, "%s %s: the answer is larger than the 'max_response_size' option allows, "
                           "and was dropped: %s", method, ZSTR_VAL(shown_url), reason);
}

void php_wechatpay_exception_connect(zval *out, int curl_code, const char *reason, const php_wechatpay_call *call)
{
    zend_string *shown = php_wechatpay_redacted_url(wxp_buf_cstr(&call->url));
    failure f = {0};

    if (!reason || !*reason) {
        reason = "unknown failure";
    }
    array_init(&f.context);
    if (curl_code == WXP_HTTP_E_TOO_LARGE) {
        f.kind = PHP_WECHATPAY_FAILURE_REQUEST;
        f.message = too_large_message(reason, call->method, shown);
    } else {
        /* What Guzzle's curl handler puts in a ConnectException's handler context. */
        add_assoc_long(&f.context, "errno", curl_code);
        add_assoc_string(&f.context, "error", reason);
        f.kind = PHP_WECHATPAY_FAILURE_CONNECT;
        f.own_code = curl_code;
        f.message = zend_strpprintf(0, "%s %s got no answer: cURL error %d: %s", call->method, ZSTR_VAL(shown),
                                    curl_code, reason);
        if (call->attempts.count > 1) { /* `failover` tried other hosts first: say so, and list them */
            zval attempts;
            zend_string *longer = zend_strpprintf(0, "%s (the last of %u attempts: getHandlerContext()['attempts'])",
                                                  ZSTR_VAL(f.message), call->attempts.count);

            zend_string_release(f.message);
            f.message = longer;
            php_wechatpay_failover_attempts_info(call, &attempts);
            add_assoc_zval(&f.context, "attempts", &attempts);
        }
    }
    failure_make(out, &f, call);
    if (f.kind == PHP_WECHATPAY_FAILURE_CONNECT) {
        zend_update_property_long(property_scope(out, wechatpay_ce_Exception_Own_ConnectException), Z_OBJ_P(out),
                                  ZEND_STRL("curlErrno"), curl_code);
    }
    zval_ptr_dtor(&f.context);
    zend_string_release(f.message);
    zend_string_release(shown);
}

void php_wechatpay_exception_verification(zval *out, zval *response, const wxp_err *err,
                                          const php_wechatpay_call *call)
{
    zend_string *suffix = request_id_suffix(response), *shown = php_wechatpay_redacted_url(wxp_buf_cstr(&call->url));
    failure f = {0};

    f.kind = PHP_WECHATPAY_FAILURE_VERIFICATION;
    f.message = zend_strpprintf(0, "%s %s answered %d but the answer did not verify: %s%s", call->method,
                                ZSTR_VAL(shown), php_wechatpay_response_status(response), err->message,
                                ZSTR_VAL(suffix));
    f.response = response;
    array_init(&f.context);
    failure_make(out, &f, call);
    zval_ptr_dtor(&f.context);
    zend_string_release(f.message);
    zend_string_release(suffix);
    zend_string_release(shown);
}

void php_wechatpay_exception_answer(zval *out, zval *response, const char *what, zval *previous,
                                    const php_wechatpay_call *call)
{
    zend_string *suffix = request_id_suffix(response), *shown = php_wechatpay_redacted_url(wxp_buf_cstr(&call->url));
    failure f = {0};

    f.kind = PHP_WECHATPAY_FAILURE_REQUEST;
    f.message = zend_strpprintf(0, "%s %s answered %d, %s%s", call->method, ZSTR_VAL(shown),
                                php_wechatpay_response_status(response), what, ZSTR_VAL(suffix));
    f.response = response;
    array_init(&f.context);
    failure_make(out, &f, call);
    if (previous != NULL && Z_TYPE_P(previous) == IS_OBJECT && Z_TYPE_P(out) == IS_OBJECT) {
        Z_ADDREF_P(previous);
        zend_exception_set_previous(Z_OBJ_P(out), Z_OBJ_P(previous));
    }
    zval_ptr_dtor(&f.context);
    zend_string_release(f.message);
    zend_string_release(suffix);
    zend_string_release(shown);
}

void php_wechatpay_exception_sink(zval *out, zval *response, const char *reason, zval *previous,
                                  const php_wechatpay_call *call)
{
    zend_string *what = zend_strpprintf(0, "verified, but its body could not be written to the 'sink': %s", reason);

    php_wechatpay_exception_answer(out, response, ZSTR_VAL(what), previous, call);
    zend_string_release(what);
}

void php_wechatpay_exception_verification_of(zval *out, zval *request, zval *response, const char *method,
                                             const char *url, zend_long status, zend_string *request_id,
                                             const wxp_err *err)
{
    zend_string *shown = php_wechatpay_redacted_url(url);
    failure f = {0};

    f.kind = PHP_WECHATPAY_FAILURE_VERIFICATION;
    f.message = zend_strpprintf(0, "%s %s answered " ZEND_LONG_FMT " but the answer did not verify: %s%s%s%s", method,
                                ZSTR_VAL(shown), status, err->message, request_id ? " (Request-ID: " : "",
                                request_id ? ZSTR_VAL(request_id) : "", request_id ? ")" : "");
    f.response = response;
    array_init(&f.context);
    failure_make_for(out, &f, NULL, request);
    zval_ptr_dtor(&f.context);
    zend_string_release(f.message);
    zend_string_release(shown);
}

/* WeChat Pay's error body {"code","message","detail"}, decoded. */
typedef struct error_body {
    zval decoded;
    zval *code, *text, *detail;  /* into decoded; NULL when absent or not of their type */
} error_body;

/* Decodes body into eb; returns "CODE: message" for the exception message, or NULL when the body is not such
 * an object. The caller destroys eb->decoded. */
static zend_string *read_error_body(error_body *eb, const char *body, size_t body_len)
{
    memset(eb, 0, sizeof(*eb));
    ZVAL_UNDEF(&eb->decoded);
    if (body_len == 0 || php_json_decode_ex(&eb->decoded, body, body_len, PHP_JSON_OBJECT_AS_ARRAY, 64) == FAILURE
        || Z_TYPE(eb->decoded) != IS_ARRAY) {
        return NULL;
    }
    eb->code = zend_hash_str_find(Z_ARRVAL(eb->decoded), ZEND_STRL("code"));
    eb->text = zend_hash_str_find(Z_ARRVAL(eb->decoded), ZEND_STRL("message"));
    eb->detail = zend_hash_str_find(Z_ARRVAL(eb->decoded), ZEND_STRL("detail"));
    if (eb->code && Z_TYPE_P(eb->code) != IS_STRING) {
        eb->code = NULL;
    }
    if (eb->text && Z_TYPE_P(eb->text) != IS_STRING) {
        eb->text = NULL;
    }
    if (eb->detail && Z_TYPE_P(eb->detail) != IS_ARRAY) {
        eb->detail = NULL;
    }
    return eb->code ? zend_strpprintf(0, "%s: %s", Z_STRVAL_P(eb->code), eb->text ? Z_STRVAL_P(eb->text) : "")
                    : NULL;
}

/* Sets the BadResponseException accessors' properties of exception. */
static void set_error_body(zval *exception, int status, const error_body *eb)
{
    zend_class_entry *scope = property_scope(exception, wechatpay_ce_Exception_Own_BadResponseException);

    zend_update_property_long(scope, Z_OBJ_P(exception), ZEND_STRL("statusCode"), status);
    if (eb->code) {
        zend_update_property(scope, Z_OBJ_P(exception), ZEND_STRL("errorCode"), eb->code);
    }
    if (eb->text) {
        zend_update_property(scope, Z_OBJ_P(exception), ZEND_STRL("errorMessage"), eb->text);
    }
    if (eb->detail) {
        zend_update_property(scope, Z_OBJ_P(exception), ZEND_STRL("errorDetail"), eb->detail);
    }
}

/* The exception of a non-2xx answer: for call (the request as it sent it), or for the PSR-7 request given. */
static void bad_response_make(zval *out, zval *response, int status, const char *method, const char *url,
                              const char *body, size_t body_len, const php_wechatpay_call *call, zval *request)
{
    const char *kind = status >= 500 && status < 600 ? "Server error" : status >= 400 && status < 500 ? "Client error"
                     : "Unexpected status";
    zend_string *summary, *suffix, *shown;
    error_body eb;
    failure f = {0};

    f.kind = status >= 500 && status < 600 ? PHP_WECHATPAY_FAILURE_SERVER
           : status >= 400 && status < 500 ? PHP_WECHATPAY_FAILURE_CLIENT : PHP_WECHATPAY_FAILURE_BAD_RESPONSE;
    summary = read_error_body(&eb, body, body_len);
    if (summary == NULL) {
        /* Not WeChat Pay's error shape: quote the start of the body, as wechatpay-php does. */
        size_t excerpt = MIN(body_len, BODY_EXCERPT_LEN);
        summary = zend_strpprintf(0, "%.*s%s", (int) excerpt, body, body_len > excerpt ? " (truncated...)" : "");
    }
    suffix = request_id_suffix(response);
    shown = php_wechatpay_redacted_url(url);
    f.message = zend_strpprintf(0, "%s: %s %s answered %d: %s%s", kind, method, ZSTR_VAL(shown), status,
                                ZSTR_VAL(summary), ZSTR_VAL(suffix));
    f.own_code = status;
    f.response = response;
    array_init(&f.context);
    failure_make_for(out, &f, call, request);
    set_error_body(out, status, &eb);
    zval_ptr_dtor(&eb.decoded);
    zval_ptr_dtor(&f.context);
    zend_string_release(f.message);
    zend_string_release(shown);
    zend_string_release(suffix);
    zend_string_release(summary);
}

void php_wechatpay_exception_bad_response(zval *out, zval *response, const php_wechatpay_call *call,
                                          const char *body, size_t body_len)
{
    bad_response_make(out, response, php_wechatpay_response_status(response), call->method,
                      wxp_buf_cstr(&call->url), body, body_len, call, NULL);
}

void php_wechatpay_exception_bad_response_of(zval *out, zval *request, zval *response, const char *method,
                                             const char *url, int status, const char *body, size_t body_len)
{
    bad_response_make(out, response, status, method, url, body, body_len, NULL, request);
}

/* Reads a private property declared by scope. */
static zval *read_own(zend_class_entry *scope, zval *object, const char *name, size_t name_len, zval *rv)
{
    return zend_read_property(scope, Z_OBJ_P(object), name, name_len, 1, rv);
}

#define OWN_REQUEST wechatpay_ce_Exception_Own_RequestException
#define OWN_BAD_RESPONSE wechatpay_ce_Exception_Own_BadResponseException

ZEND_METHOD(WeChatPay_Exception_Own_RequestException, getRequest)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(OWN_REQUEST, ZEND_THIS, ZEND_STRL("request"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_Own_RequestException, getResponse)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(OWN_REQUEST, ZEND_THIS, ZEND_STRL("response"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_Own_RequestException, hasResponse)
{
    zval rv, *response;

    ZEND_PARSE_PARAMETERS_NONE();
    response = read_own(OWN_REQUEST, ZEND_THIS, ZEND_STRL("response"), &rv);
    RETURN_BOOL(Z_TYPE_P(response) == IS_OBJECT);
}

ZEND_METHOD(WeChatPay_Exception_Own_RequestException, getHandlerContext)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(OWN_REQUEST, ZEND_THIS, ZEND_STRL("handlerContext"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_Own_RequestException, getRequestId)
{
    zval rv, *response;
    zend_string *id;

    ZEND_PARSE_PARAMETERS_NONE();
    response = read_own(OWN_REQUEST, ZEND_THIS, ZEND_STRL("response"), &rv);
    if (Z_TYPE_P(response) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(response), wechatpay_ce_Http_AbstractResponse)) {
        RETURN_NULL();
    }
    id = php_wechatpay_response_header_first(response, ZEND_STRL("Request-ID"));
    if (id == NULL) {
        RETURN_NULL();
    }
    RETURN_STR_COPY(id);
}

ZEND_METHOD(WeChatPay_Exception_Own_BadResponseException, getStatusCode)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(OWN_BAD_RESPONSE, ZEND_THIS, ZEND_STRL("statusCode"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_Own_BadResponseException, getErrorCode)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(OWN_BAD_RESPONSE, ZEND_THIS, ZEND_STRL("errorCode"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_Own_BadResponseException, getErrorMessage)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(OWN_BAD_RESPONSE, ZEND_THIS, ZEND_STRL("errorMessage"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_Own_BadResponseException, getErrorDetail)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(OWN_BAD_RESPONSE, ZEND_THIS, ZEND_STRL("errorDetail"), &rv));
}

ZEND_METHOD(WeChatPay_Exception_Own_ConnectException, getCurlErrno)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_Own_ConnectException, ZEND_THIS, ZEND_STRL("curlErrno"), &rv));
}

/* Makes, in out, guzzlehttp/promises' rejection (our class over it) through its constructor, then with our
 * message. Returns SUCCESS, or FAILURE with out UNDEF and an exception thrown. */
static zend_result guzzle_rejection(zval *out, zend_class_entry *ce, zend_string *text, zval *reason)
{
    zval arg, ignored;

    if (reason) {
        ZVAL_COPY_VALUE(&arg, reason);
    } else {
        ZVAL_NULL(&arg);
    }
    object_init_ex(out, ce);
    if (php_wechatpay_call_method(Z_OBJ_P(out), "__construct", &ignored, 1, &arg) == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    zval_ptr_dtor(&ignored);
    zend_update_property_str(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("message"), text);
    return SUCCESS;
}

void php_wechatpay_exception_rejection(zval *out, zend_class_entry *ce, const char *message, zval *reason)
{
    php_wechatpay_exception_rejection_ex(out, ce, message, reason, message == NULL);
}

void php_wechatpay_exception_rejection_ex(zval *out, zend_class_entry *ce, const char *message, zval *reason,
                                          bool autoload)
{
    bool cancellation = instanceof_function(ce, wechatpay_ce_Exception_CancellationException), guzzle;
    zend_class_entry *concrete = NULL;
    zend_string *text;
    zval cause;

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
    /* Only what is about to throw, holding nothing the loaders could disturb, may autoload (wait()'s unwrapping
     * of a reason, a sync call's rejected APIv2 answer); the other rejections are made inside the loop. */
    ZVAL_UNDEF(&cause);
    ZVAL_UNDEF(out);
    guzzle = false;
    if (!EG(exception)) { /* else already unwinding: no PHP code may run */
        concrete = php_wechatpay_rejection_class(cancellation, autoload, &guzzle);
        keep_cause(&cause);
    }
    if (guzzle && !php_wechatpay_exiting() && guzzle_rejection(out, concrete, text, reason) == FAILURE) {
        keep_cause(&cause);
    }
    if (Z_ISUNDEF_P(out)) {
        exception_init(out, cancellation ? wechatpay_ce_Exception_Own_CancellationException
                                         : wechatpay_ce_Exception_Own_RejectionException, text, 0);
        if (reason) {
            zend_update_property(wechatpay_ce_Exception_Own_RejectionException, Z_OBJ_P(out), ZEND_STRL("reason"),
                                 reason);
        }
    }
    if (!Z_ISUNDEF(cause)) {
        zend_exception_set_previous(Z_OBJ_P(out), Z_OBJ(cause));
    }
    zend_string_release(text);
}

ZEND_METHOD(WeChatPay_Exception_Own_RejectionException, getReason)
{
    zval rv;

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(read_own(wechatpay_ce_Exception_Own_RejectionException, ZEND_THIS, ZEND_STRL("reason"), &rv));
}
