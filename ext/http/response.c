/* WeChatPay\Http\AbstractResponse: an immutable PSR-7 response. The request's WeChatPay\Http\Response (see
 * psr_bridge.h) extends it; objects are made only by php_wechatpay_response_create(). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_string.h"
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "http/response.h"
#include "http/response_private.h"
#include "client/call_v2.h"
#include "http/http_arginfo.h"
#include "http/psr_bridge.h"
#include "http/wide_args.h"
#include "wxp_headers.h"

static zend_object_handlers response_handlers;

/* The given reason, or the standard phrase of status when it is empty. */
static zend_string *reason_or_default(zend_long status, const char *reason, size_t len)
{
    if (reason == NULL || len == 0) {
        reason = wxp_status_reason_phrase((int) status);
        len = strlen(reason);
    }
    return len ? zend_string_init(reason, len, 0) : ZSTR_EMPTY_ALLOC();
}

/* ---- object handlers ---------------------------------------------------------------------------------- */

static zend_object *response_create_object(zend_class_entry *ce)
{
    php_wechatpay_response *response = zend_object_alloc(sizeof(php_wechatpay_response), ce);

    /* An object made without a response (ReflectionClass::newInstanceWithoutConstructor()) is a valid, empty
     * 200 response, so no method has to check for a half-built object. */
    response->status = 200;
    response->reason = zend_string_init("OK", sizeof("OK") - 1, 0);
    response->version = zend_string_init("1.1", sizeof("1.1") - 1, 0);
    ZVAL_EMPTY_ARRAY(&response->headers);
    ZVAL_EMPTY_ARRAY(&response->names);
    ZVAL_UNDEF(&response->body);
    memset(&response->transfer, 0, sizeof(response->transfer));
    response->primary_ip = ZSTR_EMPTY_ALLOC();
    response->primary_port = 0;
    ZVAL_UNDEF(&response->attempts);
    response->rejected_by = 0;
    response->rejection = NULL;
    zend_object_std_init(&response->std, ce);
    object_properties_init(&response->std, ce);
    response->std.handlers = &response_handlers;
    return &response->std;
}

static void response_free_obj(zend_object *obj)
{
    php_wechatpay_response *response = php_wechatpay_response_from_obj(obj);

    if (response->reason) {
        zend_string_release(response->reason);
        response->reason = NULL;
    }
    if (response->version) {
        zend_string_release(response->version);
        response->version = NULL;
    }
    if (response->rejection) {
        zend_string_release(response->rejection);
        response->rejection = NULL;
    }
    zval_ptr_dtor(&response->headers);
    ZVAL_UNDEF(&response->headers);
    zval_ptr_dtor(&response->names);
    ZVAL_UNDEF(&response->names);
    zval_ptr_dtor(&response->body);
    ZVAL_UNDEF(&response->body);
    zval_ptr_dtor(&response->attempts);
    ZVAL_UNDEF(&response->attempts);
    if (response->primary_ip) {
        zend_string_release(response->primary_ip);
        response->primary_ip = NULL;
    }
    zend_object_std_dtor(obj);
}

static zend_object *response_clone_obj(zend_object *old_obj)
{
    php_wechatpay_response *old = php_wechatpay_response_from_obj(old_obj);
    zend_object *new_obj = response_create_object(old_obj->ce);
    php_wechatpay_response *copy = php_wechatpay_response_from_obj(new_obj);

    zend_objects_clone_members(new_obj, old_obj);
    copy->status = old->status;
    zend_string_release(copy->reason);
    copy->reason = zend_string_copy(old->reason);
    zend_string_release(copy->version);
    copy->version = zend_string_copy(old->version);
    ZVAL_COPY(&copy->headers, &old->headers);
    ZVAL_COPY(&copy->names, &old->names);
    ZVAL_COPY(&copy->body, &old->body);
    /* A with*() copy still came from the same transfer. */
    copy->transfer = old->transfer;
    zend_string_release(copy->primary_ip);
    copy->primary_ip = zend_string_copy(old->primary_ip);
    copy->primary_port = old->primary_port;
    ZVAL_COPY(&copy->attempts, &old->attempts);
    /* and is still the answer an APIv2 check rejected */
    copy->rejected_by = old->rejected_by;
    copy->rejection = old->rejection ? zend_string_copy(old->rejection) : NULL;
    return new_obj;
}

