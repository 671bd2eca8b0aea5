/* WeChatPay\Sensitive (see sensitive.h). The object keeps its Base64 ciphertext, the serial of the key that made
 * it and that key (one reference), never the plaintext: nothing it shows (var_dump, print_r, var_export, a
 * trace; serialize is refused) can give the plaintext away, and the plaintext argument is #[\SensitiveParameter].
 *
 * Live objects of the request are also kept on a list, so that a body encoded before the extension sees it
 * (by Guzzle, for the getDriver() stack; by the app, for a `body` option) can still be searched for their
 * ciphertexts: a call that carries one is never sent without the Wechatpay-Serial that names its key. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_attributes.h"
#include "ext/json/php_json.h"
#include "php_wechatpay.h"
#include "helpers/sensitive.h"
#include "helpers/sensitive_arginfo.h"
#include "client/node.h"
#include "client/autocerts.h"
#include "http/exceptions.h"
#include "wxp_base64.h"
#include "wxp_rsa.h"

#define SERIAL_HEADER "Wechatpay-Serial"

typedef struct sensitive {
    zend_string *ciphertext; /* Base64, as sent */
    zend_string *escaped;    /* the ciphertext with `/` written `\/`, as json_encode() writes it by default;
                              * NULL when it holds no `/` */
    zend_string *serial;
    EVP_PKEY *key;
    struct sensitive *prev, *next; /* the request's live objects */
    zend_object std;
} sensitive;

static zend_class_entry *sensitive_ce;
static zend_object_handlers sensitive_handlers;
ZEND_TLS sensitive *live; /* objects are request-bound, so the list empties itself by the request's end */

static zend_always_inline sensitive *sensitive_from(zend_object *obj)
{
    return (sensitive *) ((char *) obj - XtOffsetOf(sensitive, std));
}

static zend_object *sensitive_new(zend_class_entry *ce)
{
    sensitive *s = zend_object_alloc(sizeof(sensitive), ce);

    zend_object_std_init(&s->std, ce);
    s->std.handlers = &sensitive_handlers;
    return &s->std;
}

static void sensitive_free(zend_object *obj)
{
    sensitive *s = sensitive_from(obj);

    if (s->ciphertext != NULL) { /* on the list once filled (see encrypt) */
        if (s->prev) {
            s->prev->next = s->next;
        } else {
            live = s->next;
        }
        if (s->next) {
            s->next->prev = s->prev;
        }
        zend_string_release(s->ciphertext);
    }
    if (s->escaped) {
        zend_string_release(s->escaped);
    }
    if (s->serial) {
        zend_string_release(s->serial);
    }
    EVP_PKEY_free(s->key);
    zend_object_std_dtor(obj);
}

/* var_dump() and print_r(): the serial and the ciphertext, what the request carries anyway. */
static HashTable *sensitive_debug_info(zend_object *obj, int *is_temp)
{
    sensitive *s = sensitive_from(obj);
    HashTable *info = zend_new_array(2);
    zval v;

    if (s->ciphertext) {
        ZVAL_STR_COPY(&v, s->serial);
        zend_hash_str_add_new(info, ZEND_STRL("serial"), &v);
        ZVAL_STR_COPY(&v, s->ciphertext);
        zend_hash_str_add_new(info, ZEND_STRL("ciphertext"), &v);
    }
    *is_temp = 1;
    return info;
}

/* The object of this, or NULL with an Error thrown when it was never filled (no way to make one, but kept safe). */
static sensitive *filled(zval *this_ptr)
{
    sensitive *s = sensitive_from(Z_OBJ_P(this_ptr));

    if (s->ciphertext == NULL) {
        zend_throw_error(NULL, "This WeChatPay\\Sensitive was not made by Sensitive::encrypt()");
        return NULL;
    }
    return s;
}

/* Base64 of the RSA-OAEP ciphertext of plaintext under key, or NULL with an exception thrown. */
static zend_string *oaep_base64(EVP_PKEY *key, const char *id, zend_string *plaintext)
{
    size_t room = wxp_pkey_out_size(key), out_len = 0;
    int max = EVP_PKEY_get_size(key) - 42; /* OAEP with SHA-1: k - 2 * 20 - 2 bytes */
    unsigned char *out;
    zend_string *b64 = NULL;
    wxp_err err;

    if (max < 0 || ZSTR_LEN(plaintext) > (size_t) max) {
        php_wechatpay_throw_invalid("Sensitive::encrypt(): the plaintext is %zu bytes, RSA-OAEP under key %s (%d bits) takes at most %d",
                                    ZSTR_LEN(plaintext), id, EVP_PKEY_get_bits(key), max < 0 ? 0 : max);
        return NULL;
    }
    out = emalloc(room);
    wxp_err_clear(&err);
    if (wxp_rsa_oaep_encrypt(key, ZSTR_VAL(plaintext), ZSTR_LEN(plaintext), out, &out_len, &err) != 0) {
        php_wechatpay_throw_invalid("Sensitive::encrypt(): cannot encrypt under key %s: %s", id, err.message);
    } else {
        b64 = zend_string_alloc(WXP_BASE64_ENCODED_LEN(out_len), 0);
        ZSTR_LEN(b64) = wxp_base64_encode(out, out_len, ZSTR_VAL(b64));
    }
    efree(out);
    return b64;
}

