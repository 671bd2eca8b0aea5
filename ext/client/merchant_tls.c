/* The config's `merchant` entry (README_APIv2: `['cert' => $path, 'key' => $path]`, each path also taken as
 * `[$path, $passphrase]`, as Guzzle's `cert` and `ssl_key` options take them). Both files are read through
 * PHP's streams within the key file limit (support/key_file.h: open_basedir and permissions apply) and checked
 * as libcurl will read them (src/wxp_client_tls.h), so a wrong file fails the factory, not the first payment.
 * Guzzle hands both passphrases to the one libcurl option (CURLOPT_SSLCERTPASSWD is CURLOPT_KEYPASSWD), the
 * key's set last: the key's passphrase is the one used, the certificate's when the key has none. */
#include "client/merchant_tls.h"
#include "support/key_file.h"
#include "support/keys_from_php.h"
#include "http/exceptions.h"
#include "wxp_client_tls.h"

/* One of the two entries as given: its file's path and passphrase (both borrowed from the config). */
typedef struct entry {
    const char *name;       /* "cert" or "key" */
    zend_string *path;
    zend_string *passphrase; /* NULL when the entry is a plain path */
} entry;

#define MSG_FORMS "a file path or [path, passphrase]"
#define MSG_NOT_TEXT "Config 'merchant' '%s' must be the path of its file, not the file's text"

/* Reads config['merchant'][name] as a path or [path, passphrase] into e. Returns FAILURE with the exception. */
static zend_result read_entry(HashTable *merchant, const char *name, entry *e)
{
    zval *given = zend_hash_str_find_deref(merchant, name, strlen(name)), *path, *passphrase;

    e->name = name;
    e->path = NULL;
    e->passphrase = NULL;
    if (given == NULL || Z_TYPE_P(given) == IS_NULL) {
        php_wechatpay_throw_invalid("Config 'merchant' needs 'cert' and 'key': the merchant certificate (apiclient_cert.pem) and its private key (apiclient_key.pem), each " MSG_FORMS ", '%s' is missing", name);
        return FAILURE;
    }
    if (Z_TYPE_P(given) == IS_STRING) {
        e->path = Z_STR_P(given);
        return SUCCESS;
    }
    if (Z_TYPE_P(given) != IS_ARRAY) {
        php_wechatpay_throw_invalid("Config 'merchant' '%s' must be " MSG_FORMS ", %s given", name, zend_zval_type_name(given));
        return FAILURE;
    }
    path = zend_hash_index_find_deref(Z_ARRVAL_P(given), 0);
    passphrase = zend_hash_index_find_deref(Z_ARRVAL_P(given), 1);
    if (zend_hash_num_elements(Z_ARRVAL_P(given)) != 2 || path == NULL || passphrase == NULL
        || Z_TYPE_P(path) != IS_STRING || Z_TYPE_P(passphrase) != IS_STRING) {
        php_wechatpay_throw_invalid("Config 'merchant' '%s' must be " MSG_FORMS ": an array of two strings, the path and the passphrase", name);
        return FAILURE;
    }
    if (ZSTR_LEN(Z_STR_P(passphrase)) != strlen(Z_STRVAL_P(passphrase))) {
        php_wechatpay_throw_invalid("Config 'merchant' '%s' has a passphrase holding a NUL byte, which TLS libraries cannot take", name);
        return FAILURE;
    }
    e->path = Z_STR_P(path);
    e->passphrase = Z_STR_P(passphrase);
    return SUCCESS;
}

/* Whether the string is the PEM text of a key or certificate rather than a path (a frequent mix-up:
 * file_get_contents() of the file), or, with base64_too, the Base64 of one on one line (DER starts with a
 * SEQUENCE: `MI`). Such a string is never shown in a message: it may be a private key. */
static bool is_key_text(const zend_string *s, bool base64_too)
{
    const char *p = ZSTR_VAL(s);
    size_t i, len = ZSTR_LEN(s);

    if (memchr(p, '\n', len) != NULL || memchr(p, '\r', len) != NULL || zend_memnstr(p, "-----BEGIN", 10, p + len) != NULL) {
        return true;
    }
    if (!base64_too || len < 64 || strncmp(p, "MI", 2) != 0) {
        return false;
    }
    for (i = 0; i < len; i++) {
        if (!isalnum((unsigned char) p[i]) && p[i] != '+' && p[i] != '/' && p[i] != '=') {
            return false;
        }
    }
    return true;
}

/* Refuses, naming no more than its scheme, a string that is no file path: key text (PEM, or Base64 naming no
 * file), a NUL byte, an empty string, or a stream wrapper other than file:// (php://, phar://, data:, http:// ... which PHP's streams
 * would open too; Guzzle's options take a file). Returns FAILURE with the exception. */
