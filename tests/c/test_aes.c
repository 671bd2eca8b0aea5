/* AES-256-GCM (the GCM specification's AES-256 test cases 13-18: empty input, 8-, 12- and 60-byte IVs, AAD;
 * truncated tags; every kind of tampering), AES-256-ECB (NIST SP 800-38A F.1.5, PKCS#7 padding and its
 * refusals), key fitting, and Base64 (RFC 4648 vectors, PHP's forgiving decoder against a plain model of it).
 * Each runs before and after wxp_aes_global_init() and then in one reused context, so the implicit and the
 * cached cipher, and a context set up again call after call, are all covered. */
#include "unit.h"
#include "wxp_aes.h"
#include "wxp_base64.h"

#include <stdlib.h>

/* The reusable context the GCM calls run in: NULL (one per call) in the first passes, one context in the last. */
static wxp_aes_ctx *T;

/* Decodes hex into out; returns the byte count. */
static size_t unhex(const char *hex, unsigned char *out)
{
    size_t n = 0;

    for (; hex[0] && hex[1]; hex += 2) {
        unsigned int byte;

        sscanf(hex, "%2x", &byte);
        out[n++] = (unsigned char) byte;
    }
    return n;
}

static int same_hex(const unsigned char *bytes, size_t len, const char *hex)
{
    unsigned char want[512];
    size_t n = unhex(hex, want);

    return n == len && (len == 0 || memcmp(bytes, want, len) == 0);
}

typedef struct gcm_case {
    const char *name, *key, *iv, *aad, *plain, *cipher, *tag;
} gcm_case;

#define K15 "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"
#define P60 "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525" \
            "b16aedf5aa0de657ba637b39"
#define A20 "feedfacedeadbeeffeedfacedeadbeefabaddad2"

/* The GCM specification (McGrew and Viega), test cases 13 to 18: AES-256. */
static const gcm_case gcm_cases[] = {
    {"TC13 empty", "0000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000",
     "", "", "", "530f8afbc74536b9a963b4f1c4cb738b"},
    {"TC14 one zero block", "0000000000000000000000000000000000000000000000000000000000000000",
     "000000000000000000000000", "", "00000000000000000000000000000000", "cea7403d4d606b6e074ec5d3baf39d18",
     "d0d1c8a799996bf0265b98b5d48ab919"},
    {"TC15 four blocks", K15, "cafebabefacedbaddecaf888", "", P60 "1aafd255",
     "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838"
     "c5f61e6393ba7a0abcc9f662898015ad",
     "b094dac5d93471bdec1a502270e3cc6c"},
    {"TC16 AAD", K15, "cafebabefacedbaddecaf888", A20, P60,
     "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838"
     "c5f61e6393ba7a0abcc9f662",
     "76fc6ece0f4e1768cddf8853bb2d551b"},
    {"TC17 8-byte IV", K15, "cafebabefacedbad", A20, P60,
     "c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0feb582d33934a4f0954cc2363bc73f78"
     "62ac430e64abe499f47c9b1f",
     "3a337dbf46a792c45e454913fe2ea8f2"},
    {"TC18 60-byte IV", K15,
     "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b5254"
     "16aedbf5a0de6a57a637b39b",
     A20, P60,
     "5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf40fc0c3b780f244452da3ebf1c5d82cde"
     "a2418997200ef82e44ae7e3f",
     "a44a8266ee1c8eb0c8b5d4cf5ae9f19a"},
};