/* Reports the body (which may be any userland StreamInterface, so may lead back here) and the properties. The
 * header arrays hold strings only and cannot be part of a cycle. */
static HashTable *response_get_gc(zend_object *obj, zval **table, int *n)
{
    php_wechatpay_response *response = php_wechatpay_response_from_obj(obj);
    zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();

    zend_get_gc_buffer_add_zval(buffer, &response->body);
    if (obj->properties == NULL) {
        for (int i = 0; i < obj->ce->default_properties_count; i++) {
            zend_get_gc_buffer_add_zval(buffer, &obj->properties_table[i]);
        }
    }
    zend_get_gc_buffer_use(buffer, table, n);
    return obj->properties;
}

/* var_dump() shows status, reason, protocol, each header as one line, and the body's size (null when the body
 * is not ours or is detached): small, and never the body itself. */
static HashTable *response_get_debug_info(zend_object *obj, int *is_temp)
{
    php_wechatpay_response *response = php_wechatpay_response_from_obj(obj);
    HashTable *info = zend_new_array(5);
    zend_string *glue = zend_string_init(", ", 2, 0);
    php_wechatpay_stream *stream;
    zval tmp, headers, *values;
    zend_string *name;
    zend_ulong index;

    *is_temp = 1;
    ZVAL_LONG(&tmp, response->status);
    zend_hash_str_add_new(info, "statusCode", sizeof("statusCode") - 1, &tmp);
    ZVAL_STR_COPY(&tmp, response->reason);
    zend_hash_str_add_new(info, "reasonPhrase", sizeof("reasonPhrase") - 1, &tmp);
    ZVAL_STR_COPY(&tmp, response->version);
    zend_hash_str_add_new(info, "protocolVersion", sizeof("protocolVersion") - 1, &tmp);

    array_init_size(&headers, zend_hash_num_elements(Z_ARRVAL(response->headers)));
    ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(response->headers), index, name, values) {
        php_implode(glue, Z_ARRVAL_P(values), &tmp);
        if (name) {
            zend_hash_add_new(Z_ARRVAL(headers), name, &tmp);
        } else {
            zend_hash_index_add_new(Z_ARRVAL(headers), index, &tmp);
        }
    } ZEND_HASH_FOREACH_END();
    zend_hash_str_add_new(info, "headers", sizeof("headers") - 1, &headers);
    zend_string_release(glue);

    if (Z_TYPE(response->body) == IS_OBJECT && (stream = php_wechatpay_stream_of(Z_OBJ(response->body))) != NULL
        && stream->contents) {
        ZVAL_LONG(&tmp, (zend_long) ZSTR_LEN(stream->contents));
    } else if (Z_TYPE(response->body) == IS_UNDEF) {
        ZVAL_LONG(&tmp, 0);
    } else {
        ZVAL_NULL(&tmp);
    }
    zend_hash_str_add_new(info, "bodySize", sizeof("bodySize") - 1, &tmp);

    if (obj->properties || obj->ce->default_properties_count) {
        zend_hash_merge(info, zend_std_get_properties(obj), zval_add_ref, 0);
    }
    return info;
}

/* == compares two responses by value (status, reason, protocol, headers, body, properties), as it would two
 * userland objects; without this handler any two responses would be equal, having no declared properties. */
