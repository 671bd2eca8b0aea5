/* Per-call options into an exact, signed request. Every check happens here, before anything is sent. */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_http.h"
#include "ext/standard/url.h"
#include "php_open_temporary_file.h"
#include "zend_smart_str.h"
#include "php_network.h"
#include "php_wechatpay.h"
#include "module/pool.h"
#include "module/globals.h"
#include "client/call.h"
#include "client/call_v2.h"
#include "client/node.h"
#include "client/transport.h"
#include "client/guzzle_options.h"
#include "client/call_sink.h"
#include "client/request_headers.h"
#include "http/exceptions.h"
#include "helpers/util.h"
#include "helpers/sensitive.h"
#include "support/php_call.h"
#include "wxp_template.h"
#include "wxp_uri.h"
#include "wxp_sign.h"
#include "wxp_clock.h"
#include "async/crypto_pool.h"

/* Template variables come from the top-level option keys; integers are printed into scratch. */
typedef struct placeholder_ctx {
    HashTable *options;
    char scratch[MAX_LENGTH_OF_LONG + 1];
} placeholder_ctx;

static wxp_lookup_status lookup_placeholder(void *opaque, const char *name, size_t name_len, const char **value,
                                            size_t *value_len, wxp_err *err)
{
    placeholder_ctx *ctx = opaque;
    zval *found = zend_hash_str_find_deref(ctx->options, name, name_len);

    if (found == NULL || Z_TYPE_P(found) == IS_NULL) {
        return WXP_LOOKUP_MISSING;
    }
    if (Z_TYPE_P(found) == IS_STRING) {
        *value = Z_STRVAL_P(found);
        *value_len = Z_STRLEN_P(found);
        return WXP_LOOKUP_FOUND;
    }
    if (Z_TYPE_P(found) == IS_LONG) {
        *value_len = (size_t) snprintf(ctx->scratch, sizeof(ctx->scratch), ZEND_LONG_FMT, Z_LVAL_P(found));
        *value = ctx->scratch;
        return WXP_LOOKUP_FOUND;
    }
    wxp_err_set(err, WXP_E_INVALID, "Placeholder {%.*s} must be a string or an integer, %s given", (int) name_len,
                name, zend_zval_type_name(found));
    return WXP_LOOKUP_ERROR;
}

static const char *json_error_text(php_json_error_code code)
{
    switch (code) {
        case PHP_JSON_ERROR_UTF8: return "Malformed UTF-8 characters, possibly incorrectly encoded";
        case PHP_JSON_ERROR_UTF16: return "Single unpaired UTF-16 surrogate in unicode escape";
        case PHP_JSON_ERROR_DEPTH: return "Maximum stack depth exceeded";
        case PHP_JSON_ERROR_RECURSION: return "Recursion detected";
        case PHP_JSON_ERROR_INF_OR_NAN: return "Inf and NaN cannot be JSON encoded";
        case PHP_JSON_ERROR_UNSUPPORTED_TYPE: return "Type is not supported";
        default: return "Unknown error";
    }
}

static zend_string *encode_json(zval *value)
{
    smart_str buf = {0};

    JSON_G(error_code) = PHP_JSON_ERROR_NONE;
    if (php_json_encode_ex(&buf, value, 0, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE
        || JSON_G(error_code) != PHP_JSON_ERROR_NONE) {
        smart_str_free(&buf);
        if (!EG(exception)) {
            php_wechatpay_throw_invalid("Option 'json' cannot be encoded as JSON: %s", json_error_text(JSON_G(error_code)));
        }
        return NULL;
    }
    return smart_str_extract(&buf);
}

/* Waits until stream has bytes to read (or its end), at most timeout_ms. Returns 1 when it has, 0 when the
 * time ran out, -1 when the stream cannot be waited on (it has no descriptor to poll). */
static int body_stream_wait_readable(php_stream *stream, zend_long timeout_ms)
{
    php_socket_t fd;

    if (php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) != SUCCESS
        || fd < 0) {
        return -1;
    }
    return php_pollfd_for_ms(fd, PHP_POLLREADABLE, (int) MIN(timeout_ms, INT_MAX)) > 0 ? 1 : 0;
}

/* The `body` option as a stream resource: the whole stream (as Guzzle sends a seekable one, from its start),
 * read within what is left of the call's time. The stream is made non-blocking while it is read (where it
 * allows it), so a source that stalls cannot hold the call, even an async one, past its timeout; a stream
 * that stops giving bytes before its end is refused, never sent cut short. */
