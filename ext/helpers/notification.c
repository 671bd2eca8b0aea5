/* WeChatPay\Notification: a callback verified and decrypted in one call. handle() reads the four Wechatpay-*
 * headers and the raw body (from a PSR-7 request or given), verifies them with the core's response
 * verification (src/wxp_verify) against the client's keyring, and only then decrypts the envelope's `resource`
 * (src/wxp_aes, AES-256-GCM under apiv3Key) and json-decodes it. handleV2() decrypts an APIv2 refund notice's
 * `req_info` (AES-256-ECB under md5 of the secret). Every refusal is a NotificationException whose code says
 * which check failed; no message ever holds a key. */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "client/node.h"
#include "http/exceptions.h"
#include "helpers/notification.h"
#include "client/autocerts.h"
#include "helpers/transformer.h"
#include "support/php_call.h"
#include "support/verify_input.h"
#include "wxp_aes.h"
#include "wxp_base64.h"
#include "wxp_clock.h"
#include "wxp_hash.h"
#include "wxp_verify.h"
#include "helpers/notification_arginfo.h"

zend_class_entry *wechatpay_ce_Notification;
zend_class_entry *wechatpay_ce_Exception_NotificationException;

/* The NotificationException codes (the stub's constants). */
enum { E_HEADERS = 1, E_TIMESTAMP, E_SERIAL, E_SIGNTEST, E_SIGNATURE, E_BODY, E_DECRYPTION, E_PLAINTEXT,
       E_RETURN_CODE };

/* How much of a header value a message quotes: they come from the network. */
#define SHOWN 80

#define SIGNTEST_PREFIX "WECHATPAY/SIGNTEST/"
#define PSR_SERVER_REQUEST "Psr\\Http\\Message\\ServerRequestInterface"

zend_result php_wechatpay_notification_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Notification = register_class_WeChatPay_Notification();
    wechatpay_ce_Exception_NotificationException = register_class_WeChatPay_Exception_NotificationException(
        spl_ce_UnexpectedValueException, wechatpay_ce_Exception_WeChatPayException);
    return SUCCESS;
}