static void test_gcm_vectors(void)
{
    size_t c;

    for (c = 0; c < sizeof(gcm_cases) / sizeof(gcm_cases[0]); c++) {
        const gcm_case *t = &gcm_cases[c];
        unsigned char key[64], iv[128], aad[64], plain[128], cipher[128], out[128], tag[16], want_tag[16];
        size_t key_len = unhex(t->key, key), iv_len = unhex(t->iv, iv), aad_len = unhex(t->aad, aad);
        size_t len = unhex(t->plain, plain), tag_len;
        wxp_err err;
        int encrypted, decrypted, cut_ok = 1;

        unhex(t->cipher, cipher);
        unhex(t->tag, want_tag);
        CHECK(key_len == WXP_AES_KEY_LEN);
        wxp_err_clear(&err);
        encrypted = wxp_aes_gcm_encrypt(T, key, iv, iv_len, aad, aad_len, plain, len, out, tag, 16, &err) == 0;
        if (!encrypted) {
            fprintf(stderr, "%s: %s\n", t->name, err.message);
        }
        CHECK(encrypted);
        CHECK(same_hex(out, len, t->cipher));
        CHECK(same_hex(tag, 16, t->tag));

        memset(out, 0xee, sizeof(out));
        decrypted = wxp_aes_gcm_decrypt(T, key, iv, iv_len, aad, aad_len, cipher, len, want_tag, 16, out, &err);
        CHECK(decrypted == 1);
        CHECK(len == 0 || memcmp(out, plain, len) == 0);

        /* Every shorter tag is the full tag cut short, and verifies as such. */
        for (tag_len = 1; tag_len <= 16; tag_len++) {
            unsigned char short_tag[16];

            cut_ok &= wxp_aes_gcm_encrypt(T, key, iv, iv_len, aad, aad_len, plain, len, out, short_tag, tag_len, &err) == 0
                      && memcmp(short_tag, want_tag, tag_len) == 0
                      && wxp_aes_gcm_decrypt(T, key, iv, iv_len, aad, aad_len, cipher, len, want_tag, tag_len, out, &err)
                             == 1;
        }
        CHECK(cut_ok);

        /* In place, both ways. */
        memcpy(out, plain, len);
        CHECK(wxp_aes_gcm_encrypt(T, key, iv, iv_len, aad, aad_len, out, len, out, tag, 16, &err) == 0);
        CHECK(same_hex(out, len, t->cipher));
        CHECK(wxp_aes_gcm_decrypt(T, key, iv, iv_len, aad, aad_len, out, len, tag, 16, out, &err) == 1);
        CHECK(len == 0 || memcmp(out, plain, len) == 0);
    }
}

static void test_gcm_tampering(void)
{
    const gcm_case *t = &gcm_cases[3]; /* TC16: with AAD */
    unsigned char key[32], iv[12], aad[20], cipher[60], tag[16], bad[64], out[60];
    size_t len, i;
    wxp_err err;
    int all_refused = 1, all_zeroed = 1;

    unhex(t->key, key);
    unhex(t->iv, iv);
    unhex(t->aad, aad);
    len = unhex(t->cipher, cipher);
    unhex(t->tag, tag);

    /* One flipped bit anywhere (ciphertext, tag, AAD, IV, key) is refused and leaves no plaintext behind. */
    for (i = 0; i < len; i++) {
        size_t k;

        memcpy(bad, cipher, len);
        bad[i] ^= 0x01;
        memset(out, 0xee, sizeof(out));
        all_refused &= wxp_aes_gcm_decrypt(T, key, iv, 12, aad, 20, bad, len, tag, 16, out, &err) == 0;
        for (k = 0; k < len; k++) {
            all_zeroed &= out[k] == 0;
        }
    }
    CHECK(all_refused);
    CHECK(all_zeroed);
    all_refused = 1;
    for (i = 0; i < 16; i++) {
        memcpy(bad, tag, 16);
        bad[i] ^= 0x80;
        all_refused &= wxp_aes_gcm_decrypt(T, key, iv, 12, aad, 20, cipher, len, bad, 16, out, &err) == 0;
    }
    CHECK(all_refused);
    memcpy(bad, aad, 20);
    bad[19] ^= 1;
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 12, bad, 20, cipher, len, tag, 16, out, &err) == 0);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 12, aad, 19, cipher, len, tag, 16, out, &err) == 0);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 12, NULL, 0, cipher, len, tag, 16, out, &err) == 0);
    memcpy(bad, iv, 12);
    bad[0] ^= 1;
    CHECK(wxp_aes_gcm_decrypt(T, key, bad, 12, aad, 20, cipher, len, tag, 16, out, &err) == 0);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 11, aad, 20, cipher, len, tag, 16, out, &err) == 0);
    memcpy(bad, key, 32);
    bad[31] ^= 1;
    CHECK(wxp_aes_gcm_decrypt(T, bad, iv, 12, aad, 20, cipher, len, tag, 16, out, &err) == 0);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 12, aad, 20, cipher, len - 1, tag, 16, out, &err) == 0);
    /* A tag of the wrong bytes but a right prefix: only tag_len bytes count. */
    memcpy(bad, tag, 16);
    bad[15] ^= 1;
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 12, aad, 20, cipher, len, bad, 15, out, &err) == 1);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 12, aad, 20, cipher, len, bad, 16, out, &err) == 0);
}

