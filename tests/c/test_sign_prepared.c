/* Signing and verifying with prepared keys (contexts set up once, reused): the same Base64 signatures as
 * OpenSSL's one-shot EVP_DigestSign (the path every call used to take), the same verification results and
 * errors, reuse across many calls, two keys alternating, keyring entries and freeing in either order.
 * Keys are generated at test time. */
#include "unit.h"
#include "keygen.h"
#include <openssl/err.h>
#include "wxp_sign.h"
#include "wxp_buf_private.h"
#include "wxp_sign_private.h"
#include "wxp_verify.h"

/* The old path, kept here as the reference: EVP_DigestSignInit + updates + final, Base64 of the result. */
static char *reference_sign(EVP_PKEY *key, const wxp_bytes *pieces, size_t count)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned char sig[1024];
    size_t sig_len = sizeof(sig), i;
    char *b64 = malloc(sizeof(sig) / 3 * 4 + 8);

    if (ctx == NULL || b64 == NULL || EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, key) != 1) {
        keygen_die("reference EVP_DigestSignInit");
    }
    for (i = 0; i < count; i++) {
        if (pieces[i].len > 0 && EVP_DigestSignUpdate(ctx, pieces[i].data, pieces[i].len) != 1) {
            keygen_die("reference EVP_DigestSignUpdate");
        }
    }
    if (EVP_DigestSignFinal(ctx, sig, &sig_len) != 1) {
        keygen_die("reference EVP_DigestSignFinal");
    }
    EVP_EncodeBlock((unsigned char *) b64, sig, (int) sig_len);
    EVP_MD_CTX_free(ctx);
    return b64;
}

static EVP_PKEY *public_of(EVP_PKEY *pair)
{
    char *spki = keygen_spki_pem(pair);
    BIO *bio = BIO_new_mem_buf(spki, -1);
    EVP_PKEY *pub = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);

    if (pub == NULL) {
        keygen_die("PEM_read_bio_PUBKEY");
    }
    BIO_free(bio);
    free(spki);
    return pub;
}

/* Message i of a run: pieces of varying lengths, some empty, one with a NUL byte. */
static size_t message_of(int i, char *body, size_t body_size, wxp_bytes pieces[4])
{
    size_t body_len = (size_t) (i * 37) % body_size, k;

    for (k = 0; k < body_len; k++) {
        body[k] = (char) ('a' + (i + (int) k) % 26);
    }
    if (body_len > 3) {
        body[3] = '\0';
    }
    pieces[0].data = "POST";
    pieces[0].len = i % 3 == 0 ? 0 : 4;
    pieces[1].data = "\n";
    pieces[1].len = 1;
    pieces[2].data = i % 5 == 0 ? NULL : body;
    pieces[2].len = i % 5 == 0 ? 0 : body_len;
    pieces[3].data = "\n";
    pieces[3].len = 1;
    return 4;
}

/* Many signatures with one prepared key: each the reference's bytes, each verifying through a prepared
 * public key and the one-shot form, none verifying a changed message; the error queue stays empty. */
static void test_same_bytes_and_reuse(void)
{
    EVP_PKEY *pair = keygen_rsa(2048), *pub = public_of(pair);
    wxp_rsa_prepared *signer = wxp_rsa_prepare(pair), *verifier = wxp_rsa_prepare(pub);
    char body[700];
    wxp_bytes pieces[4], changed[4];
    int i, same = 1, verifies = 1, one_shot_same = 1, refused = 1, clean = 1;
    wxp_buf out, one_shot;
    wxp_err err;

    CHECK(signer != NULL && verifier != NULL);
    wxp_buf_init(&out);
    wxp_buf_init(&one_shot);
    wxp_err_clear(&err);
    for (i = 0; i < 60; i++) {
        size_t count = message_of(i, body, sizeof(body), pieces);
        char *want = reference_sign(pair, pieces, count);

        wxp_buf_truncate(&out, 0);
        wxp_buf_truncate(&one_shot, 0);
        same &= wxp_rsa_sign_prepared(signer, pieces, count, &out, &err) == 0 && strcmp(wxp_buf_cstr(&out), want) == 0;
        one_shot_same &= wxp_rsa_sign_pieces(pair, pieces, count, &one_shot, &err) == 0
                         && strcmp(wxp_buf_cstr(&one_shot), want) == 0;
        verifies &= wxp_rsa_verify_prepared(verifier, pieces, count, out.data, out.len, &err) == 1;
        verifies &= wxp_rsa_verify_pieces(pub, pieces, count, out.data, out.len, &err) == 1;
        memcpy(changed, pieces, sizeof(changed));
        changed[1].data = "\r";
        refused &= wxp_rsa_verify_prepared(verifier, changed, count, out.data, out.len, &err) == 0;
        clean &= ERR_peek_error() == 0;
        free(want);
    }
    CHECK(same);
    CHECK(one_shot_same);
    CHECK(verifies);
    CHECK(refused);
    CHECK(clean);
    CHECK(err.code == WXP_OK);
    wxp_buf_free(&out);
    wxp_buf_free(&one_shot);
    wxp_rsa_prepared_free(signer);
    wxp_rsa_prepared_free(verifier);
    EVP_PKEY_free(pub);
    EVP_PKEY_free(pair);
}

