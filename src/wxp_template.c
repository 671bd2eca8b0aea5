/* RFC 6570 expansion of `{name}` and `{+name}`, refusing what wechatpay-php would silently get wrong: a
 * missing variable (it sends an empty segment) and dot segments (they climb the path once resolved). */
#include "wxp_template.h"

#include <string.h>
#include "wxp_buf_private.h"
#include "wxp_pct_private.h"

/* Longest piece of a template or name quoted in a message. */
#define WXP_TEMPLATE_QUOTE_MAX 200

int wxp_percent_encode(const char *bytes, size_t len, wxp_buf *out)
{
    return wxp_pct_encode_with(bytes, len, wxp_pct_keep_unreserved, 0, out);
}

static int wxp_quote_len(size_t len)
{
    return (int) (len > WXP_TEMPLATE_QUOTE_MAX ? WXP_TEMPLATE_QUOTE_MAX : len);
}

/* RFC 6570 varchars plus '-', which kebabed steps produce (`_cardId_` -> `{card-id}`). */
static int wxp_is_name_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.';
}

/* The RFC 6570 operators (and the ones it reserves) other than '+', which we support. */
static int wxp_is_other_operator(unsigned char c)
{
    return c != '\0' && strchr("#./;?&=,!@|", c) != NULL;
}

/* For `{+name}`: finds a dot segment in any spelling in the path part of value (before any '?' or '#'), its
 * segments split at '/', '\\', %2F or %5C; sets *seg and *seg_len. */
static int wxp_find_dot_segment(const char *value, size_t len, const char **seg, size_t *seg_len)
{
    size_t path_len = 0;

    while (path_len < len && value[path_len] != '?' && value[path_len] != '#') {
        path_len++;
    }
    return wxp_pct_find_dot_segment(value, path_len, seg, seg_len);
}

/* Expands one expression, the text between `{` and `}`. */
static int wxp_expand_expression(const char *expr, size_t len, wxp_template_lookup lookup, void *ctx,
                                 wxp_buf *out, wxp_err *err)
{
    int reserved = len > 0 && expr[0] == '+';
    const char *name = expr + reserved, *value = NULL, *op = reserved ? "+" : "";
    size_t name_len = len - (size_t) reserved, value_len = 0, i;
    wxp_lookup_status status;
    const char *seg;
    size_t seg_len;

    if (name_len == 0) {
        return wxp_err_set(err, WXP_E_INVALID, "URI template has an empty placeholder {%s}: name the variable",
                           op);
    }
    if (!reserved && wxp_is_other_operator((unsigned char) expr[0])) {
        return wxp_err_set(err, WXP_E_INVALID,
                           "Placeholder {%.*s} uses the operator '%c', which is not supported: only {name} and "
                           "{+name} are", wxp_quote_len(len), expr, expr[0]);
    }
    for (i = 0; i < name_len; i++) {
        if (!wxp_is_name_char((unsigned char) name[i])) {
            return wxp_err_set(err, WXP_E_INVALID,
                               "Placeholder {%.*s} has an invalid name: only letters, digits, '_', '-' and '.' "
                               "may appear in it", wxp_quote_len(len), expr);
        }
    }

    status = lookup(ctx, name, name_len, &value, &value_len, err);
    if (status == WXP_LOOKUP_ERROR) {
        return -1;
    }
    if (status != WXP_LOOKUP_FOUND) {
        return wxp_err_set(err, WXP_E_INVALID, "Placeholder {%s%.*s} has no value: pass '%.*s' in the options",
                           op, wxp_quote_len(name_len), name, wxp_quote_len(name_len), name);
    }
    /* An empty value would leave an empty segment (`cards//codes`): the defect wechatpay-php has for a
     * missing value, so it is refused the same way. */
    if (value == NULL || value_len == 0) {
        return wxp_err_set(err, WXP_E_INVALID, "Placeholder {%s%.*s} is empty: pass a non-empty '%.*s' in the options",
                           op, wxp_quote_len(name_len), name, wxp_quote_len(name_len), name);
    }

    if (!reserved) {
        /* rawurlencode keeps '.', so these two values would stay dot segments. */
        if ((value_len == 1 || value_len == 2) && value[0] == '.' && value[value_len - 1] == '.') {
            return wxp_err_set(err, WXP_E_INVALID,
                               "Placeholder {%.*s} cannot be '%.*s': a dot segment would change the path",
                               wxp_quote_len(name_len), name, (int) value_len, value);
        }
        return wxp_percent_encode(value, value_len, out) != 0
            ? wxp_err_set(err, WXP_E_NOMEM, "Out of memory expanding placeholder {%.*s}", wxp_quote_len(name_len), name)
            : 0;
    }

    if (wxp_find_dot_segment(value, value_len, &seg, &seg_len)) {
        return wxp_err_set(err, WXP_E_INVALID,
                           "Placeholder {+%.*s} holds the path segment '%.*s', which would change the path",
                           wxp_quote_len(name_len), name, (int) seg_len, seg);
    }
    return wxp_pct_encode_with(value, value_len, wxp_pct_keep_uri_char, 1, out) != 0
        ? wxp_err_set(err, WXP_E_NOMEM, "Out of memory expanding placeholder {+%.*s}", wxp_quote_len(name_len), name)
        : 0;
}

int wxp_template_expand(const char *tpl, size_t tpl_len, wxp_template_lookup lookup, void *ctx,
                        wxp_buf *out, wxp_err *err)
{
    size_t start = out->len, pos = 0;

    while (pos < tpl_len) {
        const char *open = memchr(tpl + pos, '{', tpl_len - pos);
        size_t literal_end = open ? (size_t) (open - tpl) : tpl_len;
        const char *close;

        if (wxp_pct_encode_with(tpl + pos, literal_end - pos, wxp_pct_keep_uri_char, 1, out) != 0) {
            wxp_err_set(err, WXP_E_NOMEM, "Out of memory expanding a URI template");
            goto fail;
        }
        if (open == NULL) {
            break;
        }
        close = memchr(open + 1, '}', tpl_len - literal_end - 1);
        if (close == NULL) {
            wxp_err_set(err, WXP_E_INVALID, "URI template '%.*s' has an unclosed '{'", wxp_quote_len(tpl_len),
                        tpl);
            goto fail;
        }
        if (wxp_expand_expression(open + 1, (size_t) (close - open - 1), lookup, ctx, out, err) != 0) {
            goto fail;
        }
        pos = (size_t) (close - tpl) + 1;
    }
    return 0;

fail:
    wxp_buf_truncate(out, start);
    return -1;
}
