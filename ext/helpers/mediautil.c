/* WeChatPay\Util\MediaUtil and the stream its getStream() returns.
 *
 * A MediaUtil reads its file once, at construction (as the package hashes it then), into a shared state that
 * also holds the meta JSON and the boundary; the multipart body is built from that state by the core
 * (wxp_media_body) when first needed after each setMeta(). The stream (WeChatPay\Util\MediaStream, declared
 * per request to implement the app's Psr\Http\Message\StreamInterface) shares the state: reading it gives the
 * multipart bytes (through the response body's own cursor, http/stream_cursor.h, which asks this file for the
 * body as it is now), casting it to string gives the meta JSON, its size is unknown (null), as the package's.
 * The `body` option recognises it (php_wechatpay_media_body) and sends the multipart bytes while the signature
 * covers the meta JSON only, which is what WeChat Pay verifies.
 *
 * Ownership: MediaUtil -> its stream object (one reference, reported to the GC) -> the state (refcounted);
 * MediaUtil -> the state. Nothing points back, so there is no cycle. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_string.h"
#include "php_wechatpay.h"
#include "helpers/util.h"
#include "http/psr_bridge.h"
#include "http/psr_fallback.h"
#include "http/stream_cursor.h"
#include "http/exceptions.h"
#include "support/php_call.h"
#include "support/request_classes.h"
#include "wxp_hash.h"
#include "wxp_multipart.h"

#define STREAM_INTERFACE "Psr\\Http\\Message\\StreamInterface"
#define MEDIA_STREAM_CLASS "WeChatPay\\Util\\MediaStream"
#define MEDIA_STREAM_DECL \
    "namespace WeChatPay\\Util;\n" \
    "final class MediaStream extends AbstractMediaStream implements \\Psr\\Http\\Message\\StreamInterface {}\n"
/* How much each read() of an app's stream asks for (as Guzzle's Utils::hash() does). */
#define READ_CHUNK 1048576

/* What a MediaUtil and its stream share. */
typedef struct php_wechatpay_media {
    uint32_t refcount;
    zend_string *default_name; /* basename($filepath): the default meta's filename */
    zend_string *part_name;    /* the file part's filename (the same, or the app stream's uri's base name) */
    zend_string *file;         /* the file's bytes */
    zend_string *sha256;       /* lower-case hex SHA-256 of file */
    zend_long declared_len;    /* the file part's Content-Length (the size the file reported), 0 for none */
    zend_string *meta;         /* the meta JSON */
    zend_string *body;         /* the multipart body for meta; NULL until needed after each change */
    char boundary[WXP_BOUNDARY_LEN + 1];
} php_wechatpay_media;

typedef struct php_wechatpay_mediautil {
    php_wechatpay_media *media; /* NULL until __construct() succeeded */
    zval stream;                /* the stream getStream() returns; UNDEF until asked for */
    zend_object std;
} php_wechatpay_mediautil;

/* Reads through the streams' one cursor (http/stream_cursor.h), over the multipart body. */
typedef struct php_wechatpay_mediastream {
    php_wechatpay_media *media;  /* NULL once closed or detached */
    php_wechatpay_cursor cursor; /* the body as last read, and the position in it (std last) */
} php_wechatpay_mediastream;

static zend_object_handlers mediautil_handlers;
static php_wechatpay_cursor_handlers php_wechatpay_mediastream_handlers;

static zend_always_inline php_wechatpay_mediautil *mediautil_from_obj(zend_object *obj)
{
    return (php_wechatpay_mediautil *) ((char *) obj - XtOffsetOf(php_wechatpay_mediautil, std));
}

static zend_always_inline php_wechatpay_mediastream *mediastream_from_cursor(php_wechatpay_cursor *cursor)
{
    return (php_wechatpay_mediastream *) ((char *) cursor - XtOffsetOf(php_wechatpay_mediastream, cursor));
}

static zend_always_inline php_wechatpay_mediastream *mediastream_from_obj(zend_object *obj)
{
    return mediastream_from_cursor(php_wechatpay_cursor_from_obj(obj));
}

/* ------------------------------------------------------------------------------------------- the state */

static void media_release(php_wechatpay_media *media)
{
    if (media == NULL || --media->refcount > 0) {
        return;
    }
    zend_string_release(media->default_name);
    zend_string_release(media->part_name);
    zend_string_release(media->file);
    zend_string_release(media->sha256);
    zend_string_release(media->meta);
    if (media->body) {
        zend_string_release(media->body);
    }
    efree(media);
}

