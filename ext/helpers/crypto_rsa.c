/* WeChatPay\Crypto\Rsa: wechatpay-php 1.4.12's RSA helpers in C, same behaviour, exceptions and messages.
 *
 * Loading (from*, pkcs1ToSpki) rewrites the input as the package's private parse() does (pseudo-schemes to
 * PEM, PKCS#1 public PEM to SPKI: plain string work, src/wxp_pem.c, calling no PHP function). A string is then
 * looked up in the process key cache by the content PHP would read (a file:// key's file read through PHP's
 * streams each call) and handed out as PHP's own OpenSSLAsymmetricKey around the cached key
 * (support/openssl_objects.h), so a warm worker parses nothing; everything else, and whatever that path is
 * not sure to answer as PHP would, lets PHP's own openssl_pkey_get_public()/_private() make the object, so
 * openssl_* functions keep working on it and every input PHP accepts is accepted.
 *
 * sign/verify/encrypt/decrypt take their key argument as PHP's openssl_sign() & co. take theirs (object,
 * certificate, PEM text, file:// path, [pem, passphrase], Stringable), turn it into an EVP_PKEY once per
 * call and run the C core (src/wxp_rsa.c). Strings are read by the same OpenSSL calls PHP makes for them.
 *
 * Key objects are the hot path, and Debian ships no ext/openssl headers: support/keys_from_php.h takes an RSA
 * key object's EVP_PKEY directly when support/openssl_objects.h's layout check passed, else rebuilds it from
 * openssl_pkey_get_details()'s integers (RSA; other key types through a PEM export), or from
 * openssl_x509_export() for a certificate, as for the factory's keys, which costs about 0.1 ms, a PEM re-parse
 * about 1 ms, both more than a verification. So the key read is cached per object for the request (the
 * factory keeps its keys in the client instead), with its signing and verifying contexts prepared once
 * (wxp_rsa_prepare, or the process key cache's for a key it handed out), in a table weakly keyed by the object:
 * zend_weakrefs_hash_add() deletes the entry, freeing its key, when the object is destroyed, so a reused
 * object handle or address never finds a stale key; RSHUTDOWN unregisters and drops whatever is left. */
#include "php.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_weakrefs.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/base64.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "module/keycache.h"
#include "support/keys_from_php.h"
#include "support/openssl_objects.h"
#include "support/php_call.h"
#include "helpers/crypto_rsa.h"
#include "helpers/crypto_rsa_arginfo.h"
#include "wxp_pem.h"
#include "wxp_rsa.h"

#include <openssl/rsa.h>

zend_class_entry *wechatpay_ce_Crypto_Rsa;

/* wechatpay-php's messages, verbatim (its `$name`s are literal text, and so is `\$thing`). */
#define MSG_SIGN "Signing the input $message failed, please checking your $privateKey whether or nor correct."
#define MSG_VERIFY "Verified the input $message failed, please checking your $publicKey whether or nor correct."
#define MSG_ENCRYPT "Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct."
#define MSG_DECRYPT "Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct."
#define MSG_PADDING "Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(" ZEND_LONG_FMT ")."
#define MSG_FROM "Cannot load %s from(%s), please take care about the \\$thing input."

/* Signatures and ciphertexts up to RSA-8192 fit on the stack. */
#define RSA_STACK_OUT 1024

/* Throws \UnexpectedValueException(message) unless something (PHP's openssl functions, __toString) already
 * threw: wechatpay-php never reaches its own throw then either. */
static void rsa_fail(const char *message)
{
    if (!EG(exception)) {
        zend_throw_exception(spl_ce_UnexpectedValueException, message, 0);
    }
}

/* Calls PHP's function name(args) into retval, as the package's code would call it. Returns false, retval UNDEF,
 * when the function is missing (disabled: PHP's own Error message) or threw. */
static bool rsa_call(const char *name, zval *retval, uint32_t argc, zval *argv)
{
    return php_wechatpay_call_function(name, retval, argc, argv, "Call to undefined function %s()", name) == SUCCESS;
}

