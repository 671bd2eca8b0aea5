/* Response verification: wechatpay-php's order, its four message texts, the 300 s window, serials,
 * SIGNTEST probes, tampering, and the unsigned paths. Keys are generated at test time. */
#include "unit.h"
#include "keygen.h"
#include "wxp_sign.h"
#include "wxp_verify.h"

#define NOW 1700000000
#define SERIAL_CERT "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"
#define SERIAL_PUBKEY "PUB_KEY_ID_0114232134912410000000000000000"
#define NONCE "c5ac7061fccab6bf3e254dcf98995b8c"
#define HEADERS_MESSAGE "The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, " \
                        "`Wechatpay-Signature` and `Wechatpay-Timestamp`)."

static EVP_PKEY *platform_key;  /* under SERIAL_CERT */
static EVP_PKEY *public_key;    /* under SERIAL_PUBKEY */
static EVP_PKEY *stranger_key;  /* in no keyring */
static wxp_keyring *ring;

/* A response as the server would send it, owning its strings. */
typedef struct response {
    char timestamp[32];
    char nonce[64];
    char serial[64];
    wxp_buf signature;
    const char *body;
    size_t body_len;
} response;

/* Signs `TIMESTAMP\nNONCE\nBODY\n` with key, as WeChat Pay does. */
static void make_response(response *r, EVP_PKEY *key, const char *serial, const char *timestamp, const char *body,
                          size_t body_len)
{
    wxp_buf msg;
    wxp_err err;

    snprintf(r->timestamp, sizeof(r->timestamp), "%s", timestamp);
    snprintf(r->nonce, sizeof(r->nonce), "%s", NONCE);
    snprintf(r->serial, sizeof(r->serial), "%s", serial);
    r->body = body;
    r->body_len = body_len;
    wxp_buf_init(&r->signature);
    wxp_buf_init(&msg);
    if (wxp_response_message(&msg, timestamp, strlen(timestamp), NONCE, strlen(NONCE), body, body_len) != 0
        || wxp_rsa_sign(key, msg.data, msg.len, &r->signature, &err) != 0) {
        keygen_die("signing a response");
    }
    wxp_buf_free(&msg);
}

static wxp_verify_input input_of(const response *r)
{
    wxp_verify_input in;

    in.timestamp = r->timestamp;
    in.timestamp_len = strlen(r->timestamp);
    in.nonce = r->nonce;
    in.nonce_len = strlen(r->nonce);
    in.signature = wxp_buf_cstr(&r->signature);
    in.signature_len = r->signature.len;
    in.serial = r->serial;
    in.serial_len = strlen(r->serial);
    in.body = r->body;
    in.body_len = r->body_len;
    return in;
}

static void check_verifies(const wxp_verify_input *in, time_t now)
{
    wxp_err err;

    wxp_err_clear(&err);
    CHECK(wxp_verify_response(in, ring, now, &err) == 0);
    CHECK(err.code == WXP_OK);
    if (err.code != WXP_OK) {
        fprintf(stderr, "  %s\n", err.message);
    }
}

static void check_fails(const wxp_verify_input *in, time_t now, wxp_code want_code, const char *want_message)
{
    wxp_err err;

    wxp_err_clear(&err);
    CHECK(wxp_verify_response(in, ring, now, &err) == -1);
    CHECK(err.code == want_code);
    if (want_message != NULL) {
        CHECK_STR(err.message, want_message);
    }
}

/* The EV3_RES_HEADER_SIGNATURE_DIGEST text, cut as wxp_err cuts it (see WXP_ERR_MESSAGE_SIZE). */
static void signature_message(char *out, const wxp_verify_input *in)
{
    snprintf(out, WXP_ERR_MESSAGE_SIZE,
             "Verify the response's data with: timestamp=%.*s, nonce=%.*s, signature=%.*s, cert=[%.*s => ...] failed.",
             (int) in->timestamp_len, in->timestamp, (int) in->nonce_len, in->nonce, (int) in->signature_len,
             in->signature, (int) in->serial_len, in->serial);
}

static void check_signature_fails(const wxp_verify_input *in)
{
    char want[WXP_ERR_MESSAGE_SIZE];

    signature_message(want, in);
    check_fails(in, NOW, WXP_E_VERIFY_SIGNATURE, want);
}

