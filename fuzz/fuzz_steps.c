/* wxp_step_normalize against a plain re-statement of wechatpay-php's Builder::normalize(): kebab every
 * capital (the first byte's without '-'), then preg_replace('#^_(.*)_$#', '{\1}') with PCRE's meaning of `.`
 * (any byte but LF) and `$` (the end, or before a final LF). */
#include "fuzz.h"
#include "wxp_steps.h"

/* The kebab step, one byte at a time. */
static void kebab(const char *s, size_t len, wxp_buf *out)
{
    size_t i;

    for (i = 0; i < len; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z') {
            if (i > 0) {
                FUZZ_ASSERT(wxp_buf_append_byte(out, '-') == 0);
            }
            FUZZ_ASSERT(wxp_buf_append_byte(out, (char) (s[i] - 'A' + 'a')) == 0);
        } else {
            FUZZ_ASSERT(wxp_buf_append_byte(out, s[i]) == 0);
        }
    }
}

/* The regex step: greedy `.*` ends at the last '_' that `$` can follow and that no LF precedes. */
static void placeholder(const char *s, size_t len, wxp_buf *out)
{
    size_t k = 0, i;
    int matched = 0;

    if (len >= 2 && s[0] == '_') {
        if (s[len - 1] == '_') {
            k = len - 1;
        } else if (len >= 3 && s[len - 1] == '\n' && s[len - 2] == '_') {
            k = len - 2;
        }
        matched = k >= 1;
        for (i = 1; matched && i < k; i++) {
            matched = s[i] != '\n';
        }
    }
    if (!matched) {
        FUZZ_ASSERT(wxp_buf_append(out, s, len) == 0);
        return;
    }
    FUZZ_ASSERT(wxp_buf_append_byte(out, '{') == 0);
    FUZZ_ASSERT(wxp_buf_append(out, s + 1, k - 1) == 0);
    FUZZ_ASSERT(wxp_buf_append_byte(out, '}') == 0);
    FUZZ_ASSERT(wxp_buf_append(out, s + k + 1, len - k - 1) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *step = (const char *) data;
    wxp_buf got, kebabed, want;

    wxp_buf_init(&got);
    wxp_buf_init(&kebabed);
    wxp_buf_init(&want);
    /* what the buffer held before (the parent's path) must stay as it was */
    FUZZ_ASSERT(wxp_buf_append(&got, "v3/", 3) == 0);
    FUZZ_ASSERT(wxp_step_normalize(step, size, &got) == 0);
    FUZZ_ASSERT(got.len >= 3 && memcmp(got.data, "v3/", 3) == 0);

    kebab(step, size, &kebabed);
    placeholder(kebabed.data != NULL ? kebabed.data : "", kebabed.len, &want);
    FUZZ_ASSERT(got.len - 3 == want.len);
    FUZZ_ASSERT(want.len == 0 || memcmp(got.data + 3, want.data, want.len) == 0);

    wxp_buf_free(&got);
    wxp_buf_free(&kebabed);
    wxp_buf_free(&want);
    return 0;
}