/* A parsed key of an OpenSSL object, and whether the object is a private key (PHP lets a private key object
 * serve only as a private key, and a public key or certificate only as a public key). In the cache the key
 * is also prepared (wxp_rsa_prepare: contexts set up once for every later signature or verification). */
typedef struct rsa_key_entry {
    EVP_PKEY *pkey;
    wxp_rsa_prepared *prepared;
    bool is_private;
} rsa_key_entry;

static void rsa_key_entry_dtor(zval *zv)
{
    rsa_key_entry *entry = Z_PTR_P(zv);

    wxp_rsa_prepared_free(entry->prepared);
    EVP_PKEY_free(entry->pkey);
    efree(entry);
}

/* Reads the key an OpenSSLAsymmetricKey or OpenSSLCertificate holds into entry (a new EVP_PKEY the entry
 * owns), as support/keys_from_php.h reads it: an RSA key from its numbers, PEM read as PHP's openssl
 * functions read it. Returns false when there is no key to read (with an exception only when PHP threw one). */
static bool rsa_entry_from_object(zend_object *object, rsa_key_entry *entry)
{
    php_wechatpay_object_key held;
    wxp_pkey_source src;
    wxp_err err;

    entry->pkey = NULL;
    entry->prepared = NULL;
    entry->is_private = false;
    if (!php_wechatpay_object_key_read(object, false, &held)) {
        return false;
    }
    entry->is_private = held.is_private;
    if (held.pkey != NULL) {
        entry->pkey = held.pkey;
        held.pkey = NULL;
    } else {
        src.data = ZSTR_VAL(held.pem);
        src.len = ZSTR_LEN(held.pem);
        src.is_file = 0;
        wxp_err_clear(&err);
        entry->pkey = entry->is_private ? wxp_pkey_read_private(&src, NULL, 0, &err) : wxp_pkey_read_public(&src, &err);
    }
    php_wechatpay_object_key_release(&held);
    return entry->pkey != NULL;
}

/* The request's key cache, made on first use; NULL once RSHUTDOWN closed it. */
static HashTable *rsa_keys(void)
{
    if (WECHATPAY_G(rsa_keys_closed)) {
        return NULL;
    }
    if (WECHATPAY_G(rsa_keys) == NULL) {
        ALLOC_HASHTABLE(WECHATPAY_G(rsa_keys));
        zend_hash_init(WECHATPAY_G(rsa_keys), 8, NULL, rsa_key_entry_dtor, 0);
    }
    return WECHATPAY_G(rsa_keys);
}

/* The parsed key of an OpenSSL object: the cached one, else read now and cached for the life of the object.
 * When it cannot be cached (cache closed) it is returned in scratch, whose pkey the caller then owns. */
static rsa_key_entry *rsa_entry_of(zend_object *object, rsa_key_entry *scratch)
{
    HashTable *keys = rsa_keys();
    rsa_key_entry *entry;

    if (keys != NULL && (entry = zend_hash_index_find_ptr(keys, zend_object_to_weakref_key(object))) != NULL) {
        return entry;
    }
    if (!rsa_entry_from_object(object, scratch)) {
        return NULL;
    }
    if (keys == NULL) {
        return scratch;
    }
    entry = emalloc(sizeof(*entry));
    *entry = *scratch;
    /* a key the process key cache handed out (Rsa::from's objects, read directly) shares the contexts the cache
     * keeps for it, set up once per process; any other key gets its own. NULL (out of memory) only costs speed */
    entry->prepared = php_wechatpay_keycache_prepared(entry->pkey);
    if (zend_weakrefs_hash_add_ptr(keys, object, entry) == NULL) {
        /* A user error handler run by PHP's openssl functions above cached this object meanwhile. */
        wxp_rsa_prepared_free(entry->prepared);
        EVP_PKEY_free(entry->pkey);
        efree(entry);
        entry = zend_hash_index_find_ptr(keys, zend_object_to_weakref_key(object));
    }
    return entry;
}

