/* The `signer`, `verifier` and `http_errors` middleware (see middleware.h). One object type serves the three
 * classes, in one of three roles, because a Guzzle middleware is a chain of callables: the middleware itself
 * (`$mw($next)`), the handler it returns (`$h($request, $options)`), and, for the verifier and http_errors, the
 * step its promise goes through (`$step($response)`), which must know the request the answer is for. Each holds
 * a weak handle on the client (see client.h) and what its role needs: the next handler, or the request. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "client/middleware.h"
#include "client/middleware_arginfo.h"
#include "client/keys.h"
#include "http/exceptions.h"
#include "http/response.h"
#include "support/php_call.h"
#include "support/verify_input.h"
#include "support/request_classes.h"
#include "client/autocerts.h"
#include "wxp_clock.h"
#include "wxp_sign.h"
#include "wxp_verify.h"

typedef enum middleware_role {
    ROLE_MIDDLEWARE, /* `$mw($next)` makes a ROLE_HANDLER */
    ROLE_HANDLER,    /* `$h($request, $options)` */
    ROLE_STEP        /* the verifier's `$step($response)`, for one request */
} middleware_role;

typedef struct middleware {
    php_wechatpay_client_handle *handle;
    middleware_role role;
    zval next;    /* ROLE_HANDLER: the handler it passes requests to */
    zval request; /* ROLE_STEP: the request whose answer it verifies */
    zend_object std;
} middleware;

static zend_class_entry *signer_ce, *verifier_ce, *http_errors_ce;
static zend_object_handlers middleware_handlers;

static zend_always_inline middleware *middleware_from_obj(zend_object *obj)
{
    return (middleware *) ((char *) obj - XtOffsetOf(middleware, std));
}

static zend_object *middleware_create_object(zend_class_entry *ce)
{
    middleware *mw = zend_object_alloc(sizeof(middleware), ce);

    mw->handle = NULL;
    mw->role = ROLE_MIDDLEWARE;
    ZVAL_UNDEF(&mw->next);
    ZVAL_UNDEF(&mw->request);
    zend_object_std_init(&mw->std, ce);
    object_properties_init(&mw->std, ce);
    mw->std.handlers = &middleware_handlers;
    return &mw->std;
}

static void middleware_free_obj(zend_object *obj)
{
    middleware *mw = middleware_from_obj(obj);

    php_wechatpay_client_handle_release(mw->handle);
    mw->handle = NULL;
    zval_ptr_dtor(&mw->next);
    zval_ptr_dtor(&mw->request);
    zend_object_std_dtor(obj);
}

/* The next handler and the request may hold the app's closures: cycles through them are collected. */
static HashTable *middleware_get_gc(zend_object *obj, zval **table, int *n)
{
    middleware *mw = middleware_from_obj(obj);
    zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();

    zend_get_gc_buffer_add_zval(buffer, &mw->next);
    zend_get_gc_buffer_add_zval(buffer, &mw->request);
    zend_get_gc_buffer_use(buffer, table, n);
    return zend_std_get_properties(obj);
}

/* var_dump() shows the role only: the client behind it holds keys. */
static HashTable *middleware_get_debug_info(zend_object *obj, int *is_temp)
{
    static const char *const roles[] = {"middleware", "handler", "step"};
    HashTable *info = zend_new_array(1);
    zval tmp;

    *is_temp = 1;
    ZVAL_STRING(&tmp, roles[middleware_from_obj(obj)->role]);
    zend_hash_str_add_new(info, "role", sizeof("role") - 1, &tmp);
    return info;
}

