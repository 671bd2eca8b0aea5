/* WeChatPay\Builder::factory(): validates the config entry by entry, parses every key once, and returns
 * the root node of a new tree. */
#include "php.h"
#include "zend_smart_str.h"
#include "php_wechatpay.h"
#include "client/client.h"
#include "client/transport.h"
#include "client/guzzle_options.h"
#include "client/request_headers.h"
#include "client/keys.h"
#include "module/keycache.h"
#include "client/node.h"
#include "client/driver.h"
#include "http/exceptions.h"
#include "wxp_headers.h"
#include "wxp_sign.h"

ZEND_METHOD(WeChatPay_Builder, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

static zend_result read_mchid(php_wechatpay_client *client, HashTable *config)
{
    zval *value = zend_hash_str_find_deref(config, ZEND_STRL("mchid"));

    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        php_wechatpay_throw_invalid("Config 'mchid' is required: the merchant ID, e.g. '1900000001'");
        return FAILURE;
    }
    if (Z_TYPE_P(value) != IS_STRING && Z_TYPE_P(value) != IS_LONG) {
        php_wechatpay_throw_invalid("Config 'mchid' must be a string or an integer, %s given", zend_zval_type_name(value));
        return FAILURE;
    }
    client->mchid = zval_get_string(value);
    if (!wxp_authorization_param_is_safe(ZSTR_VAL(client->mchid), ZSTR_LEN(client->mchid))) {
        php_wechatpay_throw_invalid("Config 'mchid' must be non-empty printable ASCII without spaces, quotes, backslashes or commas");
        return FAILURE;
    }
    return SUCCESS;
}

static zend_result read_serial(php_wechatpay_client *client, HashTable *config)
{
    zval *value = zend_hash_str_find_deref(config, ZEND_STRL("serial"));

    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        php_wechatpay_throw_invalid("Config 'serial' is required: the serial number of the merchant API certificate, usually hexadecimal");
        return FAILURE;
    }
    if (Z_TYPE_P(value) != IS_STRING) {
        php_wechatpay_throw_invalid("Config 'serial' must be a string, %s given", zend_zval_type_name(value));
        return FAILURE;
    }
    if (!wxp_authorization_param_is_safe(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
        php_wechatpay_throw_invalid("Config 'serial' must be non-empty printable ASCII without spaces, quotes, backslashes or commas");
        return FAILURE;
    }
    client->serial = zend_string_copy(Z_STR_P(value));
    return SUCCESS;
}

/* The config's `secret`, the APIv2 key: a non-empty string (a secret: never shown). */
static zend_result read_secret(php_wechatpay_client *client, HashTable *config)
{
    zval *value = zend_hash_str_find_deref(config, ZEND_STRL("secret"));

    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) == 0) {
        php_wechatpay_throw_invalid("Config 'secret' must be the APIv2 key as a non-empty string (32 bytes, set on the merchant platform), %s given",
                                    Z_TYPE_P(value) == IS_STRING ? "an empty string" : zend_zval_type_name(value));
        return FAILURE;
    }
    client->secret = zend_string_init(Z_STRVAL_P(value), Z_STRLEN_P(value), 0);
    return SUCCESS;
}

/* The config's `apiv3Key`, the APIv3 key set on the merchant platform: exactly 32 bytes (a secret: never shown). */
static zend_result read_apiv3_key(php_wechatpay_client *client, HashTable *config)
{
    zval *value = zend_hash_str_find_deref(config, ZEND_STRL("apiv3Key"));

    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) != 32) {
        php_wechatpay_throw_invalid("Config 'apiv3Key' must be the APIv3 key set on the merchant platform, a string of exactly 32 bytes, %s given",
                                    Z_TYPE_P(value) == IS_STRING ? "a string of another length" : zend_zval_type_name(value));
        return FAILURE;
    }
    client->apiv3_key = zend_string_init(Z_STRVAL_P(value), Z_STRLEN_P(value), 0);
    return SUCCESS;
}

/* The config's `certsFile`: where the automatically fetched platform certificates are kept for other processes
 * and restarts (client/autocerts.h), a path; it needs `apiv3Key`, which fetching them needs. */
static zend_result read_certs_file(php_wechatpay_client *client, HashTable *config)
{
    zval *value = zend_hash_str_find_deref(config, ZEND_STRL("certsFile"));

    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) == 0 || zend_str_has_nul_byte(Z_STR_P(value))) {
        php_wechatpay_throw_invalid("Config 'certsFile' must be a file path (a non-empty string without NUL bytes), %s given",
                                    Z_TYPE_P(value) == IS_STRING ? "another string" : zend_zval_type_name(value));
        return FAILURE;
    }
    if (client->apiv3_key == NULL) {
        php_wechatpay_throw_invalid("Config 'certsFile' keeps the platform certificates fetched automatically, which needs config 'apiv3Key' (the APIv3 key of 32 bytes): give both, or neither");
        return FAILURE;
    }
    client->certs_file = zend_string_copy(Z_STR_P(value));
    return SUCCESS;
}

/* Whether privateKey is an APIv2-only app's placeholder (README_APIv2: 'privateKey' => 'any'): a string that
 * is no key, no file:// path and no other scheme, in a config that gives the APIv2 `secret`. A real key that
 * fails to parse is still refused at once. */
static bool is_placeholder_key(const php_wechatpay_client *client, zval *value)
{
    return client->secret != NULL && Z_TYPE_P(value) == IS_STRING && Z_STRLEN_P(value) < 64
        && strstr(Z_STRVAL_P(value), "://") == NULL && strstr(Z_STRVAL_P(value), "-----") == NULL;
}