/* A key argument turned into an EVP_PKEY for one call: pkey (and prepared, when there is one) is borrowed
 * from the cache, or owned (then pkey == owned, freed by rsa_key_release). */
typedef struct rsa_key {
    EVP_PKEY *pkey;
    wxp_rsa_prepared *prepared;
    EVP_PKEY *owned;
    wxp_rsa_prepared *owned_prepared;
} rsa_key;

static void rsa_key_release(rsa_key *key)
{
    EVP_PKEY_free(key->owned);
    wxp_rsa_prepared_free(key->owned_prepared);
    key->owned = key->pkey = NULL;
    key->prepared = key->owned_prepared = NULL;
}

static bool rsa_key_from_object(zval *object, bool want_private, rsa_key *key)
{
    rsa_key_entry scratch, *entry;

    if (want_private && php_wechatpay_openssl_object_of(object) == PHP_WECHATPAY_OPENSSL_CERTIFICATE) {
        return false; /* a certificate holds no private key */
    }
    entry = rsa_entry_of(Z_OBJ_P(object), &scratch);
    if (entry == NULL) {
        return false;
    }
    if (entry == &scratch) {
        key->owned = scratch.pkey;
    }
    if (entry->is_private != want_private) {
        rsa_key_release(key);
        return false;
    }
    key->pkey = entry->pkey;
    key->prepared = entry->prepared;
    return true;
}

/* Lets PHP itself coerce the argument (openssl_pkey_get_private/_public: same rules as openssl_sign & co.,
 * passphrase arrays, its own warnings and errors for bad paths), then reads the temporary object it made.
 * A key file the argument names is read here first, within the key file limit (support/key_file.h). */
static bool rsa_key_via_php(zval *arg, bool want_private, rsa_key *key)
{
    zval retval, prepared;
    rsa_key_entry entry;
    php_wechatpay_key_file status;
    bool called;

    if (php_wechatpay_openssl_arg_read_file(arg, &prepared, &status) == FAILURE) {
        return false;
    }
    called = want_private ? rsa_call("openssl_pkey_get_private", &retval, 1, &prepared)
                          : rsa_call("openssl_pkey_get_public", &retval, 1, &prepared);
    php_wechatpay_openssl_arg_release(&prepared);
    if (called) {
        if (php_wechatpay_openssl_object_of(&retval) == PHP_WECHATPAY_OPENSSL_KEY
            && rsa_entry_from_object(Z_OBJ(retval), &entry)) {
            if (entry.is_private == want_private) {
                key->pkey = key->owned = entry.pkey;
            } else {
                EVP_PKEY_free(entry.pkey);
            }
        }
    }
    zval_ptr_dtor(&retval);
    return key->pkey != NULL;
}

/* A key string as PHP's openssl functions read one (support/keys_from_php.h): PEM text, or the file
 * `file://` + path names, read within the key file limit (a file refused there or that cannot be opened is no
 * key, as OpenSSL finds none in it either), parsed once per process through the key cache (module/keycache.h),
 * with the cache entry's prepared contexts. Paths PHP would refuse (NUL bytes, not expandable, outside
 * open_basedir) go through PHP so that its own diagnostics are the ones raised. */
static bool rsa_key_from_string(zend_string *text, bool want_private, rsa_key *key)
{
    php_wechatpay_key_file file;
    zend_string *contents;
    wxp_err err;

    switch (php_wechatpay_key_string_read(text, false, &contents, &file)) {
        case PHP_WECHATPAY_KEY_STRING_PHP: {
            zval arg;

            ZVAL_STR(&arg, text);
            return rsa_key_via_php(&arg, want_private, key);
        }
        case PHP_WECHATPAY_KEY_STRING_REFUSED:
            return false;
        case PHP_WECHATPAY_KEY_STRING_TEXT:
        case PHP_WECHATPAY_KEY_STRING_FILE:
            break;
    }
    wxp_err_clear(&err);
    key->pkey = key->owned = php_wechatpay_keycache_pkey_as_php(ZSTR_VAL(contents), ZSTR_LEN(contents), want_private,
                                                                NULL, 0, &err);
    php_wechatpay_release_secret(contents);
    if (key->pkey != NULL) {
        key->prepared = key->owned_prepared = php_wechatpay_keycache_prepared(key->pkey); /* NULL: unprepared */
    }
    return key->pkey != NULL;
}

