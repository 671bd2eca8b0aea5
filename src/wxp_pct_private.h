/* RFC 3986 character classes and percent-encoding shared by wxp_template.c and wxp_uri.c (private). */
#ifndef WXP_PCT_PRIVATE_H
#define WXP_PCT_PRIVATE_H

#include <stddef.h>
#include "wxp_buf.h"

/* ALPHA / DIGIT / "-" / "." / "_" / "~" */
static inline int wxp_pct_is_unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

/* "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "=" */
static inline int wxp_pct_is_sub_delim(unsigned char c)
{
    switch (c) {
    case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+': case ',': case ';': case '=':
        return 1;
    default:
        return 0;
    }
}

/* ":" / "/" / "?" / "#" / "[" / "]" / "@" */
static inline int wxp_pct_is_gen_delim(unsigned char c)
{
    switch (c) {
    case ':': case '/': case '?': case '#': case '[': case ']': case '@':
        return 1;
    default:
        return 0;
    }
}

static inline int wxp_pct_is_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

/* Returns 1 when bytes[i] starts a complete %XX triplet inside bytes[0..len). */
static inline int wxp_pct_triplet_at(const char *bytes, size_t len, size_t i)
{
    return i < len && len - i >= 3 && bytes[i] == '%' && wxp_pct_is_hex((unsigned char) bytes[i + 1])
        && wxp_pct_is_hex((unsigned char) bytes[i + 2]);
}

/* Decides whether a byte may appear as is. */
typedef int (*wxp_pct_keep_fn)(unsigned char c);

/* Appends bytes, writing every byte that keep() refuses as an upper-case %XX triplet; when keep_triplets is
 * set, complete %XX triplets already present are copied unchanged (a lone '%' still becomes %25). Copies runs
 * of kept bytes in one append. Returns 0, or -1 when memory ran out (out may then hold part of the bytes). */
static inline int wxp_pct_encode_with(const char *bytes, size_t len, wxp_pct_keep_fn keep, int keep_triplets,
                                      wxp_buf *out)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t i = 0, run = 0;

    while (i < len) {
        unsigned char c = (unsigned char) bytes[i];
        char triplet[3];

        if (keep(c)) { /* no keep() accepts '%' */
            i++;
            continue;
        }
        if (keep_triplets && wxp_pct_triplet_at(bytes, len, i)) {
            i += 3;
            continue;
        }
        if (wxp_buf_append(out, bytes + run, i - run) != 0) {
            return -1;
        }
        triplet[0] = '%';
        triplet[1] = hex[c >> 4];
        triplet[2] = hex[c & 0x0F];
        if (wxp_buf_append(out, triplet, 3) != 0) {
            return -1;
        }
        run = ++i;
    }
    return wxp_buf_append(out, bytes + run, len - run);
}

/* keep() for text that may hold any URI character: unreserved and reserved ones. */
static inline int wxp_pct_keep_uri_char(unsigned char c)
{
    return wxp_pct_is_unreserved(c) || wxp_pct_is_gen_delim(c) || wxp_pct_is_sub_delim(c);
}

/* keep() for rawurlencode(): unreserved characters only. */
static inline int wxp_pct_keep_unreserved(unsigned char c)
{
    return wxp_pct_is_unreserved(c);
}

#endif