static php_wechatpay_media *media_addref(php_wechatpay_media *media)
{
    media->refcount++;
    return media;
}

static void media_set_meta(php_wechatpay_media *media, zend_string *meta)
{
    zend_string_release(media->meta);
    media->meta = zend_string_copy(meta);
    if (media->body) {
        zend_string_release(media->body);
        media->body = NULL;
    }
}

/* The multipart body for the current meta (owned by media), built on first use. NULL with an Error thrown
 * when memory ran out. */
static zend_string *media_body(php_wechatpay_media *media)
{
    if (media->body == NULL) {
        wxp_media_file file;
        wxp_buf out;

        file.filename = ZSTR_VAL(media->part_name);
        file.filename_len = ZSTR_LEN(media->part_name);
        file.data = ZSTR_VAL(media->file);
        file.len = ZSTR_LEN(media->file);
        file.declared_len = (long long) media->declared_len;
        wxp_buf_init(&out);
        if (wxp_media_body(&out, media->boundary, WXP_BOUNDARY_LEN, ZSTR_VAL(media->meta), ZSTR_LEN(media->meta),
                           &file) != 0) {
            wxp_buf_free(&out);
            zend_throw_error(NULL, "Out of memory building a multipart body");
            return NULL;
        }
        media->body = zend_string_init(out.data, out.len, 0);
        wxp_buf_free(&out);
    }
    return media->body;
}

static zend_string *media_content_type(php_wechatpay_media *media)
{
    return zend_string_concat2(ZEND_STRL("multipart/form-data; boundary="), media->boundary, WXP_BOUNDARY_LEN);
}

/* The package's default meta: json_encode(['filename' => ..., 'sha256' => ...]) with no flags; '' when that
 * fails (a file name that is not UTF-8), as `(string) false` is. */