/* Turns a key argument into an EVP_PKEY the way PHP's openssl_sign()/openssl_verify()/
 * openssl_public_encrypt()/openssl_private_decrypt() take theirs. Returns false when it is not a usable key
 * of the wanted kind (with an exception pending only if PHP threw one: a malformed [key, passphrase]
 * array, an object without __toString). */
static bool rsa_key_acquire(zval *arg, bool want_private, rsa_key *key)
{
    key->pkey = key->owned = NULL;
    key->prepared = key->owned_prepared = NULL;
    ZVAL_DEREF(arg);
    switch (Z_TYPE_P(arg)) {
        case IS_OBJECT:
            if (php_wechatpay_openssl_object_of(arg) != PHP_WECHATPAY_OPENSSL_NONE) {
                rsa_key_from_object(arg, want_private, key);
            } else {
                zend_string *text = zval_try_get_string(arg);

                if (text != NULL) {
                    rsa_key_from_string(text, want_private, key);
                    zend_string_release(text);
                }
            }
            break;
        case IS_STRING:
            rsa_key_from_string(Z_STR_P(arg), want_private, key);
            break;
        case IS_ARRAY:
            rsa_key_via_php(arg, want_private, key);
            break;
        default:
            break; /* PHP turns no other type into a key */
    }
    if (EG(exception)) {
        rsa_key_release(key);
        return false;
    }
    return key->pkey != NULL;
}

/* base64_decode($text) (the lenient decoder: characters outside the alphabet are skipped). */
static zend_string *rsa_base64_decode(const char *text, size_t len)
{
    zend_string *raw = php_base64_decode_ex((const unsigned char *) text, len, 0);

    return raw != NULL ? raw : ZSTR_EMPTY_ALLOC();
}

/* Rsa::pkcs1ToSpki(): Base64 in, Base64 out, the DER wrapped without being checked (src/wxp_pem). Returns NULL
 * with an Error thrown when memory ran out. */
static zend_string *rsa_pkcs1_to_spki(zend_string *b64)
{
    zend_string *spki = NULL;
    wxp_buf out;

    wxp_buf_init(&out);
    if (wxp_pem_pkcs1_to_spki_base64(ZSTR_VAL(b64), ZSTR_LEN(b64), &out) == 0) {
        spki = zend_string_init(wxp_buf_cstr(&out), out.len, 0);
    } else {
        zend_throw_error(NULL, "Out of memory converting a PKCS#1 public key");
    }
    wxp_buf_free(&out);
    return spki;
}

/* The package's parse(): what to hand to openssl_pkey_get_public()/_private() for $thing. Only strings
 * change (src/wxp_pem): a PKCS#1 public PEM (when loading a public key) becomes SPKI, a pseudo-scheme becomes
 * PEM. An Error is thrown when memory ran out. */
static void rsa_parse(zval *thing, bool is_public, zval *out)
{
    wxp_buf text;
    int rewritten;

    if (Z_TYPE_P(thing) != IS_STRING) {
        ZVAL_COPY(out, thing);
        return;
    }
    wxp_buf_init(&text);
    rewritten = wxp_pem_parse_key_text(Z_STRVAL_P(thing), Z_STRLEN_P(thing), is_public, &text);
    if (rewritten == 1) {
        ZVAL_STRINGL(out, wxp_buf_cstr(&text), text.len);
    } else {
        ZVAL_COPY(out, thing);
        if (rewritten < 0) {
            zend_throw_error(NULL, "Out of memory reading a key");
        }
    }
    wxp_buf_wipe(&text);
}