zend_result php_wechatpay_middleware_minit(INIT_FUNC_ARGS)
{
    signer_ce = register_class_WeChatPay_Middleware_Signer();
    verifier_ce = register_class_WeChatPay_Middleware_Verifier();
    http_errors_ce = register_class_WeChatPay_Middleware_HttpErrors();
    signer_ce->create_object = middleware_create_object;
    verifier_ce->create_object = middleware_create_object;
    http_errors_ce->create_object = middleware_create_object;

    memcpy(&middleware_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    middleware_handlers.offset = XtOffsetOf(middleware, std);
    middleware_handlers.free_obj = middleware_free_obj;
    middleware_handlers.clone_obj = NULL;
    middleware_handlers.get_gc = middleware_get_gc;
    middleware_handlers.get_debug_info = middleware_get_debug_info;
    return SUCCESS;
}

/* Makes in out an object of ce in role, sharing handle (one more reference). */
static middleware *middleware_make(zval *out, zend_class_entry *ce, middleware_role role,
                                   php_wechatpay_client_handle *handle)
{
    middleware *mw;

    object_init_ex(out, ce);
    mw = middleware_from_obj(Z_OBJ_P(out));
    mw->role = role;
    mw->handle = handle;
    handle->refcount++;
    return mw;
}

static zend_result middleware_of(zval *out, zend_class_entry *ce, php_wechatpay_client *client)
{
    php_wechatpay_client_handle *handle = php_wechatpay_client_handle_of(client);

    middleware_make(out, ce, ROLE_MIDDLEWARE, handle);
    php_wechatpay_client_handle_release(handle);
    return SUCCESS;
}

zend_result php_wechatpay_middleware_signer(zval *out, php_wechatpay_client *client)
{
    return middleware_of(out, signer_ce, client);
}

zend_result php_wechatpay_middleware_verifier(zval *out, php_wechatpay_client *client)
{
    return middleware_of(out, verifier_ce, client);
}

zend_result php_wechatpay_middleware_http_errors(zval *out, php_wechatpay_client *client)
{
    return middleware_of(out, http_errors_ce, client);
}

/* ---- what the roles share ---- */

/* The client, or NULL with a LogicException: the app kept the stack after the client's last node went. */
static php_wechatpay_client *client_of(middleware *mw)
{
    if (mw->handle == NULL || mw->handle->client == NULL) {
        zend_throw_exception(spl_ce_LogicException,
                             "This WeChat Pay middleware's client is gone: keep the client (a node of its chain) "
                             "while its Guzzle stack is in use", 0);
        return NULL;
    }
    return mw->handle->client;
}

/* `$mw($next)`: the handler that wraps next. */
static void make_handler(INTERNAL_FUNCTION_PARAMETERS, middleware *mw, zval *next)
{
    middleware *handler;

    if (!zend_is_callable(next, 0, NULL)) {
        zend_argument_type_error(1, "must be the next handler (a callable), %s given", zend_zval_type_name(next));
        RETURN_THROWS();
    }
    handler = middleware_make(return_value, Z_OBJCE_P(ZEND_THIS), ROLE_HANDLER, mw->handle);
    ZVAL_COPY(&handler->next, next);
}

/* Checks that message is an object implementing the named PSR-7 interface (loaded: an object implementing it
 * means it is). Returns false with a TypeError thrown. */
static bool is_psr_message(zval *message, const char *iface_name, uint32_t arg)
{
    zend_class_entry *iface = php_wechatpay_request_class_lookup(iface_name, false);

    if (Z_TYPE_P(message) == IS_OBJECT && iface != NULL && instanceof_function(Z_OBJCE_P(message), iface)) {
        return true;
    }
    zend_argument_type_error(arg, "must be of type %s, %s given", iface_name, zend_zval_type_name(message));
    return false;
}

/* Calls $object->name(...args) into retval; returns false with an exception when it threw. */
static bool call_method(zval *object, const char *name, zval *retval, uint32_t argc, zval *argv)
{
    ZVAL_UNDEF(retval);
    if (php_wechatpay_call_method(Z_OBJ_P(object), name, retval, argc, argv) == FAILURE || EG(exception)) {
        zval_ptr_dtor(retval);
        ZVAL_UNDEF(retval);
        return false;
    }
    return true;
}

/* Calls a string-returning method; returns its value (one reference) or NULL with an exception. */
static zend_string *call_string_method(zval *object, const char *name, uint32_t argc, zval *argv)
{
    zval ret;
    zend_string *str;

    if (!call_method(object, name, &ret, argc, argv)) {
        return NULL;
    }
    str = zval_try_get_string(&ret);
    zval_ptr_dtor(&ret);
    return str;
}

/* The package's body(): the whole body when its stream can seek (rewound after), else "". */
static zend_string *message_body(zval *message)
{
    zval stream, seekable, ignored;
    zend_string *body = NULL;

    ZVAL_UNDEF(&ignored);

    if (!call_method(message, "getBody", &stream, 0, NULL)) {
        return NULL;
    }
    if (Z_TYPE(stream) != IS_OBJECT) {
        zval_ptr_dtor(&stream);
        return ZSTR_EMPTY_ALLOC();
    }
    if (call_method(&stream, "isSeekable", &seekable, 0, NULL)) {
        if (Z_TYPE(seekable) == IS_TRUE) {
            body = zval_try_get_string(&stream);
            if (body != NULL && !call_method(&stream, "rewind", &ignored, 0, NULL)) {
                zend_string_release(body);
                body = NULL;
            }
            zval_ptr_dtor(&ignored);
        } else {
            body = ZSTR_EMPTY_ALLOC();
        }
    }
    zval_ptr_dtor(&seekable);
    zval_ptr_dtor(&stream);
    return body;
}

/* Calls next($request, $options) into return_value. */
static void pass_on(zval *next, zval *request, zval *options, zval *return_value)
{
    zval args[2];

    ZVAL_COPY_VALUE(&args[0], request);
    ZVAL_COPY_VALUE(&args[1], options);
    call_user_function(NULL, NULL, next, return_value, 2, args);
}

/* ---- the signer ---- */

/* Returns the Authorization value for request, or NULL with an exception. */
static zend_string *authorization_of(php_wechatpay_client *client, zval *request)
{
    zend_string *method = NULL, *target = NULL, *body = NULL, *result = NULL;
    wxp_signer signer = {ZSTR_VAL(client->mchid), ZSTR_VAL(client->serial), client->private_key,
                         php_wechatpay_client_signer(client)};
    wxp_buf authorization;
    wxp_err err;

    if (client->private_key == NULL) { /* an APIv2-only config's placeholder */
        php_wechatpay_throw_invalid("Cannot sign the request: this client's APIv3 keys are placeholders (config 'privateKey' is not a key, as an APIv2-only config gives it)");
        return NULL;
    }
    if ((method = call_string_method(request, "getMethod", 0, NULL)) == NULL
        || (target = call_string_method(request, "getRequestTarget", 0, NULL)) == NULL
        || (body = message_body(request)) == NULL) {
        goto done;
    }
    wxp_err_clear(&err);
    wxp_buf_init(&authorization);
    if (wxp_sign_request(&signer, ZSTR_VAL(method), ZSTR_VAL(target), ZSTR_LEN(target), ZSTR_VAL(body),
                         ZSTR_LEN(body), wxp_clock_unix_seconds(), &authorization, &err) != 0) {
        php_wechatpay_throw_invalid("Cannot sign the request: %s", err.message);
    } else {
        result = zend_string_init(wxp_buf_cstr(&authorization), authorization.len, 0);
    }
    wxp_buf_free(&authorization);
done:
    if (method) zend_string_release(method);
    if (target) zend_string_release(target);
    if (body) zend_string_release(body);
    return result;
}

/* The signer's handler: the request with its Authorization (any earlier one replaced) goes on. */
static void sign_and_pass_on(middleware *mw, zval *request, zval *options, zval *return_value)
{
    php_wechatpay_client *client = client_of(mw);
    zend_string *authorization;
    zval args[2], signed_request;

    if (client == NULL || !is_psr_message(request, "Psr\\Http\\Message\\RequestInterface", 1)) {
        return;
    }
    /* the request's methods run the app's code, which may let the tree go: hold the client meanwhile */
    php_wechatpay_client_addref(client);
    authorization = authorization_of(client, request);
    php_wechatpay_client_release(client);
    if (authorization == NULL) {
        return;
    }
    ZVAL_STRINGL(&args[0], "Authorization", sizeof("Authorization") - 1);
    ZVAL_STR(&args[1], authorization);
    if (call_method(request, "withHeader", &signed_request, 2, args)) {
        pass_on(&mw->next, &signed_request, options, return_value);
        zval_ptr_dtor(&signed_request);
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
}

/* ---- the verifier ---- */

/* The first value of header name of response, or NULL (absent, or an exception: check EG(exception)). */
static zend_string *first_header(zval *response, const char *name)
{
    zend_string *value = php_wechatpay_response_header_first(response, name, strlen(name));
    zval arg, values, *first;

    if (value != NULL) { /* one of our responses: no PHP call */
        return zend_string_copy(value);
    }
    ZVAL_STRING(&arg, name);
    if (call_method(response, "getHeader", &values, 1, &arg) && Z_TYPE(values) == IS_ARRAY
        && (first = zend_hash_index_find(Z_ARRVAL(values), 0)) != NULL) {
        value = zval_try_get_string(first);
    }
    zval_ptr_dtor(&values);
    zval_ptr_dtor(&arg);
    return value;
}

/* The keyring to verify with: a certs array the factory got by reference is read now (it may have grown since,
 * as the package's download tool adds to it), else the client's own. *owned is set when the caller frees it. */
static wxp_keyring *keyring_now(php_wechatpay_client *client, bool *owned)
{
    zval *certs = &client->certs_ref;

    *owned = false;
    if (Z_TYPE_P(certs) == IS_REFERENCE && Z_TYPE_P(Z_REFVAL_P(certs)) == IS_ARRAY) {
        *owned = true;
        return php_wechatpay_certs_keyring(Z_ARRVAL_P(Z_REFVAL_P(certs)));
    }
    return client->certs;
}

/* The request's path, or NULL with an exception. */
static zend_string *request_path(zval *request)
{
    zval uri;
    zend_string *path;

    if (!call_method(request, "getUri", &uri, 0, NULL)) {
        return NULL;
    }
    path = Z_TYPE(uri) == IS_OBJECT ? call_string_method(&uri, "getPath", 0, NULL) : ZSTR_EMPTY_ALLOC();
    zval_ptr_dtor(&uri);
    return path;
}

/* Throws the VerificationException of response to request, with err's message. */
static void throw_unverified(zval *request, zval *response, const wxp_err *err)
{
    zend_string *method = call_string_method(request, "getMethod", 0, NULL), *url = NULL, *request_id = NULL;
    zval uri, status, exception;

    if (method != NULL && call_method(request, "getUri", &uri, 0, NULL)) {
        url = zval_try_get_string(&uri);
        zval_ptr_dtor(&uri);
    }
    if (url != NULL && call_method(response, "getStatusCode", &status, 0, NULL)) {
        request_id = first_header(response, "Request-ID");
        if (!EG(exception)) {
            php_wechatpay_exception_verification_of(&exception, request, response, ZSTR_VAL(method), ZSTR_VAL(url),
                                                    zval_get_long(&status), request_id, err);
            zend_throw_exception_object(&exception);
        }
        zval_ptr_dtor(&status);
    }
    if (method) zend_string_release(method);
    if (url) zend_string_release(url);
    if (request_id) zend_string_release(request_id);
}

/* The step: returns (in return_value) the response when it verifies, else throws. */
static void verify_response(middleware *mw, zval *response, zval *return_value)
{
    php_wechatpay_client *client = client_of(mw);
    static const char *const names[PHP_WECHATPAY_VERIFY_HEADER_COUNT] = PHP_WECHATPAY_VERIFY_HEADERS;
    zend_string *path = NULL, *values[PHP_WECHATPAY_VERIFY_HEADER_COUNT] = {NULL}, *body = NULL;
    wxp_verify_input in;
    size_t i;
    wxp_keyring *ring = NULL;
    bool owned = false;
    wxp_err err;
    zval why;

    ZVAL_UNDEF(&why);
    if (client == NULL || !is_psr_message(response, "Psr\\Http\\Message\\ResponseInterface", 1)) {
        return;
    }
    /* the messages' methods run the app's code, which may let the tree go: hold the client meanwhile */
    php_wechatpay_client_addref(client);
    if ((path = request_path(&mw->request)) == NULL) {
        goto done;
    }
    if (wxp_verify_is_unsigned_path(ZSTR_VAL(path), ZSTR_LEN(path))) {
        ZVAL_COPY(return_value, response);
        goto done;
    }
    for (i = 0; i < PHP_WECHATPAY_VERIFY_HEADER_COUNT && !EG(exception); i++) {
        values[i] = first_header(response, names[i]);
    }
    if (EG(exception) || (body = message_body(response)) == NULL || (ring = keyring_now(client, &owned)) == NULL) {
        goto done;
    }
    php_wechatpay_verify_input_from(&in, values, body);
    /* with apiv3Key, a serial the client's certs lack may make it fetch the platform certificates (PHP code) */
    if (!owned && (ring = php_wechatpay_autocerts_ring(client, in.serial, in.serial_len, &why)) == NULL) {
        goto done; /* exit() unwinding */
    }
    wxp_err_clear(&err);
    if (wxp_verify_response(&in, ring, wxp_clock_unix_seconds(), &err) == 0) {
        ZVAL_COPY(return_value, response);
    } else {
        throw_unverified(&mw->request, response, &err);
        if (!Z_ISUNDEF(why) && EG(exception)) { /* why the certificates were not fetched, or failed to be */
            zend_exception_set_previous(EG(exception), Z_OBJ(why));
            ZVAL_UNDEF(&why);
        }
    }
done:
    zval_ptr_dtor(&why);
    if (owned) {
        wxp_keyring_free(ring);
    }
    php_wechatpay_client_release(client);
    if (path) zend_string_release(path);
    for (i = 0; i < PHP_WECHATPAY_VERIFY_HEADER_COUNT; i++) {
        if (values[i]) zend_string_release(values[i]);
    }
    if (body) zend_string_release(body);
}

/* The handler of the verifier and of http_errors: the next handler's promise, through a step of the same class
 * that checks the answer to this request. */
static void pass_on_through_step(middleware *mw, zend_class_entry *ce, zval *request, zval *options,
                                 zval *return_value)
{
    zval promise, step;
    middleware *checking;

    /* no client needed yet: the verifier's step looks for it when it verifies, http_errors never does */
    if (!is_psr_message(request, "Psr\\Http\\Message\\RequestInterface", 1)) {
        return;
    }
    ZVAL_UNDEF(&promise);
    pass_on(&mw->next, request, options, &promise);
    if (EG(exception) || Z_TYPE(promise) != IS_OBJECT) {
        if (!EG(exception)) {
            zend_throw_exception(spl_ce_UnexpectedValueException, "The next handler did not return a promise", 0);
        }
        zval_ptr_dtor(&promise);
        return;
    }
    checking = middleware_make(&step, ce, ROLE_STEP, mw->handle);
    ZVAL_COPY(&checking->request, request);
    if (!call_method(&promise, "then", return_value, 1, &step)) {
        ZVAL_UNDEF(return_value);
    }
    zval_ptr_dtor(&step);
    zval_ptr_dtor(&promise);
}

/* ---- http_errors ---- */

/* Guzzle's test: an option that is empty() (absent, false, null, 0, '') turns the middleware off. */
static bool http_errors_on(zval *options)
{
    zval *value = Z_TYPE_P(options) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(options), ZEND_STRL("http_errors"))
                                                : NULL;

    return value != NULL && zend_is_true(value);
}

/* The step: the response when its status is under 400, else the verbs' exception of it thrown. */
static void classify_response(middleware *mw, zval *response, zval *return_value)
{
    zend_string *method = NULL, *url = NULL, *body = NULL;
    zval status, uri, exception;

    if (!is_psr_message(response, "Psr\\Http\\Message\\ResponseInterface", 1)
        || !call_method(response, "getStatusCode", &status, 0, NULL)) {
        return;
    }
    if (zval_get_long(&status) < 400) {
        ZVAL_COPY(return_value, response);
        zval_ptr_dtor(&status);
        return;
    }
    if ((method = call_string_method(&mw->request, "getMethod", 0, NULL)) != NULL
        && call_method(&mw->request, "getUri", &uri, 0, NULL)) {
        url = zval_try_get_string(&uri);
        zval_ptr_dtor(&uri);
    }
    if (url != NULL && (body = message_body(response)) != NULL) {
        php_wechatpay_exception_bad_response_of(&exception, &mw->request, response, ZSTR_VAL(method), ZSTR_VAL(url),
                                                (int) zval_get_long(&status), ZSTR_VAL(body), ZSTR_LEN(body));
        if (!EG(exception)) {
            zend_throw_exception_object(&exception);
        } else {
            zval_ptr_dtor(&exception);
        }
    }
    zval_ptr_dtor(&status);
    if (method) zend_string_release(method);
    if (url) zend_string_release(url);
    if (body) zend_string_release(body);
}

/* The classes' __invoke: the role and the class say what the call is. */
static void middleware_invoke(INTERNAL_FUNCTION_PARAMETERS)
{
    middleware *mw = middleware_from_obj(Z_OBJ_P(ZEND_THIS));
    zval *first, *options = NULL, empty;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(first)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(options)
    ZEND_PARSE_PARAMETERS_END();

    if (options == NULL) { /* Guzzle always passes its options; a handler called without gets [] */
        ZVAL_EMPTY_ARRAY(&empty);
        options = &empty;
    }
    switch (mw->role) {
        case ROLE_MIDDLEWARE:
            make_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU, mw, first);
            return;
        case ROLE_HANDLER:
            if (Z_OBJCE_P(ZEND_THIS) == signer_ce) {
                sign_and_pass_on(mw, first, options, return_value);
            } else if (Z_OBJCE_P(ZEND_THIS) == http_errors_ce && !http_errors_on(options)) {
                pass_on(&mw->next, first, options, return_value);
            } else {
                pass_on_through_step(mw, Z_OBJCE_P(ZEND_THIS), first, options, return_value);
            }
            return;
        case ROLE_STEP:
            if (Z_OBJCE_P(ZEND_THIS) == http_errors_ce) {
                classify_response(mw, first, return_value);
            } else {
                verify_response(mw, first, return_value);
            }
            return;
    }
}

/* ---- the classes' methods ---- */

ZEND_METHOD(WeChatPay_Middleware_Signer, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Middleware_Signer, __invoke)
{
    middleware_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WeChatPay_Middleware_Verifier, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Middleware_HttpErrors, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Middleware_HttpErrors, __invoke)
{
    middleware_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(WeChatPay_Middleware_Verifier, __invoke)
{
    middleware_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}
