/* PHP's key objects reached directly (see openssl_objects.h).
 *
 * Why a mirrored struct and not PHP's functions: making a key object through openssl_pkey_get_*() parses the
 * PEM again each time, and nothing else makes one; the key cache's point is to parse once per process. The
 * alternatives were weighed: PHP 8.2 exports php_openssl_pkey_object_init() from ext/openssl (not static), but
 * Debian ships no header for it and the symbol is not part of any API, so resolving it (dlsym) relies on PHP
 * internals as much as the layout does and checks less; and PHP code cannot make one around an existing key
 * either (the class refuses new, clone and unserialize). The mirror is checked against the running PHP
 * before it is used, on the values PHP itself put there.
 *
 * The probe, run once per process on first use (in a request: objects need the request's object store):
 * 1. PHP 8.2 only (PHP_VERSION_ID 80200-80299): other versions may lay the object out differently.
 * 2. Class OpenSSLAsymmetricKey exists, is internal and has a create_object handler.
 * 3. A fresh object (object_init_ex, the class's own create_object) has handlers whose offset is
 *    XtOffsetOf(mirror, std), a free_obj of the class's own (not the standard one), and pkey == NULL and
 *    is_private == false where the mirror puts them (create_object zeroes what precedes std).
 * 4. openssl_pkey_get_private() on a throwaway X25519 key generated here gives an object of that class whose
 *    mirrored pkey is that key (EVP_PKEY_eq) and whose bytes between pkey and std are exactly what the mirror
 *    says: is_private true, the padding zero (as create_object left it). With the pointer at the start and std
 *    at its offset (step 3), that pins the flag's place; a public key object (openssl_pkey_get_public()) has
 *    false there, the zero of a fresh object. One PHP parse (about 0.3 ms; with the key generation and PEM
 *    writing about 0.9 ms in all, measured, once per process) rather than two: a check of
 *    openssl_pkey_get_public() would add another 0.3 ms and prove nothing more.
 * Any failure (an exception from a disabled function included, which is cleared) leaves the guard off for
 * the process and every caller on its PHP-function path. An object made here is then indistinguishable from
 * one openssl_pkey_get_*() made: PHP's free_obj drops the reference taken here. */
#include "support/openssl_objects.h"
#include "support/php_call.h"
#include "zend_exceptions.h"
#include "zend_objects.h"

#include <openssl/err.h>
#include <openssl/pem.h>

/* PHP 8.2's ext/openssl/openssl.c, verbatim but for the name. */
typedef struct wechatpay_mirror_pkey_object {
    EVP_PKEY *pkey;
    bool is_private;
    zend_object std;
} wechatpay_mirror_pkey_object;

static inline wechatpay_mirror_pkey_object *mirror_of(zend_object *object)
{
    return (wechatpay_mirror_pkey_object *) ((char *) object - XtOffsetOf(wechatpay_mirror_pkey_object, std));
}

/* PHP 8.2's ext/openssl/openssl.c, verbatim but for the name. */
typedef struct wechatpay_mirror_certificate_object {
    X509 *x509;
    zend_object std;
} wechatpay_mirror_certificate_object;

static inline wechatpay_mirror_certificate_object *certificate_mirror_of(zend_object *object)
{
    return (wechatpay_mirror_certificate_object *) ((char *) object
                                                    - XtOffsetOf(wechatpay_mirror_certificate_object, std));
}

/* -1 not probed yet, 0 off, 1 on; with the class the probe found. Process-wide (NTS). */
static int objects_usable = -1;
static zend_class_entry *pkey_ce;
static int certificates_usable = -1;
static zend_class_entry *certificate_ce;

/* WECHATPAY_OPENSSL_OBJECTS=0 in the environment: the PHP-function paths only (a kill switch, and how the
 * tests run those paths where the check would pass). */
static bool killed(void)
{
    const char *value = getenv("WECHATPAY_OPENSSL_OBJECTS");

    return value != NULL && strcmp(value, "0") == 0;
}

#if PHP_VERSION_ID >= 80200 && PHP_VERSION_ID < 80300
/* Writes pkey's private key PEM (PKCS#8, unencrypted) into a new string, or NULL. */
static zend_string *probe_pem(EVP_PKEY *pkey)
{
    BIO *bio = BIO_new(BIO_s_mem());
    zend_string *pem = NULL;
    char *data;
    long len;

    if (bio != NULL
        && PEM_write_bio_PrivateKey(bio, pkey, NULL, NULL, 0, NULL, NULL) == 1
        && (len = BIO_get_mem_data(bio, &data)) > 0) {
        pem = zend_string_init(data, (size_t) len, 0);
        OPENSSL_cleanse(data, (size_t) len);
    }
    BIO_free(bio);
    return pem;
}