/* The key text (and passphrase) of what parse($thing) gave, when the process key cache can serve it as PHP
 * would: a string, or a [$key, $passphrase] array whose entries 0 and 1 (the only ones PHP reads) are both
 * strings (pass then names the passphrase, else NULL). Anything else (a reference, a number to convert, an
 * object, a malformed array) stays with PHP, which converts, warns or throws as it does. */
static bool rsa_cacheable_input(zval *parsed, zend_string **text, zend_string **pass)
{
    zval *key, *phrase;

    *pass = NULL;
    if (Z_TYPE_P(parsed) == IS_STRING) {
        *text = Z_STR_P(parsed);
        return true;
    }
    if (Z_TYPE_P(parsed) != IS_ARRAY || (key = zend_hash_index_find(Z_ARRVAL_P(parsed), 0)) == NULL
        || (phrase = zend_hash_index_find(Z_ARRVAL_P(parsed), 1)) == NULL || Z_TYPE_P(key) != IS_STRING
        || Z_TYPE_P(phrase) != IS_STRING) {
        return false;
    }
    *text = Z_STR_P(key);
    *pass = Z_STR_P(phrase);
    return true;
}

/* Rsa::from() for a string or a [$key, $passphrase] array through the process key cache (module/keycache.h): what parse($thing) gives is read
 * as openssl_pkey_get_*() would read that string (a `file://` path's file through PHP's streams within the key
 * file limit, on every call; else the PEM text itself), keyed by those bytes, parsed by the same OpenSSL calls
 * PHP makes (wxp_pkey_read_private/_public) only when the process has not parsed them before, and handed out
 * as PHP's own OpenSSLAsymmetricKey around the cached EVP_PKEY (support/openssl_objects.h). Returns false,
 * return_value untouched, whenever this is not the same answer PHP would give for sure: the guard is off, a
 * path PHP refuses or reports itself (open_basedir, NUL bytes, unreadable), a file refused by the limit, a
 * file whose text is itself `file://...` (PHP would follow it), or text that does not parse here: the caller
 * then asks PHP, which says what it says today. */
static bool rsa_from_cached(zval *parsed, bool is_public, zval *return_value)
{
    php_wechatpay_key_file file;
    php_wechatpay_key_string read;
    zend_string *text, *pass, *contents;
    EVP_PKEY *pkey;
    wxp_err err;
    bool made;

    if (!rsa_cacheable_input(parsed, &text, &pass) || !php_wechatpay_openssl_objects_usable()) {
        return false;
    }
    read = php_wechatpay_key_string_read(text, false, &contents, &file);
    if (read != PHP_WECHATPAY_KEY_STRING_TEXT && read != PHP_WECHATPAY_KEY_STRING_FILE) {
        return false;
    }
    if (read == PHP_WECHATPAY_KEY_STRING_FILE && zend_string_starts_with_literal(contents, "file://")) {
        php_wechatpay_release_secret(contents);
        return false;
    }
    wxp_err_clear(&err);
    /* openssl_pkey_get_public() reads no passphrase */
    pkey = php_wechatpay_keycache_pkey_as_php(ZSTR_VAL(contents), ZSTR_LEN(contents), !is_public,
                                              pass != NULL && !is_public ? ZSTR_VAL(pass) : NULL,
                                              pass != NULL ? ZSTR_LEN(pass) : 0, &err);
    php_wechatpay_release_secret(contents);
    if (pkey == NULL) {
        return false;
    }
    made = php_wechatpay_openssl_pkey_object(return_value, pkey, !is_public);
    EVP_PKEY_free(pkey);
    return made;
}

/* Drops what rsa_parse() made: a string is wiped (it may be a private key's text), anything else released. */
static void rsa_parsed_release(zval *parsed)
{
    if (Z_TYPE_P(parsed) == IS_STRING) {
        php_wechatpay_release_secret(Z_STR_P(parsed));
    } else {
        zval_ptr_dtor(parsed);
    }
}

