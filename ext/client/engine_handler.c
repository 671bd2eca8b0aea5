/* WeChatPay\Http\EngineHandler (see engine_handler.h): a PSR-7 request and Guzzle's request options in, the
 * extension's promise out, the transfer made on the request's loop like a chain call's. It holds only a weak
 * handle on its client: the app may keep the stack (and so this handler) after the client is gone. */
#include "php.h"
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "client/engine_handler.h"
#include "client/engine_handler_arginfo.h"
#include "client/call.h"
#include "client/guzzle_options.h"
#include "async/loop.h"
#include "async/promise.h"
#include "http/exceptions.h"
#include "support/php_call.h"

#include <unistd.h>

typedef struct php_wechatpay_engine_handler {
    php_wechatpay_client_handle *handle;
    zend_object std;
} php_wechatpay_engine_handler;

static zend_class_entry *engine_handler_ce;
static zend_object_handlers engine_handler_handlers;

static zend_always_inline php_wechatpay_engine_handler *handler_from_obj(zend_object *obj)
{
    return (php_wechatpay_engine_handler *) ((char *) obj - XtOffsetOf(php_wechatpay_engine_handler, std));
}

static zend_object *engine_handler_new(zend_class_entry *ce)
{
    php_wechatpay_engine_handler *handler = zend_object_alloc(sizeof(php_wechatpay_engine_handler), ce);

    zend_object_std_init(&handler->std, ce);
    handler->std.handlers = &engine_handler_handlers;
    return &handler->std;
}

static void engine_handler_free(zend_object *obj)
{
    php_wechatpay_client_handle_release(handler_from_obj(obj)->handle);
    zend_object_std_dtor(obj);
}

void php_wechatpay_engine_handler_create(zval *out, php_wechatpay_client *client)
{
    object_init_ex(out, engine_handler_ce);
    handler_from_obj(Z_OBJ_P(out))->handle = php_wechatpay_client_handle_of(client);
}

/* The options Guzzle's Client and the stack's middleware (http_errors, allow_redirects, cookies, prepare_body)
 * have already applied to the request or acted on: what they asked for is in the request, or done around
 * this handler, so they are accepted here whatever their value. */
static const char *const consumed_options[] = {
    "allow_redirects", "auth", "base_uri", "body", "cookies", "expect", "form_params", "handler", "headers",
    "http_errors", "idn_conversion", "json", "multipart", "query", "synchronous",
};

/* The `delay` option (milliseconds before sending; Guzzle's retry middleware sets it between attempts), done as
 * Guzzle's curl handler does for a synchronous call: by sleeping before the call is made, so its timeout
 * starts after it. An async call's delay blocks as well (Guzzle's multi handler would wait without blocking).
 * Taken out of options into *delay_ms; FAILURE with an InvalidArgumentException for a value that is no delay. */
static zend_result take_delay(HashTable *options, double *delay_ms)
{
    zval *value = zend_hash_str_find_deref(options, ZEND_STRL("delay"));
    double ms;

    *delay_ms = 0;
    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_LONG && Z_TYPE_P(value) != IS_DOUBLE) {
        php_wechatpay_throw_invalid("Option 'delay' must be a number of milliseconds, %s given", zend_zval_type_name(value));
        return FAILURE;
    }
    ms = zval_get_double(value);
    if (!(ms >= 0 && ms <= 3600000)) {
        php_wechatpay_throw_invalid("Option 'delay' must be from 0 to 3600000 milliseconds");
        return FAILURE;
    }
    *delay_ms = ms;
    zend_hash_str_del(options, ZEND_STRL("delay"));
    return SUCCESS;
}

/* A copy of options without the consumed ones, the Guzzle options this handler cannot honour refused by name
 * (as the chain's verbs refuse them). NULL with an InvalidArgumentException thrown. */
static HashTable *handler_options(HashTable *options)
{
    HashTable *left = zend_array_dup(options);
    zval *decode;
    double delay_ms;
    size_t i;

    for (i = 0; i < sizeof(consumed_options) / sizeof(consumed_options[0]); i++) {
        zend_hash_str_del(left, consumed_options[i], strlen(consumed_options[i]));
    }
    /* false: the answer as it came, which is what the engine gives; a string asks Guzzle's curl handler to
     * advertise and decode encodings, which the engine never does (the signature covers the bytes as sent) */
    decode = zend_hash_str_find_deref(left, ZEND_STRL("decode_content"));
    if (decode && Z_TYPE_P(decode) == IS_FALSE) {
        zend_hash_str_del(left, ZEND_STRL("decode_content"));
    }
    if (take_delay(left, &delay_ms) == FAILURE || php_wechatpay_guzzle_options_refuse(left, false, "Option") == FAILURE) {
        zend_array_destroy(left);
        return NULL;
    }
    if (delay_ms > 0) {
        usleep((useconds_t) (delay_ms * 1000));
    }
    return left;
}