/* Step 4: openssl_pkey_get_private() on pkey's PEM gives an object whose mirrored key is pkey and whose bytes
 * from the flag to std are a true flag and zero padding. */
static bool probe_php_made(EVP_PKEY *pkey)
{
    static const size_t flag = XtOffsetOf(wechatpay_mirror_pkey_object, is_private);
    static const size_t std = XtOffsetOf(wechatpay_mirror_pkey_object, std);
    zend_string *pem = probe_pem(pkey);
    zval arg, retval;
    bool ok = false;
    size_t i;

    if (pem == NULL) {
        return false;
    }
    ZVAL_STR(&arg, pem);
    if (php_wechatpay_call_function("openssl_pkey_get_private", &retval, 1, &arg, "Call to undefined function %s()",
                                    "openssl_pkey_get_private")
        == SUCCESS) {
        if (Z_TYPE(retval) == IS_OBJECT && Z_OBJCE(retval) == pkey_ce) {
            wechatpay_mirror_pkey_object *made = mirror_of(Z_OBJ(retval));
            const unsigned char *bytes = (const unsigned char *) made;

            ok = made->pkey != NULL && EVP_PKEY_eq(made->pkey, pkey) == 1 && bytes[flag] == 1; /* a bool true */
            for (i = flag + sizeof(bool); ok && i < std; i++) {
                ok = bytes[i] == 0;
            }
        }
        zval_ptr_dtor(&retval);
    }
    ZEND_SECURE_ZERO(ZSTR_VAL(pem), ZSTR_LEN(pem));
    zend_string_release(pem);
    return ok;
}

static bool probe(void)
{
    wechatpay_mirror_pkey_object *fresh;
    EVP_PKEY *throwaway;
    zval zv;
    bool ok;

    pkey_ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("opensslasymmetrickey"));
    if (pkey_ce == NULL || pkey_ce->type != ZEND_INTERNAL_CLASS || pkey_ce->create_object == NULL) {
        return false;
    }
    if (object_init_ex(&zv, pkey_ce) != SUCCESS) {
        return false;
    }
    fresh = mirror_of(Z_OBJ(zv));
    ok = Z_OBJ(zv)->handlers->offset == XtOffsetOf(wechatpay_mirror_pkey_object, std)
        && Z_OBJ(zv)->handlers->free_obj != NULL && Z_OBJ(zv)->handlers->free_obj != zend_object_std_dtor
        && fresh->pkey == NULL && !fresh->is_private;
    zval_ptr_dtor(&zv);
    if (!ok) {
        return false;
    }
    throwaway = EVP_PKEY_Q_keygen(NULL, NULL, "X25519"); /* the cheapest key to make: about 0.1 ms */
    if (throwaway == NULL) {
        return false;
    }
    ok = probe_php_made(throwaway);
    EVP_PKEY_free(throwaway);
    return ok;
}

/* A throwaway self-signed Ed25519 certificate (the cheapest to make and sign), as PEM, with the X509 itself in
 * *made; NULL when OpenSSL could not make one. */
static zend_string *probe_certificate_pem(X509 **made)
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
    X509 *cert = X509_new();
    BIO *bio = BIO_new(BIO_s_mem());
    zend_string *pem = NULL;
    char *data;
    long len;

    if (key != NULL && cert != NULL && bio != NULL && ASN1_INTEGER_set(X509_get_serialNumber(cert), 1) == 1
        && X509_gmtime_adj(X509_getm_notBefore(cert), 0) != NULL
        && X509_gmtime_adj(X509_getm_notAfter(cert), 60) != NULL && X509_set_pubkey(cert, key) == 1
        && X509_sign(cert, key, NULL) > 0 && PEM_write_bio_X509(bio, cert) == 1
        && (len = BIO_get_mem_data(bio, &data)) > 0) {
        pem = zend_string_init(data, (size_t) len, 0);
        *made = cert;
        cert = NULL;
    }
    X509_free(cert);
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

/* The certificate objects' probe, the key objects' steps 1-4 for {X509 *x509; zend_object std;}: the class is
 * internal with a create_object; a fresh object has the mirrored handler offset, its own free_obj and a NULL
 * x509; openssl_x509_read() on a throwaway certificate gives an object whose mirrored x509 is that certificate
 * (X509_cmp). No bytes lie between the pointer and std to check. About 0.2 ms, once per process. */