/* Rsa::from(): openssl_pkey_get_public(parse($thing)) or openssl_pkey_get_private(parse($thing)), and the
 * package's exception when that returned false; strings through the process key cache when they can be
 * (rsa_from_cached), [$pem, $passphrase] too, keyed by the passphrase and the PEM together (a decrypted key is
 * handed only to a caller giving the passphrase it was decrypted with). Key and certificate objects stay with
 * PHP: openssl_pkey_get_*() parse nothing for them. */
static void rsa_from(zval *thing, bool is_public, zval *return_value)
{
    zval parsed, prepared;
    php_wechatpay_key_file status;
    bool called = false;

    rsa_parse(thing, is_public, &parsed);
    if (EG(exception)) {
        zval_ptr_dtor(&parsed);
        return;
    }
    if (rsa_from_cached(&parsed, is_public, return_value)) {
        rsa_parsed_release(&parsed);
        return;
    }
    /* a file:// key is read here, within the key file limit (support/key_file.h), rather than by OpenSSL;
     * a file refused there gets the package's exception, as a file without a key does */
    ZVAL_NULL(return_value);
    if (php_wechatpay_openssl_arg_read_file(&parsed, &prepared, &status) == SUCCESS) {
        called = is_public ? rsa_call("openssl_pkey_get_public", return_value, 1, &prepared)
                           : rsa_call("openssl_pkey_get_private", return_value, 1, &prepared);
        php_wechatpay_openssl_arg_release(&prepared);
    }
    rsa_parsed_release(&parsed);
    if (called && Z_TYPE_P(return_value) == IS_OBJECT) {
        return;
    }
    zval_ptr_dtor(return_value);
    ZVAL_NULL(return_value);
    if (!EG(exception)) {
        zend_string *type = zend_zval_get_legacy_type(thing);

        zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0, MSG_FROM, is_public ? "publicKey" : "privateKey",
                                type != NULL ? ZSTR_VAL(type) : "unknown type");
        if (type != NULL) {
            zend_string_release(type);
        }
    }
}

/* The sugar loaders: from("<scheme>://" . $thing, $type). */
static void rsa_from_scheme(const char *scheme, zend_string *thing, bool is_public, zval *return_value)
{
    zval prefixed;

    ZVAL_STR(&prefixed, zend_string_concat3(scheme, strlen(scheme), "://", 3, ZSTR_VAL(thing), ZSTR_LEN(thing)));
    rsa_from(&prefixed, is_public, return_value);
    php_wechatpay_release_secret(Z_STR(prefixed));
}

static bool rsa_type_is_public(zend_string *type)
{
    return type != NULL && zend_string_equals_literal(type, "public");
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, pkcs1ToSpki)
{
    zend_string *thing, *spki;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(thing)
    ZEND_PARSE_PARAMETERS_END();

    spki = rsa_pkcs1_to_spki(thing);
    if (spki == NULL) {
        RETURN_THROWS();
    }
    RETURN_STR(spki);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, fromPkcs8)
{
    zend_string *thing;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(thing)
    ZEND_PARSE_PARAMETERS_END();

    rsa_from_scheme("private.pkcs8", thing, false, return_value);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, fromPkcs1)
{
    zend_string *thing, *type = NULL;
    bool is_public;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(thing)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(type)
    ZEND_PARSE_PARAMETERS_END();

    is_public = rsa_type_is_public(type);
    rsa_from_scheme(is_public ? "public.pkcs1" : "private.pkcs1", thing, is_public, return_value);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, fromSpki)
{
    zend_string *thing;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(thing)
    ZEND_PARSE_PARAMETERS_END();

    rsa_from_scheme("public.spki", thing, true, return_value);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, from)
{
    zval *thing;
    zend_string *type = NULL;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(thing)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(type)
    ZEND_PARSE_PARAMETERS_END();

    rsa_from(thing, rsa_type_is_public(type), return_value);
}