static zend_string *default_meta(php_wechatpay_media *media)
{
    zval fields;
    smart_str json = {0};
    zend_string *meta;

    array_init_size(&fields, 2);
    add_assoc_str(&fields, "filename", zend_string_copy(media->default_name));
    add_assoc_str(&fields, "sha256", zend_string_copy(media->sha256));
    if (php_json_encode_ex(&json, &fields, 0, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE
        || JSON_G(error_code) != PHP_JSON_ERROR_NONE) {
        smart_str_free(&json);
        meta = ZSTR_EMPTY_ALLOC();
    } else {
        meta = json.s ? smart_str_extract(&json) : ZSTR_EMPTY_ALLOC();
    }
    zval_ptr_dtor(&fields);
    return meta;
}

/* The lower-case hex SHA-256 of data (the package's Utils::hash($stream, 'sha256')), or NULL when OpenSSL
 * cannot compute it. */
static zend_string *sha256_hex(zend_string *data)
{
    char hex[WXP_HASH_HEX_MAX];
    wxp_err err;

    wxp_err_clear(&err);
    if (wxp_hash_hex(EVP_sha256(), ZSTR_VAL(data), ZSTR_LEN(data), hex, &err) != 0) {
        return NULL;
    }
    return zend_string_init(hex, strlen(hex), 0);
}

/* ---------------------------------------------------------------------------------- reading the file */

/* Calls a method expected to answer a bool or an int; returns its value, or -1 with an exception thrown. */
static zend_long call_long(zend_object *obj, const char *name)
{
    zval rv;
    zend_long value;

    if (php_wechatpay_call_method(obj, name, &rv, 0, NULL) == FAILURE) {
        return -1;
    }
    value = zval_get_long(&rv);
    zval_ptr_dtor(&rv);
    return value;
}

/* Reads an app's StreamInterface whole, as the package hashes it (Guzzle's Utils::hash()): from the start when
 * seekable, then back to where it was; a stream that cannot seek is read from where it is. Sets *declared to
 * the size the stream reports (its getSize(), 0 when unknown). Returns the bytes, or NULL (thrown). */
static zend_string *read_app_stream(zend_object *stream, zend_long *declared)
{
    smart_str bytes = {0};
    zend_long seekable, pos = 0, eof;
    zval arg, rv;

    if ((seekable = call_long(stream, "isSeekable")) < 0 && EG(exception)) {
        return NULL;
    }
    seekable = seekable != 0;
    if (seekable) {
        if ((pos = call_long(stream, "tell")) < 0 && EG(exception)) {
            return NULL;
        }
        if (pos > 0) {
            if (php_wechatpay_call_method(stream, "rewind", &rv, 0, NULL) == FAILURE) {
                return NULL;
            }
            zval_ptr_dtor(&rv);
        }
    }
    while ((eof = call_long(stream, "eof")) == 0) {
        zend_string *chunk;

        ZVAL_LONG(&arg, READ_CHUNK);
        if (php_wechatpay_call_method(stream, "read", &rv, 1, &arg) == FAILURE) {
            smart_str_free(&bytes);
            return NULL;
        }
        chunk = zval_try_get_string(&rv);
        zval_ptr_dtor(&rv);
        if (chunk == NULL) {
            smart_str_free(&bytes);
            return NULL;
        }
        /* a stream that gives nothing yet is not at its end would loop forever: take what came */
        if (ZSTR_LEN(chunk) == 0) {
            zend_string_release(chunk);
            break;
        }
        smart_str_append(&bytes, chunk);
        zend_string_release(chunk);
    }
    if (eof < 0 && EG(exception)) {
        smart_str_free(&bytes);
        return NULL;
    }
    if (seekable) {
        ZVAL_LONG(&arg, pos);
        if (php_wechatpay_call_method(stream, "seek", &rv, 1, &arg) == FAILURE) {
            smart_str_free(&bytes);
            return NULL;
        }
        zval_ptr_dtor(&rv);
    }
    if (php_wechatpay_call_method(stream, "getSize", &rv, 0, NULL) == FAILURE) {
        smart_str_free(&bytes);
        return NULL;
    }
    *declared = Z_TYPE(rv) == IS_LONG && Z_LVAL(rv) > 0 ? Z_LVAL(rv) : 0;
    zval_ptr_dtor(&rv);
    if (!seekable && *declared > 0 && bytes.s && (zend_long) ZSTR_LEN(bytes.s) > *declared) {
        /* Guzzle's CachingStream reports the larger of what it cached and what the stream said */
        *declared = (zend_long) ZSTR_LEN(bytes.s);
    }
    return bytes.s ? smart_str_extract(&bytes) : ZSTR_EMPTY_ALLOC();
}

/* Throws the package's (Guzzle's tryFopen()) RuntimeException for a file that cannot be opened: PHP's own
 * fopen() warning text, or the message of what fopen() threw, then kept as the previous exception. */
static void throw_cannot_open(zend_string *path, zend_object *cause, bool from_warning)
{
    zval message_zv, *message, exception;
    zend_string *text, *full;
    smart_str out = {0};

    message = zend_read_property_ex(zend_get_exception_base(cause), cause, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1,
                                    &message_zv);
    text = zval_get_string(message);
    /* built with lengths: the path may hold a NUL byte (what fopen() refused) */
    smart_str_appends(&out, "Unable to open \"");
    smart_str_append(&out, path);
    smart_str_appends(&out, "\" using mode \"rb\": ");
    smart_str_append(&out, text);
    zend_string_release(text);
    full = smart_str_extract(&out);
    object_init_ex(&exception, spl_ce_RuntimeException);
    zend_update_property_str(zend_ce_exception, Z_OBJ(exception), ZEND_STRL("message"), full);
    zend_string_release(full);
    if (from_warning) {
        OBJ_RELEASE(cause);
    } else {
        zend_exception_set_previous(Z_OBJ(exception), cause);
    }
    zend_throw_exception_object(&exception);
}

/* The most a media file may hold: WeChat Pay's upload APIs take images of 2 MB and videos of 5 MB; far more
 * is a wrong path (a log, a disk image), refused before it fills memory_limit. */
#define MEDIA_FILE_MAX (32 * 1024 * 1024)

/* Refuses, before opening it, what a media path must not name: a directory (the package uploaded it as an
 * empty file), or a device, FIFO or socket (/dev/zero read until memory_limit; a FIFO blocked fopen()).
 * Paths a wrapper cannot stat (http://, a missing file) are left to fopen() and its own message. Returns
 * FAILURE with a RuntimeException thrown. */
static zend_result check_media_path(zend_string *path)
{
    php_stream_statbuf ssb;
    const char *problem = NULL;

    if (ZSTR_LEN(path) != strlen(ZSTR_VAL(path))
        || php_stream_stat_path_ex(ZSTR_VAL(path), PHP_STREAM_URL_STAT_QUIET, &ssb, NULL) != 0) {
        return SUCCESS;
    }
    if (S_ISDIR(ssb.sb.st_mode)) {
        problem = "it is a directory";
    } else if (!S_ISREG(ssb.sb.st_mode)) {
        problem = "it is not a regular file (a device, FIFO or socket)";
    } else if (ssb.sb.st_size > MEDIA_FILE_MAX) {
        problem = "it is larger than 32 MiB (WeChat Pay takes media files of a few MB)";
    }
    if (problem) {
        zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot read the media file \"%s\": %s",
                                ZSTR_VAL(path), problem);
        return FAILURE;
    }
    return SUCCESS;
}