static void test_gcm_lengths(void)
{
    unsigned char key[32] = {1}, iv[129] = {2}, tag[17], out[16];
    wxp_err err;

    /* IV: 1 to 128 bytes, as OpenSSL allows (PHP's openssl_encrypt() refuses 0 and 129 too). */
    wxp_err_clear(&err);
    CHECK(wxp_aes_gcm_encrypt(T, key, iv, 0, NULL, 0, "x", 1, out, tag, 16, &err) == -1);
    CHECK(err.code == WXP_E_INVALID);
    CHECK(strstr(err.message, "1 to 128 bytes long, not 0") != NULL);
    CHECK(wxp_aes_gcm_encrypt(T, key, iv, 129, NULL, 0, "x", 1, out, tag, 16, &err) == -1);
    CHECK(wxp_aes_gcm_encrypt(T, key, iv, 1, NULL, 0, "x", 1, out, tag, 16, &err) == 0);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 1, NULL, 0, out, 1, tag, 16, out, &err) == 1);
    CHECK(out[0] == 'x');
    CHECK(wxp_aes_gcm_encrypt(T, key, iv, 128, NULL, 0, "y", 1, out, tag, 16, &err) == 0);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 128, NULL, 0, out, 1, tag, 16, out, &err) == 1);
    CHECK(out[0] == 'y');
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 0, NULL, 0, out, 1, tag, 16, out, &err) == -1);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 129, NULL, 0, out, 1, tag, 16, out, &err) == -1);
    /* Tag: 1 to 16 bytes. */
    wxp_err_clear(&err);
    CHECK(wxp_aes_gcm_encrypt(T, key, iv, 12, NULL, 0, "x", 1, out, tag, 17, &err) == -1);
    CHECK(strstr(err.message, "tag must be 1 to 16 bytes long, not 17") != NULL);
    CHECK(wxp_aes_gcm_encrypt(T, key, iv, 12, NULL, 0, "x", 1, out, tag, 0, &err) == -1);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 12, NULL, 0, out, 1, tag, 0, out, &err) == -1);
    CHECK(wxp_aes_gcm_decrypt(T, key, iv, 12, NULL, 0, out, 1, tag, 17, out, &err) == -1);
}

static void test_key_fit(void)
{
    unsigned char out[WXP_AES_KEY_LEN], want[WXP_AES_KEY_LEN];
    const char *long_key = "0123456789abcdef0123456789abcdefEXTRA";

    memset(out, 0xee, sizeof(out));
    wxp_aes_key_fit("short", 5, out);
    memset(want, 0, sizeof(want));
    memcpy(want, "short", 5);
    CHECK(memcmp(out, want, sizeof(want)) == 0);
    wxp_aes_key_fit(long_key, strlen(long_key), out);
    CHECK(memcmp(out, long_key, 32) == 0);
    wxp_aes_key_fit(NULL, 0, out);
    memset(want, 0, sizeof(want));
    CHECK(memcmp(out, want, sizeof(want)) == 0);
}

static void test_ecb(void)
{
    unsigned char key[32], plain[64], out[96], back[96];
    size_t len, out_len = 0, back_len = 0, n;
    wxp_err err;
    int ok = 1;

    /* NIST SP 800-38A F.1.5, ECB-AES256.Encrypt: four blocks, then one block of padding (16 x 0x10). */
    unhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4", key);
    len = unhex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710", plain);
    CHECK(wxp_aes_ecb_padded_len(len) == 80);
    CHECK(wxp_aes_ecb_encrypt(key, plain, len, out, &out_len, &err) == 0);
    CHECK(out_len == 80);
    CHECK(same_hex(out, 64, "f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870"
                            "b6ed21b99ca6f4f9f153e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7"));
    CHECK(same_hex(out + 64, 16, "4c45dfb3b3b484ec35b0512dc8c1c4d6"));
    CHECK(wxp_aes_ecb_decrypt(key, out, out_len, back, &back_len, &err) == 1);
    CHECK(back_len == len && memcmp(back, plain, len) == 0);

    /* wechatpay-php's fixed vector: "hello" under "0123456789abcdef0123456789abcdef". */
    wxp_aes_key_fit("0123456789abcdef0123456789abcdef", 32, key);
    CHECK(wxp_aes_ecb_encrypt(key, "hello", 5, out, &out_len, &err) == 0);
    CHECK(out_len == 16);
    {
        char text[WXP_BASE64_ENCODED_LEN(16) + 1];

        wxp_base64_encode(out, out_len, text);
        CHECK_STR(text, "pZwJZBLuy3mDACEQT4YTBw==");
    }

    /* Every length 0..48 round-trips, padded to the next multiple of 16, also in place. */
    for (n = 0; n <= 48; n++) {
        unsigned char buf[64];
        size_t i;

        for (i = 0; i < n; i++) {
            plain[i] = (unsigned char) (i * 7 + n);
        }
        ok &= wxp_aes_ecb_encrypt(key, plain, n, out, &out_len, &err) == 0 && out_len == (n / 16 + 1) * 16
              && wxp_aes_ecb_decrypt(key, out, out_len, back, &back_len, &err) == 1 && back_len == n
              && (n == 0 || memcmp(back, plain, n) == 0);
        memcpy(buf, plain, n);
        ok &= wxp_aes_ecb_encrypt(key, buf, n, buf, &out_len, &err) == 0 && memcmp(buf, out, out_len) == 0
              && wxp_aes_ecb_decrypt(key, buf, out_len, buf, &back_len, &err) == 1 && back_len == n
              && (n == 0 || memcmp(buf, plain, n) == 0);
    }
    CHECK(ok);
}

