/* Formatting libcurl's debug callback data into a redacted, bounded trace (see wxp_trace.h). */
#include "wxp_trace.h"

#include <string.h>
#include <strings.h>

static const char *wxp_trace_marker(wxp_trace_kind kind)
{
    switch (kind) {
        case WXP_TRACE_HEADER_OUT: return "> ";
        case WXP_TRACE_HEADER_IN: return "< ";
        default: return "* ";
    }
}

/* Returns the length of the header name of line when it carries credentials, else 0. */
static size_t wxp_trace_credential_name(const char *line, size_t len)
{
    static const char *const names[] = {"Authorization:", "Proxy-Authorization:"};
    size_t i;

    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        size_t n = strlen(names[i]);
        if (len >= n && strncasecmp(line, names[i], n) == 0) {
            return n;
        }
    }
    return 0;
}

/* Appends one line (without its line end): a credential header keeps its name and scheme only. */
static int wxp_trace_line(wxp_buf *out, const char *marker, const char *line, size_t len)
{
    size_t name_len = wxp_trace_credential_name(line, len);

    if (wxp_buf_append_str(out, marker) != 0) {
        return -1;
    }
    if (name_len > 0) {
        size_t start = name_len, end;

        while (start < len && line[start] == ' ') {
            start++;
        }
        for (end = start; end < len && line[end] != ' '; end++) {
        }
        if (wxp_buf_append(out, line, name_len) != 0 || wxp_buf_append_byte(out, ' ') != 0
            || wxp_buf_append(out, line + start, end - start) != 0 || wxp_buf_append_str(out, " [REDACTED]") != 0) {
            return -1;
        }
    } else if (wxp_buf_append(out, line, len) != 0) {
        return -1;
    }
    return wxp_buf_append_byte(out, '\n');
}

int wxp_trace_append(wxp_buf *trace, int *full, wxp_trace_kind kind, const char *data, size_t len)
{
    const char *marker = wxp_trace_marker(kind);
    size_t pos = 0;

    while (pos < len && !*full) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t line_end = nl ? (size_t) (nl - data) : len;
        size_t line_len = line_end - pos;

        if (line_len > 0 && data[pos + line_len - 1] == '\r') {
            line_len--;
        }
        if (trace->len + line_len + 64 > WXP_TRACE_MAX_BYTES) {
            *full = 1;
            return wxp_buf_append_str(trace, "* [trace truncated]\n");
        }
        /* A header block's closing empty line is left out, as the block's end shows anyway. */
        if (!(line_len == 0 && kind != WXP_TRACE_INFO) && wxp_trace_line(trace, marker, data + pos, line_len) != 0) {
            *full = 1;
            return -1;
        }
        pos = nl ? line_end + 1 : len;
    }
    return 0;
}
