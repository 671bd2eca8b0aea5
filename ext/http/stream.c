/* WeChatPay\Http\AbstractStream: a read-only, seekable PSR-7 body over an immutable string, shared by reference
 * (never copied) with whoever made it. The request's WeChatPay\Http\Stream (see psr_bridge.h) extends it. This
 * file makes, shows and compares the objects and answers what is a body's own (__toString(), getSize()); the
 * reading, seeking and closing methods are the cursor's (stream_cursor.c), shared with MediaUtil's stream. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_wechatpay.h"
#include "http/response.h"
#include "http/response_private.h"
#include "http/psr_bridge.h"

static php_wechatpay_cursor_handlers php_wechatpay_stream_handlers;

php_wechatpay_stream *php_wechatpay_stream_of(zend_object *obj)
{
    return obj->handlers == &php_wechatpay_stream_handlers.std ? php_wechatpay_cursor_from_obj(obj) : NULL;
}

static zend_object *stream_create_object(zend_class_entry *ce)
{
    php_wechatpay_stream *stream = zend_object_alloc(sizeof(php_wechatpay_stream), ce);

    /* An object made without contents (ReflectionClass::newInstanceWithoutConstructor()) is an empty body. */
    stream->contents = ZSTR_EMPTY_ALLOC();
    stream->pos = 0;
    zend_object_std_init(&stream->std, ce);
    object_properties_init(&stream->std, ce);
    stream->std.handlers = &php_wechatpay_stream_handlers.std;
    return &stream->std;
}

/* var_dump() shows the size (null once detached) and the position, never the bytes. */
static HashTable *stream_get_debug_info(zend_object *obj, int *is_temp)
{
    php_wechatpay_stream *stream = php_wechatpay_cursor_from_obj(obj);
    HashTable *info = zend_new_array(2);
    zval tmp;

    *is_temp = 1;
    if (stream->contents) {
        ZVAL_LONG(&tmp, (zend_long) ZSTR_LEN(stream->contents));
    } else {
        ZVAL_NULL(&tmp);
    }
    zend_hash_str_add_new(info, "size", sizeof("size") - 1, &tmp);
    ZVAL_LONG(&tmp, (zend_long) stream->pos);
    zend_hash_str_add_new(info, "position", sizeof("position") - 1, &tmp);
    if (obj->properties || obj->ce->default_properties_count) {
        zend_hash_merge(info, zend_std_get_properties(obj), zval_add_ref, 0);
    }
    return info;
}

/* == compares two streams by contents and position (then properties), as it would two userland objects. */
static int stream_compare(zval *a, zval *b)
{
    php_wechatpay_stream *sa, *sb;

    ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
    if (Z_OBJ_P(a) == Z_OBJ_P(b)) {
        return 0;
    }
    if (Z_OBJCE_P(a) != Z_OBJCE_P(b)) {
        return ZEND_UNCOMPARABLE;
    }
    sa = php_wechatpay_cursor_from_obj(Z_OBJ_P(a));
    sb = php_wechatpay_cursor_from_obj(Z_OBJ_P(b));
    if (sa->contents == NULL || sb->contents == NULL) {
        if (sa->contents != sb->contents) {
            return ZEND_UNCOMPARABLE;
        }
    } else if (!zend_string_equals(sa->contents, sb->contents)) {
        return ZEND_NORMALIZE_BOOL(zend_binary_strcmp(ZSTR_VAL(sa->contents), ZSTR_LEN(sa->contents),
                                                      ZSTR_VAL(sb->contents), ZSTR_LEN(sb->contents)));
    }
    if (sa->pos != sb->pos) {
        return sa->pos < sb->pos ? -1 : 1;
    }
    return zend_std_compare_objects(a, b);
}

void php_wechatpay_stream_register_handlers(void)
{
    wechatpay_ce_Http_AbstractStream->create_object = stream_create_object;

    /* a body's contents never change: no hook to bring them up to date, nothing else to let go of */
    php_wechatpay_cursor_handlers_init(&php_wechatpay_stream_handlers, XtOffsetOf(php_wechatpay_stream, std), NULL,
                                       NULL);
    php_wechatpay_stream_handlers.std.get_debug_info = stream_get_debug_info;
    php_wechatpay_stream_handlers.std.compare = stream_compare;
}

zend_result php_wechatpay_stream_create(zval *out, zend_string *contents)
{
    zend_class_entry *ce = php_wechatpay_psr_stream_ce();
    php_wechatpay_stream *stream;

    if (ce == NULL) {
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    object_init_ex(out, ce);
    stream = php_wechatpay_cursor_from_obj(Z_OBJ_P(out));
    stream->contents = zend_string_copy(contents);
    stream->pos = 0;
    return SUCCESS;
}

#define THIS_STREAM() php_wechatpay_cursor_from_obj(Z_OBJ_P(ZEND_THIS))

ZEND_METHOD(WeChatPay_Http_AbstractStream, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

/* The whole body from the start whatever the position, which moves to the end (as Guzzle's does). A detached
 * stream reads as "": casting to string must not throw (PSR-7). */
ZEND_METHOD(WeChatPay_Http_AbstractStream, __toString)
{
    php_wechatpay_stream *stream = THIS_STREAM();

    ZEND_PARSE_PARAMETERS_NONE();
    if (stream->contents == NULL) {
        RETURN_EMPTY_STRING();
    }
    stream->pos = ZSTR_LEN(stream->contents);
    RETURN_STR_COPY(stream->contents);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, getSize)
{
    php_wechatpay_stream *stream = THIS_STREAM();

    ZEND_PARSE_PARAMETERS_NONE();
    if (stream->contents == NULL) {
        RETURN_NULL();
    }
    RETURN_LONG((zend_long) ZSTR_LEN(stream->contents));
}
