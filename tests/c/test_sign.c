/* Request signing: nonces, messages, RSA-SHA256 + Base64 (every padding length), the Authorization value
 * and wxp_sign_request end to end. Keys are generated at test time. */
#include "unit.h"
#include "keygen.h"
#include "wxp_sign.h"

static const char base62[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

static void test_nonce(void)
{
    char a[WXP_NONCE_LEN + 1], b[WXP_NONCE_LEN + 1];
    unsigned long counts[256] = { 0 };
    unsigned long min = (unsigned long) -1, max = 0;
    size_t i;
    int n, all_made = 1, all_in_alphabet = 1;

    memset(a, '!', sizeof(a));
    CHECK(wxp_nonce(a) == 0);
    CHECK(wxp_nonce(b) == 0);
    CHECK(strlen(a) == WXP_NONCE_LEN);
    CHECK(a[WXP_NONCE_LEN] == '\0');
    CHECK(strspn(a, base62) == WXP_NONCE_LEN);
    CHECK(strcmp(a, b) != 0);

    /* 2000 nonces = 64000 characters, ~1032 per character: a loose band that a uniform source never
     * leaves, but a modulo bias towards the first 8 characters (~1.25x) or a missing character would */
    for (n = 0; n < 2000; n++) {
        all_made &= wxp_nonce(a) == 0;
        for (i = 0; i < WXP_NONCE_LEN; i++) {
            counts[(unsigned char) a[i]]++;
            if (strchr(base62, a[i]) == NULL) {
                all_in_alphabet = 0;
            }
        }
    }
    CHECK(all_made);
    CHECK(all_in_alphabet);
    for (i = 0; i < 62; i++) {
        unsigned long c = counts[(unsigned char) base62[i]];

        min = c < min ? c : min;
        max = c > max ? c : max;
    }
    CHECK(min > 850);
    CHECK(max < 1220);
}

static void test_messages(void)
{
    wxp_buf out;

    wxp_buf_init(&out);
    CHECK(wxp_request_message(&out, "GET", "/v3/certificates", 16, "1554208460", "593BEC0C930BF1AFEB40B4A08C8FB242",
                              NULL, 0) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n");

    wxp_buf_reset(&out);
    CHECK(wxp_request_message(&out, "POST", "/v3/pay/transactions/native?x=1&y=%20", 37, "1700000000", "N",
                              "{\"a\":1}", 7) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "POST\n/v3/pay/transactions/native?x=1&y=%20\n1700000000\nN\n{\"a\":1}\n");

    /* exact lengths: the target and body are bytes, not C strings */
    wxp_buf_reset(&out);
    CHECK(wxp_request_message(&out, "PUT", "/a/b?ignored", 4, "1", "n", "x\0y\n", 4) == 0);
    CHECK(out.len == 18);
    CHECK(memcmp(out.data, "PUT\n/a/b\n1\nn\nx\0y\n\n", 18) == 0);

    wxp_buf_reset(&out);
    CHECK(wxp_response_message(&out, "1554209980xyz", 10, "c5ac7061fccab6bf3e254dcf98995b8c", 32,
                               "{\"data\":[]}", 11) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n{\"data\":[]}\n");

    /* 204: the body line is empty */
    wxp_buf_reset(&out);
    CHECK(wxp_response_message(&out, "1", 1, "n", 1, NULL, 0) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "1\nn\n\n");

    /* appends after existing content */
    CHECK(wxp_response_message(&out, "2", 1, "m", 1, "", 0) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "1\nn\n\n2\nm\n\n");
    wxp_buf_free(&out);
}

/* Reference RSA-SHA256 + Base64 made directly with OpenSSL, to compare with (PKCS#1 v1.5 is deterministic). */
static char *reference_signature(EVP_PKEY *key, const char *msg, size_t len)
{
    unsigned char sig[1024];
    size_t sig_len = sizeof(sig);
    char *b64 = malloc(sizeof(sig) / 3 * 4 + 8);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();

    if (EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, key) != 1
        || EVP_DigestSign(ctx, sig, &sig_len, (const unsigned char *) msg, len) != 1) {
        keygen_die("reference signature");
    }
    EVP_EncodeBlock((unsigned char *) b64, sig, (int) sig_len);
    EVP_MD_CTX_free(ctx);
    return b64;
}

/* Signs with a key of bits, checks length and padding of the Base64 and the round trip. */
static void check_sign_round_trip(unsigned int bits, const char *want_tail)
{
    EVP_PKEY *key = keygen_rsa(bits);
    const char *msg = "GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n";
    size_t sig_bytes = (size_t) EVP_PKEY_get_size(key), b64_len = (sig_bytes + 2) / 3 * 4;
    char *ref = reference_signature(key, msg, strlen(msg));
    wxp_buf sig;
    wxp_err err;

    wxp_buf_init(&sig);
    wxp_err_clear(&err);
    CHECK(wxp_rsa_sign(key, msg, strlen(msg), &sig, &err) == 0);
    CHECK(sig.len == b64_len);
    CHECK_STR(wxp_buf_cstr(&sig), ref);
    /* the padding: none, '=' or '==' by the signature length modulo 3 */
    CHECK(strcmp(wxp_buf_cstr(&sig) + sig.len - strlen(want_tail), want_tail) == 0);
    if (strcmp(want_tail, "=") == 0) {
        CHECK(sig.data[sig.len - 2] != '=');
    }
    CHECK(wxp_rsa_verify(key, msg, strlen(msg), sig.data, sig.len, &err) == 1);
    /* PKCS#1 v1.5 is deterministic */
    CHECK(wxp_rsa_sign(key, msg, strlen(msg), &sig, &err) == 0);
    CHECK(sig.len == 2 * b64_len);
    CHECK(memcmp(sig.data, sig.data + b64_len, b64_len) == 0);

    wxp_buf_free(&sig);
    free(ref);
    EVP_PKEY_free(key);
}

static void test_padding_lengths(void)
{
    check_sign_round_trip(1024, "=");  /* 128 bytes: 128 % 3 == 2 */
    check_sign_round_trip(1032, "");   /* 129 bytes: no padding */
    check_sign_round_trip(2048, "=="); /* 256 bytes: 256 % 3 == 1 */
}

static void check_not_verified(EVP_PKEY *key, const char *msg, const char *sig, size_t sig_len)
{
    wxp_err err;

    wxp_err_clear(&err);
    CHECK(wxp_rsa_verify(key, msg, strlen(msg), sig, sig_len, &err) == 0);
    CHECK(err.code == WXP_OK);
}

static void test_verify_failures(void)
{
    EVP_PKEY *key = keygen_rsa(2048), *other = keygen_rsa(2048);
    const char *msg = "1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n{\"data\":[]}\n";
    char tampered_sig[400], long_sig[400];
    wxp_buf sig;
    wxp_err err;
    size_t i;
    int caught = 1;

    wxp_buf_init(&sig);
    CHECK(wxp_rsa_sign(key, msg, strlen(msg), &sig, &err) == 0);
    CHECK(wxp_rsa_verify(key, msg, strlen(msg), sig.data, sig.len, &err) == 1);

    /* signed by a different key */
    check_not_verified(other, msg, sig.data, sig.len);
    /* a tampered message */
    check_not_verified(key, "1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n{\"data\":[1]}\n", sig.data, sig.len);
    check_not_verified(key, "1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n{\"data\":[]}", sig.data, sig.len);
    /* a tampered signature: one character changed */
    memcpy(tampered_sig, sig.data, sig.len);
    tampered_sig[100] = tampered_sig[100] == 'A' ? 'B' : 'A';
    check_not_verified(key, msg, tampered_sig, sig.len);
    /* truncated, or lengthened by a block */
    check_not_verified(key, msg, sig.data, sig.len - 4);
    memcpy(long_sig, sig.data, sig.len);
    memcpy(long_sig + sig.len, "AAAA", 4);
    check_not_verified(key, msg, long_sig, sig.len + 4);
    /* the padding removed (unpadded Base64 is refused) */
    check_not_verified(key, msg, sig.data, sig.len - 2);
    /* Base64 garbage */
    check_not_verified(key, msg, "", 0);
    check_not_verified(key, msg, NULL, 0);
    check_not_verified(key, msg, "!!!!", 4);
    check_not_verified(key, msg, "abc", 3);
    check_not_verified(key, msg, "====", 4);
    check_not_verified(key, msg, "A===", 4);
    check_not_verified(key, msg, "AB=C", 4);
    check_not_verified(key, msg, "WECHATPAY/SIGNTEST/abc", 22);
    /* whitespace inside, or around, is not tolerated */
    memcpy(tampered_sig, sig.data, sig.len);
    tampered_sig[50] = ' ';
    check_not_verified(key, msg, tampered_sig, sig.len);
    tampered_sig[50] = '\n';
    check_not_verified(key, msg, tampered_sig, sig.len);
    /* '=' in the middle */
    memcpy(tampered_sig, sig.data, sig.len);
    tampered_sig[60] = '=';
    check_not_verified(key, msg, tampered_sig, sig.len);
    /* all zero bytes of the right length */
    memset(tampered_sig, 'A', sig.len - 2);
    tampered_sig[sig.len - 2] = tampered_sig[sig.len - 1] = '=';
    check_not_verified(key, msg, tampered_sig, sig.len);
    /* every single-character change of the first 64 is caught */
    for (i = 0; i < 64; i++) {
        memcpy(tampered_sig, sig.data, sig.len);
        tampered_sig[i] = tampered_sig[i] == 'z' ? 'y' : 'z';
        caught &= wxp_rsa_verify(key, msg, strlen(msg), tampered_sig, sig.len, &err) == 0;
    }
    CHECK(caught);

    wxp_buf_free(&sig);
    EVP_PKEY_free(key);
    EVP_PKEY_free(other);
}

static void test_non_rsa_keys(void)
{
    EVP_PKEY *ec = keygen_ec();
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_buf_append_str(&out, "kept");
    wxp_err_clear(&err);
    CHECK(wxp_rsa_sign(ec, "m", 1, &out, &err) == -1);
    CHECK(err.code == WXP_E_KEY);
    CHECK_STR(err.message, "Signing needs an RSA private key");
    CHECK(wxp_rsa_sign(NULL, "m", 1, &out, &err) == -1);
    CHECK(err.code == WXP_E_KEY);
    CHECK_STR(wxp_buf_cstr(&out), "kept");

    wxp_err_clear(&err);
    CHECK(wxp_rsa_verify(ec, "m", 1, "AAAA", 4, &err) == -1);
    CHECK(err.code == WXP_E_KEY);
    CHECK_STR(err.message, "Verifying needs an RSA public key");

    /* a public-only RSA key cannot sign: OpenSSL's reason is appended */
    {
        EVP_PKEY *pair = keygen_rsa(1024);
        char *spki = keygen_spki_pem(pair);
        BIO *bio = BIO_new_mem_buf(spki, -1);
        EVP_PKEY *pub = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);

        wxp_err_clear(&err);
        CHECK(pub != NULL);
        CHECK(wxp_rsa_sign(pub, "m", 1, &out, &err) == -1);
        CHECK(err.code == WXP_E_CRYPTO);
        CHECK(strncmp(err.message, "RSA-SHA256 signing", 18) == 0);
        CHECK_STR(wxp_buf_cstr(&out), "kept");
        BIO_free(bio);
        free(spki);
        EVP_PKEY_free(pub);
        EVP_PKEY_free(pair);
    }
    wxp_buf_free(&out);
    EVP_PKEY_free(ec);
}

static void test_authorization(void)
{
    wxp_buf out;

    wxp_buf_init(&out);
    CHECK(wxp_authorization(&out, "1900009191", "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C", "1554208460",
                            "593BEC0C930BF1AFEB40B4A08C8FB242",
                            "uOVRnA4qG/MNnYzdQxJanN+zU+lTgIcnU9BxGw5dKjK+VdEUz2FeIoC+"
                            "D5sB/LN+nGzX3hfZg6r5wT1pl2ZobmIc6p0ldN7J6yDgUzbX8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuDdCvNv4TM3"
                            "c1WzsXUrExwVkI1XO5jCNbgDJ25nkT/c1gIFvqoogl7MdSFGc4W4xZsqCItnqbypR3RuGIlR9h9vlRsy7zJR9PBI"
                            "83X8alLDIfR1ukt1P7tMnmogZ0cuDY8cZsd8ZlCgLadmvej58SLsIkVxFJ8XyUgx9FmutKSYTmYtWBZ0+tNvfGmb"
                            "XU7cob8H/4nLBiCwIUFluw==") == 0);
    CHECK_STR(wxp_buf_cstr(&out),
              "WECHATPAY2-SHA256-RSA2048 mchid=\"1900009191\",serial_no=\"1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C\","
              "timestamp=\"1554208460\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\"uOVRnA4qG/MNnYzdQx"
              "JanN+zU+lTgIcnU9BxGw5dKjK+VdEUz2FeIoC+D5sB/LN+nGzX3hfZg6r5wT1pl2ZobmIc6p0ldN7J6yDgUzbX8Uk3sD4a4eZVPT"
              "BvqNDoUqcYMlZ9uuDdCvNv4TM3c1WzsXUrExwVkI1XO5jCNbgDJ25nkT/c1gIFvqoogl7MdSFGc4W4xZsqCItnqbypR3RuGIlR9h"
              "9vlRsy7zJR9PBI83X8alLDIfR1ukt1P7tMnmogZ0cuDY8cZsd8ZlCgLadmvej58SLsIkVxFJ8XyUgx9FmutKSYTmYtWBZ0+tNvfG"
              "mbXU7cob8H/4nLBiCwIUFluw==\"");
    wxp_buf_reset(&out);
    CHECK(wxp_authorization(&out, "m", "s", "1", "n", "sig") == 0);
    CHECK_STR(wxp_buf_cstr(&out),
              WXP_AUTH_SCHEME " mchid=\"m\",serial_no=\"s\",timestamp=\"1\",nonce_str=\"n\",signature=\"sig\"");
    wxp_buf_free(&out);
}

/* Every byte alone and inside a value: printable ASCII but '"', '\\' and ','; empty or NULL never. */
static void test_authorization_param_is_safe(void)
{
    int c, ok_alone = 1, ok_inside = 1;

    CHECK(wxp_authorization_param_is_safe("1900000001", 10));
    CHECK(wxp_authorization_param_is_safe("PUB_KEY_ID_0114232134912410000000000000", 39));
    CHECK(wxp_authorization_param_is_safe("!#$%&'()*+-./:;<=>?@[]^_`{|}~", 29));
    CHECK(!wxp_authorization_param_is_safe("", 0));
    CHECK(!wxp_authorization_param_is_safe(NULL, 0));
    CHECK(!wxp_authorization_param_is_safe(NULL, 3));
    CHECK(!wxp_authorization_param_is_safe("1900 0001", 9));
    CHECK(!wxp_authorization_param_is_safe("19\"00", 5));
    CHECK(!wxp_authorization_param_is_safe("19\\00", 5));
    CHECK(!wxp_authorization_param_is_safe("19,00", 5));
    CHECK(!wxp_authorization_param_is_safe("ABC\r\nX-Injected: 1", 19));
    CHECK(!wxp_authorization_param_is_safe("AB\0C", 4));
    CHECK(!wxp_authorization_param_is_safe("\xE4\xB8\xAD", 3));
    /* Only len bytes count. */
    CHECK(wxp_authorization_param_is_safe("1900,0001", 4));
    for (c = 0; c < 256; c++) {
        char alone = (char) c, inside[3] = {'A', (char) c, 'B'};
        int want = c >= 0x21 && c <= 0x7E && c != '"' && c != '\\' && c != ',';

        ok_alone &= wxp_authorization_param_is_safe(&alone, 1) == want;
        ok_inside &= wxp_authorization_param_is_safe(inside, 3) == want;
    }
    CHECK(ok_alone);
    CHECK(ok_inside);
}

/* Splits `... timestamp="T",nonce_str="N",signature="S"` back into its parts. */
static int parse_authorization(const char *value, char *timestamp, char *nonce, char *signature)
{
    const char *prefix = WXP_AUTH_SCHEME " mchid=\"1900000001\",serial_no=\"5157F09EFDC096DE15EBE81A47057A7232F1B8E1\","
                                         "timestamp=\"";
    int used = 0;

    if (strncmp(value, prefix, strlen(prefix)) != 0) {
        return -1;
    }
    value += strlen(prefix);
    if (sscanf(value, "%23[0-9-]\",nonce_str=\"%32[0-9A-Za-z]\",signature=\"%1023[A-Za-z0-9+/=]\"%n", timestamp,
               nonce, signature, &used) != 3 || value[used] != '\0') {
        return -1;
    }
    return 0;
}

static void test_sign_request(void)
{
    EVP_PKEY *key = keygen_rsa(2048);
    wxp_signer signer = { "1900000001", "5157F09EFDC096DE15EBE81A47057A7232F1B8E1", NULL, NULL };
    const char body[] = "{\"mchid\":\"1900000001\",\"out_trade_no\":\"native12177525012012070352333'_1\"}\0tail";
    char timestamp[24], nonce[WXP_NONCE_LEN + 1], signature[1024], first_nonce[WXP_NONCE_LEN + 1];
    wxp_buf out, msg;
    wxp_err err;

    signer.private_key = key;
    wxp_buf_init(&out);
    wxp_buf_init(&msg);
    wxp_err_clear(&err);

    /* the body holds a NUL and more bytes: the signature covers exactly body_len bytes */
    CHECK(wxp_sign_request(&signer, "POST", "/v3/pay/transactions/native?a=1", 31, body, sizeof(body) - 1,
                           1700000000, &out, &err) == 0);
    CHECK(parse_authorization(wxp_buf_cstr(&out), timestamp, nonce, signature) == 0);
    CHECK_STR(timestamp, "1700000000");
    CHECK(strlen(nonce) == WXP_NONCE_LEN);
    CHECK(strspn(nonce, base62) == WXP_NONCE_LEN);
    CHECK(wxp_request_message(&msg, "POST", "/v3/pay/transactions/native?a=1", 31, timestamp, nonce, body,
                              sizeof(body) - 1) == 0);
    CHECK(wxp_rsa_verify(key, msg.data, msg.len, signature, strlen(signature), &err) == 1);
    /* ... and not any other target or body */
    wxp_buf_reset(&msg);
    CHECK(wxp_request_message(&msg, "POST", "/v3/pay/transactions/native", 27, timestamp, nonce, body,
                              sizeof(body) - 1) == 0);
    CHECK(wxp_rsa_verify(key, msg.data, msg.len, signature, strlen(signature), &err) == 0);
    wxp_buf_reset(&msg);
    CHECK(wxp_request_message(&msg, "POST", "/v3/pay/transactions/native?a=1", 31, timestamp, nonce, body,
                              strlen(body)) == 0);
    CHECK(wxp_rsa_verify(key, msg.data, msg.len, signature, strlen(signature), &err) == 0);
    memcpy(first_nonce, nonce, sizeof(nonce));

    /* a bodiless GET; the value is appended after what out held, with a fresh nonce */
    wxp_buf_reset(&out);
    wxp_buf_append_str(&out, "Authorization: ");
    CHECK(wxp_sign_request(&signer, "GET", "/v3/certificates", 16, NULL, 0, 0, &out, &err) == 0);
    CHECK(strncmp(wxp_buf_cstr(&out), "Authorization: " WXP_AUTH_SCHEME " mchid=", 47) == 0);
    CHECK(parse_authorization(wxp_buf_cstr(&out) + 15, timestamp, nonce, signature) == 0);
    CHECK_STR(timestamp, "0");
    CHECK(strcmp(nonce, first_nonce) != 0);
    wxp_buf_reset(&msg);
    CHECK(wxp_request_message(&msg, "GET", "/v3/certificates", 16, timestamp, nonce, "", 0) == 0);
    CHECK(wxp_rsa_verify(key, msg.data, msg.len, signature, strlen(signature), &err) == 1);

    wxp_buf_free(&out);
    wxp_buf_free(&msg);
    EVP_PKEY_free(key);
}

static void check_sign_refused_at(const wxp_signer *signer, const char *method, const char *target,
                                  size_t target_len, wxp_code want_code, const char *want_message)
{
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_buf_append_str(&out, "kept");
    wxp_err_clear(&err);
    CHECK(wxp_sign_request(signer, method, target, target_len, NULL, 0, 1700000000, &out, &err) == -1);
    CHECK(err.code == want_code);
    CHECK_STR(err.message, want_message);
    CHECK_STR(wxp_buf_cstr(&out), "kept");
    CHECK(out.len == 4);
    wxp_buf_free(&out);
}

static void check_sign_refused(const wxp_signer *signer, const char *method, wxp_code want_code,
                               const char *want_message)
{
    check_sign_refused_at(signer, method, "/v3/x", 5, want_code, want_message);
}

static void test_sign_request_refusals(void)
{
    EVP_PKEY *key = keygen_rsa(1024), *ec = keygen_ec();
    const char *bad_mchid = "mchid must be non-empty printable ASCII without spaces, '\"', '\\' or ','";
    const char *bad_serial = "serial must be non-empty printable ASCII without spaces, '\"', '\\' or ','";
    wxp_signer good = { "1900000001", "ABC", NULL, NULL }, s;

    good.private_key = key;
    check_sign_refused(NULL, "GET", WXP_E_INVALID, bad_mchid);
    s = good; s.mchid = NULL;
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_mchid);
    s = good; s.mchid = "";
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_mchid);
    s = good; s.mchid = "19\"00";
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_mchid);
    s = good; s.mchid = "1900 0001";
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_mchid);
    s = good; s.serial = "ABC\r\nX-Injected: 1";
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_serial);
    s = good; s.serial = "AB\\C";
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_serial);
    s = good; s.serial = "\xE4\xB8\xAD";
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_serial);
    s = good; s.mchid = "1900,0001";
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_mchid);
    s = good; s.serial = "ABC,serial_no=\"DEF";
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_serial);
    s = good; s.serial = NULL;
    check_sign_refused(&s, "GET", WXP_E_INVALID, bad_serial);
    check_sign_refused(&good, NULL, WXP_E_INVALID, "The request method is empty");
    check_sign_refused(&good, "", WXP_E_INVALID, "The request method is empty");
    check_sign_refused_at(&good, "GET", NULL, 5, WXP_E_INVALID, "The request target is empty");
    check_sign_refused_at(&good, "GET", "/v3/x", 0, WXP_E_INVALID, "The request target is empty");
    s = good; s.private_key = NULL;
    check_sign_refused(&s, "GET", WXP_E_KEY, "Signing needs an RSA private key");
    s = good; s.private_key = ec;
    check_sign_refused(&s, "GET", WXP_E_KEY, "Signing needs an RSA private key");
    EVP_PKEY_free(key);
    EVP_PKEY_free(ec);
}

