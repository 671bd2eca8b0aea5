/* WeChatPay\ClientDecorator (see driver.h). The decorator holds only a weak handle on its client (the client
 * holds the decorator, client->driver), and the Guzzle client it made once: a GuzzleHttp\Client configured as
 * wechatpay-php's (base_uri, the default headers, the client's transport settings) over a HandlerStack that
 * Guzzle's HandlerStack::create() builds on the extension's engine handler, with the `signer` placed before
 * `prepare_body` and the `verifier` outermost, as wechatpay-php 1.4.12 places its own. */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "module/pool.h"
#include "module/globals.h"
#include "client/driver.h"
#include "client/driver_arginfo.h"
#include "client/call.h"
#include "client/engine_handler.h"
#include "client/middleware.h"
#include "helpers/sensitive.h"
#include "async/promise.h"
#include "http/exceptions.h"
#include "support/php_call.h"
#include "support/request_classes.h"

typedef struct php_wechatpay_driver {
    php_wechatpay_client_handle *handle;
    zval guzzle;    /* the APIv3 GuzzleHttp\Client, UNDEF until select() made it */
    zval stack;     /* its HandlerStack */
    zval resolved;  /* what $stack->resolve() gave once the stack was built: HandlerStack caches it until the
                     * stack changes (push, unshift, remove, before, after, setHandler), so while resolve()
                     * still gives this very closure the stack is the one the extension built */
    zend_object std;
} php_wechatpay_driver;

static zend_class_entry *driver_ce;
static zend_object_handlers driver_handlers;

#define GUZZLE_MISSING "Guzzle middleware (getDriver()->select()) needs guzzlehttp/guzzle 7, which could not be loaded: " \
    "`composer require guzzlehttp/guzzle:^7` (with Composer's autoloader included) or, on Debian, `apt install php-guzzlehttp-guzzle` " \
    "and require '/usr/share/php/GuzzleHttp/autoload.php'; the chain's verbs need neither"

static zend_always_inline php_wechatpay_driver *driver_from_obj(zend_object *obj)
{
    return (php_wechatpay_driver *) ((char *) obj - XtOffsetOf(php_wechatpay_driver, std));
}

static zend_object *driver_new(zend_class_entry *ce)
{
    php_wechatpay_driver *driver = zend_object_alloc(sizeof(php_wechatpay_driver), ce);

    zend_object_std_init(&driver->std, ce);
    driver->std.handlers = &driver_handlers;
    ZVAL_UNDEF(&driver->guzzle);
    ZVAL_UNDEF(&driver->stack);
    ZVAL_UNDEF(&driver->resolved);
    return &driver->std;
}

static void driver_free(zend_object *obj)
{
    php_wechatpay_driver *driver = driver_from_obj(obj);

    php_wechatpay_client_handle_release(driver->handle);
    zval_ptr_dtor(&driver->guzzle);
    zval_ptr_dtor(&driver->stack);
    zval_ptr_dtor(&driver->resolved);
    zend_object_std_dtor(obj);
}

/* The app's middleware may hold the decorator (or its Guzzle client): report what it holds to the GC. */
static HashTable *driver_get_gc(zend_object *obj, zval **table, int *n)
{
    php_wechatpay_driver *driver = driver_from_obj(obj);
    zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();

    zend_get_gc_buffer_add_zval(buffer, &driver->guzzle);
    zend_get_gc_buffer_add_zval(buffer, &driver->stack);
    zend_get_gc_buffer_add_zval(buffer, &driver->resolved);
    zend_get_gc_buffer_use(buffer, table, n);
    return NULL;
}

zval *php_wechatpay_driver_of(php_wechatpay_client *client)
{
    if (Z_ISUNDEF(client->driver)) {
        object_init_ex(&client->driver, driver_ce);
        driver_from_obj(Z_OBJ(client->driver))->handle = php_wechatpay_client_handle_of(client);
    }
    return &client->driver;
}

zend_result php_wechatpay_driver_read_config(php_wechatpay_client *client, HashTable *config)
{
    zval *value = zend_hash_str_find_deref(config, ZEND_STRL("handler"));
    zend_class_entry *stack_ce;

    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    /* an object of the class is there only once the class is loaded: no autoload needed */
    stack_ce = php_wechatpay_request_class_lookup("GuzzleHttp\\HandlerStack", false);
    if (Z_TYPE_P(value) != IS_OBJECT || stack_ce == NULL || !instanceof_function(Z_OBJCE_P(value), stack_ce)) {
        php_wechatpay_throw_invalid("Config 'handler' must be a GuzzleHttp\\HandlerStack (getDriver()'s Guzzle client uses a copy of it, with the signer and verifier added), %s given",
                                    Z_TYPE_P(value) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(value)->name) : zend_zval_type_name(value));
        return FAILURE;
    }
    ZVAL_COPY(&client->handler, value);
    return SUCCESS;
}

