/* URI resolution: wxp_uri_resolve of any reference (and optional query) against bases with and without a
 * path, port, IPv6 literal and user information, or against a base from the input; every URL it makes must
 * pass fuzz_check_resolved and have a query wxp_uri_query_is_encoded accepts (an encoded replacement query
 * kept as it is), and a refusal must leave out as it was and never quote base_uri's password. Also
 * wxp_uri_request_target and wxp_uri_path over any text. */
#define _GNU_SOURCE /* memmem */
#include "url_checks.h"

static const char *const bases[5] = {
    "https://api.mch.weixin.qq.com/",
    "http://user:s3cr3t-pw@127.0.0.1:8080/v3/",
    "https://[::1]:8443/a/b",
    "HTTPS://H.example:443",
    "http://h.example/p;x?base=1#f",
};

static void check_split_helpers(const char *text)
{
    const char *p;
    size_t n;

    /* a pointer into text, or to a "/" of its own for an empty path */
    if (wxp_uri_request_target(text, &p, &n) == 0) {
        FUZZ_ASSERT(n > 0 && ((p >= text && p + n <= text + strlen(text)) || (n == 1 && p[0] == '/')));
    }
    if (wxp_uri_path(text, &p, &n) == 0) {
        FUZZ_ASSERT(n > 0 && ((p >= text && p + n <= text + strlen(text)) || (n == 1 && p[0] == '/')));
    }
}

/* Returns 1 when query passes wxp_uri_query_is_encoded and holds nothing resolution would still encode: no '['
 * or ']', and every '%' starts a triplet. */
static int query_kept_as_is(const char *query, size_t len)
{
    size_t i;

    if (!wxp_uri_query_is_encoded(query, len)) {
        return 0;
    }
    for (i = 0; i < len; i++) {
        if (query[i] == '[' || query[i] == ']' || (query[i] == '%' && !wxp_pct_triplet_at(query, len, i))) {
            return 0;
        }
    }
    return 1;
}

/* The query of a resolved URL is one wxp_uri_query_is_encoded accepts; a replacement query that is already
 * encoded, with nothing left to encode, is the URL's query byte for byte. */
static void check_query(const char *query, const char *url, size_t url_len)
{
    const char *mark = memchr(url, '?', url_len);

    if (mark != NULL) {
        FUZZ_ASSERT(wxp_uri_query_is_encoded(mark + 1, url_len - (size_t) (mark + 1 - url)));
    }
    if (query != NULL && query[0] != '\0' && query_kept_as_is(query, strlen(query))) {
        FUZZ_ASSERT(mark != NULL && strcmp(mark + 1, query) == 0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_input_of(data, size);
    unsigned char mode = fuzz_take_byte(&in);
    const char *field, *ref = "";
    size_t field_len, ref_len = 0;
    char *base, *query = NULL, *whole = fuzz_strndup((const char *) data, size);
    wxp_buf out;
    wxp_err err;

    check_split_helpers(whole);
    free(whole);

    if (mode % 8 < 5) {
        base = fuzz_strndup(bases[mode % 8], strlen(bases[mode % 8]));
    } else {
        fuzz_take_field(&in, '\0', &field, &field_len);
        base = fuzz_strndup(field, field_len);
    }
    fuzz_take_field(&in, '\0', &ref, &ref_len);
    if (mode & 0x80 && fuzz_take_field(&in, '\0', &field, &field_len)) {
        query = fuzz_strndup(field, field_len);
    }

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    FUZZ_ASSERT(wxp_buf_append(&out, "kept", 4) == 0);
    if (wxp_uri_resolve(base, ref, ref_len, query, &out, &err) == 0) {
        FUZZ_ASSERT(err.code == WXP_OK && memcmp(out.data, "kept", 4) == 0);
        fuzz_check_resolved(base, out.data + 4, out.len - 4);
        check_query(query, out.data + 4, out.len - 4);
    } else {
        FUZZ_ASSERT(err.code == WXP_E_INVALID && strcmp(wxp_buf_cstr(&out), "kept") == 0);
        FUZZ_ASSERT(strstr(err.message, "s3cr3t-pw") == NULL || mode % 8 >= 5 || memmem(ref, ref_len, "s3cr3t-pw", 9) != NULL);
    }
    wxp_buf_free(&out);
    free(base);
    free(query);
    return 0;
}