static void test_valid_responses(void)
{
    const char *json = "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}";
    const char binary[] = "\x1f\x8b\x08\0\0\0\0\0\0\x03\r\n";
    response a, b, empty, bin;
    wxp_verify_input in;

    make_response(&a, platform_key, SERIAL_CERT, "1700000000", json, strlen(json));
    make_response(&b, public_key, SERIAL_PUBKEY, "1700000000", json, strlen(json));
    make_response(&empty, platform_key, SERIAL_CERT, "1700000000", "", 0);
    make_response(&bin, platform_key, SERIAL_CERT, "1700000000", binary, sizeof(binary) - 1);

    in = input_of(&a);
    check_verifies(&in, NOW);
    in = input_of(&b);
    check_verifies(&in, NOW);
    /* 204: the body line is empty, a NULL body too */
    in = input_of(&empty);
    check_verifies(&in, NOW);
    in.body = NULL;
    check_verifies(&in, NOW);
    /* the body is bytes: NUL, CR and LF included */
    in = input_of(&bin);
    check_verifies(&in, NOW);
    in.body_len--;
    check_signature_fails(&in);

    wxp_buf_free(&a.signature);
    wxp_buf_free(&b.signature);
    wxp_buf_free(&empty.signature);
    wxp_buf_free(&bin.signature);
}

static void test_headers_incomplete(void)
{
    response r;
    wxp_verify_input in;

    make_response(&r, platform_key, SERIAL_CERT, "1700000000", "{}", 2);
    in = input_of(&r);
    in.timestamp = NULL;
    check_fails(&in, NOW, WXP_E_VERIFY_HEADERS, HEADERS_MESSAGE);
    in = input_of(&r);
    in.nonce = NULL;
    check_fails(&in, NOW, WXP_E_VERIFY_HEADERS, HEADERS_MESSAGE);
    in = input_of(&r);
    in.signature = NULL;
    check_fails(&in, NOW, WXP_E_VERIFY_HEADERS, HEADERS_MESSAGE);
    in = input_of(&r);
    in.serial = NULL;
    check_fails(&in, NOW, WXP_E_VERIFY_HEADERS, HEADERS_MESSAGE);
    /* first in order: also with a stale timestamp and an unknown serial */
    in = input_of(&r);
    in.nonce = NULL;
    in.serial = "nope";
    in.serial_len = 4;
    check_fails(&in, NOW + 1000, WXP_E_VERIFY_HEADERS, HEADERS_MESSAGE);

    /* present but empty is present (as PSR-7's hasHeader): it fails later, at the signature */
    in = input_of(&r);
    in.nonce = "";
    in.nonce_len = 0;
    check_signature_fails(&in);
    in = input_of(&r);
    in.signature = "";
    in.signature_len = 0;
    check_signature_fails(&in);
    wxp_buf_free(&r.signature);
}

static void check_timestamp_fails(const wxp_verify_input *in, time_t now)
{
    char want[WXP_ERR_MESSAGE_SIZE];

    snprintf(want, sizeof(want),
             "It's allowed time offset in \xC2\xB1 300 seconds, the response was on %.*s, your's localtime on %lld.",
             (int) in->timestamp_len, in->timestamp, (long long) now);
    check_fails(in, now, WXP_E_VERIFY_TIMESTAMP, want);
}

static void test_clock_window(void)
{
    static const char *const not_digits[] = {
        "", "abc", "1700000000abc", " 1700000000", "1700000000 ", "+1700000000", "-1700000000", "1.7e9",
        "0x6553F100", "17000000000000000000000", "1234567890123456789",
    };
    response r;
    wxp_verify_input in;
    size_t i;

    make_response(&r, platform_key, SERIAL_CERT, "1700000000", "{}", 2);
    in = input_of(&r);
    /* exactly 300 s either way passes, 301 fails */
    check_verifies(&in, NOW + 300);
    check_verifies(&in, NOW - 300);
    check_timestamp_fails(&in, NOW + 301);
    check_timestamp_fails(&in, NOW - 301);
    check_timestamp_fails(&in, 0);
    CHECK_STR(r.timestamp, "1700000000");
    {
        char want[WXP_ERR_MESSAGE_SIZE];
        wxp_err err;

        wxp_verify_response(&in, ring, NOW + 301, &err);
        snprintf(want, sizeof(want), "%s", "It's allowed time offset in \xC2\xB1 300 seconds, the response was on "
                                           "1700000000, your's localtime on 1700000301.");
        CHECK_STR(err.message, want);
    }
    /* before the serial check: an unknown serial with a stale timestamp is a timestamp error */
    in.serial = "nope";
    in.serial_len = 4;
    check_timestamp_fails(&in, NOW + 301);

    /* anything but digits fails as a timestamp error, even when PHP's intval() would read a good number */
    for (i = 0; i < sizeof(not_digits) / sizeof(not_digits[0]); i++) {
        in = input_of(&r);
        in.timestamp = not_digits[i];
        in.timestamp_len = strlen(not_digits[i]);
        check_timestamp_fails(&in, NOW);
    }
    /* leading zeros are digits */
    wxp_buf_free(&r.signature);
    make_response(&r, platform_key, SERIAL_CERT, "0001700000000", "{}", 2);
    in = input_of(&r);
    check_verifies(&in, NOW);
    wxp_buf_free(&r.signature);
    /* only timestamp_len bytes are read */
    make_response(&r, platform_key, SERIAL_CERT, "1700000000", "{}", 2);
    in = input_of(&r);
    in.timestamp = "1700000000999";
    check_verifies(&in, NOW);
    wxp_buf_free(&r.signature);
}