/* $object->name(...argv), its result dropped. */
static zend_result call_void(zval *object, const char *name, uint32_t argc, zval *argv)
{
    zval retval;

    if (php_wechatpay_call_method(Z_OBJ_P(object), name, &retval, argc, argv) == FAILURE) {
        return FAILURE;
    }
    zval_ptr_dtor(&retval);
    return SUCCESS;
}

/* Adds name => value to a headers array, a second value of the same name making a list. */
static void add_header_value(zval *headers, const char *name, size_t name_len, const char *value, size_t value_len)
{
    zval *existing = zend_hash_str_find(Z_ARRVAL_P(headers), name, name_len), list;

    if (existing == NULL) {
        add_assoc_stringl_ex(headers, name, name_len, value, value_len);
        return;
    }
    if (Z_TYPE_P(existing) != IS_ARRAY) {
        array_init(&list);
        Z_ADDREF_P(existing);
        add_next_index_zval(&list, existing);
        zend_hash_str_update(Z_ARRVAL_P(headers), name, name_len, &list);
        existing = zend_hash_str_find(Z_ARRVAL_P(headers), name, name_len);
    }
    add_next_index_stringl(existing, value, value_len);
}

/* The default headers of every call (call.h), then the config's, as the chain's verbs merge them. */
static void default_headers(php_wechatpay_client *client, zval *headers)
{
    zend_string *user_agent = WECHATPAY_G(user_agent); /* made with the engine */
    size_t i;

    array_init(headers);
    add_assoc_string(headers, "Accept", PHP_WECHATPAY_DEFAULT_ACCEPT);
    add_assoc_string(headers, "Content-Type", PHP_WECHATPAY_DEFAULT_CONTENT_TYPE);
    if (user_agent) {
        add_assoc_str(headers, "User-Agent", zend_string_copy(user_agent));
    } else {
        add_assoc_string(headers, "User-Agent", PHP_WECHATPAY_UA_PRODUCT);
    }
    for (i = 0; i < client->headers.count; i++) { /* a config header replaces a default of any case */
        const wxp_header *h = &client->headers.items[i];
        zend_string *key;
        zend_ulong index;

        ZEND_HASH_FOREACH_KEY(Z_ARRVAL_P(headers), index, key) {
            (void) index;
            if (key && ZSTR_LEN(key) == h->name_len && strncasecmp(ZSTR_VAL(key), h->name, h->name_len) == 0
                && !zend_string_equals_cstr(key, h->name, h->name_len)) {
                zend_hash_del(Z_ARRVAL_P(headers), key);
                break;
            }
        } ZEND_HASH_FOREACH_END();
    }
    for (i = 0; i < client->headers.count; i++) {
        const wxp_header *h = &client->headers.items[i];
        zend_hash_str_del(Z_ARRVAL_P(headers), h->name, h->name_len);
    }
    for (i = 0; i < client->headers.count; i++) {
        const wxp_header *h = &client->headers.items[i];
        add_header_value(headers, h->name, h->name_len, h->value, h->value_len);
    }
}

/* The Guzzle client's config: as wechatpay-php's (base_uri, headers) plus the client's transport settings,
 * which the engine handler reads back from each call's options. */
static void guzzle_config(php_wechatpay_client *client, zval *stack, zval *config)
{
    const php_wechatpay_transport *t = &client->transport;
    zval headers;

    array_init(config);
    add_assoc_str(config, "base_uri", zend_string_copy(t->base_uri));
    default_headers(client, &headers);
    add_assoc_zval(config, "headers", &headers);
    add_assoc_double(config, "timeout", (double) t->timeout_ms / 1000.0);
    add_assoc_double(config, "connect_timeout", (double) t->connect_timeout_ms / 1000.0);
    if (t->verify_tls && t->ca_file) {
        add_assoc_str(config, "verify", zend_string_copy(t->ca_file));
    } else {
        add_assoc_bool(config, "verify", t->verify_tls);
    }
    if (t->proxy) {
        add_assoc_str(config, "proxy", zend_string_copy(t->proxy));
    }
    add_assoc_bool(config, "http_errors", t->http_errors);
    if (t->max_response_size_set) {
        add_assoc_long(config, "max_response_size", t->max_response_size);
    }
    Z_ADDREF_P(stack);
    add_assoc_zval(config, "handler", stack);
}

