/* Chain-step normalisation, byte for byte what wechatpay-php's Builder::normalize() does:
 *   preg_replace('#^_(.*)_$#', '{\1}', <capitals kebabed>)
 * where the leading capital of the whole step is lowercased and every other capital becomes '-' plus its
 * lowercase. Rules apply to the whole step, even one holding several `/`-separated segments. */
#include "wxp_steps.h"

#include "wxp_buf_private.h"

static int wxp_is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Appends bytes[0..len) with capitals kebabed; at_start says whether bytes[0] is the step's first byte. */
static int wxp_step_append_kebab(wxp_buf *out, const char *bytes, size_t len, int at_start)
{
    size_t i, run = 0;

    for (i = 0; i < len; i++) {
        char lower;

        if (!wxp_is_upper(bytes[i])) {
            continue;
        }
        /* flush the run of plain bytes before this capital in one append */
        if (wxp_buf_append(out, bytes + run, i - run) != 0) {
            return -1;
        }
        lower = (char) (bytes[i] - 'A' + 'a');
        if (!(at_start && i == 0) && wxp_buf_append_byte(out, '-') != 0) {
            return -1;
        }
        if (wxp_buf_append_byte(out, lower) != 0) {
            return -1;
        }
        run = i + 1;
    }
    return wxp_buf_append(out, bytes + run, len - run);
}

/* Returns 1 when bytes[0..len) holds no line feed (PCRE's `.` matches any byte but LF). */
static int wxp_has_no_lf(const char *bytes, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        if (bytes[i] == '\n') {
            return 0;
        }
    }
    return 1;
}

/* Finds the `_name_` form: sets *inner_len to the length of name and *tail_lf when the match ends before a
 * final LF (PCRE's `$` also matches there, so the LF survives the replacement). Returns 1 on a match. */
static int wxp_step_is_placeholder(const char *step, size_t len, size_t *inner_len, int *tail_lf)
{
    size_t body = len;

    *tail_lf = 0;
    if (len >= 3 && step[len - 1] == '\n' && step[len - 2] == '_') {
        body = len - 1;
        *tail_lf = 1;
    }
    if (body < 2 || step[0] != '_' || step[body - 1] != '_' || !wxp_has_no_lf(step + 1, body - 2)) {
        *tail_lf = 0;
        return 0;
    }
    *inner_len = body - 2;
    return 1;
}

int wxp_step_normalize(const char *step, size_t len, wxp_buf *out)
{
    size_t start = out->len, inner_len;
    int tail_lf, failed;

    /* The step starts with '_' here, never a capital, so kebabing the inner part alone is equivalent. */
    if (wxp_step_is_placeholder(step, len, &inner_len, &tail_lf)) {
        failed = wxp_buf_append_byte(out, '{') != 0 || wxp_step_append_kebab(out, step + 1, inner_len, 0) != 0
            || wxp_buf_append_byte(out, '}') != 0 || (tail_lf && wxp_buf_append_byte(out, '\n') != 0);
    } else {
        failed = wxp_step_append_kebab(out, step, len, 1) != 0;
    }
    if (failed) {
        /* leave out as it was */
        wxp_buf_truncate(out, start);
        return -1;
    }
    return 0;
}