static void test_unknown_serial(void)
{
    const char *want = "Cannot found the serial(`NOPE`)'s configuration, which's from the "
                       "response(header:Wechatpay-Serial), your's " SERIAL_CERT "," SERIAL_PUBKEY ".";
    response r;
    wxp_verify_input in;
    wxp_err err;

    make_response(&r, platform_key, SERIAL_CERT, "1700000000", "{}", 2);
    in = input_of(&r);
    in.serial = "NOPE";
    in.serial_len = 4;
    check_fails(&in, NOW, WXP_E_VERIFY_SERIAL, want);
    /* exact and case-sensitive */
    in.serial = "5157f09efdc096de15ebe81a47057a7232f1b8e1";
    in.serial_len = 40;
    check_fails(&in, NOW, WXP_E_VERIFY_SERIAL, NULL);
    in.serial = SERIAL_CERT " ";
    in.serial_len = 41;
    check_fails(&in, NOW, WXP_E_VERIFY_SERIAL, NULL);
    in.serial = SERIAL_CERT;
    in.serial_len = 39;
    check_fails(&in, NOW, WXP_E_VERIFY_SERIAL, NULL);
    /* before the signature check: an unknown serial with a bad signature is a serial error */
    in = input_of(&r);
    in.serial = "NOPE";
    in.serial_len = 4;
    in.signature = "WECHATPAY/SIGNTEST/x";
    in.signature_len = 20;
    check_fails(&in, NOW, WXP_E_VERIFY_SERIAL, want);
    /* no keyring at all: nothing is known */
    wxp_err_clear(&err);
    in = input_of(&r);
    CHECK(wxp_verify_response(&in, NULL, NOW, &err) == -1);
    CHECK(err.code == WXP_E_VERIFY_SERIAL);
    CHECK_STR(err.message, "Cannot found the serial(`" SERIAL_CERT "`)'s configuration, which's from the "
                           "response(header:Wechatpay-Serial), your's .");
    wxp_buf_free(&r.signature);
}

static void test_bad_signatures(void)
{
    const char *json = "{\"amount\":{\"total\":100}}";
    response r, stranger, swapped;
    wxp_verify_input in;
    wxp_buf probe;
    char tampered[1024];

    make_response(&r, platform_key, SERIAL_CERT, "1700000000", json, strlen(json));

    /* signed by a key that is not the one under the serial */
    make_response(&stranger, stranger_key, SERIAL_CERT, "1700000000", json, strlen(json));
    in = input_of(&stranger);
    check_signature_fails(&in);
    /* signed by a known key, but named with the other known serial */
    make_response(&swapped, public_key, SERIAL_CERT, "1700000000", json, strlen(json));
    in = input_of(&swapped);
    check_signature_fails(&in);

    /* tampered body, nonce or timestamp */
    in = input_of(&r);
    in.body = "{\"amount\":{\"total\":1}}";
    in.body_len = strlen(in.body);
    check_signature_fails(&in);
    in = input_of(&r);
    in.nonce = "c5ac7061fccab6bf3e254dcf98995b8d";
    check_signature_fails(&in);
    in = input_of(&r);
    in.timestamp = "1700000001";
    check_signature_fails(&in);

    /* tampered signature */
    in = input_of(&r);
    memcpy(tampered, in.signature, in.signature_len);
    tampered[7] = tampered[7] == 'Q' ? 'R' : 'Q';
    in.signature = tampered;
    check_signature_fails(&in);

    /* Base64 garbage */
    in = input_of(&r);
    in.signature = "not base64 at all!";
    in.signature_len = strlen(in.signature);
    check_signature_fails(&in);
    in.signature = "AAAA";
    in.signature_len = 4;
    check_signature_fails(&in);

    /* SIGNTEST probes fail, whatever follows the prefix, even a valid signature */
    wxp_buf_init(&probe);
    wxp_buf_append_str(&probe, "WECHATPAY/SIGNTEST/");
    wxp_buf_append(&probe, r.signature.data, r.signature.len);
    in = input_of(&r);
    in.signature = probe.data;
    in.signature_len = probe.len;
    check_signature_fails(&in);
    in.signature = "WECHATPAY/SIGNTEST/";
    in.signature_len = 19;
    check_signature_fails(&in);
    in.signature = "WECHATPAY/SIGNTEST/dGVzdA==";
    in.signature_len = strlen(in.signature);
    check_signature_fails(&in);
    /* and the exact text for a short one */
    {
        wxp_err err;

        in = input_of(&r);
        in.signature = "WECHATPAY/SIGNTEST/abc";
        in.signature_len = 22;
        wxp_verify_response(&in, ring, NOW, &err);
        CHECK_STR(err.message, "Verify the response's data with: timestamp=1700000000, nonce=" NONCE
                               ", signature=WECHATPAY/SIGNTEST/abc, cert=[" SERIAL_CERT " => ...] failed.");
    }

    wxp_buf_free(&probe);
    wxp_buf_free(&r.signature);
    wxp_buf_free(&stranger.signature);
    wxp_buf_free(&swapped.signature);
}

