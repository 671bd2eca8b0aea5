/* The process's cache of parsed keys (src/wxp_keycache.h), kept between requests in the module globals so a
 * factory in a warm PHP-FPM worker parses nothing. */
#ifndef WECHATPAY_KEYCACHE_H
#define WECHATPAY_KEYCACHE_H

#include "php.h"
#include <openssl/evp.h>
#include <openssl/x509.h>
#include "wxp_keys.h"

/* Returns the key of the given kind parsed from pem through the process's key cache (made on first use), as
 * a new reference for the caller, or NULL with err set when the PEM does not parse (nothing is cached then). */
EVP_PKEY *php_wechatpay_keycache_key_from_pem(const char *pem, size_t len, wxp_key_kind kind, wxp_err *err);

/* Returns the key PEM text holds read as PHP's openssl_pkey_get_private() (want_private; with pass, as from a
 * [$pem, $passphrase] array, else no passphrase) or openssl_pkey_get_public() reads a string (any key type; a
 * certificate's public key; pass unused), through the process's key cache, as a new reference for the caller,
 * or NULL with err set when there is no such key (not cached): Crypto\Rsa::from()'s keys, cached apart from the
 * factory's (src/wxp_keycache.h). */
EVP_PKEY *php_wechatpay_keycache_pkey_as_php(const char *pem, size_t len, bool want_private, const char *pass,
                                             size_t pass_len, wxp_err *err);

/* Returns the first certificate in PEM text read as PHP's openssl_x509_read() reads a string, through the
 * process's key cache (read once per content), as a new reference for the caller, or NULL with err set
 * (PemUtil::loadCertificate*()). */
X509 *php_wechatpay_keycache_certificate_as_php(const char *pem, size_t len, wxp_err *err);

/* wxp_cert_serial_hex() through the process's key cache: a certificate's serial, decoded once per content
 * (PemUtil::parseCertificateSerialNo()). Returns 0, or -1 with err set. */
int php_wechatpay_keycache_cert_serial_hex(const char *pem, size_t len, wxp_buf *out, wxp_err *err);

/* Returns key prepared for signing or verifying, shared through the process's key cache (so later requests'
 * clients find its OpenSSL contexts set up) with a new reference for the caller, or a freshly prepared one
 * when the cache does not hold key; NULL when memory ran out. */
wxp_rsa_prepared *php_wechatpay_keycache_prepared(EVP_PKEY *key);

/* Adds keys_cached, key_parses and key_cache_hits (ints; zero before the first key) to the PHP array. */
void php_wechatpay_keycache_stats_into(zval *array);

#endif
