/* The read cursor of the PSR-7 streams (see stream_cursor.h): WeChatPay\Http\AbstractStream's reading methods,
 * which WeChatPay\Util\AbstractMediaStream's stub aliases. A detached stream says so before anything else,
 * with Guzzle's Stream's message, as Guzzle's Stream checks it first; offsets and lengths are read as coercive
 * typing reads an int parameter (the stubs declare them mixed), whatever the caller's strict_types. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "http/stream_cursor.h"
#include "http/wide_args.h"

static const php_wechatpay_cursor_handlers *handlers_of(zend_object *obj)
{
    /* these methods run only on objects of a cursor class, whose handlers are a php_wechatpay_cursor_handlers
     * (zend_object_handlers first) */
    return (const php_wechatpay_cursor_handlers *) obj->handlers;
}

static void cursor_detach(zend_object *obj)
{
    php_wechatpay_cursor *cursor = php_wechatpay_cursor_from_obj(obj);
    const php_wechatpay_cursor_handlers *handlers = handlers_of(obj);

    if (cursor->contents) {
        zend_string_release(cursor->contents);
        cursor->contents = NULL;
    }
    cursor->pos = 0;
    if (handlers->release) {
        handlers->release(cursor);
    }
}

static void cursor_free_obj(zend_object *obj)
{
    cursor_detach(obj);
    zend_object_std_dtor(obj);
}

zend_object *php_wechatpay_cursor_clone_obj(zend_object *old_obj)
{
    php_wechatpay_cursor *old = php_wechatpay_cursor_from_obj(old_obj);
    zend_object *new_obj = old_obj->ce->create_object(old_obj->ce);
    php_wechatpay_cursor *copy = php_wechatpay_cursor_from_obj(new_obj);

    zend_objects_clone_members(new_obj, old_obj);
    if (copy->contents) {
        zend_string_release(copy->contents);
    }
    copy->contents = old->contents ? zend_string_copy(old->contents) : NULL;
    copy->pos = old->pos;
    return new_obj;
}

void php_wechatpay_cursor_handlers_init(php_wechatpay_cursor_handlers *handlers, size_t offset,
                                        zend_string *(*current)(php_wechatpay_cursor *cursor),
                                        void (*release)(php_wechatpay_cursor *cursor))
{
    memcpy(&handlers->std, &std_object_handlers, sizeof(zend_object_handlers));
    handlers->std.offset = (int) offset;
    handlers->std.free_obj = cursor_free_obj;
    handlers->std.clone_obj = php_wechatpay_cursor_clone_obj;
    handlers->current = current;
    handlers->release = release;
}

/* Returns the cursor of an attached stream, or NULL with the RuntimeException of a detached one. */
static php_wechatpay_cursor *attached(zend_object *obj)
{
    php_wechatpay_cursor *cursor = php_wechatpay_cursor_from_obj(obj);

    if (cursor->contents == NULL) {
        zend_throw_exception(spl_ce_RuntimeException, "Stream is detached", 0);
        return NULL;
    }
    return cursor;
}

/* Returns the cursor of an attached stream with its contents brought up to date, or NULL (thrown). */
static php_wechatpay_cursor *reading(zend_object *obj)
{
    php_wechatpay_cursor *cursor = attached(obj);
    const php_wechatpay_cursor_handlers *handlers = handlers_of(obj);
    zend_string *now;

    if (cursor == NULL || handlers->current == NULL) {
        return cursor;
    }
    if ((now = handlers->current(cursor)) == NULL) {
        return NULL;
    }
    if (now != cursor->contents) {
        zend_string_release(cursor->contents);
        cursor->contents = zend_string_copy(now);
        cursor->pos = MIN(cursor->pos, ZSTR_LEN(now));
    }
    return cursor;
}

/* Returns bytes [from, to) of contents, sharing the string when that is all of it. */
static zend_string *slice(zend_string *contents, size_t from, size_t to)
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

ZEND_METHOD(WeChatPay_Http_AbstractStream, close)
{
    ZEND_PARSE_PARAMETERS_NONE();
    cursor_detach(Z_OBJ_P(ZEND_THIS));
}

