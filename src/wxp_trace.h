/* A transfer trace like curl's verbose output (what Guzzle's `debug` option prints): "* " for libcurl's
 * remarks, "> " for request header lines, "< " for response header lines. Bodies and TLS data are left out,
 * and an Authorization or Proxy-Authorization value keeps only its scheme: the signature never shows. */
#ifndef WXP_TRACE_H
#define WXP_TRACE_H

#include <stddef.h>
#include "wxp_buf.h"

/* Bytes a trace may hold; beyond them one "* [trace truncated]" line ends it. */
#define WXP_TRACE_MAX_BYTES ((size_t) 256 * 1024)

typedef enum wxp_trace_kind {
    WXP_TRACE_INFO,       /* libcurl's remark (CURLINFO_TEXT) */
    WXP_TRACE_HEADER_OUT, /* request header lines */
    WXP_TRACE_HEADER_IN   /* response header lines */
} wxp_trace_kind;

/* Appends each line of data (len bytes, CR LF or LF ended) to trace with kind's marker, redacted; *full is set
 * once the trace reached WXP_TRACE_MAX_BYTES, and later lines are dropped. Returns 0, or -1 when memory ran
 * out (the trace then stops too). */
int wxp_trace_append(wxp_buf *trace, int *full, wxp_trace_kind kind, const char *data, size_t len);

#endif