/* Malformed, oversized and wrong signatures: the prepared form answers exactly as the one-shot form. */
static void test_verify_results(void)
{
    EVP_PKEY *pair = keygen_rsa(2048), *pub = public_of(pair);
    wxp_rsa_prepared *verifier = wxp_rsa_prepare(pub);
    wxp_bytes piece = {"message\n", 8};
    char oversized[2000], kept;
    wxp_buf good;
    wxp_err err;
    const char *cases[] = {
        "", "A", "AAA", "AAAA", "AA==", "A===", "====", "AA=A", "AAAA AAAA", "AAA\n", "!!!!", NULL,
    };
    int i;

    wxp_buf_init(&good);
    wxp_err_clear(&err);
    CHECK(wxp_rsa_sign_pieces(pair, &piece, 1, &good, &err) == 0);
    for (i = 0; cases[i] != NULL; i++) {
        CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, cases[i], strlen(cases[i]), &err)
              == wxp_rsa_verify_pieces(pub, &piece, 1, cases[i], strlen(cases[i]), &err));
        CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, cases[i], strlen(cases[i]), &err) == 0);
    }
    CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, NULL, 0, &err) == 0);
    /* longer than any signature of the key: refused before any RSA work */
    memset(oversized, 'A', sizeof(oversized));
    CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, oversized, sizeof(oversized), &err) == 0);
    CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, oversized, 344, &err) == 0);
    /* one character off, and the good one still verifying afterwards */
    kept = good.data[10];
    good.data[10] = kept == 'A' ? 'B' : 'A';
    CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, good.data, good.len, &err) == 0);
    good.data[10] = kept;
    CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, good.data, good.len - 4, &err) == 0);
    CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, good.data, good.len, &err) == 1);
    CHECK(err.code == WXP_OK);
    CHECK(ERR_peek_error() == 0);
    wxp_buf_free(&good);
    wxp_rsa_prepared_free(verifier);
    EVP_PKEY_free(pub);
    EVP_PKEY_free(pair);
}

/* Two keys, each prepared, used alternately: no signature crosses over. */
static void test_two_keys_alternating(void)
{
    EVP_PKEY *a = keygen_rsa(2048), *b = keygen_rsa(3072);
    EVP_PKEY *a_pub = public_of(a), *b_pub = public_of(b);
    wxp_rsa_prepared *sa = wxp_rsa_prepare(a), *sb = wxp_rsa_prepare(b);
    wxp_rsa_prepared *va = wxp_rsa_prepare(a_pub), *vb = wxp_rsa_prepare(b_pub);
    wxp_bytes piece = {"alternating\n", 12};
    char *want_a = reference_sign(a, &piece, 1), *want_b = reference_sign(b, &piece, 1);
    int i, ok = 1;
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    for (i = 0; i < 20; i++) {
        int use_a = i % 2 == 0;

        wxp_buf_truncate(&out, 0);
        ok &= wxp_rsa_sign_prepared(use_a ? sa : sb, &piece, 1, &out, &err) == 0;
        ok &= strcmp(wxp_buf_cstr(&out), use_a ? want_a : want_b) == 0;
        ok &= wxp_rsa_verify_prepared(use_a ? va : vb, &piece, 1, out.data, out.len, &err) == 1;
        ok &= wxp_rsa_verify_prepared(use_a ? vb : va, &piece, 1, out.data, out.len, &err) == 0;
    }
    CHECK(ok);
    CHECK(strlen(want_a) == 344 && strlen(want_b) == 512);
    free(want_a);
    free(want_b);
    wxp_buf_free(&out);
    wxp_rsa_prepared_free(sa);
    wxp_rsa_prepared_free(sb);
    wxp_rsa_prepared_free(va);
    wxp_rsa_prepared_free(vb);
    EVP_PKEY_free(a);
    EVP_PKEY_free(b);
    EVP_PKEY_free(a_pub);
    EVP_PKEY_free(b_pub);
}