/* There is no underlying PHP stream: returns null and leaves the object unusable, as PSR-7 asks. */
ZEND_METHOD(WeChatPay_Http_AbstractStream, detach)
{
    ZEND_PARSE_PARAMETERS_NONE();
    cursor_detach(Z_OBJ_P(ZEND_THIS));
    RETURN_NULL();
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, tell)
{
    php_wechatpay_cursor *cursor;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((cursor = reading(Z_OBJ_P(ZEND_THIS))) == NULL) {
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long) cursor->pos);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, eof)
{
    php_wechatpay_cursor *cursor;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((cursor = reading(Z_OBJ_P(ZEND_THIS))) == NULL) {
        RETURN_THROWS();
    }
    RETURN_BOOL(cursor->pos >= ZSTR_LEN(cursor->contents));
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, isSeekable)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(php_wechatpay_cursor_from_obj(Z_OBJ_P(ZEND_THIS))->contents != NULL);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, seek)
{
    php_wechatpay_cursor *cursor;
    zend_long offset, whence = SEEK_SET, base, size;
    zval *offset_arg, *whence_arg = NULL;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(offset_arg)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(whence_arg)
    ZEND_PARSE_PARAMETERS_END();

    if (!php_wechatpay_wide_seek_args(offset_arg, whence_arg, &offset, &whence)) {
        RETURN_THROWS();
    }
    if ((cursor = reading(Z_OBJ_P(ZEND_THIS))) == NULL) {
        RETURN_THROWS();
    }
    size = (zend_long) ZSTR_LEN(cursor->contents);
    switch (whence) {
        case SEEK_SET: base = 0; break;
        case SEEK_CUR: base = (zend_long) cursor->pos; break;
        case SEEK_END: base = size; break;
        default:
            zend_argument_error(spl_ce_RuntimeException, 2, "must be one of SEEK_SET, SEEK_CUR or SEEK_END");
            RETURN_THROWS();
    }
    /* base and size are at most ZEND_LONG_MAX; compare without overflowing. */
    if ((offset < 0 && -(offset + 1) >= base) || (offset > 0 && offset > size - base)) {
        zend_argument_error(spl_ce_RuntimeException, 1,
                            "must lead to a position between 0 and the size of the stream (" ZEND_LONG_FMT "), "
                            ZEND_LONG_FMT " given with whence %s",
                            size, offset,
                            whence == SEEK_SET ? "SEEK_SET" : whence == SEEK_CUR ? "SEEK_CUR" : "SEEK_END");
        RETURN_THROWS();
    }
    cursor->pos = (size_t) (base + offset);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, rewind)
{
    php_wechatpay_cursor *cursor;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((cursor = attached(Z_OBJ_P(ZEND_THIS))) == NULL) {
        RETURN_THROWS();
    }
    cursor->pos = 0;
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

    if (attached(Z_OBJ_P(ZEND_THIS)) == NULL) {
        RETURN_THROWS();
    }
    zend_throw_exception(spl_ce_RuntimeException, "Cannot write to a non-writable stream", 0);
    RETURN_THROWS();
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, isReadable)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(php_wechatpay_cursor_from_obj(Z_OBJ_P(ZEND_THIS))->contents != NULL);
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, read)
{
    php_wechatpay_cursor *cursor;
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
    if ((cursor = reading(Z_OBJ_P(ZEND_THIS))) == NULL) {
        RETURN_THROWS();
    }
    if (length < 0) {
        zend_argument_error(spl_ce_RuntimeException, 1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    contents = cursor->contents;
    end = (size_t) length >= ZSTR_LEN(contents) - cursor->pos ? ZSTR_LEN(contents) : cursor->pos + (size_t) length;
    RETVAL_STR(slice(contents, cursor->pos, end));
    cursor->pos = end;
}

ZEND_METHOD(WeChatPay_Http_AbstractStream, getContents)
{
    php_wechatpay_cursor *cursor;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((cursor = reading(Z_OBJ_P(ZEND_THIS))) == NULL) {
        RETURN_THROWS();
    }
    RETVAL_STR(slice(cursor->contents, cursor->pos, ZSTR_LEN(cursor->contents)));
    cursor->pos = ZSTR_LEN(cursor->contents);
}

/* An in-memory body has no PHP stream metadata: [] for all of it, null for any key; a key that is falsy
 * ('', '0', 0, false) asks for all of it, as Guzzle's Stream and AppendStream read it (`$key ? null : []`). */
ZEND_METHOD(WeChatPay_Http_AbstractStream, getMetadata)
{
    zval *key = NULL;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(key)
    ZEND_PARSE_PARAMETERS_END();

    if (key != NULL && zend_is_true(key)) {
        RETURN_NULL();
    }
    RETURN_EMPTY_ARRAY();
}