/* The package accepts only OAEP for encrypt() and decrypt(), checked before anything else. */
static bool rsa_padding_ok(zend_long padding)
{
    if (padding == RSA_PKCS1_OAEP_PADDING) {
        return true;
    }
    zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0, MSG_PADDING, padding);
    return false;
}

/* Encrypts plaintext with pkey (OAEP) into return_value, Base64-encoded. Returns false, nothing thrown, when
 * the crypto failed. */
static bool rsa_oaep_encrypt(EVP_PKEY *pkey, zend_string *plaintext, zval *return_value)
{
    unsigned char stack_out[RSA_STACK_OUT], *out = stack_out;
    size_t room = wxp_pkey_out_size(pkey), out_len = 0;
    wxp_err err;
    bool ok;

    if (room > sizeof(stack_out)) {
        out = emalloc(room);
    }
    wxp_err_clear(&err);
    ok = wxp_rsa_oaep_encrypt(pkey, ZSTR_VAL(plaintext), ZSTR_LEN(plaintext), out, &out_len, &err) == 0;
    if (ok) {
        RETVAL_STR(php_base64_encode(out, out_len));
    }
    if (out != stack_out) {
        efree(out);
    }
    return ok;
}

/* Decrypts ciphertext, Base64-decoded, with pkey (OAEP) into return_value. Returns false, nothing thrown, when
 * the crypto failed. The buffer is wiped past the plaintext, or wholly when there is none. */
static bool rsa_oaep_decrypt(EVP_PKEY *pkey, zend_string *ciphertext, zval *return_value)
{
    zend_string *raw = rsa_base64_decode(ZSTR_VAL(ciphertext), ZSTR_LEN(ciphertext));
    zend_string *plaintext = zend_string_alloc(MAX(wxp_pkey_out_size(pkey), 1), 0);
    size_t out_len = 0;
    wxp_err err;
    bool ok;

    wxp_err_clear(&err);
    ok = wxp_rsa_oaep_decrypt(pkey, ZSTR_VAL(raw), ZSTR_LEN(raw), (unsigned char *) ZSTR_VAL(plaintext), &out_len,
                              &err) == 0;
    if (ok) {
        if (out_len < ZSTR_LEN(plaintext)) {
            ZEND_SECURE_ZERO(ZSTR_VAL(plaintext) + out_len, ZSTR_LEN(plaintext) - out_len);
        }
        ZSTR_LEN(plaintext) = out_len;
        ZSTR_VAL(plaintext)[out_len] = '\0';
        RETVAL_NEW_STR(plaintext);
    } else {
        ZEND_SECURE_ZERO(ZSTR_VAL(plaintext), ZSTR_LEN(plaintext));
        zend_string_efree(plaintext);
    }
    zend_string_release(raw);
    return ok;
}

/* encrypt() and decrypt(): parses ($text, $key, $padding = OPENSSL_PKCS1_OAEP_PADDING), refuses another padding,
 * acquires the key (the private one when want_private) and runs operation on them; a key that cannot be used or
 * an operation that failed throws the package's exception with message. */