/* Errors are the one-shot form's: a non-RSA key, a public key asked to sign (OpenSSL's reason appended);
 * the output is left as it was and the error queue empty. */
static void test_errors(void)
{
    EVP_PKEY *ec = keygen_ec(), *pair = keygen_rsa(1024), *pub = public_of(pair);
    wxp_rsa_prepared *ec_p = wxp_rsa_prepare(ec), *pub_p = wxp_rsa_prepare(pub);
    wxp_bytes piece = {"m", 1};
    wxp_buf out;
    wxp_err err, one_shot;

    wxp_buf_init(&out);
    wxp_buf_append_str(&out, "kept");
    wxp_err_clear(&err);
    CHECK(wxp_rsa_sign_prepared(ec_p, &piece, 1, &out, &err) == -1);
    CHECK(err.code == WXP_E_KEY);
    CHECK_STR(err.message, "Signing needs an RSA private key");
    CHECK(wxp_rsa_verify_prepared(ec_p, &piece, 1, "AAAA", 4, &err) == -1);
    CHECK(err.code == WXP_E_KEY);
    CHECK_STR(err.message, "Verifying needs an RSA public key");

    wxp_err_clear(&err);
    wxp_err_clear(&one_shot);
    CHECK(wxp_rsa_sign_prepared(pub_p, &piece, 1, &out, &err) == -1);
    CHECK(wxp_rsa_sign_pieces(pub, &piece, 1, &out, &one_shot) == -1);
    CHECK(err.code == WXP_E_CRYPTO);
    CHECK_STR(err.message, one_shot.message);
    CHECK(strncmp(err.message, "RSA-SHA256 signing failed: ", 27) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "kept");
    CHECK(ERR_peek_error() == 0);
    /* the failed context was dropped: the same prepared key still verifies afterwards */
    wxp_buf_truncate(&out, 0);
    CHECK(wxp_rsa_sign_pieces(pair, &piece, 1, &out, &err) == 0);
    CHECK(wxp_rsa_verify_prepared(pub_p, &piece, 1, out.data, out.len, &err) == 1);
    wxp_buf_free(&out);
    wxp_rsa_prepared_free(ec_p);
    wxp_rsa_prepared_free(pub_p);
    EVP_PKEY_free(ec);
    EVP_PKEY_free(pub);
    EVP_PKEY_free(pair);
}

/* A prepared key holds its own reference: it outlives the caller's, and either can be freed first. */
static void test_freeing(void)
{
    EVP_PKEY *pair = keygen_rsa(1024), *pub = public_of(pair);
    wxp_rsa_prepared *signer = wxp_rsa_prepare(pair), *verifier = wxp_rsa_prepare(pub);
    wxp_bytes piece = {"m", 1};
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    EVP_PKEY_free(pair); /* the caller's reference: the prepared key keeps its own */
    CHECK(wxp_rsa_sign_prepared(signer, &piece, 1, &out, &err) == 0);
    CHECK(wxp_rsa_verify_prepared(verifier, &piece, 1, out.data, out.len, &err) == 1);
    wxp_rsa_prepared_free(signer);
    wxp_rsa_prepared_free(verifier); /* before the caller's reference this time */
    EVP_PKEY_free(pub);
    wxp_rsa_prepared_free(NULL);
    wxp_buf_free(&out);
}

