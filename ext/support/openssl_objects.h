/* The EVP_PKEY inside PHP's OpenSSLAsymmetricKey objects, reached directly, behind a guard.
 *
 * ext/openssl exports no C API for its key objects (Debian ships no ext/openssl headers, and the struct is
 * private to ext/openssl/openssl.c), so without this unit the only ways in and out are PHP's functions:
 * openssl_pkey_get_private()/_public() parse PEM to make an object (about 0.6 ms for a private key, 0.2 ms for
 * a certificate, every call), openssl_pkey_get_details() lists its numbers to read one. This unit mirrors
 * PHP 8.2's private layout ({EVP_PKEY *pkey; bool is_private; zend_object std;}, objects made by the class's
 * create_object, freed by its free_obj with EVP_PKEY_free(pkey)) so that a key the process key cache already
 * parsed can be handed out as PHP's own object (one EVP_PKEY_up_ref) and a key object read without a call.
 *
 * The guard (php_wechatpay_openssl_objects_usable()): only for PHP 8.2, and only once a probe run on first use
 * in the process found the layout where it is mirrored (see openssl_objects.c). When it says no, every caller
 * keeps the PHP-function path, so correctness never depends on the layout. WECHATPAY_OPENSSL_OBJECTS=0 in the
 * process's environment keeps the guard off (a kill switch; the tests use it to run the fallback paths). */
#ifndef WECHATPAY_OPENSSL_OBJECTS_H
#define WECHATPAY_OPENSSL_OBJECTS_H

#include "php.h"
#include <openssl/evp.h>
#include <openssl/x509.h>

/* Whether key objects can be made and read directly: probes on the first call of the process (it must run
 * during a request, with no exception pending; it calls openssl_pkey_get_private() once on a
 * throwaway X25519 key it generates: about 0.9 ms once per process, measured) and remembers the answer. */
bool php_wechatpay_openssl_objects_usable(void);

/* The key an OpenSSLAsymmetricKey holds (borrowed: up_ref to keep it) and whether it is a private key object,
 * or NULL when the guard says no, object is no OpenSSLAsymmetricKey or holds no key. */
EVP_PKEY *php_wechatpay_openssl_pkey_peek(zend_object *object, bool *is_private);

/* Makes out a new OpenSSLAsymmetricKey holding pkey (a reference is taken: EVP_PKEY_up_ref) as PHP's
 * openssl_pkey_get_private() (is_private) or openssl_pkey_get_public() makes one. Returns false, out UNDEF,
 * when the guard says no or the reference could not be taken. */
bool php_wechatpay_openssl_pkey_object(zval *out, EVP_PKEY *pkey, bool is_private);

/* Whether certificate objects can be made directly: a guard of its own, probed on the first call of the
 * process as the key objects' is (PHP 8.2's {X509 *x509; zend_object std;}, checked on a throwaway Ed25519
 * certificate through openssl_x509_read(): see openssl_objects.c), kept off by WECHATPAY_OPENSSL_OBJECTS=0. */
bool php_wechatpay_openssl_certificates_usable(void);

/* Makes out a new OpenSSLCertificate holding cert (a reference is taken: X509_up_ref) as PHP's
 * openssl_x509_read() makes one. Returns false, out UNDEF, when the guard says no or the reference could not
 * be taken. */
bool php_wechatpay_openssl_certificate_object(zval *out, X509 *cert);

#endif
