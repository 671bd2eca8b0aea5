/* WeChatPay\Bill::download(): the bill's download_url is fetched with the chain's own machinery (signed, on
 * base_uri's origin, through the client's transport settings and max_connections queue), its body spooled to
 * an unnamed temporary file as it arrives (src/wxp_spool.h), then read back once in 64 KiB pieces through
 * gunzip and SHA-1 (src/wxp_bill.h) into the destination. Nothing holds the whole bill in memory. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fopen_wrappers.h"
#include "php_wechatpay.h"
#include "async/loop.h"
#include "client/call.h"
#include "client/node.h"
#include "helpers/bill.h"
#include "helpers/bill_arginfo.h"
#include "http/exceptions.h"
#include "http/response.h"
#include "wxp_bill.h"
#include "wxp_uri.h"

zend_class_entry *wechatpay_ce_Bill;

/* The only path WeChat Pay serves bills from (unsigned by design: src/wxp_verify.c). */
#define BILL_PATH "/v3/billdownload/file"

/* One download: the call's spool reader, where the bill goes, and what reading it found. */
typedef struct bill_download {
    php_wechatpay_spool_reader reader; /* first: the call holds a pointer to it */
    zend_string *hash_value;           /* $bill['hash_value'], 40 hex digits */
    /* a path: the temporary file beside it (fd, tmp_path), renamed to path when whole and checked */
    char *path;
    char *tmp_path;
    int fd;
    int write_errno;
    /* or a stream resource, written at its position (found again when read: the app may close it meanwhile) */
    zval *resource;
    php_stream *stream;
    /* what the read found */
    bool read;                         /* the reader ran: the answer was a 2xx with a body */
    uint64_t bytes;
    bool gzip;
    char sha1[WXP_BILL_SHA1_HEX];
} bill_download;

/* Writes a piece of the bill to the temporary file, all of it. */
static int write_file(void *user, const void *bytes, size_t len)
{
    bill_download *d = user;
    const char *p = bytes;

    while (len > 0) {
        ssize_t n = write(d->fd, p, len);

        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            d->write_errno = n < 0 ? errno : EIO;
            return -1;
        }
        p += n;
        len -= (size_t) n;
    }
    return 0;
}

/* Writes a piece of the bill to the app's stream (a userland wrapper may run PHP code, even throw). */
static int write_stream(void *user, const void *bytes, size_t len)
{
    bill_download *d = user;

    return php_stream_write(d->stream, bytes, len) == (ssize_t) len && !EG(exception) ? 0 : -1;
}

/* application/x-gzip (WeChat Pay's), application/gzip: the body must then be gzip. */
static int is_gzip_type(const wxp_header *type)
{
    static const char *const names[] = {"application/x-gzip", "application/gzip"};
    size_t i;

    for (i = 0; type != NULL && i < sizeof(names) / sizeof(names[0]); i++) {
        size_t n = strlen(names[i]);

        if (type->value_len >= n && strncasecmp(type->value, names[i], n) == 0
            && (type->value_len == n || type->value[n] == ';' || type->value[n] == ' ')) {
            return 1;
        }
    }
    return 0;
}

/* The temporary file made whole: closed, then renamed over the path. Returns 0, or -1 with errno. */
static int commit_file(bill_download *d)
{
    int fd = d->fd;

    d->fd = -1;
    if (close(fd) != 0) {
        return -1;
    }
    if (rename(d->tmp_path, d->path) != 0) {
        return -1;
    }
    efree(d->tmp_path);
    d->tmp_path = NULL; /* nothing left to remove */
    return 0;
}

/* Makes value the RequestException of a bill that could not be written: what the app's stream threw, if
 * anything, becomes its previous. */
static void write_failure(bill_download *d, const php_wechatpay_call *call, zval *response, const char *why,
                          zval *value)
{
    zval thrown;
    zend_string *what;

    ZVAL_UNDEF(&thrown);
    if (EG(exception)) {
        php_wechatpay_take_exception(&thrown);
    }
    what = zend_strpprintf(0, "but the bill could not be written to %s%s%s: %s (%" PRIu64 " bytes of it written)",
                           d->path ? "'" : "the stream resource", d->path ? d->path : "", d->path ? "'" : "", why,
                           d->bytes);
    php_wechatpay_exception_answer(value, response, ZSTR_VAL(what), Z_ISUNDEF(thrown) ? NULL : &thrown, call);
    zend_string_release(what);
    zval_ptr_dtor(&thrown);
}