/* An RSA-2048 signature (344 Base64 characters) makes the wechatpay-php text longer than wxp_err holds:
 * the message is cut, never overflowed. */
static void test_long_signature_message(void)
{
    response r;
    wxp_verify_input in;
    wxp_err err;
    char full[2048];

    make_response(&r, stranger_key, SERIAL_CERT, "1700000000", "{}", 2);
    in = input_of(&r);
    CHECK(wxp_verify_response(&in, ring, NOW, &err) == -1);
    CHECK(err.code == WXP_E_VERIFY_SIGNATURE);
    snprintf(full, sizeof(full),
             "Verify the response's data with: timestamp=1700000000, nonce=%s, signature=%s, cert=[%s => ...] failed.",
             NONCE, wxp_buf_cstr(&r.signature), SERIAL_CERT);
    CHECK(strlen(err.message) < WXP_ERR_MESSAGE_SIZE);
    CHECK(strncmp(err.message, full, strlen(err.message)) == 0);
    CHECK(strlen(err.message) == (strlen(full) < WXP_ERR_MESSAGE_SIZE ? strlen(full) : WXP_ERR_MESSAGE_SIZE - 1));
    wxp_buf_free(&r.signature);
}

/* The header values a message quotes are text, not format: a `%N$s` in one stays as it is, and each stops at
 * its first NUL (as printf's %.*s stopped); the formats themselves are wechatpay-php's. */
static void test_message_arguments(void)
{
    const char *serial_prefix = "Cannot found the serial(`%2$s`)'s configuration, which's from the "
                                "response(header:Wechatpay-Serial), your's ";
    response r;
    wxp_verify_input in;
    wxp_err err;

    CHECK_STR(WXP_EV3_RES_HEADERS_INCOMPLETE,
              "The response's Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).");
    CHECK(strstr(WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET, "in \xC2\xB1 %1$s seconds") != NULL);
    make_response(&r, stranger_key, SERIAL_CERT, "1700000000", "{}", 2);
    in = input_of(&r);
    in.nonce = "%1$s%2$s%4$s%5$s%";
    in.nonce_len = 18;
    in.signature = "sig\0hidden";
    in.signature_len = 10;
    CHECK(wxp_verify_response(&in, ring, NOW, &err) == -1);
    CHECK(err.code == WXP_E_VERIFY_SIGNATURE);
    CHECK_STR(err.message, "Verify the response's data with: timestamp=1700000000, nonce=%1$s%2$s%4$s%5$s%, "
                           "signature=sig, cert=[" SERIAL_CERT " => ...] failed.");
    in = input_of(&r);
    in.serial = "%2$s\0" SERIAL_CERT;
    in.serial_len = 45;
    CHECK(wxp_verify_response(&in, ring, NOW, &err) == -1);
    CHECK(err.code == WXP_E_VERIFY_SERIAL);
    CHECK(strncmp(err.message, serial_prefix, strlen(serial_prefix)) == 0);
    in = input_of(&r);
    in.timestamp = "17000000%1$s";
    in.timestamp_len = 12;
    CHECK(wxp_verify_response(&in, ring, NOW, &err) == -1);
    CHECK(err.code == WXP_E_VERIFY_TIMESTAMP);
    CHECK_STR(err.message, "It's allowed time offset in \xC2\xB1 300 seconds, the response was on 17000000%1$s, "
                           "your's localtime on 1700000000.");
    wxp_buf_free(&r.signature);
}

