/* Digests and HMACs: RFC 1321 (MD5) and RFC 4231 (HMAC-SHA256, all seven cases) vectors, streaming in
 * pieces, PHP's algorithm names, the one-shot hex digest (FIPS 180-4's SHA-256 vectors), hex, hash_equals();
 * the APIv2 string to sign (sorting, skipped fields) and the APIv2 documentation's `sign` vector for MD5 and
 * HMAC-SHA256. */
#include "unit.h"
#include "wxp_hash.h"

/* Hashes msg (as one piece, then byte by byte) and checks both against want. */
static void check_digest(const EVP_MD *md, int hmac, const void *key, size_t key_len, const void *msg, size_t len,
                         const char *want)
{
    char hex[WXP_HASH_HEX_MAX];
    wxp_hash h;
    wxp_err err;
    size_t i;
    int ok;

    wxp_err_clear(&err);
    ok = wxp_hash_begin(&h, md, hmac, key, key_len, &err) == 0 && wxp_hash_update(&h, msg, len, &err) == 0
         && wxp_hash_final_hex(&h, hex, 0, &err) == 0;
    CHECK(ok);
    if (ok) {
        CHECK_STR(hex, want);
    }
    ok = wxp_hash_begin(&h, md, hmac, key, key_len, &err) == 0;
    for (i = 0; ok && i < len; i++) {
        ok = wxp_hash_update(&h, (const char *) msg + i, 1, &err) == 0;
    }
    ok = ok && wxp_hash_final_hex(&h, hex, 0, &err) == 0;
    CHECK(ok);
    if (ok) {
        CHECK_STR(hex, want);
    }
}

