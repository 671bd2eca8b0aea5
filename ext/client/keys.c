/* The factory's keys. Every value is turned into key material by support/keys_from_php.h, the same way as for
 * Crypto\Rsa: a file:// path is resolved as PHP's openssl functions resolve it (wechatpay-php hands these
 * keys to openssl_sign() and openssl_verify()) and read through PHP's streams within the key file limit, on
 * every factory (open_basedir and file permissions are checked each time); an RSA key object gives its own key
 * (support/openssl_objects.h; rebuilt from its numbers when the layout check failed), so Crypto\Rsa::from()'s
 * objects bring the process key cache's key and its prepared contexts. What is PEM text (strings, files, certificates, keys of other types) goes through the
 * process's key cache (keycache.h), keyed by content, so a file rewritten on disk is parsed again whatever its
 * mtime; the factory's own policy is that only RSA keys are accepted, each refusal naming its config entry. */
#include "client/keys.h"
#include "support/keys_from_php.h"
#include "http/exceptions.h"
#include "module/keycache.h"
#include "wxp_sign.h"

/* The message of a value that is no key form the factory takes. */
#define MSG_KEY_FORMS "Config '%s' must be PEM text, a file:// path, an OpenSSLAsymmetricKey or an OpenSSLCertificate, %s given"

/* When pem holds the certificate of key, sets *not_after to its notAfter (left as it is otherwise): what
 * Sensitive::encrypt() chooses a platform certificate by (wxp_keyring_encryption_id). The certificate is read
 * through the process's key cache, so a warm worker decodes nothing. */
static void certificate_not_after(zend_string *pem, EVP_PKEY *key, time_t *not_after)
{
    X509 *cert;
    wxp_err err;

    if (zend_memnstr(ZSTR_VAL(pem), "CERTIFICATE-----", sizeof("CERTIFICATE-----") - 1, ZSTR_VAL(pem) + ZSTR_LEN(pem)) == NULL) {
        return;
    }
    wxp_err_clear(&err);
    cert = php_wechatpay_keycache_certificate_as_php(ZSTR_VAL(pem), ZSTR_LEN(pem), &err);
    if (cert != NULL && EVP_PKEY_eq(X509_get0_pubkey(cert), key) == 1) {
        wxp_cert_not_after(cert, not_after);
    }
    X509_free(cert);
}

/* The key PEM text holds, through the process's key cache, or NULL with the entry's exception; with
 * not_after, the expiry of the certificate it came from, when it came from one. */
static EVP_PKEY *key_from_pem(zend_string *pem, wxp_key_kind kind, const char *entry, time_t *not_after)
{
    EVP_PKEY *key;
    wxp_err err;

    wxp_err_clear(&err);
    key = php_wechatpay_keycache_key_from_pem(ZSTR_VAL(pem), ZSTR_LEN(pem), kind, &err);
    if (key == NULL) {
        php_wechatpay_throw_invalid("Config '%s' is not a usable RSA %s key: %s", entry,
                                    kind == WXP_KEY_PRIVATE ? "private" : "public (or certificate)", err.message);
    } else if (not_after != NULL) {
        certificate_not_after(pem, key, not_after);
    }
    return key;
}

/* The key of an OpenSSL object (the public key of a private key object when a public key is wanted), or NULL
 * with an exception. */
static EVP_PKEY *key_from_object(zval *thing, wxp_key_kind kind, const char *entry, time_t *not_after)
{
    php_wechatpay_object_key held;
    EVP_PKEY *key = NULL;

    switch (php_wechatpay_openssl_object_of(thing)) {
        case PHP_WECHATPAY_OPENSSL_KEY:
            break;
        case PHP_WECHATPAY_OPENSSL_CERTIFICATE:
            if (kind == WXP_KEY_PRIVATE) {
                php_wechatpay_throw_invalid("Config '%s' must be a private key, a certificate (OpenSSLCertificate) was given", entry);
                return NULL;
            }
            break;
        case PHP_WECHATPAY_OPENSSL_NONE:
            php_wechatpay_throw_invalid(MSG_KEY_FORMS, entry, ZSTR_VAL(Z_OBJCE_P(thing)->name));
            return NULL;
    }
    if (!php_wechatpay_object_key_read(Z_OBJ_P(thing), kind == WXP_KEY_PUBLIC, &held)
        || (kind == WXP_KEY_PRIVATE && !held.is_private)) {
        if (!EG(exception)) {
            php_wechatpay_throw_invalid("Config '%s' holds an OpenSSL key object that cannot be exported as a %s key",
                                        entry, kind == WXP_KEY_PRIVATE ? "private" : "public");
        }
    } else if (held.pkey != NULL) {
        key = held.pkey; /* RSA by construction */
        held.pkey = NULL;
    } else {
        key = key_from_pem(held.pem, kind, entry, not_after);
    }
    php_wechatpay_object_key_release(&held);
    return key;
}