/* The call's spool reader: the spool through gunzip and SHA-1 into the destination, then the checks. */
static bool read_bill(php_wechatpay_spool_reader *reader, const php_wechatpay_call *call,
                      const wxp_http_result *result, zval *response, zval *value)
{
    bill_download *d = (bill_download *) reader;
    char *chunk = emalloc(WXP_BILL_CHUNK);
    uint64_t offset = 0;
    bool unreadable = false, write_failed;
    wxp_bill b;
    wxp_err err;
    int rc;

    d->read = true;
    wxp_err_clear(&err);
    if (d->resource != NULL) {
        php_stream_from_zval_no_verify(d->stream, d->resource);
        if (d->stream == NULL) {
            efree(chunk);
            write_failure(d, call, response, "the stream resource was closed meanwhile", value);
            return false;
        }
    }
    rc = wxp_bill_begin(&b, is_gzip_type(wxp_headers_find(&result->head.headers, ZEND_STRL("Content-Type"))),
                        d->resource ? write_stream : write_file, d, &err);
    while (rc == 0 && offset < result->spool.size) {
        ssize_t n = wxp_spool_read(&result->spool, offset, chunk, WXP_BILL_CHUNK);

        if (n <= 0) {
            unreadable = true;
            break;
        }
        rc = wxp_bill_feed(&b, chunk, (size_t) n, &err);
        offset += (uint64_t) n;
    }
    if (rc == 0 && !unreadable) {
        rc = wxp_bill_finish(&b, d->sha1, &err);
    }
    d->bytes = b.bill_bytes;
    d->gzip = b.gzip == 1;
    write_failed = b.write_failed;
    wxp_bill_free(&b);
    efree(chunk);

    if (php_wechatpay_exiting()) { /* exit() in the app's stream wrapper */
        ZVAL_UNDEF(value);
        return false;
    }
    if (write_failed) {
        write_failure(d, call, response, d->resource ? "the stream took fewer bytes than it was given"
                                                   : strerror(d->write_errno), value);
        return false;
    }
    if (unreadable || rc != 0) {
        zend_string *what = zend_strpprintf(0, "but its bill is not usable: %s",
                                            unreadable ? "it could not be read back from its temporary file"
                                                       : err.message);

        php_wechatpay_exception_answer(value, response, ZSTR_VAL(what), NULL, call);
        zend_string_release(what);
        return false;
    }
    if (!wxp_bill_sha1_equals(d->sha1, ZSTR_VAL(d->hash_value), ZSTR_LEN(d->hash_value))) {
        wxp_err_set(&err, WXP_E_VERIFY_SIGNATURE, "the bill's SHA-1 is %s, but its hash_value is %s (%" PRIu64
                    " bytes%s)", d->sha1, ZSTR_VAL(d->hash_value), d->bytes, d->gzip ? ", gunzipped" : "");
        php_wechatpay_exception_verification(value, response, &err, call);
        return false;
    }
    if (d->resource ? php_stream_flush(d->stream) != 0 || EG(exception) : commit_file(d) != 0) {
        write_failure(d, call, response, d->resource ? "the stream could not be flushed" : strerror(errno), value);
        return false;
    }
    return true;
}

/* A string member of $bill, or NULL with an InvalidArgumentException thrown. */
static zend_string *bill_member(HashTable *bill, const char *name)
{
    zval *value = zend_hash_str_find_deref(bill, name, strlen(name));

    if (value == NULL || Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) == 0) {
        php_wechatpay_throw_invalid("Bill::download(): $bill['%s'] must be a non-empty string (the answer of "
                                    "/v3/bill/tradebill or /v3/bill/fundflowbill, json_decode()d), %s given", name,
                                    value == NULL ? "nothing" : Z_TYPE_P(value) == IS_STRING ? "an empty string"
                                                                                               : zend_zval_type_name(value));
        return NULL;
    }
    return Z_STR_P(value);
}

/* Checks $bill: hash_type SHA1, hash_value 40 hex digits, download_url on base_uri's origin (a signed request
 * to another host would hand it a signature) at the bill path. Returns FAILURE with the exception thrown. */