static int response_compare(zval *a, zval *b)
{
    php_wechatpay_response *ra, *rb;
    int result;

    ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
    if (Z_OBJ_P(a) == Z_OBJ_P(b)) {
        return 0;
    }
    if (Z_OBJCE_P(a) != Z_OBJCE_P(b)) {
        return ZEND_UNCOMPARABLE;
    }
    ra = php_wechatpay_response_from_obj(Z_OBJ_P(a));
    rb = php_wechatpay_response_from_obj(Z_OBJ_P(b));
    if (ra->status != rb->status) {
        return ra->status < rb->status ? -1 : 1;
    }
    if ((result = ZEND_NORMALIZE_BOOL(zend_binary_strcmp(ZSTR_VAL(ra->reason), ZSTR_LEN(ra->reason),
                                                         ZSTR_VAL(rb->reason), ZSTR_LEN(rb->reason)))) != 0
        || (result = ZEND_NORMALIZE_BOOL(zend_binary_strcmp(ZSTR_VAL(ra->version), ZSTR_LEN(ra->version),
                                                            ZSTR_VAL(rb->version), ZSTR_LEN(rb->version)))) != 0
        || (result = zend_compare(&ra->headers, &rb->headers)) != 0) {
        return result;
    }
    if (Z_TYPE(ra->body) != Z_TYPE(rb->body)) {
        return ZEND_UNCOMPARABLE;
    }
    if (Z_TYPE(ra->body) == IS_OBJECT && (result = zend_compare(&ra->body, &rb->body)) != 0) {
        return result;
    }
    return zend_std_compare_objects(a, b);
}

zend_class_entry *wechatpay_ce_Http_AbstractResponse;
zend_class_entry *wechatpay_ce_Http_AbstractStream;

zend_result php_wechatpay_response_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Http_AbstractResponse = register_class_WeChatPay_Http_AbstractResponse();
    wechatpay_ce_Http_AbstractStream = register_class_WeChatPay_Http_AbstractStream();
    wechatpay_ce_Http_AbstractResponse->create_object = response_create_object;

    memcpy(&response_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    response_handlers.offset = XtOffsetOf(php_wechatpay_response, std);
    response_handlers.free_obj = response_free_obj;
    response_handlers.clone_obj = response_clone_obj;
    response_handlers.get_gc = response_get_gc;
    response_handlers.get_debug_info = response_get_debug_info;
    response_handlers.compare = response_compare;

    php_wechatpay_stream_register_handlers();
    return SUCCESS;
}

/* ---- headers ------------------------------------------------------------------------------------------ */

/* Adds values (a packed array of strings, one reference taken) under name, merging with an existing field of
 * the same name in any case (which keeps its first spelling and position), or replacing it when replace. */
static void headers_put(zval *headers, zval *names, zend_string *name, zval *values, bool replace)
{
    zend_string *lower = zend_string_tolower(name);
    zval *key, *existing = NULL, tmp;

    SEPARATE_ARRAY(headers);
    SEPARATE_ARRAY(names);
    key = zend_symtable_find(Z_ARRVAL_P(names), lower);
    if (key && replace) {
        zend_symtable_del(Z_ARRVAL_P(headers), Z_STR_P(key));
    } else if (key) {
        existing = zend_symtable_find(Z_ARRVAL_P(headers), Z_STR_P(key));
    }
    if (existing) {
        zval *value;

        SEPARATE_ARRAY(existing);
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(values), value) {
            Z_TRY_ADDREF_P(value);
            zend_hash_next_index_insert_new(Z_ARRVAL_P(existing), value);
        } ZEND_HASH_FOREACH_END();
    } else {
        ZVAL_STR_COPY(&tmp, name);
        zend_symtable_update(Z_ARRVAL_P(names), lower, &tmp);
        Z_TRY_ADDREF_P(values);
        zend_symtable_update(Z_ARRVAL_P(headers), name, values);
    }
    zend_string_release(lower);
}

/* Returns the values array of name (case-insensitive), or NULL. */
static zval *headers_find(php_wechatpay_response *response, zend_string *name)
{
    zend_string *lower = zend_string_tolower(name);
    zval *key = zend_symtable_find(Z_ARRVAL(response->names), lower);

    zend_string_release(lower);
    return key ? zend_symtable_find(Z_ARRVAL(response->headers), Z_STR_P(key)) : NULL;
}