static zend_string *read_body_stream(php_stream *stream, zend_long deadline_ms)
{
    smart_str buf = {0};
    int was_blocking;
    const char *failure = NULL;

    if (stream->ops->seek && !(stream->flags & PHP_STREAM_FLAG_NO_SEEK)) {
        php_stream_rewind(stream);
    }
    was_blocking = php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, 0, NULL);
    for (;;) {
        char chunk[8192];
        ssize_t got = php_stream_read(stream, chunk, sizeof(chunk));
        zend_long left;
        int readable;

        if (got > 0) {
            smart_str_appendl(&buf, chunk, (size_t) got);
            continue;
        }
        if (got < 0) {
            failure = "reading it failed";
            break;
        }
        if (php_stream_eof(stream)) {
            break;
        }
        /* Nothing now and not at its end: wait for more, within the call's time. */
        left = deadline_ms - php_wechatpay_now_ms();
        readable = left > 0 ? body_stream_wait_readable(stream, left) : 0;
        if (readable <= 0) {
            failure = readable == 0 ? "it gave no more bytes before the call's timeout"
                                    : "it stopped giving bytes before its end";
            break;
        }
    }
    if (was_blocking == 1) {
        php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, 1, NULL);
    }
    if (failure) {
        php_wechatpay_throw_invalid("Option 'body' is a stream that could not be read whole: %s (%zu bytes read); nothing was sent",
                                    failure, buf.s ? ZSTR_LEN(buf.s) : 0);
        smart_str_free(&buf);
        return NULL;
    }
    return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
}

/* Calls a PSR-7 stream's method (no arguments, or one) and returns its result in out (UNDEF when it threw). */
static void call_stream_method(zval *object, const char *method, zval *arg, zval *out)
{
    php_wechatpay_call_method(Z_OBJ_P(object), method, out, arg ? 1 : 0, arg);
}

/* After a PSR-7 StreamInterface object gave its string form: refuses a read its stream reports as timed out,
 * shorter than the size it reports, or slower than the call's timeout, rather than sending it cut short. */