/* Opens and reads the file at path with PHP's fopen() ('rb', any stream wrapper the app allows); a failure is
 * a RuntimeException as the package's. Sets *declared to the size fstat() reports. Returns NULL (thrown). */
static zend_string *read_path(zend_string *path, zend_long *declared)
{
    zend_error_handling handling;
    zval args[2], handle;
    php_stream *stream;
    php_stream_statbuf ssb;
    zend_string *bytes;
    zend_result opened;

    *declared = 0;
    if (check_media_path(path) == FAILURE) {
        return NULL;
    }
    ZVAL_STR(&args[0], path);
    ZVAL_STRINGL(&args[1], "rb", 2);
    /* fopen()'s warning becomes the exception, whatever error handler the app set (as Guzzle's own handler
     * takes it over) */
    zend_replace_error_handling(EH_THROW, spl_ce_RuntimeException, &handling);
    opened = php_wechatpay_call_function("fopen", &handle, 2, args,
                                         "WeChatPay\\Util\\MediaUtil needs fopen(), which is disabled");
    zend_restore_error_handling(&handling);
    zval_ptr_dtor(&args[1]);
    /* The Error of a disabled fopen() (PHP 8 leaves it out of the function table) is thrown as it is; what
     * fopen() warned or threw becomes the package's RuntimeException. */
    if (opened == FAILURE && zend_hash_str_exists(EG(function_table), ZEND_STRL("fopen"))) {
        zend_object *cause = EG(exception);
        bool from_warning = cause->ce == spl_ce_RuntimeException;

        EG(exception) = NULL;
        throw_cannot_open(path, cause, from_warning);
        return NULL;
    }
    if (opened == FAILURE) {
        return NULL;
    }
    if (Z_TYPE(handle) != IS_RESOURCE) {
        zval_ptr_dtor(&handle);
        zend_throw_exception_ex(spl_ce_RuntimeException, 0,
                                "Unable to open \"%s\" using mode \"rb\": fopen() failed", ZSTR_VAL(path));
        return NULL;
    }
    php_stream_from_zval_no_verify(stream, &handle);
    if (stream == NULL) {
        zval_ptr_dtor(&handle);
        zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot open or caching the file: `%s`", ZSTR_VAL(path));
        return NULL;
    }
    /* One byte more than the limit tells a file that grew past it (or a wrapper's stream without a size). */
    bytes = php_stream_copy_to_mem(stream, MEDIA_FILE_MAX + 1, 0);
    if (bytes && ZSTR_LEN(bytes) > MEDIA_FILE_MAX) {
        zend_string_release(bytes);
        zval_ptr_dtor(&handle);
        zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot read the media file \"%s\": %s",
                                ZSTR_VAL(path), "it is larger than 32 MiB (WeChat Pay takes media files of a few MB)");
        return NULL;
    }
    if (php_stream_stat(stream, &ssb) == 0 && ssb.sb.st_size > 0) {
        *declared = (zend_long) ssb.sb.st_size;
    }
    zval_ptr_dtor(&handle);
    return bytes ? bytes : ZSTR_EMPTY_ALLOC();
}

/* The file part's name when basename($filepath) is empty (or "0"): Guzzle then takes the base name of the
 * stream's `uri` metadata unless it is a php:// or data:// one. Returns a new string or NULL (none, or thrown). */
static zend_string *uri_base_name(zend_object *stream)
{
    zval arg, rv;
    zend_string *name = NULL;

    ZVAL_STRINGL(&arg, "uri", 3);
    if (php_wechatpay_call_method(stream, "getMetadata", &rv, 1, &arg) == SUCCESS) {
        if (Z_TYPE(rv) == IS_STRING && Z_STRLEN(rv) > 0 && strncmp(Z_STRVAL(rv), "php://", 6) != 0
            && strncmp(Z_STRVAL(rv), "data://", 7) != 0) {
            name = php_basename(Z_STRVAL(rv), Z_STRLEN(rv), NULL, 0);
        }
        zval_ptr_dtor(&rv);
    }
    zval_ptr_dtor(&arg);
    return name;
}