/* Calls $object->name() into out; FAILURE with the exception thrown. */
static zend_result call0(zval *object, const char *name, zval *out)
{
    return php_wechatpay_call_method(Z_OBJ_P(object), name, out, 0, NULL);
}

/* Calls $object->name() and returns its string form, or NULL with an exception thrown. */
static zend_string *call_string(zval *object, const char *name)
{
    zval value;
    zend_string *result;

    if (call0(object, name, &value) == FAILURE) {
        return NULL;
    }
    result = zval_try_get_string(&value);
    zval_ptr_dtor(&value);
    return result;
}

/* The Host the request's URI gives, as a PSR-7 request sets it (host, and the port when not the scheme's). */
static zend_string *uri_host(zval *uri)
{
    zval host, port;
    zend_string *result;

    if (call0(uri, "getHost", &host) == FAILURE) {
        return NULL;
    }
    if (call0(uri, "getPort", &port) == FAILURE) {
        zval_ptr_dtor(&host);
        return NULL;
    }
    if (Z_TYPE(port) == IS_LONG) {
        result = zend_strpprintf(0, "%s:" ZEND_LONG_FMT, Z_TYPE(host) == IS_STRING ? Z_STRVAL(host) : "", Z_LVAL(port));
    } else {
        result = Z_TYPE(host) == IS_STRING ? zend_string_copy(Z_STR(host)) : ZSTR_EMPTY_ALLOC();
    }
    zval_ptr_dtor(&host);
    zval_ptr_dtor(&port);
    return result;
}

/* The first value of a getHeaders() entry, or NULL. */
static zend_string *first_value(zval *values)
{
    zval *first;

    ZVAL_DEREF(values);
    if (Z_TYPE_P(values) != IS_ARRAY || (first = zend_hash_index_find(Z_ARRVAL_P(values), 0)) == NULL) {
        return NULL;
    }
    ZVAL_DEREF(first);
    return Z_TYPE_P(first) == IS_STRING ? Z_STR_P(first) : NULL;
}

/* The request's headers into a `headers` array the call takes, less what the engine frames itself: Host
 * when it is the URI's (libcurl sends that one), Content-Length (checked against the body once read),
 * `Transfer-Encoding: chunked` (the body is read whole and sent with its length) and `Expect: 100-continue`
 * (the engine sends the whole request without waiting, what Guzzle's prepare_body asks only as an
 * optimisation). Any other framing header, or one of those with another value, is left in, for the call to
 * refuse by name. */
static zend_result request_headers(zval *request, zval *uri, zval *out, zend_string **content_length)
{
    zval headers, *values;
    zend_string *name, *host = NULL;

    *content_length = NULL;
    if (call0(request, "getHeaders", &headers) == FAILURE) {
        return FAILURE;
    }
    array_init(out);
    if (Z_TYPE(headers) == IS_ARRAY) {
        ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(headers), name, values) {
            zend_string *value;

            if (name == NULL) {
                continue; /* an integer key cannot be a header name; PSR-7 never gives one */
            }
            value = first_value(values);
            if (zend_string_equals_literal_ci(name, "Host")) {
                if (host == NULL && (host = uri_host(uri)) == NULL) {
                    zval_ptr_dtor(&headers);
                    return FAILURE;
                }
                if (value && zend_string_equals_ci(value, host)) {
                    continue;
                }
            } else if (zend_string_equals_literal_ci(name, "Content-Length") && value) {
                *content_length = zend_string_copy(value);
                continue;
            } else if ((zend_string_equals_literal_ci(name, "Transfer-Encoding") && value
                        && zend_string_equals_literal_ci(value, "chunked"))
                       || (zend_string_equals_literal_ci(name, "Expect") && value
                           && zend_string_equals_literal_ci(value, "100-continue"))) {
                continue;
            }
            Z_TRY_ADDREF_P(values);
            zend_hash_update(Z_ARRVAL_P(out), name, values);
        } ZEND_HASH_FOREACH_END();
    }
    if (host) {
        zend_string_release(host);
    }
    zval_ptr_dtor(&headers);
    return SUCCESS;
}

/* Refuses a request of an HTTP version other than the engine's. */
static zend_result check_version(zval *request)
{
    zend_string *version = call_string(request, "getProtocolVersion");
    bool ok;

    if (version == NULL) {
        return FAILURE;
    }
    ok = zend_string_equals_literal(version, "1.1");
    if (!ok) {
        php_wechatpay_throw_invalid("Option 'version' (a Guzzle request option) is refused: the extension speaks HTTP/1.1, the request asks for %s",
                                    ZSTR_VAL(version));
    }
    zend_string_release(version);
    return ok ? SUCCESS : FAILURE;
}