static void refuse(zend_long code, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* Throws a NotificationException with code and a message that begins "Notification refused: ". */
static void refuse(zend_long code, const char *fmt, ...)
{
    va_list ap;
    char *reason;
    zend_string *message;

    va_start(ap, fmt);
    zend_vspprintf(&reason, 0, fmt, ap);
    va_end(ap);
    message = zend_strpprintf(0, "Notification refused: %s", reason);
    efree(reason);
    zend_throw_exception(wechatpay_ce_Exception_NotificationException, ZSTR_VAL(message), code);
    zend_string_release(message);
}

/* The client of $instance, or NULL with a TypeError thrown (a BuilderChainable that Builder::factory() did not
 * make). */
static php_wechatpay_client *client_of(zend_object *instance)
{
    if (!instanceof_function(instance->ce, wechatpay_ce_BuilderNode)) {
        zend_argument_type_error(1, "must be a client made by WeChatPay\\Builder::factory(), %s given",
                                 ZSTR_VAL(instance->ce->name));
        return NULL;
    }
    return php_wechatpay_node_client(instance);
}

/* The four headers verification reads, in wxp_verify_input's order of fields; each NULL when absent. */
enum { H_TIMESTAMP, H_NONCE, H_SIGNATURE, H_SERIAL, H_COUNT };
_Static_assert(H_COUNT == PHP_WECHATPAY_VERIFY_HEADER_COUNT, "the slots are PHP_WECHATPAY_VERIFY_HEADERS'");
static const char *const header_names[H_COUNT] = PHP_WECHATPAY_VERIFY_HEADERS;

typedef struct notice_headers {
    zend_string *value[H_COUNT];
} notice_headers;

/* Adds one value of header slot, joined to an earlier one by ", " as PSR-7's getHeaderLine() joins them. */
static void headers_add(notice_headers *h, int slot, zend_string *value)
{
    if (h->value[slot] == NULL) {
        h->value[slot] = zend_string_copy(value);
    } else {
        zend_string *joined = zend_string_concat3(ZSTR_VAL(h->value[slot]), ZSTR_LEN(h->value[slot]), ", ", 2,
                                                  ZSTR_VAL(value), ZSTR_LEN(value));

        zend_string_release(h->value[slot]);
        h->value[slot] = joined;
    }
}

static void headers_dtor(notice_headers *h)
{
    int i;

    for (i = 0; i < H_COUNT; i++) {
        if (h->value[i]) {
            zend_string_release(h->value[i]);
        }
    }
}

/* Reads the four headers from an array of name => string or list of strings (names in any case, the same
 * name may come twice in different cases). Returns FAILURE with an InvalidArgumentException thrown for a
 * value of another type. */
static zend_result headers_read(notice_headers *h, HashTable *headers)
{
    zend_string *name;
    zval *value, *item;
    int slot;

    ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, value) {
        if (name == NULL) {
            continue;
        }
        for (slot = 0; slot < H_COUNT; slot++) {
            if (zend_binary_strcasecmp(ZSTR_VAL(name), ZSTR_LEN(name), header_names[slot],
                                       strlen(header_names[slot])) == 0) {
                break;
            }
        }
        if (slot == H_COUNT) {
            continue;
        }
        ZVAL_DEREF(value);
        if (Z_TYPE_P(value) == IS_STRING) {
            headers_add(h, slot, Z_STR_P(value));
            continue;
        }
        if (Z_TYPE_P(value) != IS_ARRAY) {
            php_wechatpay_throw_invalid("WeChatPay\\Notification: the %s header must be a string or a list of "
                                        "strings, %s given", header_names[slot], zend_zval_type_name(value));
            return FAILURE;
        }
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
            ZVAL_DEREF(item);
            if (Z_TYPE_P(item) != IS_STRING) {
                php_wechatpay_throw_invalid("WeChatPay\\Notification: the %s header must be a string or a list "
                                            "of strings, a list holding %s given", header_names[slot],
                                            zend_zval_type_name(item));
                return FAILURE;
            }
            headers_add(h, slot, Z_STR_P(item));
        } ZEND_HASH_FOREACH_END();
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

/* Reads the headers and, unless *body is already given, the body of a PSR-7 request through its own methods
 * (getHeaders(), getBody() and the stream's string form). Returns FAILURE with what they threw. */
static zend_result request_read(notice_headers *h, zend_object *request, zend_string **body)
{
    zval headers, stream;
    zend_result ok;

    if (php_wechatpay_call_method(request, "getHeaders", &headers, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(headers) != IS_ARRAY) {
        php_wechatpay_throw_invalid("WeChatPay\\Notification: the request's getHeaders() returned %s, not an array",
                                    zend_zval_type_name(&headers));
        zval_ptr_dtor(&headers);
        return FAILURE;
    }
    ok = headers_read(h, Z_ARRVAL(headers));
    zval_ptr_dtor(&headers);
    if (ok == FAILURE || *body != NULL) {
        return ok;
    }
    if (php_wechatpay_call_method(request, "getBody", &stream, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    *body = zval_try_get_string(&stream); /* a StreamInterface's __toString(): the whole body */
    zval_ptr_dtor(&stream);
    return *body != NULL ? SUCCESS : FAILURE;
}

/* Quotes at most SHOWN bytes of a header value in a message. */
#define QUOTE(s) (int) MIN(ZSTR_LEN(s), SHOWN), ZSTR_VAL(s)

/* Verifies the headers and body with the client's keys; returns FAILURE with a NotificationException thrown. */
static zend_result verify(php_wechatpay_client *client, const notice_headers *h, const zend_string *body)
{
    wxp_verify_input in;
    wxp_err err;
    time_t now;
    wxp_keyring *ring;
    zval why;
    int slot;

    for (slot = 0; slot < H_COUNT; slot++) {
        if (h->value[slot] == NULL) {
            refuse(E_HEADERS, "the %s header is missing (a WeChat Pay notification carries Wechatpay-Timestamp, "
                   "Wechatpay-Nonce, Wechatpay-Signature and Wechatpay-Serial)", header_names[slot]);
            return FAILURE;
        }
    }
    php_wechatpay_verify_input_from(&in, h->value, body);
    wxp_err_clear(&err);
    /* with apiv3Key, a serial the client's certs lack may make it fetch the platform certificates (PHP code) */
    if ((ring = php_wechatpay_autocerts_ring(client, in.serial, in.serial_len, &why)) == NULL) {
        return FAILURE; /* exit() unwinding */
    }
    now = wxp_clock_unix_seconds(); /* after any fetch */
    if (wxp_verify_response(&in, ring, now, &err) == 0) {
        zval_ptr_dtor(&why);
        return SUCCESS;
    }
    switch (err.code) {
    case WXP_E_VERIFY_TIMESTAMP:
        refuse(E_TIMESTAMP, "its Wechatpay-Timestamp (%.*s) is not within %d seconds of the local clock (%lld): "
               "stale, replayed, or a clock that is off", QUOTE(h->value[H_TIMESTAMP]), WXP_MAX_CLOCK_OFFSET,
               (long long) now);
        break;
    case WXP_E_VERIFY_SERIAL: {
        wxp_buf known;

        wxp_buf_init(&known);
        (void) php_wechatpay_autocerts_list(client, ring, &known);
        refuse(E_SERIAL, "its Wechatpay-Serial (%.*s) names no platform certificate or public key of the client's "
               "certs (it has: %s)", QUOTE(h->value[H_SERIAL]), known.len ? wxp_buf_cstr(&known) : "none");
        wxp_buf_free(&known);
        if (!Z_ISUNDEF(why) && EG(exception)) { /* why the certificates were not fetched, or failed to be */
            zend_exception_set_previous(EG(exception), Z_OBJ(why));
            ZVAL_UNDEF(&why);
        }
        break;
    }
    case WXP_E_VERIFY_SIGNATURE:
        if (ZSTR_LEN(h->value[H_SIGNATURE]) >= sizeof(SIGNTEST_PREFIX) - 1
            && memcmp(ZSTR_VAL(h->value[H_SIGNATURE]), SIGNTEST_PREFIX, sizeof(SIGNTEST_PREFIX) - 1) == 0) {
            refuse(E_SIGNTEST, "its Wechatpay-Signature is a WeChat Pay signature probe (%s...), which is never "
                   "a genuine notification", SIGNTEST_PREFIX);
        } else {
            refuse(E_SIGNATURE, "its Wechatpay-Signature does not verify with the key of %.*s over the "
                   "timestamp, nonce and body (a tampered body, or not from WeChat Pay)", QUOTE(h->value[H_SERIAL]));
        }
        break;
    default: /* out of memory, OpenSSL failing */
        refuse(E_SIGNATURE, "its signature could not be checked: %s", err.message);
        break;
    }
    zval_ptr_dtor(&why);
    return FAILURE;
}

/* Decodes JSON text into an array in out; false (nothing made) for anything but a JSON object or array. */
static bool json_array(const char *text, size_t len, zval *out)
{
    if (php_json_decode_ex(out, text, len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
        return false;
    }
    if (Z_TYPE_P(out) != IS_ARRAY) {
        zval_ptr_dtor(out);
        return false;
    }
    return true;
}

/* The string field name of the array resource, or NULL with a BODY refusal thrown (required) or not (optional). */
static zend_string *resource_field(HashTable *resource, const char *name, bool required)
{
    zval *field = zend_hash_str_find_deref(resource, name, strlen(name));

    if (field != NULL && Z_TYPE_P(field) == IS_STRING) {
        return Z_STR_P(field);
    }
    if (required || field != NULL) {
        refuse(E_BODY, "its resource.%s is %s, not a string", name, field ? zend_zval_type_name(field) : "missing");
    }
    return NULL;
}

/* Decrypts the envelope's resource with key and json-decodes it into return_value; FAILURE with a
 * NotificationException thrown. */
static zend_result open_resource(HashTable *resource, const zend_string *apiv3_key, zval *return_value)
{
    zend_string *algorithm, *ciphertext, *nonce, *aad, *bytes;
    size_t n, len;
    wxp_err err;
    int rc;
    bool decoded;

    if ((ciphertext = resource_field(resource, "ciphertext", true)) == NULL
        || (nonce = resource_field(resource, "nonce", true)) == NULL) {
        return FAILURE;
    }
    algorithm = resource_field(resource, "algorithm", false);
    if (EG(exception)) {
        return FAILURE;
    }
    if (algorithm != NULL && !zend_string_equals_literal(algorithm, "AEAD_AES_256_GCM")) {
        refuse(E_BODY, "its resource.algorithm is %.*s, not AEAD_AES_256_GCM", QUOTE(algorithm));
        return FAILURE;
    }
    aad = resource_field(resource, "associated_data", false); /* WeChat Pay may leave it out: empty */
    if (EG(exception)) {
        return FAILURE;
    }
    if (ZSTR_LEN(nonce) == 0 || ZSTR_LEN(nonce) > WXP_AES_GCM_IV_MAX) {
        refuse(E_BODY, "its resource.nonce has %zu bytes, not 1 to %d", ZSTR_LEN(nonce), WXP_AES_GCM_IV_MAX);
        return FAILURE;
    }
    bytes = zend_string_alloc(WXP_BASE64_DECODED_MAX(ZSTR_LEN(ciphertext)), 0);
    n = wxp_base64_decode_php(ZSTR_VAL(ciphertext), ZSTR_LEN(ciphertext), ZSTR_VAL(bytes));
    if (n < WXP_AES_GCM_TAG_MAX) {
        zend_string_efree(bytes);
        refuse(E_BODY, "its resource.ciphertext holds %zu bytes, fewer than the %d of the GCM tag", n,
               WXP_AES_GCM_TAG_MAX);
        return FAILURE;
    }
    len = n - WXP_AES_GCM_TAG_MAX;
    wxp_err_clear(&err);
    rc = wxp_aes_gcm_decrypt(NULL, (const unsigned char *) ZSTR_VAL(apiv3_key), ZSTR_VAL(nonce), ZSTR_LEN(nonce),
                             aad ? ZSTR_VAL(aad) : "", aad ? ZSTR_LEN(aad) : 0, ZSTR_VAL(bytes), len,
                             (const unsigned char *) ZSTR_VAL(bytes) + len, WXP_AES_GCM_TAG_MAX, ZSTR_VAL(bytes),
                             &err);
    if (rc != 1) {
        zend_string_efree(bytes);
        refuse(E_DECRYPTION, rc == 0 ? "its resource does not decrypt with the configured apiv3Key (the GCM tag "
                                       "does not verify: another key, or a tampered ciphertext, nonce or "
                                       "associated_data)"
                                     : "its resource could not be decrypted (OpenSSL failed)");
        return FAILURE;
    }
    ZSTR_VAL(bytes)[len] = '\0'; /* over the tag: PHP's JSON scanner reads up to a NUL */
    decoded = json_array(ZSTR_VAL(bytes), len, return_value);
    ZEND_SECURE_ZERO(ZSTR_VAL(bytes), n);
    zend_string_efree(bytes);
    if (!decoded) {
        refuse(E_PLAINTEXT, "its decrypted resource is not a JSON object");
        return FAILURE;
    }
    return SUCCESS;
}

ZEND_METHOD(WeChatPay_Notification, handle)
{
    zend_object *instance;
    zval *from;
    zend_string *body = NULL;
    php_wechatpay_client *client;
    notice_headers h = {{NULL}};
    zval envelope, *resource;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_OBJ_OF_CLASS(instance, wechatpay_ce_BuilderChainable)
        Z_PARAM_ZVAL(from)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(body)
    ZEND_PARSE_PARAMETERS_END();

    if (Z_TYPE_P(from) == IS_OBJECT) {
        /* an object of a class implementing it has it loaded: no autoloading */
        zend_string *name = zend_string_init(ZEND_STRL(PSR_SERVER_REQUEST), 0);
        zend_class_entry *psr = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);

        zend_string_release(name);

        if (psr == NULL || !instanceof_function(Z_OBJCE_P(from), psr)) {
            zend_argument_type_error(2, "must be of type " PSR_SERVER_REQUEST "|array, %s given",
                                     zend_zval_type_name(from));
            RETURN_THROWS();
        }
    } else if (Z_TYPE_P(from) != IS_ARRAY) {
        zend_argument_type_error(2, "must be of type " PSR_SERVER_REQUEST "|array, %s given",
                                 zend_zval_type_name(from));
        RETURN_THROWS();
    }
    if ((client = client_of(instance)) == NULL) {
        RETURN_THROWS();
    }
    if (client->apiv3_key == NULL || ZSTR_LEN(client->apiv3_key) != WXP_AES_KEY_LEN) { /* the factory takes 32 bytes only */
        php_wechatpay_throw_invalid("WeChatPay\\Notification::handle() needs the client's APIv3 key: give "
                                    "Builder::factory() the config 'apiv3Key' (32 bytes)");
        RETURN_THROWS();
    }
    if (Z_TYPE_P(from) == IS_ARRAY) {
        if (body == NULL) {
            php_wechatpay_throw_invalid("WeChatPay\\Notification::handle(): with an array of headers, the raw "
                                        "body is required (e.g. file_get_contents('php://input'))");
            RETURN_THROWS();
        }
        body = zend_string_copy(body);
        if (headers_read(&h, Z_ARRVAL_P(from)) == FAILURE) {
            goto out;
        }
    } else {
        if (body != NULL) {
            body = zend_string_copy(body);
        }
        if (request_read(&h, Z_OBJ_P(from), &body) == FAILURE) {
            goto out;
        }
    }
    if (verify(client, &h, body) == FAILURE) {
        goto out;
    }
    /* Verified: from here on the body is WeChat Pay's. */
    if (!json_array(ZSTR_VAL(body), ZSTR_LEN(body), &envelope)) {
        refuse(E_BODY, "its body is not a JSON object");
        goto out;
    }
    resource = zend_hash_str_find_deref(Z_ARRVAL(envelope), ZEND_STRL("resource"));
    if (resource == NULL || Z_TYPE_P(resource) != IS_ARRAY) {
        refuse(E_BODY, "its body has no resource object");
    } else {
        (void) open_resource(Z_ARRVAL_P(resource), client->apiv3_key, return_value);
    }
    zval_ptr_dtor(&envelope);
out:
    headers_dtor(&h);
    if (body != NULL) {
        zend_string_release(body);
    }
}

ZEND_METHOD(WeChatPay_Notification, handleV2)
{
    zend_object *instance;
    zend_string *body;
    php_wechatpay_client *client;
    zval notice, decrypted, *field, *req_info;
    char md5[WXP_HASH_HEX_MAX];
    zend_string *bytes;
    size_t n, len = 0;
    wxp_err err;
    int rc;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJ_OF_CLASS(instance, wechatpay_ce_BuilderChainable)
        Z_PARAM_STR(body)
    ZEND_PARSE_PARAMETERS_END();

    if ((client = client_of(instance)) == NULL) {
        RETURN_THROWS();
    }
    if (client->secret == NULL) {
        php_wechatpay_throw_invalid("WeChatPay\\Notification::handleV2() needs the client's APIv2 key: give "
                                    "Builder::factory() the config 'secret'");
        RETURN_THROWS();
    }
    if (php_wechatpay_xml_to_array(body, &notice, true) == FAILURE) {
        RETURN_THROWS();
    }
    if (zend_hash_num_elements(Z_ARRVAL(notice)) == 0) {
        refuse(E_BODY, "its body is not the XML of an APIv2 notice");
        goto out;
    }
    field = zend_hash_str_find_deref(Z_ARRVAL(notice), ZEND_STRL("return_code"));
    if (field == NULL || Z_TYPE_P(field) != IS_STRING || !zend_string_equals_literal(Z_STR_P(field), "SUCCESS")) {
        zval *msg = zend_hash_str_find_deref(Z_ARRVAL(notice), ZEND_STRL("return_msg"));

        refuse(E_RETURN_CODE, "its return_code is %.*s, not SUCCESS (return_msg: %.*s)",
               field && Z_TYPE_P(field) == IS_STRING ? (int) MIN(Z_STRLEN_P(field), SHOWN) : 7,
               field && Z_TYPE_P(field) == IS_STRING ? Z_STRVAL_P(field) : "missing",
               msg && Z_TYPE_P(msg) == IS_STRING ? (int) MIN(Z_STRLEN_P(msg), SHOWN) : 4,
               msg && Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "none");
        goto out;
    }
    req_info = zend_hash_str_find_deref(Z_ARRVAL(notice), ZEND_STRL("req_info"));
    if (req_info == NULL || Z_TYPE_P(req_info) != IS_STRING || Z_STRLEN_P(req_info) == 0) {
        refuse(E_BODY, "its req_info is missing or empty (a refund notice carries its fields there)");
        goto out;
    }
    /* The key is the lower-case hex MD5 of the APIv2 key: 32 characters, AES-256's 32 bytes. */
    wxp_err_clear(&err);
    if (wxp_hash_hex(EVP_md5(), ZSTR_VAL(client->secret), ZSTR_LEN(client->secret), md5, &err) != 0) {
        refuse(E_DECRYPTION, "its req_info could not be decrypted (OpenSSL's MD5 failed)");
        goto out;
    }
    bytes = zend_string_alloc(WXP_BASE64_DECODED_MAX(Z_STRLEN_P(req_info)), 0);
    n = wxp_base64_decode_php(Z_STRVAL_P(req_info), Z_STRLEN_P(req_info), ZSTR_VAL(bytes));
    rc = wxp_aes_ecb_decrypt((const unsigned char *) md5, ZSTR_VAL(bytes), n, ZSTR_VAL(bytes), &len, &err);
    ZEND_SECURE_ZERO(md5, sizeof(md5));
    if (rc != 1) {
        zend_string_efree(bytes);
        refuse(E_DECRYPTION, rc == 0 ? "its req_info does not decrypt with md5 of the configured secret (the "
                                       "padding is wrong: another key, or a damaged req_info)"
                                     : "its req_info could not be decrypted (OpenSSL failed)");
        goto out;
    }
    ZSTR_LEN(bytes) = len;
    ZSTR_VAL(bytes)[len] = '\0';
    rc = php_wechatpay_xml_to_array(bytes, &decrypted, true);
    ZEND_SECURE_ZERO(ZSTR_VAL(bytes), len);
    zend_string_efree(bytes);
    if (rc == FAILURE) {
        goto out;
    }
    if (zend_hash_num_elements(Z_ARRVAL(decrypted)) == 0) {
        zval_ptr_dtor(&decrypted);
        refuse(E_PLAINTEXT, "its decrypted req_info is not XML");
        goto out;
    }
    SEPARATE_ARRAY(&notice);
    zend_hash_str_update(Z_ARRVAL(notice), ZEND_STRL("req_info"), &decrypted);
    RETURN_COPY_VALUE(&notice);
out:
    zval_ptr_dtor(&notice);
}