/* Checks argument 1 of withHeader()/withAddedHeader(); returns the name or NULL with an exception thrown. */
static zend_string *header_name_arg(zval *name)
{
    if (Z_TYPE_P(name) != IS_STRING) {
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 1, "must be of type string, %s given",
                            zend_zval_type_name(name));
        return NULL;
    }
    if (!wxp_header_name_is_valid(Z_STRVAL_P(name), Z_STRLEN_P(name))) {
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 1,
                            "must be a valid header name (an RFC 7230 token: letters, digits and "
                            "!#$%%&'*+-.^_`|~ only)");
        return NULL;
    }
    return Z_STR_P(name);
}

/* One header value: a string, int or float, trimmed of SP and HTAB as Guzzle does; NULL with an exception. */
static zend_string *header_value(zval *value)
{
    zend_string *str, *trimmed;

    if (Z_TYPE_P(value) != IS_STRING && Z_TYPE_P(value) != IS_LONG && Z_TYPE_P(value) != IS_DOUBLE) {
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 2,
                            "must be of type string|int|float or a non-empty array of those, %s given",
                            zend_zval_type_name(value));
        return NULL;
    }
    str = zval_get_string(value);
    trimmed = php_trim(str, " \t", 2, 3);
    zend_string_release(str);
    if (!wxp_header_value_is_valid(ZSTR_VAL(trimmed), ZSTR_LEN(trimmed))) {
        zend_string_release(trimmed);
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 2,
                            "must not contain CR, LF, NUL or any control character other than HTAB");
        return NULL;
    }
    return trimmed;
}

/* Checks argument 2 of withHeader()/withAddedHeader(), making out a packed array of trimmed string values.
 * Returns SUCCESS, or FAILURE with an exception thrown. */
static zend_result header_values_arg(zval *value, zval *out)
{
    zend_string *str;
    zval *item, tmp;

    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) != IS_ARRAY) {
        if ((str = header_value(value)) == NULL) {
            return FAILURE;
        }
        array_init_size(out, 1);
        ZVAL_STR(&tmp, str);
        zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &tmp);
        return SUCCESS;
    }
    if (zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 2, "must not be an empty array");
        return FAILURE;
    }
    array_init_size(out, zend_hash_num_elements(Z_ARRVAL_P(value)));
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
        ZVAL_DEREF(item);
        if ((str = header_value(item)) == NULL) {
            zval_ptr_dtor(out);
            ZVAL_UNDEF(out);
            return FAILURE;
        }
        ZVAL_STR(&tmp, str);
        zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &tmp);
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

/* ---- C API -------------------------------------------------------------------------------------------- */

/* Adds a received header to a response being made (its arrays are its own, not shared): what headers_put()
 * does without replacing, with no array of values made for a name already there and no copies to release. */
static void headers_add_received(php_wechatpay_response *response, const wxp_header *h)
{
    zend_string *name = zend_string_init(h->name, h->name_len, 0);
    zend_string *lower = zend_string_tolower(name);
    zval *key = zend_symtable_find(Z_ARRVAL(response->names), lower);
    zval value, *existing = key ? zend_symtable_find(Z_ARRVAL(response->headers), Z_STR_P(key)) : NULL;

    ZVAL_STR(&value, h->value_len ? zend_string_init(h->value, h->value_len, 0) : ZSTR_EMPTY_ALLOC());
    if (existing) {
        zend_hash_next_index_insert_new(Z_ARRVAL_P(existing), &value);
        zend_string_release(name);
    } else {
        zval values, original;

        array_init_size(&values, 1);
        zend_hash_next_index_insert_new(Z_ARRVAL(values), &value);
        zend_symtable_add_new(Z_ARRVAL(response->headers), name, &values);
        ZVAL_STR(&original, name); /* the names array takes this reference */
        zend_symtable_add_new(Z_ARRVAL(response->names), lower, &original);
    }
    zend_string_release(lower);
}