static zend_result check_body_object(zval *object, const zend_string *contents, zend_long deadline_ms)
{
    zend_string *iface_name = zend_string_init(ZEND_STRL("Psr\\Http\\Message\\StreamInterface"), 0);
    zend_class_entry *iface = zend_lookup_class_ex(iface_name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zval key, timed_out, size;
    const char *failure = NULL;

    zend_string_release(iface_name);
    if (php_wechatpay_now_ms() > deadline_ms) {
        failure = "reading it took longer than the call's timeout";
    } else if (iface && instanceof_function(Z_OBJCE_P(object), iface)) {
        ZVAL_STRING(&key, "timed_out");
        call_stream_method(object, "getMetadata", &key, &timed_out);
        zval_ptr_dtor(&key);
        if (EG(exception)) {
            return FAILURE;
        }
        call_stream_method(object, "getSize", NULL, &size);
        if (EG(exception)) {
            zval_ptr_dtor(&timed_out);
            return FAILURE;
        }
        if (Z_TYPE(timed_out) == IS_TRUE) {
            failure = "its stream timed out";
        } else if (Z_TYPE(size) == IS_LONG && Z_LVAL(size) != (zend_long) ZSTR_LEN(contents)) {
            failure = "its string form is not as long as the size it reports";
        }
        zval_ptr_dtor(&timed_out);
        zval_ptr_dtor(&size);
    }
    if (failure) {
        php_wechatpay_throw_invalid("Option 'body' is a stream that could not be read whole: %s (%zu bytes read); nothing was sent",
                                    failure, ZSTR_LEN(contents));
        return FAILURE;
    }
    return SUCCESS;
}

/* The `body` option: a string, a Stringable object (a PSR-7 stream) or a stream resource, read whole. */
static zend_string *read_body(zval *value, zend_long deadline_ms)
{
    if (Z_TYPE_P(value) == IS_STRING) {
        return zend_string_copy(Z_STR_P(value));
    }
    if (Z_TYPE_P(value) == IS_OBJECT && Z_OBJCE_P(value)->__tostring) {
        zend_string *contents = zval_try_get_string(value);

        if (contents && check_body_object(value, contents, deadline_ms) == FAILURE) {
            zend_string_release(contents);
            return NULL;
        }
        return contents;
    }
    if (Z_TYPE_P(value) == IS_RESOURCE) {
        php_stream *stream;

        php_stream_from_zval_no_verify(stream, value);
        if (stream == NULL) {
            php_wechatpay_throw_invalid("Option 'body' is a resource but not a stream");
            return NULL;
        }
        return read_body_stream(stream, deadline_ms);
    }
    php_wechatpay_throw_invalid("Option 'body' must be a string, a Stringable stream object or a stream resource, %s given",
                                zend_zval_type_name(value));
    return NULL;
}

/* The `body` option given as a MediaUtil stream (MediaUtil::getStream()): the multipart bytes are sent, the
 * signature covers only its meta JSON (as WeChat Pay verifies media uploads), and its Content-Type, with the
 * boundary, replaces the JSON default. Returns 1 when body was one (call filled), 0 when not, -1 (thrown). */
static int read_media_body(php_wechatpay_call *call, zval *body)
{
    if (Z_TYPE_P(body) != IS_OBJECT) {
        return 0;
    }
    return php_wechatpay_media_body(Z_OBJ_P(body), &call->body, &call->signed_body, &call->content_type);
}

static zend_result prepare_body(php_wechatpay_call *call, HashTable *options)
{
    int media;

    zval *json = zend_hash_str_find_deref(options, ZEND_STRL("json"));
    zval *body = zend_hash_str_find_deref(options, ZEND_STRL("body"));

    if (json && Z_TYPE_P(json) == IS_NULL) {
        json = NULL;
    }
    if (body && Z_TYPE_P(body) == IS_NULL) {
        body = NULL;
    }
    if (json && body) {
        php_wechatpay_throw_invalid("Options 'json' and 'body' cannot be used together: pass one of them");
        return FAILURE;
    }
    if (json) {
        /* WeChatPay\Sensitive values decide the Wechatpay-Serial (prepare_call), or refuse the call */
        if (php_wechatpay_sensitive_in_json(call->client, json, &call->sensitive_serial) == FAILURE) {
            return FAILURE;
        }
        call->body = encode_json(json);
        /* the encoded body holds every value the walk found, and those inside other objects (a stdClass, a
         * JsonSerializable) too: they must all agree */
        if (call->body && call->sensitive_serial) {
            zend_string_release(call->sensitive_serial);
            call->sensitive_serial = NULL;
        }
        if (call->body && php_wechatpay_sensitive_in_body(call->client, ZSTR_VAL(call->body), ZSTR_LEN(call->body),
                                                          &call->sensitive_serial) == FAILURE) {
            return FAILURE;
        }
    } else if (body && (media = read_media_body(call, body)) != 0) {
        return media > 0 ? SUCCESS : FAILURE;
    } else if (body) {
        /* a body the app encoded itself may hold Sensitive values too */
        if ((call->body = read_body(body, call->deadline_ms)) != NULL
            && php_wechatpay_sensitive_in_body(call->client, ZSTR_VAL(call->body), ZSTR_LEN(call->body),
                                               &call->sensitive_serial) == FAILURE) {
            return FAILURE;
        }
    } else {
        return SUCCESS;
    }
    return call->body ? SUCCESS : FAILURE;
}

/* The `query` option: an array becomes an RFC 3986 query; a string is used as it is. NULL: keep the
 * template's own query. Sets *query to a new string or NULL. */
static zend_result prepare_query(HashTable *options, zend_string **query)
{
    zval *value = zend_hash_str_find_deref(options, ZEND_STRL("query"));

    *query = NULL;
    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) == IS_ARRAY) {
        smart_str buf = {0};

        php_url_encode_hash_ex(Z_ARRVAL_P(value), &buf, NULL, 0, NULL, 0, NULL, 0, NULL, "&", PHP_QUERY_RFC3986);
        if (EG(exception)) {
            smart_str_free(&buf);
            return FAILURE;
        }
        *query = buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
        return SUCCESS;
    }
    if (Z_TYPE_P(value) == IS_STRING) {
        if (!wxp_uri_query_is_encoded(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
            php_wechatpay_throw_invalid("Option 'query' as a string must already be URL-encoded (no spaces, controls, non-ASCII bytes or '#'); pass an array to have it encoded");
            return FAILURE;
        }
        *query = zend_string_copy(Z_STR_P(value));
        return SUCCESS;
    }
    php_wechatpay_throw_invalid("Option 'query' must be an array or a string, %s given", zend_zval_type_name(value));
    return FAILURE;
}