/* The stack: a copy of the config's (as wechatpay-php clones it), given the engine handler when it has none,
 * or HandlerStack::create() over the engine handler; then `signer` before `prepare_body`, `verifier` first. */
/* Puts middleware (taken) on stack under name: $stack->unshift($middleware, $name) when anchor is NULL, else
 * $stack->before($anchor, $middleware, $name). FAILURE with an exception thrown. */
static zend_result stack_add(zval *stack, const char *anchor, zval *middleware, const char *name)
{
    zval args[3];
    uint32_t n = 0;
    zend_result result;

    if (anchor != NULL) {
        ZVAL_STRING(&args[n++], anchor);
    }
    ZVAL_COPY_VALUE(&args[n++], middleware);
    ZVAL_STRING(&args[n++], name);
    result = call_void(stack, anchor != NULL ? "before" : "unshift", n, args);
    while (n > 0) {
        zval_ptr_dtor(&args[--n]);
    }
    return result;
}

/* Takes Guzzle's `http_errors` off a stack HandlerStack::create() made, where it is outermost, and puts the
 * extension's in its place under the same name. */
static zend_result replace_http_errors(php_wechatpay_client *client, zval *stack)
{
    zval name, middleware;
    zend_result result;

    ZVAL_STRING(&name, "http_errors");
    result = call_void(stack, "remove", 1, &name);
    zval_ptr_dtor(&name);
    if (result == FAILURE || php_wechatpay_middleware_http_errors(&middleware, client) == FAILURE) {
        return FAILURE;
    }
    return stack_add(stack, NULL, &middleware, "http_errors");
}

static zend_result build_stack(php_wechatpay_client *client, zend_class_entry *stack_ce, zval *stack)
{
    zval engine, has, middleware;
    zend_result result;

    php_wechatpay_engine_handler_create(&engine, client);
    if (!Z_ISUNDEF(client->handler)) {
        zend_object *copy = Z_OBJ_HT(client->handler)->clone_obj
            ? Z_OBJ_HT(client->handler)->clone_obj(Z_OBJ(client->handler)) : NULL;

        if (copy == NULL || EG(exception)) {
            if (copy) {
                OBJ_RELEASE(copy);
            }
            zval_ptr_dtor(&engine);
            if (!EG(exception)) {
                php_wechatpay_throw_invalid("Config 'handler' cannot be copied");
            }
            return FAILURE;
        }
        ZVAL_OBJ(stack, copy);
        result = php_wechatpay_call_method(Z_OBJ_P(stack), "hasHandler", &has, 0, NULL);
        if (result == SUCCESS && !zend_is_true(&has)) {
            result = call_void(stack, "setHandler", 1, &engine);
        }
        zval_ptr_dtor(&has);
    } else {
        result = php_wechatpay_call_static(stack_ce, "create", stack, 1, &engine);
        /* Guzzle's http_errors, outermost of what create() made, gives way to the extension's in the same
         * place: the verbs' exceptions (WeChat Pay's code, message, detail) over Guzzle's classes */
        if (result == SUCCESS) {
            result = replace_http_errors(client, stack);
        }
    }
    zval_ptr_dtor(&engine);
    if (result == FAILURE) {
        return FAILURE;
    }
    /* the package's places: the signer just outside prepare_body, the verifier outermost */
    if (php_wechatpay_middleware_signer(&middleware, client) == FAILURE
        || stack_add(stack, "prepare_body", &middleware, "signer") == FAILURE
        || php_wechatpay_middleware_verifier(&middleware, client) == FAILURE) {
        return FAILURE;
    }
    return stack_add(stack, NULL, &middleware, "verifier");
}

