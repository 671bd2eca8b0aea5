/* Media upload bodies: wxp_mime_type over any name, and wxp_media_body over any boundary, meta, name, declared
 * length and data, read back part by part: the layout must hold every piece at its place, byte for byte. */
#include "fuzz.h"
#include <strings.h>
#include "wxp_multipart.h"

/* Checks that body[*at..] starts with bytes and moves *at past them. */
static void expect(const wxp_buf *body, size_t *at, const char *bytes, size_t len)
{
    FUZZ_ASSERT(body->len - *at >= len && (len == 0 || memcmp(body->data + *at, bytes, len) == 0));
    *at += len;
}

static void expect_str(const wxp_buf *body, size_t *at, const char *s)
{
    expect(body, at, s, strlen(s));
}

static void check_mime_type(const char *name, size_t len)
{
    const char *type = wxp_mime_type(name, len);
    const char *dot = NULL;
    size_t i;

    for (i = 0; i < len; i++) {
        dot = name[i] == '.' ? name + i : dot;
    }
    /* a type only for a name with an extension, and the same type whatever the extension's case */
    FUZZ_ASSERT(type == NULL || dot != NULL);
    if (type != NULL) {
        char *upper = fuzz_strndup(name, len);

        for (i = 0; i < len; i++) {
            upper[i] = (char) (upper[i] >= 'a' && upper[i] <= 'z' ? upper[i] - 32 : upper[i]);
        }
        FUZZ_ASSERT(wxp_mime_type(upper, len) == type);
        free(upper);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_input_of(data, size);
    const char *boundary = "", *meta = "", *name = "";
    size_t boundary_len = 0, meta_len = 0, name_len = 0, at = 0;
    wxp_media_file file;
    wxp_buf body;
    char declared[32];
    const char *type;

    fuzz_take_field(&in, '\0', &boundary, &boundary_len);
    fuzz_take_field(&in, '\0', &meta, &meta_len);
    fuzz_take_field(&in, '\0', &name, &name_len);
    check_mime_type(name, name_len);

    memset(&file, 0, sizeof(file));
    file.filename = name_len > 0 ? name : NULL;
    file.filename_len = name_len;
    file.declared_len = (long long) fuzz_take_byte(&in) - 64;
    file.data = in.p;
    file.len = in.n;

    wxp_buf_init(&body);
    FUZZ_ASSERT(wxp_buf_append(&body, "kept", 4) == 0);
    FUZZ_ASSERT(wxp_media_body(&body, boundary, boundary_len, meta, meta_len, &file) == 0);
    expect_str(&body, &at, "kept--");
    expect(&body, &at, boundary, boundary_len);
    expect_str(&body, &at, "\r\nContent-Type: application/json\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n");
    expect(&body, &at, meta, meta_len);
    expect_str(&body, &at, "\r\n--");
    expect(&body, &at, boundary, boundary_len);
    expect_str(&body, &at, "\r\nContent-Disposition: form-data; name=\"file\"");
    if (name_len > 0) {
        expect_str(&body, &at, "; filename=\"");
        expect(&body, &at, name, name_len);
        expect_str(&body, &at, "\"");
    }
    if (file.declared_len > 0) {
        snprintf(declared, sizeof(declared), "\r\nContent-Length: %lld", file.declared_len);
        expect_str(&body, &at, declared);
    }
    if (name_len > 0) {
        type = wxp_mime_type(name, name_len);
        expect_str(&body, &at, "\r\nContent-Type: ");
        expect_str(&body, &at, type != NULL ? type : "application/octet-stream");
    }
    expect_str(&body, &at, "\r\n\r\n");
    expect(&body, &at, file.data, file.len);
    expect_str(&body, &at, "\r\n--");
    expect(&body, &at, boundary, boundary_len);
    expect_str(&body, &at, "--\r\n");
    FUZZ_ASSERT(at == body.len);
    wxp_buf_free(&body);
    return 0;
}