static zend_result refuse_non_path(const entry *e)
{
    const char *p = ZSTR_VAL(e->path), *colon;
    php_stream_statbuf ssb;
    size_t scheme_len;

    if (is_key_text(e->path, false)) {
        php_wechatpay_throw_invalid(MSG_NOT_TEXT, e->name);
        return FAILURE;
    }
    if (ZSTR_LEN(e->path) == 0 || ZSTR_LEN(e->path) != strlen(p)) {
        php_wechatpay_throw_invalid("Config 'merchant' '%s' must be a file path, %s given", e->name,
                                    ZSTR_LEN(e->path) == 0 ? "''" : "a string holding a NUL byte");
        return FAILURE;
    }
    colon = strchr(p, ':');
    scheme_len = colon != NULL ? (size_t) (colon - p) : 0;
    if ((strncasecmp(p, "data:", 5) == 0 || (colon != NULL && strncmp(colon, "://", 3) == 0))
        && strncasecmp(p, "file://", 7) != 0) {
        php_wechatpay_throw_invalid("Config 'merchant' '%s' must name its file by a path or a file:// URL, a %.*s%s URL given",
                                    e->name, (int) (scheme_len < 16 ? scheme_len : 16), p,
                                    strncmp(colon, "://", 3) == 0 ? "://" : ":");
        return FAILURE;
    }
    /* only a string that names no file is taken for Base64 (a real path is never refused for its looks), and
     * before it is opened: open_basedir's warning would show it */
    if (is_key_text(e->path, true)
        && php_stream_stat_path_ex(p, PHP_STREAM_URL_STAT_QUIET, &ssb, NULL) != 0) {
        php_wechatpay_throw_invalid(MSG_NOT_TEXT, e->name);
        return FAILURE;
    }
    return SUCCESS;
}

/* Reads the file of e into *contents. Returns FAILURE with the entry's exception. */
static zend_result read_file(const entry *e, zend_string **contents)
{
    php_wechatpay_key_file status;

    if (refuse_non_path(e) == FAILURE) {
        return FAILURE;
    }
    status = php_wechatpay_key_file_read(ZSTR_VAL(e->path), contents);
    if (status != PHP_WECHATPAY_KEY_FILE_READ) {
        php_wechatpay_throw_invalid("Config 'merchant' '%s' (%s) %s", e->name, ZSTR_VAL(e->path),
                                    php_wechatpay_key_file_problem(status));
        return FAILURE;
    }
    return SUCCESS;
}

/* Checks the pair as libcurl will read it. Returns FAILURE with the exception naming the entry at fault. */
static zend_result check_pair(const php_wechatpay_merchant_tls *tls, const entry *cert, const entry *key)
{
    wxp_err err;

    wxp_err_clear(&err);
    switch (wxp_client_tls_check(ZSTR_VAL(tls->cert_pem), ZSTR_LEN(tls->cert_pem), ZSTR_VAL(tls->key_pem),
                                 ZSTR_LEN(tls->key_pem), tls->key_passphrase ? ZSTR_VAL(tls->key_passphrase) : NULL,
                                 &err)) {
        case WXP_CLIENT_TLS_OK:
            return SUCCESS;
        case WXP_CLIENT_TLS_CERT:
            php_wechatpay_throw_invalid("Config 'merchant' 'cert' (%s) %s", ZSTR_VAL(cert->path), err.message);
            break;
        case WXP_CLIENT_TLS_KEY:
            php_wechatpay_throw_invalid("Config 'merchant' 'key' (%s) %s", ZSTR_VAL(key->path), err.message);
            break;
        case WXP_CLIENT_TLS_PAIR:
            php_wechatpay_throw_invalid("Config 'merchant' 'key' (%s) is not the private key of 'cert' (%s): their public keys differ",
                                        ZSTR_VAL(key->path), ZSTR_VAL(cert->path));
            break;
    }
    return FAILURE;
}

zend_result php_wechatpay_merchant_tls_read(HashTable *config, php_wechatpay_merchant_tls **out)
{
    zval *merchant = zend_hash_str_find_deref(config, ZEND_STRL("merchant"));
    php_wechatpay_merchant_tls *tls;
    zend_string *passphrase;
    entry cert, key;

    *out = NULL;
    if (merchant == NULL || Z_TYPE_P(merchant) == IS_NULL
        || (Z_TYPE_P(merchant) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(merchant)) == 0)) {
        return SUCCESS; /* none, or the package's own default (`$config['merchant'] ?? []`) */
    }
    if (Z_TYPE_P(merchant) != IS_ARRAY) {
        php_wechatpay_throw_invalid("Config 'merchant' must be an array ['cert' => path, 'key' => path] (each path may be [path, passphrase]), %s given",
                                    zend_zval_type_name(merchant));
        return FAILURE;
    }
    if (read_entry(Z_ARRVAL_P(merchant), "cert", &cert) == FAILURE
        || read_entry(Z_ARRVAL_P(merchant), "key", &key) == FAILURE) {
        return FAILURE;
    }
    tls = ecalloc(1, sizeof(*tls));
    /* our own copy of the passphrase, wiped with the rest (the config's string is the app's) */
    passphrase = key.passphrase != NULL ? key.passphrase : cert.passphrase;
    if (passphrase != NULL) {
        tls->key_passphrase = zend_string_init(ZSTR_VAL(passphrase), ZSTR_LEN(passphrase), 0);
    }
    if (read_file(&cert, &tls->cert_pem) == FAILURE || read_file(&key, &tls->key_pem) == FAILURE
        || check_pair(tls, &cert, &key) == FAILURE) {
        php_wechatpay_merchant_tls_free(tls);
        return FAILURE;
    }
    *out = tls;
    return SUCCESS;
}

void php_wechatpay_merchant_tls_free(php_wechatpay_merchant_tls *tls)
{
    if (tls == NULL) {
        return;
    }
    if (tls->cert_pem != NULL) {
        zend_string_release(tls->cert_pem);
    }
    if (tls->key_pem != NULL) {
        php_wechatpay_release_secret(tls->key_pem);
    }
    if (tls->key_passphrase != NULL) {
        php_wechatpay_release_secret(tls->key_passphrase);
    }
    efree(tls);
}
