/* A growable byte buffer, always NUL-terminated, used for every string the core builds. */
#ifndef WXP_BUF_H
#define WXP_BUF_H

#include <stddef.h>

typedef struct wxp_buf {
    char *data;  /* NULL until the first append; then NUL-terminated */
    size_t len;
    size_t cap;
} wxp_buf;

/* A borrowed run of bytes; data may be NULL when len is 0. */
typedef struct wxp_bytes {
    const void *data;
    size_t len;
} wxp_bytes;

/* Makes an empty buffer that owns no memory yet. */
void wxp_buf_init(wxp_buf *buf);

/* Appends n bytes; returns 0, or -1 when memory ran out (the buffer is left as it was). */
int wxp_buf_append(wxp_buf *buf, const void *bytes, size_t n);

/* Makes room for n more bytes with one allocation of exactly what they need (no doubling slack), for a size
 * known in advance. Returns 0, or -1 when memory ran out (the buffer is left as it was). */
int wxp_buf_reserve_exact(wxp_buf *buf, size_t n);

/* Appends n bytes as wxp_buf_append does, except that the contents never exceed max_len bytes nor the memory
 * what max_len bytes need: returns 0, -1 when memory ran out, or 1 (nothing appended) when the contents would
 * exceed max_len. */
int wxp_buf_append_bounded(wxp_buf *buf, const void *bytes, size_t n, size_t max_len);

/* Appends a NUL-terminated string; returns 0 or -1 as wxp_buf_append. */
int wxp_buf_append_str(wxp_buf *buf, const char *str);

/* Appends one byte; returns 0 or -1 as wxp_buf_append. */
int wxp_buf_append_byte(wxp_buf *buf, char byte);

/* Appends printf-formatted text; returns 0 or -1. */
int wxp_buf_printf(wxp_buf *buf, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Returns the contents as a C string ("" for an empty buffer); valid until the next append or free. */
const char *wxp_buf_cstr(const wxp_buf *buf);

/* Empties the buffer but keeps its memory for reuse. */
void wxp_buf_reset(wxp_buf *buf);

/* Overwrites the contents with zeros (for secrets), then frees the memory and re-initialises the buffer. */
void wxp_buf_wipe(wxp_buf *buf);

/* Frees the memory and re-initialises the buffer. */
void wxp_buf_free(wxp_buf *buf);

#endif