static void rsa_oaep(INTERNAL_FUNCTION_PARAMETERS, bool want_private,
                     bool (*operation)(EVP_PKEY *pkey, zend_string *text, zval *return_value), const char *message)
{
    zend_string *text;
    zend_long padding = RSA_PKCS1_OAEP_PADDING;
    zval *key_arg;
    rsa_key key;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(text)
        Z_PARAM_ZVAL(key_arg)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(padding)
    ZEND_PARSE_PARAMETERS_END();

    if (!rsa_padding_ok(padding)) {
        RETURN_THROWS();
    }
    if (!rsa_key_acquire(key_arg, want_private, &key)) {
        rsa_fail(message);
        RETURN_THROWS();
    }
    if (!operation(key.pkey, text, return_value)) {
        rsa_fail(message);
    }
    rsa_key_release(&key);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, encrypt)
{
    rsa_oaep(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, rsa_oaep_encrypt, MSG_ENCRYPT);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, verify)
{
    zend_string *message, *signature, *raw;
    zval *key_arg;
    rsa_key key;

    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(message)
        Z_PARAM_STR(signature)
        Z_PARAM_ZVAL(key_arg)
    ZEND_PARSE_PARAMETERS_END();

    raw = rsa_base64_decode(ZSTR_VAL(signature), ZSTR_LEN(signature));
    if (!rsa_key_acquire(key_arg, false, &key)) {
        zend_string_release(raw);
        rsa_fail(MSG_VERIFY);
        RETURN_THROWS();
    }
    if (key.prepared != NULL) {
        RETVAL_BOOL(wxp_rsa_prepared_verify(key.prepared, ZSTR_VAL(message), ZSTR_LEN(message),
                                            (const unsigned char *) ZSTR_VAL(raw), ZSTR_LEN(raw)) == 1);
    } else {
        RETVAL_BOOL(wxp_rsa_verify_sha256(key.pkey, ZSTR_VAL(message), ZSTR_LEN(message),
                                          (const unsigned char *) ZSTR_VAL(raw), ZSTR_LEN(raw)) == 1);
    }
    zend_string_release(raw);
    rsa_key_release(&key);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, sign)
{
    zend_string *message;
    unsigned char stack_sig[RSA_STACK_OUT], *sig = stack_sig;
    size_t room, sig_len = 0;
    zval *key_arg;
    rsa_key key;
    wxp_err err;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(message)
        Z_PARAM_ZVAL(key_arg)
    ZEND_PARSE_PARAMETERS_END();

    if (!rsa_key_acquire(key_arg, true, &key)) {
        rsa_fail(MSG_SIGN);
        RETURN_THROWS();
    }
    room = wxp_pkey_out_size(key.pkey);
    if (room > sizeof(stack_sig)) {
        sig = emalloc(room);
    }
    wxp_err_clear(&err);
    if ((key.prepared != NULL
             ? wxp_rsa_prepared_sign(key.prepared, ZSTR_VAL(message), ZSTR_LEN(message), sig, &sig_len, &err)
             : wxp_rsa_sign_sha256(key.pkey, ZSTR_VAL(message), ZSTR_LEN(message), sig, &sig_len, &err)) == 0) {
        RETVAL_STR(php_base64_encode(sig, sig_len));
    } else {
        rsa_fail(MSG_SIGN);
    }
    if (sig != stack_sig) {
        efree(sig);
    }
    rsa_key_release(&key);
}

ZEND_METHOD(WeChatPay_Crypto_Rsa, decrypt)
{
    rsa_oaep(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, rsa_oaep_decrypt, MSG_DECRYPT);
}

zend_result php_wechatpay_rsa_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Crypto_Rsa = register_class_WeChatPay_Crypto_Rsa();
    return SUCCESS;
}

zend_result php_wechatpay_rsa_rinit(INIT_FUNC_ARGS)
{
    WECHATPAY_G(rsa_keys_closed) = false;
    return SUCCESS;
}

zend_result php_wechatpay_rsa_rshutdown(SHUTDOWN_FUNC_ARGS)
{
    HashTable *keys = WECHATPAY_G(rsa_keys);
    zend_ulong object_key;

    WECHATPAY_G(rsa_keys_closed) = true;
    if (keys == NULL) {
        return SUCCESS;
    }
    /* Unregister each weak entry (which deletes it and frees its key) before the table goes: objects that
     * outlive RSHUTDOWN must not report their destruction to a freed table. */
    ZEND_HASH_FOREACH_NUM_KEY(keys, object_key) {
        zend_weakrefs_hash_del(keys, zend_weakref_key_to_object(object_key));
    } ZEND_HASH_FOREACH_END();
    zend_hash_destroy(keys);
    FREE_HASHTABLE(keys);
    WECHATPAY_G(rsa_keys) = NULL;
    return SUCCESS;
}
