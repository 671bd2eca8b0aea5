/* wxp_client_tls_check: a merchant certificate and private key checked as libcurl will read them, with keys
 * generated here (plain, encrypted PKCS#8 and legacy PEM, RSA and EC). */
#include "unit.h"
#include "keygen.h"
#include "wxp_client_tls.h"

#include <stdlib.h>
#include <string.h>

/* Runs the check and tests its fault and the start of its message (which never holds the passphrase). */
static void check_fault(const char *cert, const char *key, const char *pass, wxp_client_tls_fault want,
                        const char *message_start)
{
    wxp_client_tls_fault got;
    wxp_err err;

    wxp_err_clear(&err);
    got = wxp_client_tls_check(cert, strlen(cert), key, strlen(key), pass, &err);
    CHECK(got == want);
    if (message_start == NULL) {
        CHECK_STR(err.message, "");
        return;
    }
    if (strncmp(err.message, message_start, strlen(message_start)) != 0) {
        CHECK_STR(err.message, message_start);
    } else {
        CHECK(1);
    }
    CHECK(pass == NULL || pass[0] == '\0' || strstr(err.message, pass) == NULL);
    CHECK(strstr(err.message, "MII") == NULL); /* no Base64 of a key or certificate */
}

static void test_good_pairs(void)
{
    EVP_PKEY *rsa = keygen_rsa(2048), *ec = keygen_ec();
    char *cert = keygen_cert_pem(rsa, "1A2B"), *pkcs8 = keygen_pkcs8_pem(rsa), *pkcs1 = keygen_pkcs1_private_pem(rsa);
    char *ec_cert = keygen_cert_pem(ec, "3C"), *ec_key = keygen_pkcs8_pem(ec);
    char *bundle = keygen_concat(cert, pkcs8);

    check_fault(cert, pkcs8, NULL, WXP_CLIENT_TLS_OK, NULL);
    check_fault(cert, pkcs1, NULL, WXP_CLIENT_TLS_OK, NULL);
    check_fault(ec_cert, ec_key, NULL, WXP_CLIENT_TLS_OK, NULL);
    /* a passphrase for a key that has none is not used (as libcurl, OpenSSL never asks for it) */
    check_fault(cert, pkcs8, "unused", WXP_CLIENT_TLS_OK, NULL);
    /* a file holding the certificate and its key serves as either */
    check_fault(bundle, bundle, NULL, WXP_CLIENT_TLS_OK, NULL);
    free(bundle);
    free(cert);
    free(pkcs8);
    free(pkcs1);
    free(ec_cert);
    free(ec_key);
    EVP_PKEY_free(rsa);
    EVP_PKEY_free(ec);
}

static void test_encrypted_keys(void)
{
    EVP_PKEY *rsa = keygen_rsa(2048);
    char *cert = keygen_cert_pem(rsa, "1A2B");
    char *pkcs8 = keygen_encrypted_pkcs8_pem(rsa), *legacy = keygen_encrypted_pkcs1_pem(rsa);

    check_fault(cert, pkcs8, "secret", WXP_CLIENT_TLS_OK, NULL);
    check_fault(cert, legacy, "secret", WXP_CLIENT_TLS_OK, NULL);
    check_fault(cert, pkcs8, NULL, WXP_CLIENT_TLS_KEY, "is an encrypted private key and no passphrase was given");
    check_fault(cert, legacy, NULL, WXP_CLIENT_TLS_KEY, "is an encrypted private key and no passphrase was given");
    check_fault(cert, pkcs8, "wrong-pass-7f3a", WXP_CLIENT_TLS_KEY, "cannot be decrypted with the passphrase given");
    check_fault(cert, legacy, "wrong-pass-7f3a", WXP_CLIENT_TLS_KEY, "cannot be decrypted with the passphrase given");
    check_fault(cert, pkcs8, "", WXP_CLIENT_TLS_KEY, "cannot be decrypted with the passphrase given");
    free(cert);
    free(pkcs8);
    free(legacy);
    EVP_PKEY_free(rsa);
}

static void test_wrong_files(void)
{
    EVP_PKEY *rsa = keygen_rsa(2048), *other = keygen_rsa(2048);
    char *cert = keygen_cert_pem(rsa, "1A2B"), *key = keygen_pkcs8_pem(rsa), *other_key = keygen_pkcs8_pem(other);
    char *spki = keygen_spki_pem(rsa);
    const char *broken_cert = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    const char *broken_key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";

    check_fault("", key, NULL, WXP_CLIENT_TLS_CERT, "is not a PEM certificate (no -----BEGIN CERTIFICATE----- block)");
    check_fault("not a certificate", key, NULL, WXP_CLIENT_TLS_CERT, "is not a PEM certificate");
    check_fault(spki, key, NULL, WXP_CLIENT_TLS_CERT, "is not a PEM certificate");
    check_fault(broken_cert, key, NULL, WXP_CLIENT_TLS_CERT, "holds a PEM certificate that cannot be read");
    check_fault(key, cert, NULL, WXP_CLIENT_TLS_CERT, "holds a private key, not a certificate");
    check_fault(cert, cert, NULL, WXP_CLIENT_TLS_KEY, "holds a certificate, not a private key");
    check_fault(cert, "", NULL, WXP_CLIENT_TLS_KEY, "is not a PEM private key");
    check_fault(cert, spki, NULL, WXP_CLIENT_TLS_KEY, "is not a PEM private key");
    check_fault(cert, broken_key, NULL, WXP_CLIENT_TLS_KEY, "holds a PEM private key that cannot be read");
    check_fault(cert, other_key, NULL, WXP_CLIENT_TLS_PAIR, "is not the private key of the certificate");
    free(cert);
    free(key);
    free(other_key);
    free(spki);
    EVP_PKEY_free(rsa);
    EVP_PKEY_free(other);
}

int main(void)
{
    test_good_pairs();
    test_encrypted_keys();
    test_wrong_files();
    return UNIT_DONE();
}