/* ---------------------------------------------------------------------------------------- MediaUtil */

static zend_object *mediautil_create_object(zend_class_entry *ce)
{
    php_wechatpay_mediautil *util = zend_object_alloc(sizeof(php_wechatpay_mediautil), ce);

    util->media = NULL;
    ZVAL_UNDEF(&util->stream);
    zend_object_std_init(&util->std, ce);
    object_properties_init(&util->std, ce);
    util->std.handlers = &mediautil_handlers;
    return &util->std;
}

static void mediautil_free_obj(zend_object *obj)
{
    php_wechatpay_mediautil *util = mediautil_from_obj(obj);

    media_release(util->media);
    util->media = NULL;
    zval_ptr_dtor(&util->stream);
    ZVAL_UNDEF(&util->stream);
    zend_object_std_dtor(obj);
}

/* A clone shares the file, meta and stream with the original, as the package's shallow clone does. */
static zend_object *mediautil_clone_obj(zend_object *old_obj)
{
    php_wechatpay_mediautil *old = mediautil_from_obj(old_obj);
    zend_object *new_obj = mediautil_create_object(old_obj->ce);
    php_wechatpay_mediautil *copy = mediautil_from_obj(new_obj);

    zend_objects_clone_members(new_obj, old_obj);
    copy->media = old->media ? media_addref(old->media) : NULL;
    ZVAL_COPY(&copy->stream, &old->stream);
    return new_obj;
}

static HashTable *mediautil_get_gc(zend_object *obj, zval **table, int *n)
{
    php_wechatpay_mediautil *util = mediautil_from_obj(obj);

    *table = Z_ISUNDEF(util->stream) ? NULL : &util->stream;
    *n = Z_ISUNDEF(util->stream) ? 0 : 1;
    return zend_std_get_properties(obj);
}

/* The state of a constructed MediaUtil, or NULL with an Error thrown. */
static php_wechatpay_media *this_media(zval *this_zv)
{
    php_wechatpay_mediautil *util = mediautil_from_obj(Z_OBJ_P(this_zv));

    if (util->media == NULL) {
        zend_throw_error(NULL, "%s object is not initialized: its constructor was not called",
                         ZSTR_VAL(Z_OBJCE_P(this_zv)->name));
    }
    return util->media;
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, __construct)
{
    php_wechatpay_mediautil *util = mediautil_from_obj(Z_OBJ_P(ZEND_THIS));
    zend_string *filepath, *bytes, *digest;
    zval *file_stream = NULL;
    zend_class_entry *iface;
    zend_long declared = 0;
    php_wechatpay_media *media;
    zend_string *uri_name = NULL;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(filepath)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(file_stream)
    ZEND_PARSE_PARAMETERS_END();

    if (file_stream && Z_TYPE_P(file_stream) == IS_NULL) {
        file_stream = NULL;
    }
    if (file_stream) {
        /* an object implementing it has it loaded already: no autoloading here */
        iface = php_wechatpay_request_class_lookup(STREAM_INTERFACE, false);
        if (Z_TYPE_P(file_stream) != IS_OBJECT || iface == NULL || !instanceof_function(Z_OBJCE_P(file_stream), iface)) {
            zend_argument_type_error(2, "must be of type ?" STREAM_INTERFACE ", %s given", zend_zval_type_name(file_stream));
            RETURN_THROWS();
        }
    }

    bytes = file_stream ? read_app_stream(Z_OBJ_P(file_stream), &declared) : read_path(filepath, &declared);
    if (bytes == NULL) {
        RETURN_THROWS();
    }
    if ((digest = sha256_hex(bytes)) == NULL) {
        zend_string_release(bytes);
        zend_throw_exception(spl_ce_RuntimeException, "Cannot compute the SHA-256 digest of the file", 0);
        RETURN_THROWS();
    }

    media = ecalloc(1, sizeof(*media));
    media->refcount = 1;
    media->default_name = php_basename(ZSTR_VAL(filepath), ZSTR_LEN(filepath), NULL, 0);
    if (file_stream && (ZSTR_LEN(media->default_name) == 0 || zend_string_equals_literal(media->default_name, "0"))) {
        uri_name = uri_base_name(Z_OBJ_P(file_stream));
        if (EG(exception)) {
            zend_string_release(media->default_name);
            zend_string_release(bytes);
            zend_string_release(digest);
            efree(media);
            RETURN_THROWS();
        }
    }
    media->part_name = uri_name ? uri_name : zend_string_copy(media->default_name);
    media->file = bytes;
    media->sha256 = digest;
    media->declared_len = declared;
    media->body = NULL;
    media->meta = ZSTR_EMPTY_ALLOC();
    if (wxp_boundary(media->boundary) != 0) {
        media_release(media);
        zend_throw_exception(spl_ce_RuntimeException, "Cannot gather random data for a multipart boundary", 0);
        RETURN_THROWS();
    }
    zend_string_release(media->meta);
    media->meta = default_meta(media);

    /* constructing again starts over, as the package's composeStream() does */
    media_release(util->media);
    util->media = media;
    zval_ptr_dtor(&util->stream);
    ZVAL_UNDEF(&util->stream);
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, setMeta)
{
    php_wechatpay_media *media;
    zend_string *json = NULL, *meta;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(json)
    ZEND_PARSE_PARAMETERS_END();

    if ((media = this_media(ZEND_THIS)) == NULL) {
        RETURN_THROWS();
    }
    meta = json ? zend_string_copy(json) : default_meta(media);
    media_set_meta(media, meta);
    zend_string_release(meta);
    RETURN_LONG((zend_long) ZSTR_LEN(media->meta));
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, getMeta)
{
    php_wechatpay_media *media;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((media = this_media(ZEND_THIS)) == NULL) {
        RETURN_THROWS();
    }
    RETURN_STR_COPY(media->meta);
}

