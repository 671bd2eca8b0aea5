/* PEM parsing of every accepted form, every refusal (without key bytes in messages), serials and the
 * keyring. Keys are generated at test time. */
#include "unit.h"
#include "keygen.h"
#include "wxp_keys.h"

static EVP_PKEY *rsa_key;   /* the RSA key pair most tests parse back */
static EVP_PKEY *ec_key;

/* Returns 1 when message quotes none of the Base64 lines of pem (a 16-byte window of each is enough). */
static int message_is_free_of(const char *message, const char *pem)
{
    const char *line = pem;

    while (*line != '\0') {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t) (end - line) : strlen(line);

        /* Base64 body lines only (not BEGIN/END or `Proc-Type:` header lines) */
        if (len >= 16 && strcspn(line, "-: ,") >= len) {
            char window[17];

            memcpy(window, line + len / 2 - 8, 16);
            window[16] = '\0';
            if (strstr(message, window) != NULL) {
                return 0;
            }
        }
        line += len + (end ? 1 : 0);
    }
    return 1;
}

/* Parses pem as kind and checks it is the public half of rsa_key. */
static void check_parses(const char *pem, wxp_key_kind kind)
{
    wxp_err err;
    EVP_PKEY *key;

    wxp_err_clear(&err);
    key = wxp_key_from_pem(pem, strlen(pem), kind, &err);
    CHECK(key != NULL);
    if (key == NULL) {
        fprintf(stderr, "  %s\n", err.message);
        return;
    }
    CHECK(EVP_PKEY_is_a(key, "RSA"));
    CHECK(EVP_PKEY_eq(key, rsa_key) == 1);
    CHECK(err.code == WXP_OK);
    EVP_PKEY_free(key);
}

static void check_refused(const char *pem, size_t len, wxp_key_kind kind, const char *want_message)
{
    wxp_err err;

    wxp_err_clear(&err);
    CHECK(wxp_key_from_pem(pem, len, kind, &err) == NULL);
    CHECK(err.code == WXP_E_KEY);
    if (want_message != NULL) {
        CHECK_STR(err.message, want_message);
    }
    if (pem != NULL) {
        CHECK(message_is_free_of(err.message, pem));
    }
}

/* Replaces CR-less line ends with CRLF. */
static char *with_crlf(const char *text)
{
    size_t i, n = 0, len = strlen(text);
    char *out = malloc(len * 2 + 1);

    for (i = 0; i < len; i++) {
        if (text[i] == '\n') {
            out[n++] = '\r';
        }
        out[n++] = text[i];
    }
    out[n] = '\0';
    return out;
}

