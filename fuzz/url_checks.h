/* Invariants of a URL that wxp_uri_resolve produced, shared by the uri and template targets: what is sent is
 * on base_uri's origin, holds no dot segment in any spelling, only URL characters, and resolves to itself. */
#ifndef WXP_FUZZ_URL_CHECKS_H
#define WXP_FUZZ_URL_CHECKS_H

#include "fuzz.h"
#include "wxp_pct_private.h"
#include "wxp_uri.h"

/* Length of the lower-cased scheme + "://" + authority of an absolute URL, i.e. where its path starts. */
static inline size_t fuzz_origin_len(const char *url)
{
    const char *p = strstr(url, "://");

    FUZZ_ASSERT(p != NULL);
    p += 3;
    return (size_t) (p - url) + strcspn(p, "/?#");
}

/* Checks the URL resolved from some reference against base (whose origin, as written, is base_origin). */
static inline void fuzz_check_resolved(const char *base, const char *url, size_t url_len)
{
    const char *target, *path, *scheme_end = strstr(base, "://");
    size_t target_len, path_len, origin_len, i;
    wxp_buf again;
    wxp_err err;
    const char *seg;
    size_t seg_len;

    FUZZ_ASSERT(strlen(url) == url_len);
    /* the origin is base's: its scheme lower-cased, its authority byte for byte */
    FUZZ_ASSERT(scheme_end != NULL);
    origin_len = fuzz_origin_len(url);
    FUZZ_ASSERT(origin_len == fuzz_origin_len(base));
    for (i = 0; i < (size_t) (scheme_end - base); i++) {
        char c = base[i] >= 'A' && base[i] <= 'Z' ? (char) (base[i] - 'A' + 'a') : base[i];

        FUZZ_ASSERT(url[i] == c);
    }
    FUZZ_ASSERT(memcmp(url + i, base + i, origin_len - i) == 0);

    /* only URL characters and complete %XX triplets after the origin; no fragment */
    for (i = origin_len; i < url_len; i++) {
        unsigned char c = (unsigned char) url[i];

        FUZZ_ASSERT(c != '#' && (wxp_pct_keep_uri_char(c) || wxp_pct_triplet_at(url, url_len, i)));
    }
    FUZZ_ASSERT(wxp_uri_request_target(url, &target, &target_len) == 0);
    FUZZ_ASSERT(target == url + origin_len && target_len == url_len - origin_len && target[0] == '/');
    FUZZ_ASSERT(wxp_uri_path(url, &path, &path_len) == 0 && path == target);
    FUZZ_ASSERT(!wxp_pct_find_dot_segment(path, path_len, &seg, &seg_len));

    /* resolving it again changes nothing */
    wxp_buf_init(&again);
    wxp_err_clear(&err);
    if (wxp_uri_resolve(base, url, url_len, NULL, &again, &err) != 0) {
        fprintf(stderr, "base %s\nurl  %s\nerr  %s\n", base, url, err.message);
    }
    FUZZ_ASSERT(err.code == WXP_OK);
    FUZZ_ASSERT(again.len == url_len && memcmp(again.data, url, url_len) == 0);
    wxp_buf_free(&again);
}

#endif