/* A Content-Length the request gave must be its body's length: one that is not would make the surplus bytes
 * a second request on a pooled connection (README, Limits). */
static zend_result check_content_length(const php_wechatpay_call *call, zend_string *content_length)
{
    size_t body_len = call->body ? ZSTR_LEN(call->body) : 0;
    char text[MAX_LENGTH_OF_LONG + 1];

    if (content_length == NULL) {
        return SUCCESS;
    }
    snprintf(text, sizeof(text), "%zu", body_len);
    if (strcmp(ZSTR_VAL(content_length), text) != 0) {
        php_wechatpay_throw_invalid("The request's Content-Length (%s) is not the length of its body (%zu bytes): nothing was sent",
                                    ZSTR_VAL(content_length), body_len);
        return FAILURE;
    }
    return SUCCESS;
}

/* Reads request and options into call. FAILURE with an exception thrown (call safe to destroy). */
static zend_result prepare(php_wechatpay_engine_handler *handler, zval *request, HashTable *options,
                           php_wechatpay_call *call)
{
    HashTable *left;
    zend_string *method = NULL, *url = NULL, *content_length = NULL;
    zval uri, headers, body;
    zend_result result = FAILURE;

    memset(call, 0, sizeof(*call));
    wxp_buf_init(&call->url);
    wxp_headers_init(&call->headers);
    ZVAL_UNDEF(&uri);
    ZVAL_UNDEF(&headers);
    ZVAL_UNDEF(&body);
    if (handler->handle == NULL || handler->handle->client == NULL) {
        php_wechatpay_throw_invalid_state("The wechatpay client this Guzzle handler sends for is gone (its Builder::factory() tree was freed); nothing was sent");
        return FAILURE;
    }
    if ((left = handler_options(options)) == NULL) {
        return FAILURE;
    }
    if (check_version(request) == SUCCESS
        && (method = call_string(request, "getMethod")) != NULL
        && call0(request, "getUri", &uri) == SUCCESS && Z_TYPE(uri) == IS_OBJECT
        && (url = zval_try_get_string(&uri)) != NULL
        && request_headers(request, &uri, &headers, &content_length) == SUCCESS
        && call0(request, "getBody", &body) == SUCCESS) {
        /* the request's methods ran the app's code, which may have let the client go meanwhile */
        if (handler->handle->client == NULL) {
            php_wechatpay_throw_invalid_state("The wechatpay client this Guzzle handler sends for is gone (its Builder::factory() tree was freed); nothing was sent");
        } else {
            result = php_wechatpay_call_prepare_sent(call, handler->handle->client, method, url, &headers,
                                                     Z_TYPE(body) == IS_NULL ? NULL : &body, left);
        }
        if (result == SUCCESS) {
            result = check_content_length(call, content_length);
        }
    } else if (!EG(exception)) {
        php_wechatpay_throw_invalid("The request's getUri() must return a PSR-7 UriInterface");
    }
    if (method) zend_string_release(method);
    if (url) zend_string_release(url);
    if (content_length) zend_string_release(content_length);
    zval_ptr_dtor(&uri);
    zval_ptr_dtor(&headers);
    zval_ptr_dtor(&body);
    zend_array_destroy(left);
    return result;
}

ZEND_METHOD(WeChatPay_Http_EngineHandler, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

/* Every failure, of the options or the request too, rejects the promise: Guzzle's handlers never throw. */
ZEND_METHOD(WeChatPay_Http_EngineHandler, __invoke)
{
    zval *request, reason;
    HashTable *options;
    php_wechatpay_call call;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT(request)
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();

    php_wechatpay_promise_init(return_value);
    if (!EG(exception)) {
        if (prepare(handler_from_obj(Z_OBJ_P(ZEND_THIS)), request, options, &call) == SUCCESS) {
            php_wechatpay_loop_start(Z_OBJ_P(return_value), &call);
            return;
        }
        php_wechatpay_call_dtor(&call);
    }
    if (php_wechatpay_exiting() || Z_ISUNDEF_P(return_value)) {
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
    php_wechatpay_take_exception(&reason);
    php_wechatpay_promise_settle(Z_OBJ_P(return_value), false, &reason);
    zval_ptr_dtor(&reason);
}

zend_result php_wechatpay_engine_handler_minit(INIT_FUNC_ARGS)
{
    engine_handler_ce = register_class_WeChatPay_Http_EngineHandler();
    engine_handler_ce->create_object = engine_handler_new;
    memcpy(&engine_handler_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    engine_handler_handlers.offset = XtOffsetOf(php_wechatpay_engine_handler, std);
    engine_handler_handlers.free_obj = engine_handler_free;
    engine_handler_handlers.clone_obj = NULL;
    return SUCCESS;
}