static void test_accepted_forms(void)
{
    char *pkcs8 = keygen_pkcs8_pem(rsa_key);
    char *pkcs1 = keygen_pkcs1_private_pem(rsa_key);
    char *spki = keygen_spki_pem(rsa_key);
    char *pkcs1_pub = keygen_pkcs1_public_pem(rsa_key);
    char *cert = keygen_cert_pem(rsa_key, "1F2E3D4C5B6A79880102030405060708090A0B0C");
    char *crlf = with_crlf(pkcs8);
    char *noise = keygen_concat("Bag Attributes\n    localKeyID: 01\nsubject=CN = x\n", pkcs1);
    char *bundle_ck = keygen_concat(cert, pkcs8);
    char *bundle_kc = keygen_concat(pkcs8, cert);

    CHECK(strstr(pkcs8, "-----BEGIN PRIVATE KEY-----") != NULL);
    CHECK(strstr(pkcs1, "-----BEGIN RSA PRIVATE KEY-----") != NULL);
    CHECK(strstr(spki, "-----BEGIN PUBLIC KEY-----") != NULL);
    CHECK(strstr(pkcs1_pub, "-----BEGIN RSA PUBLIC KEY-----") != NULL);
    CHECK(strstr(cert, "-----BEGIN CERTIFICATE-----") != NULL);

    check_parses(pkcs8, WXP_KEY_PRIVATE);
    check_parses(pkcs1, WXP_KEY_PRIVATE);
    check_parses(spki, WXP_KEY_PUBLIC);
    check_parses(pkcs1_pub, WXP_KEY_PUBLIC);
    check_parses(cert, WXP_KEY_PUBLIC);
    check_parses(crlf, WXP_KEY_PRIVATE);
    check_parses(noise, WXP_KEY_PRIVATE);
    /* bundles: the first block of the wanted kind is taken */
    check_parses(bundle_ck, WXP_KEY_PRIVATE);
    check_parses(bundle_ck, WXP_KEY_PUBLIC);
    check_parses(bundle_kc, WXP_KEY_PRIVATE);
    check_parses(bundle_kc, WXP_KEY_PUBLIC);

    /* a parsed private key really holds the private half: it can sign */
    {
        wxp_err err;
        EVP_PKEY *key = wxp_key_from_pem(pkcs1, strlen(pkcs1), WXP_KEY_PRIVATE, &err);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        unsigned char sig[512];
        size_t sig_len = sizeof(sig);

        CHECK(key != NULL);
        CHECK(EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, key) == 1);
        CHECK(EVP_DigestSign(ctx, sig, &sig_len, (const unsigned char *) "m", 1) == 1);
        EVP_MD_CTX_free(ctx);
        EVP_PKEY_free(key);
    }

    free(pkcs8);
    free(pkcs1);
    free(spki);
    free(pkcs1_pub);
    free(cert);
    free(crlf);
    free(noise);
    free(bundle_ck);
    free(bundle_kc);
}

