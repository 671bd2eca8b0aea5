/* Media uploads: the multipart/form-data body of a `meta` JSON part and a `file` part, byte for byte as
 * wechatpay-php 1.4.12 sends it (Guzzle's MultipartStream, guzzlehttp/psr7 2.6 and later). */
#ifndef WXP_MULTIPART_H
#define WXP_MULTIPART_H

#include <stddef.h>
#include "wxp_buf.h"

#define WXP_BOUNDARY_LEN 40

/* Writes a fresh boundary, the lower-case hex of 20 random bytes, plus a NUL into out. Returns 0, or -1 when
 * the random generator failed. */
int wxp_boundary(char out[WXP_BOUNDARY_LEN + 1]);

/* The media type of a file by the extension of its name (after the last '.', case-insensitive), or NULL for
 * an extension not in the table (images, videos, documents and archives WeChat Pay's upload APIs take). */
const char *wxp_mime_type(const char *filename, size_t len);

/* The file part of a media upload. */
typedef struct wxp_media_file {
    const char *filename;   /* the name sent in Content-Disposition; empty (or NULL) sends none, and no
                             * Content-Type either */
    size_t filename_len;
    const char *data;       /* the file's bytes */
    size_t len;
    long long declared_len; /* > 0: sent as the part's Content-Length (the size the file reported); else none */
} wxp_media_file;

/* Appends the whole body to out:
 *   --B CRLF "Content-Type: application/json" CRLF "Content-Disposition: form-data; name=\"meta\"" CRLF CRLF
 *   meta CRLF
 *   --B CRLF "Content-Disposition: form-data; name=\"file\"; filename=\"NAME\"" CRLF ["Content-Length: N" CRLF]
 *   "Content-Type: " (wxp_mime_type(NAME) or application/octet-stream) CRLF CRLF data CRLF
 *   --B-- CRLF
 * The name is sent as given (the caller passes a base name). Returns 0, or -1 when memory ran out (out
 * unchanged). */
int wxp_media_body(wxp_buf *out, const char *boundary, size_t boundary_len, const char *meta, size_t meta_len,
                   const wxp_media_file *file);

#endif