/* Makes the decorator's Guzzle client (once). FAILURE with an exception thrown. */
static zend_result make_guzzle(php_wechatpay_driver *driver)
{
    php_wechatpay_client *client = driver->handle ? driver->handle->client : NULL;
    zend_class_entry *client_ce, *stack_ce;
    zval stack, guzzle, config, resolved, retval;

    if (client == NULL) {
        php_wechatpay_throw_invalid_state("The wechatpay client of this decorator is gone (its Builder::factory() tree was freed)");
        return FAILURE;
    }
    client_ce = php_wechatpay_request_class_lookup("GuzzleHttp\\Client", true);
    stack_ce = client_ce ? php_wechatpay_request_class_lookup("GuzzleHttp\\HandlerStack", true) : NULL;
    if (stack_ce == NULL) {
        if (!EG(exception)) {
            zend_throw_exception(spl_ce_LogicException, GUZZLE_MISSING, 0);
        }
        return FAILURE;
    }
    if (php_wechatpay_engine() == NULL) { /* the User-Agent is made with the engine */
        return FAILURE;
    }
    ZVAL_UNDEF(&stack);
    if (build_stack(client, stack_ce, &stack) == FAILURE) {
        zval_ptr_dtor(&stack);
        return FAILURE;
    }
    guzzle_config(client, &stack, &config);
    object_init_ex(&guzzle, client_ce);
    if (php_wechatpay_call_method(Z_OBJ(guzzle), "__construct", &retval, 1, &config) == FAILURE
        || php_wechatpay_call_method(Z_OBJ(stack), "resolve", &resolved, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&config);
        zval_ptr_dtor(&guzzle);
        zval_ptr_dtor(&stack);
        return FAILURE;
    }
    zval_ptr_dtor(&retval);
    zval_ptr_dtor(&config);
    if (!Z_ISUNDEF(driver->guzzle)) { /* made meanwhile, by PHP code the calls above ran */
        zval_ptr_dtor(&guzzle);
        zval_ptr_dtor(&stack);
        zval_ptr_dtor(&resolved);
        return SUCCESS;
    }
    ZVAL_COPY_VALUE(&driver->guzzle, &guzzle);
    ZVAL_COPY_VALUE(&driver->stack, &stack);
    ZVAL_COPY_VALUE(&driver->resolved, &resolved);
    return SUCCESS;
}

/* select(): the APIv3 Guzzle client, or an exception thrown (APIv2, no Guzzle, client gone). */
static zval *driver_select(php_wechatpay_driver *driver, const char *protocol, size_t protocol_len)
{
    if (protocol && protocol_len == 2 && strncasecmp(protocol, "v2", 2) == 0) {
        zend_throw_exception(spl_ce_BadMethodCallException,
                             "select('v2'): the wechatpay extension serves APIv2 through the chain's own verbs ($instance->v2->..., when neither the config nor the call gives a 'handler' and getDriver()'s stack is unchanged), not through a Guzzle client", 0);
        return NULL;
    }
    if (Z_ISUNDEF(driver->guzzle) && make_guzzle(driver) == FAILURE) {
        return NULL;
    }
    return &driver->guzzle;
}

/* request()/requestAsync(): `v2/...` is APIv2's (refused by select), anything else APIv3's; the template is
 * expanded with the options as the chain's verbs expand it, then handed to the Guzzle client. */
static zend_result driver_request(php_wechatpay_driver *driver, zend_string *method, zend_string *uri,
                                  HashTable *options, bool async, zval *return_value)
{
    zval *selected, guzzle, args[3];
    wxp_buf expanded;
    zend_result result;
    bool v2 = ZSTR_LEN(uri) >= 3 && strncasecmp(ZSTR_VAL(uri), "v2/", 3) == 0;

    selected = driver_select(driver, v2 ? "v2" : NULL, v2 ? 2 : 0);
    if (selected == NULL) {
        return FAILURE;
    }
    wxp_buf_init(&expanded);
    if (php_wechatpay_call_expand(uri, options, &expanded) == FAILURE) {
        wxp_buf_free(&expanded);
        return FAILURE;
    }
    ZVAL_ARR(&args[2], zend_array_dup(options));
    /* Sensitive values in `json`: their Wechatpay-Serial goes in the options, whatever handler sends them */
    if (driver->handle != NULL && driver->handle->client != NULL /* gone: its engine handler refuses to send */
        && php_wechatpay_sensitive_options(driver->handle->client, Z_ARRVAL(args[2])) == FAILURE) {
        zval_ptr_dtor(&args[2]);
        wxp_buf_free(&expanded);
        return FAILURE;
    }
    ZVAL_COPY(&guzzle, selected); /* held: PHP code below may free the decorator */
    ZVAL_STR_COPY(&args[0], method);
    ZVAL_STRINGL(&args[1], wxp_buf_cstr(&expanded), expanded.len);
    wxp_buf_free(&expanded);
    result = php_wechatpay_call_method(Z_OBJ(guzzle), async ? "requestAsync" : "request", return_value, 3, args);
    zval_ptr_dtor(&guzzle);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);
    return result;
}