static void test_refusals(void)
{
    char *pkcs8 = keygen_pkcs8_pem(rsa_key);
    char *spki = keygen_spki_pem(rsa_key);
    char *cert = keygen_cert_pem(rsa_key, "01");
    char *enc8 = keygen_encrypted_pkcs8_pem(rsa_key);
    char *enc1 = keygen_encrypted_pkcs1_pem(rsa_key);
    char *ec8 = keygen_pkcs8_pem(ec_key);
    char *ec_spki = keygen_spki_pem(ec_key);
    char *ec_cert = keygen_cert_pem(ec_key, "02");
    char *corrupt = strdup(pkcs8);
    char *truncated = strdup(spki);
    const char *private_wanted = "an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY')";
    const char *public_wanted =
        "an RSA public key or certificate (PEM 'PUBLIC KEY', 'RSA PUBLIC KEY' or 'CERTIFICATE')";
    const char *crl = "-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n";
    char want[512];
    char *body;

    check_refused(NULL, 0, WXP_KEY_PRIVATE, "The PEM text is empty");
    check_refused("", 0, WXP_KEY_PUBLIC, "The PEM text is empty");
    snprintf(want, sizeof(want), "No complete PEM block found: expected %s", private_wanted);
    check_refused("hello", 5, WXP_KEY_PRIVATE, want);
    snprintf(want, sizeof(want), "No complete PEM block found: expected %s", public_wanted);
    check_refused("-----BEGIN PUBLIC KEY-----\nAAAA\n", 32, WXP_KEY_PUBLIC, want);

    /* the wrong kind */
    snprintf(want, sizeof(want), "Found a PEM 'PUBLIC KEY' block: expected %s", private_wanted);
    check_refused(spki, strlen(spki), WXP_KEY_PRIVATE, want);
    snprintf(want, sizeof(want), "Found a PEM 'CERTIFICATE' block: expected %s", private_wanted);
    check_refused(cert, strlen(cert), WXP_KEY_PRIVATE, want);
    snprintf(want, sizeof(want), "Found a PEM 'PRIVATE KEY' block: expected %s", public_wanted);
    check_refused(pkcs8, strlen(pkcs8), WXP_KEY_PUBLIC, want);
    snprintf(want, sizeof(want), "Found a PEM 'X509 CRL' block: expected %s", public_wanted);
    check_refused(crl, strlen(crl), WXP_KEY_PUBLIC, want);
    {
        /* a mangled key whose body line became a BEGIN line: the label is key material, never quoted */
        const char *line = strchr(pkcs8, '\n') + 1;
        char mangled[256];
        int n = snprintf(mangled, sizeof(mangled), "-----BEGIN %.40s-----\nAAAA\n-----END %.40s-----\n", line, line);

        snprintf(want, sizeof(want), "Found a PEM block with an unrecognised label: expected %s", public_wanted);
        check_refused(mangled, (size_t) n, WXP_KEY_PUBLIC, want);
    }

    /* encrypted keys: refused, and OpenSSL never prompts for a passphrase */
    check_refused(enc8, strlen(enc8), WXP_KEY_PRIVATE,
                  "The private key is encrypted (PEM 'ENCRYPTED PRIVATE KEY'): decrypt it first, no passphrase "
                  "can be given here");
    check_refused(enc1, strlen(enc1), WXP_KEY_PRIVATE,
                  "The private key is encrypted (Proc-Type: 4,ENCRYPTED): decrypt it first, no passphrase can be "
                  "given here");

    /* not RSA */
    check_refused(ec8, strlen(ec8), WXP_KEY_PRIVATE, "The private key is a EC key: only RSA keys are supported");
    check_refused(ec_spki, strlen(ec_spki), WXP_KEY_PUBLIC,
                  "The public key is a EC key: only RSA keys are supported");
    check_refused(ec_cert, strlen(ec_cert), WXP_KEY_PUBLIC,
                  "The public key is a EC key: only RSA keys are supported");

    /* a valid frame around damaged DER: the message names the block, never its bytes */
    body = strchr(corrupt, '\n') + 1;
    body[10] = body[10] == 'A' ? 'B' : 'A';
    body[11] = body[11] == 'A' ? 'B' : 'A';
    memset(body + 20, 'A', 40);
    check_refused(corrupt, strlen(corrupt), WXP_KEY_PRIVATE, NULL);
    {
        wxp_err err;

        wxp_key_from_pem(corrupt, strlen(corrupt), WXP_KEY_PRIVATE, &err);
        CHECK(strncmp(err.message, "The PEM 'PRIVATE KEY' block could not be decoded", 48) == 0);
    }
    /* a truncated text: the END line is gone */
    truncated[strlen(truncated) / 2] = '\0';
    check_refused(truncated, strlen(truncated), WXP_KEY_PUBLIC, NULL);
    /* only len bytes are read */
    check_refused(spki, 20, WXP_KEY_PUBLIC, NULL);

    free(pkcs8);
    free(spki);
    free(cert);
    free(enc8);
    free(enc1);
    free(ec8);
    free(ec_spki);
    free(ec_cert);
    free(corrupt);
    free(truncated);
}

static void check_serial(const char *serial_in, const char *want)
{
    char *cert = keygen_cert_pem(rsa_key, serial_in);
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    CHECK(wxp_cert_serial_hex(cert, strlen(cert), &out, &err) == 0);
    CHECK_STR(wxp_buf_cstr(&out), want);
    wxp_buf_free(&out);
    free(cert);
}

