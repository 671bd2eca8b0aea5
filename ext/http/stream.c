/* WeChatPay\Http\AbstractStream: a read-only, seekable PSR-7 body over an immutable string, shared by reference
 * (never copied) with whoever made it. The request's WeChatPay\Http\Stream (see psr_bridge.h) extends it. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "http/wide_args.h"
#include "http/response.h"
#include "http/response_private.h"
#include "http/psr_bridge.h"

static zend_object_handlers php_wechatpay_stream_handlers;

php_wechatpay_stream *php_wechatpay_stream_of(zend_object *obj)
{
    return obj->handlers == &php_wechatpay_stream_handlers ? php_wechatpay_stream_from_obj(obj) : NULL;
}

static zend_object *php_wechatpay_stream_create_object(zend_class_entry *ce)
{
    php_wechatpay_stream *stream = zend_object_alloc(sizeof(php_wechatpay_stream), ce);

    /* An object made without contents (ReflectionClass::newInstanceWithoutConstructor()) is an empty body. */
    stream->contents = ZSTR_EMPTY_ALLOC();
    stream->pos = 0;
    zend_object_std_init(&stream->std, ce);
    object_properties_init(&stream->std, ce);
    stream->std.handlers = &php_wechatpay_stream_handlers;
    return &stream->std;
}

static void php_wechatpay_stream_free_obj(zend_object *obj)
{
    php_wechatpay_stream *stream = php_wechatpay_stream_from_obj(obj);

    if (stream->contents) {
        zend_string_release(stream->contents);
        stream->contents = NULL;
    }
    zend_object_std_dtor(obj);
}

static zend_object *php_wechatpay_stream_clone_obj(zend_object *old_obj)
{
    php_wechatpay_stream *old = php_wechatpay_stream_from_obj(old_obj);
    zend_object *new_obj = php_wechatpay_stream_create_object(old_obj->ce);
    php_wechatpay_stream *copy = php_wechatpay_stream_from_obj(new_obj);

    zend_objects_clone_members(new_obj, old_obj);
    copy->contents = old->contents ? zend_string_copy(old->contents) : NULL;
    copy->pos = old->pos;
    return new_obj;
}