/* ciphertext with every `/` written `\/`, or NULL when it holds none. */
static zend_string *json_escaped(zend_string *ciphertext)
{
    size_t slashes = 0, i, j;
    zend_string *escaped;

    for (i = 0; i < ZSTR_LEN(ciphertext); i++) {
        slashes += ZSTR_VAL(ciphertext)[i] == '/';
    }
    if (slashes == 0) {
        return NULL;
    }
    escaped = zend_string_alloc(ZSTR_LEN(ciphertext) + slashes, 0);
    for (i = 0, j = 0; i < ZSTR_LEN(ciphertext); i++) {
        if (ZSTR_VAL(ciphertext)[i] == '/') {
            ZSTR_VAL(escaped)[j++] = '\\';
        }
        ZSTR_VAL(escaped)[j++] = ZSTR_VAL(ciphertext)[i];
    }
    ZSTR_VAL(escaped)[j] = '\0';
    return escaped;
}

ZEND_METHOD(WeChatPay_Sensitive, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Sensitive, encrypt)
{
    zend_object *instance;
    zend_string *plaintext, *ciphertext;
    php_wechatpay_client *client;
    const char *id;
    size_t id_len = 0;
    EVP_PKEY *key;
    wxp_keyring *ring;
    zval why;
    sensitive *s;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJ_OF_CLASS(instance, wechatpay_ce_BuilderChainable)
        Z_PARAM_STR(plaintext)
    ZEND_PARSE_PARAMETERS_END();

    if (!instanceof_function(instance->ce, wechatpay_ce_BuilderNode)) {
        php_wechatpay_throw_invalid("Sensitive::encrypt() takes a client made by WeChatPay\\Builder::factory(), %s given",
                                    ZSTR_VAL(instance->ce->name));
        RETURN_THROWS();
    }
    client = php_wechatpay_node_client(instance); /* held by instance, which this frame holds */
    /* with apiv3Key and no certs, the platform certificates may be fetched first (PHP code) */
    if ((ring = php_wechatpay_autocerts_encryption_ring(client, &why)) == NULL) {
        RETURN_THROWS(); /* exit() unwinding */
    }
    id = wxp_keyring_encryption_id(ring, &id_len);
    if (id == NULL) {
        php_wechatpay_throw_invalid(client->apiv3_key != NULL
            ? "Sensitive::encrypt(): neither config 'certs' nor the platform certificates fetched with 'apiv3Key' hold a certificate or WeChat Pay public key (PUB_KEY_ID_...) to encrypt with"
            : "Sensitive::encrypt(): config 'certs' holds no platform certificate or WeChat Pay public key (PUB_KEY_ID_...) to encrypt with");
        if (!Z_ISUNDEF(why)) { /* why none could be fetched */
            zend_exception_set_previous(EG(exception), Z_OBJ(why));
        }
        RETURN_THROWS();
    }
    zval_ptr_dtor(&why);
    key = wxp_keyring_find(ring, id, id_len);
    ciphertext = oaep_base64(key, id, plaintext);
    if (ciphertext == NULL) {
        RETURN_THROWS();
    }
    object_init_ex(return_value, sensitive_ce);
    s = sensitive_from(Z_OBJ_P(return_value));
    s->ciphertext = ciphertext;
    s->escaped = json_escaped(ciphertext);
    s->serial = zend_string_init(id, id_len, 0);
    s->key = key;
    EVP_PKEY_up_ref(key);
    s->next = live;
    if (live) {
        live->prev = s;
    }
    live = s;
}

/* The methods that give one of the object's strings: its serial, or its ciphertext. */
static void return_string(INTERNAL_FUNCTION_PARAMETERS, bool serial)
{
    sensitive *s;

    ZEND_PARSE_PARAMETERS_NONE();
    if ((s = filled(ZEND_THIS)) == NULL) {
        RETURN_THROWS();
    }
    RETURN_STR_COPY(serial ? s->serial : s->ciphertext);
}