static void test_serials(void)
{
    char *spki = keygen_spki_pem(rsa_key);
    char *cert = keygen_cert_pem(rsa_key, "ABCDEF");
    char *bundle = keygen_concat(spki, cert);
    wxp_buf out;
    wxp_err err;

    /* a WeChat Pay-like 40-digit serial, lower-case input: upper-case hex out */
    check_serial("5157f09efdc096de15ebe81a47057a7232f1b8e1", "5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
    check_serial("1F2E3D4C5B6A79880102030405060708090A0B0C", "1F2E3D4C5B6A79880102030405060708090A0B0C");
    /* whole bytes, as PHP's serialNumberHex: a leading zero nibble stays */
    check_serial("0A", "0A");
    check_serial("0123456789ABCDEF", "0123456789ABCDEF");
    check_serial("1", "01");

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    /* appends, and skips blocks that are not certificates */
    CHECK(wxp_buf_append_str(&out, "serial=") == 0);
    CHECK(wxp_cert_serial_hex(bundle, strlen(bundle), &out, &err) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "serial=ABCDEF");

    wxp_buf_reset(&out);
    CHECK(wxp_cert_serial_hex(spki, strlen(spki), &out, &err) == -1);
    CHECK(err.code == WXP_E_KEY);
    CHECK_STR(err.message, "No PEM 'CERTIFICATE' block found");
    CHECK(wxp_cert_serial_hex("", 0, &out, &err) == -1);
    CHECK(err.code == WXP_E_KEY);
    CHECK(wxp_cert_serial_hex("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", 60, &out,
                              &err) == -1);
    CHECK(err.code == WXP_E_KEY);
    CHECK(strncmp(err.message, "The certificate could not be decoded", 36) == 0);
    CHECK(out.len == 0);

    wxp_buf_free(&out);
    free(spki);
    free(cert);
    free(bundle);
}

static void test_keyring(void)
{
    wxp_keyring *ring = wxp_keyring_new();
    EVP_PKEY *k1 = keygen_rsa(1024), *k2 = keygen_rsa(1024);
    wxp_buf list;

    wxp_buf_init(&list);
    CHECK(ring != NULL);
    CHECK(wxp_keyring_count(ring) == 0);
    CHECK(wxp_keyring_list(ring, &list) == 0);
    CHECK_STR(wxp_buf_cstr(&list), "");
    CHECK(wxp_keyring_find(ring, "k1", 2) == NULL);

    CHECK(wxp_keyring_add(ring, "7132D72A03E93CDDF8C03BBD1F37EEDF204F9D71", 40, k1) == 0);
    CHECK(wxp_keyring_add(ring, "PUB_KEY_ID_0114232134912410000000000000000", 42, k2) == 0);
    CHECK(wxp_keyring_add(ring, "k3", 2, k1) == 0);
    /* a duplicate id is refused; ids are exact bytes and case-sensitive */
    CHECK(wxp_keyring_add(ring, "k3", 2, k2) == -1);
    CHECK(wxp_keyring_add(ring, "K3", 2, k2) == 0);
    CHECK(wxp_keyring_add(ring, "x", 1, NULL) == -1);
    CHECK(wxp_keyring_count(ring) == 4);

    /* the ring holds its own references: the caller may drop its own */
    EVP_PKEY_free(k1);
    EVP_PKEY_free(k2);
    CHECK(wxp_keyring_find(ring, "k3", 2) != NULL);
    CHECK(wxp_keyring_find(ring, "k3", 2) == wxp_keyring_find(ring, "7132D72A03E93CDDF8C03BBD1F37EEDF204F9D71", 40));
    CHECK(wxp_keyring_find(ring, "K3", 2) != wxp_keyring_find(ring, "k3", 2));
    CHECK(wxp_keyring_has(ring, "PUB_KEY_ID_0114232134912410000000000000000", 42) == 1);
    CHECK(wxp_keyring_has(ring, "pub_key_id_0114232134912410000000000000000", 42) == 0);
    CHECK(wxp_keyring_has(ring, "k3x", 2) == 1);
    CHECK(wxp_keyring_has(ring, "k", 1) == 0);
    CHECK(wxp_keyring_has(ring, "k3 ", 3) == 0);
    CHECK(wxp_keyring_has(ring, "", 0) == 0);
    CHECK(EVP_PKEY_is_a(wxp_keyring_find(ring, "K3", 2), "RSA"));

    CHECK(wxp_keyring_list(ring, &list) == 0);
    CHECK_STR(wxp_buf_cstr(&list),
              "7132D72A03E93CDDF8C03BBD1F37EEDF204F9D71,PUB_KEY_ID_0114232134912410000000000000000,k3,K3");

    /* ids are bytes: an embedded NUL is part of the id */
    CHECK(wxp_keyring_add(ring, "a\0b", 3, wxp_keyring_find(ring, "k3", 2)) == 0);
    CHECK(wxp_keyring_has(ring, "a\0b", 3) == 1);
    CHECK(wxp_keyring_has(ring, "a", 1) == 0);

    wxp_buf_free(&list);
    wxp_keyring_free(ring);
    wxp_keyring_free(NULL);
}

/* A certificate's notAfter in Unix seconds, at fixed dates (leap years, the end of a century, before 1970
 * would be negative: certificates do not go there), and the key chosen to encrypt sensitive fields. */
static void check_not_after(const char *asn1_time, long long want)
{
    X509 *cert = X509_new();
    time_t got = 0;

    CHECK(cert != NULL && ASN1_TIME_set_string_X509(X509_getm_notAfter(cert), asn1_time) == 1);
    CHECK(wxp_cert_not_after(cert, &got) == 0);
    CHECK((long long) got == want);
    if ((long long) got != want) {
        fprintf(stderr, "  %s: %lld, want %lld\n", asn1_time, (long long) got, want);
    }
    X509_free(cert);
}

static void test_encryption_choice(void)
{
    wxp_keyring *ring = wxp_keyring_new();
    EVP_PKEY *k = keygen_rsa(1024);
    size_t len = 0;
    time_t t;

    check_not_after("19700101000000Z", 0);
    check_not_after("20000229120000Z", 951825600);
    check_not_after("21000301000000Z", 4107542400LL);
    check_not_after("491231235959Z", 2524607999LL); /* UTCTime */
    CHECK(wxp_cert_not_after(NULL, &t) == -1);

    CHECK(wxp_keyring_encryption_id(ring, &len) == NULL);
    /* bare public keys only: the first */
    CHECK(wxp_keyring_add(ring, "BARE", 4, k) == 0);
    CHECK(wxp_keyring_add(ring, "BARE2", 5, k) == 0);
    CHECK_STR(wxp_keyring_encryption_id(ring, &len), "BARE");
    CHECK(len == 4);
    /* certificates before bare keys; the one that expires last; ties: the first added */
    CHECK(wxp_keyring_add(ring, "OLD", 3, k) == 0 && wxp_keyring_set_not_after(ring, "OLD", 3, 1000) == 0);
    CHECK(wxp_keyring_add(ring, "NEW", 3, k) == 0 && wxp_keyring_set_not_after(ring, "NEW", 3, 2000) == 0);
    CHECK(wxp_keyring_add(ring, "TIE", 3, k) == 0 && wxp_keyring_set_not_after(ring, "TIE", 3, 2000) == 0);
    CHECK(wxp_keyring_set_not_after(ring, "NONE", 4, 1) == -1);
    CHECK_STR(wxp_keyring_encryption_id(ring, &len), "NEW");
    /* a WeChat Pay public key wins wherever it is, the first of them */
    CHECK(wxp_keyring_add(ring, "PUB_KEY_ID_1", 12, k) == 0);
    CHECK(wxp_keyring_add(ring, "PUB_KEY_ID_2", 12, k) == 0 && wxp_keyring_set_not_after(ring, "PUB_KEY_ID_2", 12, 9000) == 0);
    CHECK_STR(wxp_keyring_encryption_id(ring, &len), "PUB_KEY_ID_1");
    CHECK(len == 12);
    EVP_PKEY_free(k);
    wxp_keyring_free(ring);
}

int main(void)
{
    rsa_key = keygen_rsa(2048);
    ec_key = keygen_ec();
    test_accepted_forms();
    test_refusals();
    test_serials();
    test_keyring();
    test_encryption_choice();
    EVP_PKEY_free(rsa_key);
    EVP_PKEY_free(ec_key);
    return UNIT_DONE();
}