/* wxp_sign_request uses the signer's prepared key only when it was made for the signer's private key. */
static void test_sign_request_prepared(void)
{
    EVP_PKEY *key = keygen_rsa(2048), *other = keygen_rsa(2048), *pub = public_of(key);
    wxp_rsa_prepared *mine = wxp_rsa_prepare(key), *not_mine = wxp_rsa_prepare(other), *verifier = wxp_rsa_prepare(pub);
    wxp_signer signer = {"1900000001", "SERIAL", key, mine};
    const char *body = "{\"a\":1}";
    int round;

    for (round = 0; round < 3; round++) {
        wxp_buf out;
        wxp_err err;
        const char *sig, *nonce, *ts;
        char ts_text[32], nonce_text[WXP_NONCE_LEN + 1];
        wxp_bytes lines[10];

        signer.prepared = round == 0 ? mine : round == 1 ? not_mine : NULL;
        wxp_buf_init(&out);
        wxp_err_clear(&err);
        CHECK(wxp_sign_request(&signer, "POST", "/v3/x?y=1", 9, body, strlen(body), 1700000000, &out, &err) == 0);
        ts = strstr(wxp_buf_cstr(&out), "timestamp=\"");
        nonce = strstr(wxp_buf_cstr(&out), "nonce_str=\"");
        sig = strstr(wxp_buf_cstr(&out), "signature=\"");
        CHECK(ts != NULL && nonce != NULL && sig != NULL);
        if (ts == NULL || nonce == NULL || sig == NULL) {
            wxp_buf_free(&out);
            continue;
        }
        memcpy(ts_text, ts + 11, 10);
        ts_text[10] = '\0';
        memcpy(nonce_text, nonce + 11, WXP_NONCE_LEN);
        nonce_text[WXP_NONCE_LEN] = '\0';
        sig += 11;
        lines[0].data = "POST"; lines[0].len = 4;
        lines[2].data = "/v3/x?y=1"; lines[2].len = 9;
        lines[4].data = ts_text; lines[4].len = 10;
        lines[6].data = nonce_text; lines[6].len = WXP_NONCE_LEN;
        lines[8].data = body; lines[8].len = strlen(body);
        lines[1] = lines[3] = lines[5] = lines[7] = lines[9] = (wxp_bytes) {"\n", 1};
        /* signed by key in every round, whatever prepared key was handed in */
        CHECK(wxp_rsa_verify_prepared(verifier, lines, 10, sig, strlen(sig) - 1, &err) == 1);
        wxp_buf_free(&out);
    }
    wxp_rsa_prepared_free(mine);
    wxp_rsa_prepared_free(not_mine);
    wxp_rsa_prepared_free(verifier);
    EVP_PKEY_free(key);
    EVP_PKEY_free(other);
    EVP_PKEY_free(pub);
}

/* A keyring prepares each key once, on first use, and frees it with the entry; responses verify through it
 * again and again, with either of two keys. */
static void test_keyring_prepared(void)
{
    EVP_PKEY *a = keygen_rsa(2048), *b = keygen_rsa(2048), *a_pub = public_of(a), *b_pub = public_of(b);
    wxp_keyring *ring = wxp_keyring_new();
    wxp_rsa_prepared *first;
    const char *body = "{\"ok\":true}";
    int i, ok = 1;

    CHECK(wxp_keyring_add(ring, "PUB_KEY_ID_A", 12, a_pub) == 0);
    CHECK(wxp_keyring_add(ring, "SERIAL_B", 8, b_pub) == 0);
    EVP_PKEY_free(a_pub); /* the ring holds its own references */
    EVP_PKEY_free(b_pub);
    CHECK(wxp_keyring_prepared(ring, "NOPE", 4) == NULL);
    first = wxp_keyring_prepared(ring, "PUB_KEY_ID_A", 12);
    CHECK(first != NULL);
    CHECK(wxp_keyring_prepared(ring, "PUB_KEY_ID_A", 12) == first);
    CHECK(wxp_rsa_prepared_key(first) == wxp_keyring_find(ring, "PUB_KEY_ID_A", 12));
    CHECK(wxp_keyring_prepared(ring, "SERIAL_B", 8) != first);
    for (i = 0; i < 12; i++) {
        int use_a = i % 2 == 0;
        wxp_bytes lines[6] = {{"1700000000", 10}, {"\n", 1}, {"NONCE", 5}, {"\n", 1}, {body, 11}, {"\n", 1}};
        wxp_verify_input in = {"1700000000", 10, "NONCE", 5, NULL, 0, NULL, 0, body, 11};
        wxp_buf sig;
        wxp_err err;

        wxp_buf_init(&sig);
        wxp_err_clear(&err);
        ok &= wxp_rsa_sign_pieces(use_a ? a : b, lines, 6, &sig, &err) == 0;
        in.signature = wxp_buf_cstr(&sig);
        in.signature_len = sig.len;
        in.serial = use_a ? "PUB_KEY_ID_A" : "SERIAL_B";
        in.serial_len = strlen(in.serial);
        ok &= wxp_verify_response(&in, ring, 1700000000, &err) == 0;
        in.serial = use_a ? "SERIAL_B" : "PUB_KEY_ID_A"; /* the other key: refused */
        in.serial_len = strlen(in.serial);
        ok &= wxp_verify_response(&in, ring, 1700000000, &err) == -1 && err.code == WXP_E_VERIFY_SIGNATURE;
        wxp_buf_free(&sig);
    }
    CHECK(ok);
    CHECK(ERR_peek_error() == 0);
    wxp_keyring_free(ring);
    EVP_PKEY_free(a);
    EVP_PKEY_free(b);
}

int main(void)
{
    test_same_bytes_and_reuse();
    test_verify_results();
    test_two_keys_alternating();
    test_errors();
    test_freeing();
    test_sign_request_prepared();
    test_keyring_prepared();
    return UNIT_DONE();
}
