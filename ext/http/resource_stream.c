/* WeChatPay\Http\AbstractResourceStream (see resource_stream.h): each method is Guzzle's Psr7\Stream's over
 * the same PHP stream calls, with its exception messages, so a body written to a `sink` reads back as it would
 * from Guzzle. The one difference is PSR-7's: __toString() of a detached stream is "", it never throws. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "http/resource_stream.h"
#include "http/resource_stream_arginfo.h"
#include "http/psr_bridge.h"
#include "http/wide_args.h"
#include "support/php_call.h"

typedef struct resource_stream {
    zval resource; /* IS_RESOURCE, or UNDEF once detached or closed */
    zend_object std;
} resource_stream;

zend_class_entry *wechatpay_ce_Http_AbstractResourceStream;

static zend_object_handlers resource_stream_handlers;

static zend_always_inline resource_stream *resource_stream_from_obj(zend_object *obj)
{
    return (resource_stream *) ((char *) obj - XtOffsetOf(resource_stream, std));
}

#define THIS_RESOURCE_STREAM() resource_stream_from_obj(Z_OBJ_P(ZEND_THIS))

static zend_object *resource_stream_create_object(zend_class_entry *ce)
{
    resource_stream *rs = zend_object_alloc(sizeof(resource_stream), ce);

    ZVAL_UNDEF(&rs->resource); /* made without a resource (Reflection): a detached stream */
    zend_object_std_init(&rs->std, ce);
    object_properties_init(&rs->std, ce);
    rs->std.handlers = &resource_stream_handlers;
    return &rs->std;
}

static void resource_stream_free_obj(zend_object *obj)
{
    resource_stream *rs = resource_stream_from_obj(obj);

    zval_ptr_dtor(&rs->resource);
    ZVAL_UNDEF(&rs->resource);
    zend_object_std_dtor(obj);
}

/* A clone reads and writes the same resource, as a clone of Guzzle's Stream does. */
static zend_object *resource_stream_clone_obj(zend_object *old_obj)
{
    zend_object *new_obj = resource_stream_create_object(old_obj->ce);

    ZVAL_COPY(&resource_stream_from_obj(new_obj)->resource, &resource_stream_from_obj(old_obj)->resource);
    zend_objects_clone_members(new_obj, old_obj);
    return new_obj;
}

/* Returns the PHP stream, or NULL once detached (or when the app closed the resource itself). */
static php_stream *stream_of(resource_stream *rs)
{
    php_stream *stream;

    if (Z_TYPE(rs->resource) != IS_RESOURCE) {
        return NULL;
    }
    php_stream_from_zval_no_verify(stream, &rs->resource);
    return stream;
}

/* The stream, or NULL with Guzzle's RuntimeException thrown. */
static php_stream *attached(resource_stream *rs)
{
    php_stream *stream = stream_of(rs);

    if (stream == NULL) {
        zend_throw_exception(spl_ce_RuntimeException, "Stream is detached", 0);
    }
    return stream;
}

static bool mode_is_readable(const php_stream *stream)
{
    return strchr(stream->mode, 'r') != NULL || strchr(stream->mode, '+') != NULL;
}

static bool mode_is_writable(const php_stream *stream)
{
    return strpbrk(stream->mode, "waxc+") != NULL;
}

static bool stream_is_seekable(const php_stream *stream)
{
    return stream->ops->seek != NULL && (stream->flags & PHP_STREAM_FLAG_NO_SEEK) == 0;
}

/* var_dump() shows the size and position, never the bytes. */
static HashTable *resource_stream_get_debug_info(zend_object *obj, int *is_temp)
{
    php_stream *stream = stream_of(resource_stream_from_obj(obj));
    php_stream_statbuf ssb;
    HashTable *info = zend_new_array(2);
    zval tmp;

    *is_temp = 1;
    if (stream != NULL && php_stream_stat(stream, &ssb) == 0) {
        ZVAL_LONG(&tmp, (zend_long) ssb.sb.st_size);
    } else {
        ZVAL_NULL(&tmp);
    }
    zend_hash_str_add_new(info, "size", sizeof("size") - 1, &tmp);
    if (stream != NULL) {
        ZVAL_LONG(&tmp, (zend_long) php_stream_tell(stream));
    } else {
        ZVAL_NULL(&tmp);
    }
    zend_hash_str_add_new(info, "position", sizeof("position") - 1, &tmp);
    return info;
}

/* Two bodies are equal when they are over the same resource; others are not comparable. */
static int resource_stream_compare(zval *a, zval *b)
{
    resource_stream *ra, *rb;

    ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
    if (Z_OBJ_P(a) == Z_OBJ_P(b)) {
        return 0;
    }
    if (Z_OBJ_HT_P(a) != Z_OBJ_HT_P(b)) {
        return ZEND_UNCOMPARABLE;
    }
    ra = resource_stream_from_obj(Z_OBJ_P(a));
    rb = resource_stream_from_obj(Z_OBJ_P(b));
    if (Z_TYPE(ra->resource) == IS_RESOURCE && Z_TYPE(rb->resource) == IS_RESOURCE
        && Z_RES(ra->resource) == Z_RES(rb->resource)) {
        return 0;
    }
    return ZEND_UNCOMPARABLE;
}

