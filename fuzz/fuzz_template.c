/* URI templates, as a call prepares its URL: wxp_template_expand of any template with values from the input,
 * then wxp_uri_resolve of the expansion against base_uri. An expansion holds only URL characters and keeps
 * what was in out before; a refusal leaves out as it was; a resolved URL must pass fuzz_check_resolved. */
#include "url_checks.h"
#include "wxp_template.h"

#define MAX_VALUES 8

/* The values, handed out in turn to the placeholders; "\x01" stands for a missing one, "\x02" for a lookup
 * that fails by itself (a value of the wrong type). */
typedef struct values {
    const char *v[MAX_VALUES];
    size_t len[MAX_VALUES];
    size_t count, next;
} values;

static wxp_lookup_status lookup(void *ctx, const char *name, size_t name_len, const char **value, size_t *value_len,
                                wxp_err *err)
{
    values *vals = ctx;
    size_t i;

    FUZZ_ASSERT(name_len > 0);
    if (vals->count == 0) {
        return WXP_LOOKUP_MISSING;
    }
    i = vals->next++ % vals->count;
    if (vals->len[i] == 1 && vals->v[i][0] == '\x01') {
        return WXP_LOOKUP_MISSING;
    }
    if (vals->len[i] == 1 && vals->v[i][0] == '\x02') {
        wxp_err_set(err, WXP_E_INVALID, "Placeholder {%.*s} must be a string", (int) name_len, name);
        return WXP_LOOKUP_ERROR;
    }
    *value = vals->v[i];
    *value_len = vals->len[i];
    return WXP_LOOKUP_FOUND;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char base[] = "https://api.mch.weixin.qq.com/";
    fuzz_input in = fuzz_input_of(data, size);
    const char *tpl = "";
    size_t tpl_len = 0, i;
    values vals;
    wxp_buf out, url;
    wxp_err err;

    fuzz_take_field(&in, '\0', &tpl, &tpl_len);
    memset(&vals, 0, sizeof(vals));
    while (vals.count < MAX_VALUES && fuzz_take_field(&in, '\0', &vals.v[vals.count], &vals.len[vals.count])) {
        vals.count++;
    }

    wxp_buf_init(&out);
    wxp_buf_init(&url);
    wxp_err_clear(&err);
    FUZZ_ASSERT(wxp_buf_append(&out, "kept", 4) == 0);
    if (wxp_template_expand(tpl, tpl_len, lookup, &vals, &out, &err) != 0) {
        FUZZ_ASSERT(err.code == WXP_E_INVALID && strcmp(wxp_buf_cstr(&out), "kept") == 0);
    } else {
        FUZZ_ASSERT(err.code == WXP_OK && memcmp(out.data, "kept", 4) == 0);
        for (i = 4; i < out.len; i++) {
            unsigned char c = (unsigned char) out.data[i];

            FUZZ_ASSERT(wxp_pct_keep_uri_char(c) || wxp_pct_triplet_at(out.data, out.len, i));
        }
        if (wxp_uri_resolve(base, out.data + 4, out.len - 4, NULL, &url, &err) == 0) {
            fuzz_check_resolved(base, url.data, url.len);
        } else {
            FUZZ_ASSERT(err.code == WXP_E_INVALID && url.len == 0);
        }
    }
    wxp_buf_free(&out);
    wxp_buf_free(&url);
    return 0;
}