/* Encrypts one raw block (no padding added) so a chosen last block can be fed to the decrypter. */
static void ecb_raw_block(const unsigned char key[32], const unsigned char block[16], unsigned char out[16])
{
    unsigned char two[32];
    size_t len;
    wxp_err err;

    /* Encrypting 16 bytes yields the block's ciphertext followed by the padding block's. */
    wxp_aes_ecb_encrypt(key, block, 16, two, &len, &err);
    memcpy(out, two, 16);
}

static void test_ecb_padding(void)
{
    unsigned char key[32], block[16], enc[16], out[32];
    size_t out_len = 99;
    wxp_err err;
    int i;

    wxp_aes_key_fit("k", 1, key);
    /* Lengths that are not whole blocks. */
    CHECK(wxp_aes_ecb_decrypt(key, "", 0, out, &out_len, &err) == 0);
    CHECK(wxp_aes_ecb_decrypt(key, "0123456789abcde", 15, out, &out_len, &err) == 0);
    CHECK(wxp_aes_ecb_decrypt(key, "0123456789abcdef0", 17, out, &out_len, &err) == 0);
    CHECK(out_len == 99);

    /* Good paddings 1..16. */
    for (i = 1; i <= 16; i++) {
        memset(block, 'a', sizeof(block));
        memset(block + 16 - i, i, (size_t) i);
        ecb_raw_block(key, block, enc);
        CHECK(wxp_aes_ecb_decrypt(key, enc, 16, out, &out_len, &err) == 1);
        CHECK(out_len == (size_t) (16 - i));
    }
    /* Last byte 0, 17, 255; a mismatch inside the padding; the whole block zeroed after a refusal. */
    memset(block, 'a', sizeof(block));
    block[15] = 0;
    ecb_raw_block(key, block, enc);
    CHECK(wxp_aes_ecb_decrypt(key, enc, 16, out, &out_len, &err) == 0);
    block[15] = 17;
    ecb_raw_block(key, block, enc);
    CHECK(wxp_aes_ecb_decrypt(key, enc, 16, out, &out_len, &err) == 0);
    block[15] = 255;
    ecb_raw_block(key, block, enc);
    CHECK(wxp_aes_ecb_decrypt(key, enc, 16, out, &out_len, &err) == 0);
    memset(block + 12, 4, 4);
    block[12] = 5;
    ecb_raw_block(key, block, enc);
    memset(out, 0xee, sizeof(out));
    CHECK(wxp_aes_ecb_decrypt(key, enc, 16, out, &out_len, &err) == 0);
    {
        int zeroed = 1;

        for (i = 0; i < 16; i++) {
            zeroed &= out[i] == 0;
        }
        CHECK(zeroed);
    }
    memset(block + 12, 4, 4);
    ecb_raw_block(key, block, enc);
    CHECK(wxp_aes_ecb_decrypt(key, enc, 16, out, &out_len, &err) == 1);
    CHECK(out_len == 12);
}