static zend_result check_bill(bill_download *d, php_wechatpay_client *client, HashTable *bill, zend_string **url)
{
    zend_string *type, *hash;
    const char *path;
    size_t path_len, i;
    wxp_buf resolved;
    wxp_err err;
    int rc;

    if ((*url = bill_member(bill, "download_url")) == NULL || (type = bill_member(bill, "hash_type")) == NULL
        || (hash = bill_member(bill, "hash_value")) == NULL) {
        return FAILURE;
    }
    if (!zend_string_equals_literal_ci(type, "SHA1")) {
        php_wechatpay_throw_invalid("Bill::download(): $bill['hash_type'] must be 'SHA1' (the one WeChat Pay "
                                    "documents), '%.32s' given", ZSTR_VAL(type));
        return FAILURE;
    }
    for (i = 0; i < ZSTR_LEN(hash) && isxdigit((unsigned char) ZSTR_VAL(hash)[i]); i++) {
    }
    if (ZSTR_LEN(hash) != 40 || i != 40) {
        php_wechatpay_throw_invalid("Bill::download(): $bill['hash_value'] must be a SHA-1 of 40 hex digits, %zu "
                                    "bytes given", ZSTR_LEN(hash));
        return FAILURE;
    }
    d->hash_value = zend_string_tolower(hash);
    wxp_buf_init(&resolved);
    wxp_err_clear(&err);
    rc = wxp_uri_resolve(ZSTR_VAL(client->transport.base_uri), ZSTR_VAL(*url), ZSTR_LEN(*url), NULL, &resolved, &err);
    if (rc == 0 && (wxp_uri_path(wxp_buf_cstr(&resolved), &path, &path_len) != 0 || path_len != strlen(BILL_PATH)
                    || memcmp(path, BILL_PATH, path_len) != 0)) {
        zend_string *shown = php_wechatpay_redacted_url(wxp_buf_cstr(&resolved));

        wxp_err_set(&err, WXP_E_INVALID, "URL '%.200s' is not WeChat Pay's bill file " BILL_PATH, ZSTR_VAL(shown));
        zend_string_release(shown);
        rc = -1;
    }
    wxp_buf_free(&resolved);
    if (rc != 0) {
        php_wechatpay_throw_invalid("Bill::download(): $bill['download_url'] is refused, nothing was sent: %s",
                                    err.message);
        return FAILURE;
    }
    return SUCCESS;
}

/* $to as a path: a temporary file is made beside it now (so a directory that cannot take it fails before
 * anything is sent), mode 0600. Returns FAILURE with an InvalidArgumentException thrown. */
static zend_result open_file(bill_download *d, zend_string *to)
{
    const char *given = ZSTR_VAL(to);
    struct stat st;
    size_t len;

    if (ZSTR_LEN(to) == 0 || zend_str_has_nul_byte(to)) {
        php_wechatpay_throw_invalid("Bill::download(): $to must be a file path or a writable stream resource, an "
                                    "empty or NUL-containing string given");
        return FAILURE;
    }
    if (strncasecmp(given, "file://", 7) == 0) {
        given += 7;
    } else if (strstr(given, "://") != NULL) {
        php_wechatpay_throw_invalid("Bill::download(): $to must be a local file path (or a stream resource, such as "
                                    "one fopen() gave for '%s')", given);
        return FAILURE;
    }
    if ((d->path = expand_filepath(given, NULL)) == NULL || php_check_open_basedir_ex(d->path, 0) != 0) {
        php_wechatpay_throw_invalid("Bill::download(): $to '%s' is not a path this script may write (open_basedir)", given);
        return FAILURE;
    }
    if (stat(d->path, &st) == 0 && S_ISDIR(st.st_mode)) {
        php_wechatpay_throw_invalid("Bill::download(): $to '%s' is a directory: give the bill's file name", d->path);
        return FAILURE;
    }
    len = strlen(d->path);
    d->tmp_path = emalloc(len + sizeof(".wxp-XXXXXX"));
    memcpy(d->tmp_path, d->path, len);
    memcpy(d->tmp_path + len, ".wxp-XXXXXX", sizeof(".wxp-XXXXXX"));
    d->fd = mkostemp(d->tmp_path, O_CLOEXEC);
    if (d->fd < 0) {
        php_wechatpay_throw_invalid("Bill::download(): $to '%s' is not writable: no file can be made beside it (%s)",
                                    d->path, strerror(errno));
        efree(d->tmp_path);
        d->tmp_path = NULL;
        return FAILURE;
    }
    return SUCCESS;
}