static bool probe_certificates(void)
{
    wechatpay_mirror_certificate_object *fresh;
    zend_string *pem;
    X509 *cert = NULL;
    zval zv, retval;
    bool ok;

    certificate_ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("opensslcertificate"));
    if (certificate_ce == NULL || certificate_ce->type != ZEND_INTERNAL_CLASS || certificate_ce->create_object == NULL
        || object_init_ex(&zv, certificate_ce) != SUCCESS) {
        return false;
    }
    fresh = certificate_mirror_of(Z_OBJ(zv));
    ok = Z_OBJ(zv)->handlers->offset == XtOffsetOf(wechatpay_mirror_certificate_object, std)
        && Z_OBJ(zv)->handlers->free_obj != NULL && Z_OBJ(zv)->handlers->free_obj != zend_object_std_dtor
        && fresh->x509 == NULL;
    zval_ptr_dtor(&zv);
    if (!ok || (pem = probe_certificate_pem(&cert)) == NULL) {
        return false;
    }
    ZVAL_STR(&zv, pem);
    ok = false;
    if (php_wechatpay_call_function("openssl_x509_read", &retval, 1, &zv, "Call to undefined function %s()",
                                    "openssl_x509_read")
        == SUCCESS) {
        if (Z_TYPE(retval) == IS_OBJECT && Z_OBJCE(retval) == certificate_ce) {
            X509 *read = certificate_mirror_of(Z_OBJ(retval))->x509;

            ok = read != NULL && read != cert && X509_cmp(read, cert) == 0;
        }
        zval_ptr_dtor(&retval);
    }
    zend_string_release(pem);
    X509_free(cert);
    return ok;
}
#endif

/* One guard's answer: *state -1 (not probed yet), 0 (off) or 1 (on), probing once per process with probe_fn
 * on the first call made during a request with no exception pending. Any exception the probe raised (a
 * disabled openssl function) is cleared and leaves the guard off. */
static bool guard(int *state, bool (*probe_fn)(void))
{
    if (*state >= 0) {
        return *state == 1;
    }
#if PHP_VERSION_ID >= 80200 && PHP_VERSION_ID < 80300
    if (killed()) {
        *state = 0;
        return false;
    }
    if (EG(exception) || !EG(active)) {
        return false; /* not now: probed on a later call */
    }
    *state = probe_fn() ? 1 : 0;
    if (EG(exception)) {
        zend_clear_exception();
        *state = 0;
    }
    ERR_clear_error();
#else
    (void) probe_fn;
    *state = 0;
#endif
    return *state == 1;
}

bool php_wechatpay_openssl_certificates_usable(void)
{
#if PHP_VERSION_ID >= 80200 && PHP_VERSION_ID < 80300
    return guard(&certificates_usable, probe_certificates);
#else
    return guard(&certificates_usable, NULL);
#endif
}

bool php_wechatpay_openssl_objects_usable(void)
{
#if PHP_VERSION_ID >= 80200 && PHP_VERSION_ID < 80300
    return guard(&objects_usable, probe);
#else
    return guard(&objects_usable, NULL);
#endif
}

EVP_PKEY *php_wechatpay_openssl_pkey_peek(zend_object *object, bool *is_private)
{
    wechatpay_mirror_pkey_object *key;

    if (!php_wechatpay_openssl_objects_usable() || object->ce != pkey_ce) {
        return NULL;
    }
    key = mirror_of(object);
    *is_private = key->is_private;
    return key->pkey;
}

bool php_wechatpay_openssl_pkey_object(zval *out, EVP_PKEY *pkey, bool is_private)
{
    wechatpay_mirror_pkey_object *key;

    ZVAL_UNDEF(out);
    if (!php_wechatpay_openssl_objects_usable() || object_init_ex(out, pkey_ce) != SUCCESS) {
        return false;
    }
    if (EVP_PKEY_up_ref(pkey) != 1) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return false;
    }
    key = mirror_of(Z_OBJ_P(out));
    key->pkey = pkey;
    key->is_private = is_private;
    return true;
}

bool php_wechatpay_openssl_certificate_object(zval *out, X509 *cert)
{
    ZVAL_UNDEF(out);
    if (!php_wechatpay_openssl_certificates_usable() || object_init_ex(out, certificate_ce) != SUCCESS) {
        return false;
    }
    if (X509_up_ref(cert) != 1) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return false;
    }
    certificate_mirror_of(Z_OBJ_P(out))->x509 = cert;
    return true;
}
