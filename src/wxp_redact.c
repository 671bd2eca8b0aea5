#include "wxp_redact.h"
#include "wxp_buf_private.h"

#include <string.h>

static int wxp_is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Where the authority of url starts: after `scheme://`, after a leading `//`, or at 0 when url has neither
 * (a proxy given as `host:port`). RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ). */
static size_t wxp_authority_start(const char *url, size_t len)
{
    size_t i = 0;

    if (len >= 2 && url[0] == '/' && url[1] == '/') {
        return 2;
    }
    if (len == 0 || !wxp_is_alpha(url[0])) {
        return 0;
    }
    while (i < len && (wxp_is_alpha(url[i]) || (url[i] >= '0' && url[i] <= '9') || url[i] == '+' || url[i] == '-'
                       || url[i] == '.')) {
        i++;
    }
    return len - i >= 3 && memcmp(url + i, "://", 3) == 0 ? i + 3 : 0;
}

/* The authority ends at the first `/`, `?` or `#` (RFC 3986 section 3.2; libcurl reads it the same way). */
static size_t wxp_authority_end(const char *url, size_t len, size_t start)
{
    size_t i;

    for (i = start; i < len; i++) {
        if (url[i] == '/' || url[i] == '?' || url[i] == '#') {
            break;
        }
    }
    return i;
}

int wxp_redact_url(const char *url, size_t len, wxp_buf *out)
{
    size_t start = wxp_authority_start(url, len), end = wxp_authority_end(url, len, start), at, colon;
    const char *last_at = NULL, *first_colon;
    size_t kept = out->len, i;

    /* The userinfo ends at the authority's last `@` (a password may hold an unencoded one). */
    for (i = start; i < end; i++) {
        if (url[i] == '@') {
            last_at = url + i;
        }
    }
    first_colon = last_at ? memchr(url + start, ':', (size_t) (last_at - url) - start) : NULL;
    if (first_colon == NULL) {
        return wxp_buf_append(out, url, len);
    }
    colon = (size_t) (first_colon - url);
    at = (size_t) (last_at - url);
    if (wxp_buf_append(out, url, colon + 1) != 0 || wxp_buf_append(out, "***", 3) != 0
        || wxp_buf_append(out, url + at, len - at) != 0) {
        wxp_buf_truncate(out, kept);
        return -1;
    }
    return 0;
}