/* var_dump() shows the size (null once detached) and the position, never the bytes. */
static HashTable *php_wechatpay_stream_get_debug_info(zend_object *obj, int *is_temp)
{
    php_wechatpay_stream *stream = php_wechatpay_stream_from_obj(obj);
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
static int php_wechatpay_stream_compare(zval *a, zval *b)
{
    php_wechatpay_stream *sa, *sb;

    ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
    if (Z_OBJ_P(a) == Z_OBJ_P(b)) {
        return 0;
    }
    if (Z_OBJCE_P(a) != Z_OBJCE_P(b)) {
        return ZEND_UNCOMPARABLE;
    }
    sa = php_wechatpay_stream_from_obj(Z_OBJ_P(a));
    sb = php_wechatpay_stream_from_obj(Z_OBJ_P(b));
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
    wechatpay_ce_Http_AbstractStream->create_object = php_wechatpay_stream_create_object;

    memcpy(&php_wechatpay_stream_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    php_wechatpay_stream_handlers.offset = XtOffsetOf(php_wechatpay_stream, std);
    php_wechatpay_stream_handlers.free_obj = php_wechatpay_stream_free_obj;
    php_wechatpay_stream_handlers.clone_obj = php_wechatpay_stream_clone_obj;
    php_wechatpay_stream_handlers.get_debug_info = php_wechatpay_stream_get_debug_info;
    php_wechatpay_stream_handlers.compare = php_wechatpay_stream_compare;
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
    stream = php_wechatpay_stream_from_obj(Z_OBJ_P(out));
    stream->contents = zend_string_copy(contents);
    stream->pos = 0;
    return SUCCESS;
}

#define THIS_STREAM() php_wechatpay_stream_from_obj(Z_OBJ_P(ZEND_THIS))

/* Throws the RuntimeException of a detached stream and returns NULL, or returns the contents. */
static zend_string *php_wechatpay_stream_attached(php_wechatpay_stream *stream)
{
    if (stream->contents == NULL) {
        zend_throw_exception(spl_ce_RuntimeException, "Stream is detached", 0);
    }
    return stream->contents;
}

/* Returns bytes [from, to) of contents, sharing the string when that is all of it. */
static zend_string *php_wechatpay_stream_slice(zend_string *contents, size_t from, size_t to)
{
    if (from == 0 && to == ZSTR_LEN(contents)) {
        return zend_string_copy(contents);
    }
    if (to - from == 0) {
        return ZSTR_EMPTY_ALLOC();
    }
    if (to - from == 1) {
        return ZSTR_CHAR((zend_uchar) ZSTR_VAL(contents)[from]);
    }
    return zend_string_init(ZSTR_VAL(contents) + from, to - from, 0);
}

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

ZEND_METHOD(WeChatPay_Http_AbstractStream, close)
{
    php_wechatpay_stream *stream = THIS_STREAM();

    ZEND_PARSE_PARAMETERS_NONE();
    if (stream->contents) {
        zend_string_release(stream->contents);
        stream->contents = NULL;
    }
    stream->pos = 0;
}

/* There is no underlying PHP stream: returns null and leaves the object unusable, as PSR-7 asks. */
ZEND_METHOD(WeChatPay_Http_AbstractStream, detach)
{
    php_wechatpay_stream *stream = THIS_STREAM();

    ZEND_PARSE_PARAMETERS_NONE();
    if (stream->contents) {
        zend_string_release(stream->contents);
        stream->contents = NULL;
    }
    stream->pos = 0;
    RETURN_NULL();
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

ZEND_METHOD(WeChatPay_Http_AbstractStream, tell)
{
    php_wechatpay_stream *stream = THIS_STREAM();

    ZEND_PARSE_PARAMETERS_NONE();
    if (php_wechatpay_stream_attached(stream) == NULL) {
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long) stream->pos);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, eof)
{
    php_wechatpay_stream *stream = THIS_STREAM();
    zend_string *contents;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((contents = php_wechatpay_stream_attached(stream)) == NULL) {
        RETURN_THROWS();
    }
    RETURN_BOOL(stream->pos >= ZSTR_LEN(contents));
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, isSeekable)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(THIS_STREAM()->contents != NULL);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, seek)
{
    php_wechatpay_stream *stream = THIS_STREAM();
    zend_string *contents;
    zend_long offset, whence = SEEK_SET, base;
    zval *offset_arg, *whence_arg = NULL;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(offset_arg)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(whence_arg)
    ZEND_PARSE_PARAMETERS_END();

    if (!php_wechatpay_wide_long_arg(offset_arg, 1, &offset)
        || (whence_arg && !php_wechatpay_wide_long_arg(whence_arg, 2, &whence))) {
        RETURN_THROWS();
    }

    if ((contents = php_wechatpay_stream_attached(stream)) == NULL) {
        RETURN_THROWS();
    }
    switch (whence) {
        case SEEK_SET: base = 0; break;
        case SEEK_CUR: base = (zend_long) stream->pos; break;
        case SEEK_END: base = (zend_long) ZSTR_LEN(contents); break;
        default:
            zend_argument_error(spl_ce_RuntimeException, 2, "must be one of SEEK_SET, SEEK_CUR or SEEK_END");
            RETURN_THROWS();
    }
    /* base and the length are at most ZEND_LONG_MAX; compare without overflowing. */
    if ((offset < 0 && -(offset + 1) >= base) || (offset > 0 && offset > (zend_long) ZSTR_LEN(contents) - base)) {
        zend_argument_error(spl_ce_RuntimeException, 1,
                            "must lead to a position between 0 and the size of the stream (" ZEND_LONG_FMT "), "
                            ZEND_LONG_FMT " given with whence %s",
                            (zend_long) ZSTR_LEN(contents), offset,
                            whence == SEEK_SET ? "SEEK_SET" : whence == SEEK_CUR ? "SEEK_CUR" : "SEEK_END");
        RETURN_THROWS();
    }
    stream->pos = (size_t) (base + offset);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, rewind)
{
    php_wechatpay_stream *stream = THIS_STREAM();

    ZEND_PARSE_PARAMETERS_NONE();
    if (php_wechatpay_stream_attached(stream) == NULL) {
        RETURN_THROWS();
    }
    stream->pos = 0;
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, isWritable)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_FALSE;
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, write)
{
    zval *string;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(string)
    ZEND_PARSE_PARAMETERS_END();
    (void) string;

    if (php_wechatpay_stream_attached(THIS_STREAM()) == NULL) {
        RETURN_THROWS();
    }
    zend_throw_exception(spl_ce_RuntimeException, "Cannot write to a non-writable stream", 0);
    RETURN_THROWS();
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, isReadable)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(THIS_STREAM()->contents != NULL);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, read)
{
    php_wechatpay_stream *stream = THIS_STREAM();
    zend_string *contents;
    zend_long length;
    size_t end;
    zval *length_arg;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(length_arg)
    ZEND_PARSE_PARAMETERS_END();

    if (!php_wechatpay_wide_long_arg(length_arg, 1, &length)) {
        RETURN_THROWS();
    }

    if ((contents = php_wechatpay_stream_attached(stream)) == NULL) {
        RETURN_THROWS();
    }
    if (length < 0) {
        zend_argument_error(spl_ce_RuntimeException, 1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    end = (size_t) length >= ZSTR_LEN(contents) - stream->pos ? ZSTR_LEN(contents) : stream->pos + (size_t) length;
    RETVAL_STR(php_wechatpay_stream_slice(contents, stream->pos, end));
    stream->pos = end;
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, getContents)
{
    php_wechatpay_stream *stream = THIS_STREAM();
    zend_string *contents;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((contents = php_wechatpay_stream_attached(stream)) == NULL) {
        RETURN_THROWS();
    }
    RETVAL_STR(php_wechatpay_stream_slice(contents, stream->pos, ZSTR_LEN(contents)));
    stream->pos = ZSTR_LEN(contents);
}

/* An in-memory body has no PHP stream metadata: [] for all of it, null for any key. */
ZEND_METHOD(WeChatPay_Http_AbstractStream, getMetadata)
{
    zval *key = NULL;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(key)
    ZEND_PARSE_PARAMETERS_END();

    if (key == NULL || Z_TYPE_P(key) == IS_NULL) {
        RETURN_EMPTY_ARRAY();
    }
    RETURN_NULL();
}