static void test_md5(void)
{
    static const char *const rfc1321[][2] = {
        {"", "d41d8cd98f00b204e9800998ecf8427e"},
        {"a", "0cc175b9c0f1b6a831c399e269772661"},
        {"abc", "900150983cd24fb0d6963f7d28e17f72"},
        {"message digest", "f96b697d7cb7938d525a2f31aaf161d0"},
        {"abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"},
        {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"},
        {"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
         "57edf4a22be3c955ac49da2e2107b67a"},
    };
    size_t i;

    for (i = 0; i < sizeof(rfc1321) / sizeof(rfc1321[0]); i++) {
        check_digest(EVP_md5(), 0, NULL, 0, rfc1321[i][0], strlen(rfc1321[i][0]), rfc1321[i][1]);
    }
}

static void test_hmac_sha256(void)
{
    unsigned char k20[20], k25[25], k131[131], d50[50];
    size_t i;

    memset(k20, 0x0b, sizeof(k20));
    check_digest(EVP_sha256(), 1, k20, 20, "Hi There", 8,
                 "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    check_digest(EVP_sha256(), 1, "Jefe", 4, "what do ya want for nothing?", 28,
                 "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    memset(k20, 0xaa, sizeof(k20));
    memset(d50, 0xdd, sizeof(d50));
    check_digest(EVP_sha256(), 1, k20, 20, d50, 50, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    for (i = 0; i < 25; i++) {
        k25[i] = (unsigned char) (i + 1);
    }
    memset(d50, 0xcd, sizeof(d50));
    check_digest(EVP_sha256(), 1, k25, 25, d50, 50, "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    /* Test case 5 lists only the first 128 bits. */
    {
        char hex[WXP_HASH_HEX_MAX];
        wxp_hash h;
        wxp_err err;

        memset(k20, 0x0c, sizeof(k20));
        CHECK(wxp_hash_begin(&h, EVP_sha256(), 1, k20, 20, &err) == 0);
        CHECK(wxp_hash_update(&h, "Test With Truncation", 20, &err) == 0);
        CHECK(wxp_hash_final_hex(&h, hex, 0, &err) == 0);
        CHECK(strncmp(hex, "a3b6167473100ee06e0c796c2955552b", 32) == 0);
    }
    memset(k131, 0xaa, sizeof(k131));
    check_digest(EVP_sha256(), 1, k131, 131, "Test Using Larger Than Block-Size Key - Hash Key First", 54,
                 "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    check_digest(EVP_sha256(), 1, k131, 131,
                 "This is a test using a larger than block-size key and a larger than block-size data. The key "
                 "needs to be hashed before being used by the HMAC algorithm.",
                 152, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    /* The empty key is the all-zero block: the same HMAC as the key "\0" (checked with PHP's
     * hash_hmac('sha256', 'abc', "\0")). */
    check_digest(EVP_sha256(), 1, "", 0, "abc", 3, "fd7adb152c05ef80dccf50a1fa4c05d5a3ec6da95575fc312ae7c5d091836351");
    check_digest(EVP_sha256(), 1, "\0", 1, "abc", 3, "fd7adb152c05ef80dccf50a1fa4c05d5a3ec6da95575fc312ae7c5d091836351");
}

static void test_names(void)
{
    static const char *const mapped[] = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512/224", "sha512/256",
                                         "sha512", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "SHA256", "Sha3-512"};
    static const char *const unmapped[] = {"", "sha", "sha2566", "sha25", "md4", "ripemd160", "whirlpool", "tiger192,3",
                                           "crc32b", "xxh128", "sm3", "SHA2-256", "sha512-256"};
    char hex[WXP_HASH_HEX_MAX];
    wxp_hash h;
    wxp_err err;
    size_t i;

    for (i = 0; i < sizeof(mapped) / sizeof(mapped[0]); i++) {
        CHECK(wxp_hash_md_for_php_name(mapped[i], strlen(mapped[i])) != NULL);
    }
    for (i = 0; i < sizeof(unmapped) / sizeof(unmapped[0]); i++) {
        CHECK(wxp_hash_md_for_php_name(unmapped[i], strlen(unmapped[i])) == NULL);
    }
    CHECK(wxp_hash_md_for_php_name("sha256x", 6) == EVP_sha256());
    /* The two names whose spelling differs from OpenSSL's, against PHP's hash('sha512/256', 'abc') etc. */
    check_digest(wxp_hash_md_for_php_name("sha512/256", 10), 0, NULL, 0, "abc", 3,
                 "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23");
    check_digest(wxp_hash_md_for_php_name("sha3-256", 8), 0, NULL, 0, "abc", 3,
                 "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
    /* Upper-case hex; a missing digest is refused. */
    CHECK(wxp_hash_begin(&h, EVP_md5(), 0, NULL, 0, &err) == 0);
    CHECK(wxp_hash_update(&h, "a", 1, &err) == 0);
    CHECK(wxp_hash_final_hex(&h, hex, 1, &err) == 0);
    CHECK_STR(hex, "0CC175B9C0F1B6A831C399E269772661");
    wxp_err_clear(&err);
    CHECK(wxp_hash_begin(&h, NULL, 0, NULL, 0, &err) == -1);
    CHECK(err.code == WXP_E_INVALID);
    wxp_hash_abort(&h);
    /* Abort after begin, and twice. */
    CHECK(wxp_hash_begin(&h, EVP_sha256(), 1, "k", 1, &err) == 0);
    wxp_hash_abort(&h);
    wxp_hash_abort(&h);
}

/* The one-shot digest: FIPS 180-4's SHA-256 vectors (what MediaUtil's meta carries), lower-case. */
static void test_hash_hex(void)
{
    char hex[WXP_HASH_HEX_MAX];
    wxp_err err;

    wxp_err_clear(&err);
    CHECK(wxp_hash_hex(EVP_sha256(), "", 0, hex, &err) == 0);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(wxp_hash_hex(EVP_sha256(), "abc", 3, hex, &err) == 0);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(wxp_hash_hex(EVP_sha256(), "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex, &err) == 0);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(wxp_hash_hex(EVP_md5(), "abc", 3, hex, &err) == 0);
    CHECK_STR(hex, "900150983cd24fb0d6963f7d28e17f72");
}

static void test_hex_and_equals(void)
{
    char out[9];

    wxp_hex((const unsigned char *) "\x00\x9f\xa0\xff", 4, 0, out);
    CHECK_STR(out, "009fa0ff");
    wxp_hex((const unsigned char *) "\x00\x9f\xa0\xff", 4, 1, out);
    CHECK_STR(out, "009FA0FF");
    wxp_hex(NULL, 0, 0, out);
    CHECK_STR(out, "");

    CHECK(wxp_hash_equals("", 0, "", 0) == 1);
    CHECK(wxp_hash_equals("abc", 3, "abc", 3) == 1);
    CHECK(wxp_hash_equals("abc", 3, "abd", 3) == 0);
    CHECK(wxp_hash_equals("abc", 3, "ab", 2) == 0);
    CHECK(wxp_hash_equals("ab", 2, "abc", 3) == 0);
    CHECK(wxp_hash_equals("a\0c", 3, "a\0d", 3) == 0);
    CHECK(wxp_hash_equals("a\0c", 3, "a\0c", 3) == 1);
}

/* A field of two string literals; N(name) is a field whose value is null. */
#define F(n, v) {n, sizeof(n) - 1, v, sizeof(v) - 1}
#define N(n) {n, sizeof(n) - 1, NULL, 0}

static void test_apiv2_string(void)
{
    /* The APIv2 documentation's example, given out of order, with a `sign` and empty and null fields. */
    const wxp_apiv2_field doc[] = {
        F("nonce_str", "ibuaiVcKdpRxkhJA"), F("sign", "WHATEVER"), F("mch_id", "10000100"), F("device_info", "1000"),
        F("empty", ""), N("null"), F("body", "test"), F("appid", "wxd930ea5d5a258f4f"),
    };
    /* Byte order: upper case before lower, '_' (0x5f) between them, a prefix before its extensions; "Sign" and
     * "signs" are not "sign"; values kept byte for byte (no encoding). */
    const wxp_apiv2_field order[] = {
        F("b", "2"), F("a_b", "3"), F("ab", "4"), F("a", "1"), F("B", "0"), F("Sign", "S"), F("signs", "s"),
        F("aB", "x&y=z"), F("0", "zero"), F("\xe4\xb8\xad", "\xe6\x96\x87"),
    };
    wxp_buf out;

    wxp_buf_init(&out);
    CHECK(wxp_apiv2_string(&out, doc, sizeof(doc) / sizeof(doc[0])) == 0);
    CHECK_STR(wxp_buf_cstr(&out),
              "appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA");
    wxp_buf_reset(&out);
    CHECK(wxp_apiv2_string(&out, order, sizeof(order) / sizeof(order[0])) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "0=zero&B=0&Sign=S&a=1&aB=x&y=z&a_b=3&ab=4&b=2&signs=s&\xe4\xb8\xad=\xe6\x96\x87");
    wxp_buf_reset(&out);
    CHECK(wxp_apiv2_string(&out, order, 0) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "");
    CHECK(wxp_apiv2_string(&out, doc + 1, 1) == 0); /* only `sign` */
    CHECK_STR(wxp_buf_cstr(&out), "");
    /* Appends after what is there. */
    wxp_buf_append_str(&out, "x:");
    CHECK(wxp_apiv2_string(&out, order, 1) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "x:b=2");
    wxp_buf_free(&out);
}

static void test_apiv2_sign(void)
{
    const wxp_apiv2_field doc[] = {
        F("appid", "wxd930ea5d5a258f4f"), F("mch_id", "10000100"), F("device_info", "1000"), F("body", "test"),
        F("nonce_str", "ibuaiVcKdpRxkhJA"),
    };
    const char *key = "192006250b4c09247ec02edce69f6a2d";
    char sign[WXP_HASH_HEX_MAX];
    wxp_buf msg;
    wxp_err err;

    wxp_buf_init(&msg);
    CHECK(wxp_apiv2_string(&msg, doc, 5) == 0);
    CHECK(wxp_apiv2_sign("MD5", 3, msg.data, msg.len, key, strlen(key), sign, &err) == 0);
    CHECK_STR(sign, "9A0A8659F005D6984697E2CA0A9CF3B7");
    CHECK(wxp_apiv2_sign("HMAC-SHA256", 11, msg.data, msg.len, key, strlen(key), sign, &err) == 0);
    CHECK_STR(sign, "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    /* Types are matched exactly; an empty key is refused. */
    strcpy(sign, "untouched");
    CHECK(wxp_apiv2_sign("md5", 3, msg.data, msg.len, key, strlen(key), sign, &err) == 1);
    CHECK(wxp_apiv2_sign("HMAC-SHA256 ", 12, msg.data, msg.len, key, strlen(key), sign, &err) == 1);
    CHECK(wxp_apiv2_sign("", 0, msg.data, msg.len, key, strlen(key), sign, &err) == 1);
    CHECK_STR(sign, "untouched");
    wxp_err_clear(&err);
    CHECK(wxp_apiv2_sign("MD5", 3, msg.data, msg.len, "", 0, sign, &err) == -1);
    CHECK(err.code == WXP_E_INVALID);
    wxp_buf_free(&msg);
}

int main(void)
{
    test_md5();
    test_hmac_sha256();
    test_names();
    test_hash_hex();
    test_hex_and_equals();
    test_apiv2_string();
    test_apiv2_sign();
    return UNIT_DONE();
}