zend_result php_wechatpay_call_callable_option(php_wechatpay_callable *out, HashTable *options, const char *name)
{
    zval *value = zend_hash_str_find_deref(options, name, strlen(name));
    zend_fcall_info_cache fcc;
    char *error = NULL;
    bool callable;

    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    callable = zend_is_callable_ex(value, NULL, 0, NULL, &fcc, &error);
    if (!callable) {
        php_wechatpay_throw_invalid("Option '%s' must be callable%s%s", name, error ? ": " : "", error ? error : "");
    }
    if (error) {
        efree(error);
    }
    if (!callable) {
        return FAILURE;
    }
    php_wechatpay_callable_store(out, value, &fcc);
    return SUCCESS;
}

/* The `debug` option: true (the trace goes to STDERR), false, or a stream resource to write it to. */
static zend_result prepare_debug(php_wechatpay_call *call, HashTable *options)
{
    zval *value = zend_hash_str_find_deref(options, ZEND_STRL("debug"));
    php_stream *stream = NULL;

    if (value == NULL || Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_FALSE) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) == IS_RESOURCE) {
        php_stream_from_zval_no_verify(stream, value);
    }
    if (Z_TYPE_P(value) != IS_TRUE && stream == NULL) {
        php_wechatpay_throw_invalid("Option 'debug' must be true (a trace to STDERR), false or a stream resource, %s given",
                                    zend_zval_type_name(value));
        return FAILURE;
    }
    ZVAL_COPY(&call->debug, value);
    return SUCCESS;
}

zend_result php_wechatpay_call_expand(zend_string *uri_template, HashTable *options, wxp_buf *out)
{
    placeholder_ctx ctx;
    wxp_err err;

    ctx.options = options;
    wxp_err_clear(&err);
    if (wxp_template_expand(ZSTR_VAL(uri_template), ZSTR_LEN(uri_template), lookup_placeholder, &ctx, out, &err) != 0) {
        php_wechatpay_throw_invalid("%s", err.message);
        return FAILURE;
    }
    return SUCCESS;
}

/* Expands the node's template and resolves it against base_uri with the query. A path that begins with v2/ (in
 * any case) makes an APIv2 call, sent to the path without it, whose fields are signed here (call_v2.h); any
 * other refuses the APIv2 options. */
static zend_result prepare_url(php_wechatpay_call *call, zend_object *node, HashTable *options)
{
    zend_string *path = php_wechatpay_node_path(node), *query = NULL;
    placeholder_ctx ctx;
    wxp_buf expanded;
    wxp_err err;
    size_t prefix = 0;
    int rc;

    ctx.options = options;
    wxp_buf_init(&expanded);
    wxp_err_clear(&err);
    rc = wxp_template_expand(ZSTR_VAL(path), ZSTR_LEN(path), lookup_placeholder, &ctx, &expanded, &err);
    if (rc != 0) {
        wxp_buf_free(&expanded);
        php_wechatpay_throw_invalid("%s", err.message);
        return FAILURE;
    }
    prefix = php_wechatpay_v2_prefix(wxp_buf_cstr(&expanded), expanded.len);
    call->apiv2 = prefix > 0;
    if (call->apiv2 && strcmp(call->method, "GET") == 0 && memchr(wxp_buf_cstr(&expanded), '?', expanded.len)) {
        wxp_buf_free(&expanded);
        php_wechatpay_throw_invalid("An APIv2 GET takes its fields from option 'xml' or 'query' (they are signed), not from a query in its path");
        return FAILURE;
    }
    if ((call->apiv2 ? php_wechatpay_v2_prepare(call, options, &query)
                     : php_wechatpay_v2_refuse_on_v3(call, options)) == FAILURE
        || ((!call->apiv2 || strcmp(call->method, "GET") != 0) && prepare_query(options, &query) == FAILURE)) {
        wxp_buf_free(&expanded);
        return FAILURE;
    }
    rc = wxp_uri_resolve(ZSTR_VAL(call->transport.base_uri), wxp_buf_cstr(&expanded) + prefix, expanded.len - prefix,
                         query ? ZSTR_VAL(query) : NULL, &call->url, &err);
    wxp_buf_free(&expanded);
    if (query) {
        zend_string_release(query);
    }
    if (rc != 0) {
        php_wechatpay_throw_invalid("%s", err.message);
        return FAILURE;
    }
    return SUCCESS;
}

