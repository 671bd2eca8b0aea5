/* Expansion of the URI templates that chains build: `{name}` and `{+name}` (RFC 6570 levels 1 and 2). */
#ifndef WXP_TEMPLATE_H
#define WXP_TEMPLATE_H

#include <stddef.h>
#include "wxp_buf.h"
#include "wxp_err.h"

/* Result of a template variable lookup. */
typedef enum wxp_lookup_status {
    WXP_LOOKUP_FOUND = 1,   /* *value and *value_len were set */
    WXP_LOOKUP_MISSING = 0, /* no such variable (the core reports it) */
    WXP_LOOKUP_ERROR = -1   /* the lookup set err itself (e.g. a value of the wrong type) */
} wxp_lookup_status;

/* Looks up a template variable by name; the value must stay valid until wxp_template_expand returns. */
typedef wxp_lookup_status (*wxp_template_lookup)(void *ctx, const char *name, size_t name_len,
                                                  const char **value, size_t *value_len, wxp_err *err);

/* Appends the expansion of template to out. `{name}` percent-encodes every byte but RFC 3986 unreserved
 * ones (so `/` becomes %2F); `{+name}` also keeps reserved characters and existing %XX triplets; literal
 * text keeps unreserved, reserved and %XX and percent-encodes the rest. Refuses (WXP_E_INVALID, message
 * naming the placeholder) a missing or empty variable, a value that is `.` or `..` (or, for `{+name}`, holds such a
 * path segment in any spelling: dots as `.` or %2E, between `/`, `\`, %2F or %5C), an unclosed brace, an empty
 * name or any other operator. Returns 0 or -1. */
int wxp_template_expand(const char *tpl, size_t tpl_len, wxp_template_lookup lookup, void *ctx,
                        wxp_buf *out, wxp_err *err);

/* Appends bytes percent-encoded as PHP's rawurlencode() does (only A-Z a-z 0-9 - . _ ~ kept). Returns 0 or -1. */
int wxp_percent_encode(const char *bytes, size_t len, wxp_buf *out);

#endif