ZEND_METHOD(WeChatPay_Sensitive, getSerial) { return_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }
ZEND_METHOD(WeChatPay_Sensitive, jsonSerialize) { return_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(WeChatPay_Sensitive, __toString) { return_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

/* What the Sensitive values of one call agree on so far. */
typedef struct found {
    php_wechatpay_client *client;
    sensitive *first;
} found;

/* Adds s to what was found: refused when client does not hold its key under its serial, or when an earlier
 * value named another key. */
static zend_result found_add(found *f, sensitive *s)
{
    EVP_PKEY *held = php_wechatpay_autocerts_held_key(f->client, ZSTR_VAL(s->serial), ZSTR_LEN(s->serial));

    if (held == NULL || (held != s->key && EVP_PKEY_eq(held, s->key) != 1)) {
        php_wechatpay_throw_invalid("A Sensitive value was encrypted under %s, a key this client does not hold (in config 'certs' or fetched with 'apiv3Key'): encrypt it with Sensitive::encrypt() on the client that sends it; nothing was sent",
                                    ZSTR_VAL(s->serial));
        return FAILURE;
    }
    if (f->first == NULL) {
        f->first = s;
    } else if (!zend_string_equals(f->first->serial, s->serial)) {
        php_wechatpay_throw_invalid("The call carries Sensitive values encrypted under different keys (%s and %s), and its Wechatpay-Serial can name only one: encrypt them all with Sensitive::encrypt() on the client that sends them; nothing was sent",
                                    ZSTR_VAL(f->first->serial), ZSTR_VAL(s->serial));
        return FAILURE;
    }
    return SUCCESS;
}

static zend_result found_result(found *f, zend_string **serial)
{
    *serial = f->first ? zend_string_copy(f->first->serial) : NULL;
    return SUCCESS;
}

static zend_result walk(found *f, zval *value, int depth)
{
    HashTable *ht;
    zval *item;
    zend_result result = SUCCESS;

    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) == IS_OBJECT) {
        return Z_OBJCE_P(value) == sensitive_ce && sensitive_from(Z_OBJ_P(value))->ciphertext
            ? found_add(f, sensitive_from(Z_OBJ_P(value))) : SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_ARRAY) {
        return SUCCESS;
    }
    ht = Z_ARRVAL_P(value);
    /* an immutable array holds no object; deeper than JSON encodes, or recursive: encoding refuses it */
    if ((GC_FLAGS(ht) & GC_IMMUTABLE) || depth > PHP_JSON_PARSER_DEFAULT_DEPTH || GC_IS_RECURSIVE(ht)) {
        return SUCCESS;
    }
    GC_PROTECT_RECURSION(ht);
    ZEND_HASH_FOREACH_VAL(ht, item) {
        if ((result = walk(f, item, depth + 1)) == FAILURE) {
            break;
        }
    } ZEND_HASH_FOREACH_END();
    GC_UNPROTECT_RECURSION(ht);
    return result;
}

zend_result php_wechatpay_sensitive_in_json(php_wechatpay_client *client, zval *json, zend_string **serial)
{
    found f = {client, NULL};

    *serial = NULL;
    if (live == NULL) { /* no Sensitive in this request: nothing to find, no walk */
        return SUCCESS;
    }
    return walk(&f, json, 0) == FAILURE ? FAILURE : found_result(&f, serial);
}

static bool body_holds(const char *body, size_t len, const zend_string *needle)
{
    return needle != NULL && zend_memnstr(body, ZSTR_VAL(needle), ZSTR_LEN(needle), body + len) != NULL;
}

zend_result php_wechatpay_sensitive_in_body(php_wechatpay_client *client, const char *body, size_t len,
                                            zend_string **serial)
{
    found f = {client, NULL};
    sensitive *s;

    *serial = NULL;
    for (s = live; s != NULL && body != NULL; s = s->next) {
        if ((body_holds(body, len, s->ciphertext) || body_holds(body, len, s->escaped)) && found_add(&f, s) == FAILURE) {
            return FAILURE;
        }
    }
    return found_result(&f, serial);
}

static void throw_header_differs(const char *given, size_t given_len, zend_string *serial)
{
    php_wechatpay_throw_invalid("Header Wechatpay-Serial '%.*s' (the config's or the call's 'headers') does not name the key the call's Sensitive values were encrypted under (%s): remove that header, the extension sets it; nothing was sent",
                                (int) MIN(given_len, 128), given, ZSTR_VAL(serial));
}