/* The byte-run builders Formatter uses: NUL bytes survive, any count of pieces, any length of nonce. */
static void test_formatter_builders(void)
{
    const char *pieces[3] = { "GE\0T", "", "tail" };
    const size_t lens[3] = { 4, 0, 4 };
    const char *fields[5] = { "1001", "SERIAL", "1700000000", "N\0X", "Cg==" };
    const size_t field_lens[5] = { 4, 6, 10, 3, 4 };
    char nonce[100];
    wxp_buf out;
    size_t i;
    int in_alphabet = 1;

    wxp_buf_init(&out);
    CHECK(wxp_join_lines(&out, pieces, lens, 3) == 0);
    CHECK(out.len == 11 && memcmp(out.data, "GE\0T\n\ntail\n", 11) == 0);
    wxp_buf_reset(&out);
    CHECK(wxp_join_lines(&out, NULL, NULL, 0) == 0);
    CHECK(out.len == 0);

    /* the same layout the request message has */
    {
        const char *five[5] = { "POST", "/v3/x?a=1", "1700000000", "NONCE", "{}" };
        const size_t five_lens[5] = { 4, 9, 10, 5, 2 };
        wxp_buf msg;

        wxp_buf_init(&msg);
        CHECK(wxp_join_lines(&out, five, five_lens, 5) == 0);
        CHECK(wxp_request_message(&msg, "POST", "/v3/x?a=1", 9, "1700000000", "NONCE", "{}", 2) == 0);
        CHECK(out.len == msg.len && memcmp(out.data, msg.data, out.len) == 0);
        wxp_buf_free(&msg);
    }

    wxp_buf_reset(&out);
    CHECK(wxp_authorization_fields(&out, fields, field_lens) == 0);
    {
        static const char want[] = WXP_AUTH_SCHEME " mchid=\"1001\",serial_no=\"SERIAL\",timestamp=\"1700000000\","
                                   "nonce_str=\"N\0X\",signature=\"Cg==\"";

        CHECK(out.len == sizeof(want) - 1 && memcmp(out.data, want, out.len) == 0);
    }
    wxp_buf_reset(&out);
    CHECK(wxp_authorization(&out, "1001", "SERIAL", "1700000000", "NX", "Cg==") == 0);
    CHECK_STR(wxp_buf_cstr(&out), WXP_AUTH_SCHEME " mchid=\"1001\",serial_no=\"SERIAL\",timestamp=\"1700000000\","
              "nonce_str=\"NX\",signature=\"Cg==\"");

    memset(nonce, '!', sizeof(nonce));
    CHECK(wxp_nonce_fill(nonce, 0) == 0);
    CHECK(nonce[0] == '!');
    CHECK(wxp_nonce_fill(nonce, 99) == 0);
    CHECK(nonce[99] == '!');
    for (i = 0; i < 99; i++) {
        in_alphabet &= strchr(base62, nonce[i]) != NULL && nonce[i] != '\0';
    }
    CHECK(in_alphabet);
    wxp_buf_free(&out);
}

int main(void)
{
    test_nonce();
    test_messages();
    test_padding_lengths();
    test_verify_failures();
    test_non_rsa_keys();
    test_authorization();
    test_authorization_param_is_safe();
    test_sign_request();
    test_sign_request_refusals();
    test_formatter_builders();
    return UNIT_DONE();
}