static zend_result add_header(wxp_header_list *list, const char *name, const char *value, size_t value_len)
{
    wxp_headers_remove(list, name, strlen(name));
    if (wxp_headers_add(list, name, strlen(name), value, value_len) != 0) {
        zend_throw_error(NULL, "Out of memory while adding header %s", name);
        return FAILURE;
    }
    return SUCCESS;
}

/* Defaults, then the config's headers, then the call's, each replacing same-named earlier ones. */
static zend_result prepare_headers(php_wechatpay_call *call, HashTable *options)
{
    zend_string *user_agent = WECHATPAY_G(user_agent); /* made once per process, with the first engine */
    zval *headers;
    size_t i;

    /* APIv2: the package's v2 client sends its Accept and Content-Type on every request */
    const char *accept = call->apiv2 ? PHP_WECHATPAY_V2_ACCEPT : PHP_WECHATPAY_DEFAULT_ACCEPT;
    const char *content_type = call->apiv2 ? PHP_WECHATPAY_V2_CONTENT_TYPE
        : call->body && call->content_type ? ZSTR_VAL(call->content_type)
        : call->body ? PHP_WECHATPAY_DEFAULT_CONTENT_TYPE : NULL;

    if (add_header(&call->headers, "Accept", accept, strlen(accept)) == FAILURE
        || (user_agent ? add_header(&call->headers, "User-Agent", ZSTR_VAL(user_agent), ZSTR_LEN(user_agent))
                       : add_header(&call->headers, "User-Agent", ZEND_STRL(PHP_WECHATPAY_UA_PRODUCT))) == FAILURE
        || (content_type && add_header(&call->headers, "Content-Type", content_type, strlen(content_type)) == FAILURE)) {
        return FAILURE;
    }
    for (i = 0; i < call->client->headers.count; i++) {
        const wxp_header *h = &call->client->headers.items[i];
        wxp_headers_remove(&call->headers, h->name, h->name_len);
    }
    for (i = 0; i < call->client->headers.count; i++) {
        const wxp_header *h = &call->client->headers.items[i];
        if (wxp_headers_add(&call->headers, h->name, h->name_len, h->value, h->value_len) != 0) {
            zend_throw_error(NULL, "Out of memory while adding headers");
            return FAILURE;
        }
    }
    headers = zend_hash_str_find_deref(options, ZEND_STRL("headers"));
    if (headers && Z_TYPE_P(headers) != IS_NULL
        && php_wechatpay_headers_apply(&call->headers, headers, "Option") == FAILURE) {
        return FAILURE;
    }
    return SUCCESS;
}

/* The bytes a signature covers: the exact request target, and the body (a media upload's meta JSON instead
 * of its multipart body). Returns FAILURE with an InvalidArgumentException thrown when the URL has no target. */
static zend_result signed_parts(const php_wechatpay_call *call, const char **target, size_t *target_len,
                                zend_string **signed_body)
{
    *signed_body = call->signed_body ? call->signed_body : call->body;
    if (wxp_uri_request_target(wxp_buf_cstr(&call->url), target, target_len) != 0) {
        zend_string *shown = php_wechatpay_redacted_url(wxp_buf_cstr(&call->url));
        php_wechatpay_throw_invalid("Cannot find the request target of %s", ZSTR_VAL(shown));
        zend_string_release(shown);
        return FAILURE;
    }
    return SUCCESS;
}

/* Signs over the exact target and body bytes and sets Authorization, replacing any the app gave; with
 * defer, only checks the target and notes the time, for a worker thread to sign (php_wechatpay_call_sign_job). */
