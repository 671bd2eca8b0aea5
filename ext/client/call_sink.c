/* The `sink` option (see call_sink.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include <errno.h>
#include "php_open_temporary_file.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_string.h"
#include "client/call_sink.h"
#include "http/exceptions.h"
#include "http/resource_stream.h"
#include "support/php_call.h"
#include "support/request_classes.h"

#define PSR_STREAM_INTERFACE "Psr\\Http\\Message\\StreamInterface"

/* The bytes copied from the spool to the sink at a time. */
#define SINK_CHUNK ((size_t) 64 * 1024)

/* Guzzle refuses a path whose directory does not exist before sending; so do we, with its RuntimeException.
 * is_dir() is PHP's: stream wrappers and open_basedir apply as they would to Guzzle's. */
static zend_result check_sink_path(zend_string *path)
{
    zend_string *dir;
    zval arg, is_dir;
    zend_result result;

    if (ZSTR_LEN(path) == 0 || zend_str_has_nul_byte(path)) {
        php_wechatpay_throw_invalid("Option 'sink' must be a file path without NUL bytes, a stream resource or a "
                                    "Psr\\Http\\Message\\StreamInterface, an empty or NUL-containing string given");
        return FAILURE;
    }
    dir = zend_string_init(ZSTR_VAL(path), ZSTR_LEN(path), 0);
    ZSTR_LEN(dir) = zend_dirname(ZSTR_VAL(dir), ZSTR_LEN(dir));
    ZSTR_VAL(dir)[ZSTR_LEN(dir)] = '\0';
    ZVAL_STR(&arg, dir);
    ZVAL_UNDEF(&is_dir);
    result = php_wechatpay_call_function("is_dir", &is_dir, 1, &arg, "%s", "is_dir() is missing");
    if (result == SUCCESS && Z_TYPE(is_dir) != IS_TRUE && !EG(exception)) {
        zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Directory %s does not exist for sink value of %s",
                                ZSTR_VAL(dir), ZSTR_VAL(path));
        result = FAILURE;
    }
    zval_ptr_dtor(&is_dir);
    zval_ptr_dtor(&arg);
    return EG(exception) ? FAILURE : result;
}

zend_result php_wechatpay_sink_prepare(zval *sink, HashTable *options)
{
    zval *value = zend_hash_str_find_deref(options, ZEND_STRL("sink"));
    zend_class_entry *iface;
    php_stream *stream = NULL;

    ZVAL_UNDEF(sink);
    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) == IS_STRING) {
        if (check_sink_path(Z_STR_P(value)) == FAILURE) {
            return FAILURE;
        }
    } else if (Z_TYPE_P(value) == IS_RESOURCE) {
        php_stream_from_zval_no_verify(stream, value);
        if (stream == NULL) {
            php_wechatpay_throw_invalid("Option 'sink' must be an open stream resource, a closed or other resource given");
            return FAILURE;
        }
    } else if (Z_TYPE_P(value) != IS_OBJECT || (iface = php_wechatpay_request_class_lookup(PSR_STREAM_INTERFACE, false)) == NULL
               || !instanceof_function(Z_OBJCE_P(value), iface)) {
        php_wechatpay_throw_invalid("Option 'sink' must be a file path, a stream resource or a "
                                    "Psr\\Http\\Message\\StreamInterface, %s given",
                                    Z_TYPE_P(value) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(value)->name)
                                                                 : zend_zval_type_name(value));
        return FAILURE;
    }
    ZVAL_COPY(sink, value);
    return SUCCESS;
}

const char *php_wechatpay_sink_spool_dir(const zval *sink)
{
    return Z_ISUNDEF_P(sink) ? NULL : php_get_temporary_directory();
}

/* Copies the spool into a PHP stream at its position. Returns SUCCESS, or FAILURE with *reason or an
 * exception (a userland wrapper's). */
static zend_result copy_to_stream(const wxp_spool *spool, php_stream *stream, const char **reason)
{
    char *chunk = emalloc(SINK_CHUNK);
    uint64_t offset = 0;
    zend_result result = SUCCESS;

    while (offset < spool->size) {
        ssize_t n = wxp_spool_read(spool, offset, chunk, SINK_CHUNK);

        if (n <= 0) {
            *reason = "the body could not be read back from its temporary file";
            result = FAILURE;
            break;
        }
        if (php_stream_write(stream, chunk, (size_t) n) != n || EG(exception)) {
            *reason = "the stream took fewer bytes than it was given";
            result = FAILURE;
            break;
        }
        offset += (uint64_t) n;
    }
    efree(chunk);
    if (result == SUCCESS && php_stream_flush(stream) != 0) {
        *reason = "the stream could not be flushed";
        result = FAILURE;
    }
    return result;
}

