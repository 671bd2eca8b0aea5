/* RFC 3986 reference resolution (section 5.2) for the URLs a chain expands to, plus the pieces of an absolute
 * URL that signing and the unsigned-path check need. The path and query of the result are normalised the way
 * Guzzle's Uri does: bytes a URL cannot hold are percent-encoded, %XX triplets and reserved characters kept,
 * so the signed request target is exactly what goes on the wire. */
#include "wxp_uri.h"

#include <string.h>
#include "wxp_buf_private.h"
#include "wxp_pct_private.h"

#define WXP_URI_QUOTE_MAX 200

/* One component of a URI reference; defined distinguishes "absent" from "present but empty". */
typedef struct wxp_uri_part {
    const char *p;
    size_t n;
    int defined;
} wxp_uri_part;

typedef struct wxp_uri_parts {
    wxp_uri_part scheme, authority, path, query;
} wxp_uri_parts;

static int wxp_is_alpha(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Returns the length of a valid scheme ending in ':' at the start of s (ALPHA *( ALPHA / DIGIT / + - . )),
 * or 0. A colon after anything else (`12:30/x`) belongs to a relative path, not to a scheme. */
static size_t wxp_uri_scheme_len(const char *s, size_t len)
{
    size_t i;

    if (len == 0 || !wxp_is_alpha((unsigned char) s[0])) {
        return 0;
    }
    for (i = 1; i < len; i++) {
        unsigned char c = (unsigned char) s[i];

        if (c == ':') {
            return i;
        }
        if (!(wxp_is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
            return 0;
        }
    }
    return 0;
}

/* Length of the prefix of s holding none of the (at most two) stop characters. Called for every URL of
 * every call, so it compares bytes directly instead of strchr() per byte. */
static size_t wxp_span_until(const char *s, size_t len, const char *stops)
{
    char a = stops[0], b = stops[0] != '\0' ? stops[1] : '\0';
    size_t i;

    if (b == '\0') {
        const char *hit = memchr(s, a, len);
        return hit != NULL ? (size_t) (hit - s) : len;
    }
    for (i = 0; i < len; i++) {
        if (s[i] == a || s[i] == b) {
            return i;
        }
    }
    return len;
}

/* Splits a reference as RFC 3986 Appendix B does; the fragment is dropped. */
static void wxp_uri_split(const char *s, size_t len, wxp_uri_parts *u)
{
    size_t n = wxp_uri_scheme_len(s, len), end;

    memset(u, 0, sizeof(*u));
    if (n > 0) {
        u->scheme.p = s;
        u->scheme.n = n;
        u->scheme.defined = 1;
        s += n + 1;
        len -= n + 1;
    }
    end = wxp_span_until(s, len, "#");
    len = end;
    if (len >= 2 && s[0] == '/' && s[1] == '/') {
        n = wxp_span_until(s + 2, len - 2, "/?");
        u->authority.p = s + 2;
        u->authority.n = n;
        u->authority.defined = 1;
        s += 2 + n;
        len -= 2 + n;
    }
    n = wxp_span_until(s, len, "?");
    u->path.p = s;
    u->path.n = n;
    u->path.defined = 1;
    if (n < len) {
        u->query.p = s + n + 1;
        u->query.n = len - n - 1;
        u->query.defined = 1;
    }
}

static int wxp_part_equals_ci(const wxp_uri_part *part, const char *lower)
{
    size_t i;

    if (!part->defined || part->n != strlen(lower)) {
        return 0;
    }
    for (i = 0; i < part->n; i++) {
        char c = part->p[i];

        if (c >= 'A' && c <= 'Z') {
            c = (char) (c - 'A' + 'a');
        }
        if (c != lower[i]) {
            return 0;
        }
    }
    return 1;
}

static int wxp_scheme_is_http(const wxp_uri_part *scheme)
{
    return wxp_part_equals_ci(scheme, "http") || wxp_part_equals_ci(scheme, "https");
}

/* The pieces of an authority `[userinfo@]host[:port]`; the user information ends at the last '@' (as
 * wxp_authority_is_valid reads it), an IPv6 literal host is `[...]`. */
typedef struct wxp_authority {
    wxp_uri_part userinfo, host, port;
} wxp_authority;

static void wxp_authority_split(const wxp_uri_part *authority, wxp_authority *out)
{
    const char *p = authority->p, *end = authority->p + authority->n, *at, *colon = NULL;

    memset(out, 0, sizeof(*out));
    for (at = end; at > p && at[-1] != '@'; at--) {
    }
    if (at > p) {
        out->userinfo.p = p;
        out->userinfo.n = (size_t) (at - 1 - p);
        out->userinfo.defined = 1;
        p = at;
    }
    if (p < end && *p == '[') {
        const char *close = memchr(p, ']', (size_t) (end - p));

        colon = close != NULL && close + 1 < end && close[1] == ':' ? close + 1 : NULL;
    } else {
        colon = memchr(p, ':', (size_t) (end - p));
    }
    out->host.p = p;
    out->host.n = (size_t) ((colon != NULL ? colon : end) - p);
    out->host.defined = 1;
    if (colon != NULL) {
        out->port.p = colon + 1;
        out->port.n = (size_t) (end - colon - 1);
        out->port.defined = 1;
    }
}

/* The port an authority connects to: its digits, or the scheme's default when absent or empty (RFC 3986
 * section 6.2.3); -1 when it is not a number from 0 to 65535. */
static long wxp_effective_port(const wxp_authority *a, int https)
{
    long port = 0;
    size_t i;

    if (!a->port.defined || a->port.n == 0) {
        return https ? 443 : 80;
    }
    for (i = 0; i < a->port.n; i++) {
        if (a->port.p[i] < '0' || a->port.p[i] > '9') {
            return -1;
        }
        port = port * 10 + (a->port.p[i] - '0');
        if (port > 65535) {
            return -1;
        }
    }
    return port;
}

/* An authority must name a host, hold only characters a URL may carry, and have a port of digits (or none). */
static int wxp_authority_is_valid(const wxp_uri_part *authority)
{
    wxp_authority parts;
    size_t i;

    for (i = 0; i < authority->n; i++) {
        unsigned char c = (unsigned char) authority->p[i];

        if (!(wxp_pct_keep_uri_char(c) || c == '%')) {
            return 0;
        }
    }
    wxp_authority_split(authority, &parts);
    return parts.host.n > 0 && wxp_effective_port(&parts, 1) >= 0;
}

static int wxp_parts_equal_ci(const wxp_uri_part *a, const wxp_uri_part *b)
{
    size_t i;

    if (a->defined != b->defined || a->n != b->n) {
        return 0;
    }
    for (i = 0; i < a->n; i++) {
        char x = a->p[i], y = b->p[i];

        if ((x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) != (y >= 'A' && y <= 'Z' ? y - 'A' + 'a' : y)) {
            return 0;
        }
    }
    return 1;
}

/* Returns 1 when a reference with a scheme or an authority of its own names base's origin: the same scheme
 * and host (case-insensitively), the same port (an absent one being the scheme's default), and no user
 * information but base's own (a reference may not add or change credentials). A host is compared as written:
 * `[::1]` and `[0::1]`, or `h` and `h.`, count as different, which only ever refuses. */
static int wxp_same_origin(const wxp_uri_parts *base, const wxp_uri_parts *ref)
{
    wxp_authority b, r;
    int https;
    long port;

    if (ref->scheme.defined && !wxp_parts_equal_ci(&ref->scheme, &base->scheme)) {
        return 0;
    }
    https = wxp_part_equals_ci(&base->scheme, "https");
    wxp_authority_split(&base->authority, &b);
    wxp_authority_split(&ref->authority, &r);
    port = wxp_effective_port(&b, https);
    return wxp_parts_equal_ci(&r.host, &b.host) && port >= 0 && wxp_effective_port(&r, https) == port
        && (!r.userinfo.defined
            || (b.userinfo.defined && r.userinfo.n == b.userinfo.n
                && memcmp(r.userinfo.p, b.userinfo.p, r.userinfo.n) == 0));
}

/* Appends text to out for quoting in a message: at most WXP_URI_QUOTE_MAX bytes, and the user information
 * of its authority (credentials) replaced by `***`. */
static void wxp_uri_quote(wxp_buf *out, const char *text, size_t len)
{
    wxp_uri_parts u;
    wxp_authority a;
    size_t start = out->len;

    wxp_uri_split(text, len, &u);
    if (u.authority.defined) {
        wxp_authority_split(&u.authority, &a);
        if (a.userinfo.defined) {
            size_t before = (size_t) (a.userinfo.p - text), after = before + a.userinfo.n;

            if (wxp_buf_append(out, text, before) != 0 || wxp_buf_append(out, "***", 3) != 0) {
                return;
            }
            text += after;
            len -= after;
        }
    }
    (void) wxp_buf_append(out, text, len);
    if (out->len - start > WXP_URI_QUOTE_MAX) {
        wxp_buf_truncate(out, start + WXP_URI_QUOTE_MAX);
    }
}

/* Path bytes kept as they are: pchar and '/' (Guzzle's Uri encodes the rest). */
static int wxp_keep_path_char(unsigned char c)
{
    return wxp_pct_is_unreserved(c) || wxp_pct_is_sub_delim(c) || c == ':' || c == '@' || c == '/';
}

/* Query bytes kept as they are: pchar, '/' and '?'. */
static int wxp_keep_query_char(unsigned char c)
{
    return wxp_keep_path_char(c) || c == '?';
}

/* Cuts out back to its last '/' (that '/' included), never below floor: "remove the last segment". */
static void wxp_remove_last_segment(wxp_buf *out, size_t floor)
{
    size_t i = out->len;

    while (i > floor && out->data[i - 1] != '/') {
        i--;
    }
    if (i > floor) {
        i--;
    }
    wxp_buf_truncate(out, i);
}

/* RFC 3986 section 5.2.4, appending the result to out. */
static int wxp_remove_dot_segments(const char *in, size_t len, wxp_buf *out)
{
    size_t floor = out->len, i = 0;

    while (i < len) {
        const char *s = in + i;
        size_t left = len - i, seg;

        if (left >= 3 && memcmp(s, "../", 3) == 0) {                        /* A */
            i += 3;
        } else if (left >= 2 && memcmp(s, "./", 2) == 0) {
            i += 2;
        } else if (left >= 3 && memcmp(s, "/./", 3) == 0) {                 /* B */
            i += 2;
        } else if (left == 2 && memcmp(s, "/.", 2) == 0) {
            return wxp_buf_append_byte(out, '/');
        } else if (left >= 4 && memcmp(s, "/../", 4) == 0) {                /* C */
            i += 3;
            wxp_remove_last_segment(out, floor);
        } else if (left == 3 && memcmp(s, "/..", 3) == 0) {
            wxp_remove_last_segment(out, floor);
            return wxp_buf_append_byte(out, '/');
        } else if ((left == 1 && s[0] == '.') || (left == 2 && memcmp(s, "..", 2) == 0)) { /* D */
            return 0;
        } else {                                                            /* E */
            seg = 1 + wxp_span_until(s + 1, left - 1, "/");
            if (wxp_buf_append(out, s, seg) != 0) {
                return -1;
            }
            i += seg;
        }
    }
    return 0;
}

/* Writes the path of the target, per RFC 3986 section 5.2.2, into out: the path to resolve is built
 * percent-encoded in scratch, then its dot segments are removed into out. */
static int wxp_uri_append_target_path(const wxp_uri_parts *base, const wxp_uri_parts *ref, wxp_buf *scratch,
                                      wxp_buf *out)
{
    size_t cut;

    wxp_buf_reset(scratch);
    if (ref->scheme.defined || ref->authority.defined || (ref->path.n > 0 && ref->path.p[0] == '/')) {
        if (wxp_pct_encode_with(ref->path.p, ref->path.n, wxp_keep_path_char, 1, scratch) != 0) {
            return -1;
        }
    } else if (ref->path.n == 0) {
        return wxp_pct_encode_with(base->path.p, base->path.n, wxp_keep_path_char, 1, out);
    } else {
        /* 5.2.3 merge: the base path up to its last '/', or "/" when the base has an authority and no path */
        for (cut = base->path.n; cut > 0 && base->path.p[cut - 1] != '/'; cut--) {
        }
        if ((base->path.n == 0 ? wxp_buf_append_byte(scratch, '/')
                               : wxp_pct_encode_with(base->path.p, cut, wxp_keep_path_char, 1, scratch)) != 0
            || wxp_pct_encode_with(ref->path.p, ref->path.n, wxp_keep_path_char, 1, scratch) != 0) {
            return -1;
        }
    }
    return wxp_remove_dot_segments(wxp_buf_cstr(scratch), scratch->len, out);
}

static int wxp_uri_append_lower(wxp_buf *out, const wxp_uri_part *part)
{
    size_t i;

    for (i = 0; i < part->n; i++) {
        char c = part->p[i];

        if (wxp_buf_append_byte(out, (char) (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c)) != 0) {
            return -1;
        }
    }
    return 0;
}

static int wxp_uri_build(const wxp_uri_parts *base, const wxp_uri_parts *ref, const char *query, wxp_buf *out)
{
    /* a reference's own scheme and authority name the base's origin (wxp_same_origin): the base's are
     * written, so the URL sent always carries base_uri's exact spelling of them */
    const wxp_uri_part *scheme = &base->scheme, *authority = &base->authority;
    wxp_uri_part q = ref->query;
    wxp_buf scratch;
    size_t path_start;
    int rc = -1;

    if (!ref->scheme.defined && !ref->authority.defined && ref->path.n == 0 && !ref->query.defined) {
        q = base->query;
    }
    if (query != NULL) {
        /* the `query` option replaces the whole query of the final URL; "" leaves none */
        q.p = query;
        q.n = strlen(query);
        q.defined = q.n > 0;
    }

    wxp_buf_init(&scratch);
    if (wxp_uri_append_lower(out, scheme) != 0 || wxp_buf_append(out, "://", 3) != 0
        || wxp_buf_append(out, authority->p, authority->n) != 0) {
        goto done;
    }
    path_start = out->len;
    if (wxp_uri_append_target_path(base, ref, &scratch, out) != 0) {
        goto done;
    }
    /* RFC 3986 section 6.2.3: for http(s) an empty path is "/", which keeps the request target a suffix */
    if (out->len == path_start && wxp_buf_append_byte(out, '/') != 0) {
        goto done;
    }
    if (q.defined && (wxp_buf_append_byte(out, '?') != 0
                      || wxp_pct_encode_with(q.p, q.n, wxp_keep_query_char, 1, out) != 0)) {
        goto done;
    }
    rc = 0;
done:
    wxp_buf_free(&scratch);
    return rc;
}

/* Sets err to an WXP_E_INVALID message: before, the quoted text (wxp_uri_quote), then after. Returns -1. */
static int wxp_uri_fail(wxp_err *err, const char *before, const char *text, size_t len, const char *after)
{
    wxp_buf quoted;

    wxp_buf_init(&quoted);
    wxp_uri_quote(&quoted, text, len);
    wxp_err_set(err, WXP_E_INVALID, "%s'%s'%s", before, wxp_buf_cstr(&quoted), after);
    wxp_buf_free(&quoted);
    return -1;
}

/* Refuses a path holding a dot segment in any spelling (wxp_pct_find_dot_segment): resolved here, or by a
 * server or front end after decoding, it would send the signed request to another API than the one named,
 * and could make a signed API look like an unsigned download (wxp_verify_is_unsigned_path). */
static int wxp_uri_check_dots(const char *path, size_t path_len, const char *what, const char *why, wxp_err *err)
{
    const char *seg;
    size_t seg_len;

    if (!wxp_pct_find_dot_segment(path, path_len, &seg, &seg_len)) {
        return 0;
    }
    return wxp_err_set(err, WXP_E_INVALID,
                       "%s '%.*s' holds the dot segment '%.*s': %s", what,
                       (int) (path_len > WXP_URI_QUOTE_MAX ? WXP_URI_QUOTE_MAX : path_len), path, (int) seg_len, seg,
                       why);
}

int wxp_uri_resolve(const char *base, const char *ref, size_t ref_len, const char *query, wxp_buf *out,
                    wxp_err *err)
{
    wxp_uri_parts b, r;
    size_t start = out->len;

    wxp_uri_split(base, strlen(base), &b);
    if (!wxp_scheme_is_http(&b.scheme) || !b.authority.defined || !wxp_authority_is_valid(&b.authority)) {
        return wxp_uri_fail(err, "base_uri must be an absolute http or https URL, got ", base, strlen(base), "");
    }
    /* merged with a relative reference, an encoded one would survive into the path sent */
    if (wxp_uri_check_dots(b.path.p, b.path.n, "base_uri's path",
                           "a server would resolve it to another path than the one signed", err) != 0) {
        return -1;
    }
    wxp_uri_split(ref, ref_len, &r);
    if (r.scheme.defined && !wxp_scheme_is_http(&r.scheme)) {
        return wxp_err_set(err, WXP_E_INVALID, "URL scheme '%.*s' is not supported: only http and https are",
                           (int) (r.scheme.n > WXP_URI_QUOTE_MAX ? WXP_URI_QUOTE_MAX : r.scheme.n), r.scheme.p);
    }
    if ((r.scheme.defined || r.authority.defined)
        && (!r.authority.defined || !wxp_authority_is_valid(&r.authority))) {
        return wxp_uri_fail(err, "URL ", ref, ref_len, " has no valid host");
    }
    if ((r.scheme.defined || r.authority.defined) && !wxp_same_origin(&b, &r)) {
        return wxp_uri_fail(err, "URL ", ref, ref_len,
                            " is not on base_uri's scheme, host and port: a placeholder value or chain step may "
                            "not change the scheme, host or port of base_uri");
    }
    if (wxp_uri_check_dots(r.path.p, r.path.n, "URL path",
                           "a chain step or placeholder value may not climb or rewrite the path", err) != 0) {
        return -1;
    }
    if (wxp_uri_build(&b, &r, query, out) != 0) {
        wxp_buf_truncate(out, start);
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory resolving a URL");
    }
    return 0;
}

/* Splits an absolute URL (scheme and authority present) into its parts. Returns 0 or -1. */
static int wxp_uri_split_absolute(const char *url, wxp_uri_parts *u)
{
    wxp_uri_split(url, strlen(url), u);
    return u->scheme.defined && u->authority.defined ? 0 : -1;
}

int wxp_uri_request_target(const char *url, const char **target, size_t *target_len)
{
    wxp_uri_parts u;

    if (wxp_uri_split_absolute(url, &u) != 0) {
        return -1;
    }
    if (u.path.n == 0) {
        /* "http://h?q" would need a "/" inserted, which no pointer into url can express; wxp_uri_resolve
         * never produces it */
        if (u.query.defined) {
            return -1;
        }
        *target = "/";
        *target_len = 1;
        return 0;
    }
    *target = u.path.p;
    *target_len = u.path.n + (u.query.defined ? 1 + u.query.n : 0);
    return 0;
}

int wxp_uri_path(const char *url, const char **path, size_t *path_len)
{
    wxp_uri_parts u;

    if (wxp_uri_split_absolute(url, &u) != 0) {
        return -1;
    }
    *path = u.path.n > 0 ? u.path.p : "/";
    *path_len = u.path.n > 0 ? u.path.n : 1;
    return 0;
}

int wxp_uri_query_is_encoded(const char *query, size_t len)
{
    size_t i;

    if (query == NULL) {
        return len == 0;
    }
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char) query[i];

        /* '#' would end the query; '%', '[' and ']' pass as they are, wxp_uri_resolve encodes the ones a query
         * cannot hold (a lone '%', '[', ']') */
        if (c == '#' || !(c == '%' || wxp_pct_keep_uri_char(c))) {
            return 0;
        }
    }
    return 1;
}