zend_result php_wechatpay_sensitive_header(wxp_header_list *headers, zend_string *serial)
{
    size_t i;

    for (i = 0; i < headers->count; i++) {
        const wxp_header *h = &headers->items[i];

        if (h->name_len == sizeof(SERIAL_HEADER) - 1 && strncasecmp(h->name, SERIAL_HEADER, h->name_len) == 0
            && !zend_string_equals_cstr(serial, h->value, h->value_len)) {
            throw_header_differs(h->value, h->value_len, serial);
            return FAILURE;
        }
    }
    if (wxp_headers_find(headers, ZEND_STRL(SERIAL_HEADER)) == NULL
        && wxp_headers_add(headers, ZEND_STRL(SERIAL_HEADER), ZSTR_VAL(serial), ZSTR_LEN(serial)) != 0) {
        zend_throw_error(NULL, "Out of memory while adding header " SERIAL_HEADER);
        return FAILURE;
    }
    return SUCCESS;
}

/* Checks one value of a Wechatpay-Serial in a `headers` option against serial. */
static zend_result option_value_agrees(zval *value, zend_string *serial)
{
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) == IS_STRING && zend_string_equals(Z_STR_P(value), serial)) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) == IS_STRING) {
        throw_header_differs(Z_STRVAL_P(value), Z_STRLEN_P(value), serial);
    } else {
        throw_header_differs(ZEND_STRL("(not a string)"), serial);
    }
    return FAILURE;
}

/* Checks each Wechatpay-Serial of a `headers` option (name => value or list of values, any case) against
 * serial; sets *present when there is one. */
static zend_result option_headers_agree(HashTable *headers, zend_string *serial, bool *present)
{
    zend_string *name;
    zval *value, *item;

    ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, value) {
        if (name == NULL || !zend_string_equals_literal_ci(name, SERIAL_HEADER)) {
            continue;
        }
        ZVAL_DEREF(value);
        if (Z_TYPE_P(value) == IS_ARRAY) {
            ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
                if (option_value_agrees(item, serial) == FAILURE) {
                    return FAILURE;
                }
                *present = true;
            } ZEND_HASH_FOREACH_END();
        } else if (option_value_agrees(value, serial) == FAILURE) {
            return FAILURE;
        } else {
            *present = true;
        }
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

zend_result php_wechatpay_sensitive_options(php_wechatpay_client *client, HashTable *options)
{
    zval *json = zend_hash_str_find(options, ZEND_STRL("json")), *headers, fresh;
    zend_string *serial;
    wxp_header_list config;
    bool present = false;
    zend_result result;

    if (json == NULL || php_wechatpay_sensitive_in_json(client, json, &serial) == FAILURE) {
        return json == NULL ? SUCCESS : FAILURE;
    }
    if (serial == NULL) {
        return SUCCESS;
    }
    /* the config's headers: checked on a copy, so that a differing one is refused, not overridden */
    wxp_headers_init(&config);
    result = SUCCESS;
    for (size_t i = 0; i < client->headers.count && result == SUCCESS; i++) {
        const wxp_header *h = &client->headers.items[i];

        if (wxp_headers_add(&config, h->name, h->name_len, h->value, h->value_len) != 0) {
            zend_throw_error(NULL, "Out of memory while copying headers");
            result = FAILURE;
        }
    }
    if (result == SUCCESS) {
        result = php_wechatpay_sensitive_header(&config, serial);
    }
    wxp_headers_free(&config);
    headers = zend_hash_str_find_deref(options, ZEND_STRL("headers"));
    if (result == SUCCESS && headers != NULL && Z_TYPE_P(headers) == IS_ARRAY) {
        result = option_headers_agree(Z_ARRVAL_P(headers), serial, &present);
    }
    if (result == SUCCESS && !present) {
        /* the options are the caller's copy, but their headers array (or a reference to it) is the app's */
        if (headers == NULL || Z_TYPE_P(headers) != IS_ARRAY) {
            array_init(&fresh);
        } else {
            ZVAL_ARR(&fresh, zend_array_dup(Z_ARRVAL_P(headers)));
        }
        add_assoc_str_ex(&fresh, ZEND_STRL(SERIAL_HEADER), zend_string_copy(serial));
        zend_hash_str_update(options, ZEND_STRL("headers"), &fresh);
    }
    zend_string_release(serial);
    return result;
}

zend_result php_wechatpay_sensitive_minit(INIT_FUNC_ARGS)
{
    sensitive_ce = register_class_WeChatPay_Sensitive(php_json_serializable_ce, zend_ce_stringable);
    sensitive_ce->create_object = sensitive_new;
    memcpy(&sensitive_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    sensitive_handlers.offset = XtOffsetOf(sensitive, std);
    sensitive_handlers.free_obj = sensitive_free;
    sensitive_handlers.get_debug_info = sensitive_debug_info;
    sensitive_handlers.clone_obj = NULL;
    sensitive_handlers.compare = zend_objects_not_comparable;
    return SUCCESS;
}