static zend_result sign(php_wechatpay_call *call, bool defer)
{
    zend_string *signed_body;
    wxp_signer signer = {
        ZSTR_VAL(call->client->mchid), ZSTR_VAL(call->client->serial), call->client->private_key,
        php_wechatpay_client_signer(call->client)
    };
    const char *target;
    size_t target_len;
    wxp_buf authorization;
    wxp_err err;
    zend_result result;

    if (signed_parts(call, &target, &target_len, &signed_body) == FAILURE) {
        return FAILURE;
    }
    call->signed_at = wxp_clock_unix_seconds();
    if (defer) {
        call->sign_deferred = true;
        return SUCCESS;
    }
    wxp_err_clear(&err);
    wxp_buf_init(&authorization);
    if (wxp_sign_request(&signer, call->method, target, target_len, signed_body ? ZSTR_VAL(signed_body) : "",
                         signed_body ? ZSTR_LEN(signed_body) : 0, call->signed_at, &authorization, &err) != 0) {
        wxp_buf_free(&authorization);
        php_wechatpay_throw_invalid("Cannot sign the request: %s", err.message);
        return FAILURE;
    }
    result = add_header(&call->headers, "Authorization", wxp_buf_cstr(&authorization), authorization.len);
    wxp_buf_free(&authorization);
    return result;
}

wxp_sign_job *php_wechatpay_call_sign_job(const php_wechatpay_call *call, uint64_t tag)
{
    zend_string *signed_body;
    const char *target;
    size_t target_len;

    /* The target was found when the call was prepared: this cannot fail (and throws nothing) now. */
    if (signed_parts(call, &target, &target_len, &signed_body) == FAILURE) {
        zend_clear_exception();
        return NULL;
    }
    return wxp_sign_job_new(tag, call->client->private_key, ZSTR_VAL(call->client->mchid),
                            ZSTR_VAL(call->client->serial), call->method, target, target_len,
                            signed_body ? ZSTR_VAL(signed_body) : "", signed_body ? ZSTR_LEN(signed_body) : 0,
                            call->signed_at);
}

int php_wechatpay_call_sign_finish(php_wechatpay_call *call, const wxp_sign_job *job)
{
    if (job == NULL) { /* no worker could take it: signed here, as without threads */
        zend_result result = sign(call, false);

        call->sign_deferred = result == FAILURE;
        zend_clear_exception();
        return result == SUCCESS ? 0 : -1;
    }
    if (job->rc != 0) {
        return -1;
    }
    wxp_headers_remove(&call->headers, ZEND_STRL("Authorization"));
    if (wxp_headers_add(&call->headers, ZEND_STRL("Authorization"), wxp_buf_cstr(&job->authorization),
                        job->authorization.len) != 0) {
        return -1;
    }
    call->sign_deferred = false;
    return 0;
}

/* What both entry points read first, into a zeroed call: its client and transport settings, the transport
 * options (the Guzzle options the extension does not honour refused first, unless refuse_guzzle is false:
 * the engine handler sorts those itself), the deadline counted from made_ms, and the options reported after
 * the transfer (on_stats, debug, sink, progress). Returns FAILURE with an exception thrown. */
static zend_result prepare_start(php_wechatpay_call *call, php_wechatpay_client *client, HashTable *options,
                                 zend_long made_ms, bool refuse_guzzle)
{
    call->client = php_wechatpay_client_addref(client);
    php_wechatpay_transport_copy(&call->transport, &client->transport);
    wxp_buf_init(&call->url);
    wxp_headers_init(&call->headers);

    if (php_wechatpay_engine() == NULL /* the User-Agent is made with the engine */
        || (refuse_guzzle && php_wechatpay_guzzle_options_refuse(options, false, "Option") == FAILURE)
        || php_wechatpay_transport_apply(&call->transport, options, "Option") == FAILURE) {
        return FAILURE;
    }
    call->deadline_ms = made_ms + call->transport.timeout_ms;
    /* on_stats: called once the transfer is over (see php_wechatpay_call_report) */
    if (php_wechatpay_call_callable_option(&call->on_stats, options, "on_stats") == FAILURE
        || prepare_debug(call, options) == FAILURE
        || php_wechatpay_sink_prepare(&call->sink, options) == FAILURE
        || php_wechatpay_progress_prepare(&call->progress, options) == FAILURE) {
        return FAILURE;
    }
    return SUCCESS;
}