static zend_result read_private_key(php_wechatpay_client *client, HashTable *config)
{
    zval *value = zend_hash_str_find_deref(config, ZEND_STRL("privateKey"));

    if (value == NULL || Z_TYPE_P(value) == IS_NULL) {
        php_wechatpay_throw_invalid("Config 'privateKey' is required: the merchant's private key as PEM text, a file:// path or an OpenSSLAsymmetricKey");
        return FAILURE;
    }
    if (is_placeholder_key(client, value)) {
        client->v3_placeholder = true; /* every APIv3 call is refused (php_wechatpay_v2_refuse_on_v3) */
        return SUCCESS;
    }
    client->private_key = php_wechatpay_key_from_zval(value, WXP_KEY_PRIVATE, "privateKey");
    return client->private_key ? SUCCESS : FAILURE;
}

/* Refuses certs that hold the merchant's own serial, a frequent mix-up of the two kinds of certificate. */
static zend_result refuse_merchant_serial_in_certs(php_wechatpay_client *client, HashTable *certs)
{
    zend_string *id;
    zend_ulong index;
    smart_str ids = {0};
    bool mixed_up = false;

    ZEND_HASH_FOREACH_KEY(certs, index, id) {
        zend_string *key = id ? zend_string_copy(id) : zend_ulong_to_str(index);
        if (zend_string_equals(key, client->serial)) {
            mixed_up = true;
        }
        if (ids.s) {
            smart_str_appendc(&ids, ',');
        }
        smart_str_append(&ids, key);
        zend_string_release(key);
    } ZEND_HASH_FOREACH_END();
    smart_str_0(&ids);
    if (mixed_up) {
        php_wechatpay_throw_invalid("Config 'certs' (%s) holds the merchant's own certificate serial (%s): 'certs' takes WeChat Pay platform certificate serials or PUB_KEY_ID_... public key ids, 'serial' is the merchant's",
                                    ZSTR_VAL(ids.s), ZSTR_VAL(client->serial));
    }
    smart_str_free(&ids);
    return mixed_up ? FAILURE : SUCCESS;
}

/* Whether the config gives an apiv3Key (read_apiv3_key() checks it later, in the package's order of entries). */
static bool has_apiv3_key(HashTable *config)
{
    zval *value = zend_hash_str_find_deref(config, ZEND_STRL("apiv3Key"));

    return value != NULL && Z_TYPE_P(value) != IS_NULL;
}

static zend_result read_certs(php_wechatpay_client *client, HashTable *config)
{
    zval *given = zend_hash_str_find(config, ZEND_STRL("certs")), *certs = given;

    if (certs != NULL) {
        ZVAL_DEREF(certs);
    }
    if ((certs == NULL || Z_TYPE_P(certs) == IS_NULL
         || (Z_TYPE_P(certs) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(certs)) == 0))
        && has_apiv3_key(config)) {
        /* the platform certificates are fetched when the first answer comes (client/autocerts.h) */
        client->certs = wxp_keyring_new();
        if (client->certs == NULL) {
            zend_throw_error(NULL, "Out of memory while reading config 'certs'");
            return FAILURE;
        }
        return SUCCESS;
    }
    if (certs == NULL || Z_TYPE_P(certs) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(certs)) == 0) {
        php_wechatpay_throw_invalid("Config 'certs' is required: a non-empty array of platform certificate serial or PUB_KEY_ID_... => public key or certificate (or give 'apiv3Key' and the platform certificates are fetched automatically)");
        return FAILURE;
    }
    if (refuse_merchant_serial_in_certs(client, Z_ARRVAL_P(certs)) == FAILURE
        || (client->certs = php_wechatpay_certs_keyring(Z_ARRVAL_P(certs))) == NULL) {
        return FAILURE;
    }
    /* The package's verifier reads a certs array given by reference when it verifies, so an app (its
     * certificate download tool) can add certificates later: the stack's verifier does too. */
    if (Z_ISREF_P(given)) {
        ZVAL_COPY(&client->certs_ref, given);
    }
    return SUCCESS;
}

/* Reads the whole config in wechatpay-php's order: mchid, serial, (the APIv2 secret, which decides whether
 * privateKey may be a placeholder), privateKey, certs, then the Guzzle options it
 * would pass on (those not honoured refused), then transport keys. */
static zend_result read_config(php_wechatpay_client *client, HashTable *config)
{
    zval *headers;

    if (read_mchid(client, config) == FAILURE || read_serial(client, config) == FAILURE
        || read_secret(client, config) == FAILURE || read_private_key(client, config) == FAILURE
        || read_certs(client, config) == FAILURE
        || php_wechatpay_merchant_tls_read(config, &client->merchant) == FAILURE
        || read_apiv3_key(client, config) == FAILURE || read_certs_file(client, config) == FAILURE
        || php_wechatpay_guzzle_options_refuse(config, true, "Config") == FAILURE
        || php_wechatpay_driver_read_config(client, config) == FAILURE
        || php_wechatpay_transport_apply(&client->transport, config, "Config") == FAILURE) {
        return FAILURE;
    }
    headers = zend_hash_str_find_deref(config, ZEND_STRL("headers"));
    if (headers && php_wechatpay_headers_apply(&client->headers, headers, "Config") == FAILURE) {
        return FAILURE;
    }
    return SUCCESS;
}

ZEND_METHOD(WeChatPay_Builder, factory)
{
    HashTable *config;
    php_wechatpay_client *client;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(config)
    ZEND_PARSE_PARAMETERS_END();

    client = php_wechatpay_client_new();
    if (read_config(client, config) == FAILURE) {
        php_wechatpay_client_release(client);
        RETURN_THROWS();
    }
    php_wechatpay_node_create_root(return_value, client);
    php_wechatpay_client_release(client);
}