zend_result php_wechatpay_response_create(zval *out, int status, const char *version, const char *reason,
                                          const wxp_header_list *headers, const char *body, size_t body_len)
{
    zend_class_entry *ce = php_wechatpay_psr_response_ce();
    php_wechatpay_response *response;
    zend_string *contents;
    zval stream;
    /* A body's copy above ZEND_MM_MAX_LARGE_SIZE is a huge block of its own (page-rounded, charged to the real
     * usage) that must fit under memory_limit: copying one that does not would end the script with a fatal
     * error. Smaller copies come from pages Zend already holds, like any other string of the script. */
    size_t need = ZEND_MM_ALIGNED_SIZE_EX(_ZSTR_STRUCT_SIZE(body_len), ZEND_MM_PAGE_SIZE);
    zend_long limit = PG(memory_limit);

    ZVAL_UNDEF(out);
    if (ce == NULL) {
        return FAILURE;
    }
    if (limit > 0 && _ZSTR_STRUCT_SIZE(body_len) > ZEND_MM_MAX_LARGE_SIZE
        && need > (size_t) limit - MIN(zend_memory_usage(true), (size_t) limit)) {
        /* Zend frees its cached chunks before giving up: so does this. */
        zend_mm_gc(zend_mm_get_heap());
        if (need > (size_t) limit - MIN(zend_memory_usage(true), (size_t) limit)) {
            zend_throw_exception_ex(wechatpay_ce_Exception_Own_RequestException, 0,
                                    "The answer's body of %zu bytes does not fit under memory_limit (" ZEND_LONG_FMT
                                    " bytes, %zu in use): raise memory_limit, or lower the 'max_response_size' "
                                    "option so that such answers are refused unread", body_len, limit,
                                    zend_memory_usage(true));
            return FAILURE;
        }
    }
    contents = body_len ? zend_string_init(body, body_len, 0) : ZSTR_EMPTY_ALLOC();
    if (php_wechatpay_stream_create(&stream, contents) == FAILURE) {
        zend_string_release(contents);
        return FAILURE;
    }
    zend_string_release(contents);

    object_init_ex(out, ce);
    response = php_wechatpay_response_from_obj(Z_OBJ_P(out));
    response->status = status;
    zend_string_release(response->reason);
    response->reason = reason_or_default(status, reason, reason ? strlen(reason) : 0);
    if (version && *version) {
        zend_string_release(response->version);
        response->version = zend_string_init(version, strlen(version), 0);
    }
    ZVAL_COPY_VALUE(&response->body, &stream);

    if (headers && headers->count) {
        array_init_size(&response->headers, (uint32_t) headers->count);
        array_init_size(&response->names, (uint32_t) headers->count);
        for (size_t i = 0; i < headers->count; i++) {
            headers_add_received(response, &headers->items[i]);
        }
    }
    return SUCCESS;
}

/* Returns our response behind zv, or NULL. */
static php_wechatpay_response *response_of(zval *zv)
{
    if (zv == NULL || Z_TYPE_P(zv) != IS_OBJECT || Z_OBJ_HT_P(zv) != &response_handlers) {
        return NULL;
    }
    return php_wechatpay_response_from_obj(Z_OBJ_P(zv));
}

zend_string *php_wechatpay_response_header_first(zval *zv, const char *name, size_t name_len)
{
    php_wechatpay_response *response = response_of(zv);
    zend_string *key;
    zval *values, *first;

    if (response == NULL) {
        return NULL;
    }
    key = zend_string_init(name, name_len, 0);
    values = headers_find(response, key);
    zend_string_release(key);
    if (values == NULL || (first = zend_hash_index_find(Z_ARRVAL_P(values), 0)) == NULL
        || Z_TYPE_P(first) != IS_STRING) {
        return NULL;
    }
    return Z_STR_P(first);
}

void php_wechatpay_response_set_body(zval *zv, zval *body)
{
    php_wechatpay_response *response = response_of(zv);

    if (response == NULL) {
        return;
    }
    zval_ptr_dtor(&response->body);
    ZVAL_COPY(&response->body, body);
}

void php_wechatpay_response_set_transfer(zval *zv, const wxp_http_result *result)
{
    php_wechatpay_response *response = response_of(zv);

    if (response == NULL) {
        return;
    }
    response->transfer = result->times;
    zend_string_release(response->primary_ip);
    response->primary_ip = result->primary_ip[0] ? zend_string_init(result->primary_ip, strlen(result->primary_ip), 0)
                                                 : ZSTR_EMPTY_ALLOC();
    response->primary_port = result->primary_port;
}

