/* RFC 3986 character classes, percent-encoding and dot-segment detection shared by wxp_template.c,
 * wxp_uri.c and wxp_verify.c (private). */
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

/* Returns 1 when seg is a dot segment in any spelling: `.` or `..` with each dot written as '.' or as a %2E
 * triplet (either case), since servers and front ends decode triplets before they resolve dot segments. */
static inline int wxp_pct_is_dot_segment(const char *seg, size_t len)
{
    size_t i = 0, dots = 0;

    while (i < len) {
        if (seg[i] == '.') {
            i++;
        } else if (len - i >= 3 && seg[i] == '%' && seg[i + 1] == '2' && (seg[i + 2] == 'e' || seg[i + 2] == 'E')) {
            i += 3;
        } else {
            return 0;
        }
        dots++;
    }
    return dots == 1 || dots == 2;
}

/* Returns the length of a path separator starting at path[i] in any spelling a server may honour: '/', '\',
 * or a %2F or %5C triplet (either case); 0 when none starts there. */
static inline size_t wxp_pct_separator_at(const char *path, size_t len, size_t i)
{
    if (path[i] == '/' || path[i] == '\\') {
        return 1;
    }
    if (len - i >= 3 && path[i] == '%'
        && ((path[i + 1] == '2' && (path[i + 2] == 'f' || path[i + 2] == 'F'))
            || (path[i + 1] == '5' && (path[i + 2] == 'c' || path[i + 2] == 'C')))) {
        return 3;
    }
    return 0;
}

/* Returns the length of a segment's name: the part before its first ';' or %3B, where path parameters start
 * (some servers drop them before they resolve dot segments, so `..;x` climbs there). */
static inline size_t wxp_pct_segment_name_len(const char *seg, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        if (seg[i] == ';' || (len - i >= 3 && seg[i] == '%' && seg[i + 1] == '3' && (seg[i + 2] == 'b' || seg[i + 2] == 'B'))) {
            return i;
        }
    }
    return len;
}

/* Finds the first dot segment in any spelling (wxp_pct_is_dot_segment, path parameters aside) of path, whose
 * segments are split at every separator spelling (wxp_pct_separator_at); sets *seg and *seg_len to it.
 * Returns 1 when found. */
static inline int wxp_pct_find_dot_segment(const char *path, size_t len, const char **seg, size_t *seg_len)
{
    size_t start = 0, i = 0;

    while (i <= len) {
        size_t sep = i < len ? wxp_pct_separator_at(path, len, i) : 0;

        if (i == len || sep > 0) {
            if (wxp_pct_is_dot_segment(path + start, wxp_pct_segment_name_len(path + start, i - start))) {
                *seg = path + start;
                *seg_len = i - start;
                return 1;
            }
            if (i == len) {
                break;
            }
            i += sep;
            start = i;
        } else {
            i++;
        }
    }
    return 0;
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