/* Declares the request's WeChatPay\Util\MediaStream on first use, after the PSR-7 bridge resolved the app's
 * StreamInterface (declaring a fallback when the app has none). Returns NULL with an exception thrown. */
static zend_class_entry *media_stream_ce(void)
{
    zend_class_entry *ce, *iface;

    if (php_wechatpay_psr_stream_ce() == NULL) {
        return NULL;
    }
    ce = php_wechatpay_request_class_declare(MEDIA_STREAM_CLASS, MEDIA_STREAM_DECL, PHP_WECHATPAY_PSR_BRIDGE_FILENAME,
                                             "Cannot declare " MEDIA_STREAM_CLASS);
    if (ce == NULL && EG(exception)) {
        return NULL;
    }
    iface = php_wechatpay_request_class_lookup(STREAM_INTERFACE, false);
    if (ce == NULL || ce->parent != wechatpay_ce_Util_AbstractMediaStream || iface == NULL
        || !instanceof_function(ce, iface)) {
        php_wechatpay_throw_invalid_state("Cannot make a media stream: the class name %s is already in use",
                                          MEDIA_STREAM_CLASS);
        return NULL;
    }
    return ce;
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, getStream)
{
    php_wechatpay_mediautil *util = mediautil_from_obj(Z_OBJ_P(ZEND_THIS));
    php_wechatpay_mediastream *stream;
    zend_class_entry *ce;
    zend_string *body;

    ZEND_PARSE_PARAMETERS_NONE();
    if (this_media(ZEND_THIS) == NULL) {
        RETURN_THROWS();
    }
    if (Z_ISUNDEF(util->stream)) {
        if ((ce = media_stream_ce()) == NULL || (body = media_body(util->media)) == NULL) {
            RETURN_THROWS();
        }
        object_init_ex(&util->stream, ce);
        stream = mediastream_from_obj(Z_OBJ(util->stream));
        stream->media = media_addref(util->media);
        stream->cursor.contents = zend_string_copy(body);
    }
    RETURN_COPY(&util->stream);
}

ZEND_METHOD(WeChatPay_Util_MediaUtil, getContentType)
{
    php_wechatpay_media *media;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((media = this_media(ZEND_THIS)) == NULL) {
        RETURN_THROWS();
    }
    RETURN_NEW_STR(media_content_type(media));
}

/* ---------------------------------------------------------------------------- AbstractMediaStream */