zend_result php_wechatpay_resource_stream_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Http_AbstractResourceStream = register_class_WeChatPay_Http_AbstractResourceStream();
    wechatpay_ce_Http_AbstractResourceStream->create_object = resource_stream_create_object;

    memcpy(&resource_stream_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    resource_stream_handlers.offset = XtOffsetOf(resource_stream, std);
    resource_stream_handlers.free_obj = resource_stream_free_obj;
    resource_stream_handlers.clone_obj = resource_stream_clone_obj;
    resource_stream_handlers.get_debug_info = resource_stream_get_debug_info;
    resource_stream_handlers.compare = resource_stream_compare;
    return SUCCESS;
}

zend_result php_wechatpay_resource_stream_create(zval *out, zval *resource)
{
    zend_class_entry *ce = php_wechatpay_psr_resource_stream_ce();

    if (ce == NULL) {
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    object_init_ex(out, ce);
    ZVAL_COPY(&resource_stream_from_obj(Z_OBJ_P(out))->resource, resource);
    return SUCCESS;
}

/* Reads the rest of the stream into a string (RETURN_EMPTY_STRING when nothing is left). */
static zend_string *read_rest(php_stream *stream)
{
    zend_string *contents = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);

    return contents != NULL ? contents : ZSTR_EMPTY_ALLOC();
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

/* The whole body from the start (when seekable), as Guzzle's does; a detached stream reads as "". */
ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, __toString)
{
    php_stream *stream;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((stream = stream_of(THIS_RESOURCE_STREAM())) == NULL || !mode_is_readable(stream)) {
        RETURN_EMPTY_STRING();
    }
    if (stream_is_seekable(stream)) {
        php_stream_seek(stream, 0, SEEK_SET);
    }
    RETURN_STR(read_rest(stream));
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, close)
{
    resource_stream *rs = THIS_RESOURCE_STREAM();

    ZEND_PARSE_PARAMETERS_NONE();
    if (stream_of(rs) != NULL) {
        zend_list_close(Z_RES(rs->resource));
    }
    zval_ptr_dtor(&rs->resource);
    ZVAL_UNDEF(&rs->resource);
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, detach)
{
    resource_stream *rs = THIS_RESOURCE_STREAM();

    ZEND_PARSE_PARAMETERS_NONE();
    if (Z_TYPE(rs->resource) != IS_RESOURCE) {
        RETURN_NULL();
    }
    RETVAL_COPY_VALUE(&rs->resource);
    ZVAL_UNDEF(&rs->resource);
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, getSize)
{
    php_stream *stream;
    php_stream_statbuf ssb;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((stream = stream_of(THIS_RESOURCE_STREAM())) == NULL || php_stream_stat(stream, &ssb) != 0) {
        RETURN_NULL();
    }
    RETURN_LONG((zend_long) ssb.sb.st_size);
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, tell)
{
    php_stream *stream;
    zend_off_t pos;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((stream = attached(THIS_RESOURCE_STREAM())) == NULL) {
        RETURN_THROWS();
    }
    if ((pos = php_stream_tell(stream)) < 0) {
        zend_throw_exception(spl_ce_RuntimeException, "Unable to determine stream position", 0);
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long) pos);
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, eof)
{
    php_stream *stream;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((stream = attached(THIS_RESOURCE_STREAM())) == NULL) {
        RETURN_THROWS();
    }
    RETURN_BOOL(php_stream_eof(stream));
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, isSeekable)
{
    php_stream *stream;

    ZEND_PARSE_PARAMETERS_NONE();
    stream = stream_of(THIS_RESOURCE_STREAM());
    RETURN_BOOL(stream != NULL && stream_is_seekable(stream));
}