/* Whether the app changed the stack select() built (see php_wechatpay_driver.resolved). */
static bool stack_changed(php_wechatpay_driver *driver)
{
    zval now;
    bool changed;

    if (Z_ISUNDEF(driver->stack)) {
        return false; /* select() never ran: the app holds no stack to change */
    }
    if (php_wechatpay_call_method(Z_OBJ(driver->stack), "resolve", &now, 0, NULL) == FAILURE) {
        zend_clear_exception(); /* the Guzzle call will meet the same failure and report it */
        return true;
    }
    changed = Z_TYPE(now) != IS_OBJECT || Z_TYPE(driver->resolved) != IS_OBJECT || Z_OBJ(now) != Z_OBJ(driver->resolved);
    zval_ptr_dtor(&now);
    return changed;
}

bool php_wechatpay_driver_route(php_wechatpay_client *client, zend_string *path, const char *method,
                                HashTable *options, bool async, zval *return_value)
{
    php_wechatpay_driver *driver;
    zend_string *method_name;
    zval decorator, outcome, reason;
    zend_result result;

    if (Z_ISUNDEF(client->handler) && !php_wechatpay_driver_call_handler(options)
        && (Z_ISUNDEF(client->driver) || !stack_changed(driver_from_obj(Z_OBJ(client->driver))))) {
        return false;
    }
    ZVAL_COPY(&decorator, php_wechatpay_driver_of(client)); /* held: PHP code below may free the tree */
    driver = driver_from_obj(Z_OBJ(decorator));
    method_name = zend_string_init(method, strlen(method), 0);
    ZVAL_UNDEF(&outcome);
    result = driver_request(driver, method_name, path, options, async, &outcome);
    zend_string_release(method_name);
    zval_ptr_dtor(&decorator);
    if (!async) {
        if (result == SUCCESS) {
            ZVAL_COPY_VALUE(return_value, &outcome);
        }
        return true;
    }
    /* async: always a WeChatPay\Promise, as the verbs' own path gives (a Guzzle promise is adopted), and every
     * failure rejects it */
    if (result == SUCCESS && Z_TYPE(outcome) == IS_OBJECT && php_wechatpay_is_promise(Z_OBJ(outcome))) {
        ZVAL_COPY_VALUE(return_value, &outcome);
        return true;
    }
    ZVAL_UNDEF(&reason);
    if (result == FAILURE) {
        if (php_wechatpay_exiting()) {
            return true;
        }
        php_wechatpay_take_exception(&reason);
    }
    php_wechatpay_promise_init(return_value);
    if (EG(exception)) { /* the app's autoloader, run by the first promise of a request, threw */
        if (php_wechatpay_exiting()) {
            zval_ptr_dtor(return_value);
            ZVAL_UNDEF(return_value);
            zval_ptr_dtor(&reason);
            zval_ptr_dtor(&outcome);
            return true;
        }
        zval_ptr_dtor(&reason);
        php_wechatpay_take_exception(&reason);
    }
    if (!Z_ISUNDEF(reason)) {
        php_wechatpay_promise_settle(Z_OBJ_P(return_value), false, &reason);
    } else {
        php_wechatpay_promise_resolve(Z_OBJ_P(return_value), &outcome);
    }
    zval_ptr_dtor(&reason);
    zval_ptr_dtor(&outcome);
    return true;
}

ZEND_METHOD(WeChatPay_ClientDecorator, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_ClientDecorator, select)
{
    zend_string *protocol = NULL;
    zval *guzzle;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(protocol)
    ZEND_PARSE_PARAMETERS_END();

    guzzle = driver_select(driver_from_obj(Z_OBJ_P(ZEND_THIS)), protocol ? ZSTR_VAL(protocol) : NULL,
                           protocol ? ZSTR_LEN(protocol) : 0);
    if (guzzle == NULL) {
        RETURN_THROWS();
    }
    RETURN_COPY(guzzle);
}

static void request_method(INTERNAL_FUNCTION_PARAMETERS, bool async)
{
    zend_string *method, *uri;
    HashTable *options = NULL;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(method)
        Z_PARAM_STR(uri)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();

    if (driver_request(driver_from_obj(Z_OBJ_P(ZEND_THIS)), method, uri,
                       options ? options : (HashTable *) &zend_empty_array, async, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(WeChatPay_ClientDecorator, request) { request_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(WeChatPay_ClientDecorator, requestAsync) { request_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

zend_result php_wechatpay_driver_minit(INIT_FUNC_ARGS)
{
    driver_ce = register_class_WeChatPay_ClientDecorator(wechatpay_ce_ClientDecoratorInterface);
    driver_ce->create_object = driver_new;
    memcpy(&driver_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    driver_handlers.offset = XtOffsetOf(php_wechatpay_driver, std);
    driver_handlers.free_obj = driver_free;
    driver_handlers.get_gc = driver_get_gc;
    driver_handlers.clone_obj = NULL;
    return SUCCESS;
}