void php_wechatpay_response_set_attempts(zval *zv, zval *attempts)
{
    php_wechatpay_response *response = response_of(zv);

    if (response == NULL) {
        zval_ptr_dtor(attempts);
        return;
    }
    zval_ptr_dtor(&response->attempts);
    ZVAL_COPY_VALUE(&response->attempts, attempts);
}

void php_wechatpay_response_set_rejection(zval *zv, int check, zend_string *message)
{
    php_wechatpay_response *response = response_of(zv);

    if (response == NULL) {
        return;
    }
    response->rejected_by = (uint8_t) check;
    if (response->rejection) {
        zend_string_release(response->rejection);
    }
    response->rejection = zend_string_copy(message);
}

zend_string *php_wechatpay_response_rejection(zval *reason)
{
    php_wechatpay_response *response = response_of(reason);

    return response && response->rejected_by ? response->rejection : NULL;
}

int php_wechatpay_response_status(zval *zv)
{
    php_wechatpay_response *response = response_of(zv);

    return response ? (int) response->status : 0;
}

/* ---- methods ------------------------------------------------------------------------------------------ */

#define THIS_RESPONSE() php_wechatpay_response_from_obj(Z_OBJ_P(ZEND_THIS))

/* Puts a clone of $this in return_value and returns its state. */
static php_wechatpay_response *response_clone_into(zval *this_zv, zval *return_value)
{
    zend_object *copy = response_clone_obj(Z_OBJ_P(this_zv));

    RETVAL_OBJ(copy);
    return php_wechatpay_response_from_obj(copy);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getProtocolVersion)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STR_COPY(THIS_RESPONSE()->version);
}

/* PSR-7: the version string must hold only the HTTP version number ("1.1", "1.0", "2"). */
ZEND_METHOD(WeChatPay_Http_AbstractResponse, withProtocolVersion)
{
    zval *version;
    zend_string *str;
    php_wechatpay_response *copy;
    size_t i, dots = 0;
    bool valid;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(version)
    ZEND_PARSE_PARAMETERS_END();

    if (Z_TYPE_P(version) != IS_STRING && Z_TYPE_P(version) != IS_LONG && Z_TYPE_P(version) != IS_DOUBLE) {
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 1, "must be of type string, %s given",
                            zend_zval_type_name(version));
        RETURN_THROWS();
    }
    str = zval_get_string(version);
    valid = ZSTR_LEN(str) > 0 && isdigit((unsigned char) ZSTR_VAL(str)[0])
            && isdigit((unsigned char) ZSTR_VAL(str)[ZSTR_LEN(str) - 1]);
    for (i = 0; valid && i < ZSTR_LEN(str); i++) {
        if (ZSTR_VAL(str)[i] == '.') {
            valid = ++dots == 1;
        } else {
            valid = isdigit((unsigned char) ZSTR_VAL(str)[i]);
        }
    }
    if (!valid) {
        zend_string_release(str);
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 1,
                            "must be an HTTP version number such as \"1.1\" or \"2\"");
        RETURN_THROWS();
    }
    copy = response_clone_into(ZEND_THIS, return_value);
    zend_string_release(copy->version);
    copy->version = str;
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getHeaders)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(&THIS_RESPONSE()->headers);
}

/* The preamble of hasHeader(), getHeader() and getHeaderLine(): parses their one parameter, the header's name
 * (a string), and sets *values to that header's values, NULL when the response has none. Returns false with an
 * exception thrown when the parameter is not a name. */
