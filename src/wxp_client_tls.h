/* The TLS client certificate of APIv2 mutual TLS (the merchant's apiclient_cert.pem and apiclient_key.pem):
 * checked once, before any transfer presents it, as libcurl will read it (CURLOPT_SSLCERT_BLOB and
 * CURLOPT_SSLKEY_BLOB, type PEM). */
#ifndef WXP_CLIENT_TLS_H
#define WXP_CLIENT_TLS_H

#include <stddef.h>
#include "wxp_err.h"

/* Which part of a certificate and key pair is wrong. */
typedef enum wxp_client_tls_fault {
    WXP_CLIENT_TLS_OK = 0,
    WXP_CLIENT_TLS_CERT, /* the certificate: not a PEM certificate, or one that cannot be read */
    WXP_CLIENT_TLS_KEY,  /* the key: not a PEM private key, encrypted without a passphrase, a wrong passphrase */
    WXP_CLIENT_TLS_PAIR  /* both read, but the key is not the certificate's */
} wxp_client_tls_fault;

/* Checks that cert_pem holds a PEM certificate and key_pem a PEM private key (an encrypted one decrypted with
 * passphrase, NULL for none; nothing ever prompts for one) whose public half is the certificate's. Returns
 * WXP_CLIENT_TLS_OK, or the part at fault with err's message the end of a sentence about it ("is not a PEM
 * certificate ..."), which never holds key bytes or the passphrase. */
wxp_client_tls_fault wxp_client_tls_check(const char *cert_pem, size_t cert_len, const char *key_pem, size_t key_len,
                                          const char *passphrase, wxp_err *err);

#endif