/* Prepares a call; with defer_sign its signature is left to a worker thread (php_wechatpay_call_sign_job). */
static zend_result prepare_call(php_wechatpay_call *call, zend_object *node, const char *method,
                                HashTable *options, bool defer_sign)
{
    zend_long made_ms = php_wechatpay_now_ms(); /* the call's timeout counts from here */

    memset(call, 0, sizeof(*call));
    call->method = method;
    /* An APIv2 call's body is made with its URL (call_v2.h) and it has no RSA signature. */
    if (prepare_start(call, php_wechatpay_node_client(node), options, made_ms, true) == FAILURE
        || prepare_url(call, node, options) == FAILURE
        || (!call->apiv2 && prepare_body(call, options) == FAILURE)
        || prepare_headers(call, options) == FAILURE
        || (call->sensitive_serial && php_wechatpay_sensitive_header(&call->headers, call->sensitive_serial) == FAILURE)
        || (!call->apiv2 && sign(call, defer_sign) == FAILURE)) {
        return FAILURE;
    }
    return SUCCESS;
}

zend_result php_wechatpay_call_prepare(php_wechatpay_call *call, zend_object *node, const char *method,
                                       HashTable *options)
{
    return prepare_call(call, node, method, options, false);
}

zend_result php_wechatpay_call_prepare_from_root(php_wechatpay_call *call, php_wechatpay_client *client,
                                                 const char *method, const char *path, HashTable *options)
{
    zval root, child, step;
    zend_result result;

    memset(call, 0, sizeof(*call)); /* safe to destroy whatever fails below */
    php_wechatpay_node_create_root(&root, client);
    ZVAL_STRING(&step, path);
    ZVAL_UNDEF(&child);
    result = php_wechatpay_call_method(Z_OBJ(root), "chain", &child, 1, &step);
    zval_ptr_dtor(&step);
    zval_ptr_dtor(&root);
    if (result == FAILURE || EG(exception) || Z_TYPE(child) != IS_OBJECT) {
        zval_ptr_dtor(&child);
        return FAILURE;
    }
    result = prepare_call(call, Z_OBJ(child), method, options, false);
    zval_ptr_dtor(&child);
    return result;
}

zend_result php_wechatpay_call_prepare_async(php_wechatpay_call *call, zend_object *node, const char *method,
                                             HashTable *options)
{
    return prepare_call(call, node, method, options, php_wechatpay_crypto_pool() != NULL);
}

/* A PSR-7 request's URI as the engine takes it: an absolute http(s) URL without spaces or control bytes (a
 * PSR-7 Uri percent-encodes them; one that did not is refused rather than sent altered). */
static zend_result prepare_sent_url(php_wechatpay_call *call, zend_string *url)
{
    const char *target;
    size_t target_len, i;

    for (i = 0; i < ZSTR_LEN(url); i++) {
        unsigned char c = (unsigned char) ZSTR_VAL(url)[i];
        if (c <= 0x20 || c == 0x7f) {
            php_wechatpay_throw_invalid("The request's URI holds a space or control byte: it must be percent-encoded");
            return FAILURE;
        }
    }
    if ((strncasecmp(ZSTR_VAL(url), "http://", 7) != 0 && strncasecmp(ZSTR_VAL(url), "https://", 8) != 0)
        || wxp_uri_request_target(ZSTR_VAL(url), &target, &target_len) != 0) {
        zend_string *shown = php_wechatpay_redacted_url(ZSTR_VAL(url));
        php_wechatpay_throw_invalid("The request's URI must be an absolute http or https URL (give the client a base_uri), '%s' given",
                                    ZSTR_VAL(shown));
        zend_string_release(shown);
        return FAILURE;
    }
    if (wxp_buf_append(&call->url, ZSTR_VAL(url), ZSTR_LEN(url)) != 0) {
        zend_throw_error(NULL, "Out of memory while copying a URL");
        return FAILURE;
    }
    return SUCCESS;
}

zend_result php_wechatpay_call_prepare_sent(php_wechatpay_call *call, php_wechatpay_client *client,
                                            zend_string *method, zend_string *url, zval *headers, zval *body,
                                            HashTable *options)
{
    zend_long made_ms = php_wechatpay_now_ms(); /* the call's timeout counts from here */

    memset(call, 0, sizeof(*call));
    call->method_owned = zend_string_copy(method);
    call->method = ZSTR_VAL(call->method_owned);
    call->unverified = true;
    if (prepare_start(call, client, options, made_ms, false) == FAILURE
        || prepare_sent_url(call, url) == FAILURE
        || php_wechatpay_headers_apply(&call->headers, headers, "The request's") == FAILURE) {
        return FAILURE;
    }
    if (body != NULL) {
        call->body = read_body(body, call->deadline_ms);
        if (call->body == NULL) {
            return FAILURE;
        }
        /* Guzzle encoded the `json` option: its WeChatPay\Sensitive values are found by their ciphertexts */
        if (php_wechatpay_sensitive_in_body(client, ZSTR_VAL(call->body), ZSTR_LEN(call->body),
                                            &call->sensitive_serial) == FAILURE
            || (call->sensitive_serial && php_wechatpay_sensitive_header(&call->headers, call->sensitive_serial) == FAILURE)) {
            return FAILURE;
        }
    }
    return SUCCESS;
}

