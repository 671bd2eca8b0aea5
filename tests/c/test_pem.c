/* wechatpay-php's key text handling (src/wxp_pem): the expected texts are what the package's PHP (its parse()
 * and pkcs1ToSpki(), PHP 8.2's parse_url() and wordwrap()) gives for the same input, and keys made into PEM
 * here are read back by OpenSSL as the key they came from (generated at test time). */
#include <stdlib.h>
#include <openssl/pem.h>
#include "unit.h"
#include "keygen.h"
#include "wxp_pem.h"

/* wordwrap(text, width, "\n", true) into a static buffer. */
static const char *wrapped(const char *text, size_t width)
{
    static char result[256];
    wxp_buf out;

    wxp_buf_init(&out);
    CHECK(wxp_pem_wordwrap(text, strlen(text), width, &out) == 0);
    snprintf(result, sizeof(result), "%s", wxp_buf_cstr(&out));
    wxp_buf_free(&out);
    return result;
}

static void test_wordwrap(void)
{
    char line[131];
    wxp_buf out;

    CHECK_STR(wrapped("", 64), "");
    CHECK_STR(wrapped("abcdefgh", 3), "abc\ndef\ngh");
    CHECK_STR(wrapped("ab cd ef", 3), "ab\ncd\nef");
    CHECK_STR(wrapped("abc defghij k", 4), "abc\ndefg\nhij\nk");
    /* a line break already there starts a new line, except as the last byte */
    CHECK_STR(wrapped("ab\ncdefg", 3), "ab\ncde\nfg");
    CHECK_STR(wrapped("abcdef\n", 3), "abc\ndef\n\n");
    CHECK_STR(wrapped("a  b", 1), "a\n \nb");
    CHECK_STR(wrapped("abcd   ", 2), "ab\ncd\n  ");
    memset(line, 'A', 130);
    line[130] = '\0';
    wxp_buf_init(&out);
    CHECK(wxp_pem_wordwrap(line, 130, 64, &out) == 0 && out.len == 132 && out.data[64] == '\n'
          && out.data[129] == '\n' && strchr(out.data + 130, '\n') == NULL);
    CHECK(wxp_pem_wordwrap("x", 1, 0, &out) == -1 && out.len == 132);
    wxp_buf_free(&out);
}

static int scheme_is(const char *text, const char *want)
{
    const wxp_pem_scheme *rule = wxp_pem_pseudo_scheme(text, strlen(text));

    return want == NULL ? rule == NULL : rule != NULL && strcmp(rule->scheme, want) == 0;
}

static void test_pseudo_scheme(void)
{
    const wxp_pem_scheme *rule = wxp_pem_pseudo_scheme("private.pkcs8://MIIE", 20);

    CHECK(rule != NULL && strcmp(rule->label, "PRIVATE") == 0 && rule->offset == 16);
    CHECK(scheme_is("private.pkcs1://MIIB", "private.pkcs1"));
    CHECK(scheme_is("public.pkcs1://MIIB", "public.pkcs1"));
    CHECK(scheme_is("public.spki://x", "public.spki"));
    /* what parse_url() still reads a scheme in */
    CHECK(scheme_is("private.pkcs1:abc://x", "private.pkcs1"));
    CHECK(scheme_is("public.pkcs1:/x://", "public.pkcs1"));
    CHECK(scheme_is("private.pkcs1://a:65535", "private.pkcs1"));
    CHECK(scheme_is("private.pkcs1://a: 80", "private.pkcs1"));
    CHECK(scheme_is("private.pkcs1://[::1]", "private.pkcs1"));
    CHECK(scheme_is("private.pkcs1://u@h", "private.pkcs1"));
    /* no `://`, or `file://` anywhere: not looked at */
    CHECK(scheme_is("private.pkcs1//x", NULL));
    CHECK(scheme_is("file://private.pkcs1://x", NULL));
    CHECK(scheme_is("private.pkcs1://x/file://", NULL));
    CHECK(scheme_is("", NULL));
    /* schemes are compared exactly, as the package's array keys */
    CHECK(scheme_is("Private.pkcs1://x", NULL));
    CHECK(scheme_is("http://x", NULL));
    CHECK(scheme_is("://x", NULL));
    /* what parse_url() reads as a host and port, or refuses (false) */
    CHECK(scheme_is("private.pkcs1:443/x://", NULL));
    CHECK(scheme_is("private.pkcs1:///x", NULL));
    CHECK(scheme_is("private.pkcs1://", NULL));
    CHECK(scheme_is("private.pkcs1://a:99999", NULL));
    CHECK(scheme_is("private.pkcs1://a:123456", NULL));
    CHECK(scheme_is("private.pkcs1://a:-1", NULL));
    CHECK(scheme_is("private.pkcs1://a:x", NULL));
    CHECK(scheme_is("private.pkcs1://:80", NULL));
    CHECK(scheme_is("private.pkcs1://u@", NULL));
}

