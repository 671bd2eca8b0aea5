/* Absolute URLs: RFC 3986 reference resolution against a base URI, and the parts a signer needs. */
#ifndef WXP_URI_H
#define WXP_URI_H

#include <stddef.h>
#include "wxp_buf.h"
#include "wxp_err.h"

/* Resolves ref (an expanded template: relative path, absolute path, or absolute http(s) URL, optionally with
 * ?query and #fragment) against base (an absolute http or https URL) per RFC 3986 section 5.2, removing dot
 * segments, dropping any fragment. When query is not NULL it replaces the reference's query (an empty
 * string yields no `?`). Appends the absolute URL to out. Refuses (WXP_E_INVALID) a base that is not an
 * absolute http/https URL or whose path holds a dot segment; a reference whose scheme is not http/https,
 * whose scheme, host or port differ from base's (or that brings user information other than base's), or
 * whose path holds a dot segment in any spelling (`.`, `..`, `%2e%2E`, ... between any of `/`, `\`, %2F,
 * %5C). Messages never quote user information (credentials). Returns 0 or -1. */
int wxp_uri_resolve(const char *base, const char *ref, size_t ref_len, const char *query, wxp_buf *out,
                    wxp_err *err);

/* Points *target at the request target of an absolute URL (path plus `?query`, "/" when the path is empty)
 * and sets *target_len. Returns 0, or -1 when url is not absolute. */
int wxp_uri_request_target(const char *url, const char **target, size_t *target_len);

/* Points *path at the path of an absolute URL (without query) and sets *path_len. Returns 0 or -1. */
int wxp_uri_path(const char *url, const char **path, size_t *path_len);

/* Returns 1 when query may stand as an already percent-encoded query string: empty, or only RFC 3986 unreserved
 * and reserved characters other than '#', and '%' (so no SP, control, DEL, non-ASCII byte, nor any of
 * " < > \ ^ ` { | }), else 0. */
int wxp_uri_query_is_encoded(const char *query, size_t len);

#endif
