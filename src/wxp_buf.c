#include "wxp_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/crypto.h>

void wxp_buf_init(wxp_buf *buf)
{
    buf->data = NULL;
    buf->len = 0;
    buf->cap = 0;
}

/* Resizes the allocation to cap bytes (cap > buf->len). Returns 0 or -1. */
static int wxp_buf_resize(wxp_buf *buf, size_t cap)
{
    char *grown = realloc(buf->data, cap);

    if (grown == NULL) {
        return -1;
    }
    buf->data = grown;
    buf->cap = cap;
    return 0;
}

/* Makes room for n more bytes plus the terminating NUL, doubling the allocation but never beyond limit
 * bytes (unless n alone needs more). Returns 0 or -1. */
static int wxp_buf_reserve_within(wxp_buf *buf, size_t n, size_t limit)
{
    size_t need, cap;

    if (n > (size_t) -1 - buf->len - 1) {
        return -1;
    }
    need = buf->len + n + 1;
    if (need <= buf->cap) {
        return 0;
    }
    cap = buf->cap ? buf->cap : 64;
    while (cap < need) {
        cap = cap > ((size_t) -1) / 2 ? need : cap * 2;
    }
    if (cap > limit) {
        cap = limit > need ? limit : need;
    }
    return wxp_buf_resize(buf, cap);
}

/* Makes room for n more bytes plus the terminating NUL. */
static int wxp_buf_reserve(wxp_buf *buf, size_t n)
{
    return wxp_buf_reserve_within(buf, n, (size_t) -1);
}

int wxp_buf_reserve_exact(wxp_buf *buf, size_t n)
{
    return wxp_buf_reserve_within(buf, n, 0);
}

int wxp_buf_append(wxp_buf *buf, const void *bytes, size_t n)
{
    if (wxp_buf_reserve(buf, n) != 0) {
        return -1;
    }
    if (n > 0) {
        memcpy(buf->data + buf->len, bytes, n);
    }
    buf->len += n;
    buf->data[buf->len] = '\0';
    return 0;
}

int wxp_buf_append_bounded(wxp_buf *buf, const void *bytes, size_t n, size_t max_len)
{
    if (n > max_len || buf->len > max_len - n) {
        return 1;
    }
    if (wxp_buf_reserve_within(buf, n, max_len < (size_t) -1 ? max_len + 1 : max_len) != 0) {
        return -1;
    }
    if (n > 0) {
        memcpy(buf->data + buf->len, bytes, n);
    }
    buf->len += n;
    buf->data[buf->len] = '\0';
    return 0;
}

int wxp_buf_append_str(wxp_buf *buf, const char *str)
{
    return wxp_buf_append(buf, str, strlen(str));
}

int wxp_buf_append_byte(wxp_buf *buf, char byte)
{
    return wxp_buf_append(buf, &byte, 1);
}

int wxp_buf_printf(wxp_buf *buf, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || wxp_buf_reserve(buf, (size_t) n) != 0) {
        return -1;
    }
    va_start(ap, fmt);
    vsnprintf(buf->data + buf->len, (size_t) n + 1, fmt, ap);
    va_end(ap);
    buf->len += (size_t) n;
    return 0;
}

const char *wxp_buf_cstr(const wxp_buf *buf)
{
    return buf->data ? buf->data : "";
}

void wxp_buf_reset(wxp_buf *buf)
{
    buf->len = 0;
    if (buf->data) {
        buf->data[0] = '\0';
    }
}

void wxp_buf_wipe(wxp_buf *buf)
{
    if (buf->data) {
        OPENSSL_cleanse(buf->data, buf->cap);
    }
    wxp_buf_free(buf);
}

void wxp_buf_free(wxp_buf *buf)
{
    free(buf->data);
    wxp_buf_init(buf);
}