/* The key of PEM text or of the file a file:// string names, or NULL with the entry's exception. */
static EVP_PKEY *key_from_string(zend_string *thing, wxp_key_kind kind, const char *entry, time_t *not_after)
{
    php_wechatpay_key_file file;
    zend_string *pem;
    EVP_PKEY *key;

    if (ZSTR_LEN(thing) == 0) {
        php_wechatpay_throw_invalid("Config '%s' must not be empty", entry);
        return NULL;
    }
    /* nothing hands the path to PHP afterwards: its open_basedir warning is raised here */
    switch (php_wechatpay_key_string_read(thing, true, &pem, &file)) {
        case PHP_WECHATPAY_KEY_STRING_TEXT:
            break;
        case PHP_WECHATPAY_KEY_STRING_FILE:
            if (ZSTR_LEN(pem) == 0) {
                zend_string_release(pem);
                php_wechatpay_throw_invalid("Config '%s' names an empty key file: %s", entry, ZSTR_VAL(thing));
                return NULL;
            }
            break;
        case PHP_WECHATPAY_KEY_STRING_REFUSED:
        case PHP_WECHATPAY_KEY_STRING_PHP:
            php_wechatpay_throw_invalid("Config '%s' names a key file that %s: %s", entry,
                                        php_wechatpay_key_file_problem(file), ZSTR_VAL(thing));
            return NULL;
    }
    key = key_from_pem(pem, kind, entry, not_after);
    php_wechatpay_release_secret(pem);
    return key;
}

/* php_wechatpay_key_from_zval(), with not_after as key_from_pem() takes it. */
static EVP_PKEY *key_from_zval(zval *thing, wxp_key_kind kind, const char *entry, time_t *not_after)
{
    ZVAL_DEREF(thing);
    if (Z_TYPE_P(thing) == IS_OBJECT) {
        return key_from_object(thing, kind, entry, not_after);
    }
    if (Z_TYPE_P(thing) == IS_STRING) {
        return key_from_string(Z_STR_P(thing), kind, entry, not_after);
    }
    php_wechatpay_throw_invalid(MSG_KEY_FORMS, entry, zend_zval_type_name(thing));
    return NULL;
}

EVP_PKEY *php_wechatpay_key_from_zval(zval *thing, wxp_key_kind kind, const char *entry)
{
    return key_from_zval(thing, kind, entry, NULL);
}

/* Whether Sensitive::encrypt() would choose among certificates by their expiry (wxp_keyring_encryption_id):
 * only with two entries or more and no PUB_KEY_ID_ one, so the common configs read no notAfter at all. */
static bool expiry_matters(HashTable *certs)
{
    zend_string *id;
    zval *value;
    uint32_t keys = 0;

    ZEND_HASH_FOREACH_STR_KEY_VAL(certs, id, value) {
        if (id != NULL && zend_string_starts_with_literal(id, "PUB_KEY_ID_")) {
            return false;
        }
        keys += Z_TYPE_P(value) != IS_NULL && !(Z_TYPE_P(value) == IS_REFERENCE && Z_TYPE_P(Z_REFVAL_P(value)) == IS_NULL);
    } ZEND_HASH_FOREACH_END();
    return keys > 1;
}

wxp_keyring *php_wechatpay_certs_keyring(HashTable *certs)
{
    bool expiry = expiry_matters(certs);
    wxp_keyring *ring = wxp_keyring_new();
    zval *value;
    zend_string *id;
    zend_ulong index;

    if (ring == NULL) {
        zend_throw_error(NULL, "Out of memory while reading config 'certs'");
        return NULL;
    }
    ZEND_HASH_FOREACH_KEY_VAL(certs, index, id, value) {
        zend_string *key_id = id ? zend_string_copy(id) : zend_ulong_to_str(index);
        char *entry;
        EVP_PKEY *key;
        time_t not_after = 0;
        int added;

        if (!wxp_authorization_param_is_safe(ZSTR_VAL(key_id), ZSTR_LEN(key_id))) {
            php_wechatpay_throw_invalid("Config 'certs' keys must be serials or PUB_KEY_ID_... ids: non-empty printable ASCII without spaces, quotes, backslashes or commas");
            zend_string_release(key_id);
            wxp_keyring_free(ring);
            return NULL;
        }
        /* null is "no certificate yet" (the package's download tool starts from ['any' => null]): nothing
         * verifies under that id */
        if (Z_TYPE_P(value) == IS_NULL || (Z_TYPE_P(value) == IS_REFERENCE && Z_TYPE_P(Z_REFVAL_P(value)) == IS_NULL)) {
            zend_string_release(key_id);
            continue;
        }
        spprintf(&entry, 0, "certs[%s]", ZSTR_VAL(key_id));
        key = key_from_zval(value, WXP_KEY_PUBLIC, entry, expiry ? &not_after : NULL);
        efree(entry);
        if (key == NULL) {
            zend_string_release(key_id);
            wxp_keyring_free(ring);
            return NULL;
        }
        added = wxp_keyring_add(ring, ZSTR_VAL(key_id), ZSTR_LEN(key_id), key);
        if (added == 0) {
            /* Shared with every client of this certificate in the process: set up once, not per request. */
            wxp_keyring_adopt_prepared(ring, ZSTR_VAL(key_id), ZSTR_LEN(key_id), php_wechatpay_keycache_prepared(key));
            wxp_keyring_set_not_after(ring, ZSTR_VAL(key_id), ZSTR_LEN(key_id), not_after);
        }
        EVP_PKEY_free(key);
        zend_string_release(key_id);
        if (added != 0) {
            zend_throw_error(NULL, "Out of memory while reading config 'certs'");
            wxp_keyring_free(ring);
            return NULL;
        }
    } ZEND_HASH_FOREACH_END();
    return ring;
}