/* $to as a stream resource: it must be open for writing. */
static zend_result open_stream(bill_download *d, zval *to)
{
    php_stream_from_zval_no_verify(d->stream, to);
    if (d->stream == NULL) {
        php_wechatpay_throw_invalid("Bill::download(): $to must be a file path or a writable stream resource, a "
                                    "closed or other resource given");
        return FAILURE;
    }
    if (strpbrk(d->stream->mode, "waxc+") == NULL) {
        php_wechatpay_throw_invalid("Bill::download(): $to is a stream opened for reading only (mode '%s'): it "
                                    "must be writable", d->stream->mode);
        d->stream = NULL;
        return FAILURE;
    }
    d->resource = to; /* the caller's argument: it lives as long as the call */
    return SUCCESS;
}

/* Releases what a download holds; a temporary file still there (any failure) is removed. */
static void bill_download_dtor(bill_download *d)
{
    if (d->fd >= 0) {
        close(d->fd);
    }
    if (d->tmp_path) {
        unlink(d->tmp_path);
        efree(d->tmp_path);
    }
    if (d->path) {
        efree(d->path);
    }
    if (d->hash_value) {
        zend_string_release(d->hash_value);
    }
}

/* Prepares the GET of url on instance's client as the chain's verbs do ({+download_url} resolved against
 * base_uri, signed) and runs it to its end with d reading the spooled body. Returns FAILURE with the thrown. */
static zend_result fetch(zend_object *instance, zend_string *url, bill_download *d)
{
    php_wechatpay_call call;
    zval options, response;
    zend_result result;

    /* from the client's root, whatever node the app passed: {+download_url} is then the whole URL */
    array_init(&options);
    add_assoc_str(&options, "download_url", zend_string_copy(url));
    result = php_wechatpay_call_prepare_from_root(&call, php_wechatpay_node_client(instance), "GET", "{+download_url}", Z_ARRVAL(options));
    zval_ptr_dtor(&options);
    if (result == FAILURE) {
        php_wechatpay_call_dtor(&call);
        return FAILURE;
    }
    call.spool_reader = &d->reader;
    call.transport.http_errors = true; /* a config's http_errors false would return an error answer as the bill */
    ZVAL_UNDEF(&response);
    result = php_wechatpay_loop_call(&call, &response); /* takes the call */
    if (result == SUCCESS && !d->read) { /* a 2xx without a body (204): nothing was spooled, read or written */
        php_wechatpay_throw_invalid_state("Bill::download(): the download answered %d without a body: no bill was "
                                          "written", php_wechatpay_response_status(&response));
        result = FAILURE;
    }
    zval_ptr_dtor(&response);
    return result;
}

ZEND_METHOD(WeChatPay_Bill, __construct) {}

ZEND_METHOD(WeChatPay_Bill, download)
{
    zval *instance, *to;
    HashTable *bill;
    zend_string *url;
    bill_download d;

    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_OBJECT_OF_CLASS(instance, wechatpay_ce_BuilderChainable)
        Z_PARAM_ARRAY_HT(bill)
        Z_PARAM_ZVAL(to)
    ZEND_PARSE_PARAMETERS_END();

    memset(&d, 0, sizeof(d));
    d.fd = -1;
    d.reader.read = read_bill;
    if (!instanceof_function(Z_OBJCE_P(instance), wechatpay_ce_BuilderNode)) {
        php_wechatpay_throw_invalid("Bill::download(): $instance must be a client made by WeChatPay\\Builder::factory(), "
                                    "%s given", ZSTR_VAL(Z_OBJCE_P(instance)->name));
        RETURN_THROWS();
    }
    ZVAL_DEREF(to);
    if (check_bill(&d, php_wechatpay_node_client(Z_OBJ_P(instance)), bill, &url) == FAILURE
        || (Z_TYPE_P(to) == IS_STRING ? open_file(&d, Z_STR_P(to))
            : Z_TYPE_P(to) == IS_RESOURCE ? open_stream(&d, to)
            : (php_wechatpay_throw_invalid("Bill::download(): $to must be a file path or a writable stream resource, "
                                           "%s given", zend_zval_type_name(to)), FAILURE)) == FAILURE
        || fetch(Z_OBJ_P(instance), url, &d) == FAILURE) {
        bill_download_dtor(&d);
        RETURN_THROWS();
    }
    array_init(return_value);
    add_assoc_long(return_value, "bytes", (zend_long) d.bytes);
    add_assoc_string(return_value, "sha1", d.sha1);
    add_assoc_bool(return_value, "gzip", d.gzip);
    bill_download_dtor(&d);
}

zend_result php_wechatpay_bill_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Bill = register_class_WeChatPay_Bill();
    return SUCCESS;
}