static zend_object *mediastream_create_object(zend_class_entry *ce)
{
    php_wechatpay_mediastream *stream = zend_object_alloc(sizeof(php_wechatpay_mediastream), ce);

    /* made without a MediaUtil (ReflectionClass::newInstanceWithoutConstructor()): a detached stream */
    stream->media = NULL;
    stream->cursor.contents = NULL;
    stream->cursor.pos = 0;
    zend_object_std_init(&stream->cursor.std, ce);
    object_properties_init(&stream->cursor.std, ce);
    stream->cursor.std.handlers = &php_wechatpay_mediastream_handlers.std;
    return &stream->cursor.std;
}

/* The cursor's hook: the body for the meta as it is now (setMeta() may have changed it since the last read). */
static zend_string *mediastream_current(php_wechatpay_cursor *cursor)
{
    return media_body(mediastream_from_cursor(cursor)->media);
}

/* The cursor's hook: a detached, closed or freed stream lets go of the file and meta too. */
static void mediastream_release(php_wechatpay_cursor *cursor)
{
    php_wechatpay_mediastream *stream = mediastream_from_cursor(cursor);

    media_release(stream->media);
    stream->media = NULL;
}

static zend_object *mediastream_clone_obj(zend_object *old_obj)
{
    php_wechatpay_media *media = mediastream_from_obj(old_obj)->media;
    zend_object *new_obj = php_wechatpay_cursor_clone_obj(old_obj);

    mediastream_from_obj(new_obj)->media = media ? media_addref(media) : NULL;
    return new_obj;
}

/* var_dump() shows the position and the meta JSON, never the file's bytes. */
static HashTable *mediastream_get_debug_info(zend_object *obj, int *is_temp)
{
    php_wechatpay_mediastream *stream = mediastream_from_obj(obj);
    HashTable *info = zend_new_array(2);
    zval tmp;

    *is_temp = 1;
    ZVAL_LONG(&tmp, (zend_long) stream->cursor.pos);
    zend_hash_str_add_new(info, ZEND_STRL("position"), &tmp);
    if (stream->media) {
        ZVAL_STR_COPY(&tmp, stream->media->meta);
    } else {
        ZVAL_NULL(&tmp);
    }
    zend_hash_str_add_new(info, ZEND_STRL("meta"), &tmp);
    return info;
}

zend_result php_wechatpay_media_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Util_MediaUtil->create_object = mediautil_create_object;
    memcpy(&mediautil_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    mediautil_handlers.offset = XtOffsetOf(php_wechatpay_mediautil, std);
    mediautil_handlers.free_obj = mediautil_free_obj;
    mediautil_handlers.clone_obj = mediautil_clone_obj;
    mediautil_handlers.get_gc = mediautil_get_gc;

    wechatpay_ce_Util_AbstractMediaStream->create_object = mediastream_create_object;
    php_wechatpay_cursor_handlers_init(&php_wechatpay_mediastream_handlers,
                                       XtOffsetOf(php_wechatpay_mediastream, cursor.std), mediastream_current,
                                       mediastream_release);
    php_wechatpay_mediastream_handlers.std.clone_obj = mediastream_clone_obj;
    php_wechatpay_mediastream_handlers.std.get_debug_info = mediastream_get_debug_info;
    return SUCCESS;
}

int php_wechatpay_media_body(zend_object *obj, zend_string **sent, zend_string **signed_part,
                             zend_string **content_type)
{
    php_wechatpay_mediastream *stream;
    zend_string *body;

    if (!instanceof_function(obj->ce, wechatpay_ce_Util_AbstractMediaStream)) {
        return 0;
    }
    stream = mediastream_from_obj(obj);
    if (stream->media == NULL) {
        php_wechatpay_throw_invalid("Option 'body' is a MediaUtil stream that was closed or detached");
        return -1;
    }
    if ((body = media_body(stream->media)) == NULL) {
        return -1;
    }
    *sent = zend_string_copy(body);
    *signed_part = zend_string_copy(stream->media->meta);
    *content_type = media_content_type(stream->media);
    return 1;
}

/* The meta JSON, whatever the position (which does not move): what the request signature covers. A detached
 * stream reads as "", as casting to string must not throw. */
ZEND_METHOD(WeChatPay_Util_AbstractMediaStream, __toString)
{
    php_wechatpay_mediastream *stream = mediastream_from_obj(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    if (stream->media == NULL) {
        RETURN_EMPTY_STRING();
    }
    RETURN_STR_COPY(stream->media->meta);
}

/* Unknown, as the package's (its FnStream answers null so that the body is sent as a stream). */
ZEND_METHOD(WeChatPay_Util_AbstractMediaStream, getSize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_NULL();
}