static int block_is(const char *text, const char *label, const char *body)
{
    const char *got_label, *got_body;
    size_t got_len;

    if (!wxp_pem_first_key_block(text, strlen(text), &got_label, &got_body, &got_len)) {
        return label == NULL;
    }
    return label != NULL && strcmp(got_label, label) == 0 && got_len == strlen(body)
        && memcmp(got_body, body, got_len) == 0;
}

static void test_first_key_block(void)
{
    CHECK(block_is("-----BEGIN PUBLIC KEY-----\nAB\nCD\n-----END PUBLIC KEY-----", "PUBLIC", "AB\nCD"));
    CHECK(block_is("x-----BEGIN RSA PUBLIC KEY-----\r\nAB\r\n-----END RSA PUBLIC KEY-----y", "RSA PUBLIC", "AB\r"));
    CHECK(block_is("------BEGIN RSA PRIVATE KEY-----\nA\n-----END RSA PRIVATE KEY-----", "RSA PRIVATE", "A"));
    /* the first block that matches as a whole: a mismatched END, a missing body or LF is passed over */
    CHECK(block_is("-----BEGIN PUBLIC KEY-----\nA\n-----END PRIVATE KEY-----\n"
                   "-----BEGIN PRIVATE KEY-----\nB\n-----END PRIVATE KEY-----", "PRIVATE", "B"));
    CHECK(block_is("-----BEGIN PUBLIC KEY-----\n\n-----END PUBLIC KEY-----", NULL, NULL));
    CHECK(block_is("-----BEGIN PUBLIC KEY-----A\n-----END PUBLIC KEY-----", NULL, NULL));
    CHECK(block_is("-----BEGIN PUBLIC KEY-----\nA-B\n-----END PUBLIC KEY-----", NULL, NULL));
    CHECK(block_is("-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----", NULL, NULL));
    CHECK(block_is("-----BEGIN PUBLIC KEY-----\nA\n-----END PUBLIC KEY----", NULL, NULL));
}

/* wxp_pem_parse_key_text(): its result code, and the text in a static buffer ("" when unchanged). */
static int parsed(const char *text, int is_public, const char **result)
{
    static char copy[512];
    wxp_buf out;
    int rc;

    wxp_buf_init(&out);
    rc = wxp_pem_parse_key_text(text, strlen(text), is_public, &out);
    snprintf(copy, sizeof(copy), "%s", wxp_buf_cstr(&out));
    wxp_buf_free(&out);
    *result = copy;
    return rc;
}