/* PHP's non-strict base64_decode, written the obvious way, to check the fast path against. */
static size_t model_decode(const char *text, size_t len, unsigned char *out)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    unsigned long bits = 0;
    size_t j = 0, i;
    int have = 0;

    for (i = 0; i < len; i++) {
        const char *p = text[i] ? strchr(alphabet, text[i]) : NULL;

        if (p == NULL) {
            continue;
        }
        bits = (bits << 6) | (unsigned long) (p - alphabet);
        have += 6;
        if (have >= 8) {
            have -= 8;
            out[j++] = (unsigned char) (bits >> have);
        }
    }
    return j;
}

static void test_base64(void)
{
    static const char *const rfc[][2] = {
        {"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"}, {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="},
        {"foobar", "Zm9vYmFy"},
    };
    /* What PHP 8.2's base64_decode() returns for each (checked with PHP). */
    static const char *const forgiving[][2] = {
        {"Zm9v YmFy", "foobar"}, {"Zm=9v", "foo"}, {"Z", ""}, {"Zm", "f"}, {"Zg=!=", "f"}, {"====", ""},
        {"Zm9vYmFy=Zm9v", "foobarfoo"}, {"Zm9vYg", "foob"}, {"*Zm9v*", "foo"}, {"Zm9vY mFy", "foobar"},
        {"Zm9vYmFy\r\nZm9v", "foobarfoo"}, {"Zh==", "f"}, {"Zmg", "fh"},
    };
    char text[160];
    unsigned char out[160], want[160];
    size_t i, n;
    int agree = 1;

    for (i = 0; i < sizeof(rfc) / sizeof(rfc[0]); i++) {
        n = wxp_base64_encode(rfc[i][0], strlen(rfc[i][0]), text);
        CHECK_STR(text, rfc[i][1]);
        CHECK(n == strlen(rfc[i][1]));
        n = wxp_base64_decode_php(rfc[i][1], strlen(rfc[i][1]), out);
        CHECK(n == strlen(rfc[i][0]) && memcmp(out, rfc[i][0], n) == 0);
    }
    for (i = 0; i < sizeof(forgiving) / sizeof(forgiving[0]); i++) {
        n = wxp_base64_decode_php(forgiving[i][0], strlen(forgiving[i][0]), out);
        out[n] = '\0';
        CHECK_STR((char *) out, forgiving[i][1]);
    }
    /* In place. */
    strcpy(text, "Zm9vYmFy Zm9v");
    n = wxp_base64_decode_php(text, strlen(text), text);
    CHECK(n == 9 && memcmp(text, "foobarfoo", 9) == 0);

    /* 20000 random strings of up to 120 characters (long enough for the 16-character SIMD blocks, the 8- and
     * 4-character loops and the tail) over the alphabet plus '=', ' ', '*', '\n', NUL, half of them clean: the
     * decoder agrees with the model. */
    srand(4);
    for (i = 0; i < 20000; i++) {
        static const char pool[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= *\n";
        size_t len = (size_t) rand() % 121, k, got, model;
        int clean = rand() % 2;

        for (k = 0; k < len; k++) {
            text[k] = clean ? pool[rand() % 64]
                            : (rand() % 50 == 0 ? '\0' : pool[rand() % (rand() % 4 ? 64 : (int) sizeof(pool) - 1)]);
        }
        got = wxp_base64_decode_php(text, len, out);
        model = model_decode(text, len, want);
        agree &= got == model && memcmp(out, want, got) == 0;
        /* and in place */
        got = wxp_base64_decode_php(text, len, text);
        agree &= got == model && memcmp(text, want, got) == 0;
    }
    CHECK(agree);
}

int main(void)
{
    int pass;

    /* Pass 0: implicit fetches, a context per call; 1: fetched ciphers; 2: one context reused by every call,
     * across IV lengths, tag lengths, directions and refusals. */
    for (pass = 0; pass < 3; pass++) {
        if (pass == 1) {
            CHECK(wxp_aes_global_init() == 0);
        }
        if (pass == 2) {
            CHECK((T = wxp_aes_ctx_new()) != NULL);
        }
        CHECK(wxp_aes_gcm_available() == 1);
        test_gcm_vectors();
        test_gcm_tampering();
        test_gcm_lengths();
        test_ecb();
        test_ecb_padding();
    }
    wxp_aes_ctx_free(T);
    wxp_aes_ctx_free(NULL);
    wxp_aes_global_cleanup();
    wxp_aes_global_cleanup();
    test_key_fit();
    test_base64();
    return UNIT_DONE();
}
