/* Buffer helpers for the core's own files (private): undoing a partial append on failure. */
#ifndef WXP_BUF_PRIVATE_H
#define WXP_BUF_PRIVATE_H

#include "wxp_buf.h"

/* Cuts buf back to len bytes (len <= buf->len), so a failed builder leaves its output as it found it. */
static inline void wxp_buf_truncate(wxp_buf *buf, size_t len)
{
    buf->len = len;
    if (buf->data != NULL) {
        buf->data[len] = '\0';
    }
}

#endif
