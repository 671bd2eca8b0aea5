/* Media upload bodies (see wxp_multipart.h). */
#include "wxp_multipart.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include "wxp_buf_private.h"

int wxp_boundary(char out[WXP_BOUNDARY_LEN + 1])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char random[WXP_BOUNDARY_LEN / 2];
    size_t i;

    if (RAND_bytes(random, (int) sizeof(random)) != 1) {
        ERR_clear_error();
        return -1;
    }
    for (i = 0; i < sizeof(random); i++) {
        out[2 * i] = hex[random[i] >> 4];
        out[2 * i + 1] = hex[random[i] & 0x0f];
    }
    out[WXP_BOUNDARY_LEN] = '\0';
    return 0;
}

/* The entries of guzzlehttp/psr7's MimeType table for the files WeChat Pay's upload APIs deal in. */
static const struct {
    const char *ext;
    const char *type;
} wxp_mime_types[] = {
    {"3gp", "video/3gp"}, {"7z", "application/x-7z-compressed"}, {"avi", "video/x-msvideo"},
    {"bmp", "image/bmp"}, {"csv", "text/csv"}, {"doc", "application/msword"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"f4v", "video/mp4"}, {"flv", "video/x-flv"}, {"gif", "image/gif"}, {"heic", "image/heic"},
    {"heif", "image/heif"}, {"ico", "image/x-icon"}, {"jpe", "image/jpeg"}, {"jpeg", "image/jpeg"},
    {"jpg", "image/jpeg"}, {"json", "application/json"}, {"m4v", "video/x-m4v"}, {"mkv", "video/x-matroska"},
    {"mov", "video/quicktime"}, {"mp3", "audio/mpeg"}, {"mp4", "video/mp4"}, {"mpeg", "video/mpeg"},
    {"mpg", "video/mpeg"}, {"pdf", "application/pdf"}, {"png", "image/png"},
    {"rmvb", "application/vnd.rn-realmedia-vbr"}, {"svg", "image/svg+xml"}, {"tar", "application/x-tar"},
    {"tif", "image/tiff"}, {"tiff", "image/tiff"}, {"txt", "text/plain"}, {"webm", "video/webm"},
    {"webp", "image/webp"}, {"wmv", "video/x-ms-wmv"}, {"xls", "application/vnd.ms-excel"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, {"xml", "application/xml"},
    {"zip", "application/zip"},
};

const char *wxp_mime_type(const char *filename, size_t len)
{
    const char *dot = NULL, *ext;
    size_t i, ext_len;

    for (i = len; i > 0; i--) {
        if (filename[i - 1] == '.') {
            dot = filename + i - 1;
            break;
        }
    }
    if (dot == NULL) {
        return NULL;
    }
    ext = dot + 1;
    ext_len = (size_t) (filename + len - ext);
    for (i = 0; i < sizeof(wxp_mime_types) / sizeof(wxp_mime_types[0]); i++) {
        if (strlen(wxp_mime_types[i].ext) == ext_len && strncasecmp(wxp_mime_types[i].ext, ext, ext_len) == 0) {
            return wxp_mime_types[i].type;
        }
    }
    return NULL;
}

/* Appends "--" boundary CRLF. */
static int wxp_append_delimiter(wxp_buf *out, const char *boundary, size_t boundary_len)
{
    return wxp_buf_append(out, "--", 2) != 0 || wxp_buf_append(out, boundary, boundary_len) != 0
        || wxp_buf_append(out, "\r\n", 2) != 0 ? -1 : 0;
}

int wxp_media_body(wxp_buf *out, const char *boundary, size_t boundary_len, const char *meta, size_t meta_len,
                   const wxp_media_file *file)
{
    size_t start = out->len;
    int named = file->filename != NULL && file->filename_len > 0;
    int failed;

    failed = wxp_append_delimiter(out, boundary, boundary_len) != 0
        || wxp_buf_append_str(out, "Content-Type: application/json\r\n"
                                   "Content-Disposition: form-data; name=\"meta\"\r\n\r\n") != 0
        || (meta_len > 0 && wxp_buf_append(out, meta, meta_len) != 0)
        || wxp_buf_append(out, "\r\n", 2) != 0
        || wxp_append_delimiter(out, boundary, boundary_len) != 0
        || wxp_buf_append_str(out, "Content-Disposition: form-data; name=\"file\"") != 0;
    if (!failed && named) {
        failed = wxp_buf_append_str(out, "; filename=\"") != 0
            || wxp_buf_append(out, file->filename, file->filename_len) != 0
            || wxp_buf_append_byte(out, '"') != 0;
    }
    if (!failed && file->declared_len > 0) {
        failed = wxp_buf_printf(out, "\r\nContent-Length: %lld", file->declared_len) != 0;
    }
    if (!failed && named) {
        const char *type = wxp_mime_type(file->filename, file->filename_len);

        failed = wxp_buf_append_str(out, "\r\nContent-Type: ") != 0
            || wxp_buf_append_str(out, type != NULL ? type : "application/octet-stream") != 0;
    }
    if (!failed) {
        failed = wxp_buf_append(out, "\r\n\r\n", 4) != 0
            || (file->len > 0 && wxp_buf_append(out, file->data, file->len) != 0)
            || wxp_buf_append(out, "\r\n--", 4) != 0
            || wxp_buf_append(out, boundary, boundary_len) != 0
            || wxp_buf_append(out, "--\r\n", 4) != 0;
    }
    if (failed) {
        wxp_buf_truncate(out, start);
        return -1;
    }
    return 0;
}