/* Seeks as fseek() does; fails as Guzzle's Stream::seek() does. */
static void seek_to(php_stream *stream, zend_long offset, zend_long whence)
{
    if (!stream_is_seekable(stream)) {
        zend_throw_exception(spl_ce_RuntimeException, "Stream is not seekable", 0);
        return;
    }
    if (php_stream_seek(stream, (zend_off_t) offset, (int) whence) != 0) {
        zend_throw_exception_ex(spl_ce_RuntimeException, 0,
                                "Unable to seek to stream position " ZEND_LONG_FMT " with whence " ZEND_LONG_FMT,
                                offset, whence);
    }
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, seek)
{
    php_stream *stream;
    zend_long offset, whence = SEEK_SET;
    zval *offset_arg, *whence_arg = NULL;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(offset_arg)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(whence_arg)
    ZEND_PARSE_PARAMETERS_END();

    if (!php_wechatpay_wide_seek_args(offset_arg, whence_arg, &offset, &whence)) {
        RETURN_THROWS();
    }
    if ((stream = attached(THIS_RESOURCE_STREAM())) == NULL) {
        RETURN_THROWS();
    }
    seek_to(stream, offset, whence);
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, rewind)
{
    php_stream *stream;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((stream = attached(THIS_RESOURCE_STREAM())) == NULL) {
        RETURN_THROWS();
    }
    seek_to(stream, 0, SEEK_SET);
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, isWritable)
{
    php_stream *stream;

    ZEND_PARSE_PARAMETERS_NONE();
    stream = stream_of(THIS_RESOURCE_STREAM());
    RETURN_BOOL(stream != NULL && mode_is_writable(stream));
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, write)
{
    php_stream *stream;
    zend_string *data;
    ssize_t written;
    zval *arg;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(arg)
    ZEND_PARSE_PARAMETERS_END();

    if ((data = php_wechatpay_wide_string_arg(arg, 1)) == NULL) {
        RETURN_THROWS();
    }
    if ((stream = attached(THIS_RESOURCE_STREAM())) == NULL || !mode_is_writable(stream)) {
        if (!EG(exception)) {
            zend_throw_exception(spl_ce_RuntimeException, "Cannot write to a non-writable stream", 0);
        }
        zend_string_release(data);
        RETURN_THROWS();
    }
    written = php_stream_write(stream, ZSTR_VAL(data), ZSTR_LEN(data));
    zend_string_release(data);
    if (written < 0) {
        zend_throw_exception(spl_ce_RuntimeException, "Unable to write to stream", 0);
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long) written);
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, isReadable)
{
    php_stream *stream;

    ZEND_PARSE_PARAMETERS_NONE();
    stream = stream_of(THIS_RESOURCE_STREAM());
    RETURN_BOOL(stream != NULL && mode_is_readable(stream));
}

/* The stream, readable, or NULL with Guzzle's RuntimeException thrown. */
static php_stream *readable(resource_stream *rs)
{
    php_stream *stream = attached(rs);

    if (stream != NULL && !mode_is_readable(stream)) {
        zend_throw_exception(spl_ce_RuntimeException, "Cannot read from non-readable stream", 0);
        return NULL;
    }
    return stream;
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, read)
{
    php_stream *stream;
    zend_long length;
    zend_string *bytes;
    zval *arg;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(arg)
    ZEND_PARSE_PARAMETERS_END();

    if (!php_wechatpay_wide_long_arg(arg, 1, &length) || (stream = readable(THIS_RESOURCE_STREAM())) == NULL) {
        RETURN_THROWS();
    }
    if (length < 0) {
        zend_throw_exception(spl_ce_RuntimeException, "Length parameter cannot be negative", 0);
        RETURN_THROWS();
    }
    if (length == 0) {
        RETURN_EMPTY_STRING();
    }
    if ((bytes = php_stream_read_to_str(stream, (size_t) length)) == NULL) {
        zend_throw_exception(spl_ce_RuntimeException, "Unable to read from stream", 0);
        RETURN_THROWS();
    }
    RETURN_NEW_STR(bytes);
}

ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, getContents)
{
    php_stream *stream;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((stream = readable(THIS_RESOURCE_STREAM())) == NULL) {
        RETURN_THROWS();
    }
    RETURN_STR(read_rest(stream));
}

/* stream_get_meta_data() of the resource, or its entry key (null when absent); [] or null once detached. */
ZEND_METHOD(WeChatPay_Http_AbstractResourceStream, getMetadata)
{
    resource_stream *rs = THIS_RESOURCE_STREAM();
    zend_string *key = NULL;
    zval *key_arg = NULL, meta, *entry;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(key_arg)
    ZEND_PARSE_PARAMETERS_END();

    if (key_arg != NULL && Z_TYPE_P(key_arg) != IS_NULL && (key = php_wechatpay_wide_string_arg(key_arg, 1)) == NULL) {
        RETURN_THROWS();
    }
    if (stream_of(rs) == NULL) {
        if (key != NULL) {
            zend_string_release(key);
            RETURN_NULL();
        }
        RETURN_EMPTY_ARRAY();
    }
    ZVAL_UNDEF(&meta);
    if (php_wechatpay_call_function("stream_get_meta_data", &meta, 1, &rs->resource, "%s", "no stream_get_meta_data()")
            == FAILURE || Z_TYPE(meta) != IS_ARRAY) {
        zval_ptr_dtor(&meta);
        if (key != NULL) {
            zend_string_release(key);
        }
        if (EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_NULL();
    }
    if (key == NULL) {
        RETURN_COPY_VALUE(&meta);
    }
    entry = zend_symtable_find(Z_ARRVAL(meta), key);
    zend_string_release(key);
    if (entry != NULL) {
        RETVAL_COPY(entry);
    }
    zval_ptr_dtor(&meta);
}