/* A path or a resource: the body goes into the PHP stream, which is rewound and becomes the body's resource. */
static zend_result deliver_to_resource(const zval *sink, const wxp_spool *spool, zval *body, const char **reason)
{
    php_stream *stream = NULL;
    zval resource;

    if (Z_TYPE_P(sink) == IS_STRING) {
        /* "w+" as Guzzle's LazyOpenStream opens it; opened only now, after the body verified */
        errno = 0;
        stream = php_stream_open_wrapper(Z_STRVAL_P(sink), "w+b", 0, NULL);
        if (stream == NULL) {
            if (!EG(exception)) {
                zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Unable to open \"%s\" using mode \"w+\"%s%s",
                                        Z_STRVAL_P(sink), errno ? ": " : "", errno ? strerror(errno) : "");
            }
            return FAILURE;
        }
        php_stream_to_zval(stream, &resource);
    } else {
        php_stream_from_zval_no_verify(stream, (zval *) sink);
        if (stream == NULL) {
            *reason = "the stream resource was closed meanwhile";
            return FAILURE;
        }
        ZVAL_COPY(&resource, sink);
    }
    if (copy_to_stream(spool, stream, reason) == FAILURE) {
        zval_ptr_dtor(&resource);
        return FAILURE;
    }
    if (stream->ops->seek != NULL && (stream->flags & PHP_STREAM_FLAG_NO_SEEK) == 0) {
        php_stream_seek(stream, 0, SEEK_SET);
    }
    if (php_wechatpay_resource_stream_create(body, &resource) == FAILURE) {
        zval_ptr_dtor(&resource);
        return FAILURE;
    }
    zval_ptr_dtor(&resource);
    return SUCCESS;
}

/* A StreamInterface: its write() takes each chunk (and must take all of it, as Guzzle's curl handler
 * requires), then it is rewound when seekable and is the body itself. */
static zend_result deliver_to_psr_stream(const zval *sink, const wxp_spool *spool, zval *body, const char **reason)
{
    zend_object *object = Z_OBJ_P(sink);
    char *chunk = emalloc(SINK_CHUNK);
    uint64_t offset = 0;
    zend_result result = SUCCESS;
    zval arg, ret;

    GC_ADDREF(object); /* write() may drop every other reference to it */
    while (result == SUCCESS && offset < spool->size) {
        ssize_t n = wxp_spool_read(spool, offset, chunk, SINK_CHUNK);

        if (n <= 0) {
            *reason = "the body could not be read back from its temporary file";
            result = FAILURE;
            break;
        }
        ZVAL_STRINGL(&arg, chunk, (size_t) n);
        ZVAL_UNDEF(&ret);
        result = php_wechatpay_call_method(object, "write", &ret, 1, &arg);
        zval_ptr_dtor(&arg);
        if (result == SUCCESS && !EG(exception) && (Z_TYPE(ret) != IS_LONG || Z_LVAL(ret) != (zend_long) n)) {
            *reason = "its write() did not take every byte it was given";
            result = FAILURE;
        }
        zval_ptr_dtor(&ret);
        result = EG(exception) ? FAILURE : result;
        offset += (uint64_t) n;
    }
    efree(chunk);
    if (result == SUCCESS) {
        ZVAL_UNDEF(&ret);
        if (php_wechatpay_call_method(object, "isSeekable", &ret, 0, NULL) == SUCCESS && Z_TYPE(ret) == IS_TRUE
            && !EG(exception)) {
            zval_ptr_dtor(&ret);
            ZVAL_UNDEF(&ret);
            php_wechatpay_call_method(object, "rewind", &ret, 0, NULL);
        }
        zval_ptr_dtor(&ret);
        result = EG(exception) ? FAILURE : SUCCESS;
    }
    if (result == SUCCESS) {
        ZVAL_OBJ(body, object); /* the reference taken above */
    } else {
        OBJ_RELEASE(object);
    }
    return result;
}

zend_result php_wechatpay_sink_deliver(const zval *sink, const wxp_spool *spool, zval *body, const char **reason)
{
    ZVAL_UNDEF(body);
    *reason = NULL;
    return Z_TYPE_P(sink) == IS_OBJECT ? deliver_to_psr_stream(sink, spool, body, reason)
                                       : deliver_to_resource(sink, spool, body, reason);
}