static int unsigned_path(const char *path)
{
    return wxp_verify_is_unsigned_path(path, strlen(path));
}

static void test_unsigned_paths(void)
{
    CHECK(unsigned_path("/v3/billdownload/file") == 1);
    CHECK(unsigned_path("/v3/merchant-service/images/BB04A5DEEFEA18D4F2554C1EDD3B610B.bmp") == 1);
    CHECK(unsigned_path("/v3/merchant-service/images/x") == 1);
    CHECK(unsigned_path("/v3/merchant-service/images/uploads") == 1);
    CHECK(unsigned_path("/v3/merchant-service/images/DhWh1bfHe9DSR9D6zVAGRJ2ZtR7UxDUHAR3d9ES3zC2J4pkPZj-5pUEyb_3N~") == 1);
    /* decoded, an unreserved character is itself */
    CHECK(unsigned_path("/v3/merchant-service/images/%41b%2d") == 1);
    CHECK(unsigned_path("/%76%33/billdownload/file") == 1);

    CHECK(unsigned_path("/v3/merchant-service/images/upload") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/UpLoad") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/%75pload") == 0);
    /* issue 9, item 7: a path that only looks unsigned is verified: whatever a server could read differently
     * (dot segments in any spelling, encoded slashes or backslashes, empty or extra segments) */
    CHECK(unsigned_path("/v3/merchant-service/images/%2e%2e/%2e%2e/v3/pay/transactions/id/1") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/../../v3/pay/transactions/id/1") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/%2E%2e") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/.%2e") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/..") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/.") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x%2F..%2F..%2Fpay") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x%5C..%5Cpay") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x\\y") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/upload/x") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x/y") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images//x") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x/") == 0);
    CHECK(unsigned_path("//v3/billdownload/file") == 0);
    CHECK(unsigned_path("/v3//billdownload/file") == 0);
    CHECK(unsigned_path("/v3/./billdownload/file") == 0);
    CHECK(unsigned_path("/v3/x/../billdownload/file") == 0);
    CHECK(unsigned_path("/v3/billdownload/file;x") == 0);
    CHECK(unsigned_path("/v3/billdownload/file%00") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x%") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x%2") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x%zz") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x%20y") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/%E4%B8%AD") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/x%252e") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images/") == 0);
    CHECK(unsigned_path("/v3/merchant-service/images") == 0);
    CHECK(unsigned_path("/v3/merchant-service/complaints-v2") == 0);
    CHECK(unsigned_path("/v3/billdownload/file/") == 0);
    CHECK(unsigned_path("/v3/billdownload/files") == 0);
    CHECK(unsigned_path("/v3/billdownload") == 0);
    CHECK(unsigned_path("/v3/BillDownload/file") == 0);
    CHECK(unsigned_path("v3/billdownload/file") == 0);
    CHECK(unsigned_path("/v3/bill/tradebill") == 0);
    CHECK(unsigned_path("/v3/certificates") == 0);
    CHECK(unsigned_path("/") == 0);
    CHECK(unsigned_path("") == 0);
    {
        /* a media id longer than any real one is verified */
        char longer[600];

        memset(longer, 'a', sizeof(longer));
        memcpy(longer, "/v3/merchant-service/images/", 28);
        CHECK(wxp_verify_is_unsigned_path(longer, 28 + 512) == 1);
        CHECK(wxp_verify_is_unsigned_path(longer, 28 + 513) == 0);
    }
    /* only path_len bytes are read */
    CHECK(wxp_verify_is_unsigned_path("/v3/billdownload/file?token=x", 21) == 1);
    CHECK(wxp_verify_is_unsigned_path("/v3/merchant-service/images/uploadX", 34) == 0);
}

int main(void)
{
    platform_key = keygen_rsa(2048);
    public_key = keygen_rsa(2048);
    stranger_key = keygen_rsa(2048);
    ring = wxp_keyring_new();
    if (ring == NULL || wxp_keyring_add(ring, SERIAL_CERT, strlen(SERIAL_CERT), platform_key) != 0
        || wxp_keyring_add(ring, SERIAL_PUBKEY, strlen(SERIAL_PUBKEY), public_key) != 0) {
        keygen_die("keyring");
    }

    test_valid_responses();
    test_headers_incomplete();
    test_clock_window();
    test_unknown_serial();
    test_bad_signatures();
    test_long_signature_message();
    test_message_arguments();
    test_unsigned_paths();

    wxp_keyring_free(ring);
    EVP_PKEY_free(platform_key);
    EVP_PKEY_free(public_key);
    EVP_PKEY_free(stranger_key);
    return UNIT_DONE();
}