static bool find_header_arg(zend_execute_data *execute_data, zval **values)
{
    zend_string *name;
    zval *name_arg;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(name_arg)
    ZEND_PARSE_PARAMETERS_END_EX(return false);

    if ((name = php_wechatpay_wide_string_arg(name_arg, 1)) == NULL) {
        return false;
    }
    *values = headers_find(THIS_RESPONSE(), name);
    zend_string_release(name);
    return true;
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, hasHeader)
{
    zval *values;

    if (!find_header_arg(execute_data, &values)) {
        RETURN_THROWS();
    }
    RETURN_BOOL(values != NULL);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getHeader)
{
    zval *values;

    if (!find_header_arg(execute_data, &values)) {
        RETURN_THROWS();
    }
    if (values == NULL) {
        RETURN_EMPTY_ARRAY();
    }
    RETURN_COPY(values);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getHeaderLine)
{
    zend_string *glue;
    zval *values;

    if (!find_header_arg(execute_data, &values)) {
        RETURN_THROWS();
    }
    if (values == NULL) {
        RETURN_EMPTY_STRING();
    }
    glue = zend_string_init(", ", 2, 0);
    php_implode(glue, Z_ARRVAL_P(values), return_value);
    zend_string_release(glue);
}

static void response_with_header(INTERNAL_FUNCTION_PARAMETERS, bool replace)
{
    zval *name_zv, *value, values;
    zend_string *name;
    php_wechatpay_response *copy;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(name_zv)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();

    if ((name = header_name_arg(name_zv)) == NULL
        || header_values_arg(value, &values) == FAILURE) {
        RETURN_THROWS();
    }
    copy = response_clone_into(ZEND_THIS, return_value);
    headers_put(&copy->headers, &copy->names, name, &values, replace);
    zval_ptr_dtor(&values);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, withHeader)
{
    response_with_header(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, withAddedHeader)
{
    response_with_header(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, withoutHeader)
{
    zend_string *name, *lower;
    php_wechatpay_response *copy;
    zval *key, *name_arg;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(name_arg)
    ZEND_PARSE_PARAMETERS_END();

    if ((name = php_wechatpay_wide_string_arg(name_arg, 1)) == NULL) {
        RETURN_THROWS();
    }

    copy = response_clone_into(ZEND_THIS, return_value);
    lower = zend_string_tolower(name);
    zend_string_release(name);
    if ((key = zend_symtable_find(Z_ARRVAL(copy->names), lower)) != NULL) {
        SEPARATE_ARRAY(&copy->headers);
        SEPARATE_ARRAY(&copy->names);
        /* names was separated: look the key up again in the copy. */
        key = zend_symtable_find(Z_ARRVAL(copy->names), lower);
        zend_symtable_del(Z_ARRVAL(copy->headers), Z_STR_P(key));
        zend_symtable_del(Z_ARRVAL(copy->names), lower);
    }
    zend_string_release(lower);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getBody)
{
    php_wechatpay_response *response = THIS_RESPONSE();

    ZEND_PARSE_PARAMETERS_NONE();
    if (Z_TYPE(response->body) == IS_UNDEF
        && php_wechatpay_stream_create(&response->body, ZSTR_EMPTY_ALLOC()) == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_COPY(&response->body);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, withBody)
{
    zend_class_entry *iface;
    php_wechatpay_response *copy;
    zval *body;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(body)
    ZEND_PARSE_PARAMETERS_END();

    /* The interface is the one our Stream class implements; resolving it declares the bridge if needed. */
    if (php_wechatpay_psr_stream_ce() == NULL) {
        RETURN_THROWS();
    }
    iface = zend_hash_str_find_ptr(EG(class_table), "psr\\http\\message\\streaminterface",
                                   sizeof("psr\\http\\message\\streaminterface") - 1);
    if (iface == NULL || Z_TYPE_P(body) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(body), iface)) {
        zend_argument_type_error(1, "must be of type Psr\\Http\\Message\\StreamInterface, %s given",
                                 zend_zval_type_name(body));
        RETURN_THROWS();
    }
    copy = response_clone_into(ZEND_THIS, return_value);
    zval_ptr_dtor(&copy->body);
    ZVAL_COPY(&copy->body, body);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getStatusCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(THIS_RESPONSE()->status);
}

/* The code is an int or an integer string within 100..599 (as Guzzle accepts); without a reason phrase the
 * standard one for the code is used. */
ZEND_METHOD(WeChatPay_Http_AbstractResponse, withStatus)
{
    zval *code_zv, *reason_zv = NULL;
    zend_long code = 0;
    zend_string *reason;
    php_wechatpay_response *copy;
    bool valid = false;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(code_zv)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(reason_zv)
    ZEND_PARSE_PARAMETERS_END();

    if (Z_TYPE_P(code_zv) == IS_LONG) {
        code = Z_LVAL_P(code_zv);
        valid = true;
    } else if (Z_TYPE_P(code_zv) == IS_STRING) {
        valid = is_numeric_string(Z_STRVAL_P(code_zv), Z_STRLEN_P(code_zv), &code, NULL, false) == IS_LONG;
    }
    if (!valid || code < 100 || code > 599) {
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 1,
                            "must be an integer between 100 and 599");
        RETURN_THROWS();
    }

    if (reason_zv == NULL || Z_TYPE_P(reason_zv) == IS_NULL) {
        reason = ZSTR_EMPTY_ALLOC();
    } else if (Z_TYPE_P(reason_zv) == IS_STRING || Z_TYPE_P(reason_zv) == IS_LONG
               || Z_TYPE_P(reason_zv) == IS_DOUBLE) {
        reason = zval_get_string(reason_zv);
    } else {
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 2, "must be of type string, %s given",
                            zend_zval_type_name(reason_zv));
        RETURN_THROWS();
    }
    if (!wxp_header_value_is_valid(ZSTR_VAL(reason), ZSTR_LEN(reason))) {
        zend_string_release(reason);
        zend_argument_error(wechatpay_ce_Exception_InvalidArgumentException, 2,
                            "must not contain CR, LF, NUL or any control character other than HTAB");
        RETURN_THROWS();
    }

    copy = response_clone_into(ZEND_THIS, return_value);
    copy->status = code;
    zend_string_release(copy->reason);
    copy->reason = reason_or_default(code, ZSTR_VAL(reason), ZSTR_LEN(reason));
    zend_string_release(reason);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getReasonPhrase)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STR_COPY(THIS_RESPONSE()->reason);
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getTransferInfo)
{
    php_wechatpay_response *response = php_wechatpay_response_from_obj(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    array_init_size(return_value, 7);
    add_assoc_double(return_value, "connect", response->transfer.connect);
    add_assoc_double(return_value, "tls", response->transfer.tls);
    add_assoc_double(return_value, "first_byte", response->transfer.first_byte);
    add_assoc_double(return_value, "total", response->transfer.total);
    add_assoc_bool(return_value, "reused", response->transfer.reused != 0);
    add_assoc_str(return_value, "primary_ip", zend_string_copy(response->primary_ip));
    add_assoc_long(return_value, "primary_port", response->primary_port);
    /* With `failover`: every attempt (host, status, curl_code, total), the last one the answer's, whose host
     * answered; without it, none. */
    if (Z_TYPE(response->attempts) == IS_ARRAY) {
        zval *last = zend_hash_index_find(Z_ARRVAL(response->attempts), zend_hash_num_elements(Z_ARRVAL(response->attempts)) - 1);

        Z_ADDREF(response->attempts);
        add_assoc_zval(return_value, "attempts", &response->attempts);
        if (last && Z_TYPE_P(last) == IS_ARRAY && (last = zend_hash_str_find(Z_ARRVAL_P(last), ZEND_STRL("host")))) {
            add_assoc_str(return_value, "host", zend_string_copy(Z_STR_P(last)));
        }
    }
}

ZEND_METHOD(WeChatPay_Http_AbstractResponse, getRejectedBy)
{
    php_wechatpay_response *response = php_wechatpay_response_from_obj(Z_OBJ_P(ZEND_THIS));
    const char *name = php_wechatpay_v2_check_name((php_wechatpay_v2_check) response->rejected_by);

    ZEND_PARSE_PARAMETERS_NONE();
    if (name == NULL) {
        RETURN_NULL();
    }
    RETURN_STRING(name);
}