static void test_pkcs1_to_spki_base64(void)
{
    wxp_buf out;

    wxp_buf_init(&out);
    CHECK(wxp_pem_pkcs1_to_spki_base64("AAAA", 4, &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "MBUwDQYJKoZIhvcNAQEBBQADBAAAAAA=");
    wxp_buf_reset(&out);
    CHECK(wxp_pem_pkcs1_to_spki_base64("", 0, &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "MBIwDQYJKoZIhvcNAQEBBQADAQA=");
    wxp_buf_free(&out);
}

static void test_parse_key_text(void)
{
    const char *pem;
    char text[128];

    snprintf(text, sizeof(text), "private.pkcs8://%s", "QUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJD");
    CHECK(parsed(text, 0, &pem) == 1);
    CHECK_STR(pem, "-----BEGIN PRIVATE KEY-----\n"
                   "QUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJD\nQUJDQUJDQUJDQUJD\n"
                   "-----END PRIVATE KEY-----");
    /* a PKCS#1 public PEM, loaded as a public key, becomes SPKI; loaded as a private key it stays */
    CHECK(parsed("x-----BEGIN RSA PUBLIC KEY-----\r\nAAAA\r\nAA\r\n-----END RSA PUBLIC KEY-----", 1, &pem) == 1);
    CHECK_STR(pem, "-----BEGIN PUBLIC KEY-----\nMBYwDQYJKoZIhvcNAQEBBQADBQAAAAAA\n-----END PUBLIC KEY-----");
    CHECK(parsed("-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----", 0, &pem) == 0);
    CHECK_STR(pem, "");
    /* rewritten into a pseudo-scheme that parse_url() then refuses: the rewritten text is what the package
     * hands on */
    CHECK(parsed("-----BEGIN RSA PUBLIC KEY-----\n/x\n-----END RSA PUBLIC KEY-----", 1, &pem) == 1);
    CHECK_STR(pem, "public.pkcs1:///x");
    /* PEM text, paths and what parse_url() gives no known scheme stay as they are */
    CHECK(parsed("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", 0, &pem) == 0);
    CHECK(parsed("file:///etc/key.pem", 1, &pem) == 0);
    CHECK(parsed("private.pkcs1:///x", 0, &pem) == 0);
    CHECK(parsed("https://example.com/key.pem", 0, &pem) == 0);
    /* the Base64 starts at the scheme's fixed offset, whatever precedes it */
    CHECK(parsed("public.spki:abcd://QUJD", 1, &pem) == 1);
    CHECK_STR(pem, "-----BEGIN PUBLIC KEY-----\ncd://QUJD\n-----END PUBLIC KEY-----");
    CHECK(parsed("public.spki://", 1, &pem) == 0);
}

/* The Base64 body of the first key block of pem, without line breaks (malloc'ed). */
static char *body_of(const char *pem)
{
    const char *label, *body;
    size_t len, i, n = 0;
    char *flat;

    if (!wxp_pem_first_key_block(pem, strlen(pem), &label, &body, &len) || (flat = malloc(len + 1)) == NULL) {
        keygen_die("PEM body");
    }
    for (i = 0; i < len; i++) {
        if (body[i] != '\n' && body[i] != '\r') {
            flat[n++] = body[i];
        }
    }
    flat[n] = '\0';
    return flat;
}

/* Reads text back as a key: a public one (SPKI) or a private one. */
static EVP_PKEY *read_back(const char *text, int is_public)
{
    BIO *bio = BIO_new_mem_buf(text, -1);
    EVP_PKEY *key = is_public ? PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL)
                              : PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);

    BIO_free(bio);
    return key;
}

/* Makes the PEM of scheme:// + the Base64 body of pem and checks OpenSSL reads key back from it. */
static void check_round_trip(EVP_PKEY *key, const char *scheme, char *pem, int is_public)
{
    char *body = body_of(pem), *text = malloc(strlen(scheme) + 3 + strlen(body) + 1);
    wxp_buf out;
    EVP_PKEY *back;

    if (text == NULL) {
        keygen_die("pseudo-scheme text");
    }
    sprintf(text, "%s://%s", scheme, body);
    wxp_buf_init(&out);
    CHECK(wxp_pem_parse_key_text(text, strlen(text), is_public, &out) == 1);
    back = read_back(wxp_buf_cstr(&out), is_public);
    CHECK(back != NULL && EVP_PKEY_eq(back, key) == 1);
    EVP_PKEY_free(back);
    wxp_buf_wipe(&out);
    free(text);
    free(body);
    free(pem);
}

static void test_round_trips(void)
{
    EVP_PKEY *key = keygen_rsa(1024), *back;
    char *pkcs1_public = keygen_pkcs1_public_pem(key);
    wxp_buf out;

    check_round_trip(key, "private.pkcs1", keygen_pkcs1_private_pem(key), 0);
    check_round_trip(key, "private.pkcs8", keygen_pkcs8_pem(key), 0);
    check_round_trip(key, "public.pkcs1", keygen_pkcs1_public_pem(key), 1);
    check_round_trip(key, "public.spki", keygen_spki_pem(key), 1);
    wxp_buf_init(&out);
    CHECK(wxp_pem_parse_key_text(pkcs1_public, strlen(pkcs1_public), 1, &out) == 1);
    back = read_back(wxp_buf_cstr(&out), 1);
    CHECK(back != NULL && EVP_PKEY_eq(back, key) == 1);
    EVP_PKEY_free(back);
    wxp_buf_free(&out);
    free(pkcs1_public);
    EVP_PKEY_free(key);
}

int main(void)
{
    test_wordwrap();
    test_pseudo_scheme();
    test_first_key_block();
    test_pkcs1_to_spki_base64();
    test_parse_key_text();
    test_round_trips();
    return UNIT_DONE();
}