void php_wechatpay_call_request(const php_wechatpay_call *call, wxp_http_request *req)
{
    memset(req, 0, sizeof(*req));
    req->method = call->method;
    req->url = wxp_buf_cstr(&call->url);
    req->headers = &call->headers;
    req->body = call->body ? ZSTR_VAL(call->body) : NULL;
    req->body_len = call->body ? ZSTR_LEN(call->body) : 0;
    req->connect_timeout_ms = (long) call->transport.connect_timeout_ms;
    /* What is left of the call's time: it counts from when the call was made, queueing included. */
    req->timeout_ms = (long) MAX(call->deadline_ms - php_wechatpay_now_ms(), 1);
    if (call->transport.failover.enabled && call->transport.failover.attempt_timeout_ms > 0) {
        req->timeout_ms = (long) MIN(req->timeout_ms, call->transport.failover.attempt_timeout_ms);
    }
    req->verify_tls = call->transport.verify_tls;
    req->ca_file = call->transport.ca_file ? ZSTR_VAL(call->transport.ca_file) : NULL;
    req->proxy = call->transport.proxy ? ZSTR_VAL(call->transport.proxy) : NULL;
    req->max_response_size = (size_t) call->transport.max_response_size;
    req->trace = !Z_ISUNDEF(call->debug);
    req->spool_dir = call->spool_reader ? php_get_temporary_directory() : php_wechatpay_sink_spool_dir(&call->sink);
    /* a sink's body is on disk, so only a limit the app set bounds it (Guzzle sets none) */
    req->max_spooled_size = call->transport.max_response_size_set ? (size_t) call->transport.max_response_size : 0;
    if (call->security && call->client->merchant) { /* APIv2 mutual TLS (client/merchant_tls.h) */
        const php_wechatpay_merchant_tls *tls = call->client->merchant;

        req->client_cert = ZSTR_VAL(tls->cert_pem);
        req->client_cert_len = ZSTR_LEN(tls->cert_pem);
        req->client_key = ZSTR_VAL(tls->key_pem);
        req->client_key_len = ZSTR_LEN(tls->key_pem);
        req->client_key_passphrase = tls->key_passphrase ? ZSTR_VAL(tls->key_passphrase) : NULL;
    }
}

wxp_http_exchange *php_wechatpay_call_start(const php_wechatpay_call *call, wxp_http_engine *engine,
                                            wxp_http_done_fn on_done, void *user, wxp_err *err)
{
    wxp_http_request req;

    php_wechatpay_call_request(call, &req);
    return wxp_http_start(engine, &req, on_done, user, err);
}

void php_wechatpay_call_dtor(php_wechatpay_call *call)
{
    if (call->method_owned) {
        zend_string_release(call->method_owned);
        call->method_owned = NULL;
    }
    if (call->body) {
        zend_string_release(call->body);
        call->body = NULL;
    }
    if (call->signed_body) {
        zend_string_release(call->signed_body);
        call->signed_body = NULL;
    }
    if (call->content_type) {
        zend_string_release(call->content_type);
        call->content_type = NULL;
    }
    if (call->sensitive_serial) {
        zend_string_release(call->sensitive_serial);
        call->sensitive_serial = NULL;
    }
    php_wechatpay_callable_dtor(&call->on_stats);
    php_wechatpay_progress_dtor(&call->progress);
    zval_ptr_dtor(&call->debug);
    ZVAL_UNDEF(&call->debug);
    zval_ptr_dtor(&call->sink);
    ZVAL_UNDEF(&call->sink);
    wxp_buf_free(&call->url);
    wxp_headers_free(&call->headers);
    php_wechatpay_transport_dtor(&call->transport);
    php_wechatpay_failover_attempts_dtor(&call->attempts);
    php_wechatpay_client_release(call->client);
    call->client = NULL;
}
