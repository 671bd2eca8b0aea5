/* Media upload bodies: boundaries, media types by extension, and the exact bytes of the body (Guzzle's
 * MultipartStream layout: part headers in its order, CRLFs, the closing boundary). */
#include <stdlib.h>
#include "unit.h"
#include "wxp_multipart.h"

static void test_boundary(void)
{
    char a[WXP_BOUNDARY_LEN + 1], b[WXP_BOUNDARY_LEN + 1];

    memset(a, '!', sizeof(a));
    CHECK(wxp_boundary(a) == 0);
    CHECK(wxp_boundary(b) == 0);
    CHECK(strlen(a) == WXP_BOUNDARY_LEN);
    CHECK(strspn(a, "0123456789abcdef") == WXP_BOUNDARY_LEN);
    CHECK(strcmp(a, b) != 0);
}

static void check_type(const char *name, const char *want)
{
    const char *got = wxp_mime_type(name, strlen(name));

    if (want == NULL) {
        CHECK(got == NULL);
    } else {
        CHECK_STR(got, want);
    }
}

static void test_mime_type(void)
{
    check_type("logo.png", "image/png");
    check_type("a.JPG", "image/jpeg");
    check_type("a.jpeg", "image/jpeg");
    check_type("x.tar.bmp", "image/bmp");
    check_type("clip.mp4", "video/mp4");
    check_type("clip.rmvb", "application/vnd.rn-realmedia-vbr");
    check_type("bill.csv", "text/csv");
    check_type("fapiao.pdf", "application/pdf");
    check_type("noext", NULL);
    check_type("trailing.", NULL);
    check_type("a.unknownext", NULL);
    check_type(".png", "image/png");
    check_type("", NULL);
    /* only the given length counts */
    CHECK_STR(wxp_mime_type("a.png.txt", 5), "image/png");
}

static const char boundary[] = "0123456789abcdef0123456789abcdef01234567";

static void check_body(const char *meta, const wxp_media_file *file, const char *want, size_t want_len)
{
    wxp_buf out;

    wxp_buf_init(&out);
    wxp_buf_append_str(&out, "kept:");
    CHECK(wxp_media_body(&out, boundary, WXP_BOUNDARY_LEN, meta, strlen(meta), file) == 0);
    CHECK(out.len == want_len + 5);
    CHECK(memcmp(out.data, "kept:", 5) == 0 && memcmp(out.data + 5, want, want_len) == 0);
    if (out.len != want_len + 5 || memcmp(out.data + 5, want, want_len) != 0) {
        fprintf(stderr, "got:\n%.*s\n", (int) out.len, out.data);
    }
    wxp_buf_free(&out);
}

static void test_media_body(void)
{
    static const char png[] = "\x89PNG\r\n\x1a\n\0data";
    static const char want[] =
        "--0123456789abcdef0123456789abcdef01234567\r\n"
        "Content-Type: application/json\r\n"
        "Content-Disposition: form-data; name=\"meta\"\r\n"
        "\r\n"
        "{\"filename\":\"logo.png\",\"sha256\":\"x\"}\r\n"
        "--0123456789abcdef0123456789abcdef01234567\r\n"
        "Content-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n"
        "Content-Length: 13\r\n"
        "Content-Type: image/png\r\n"
        "\r\n"
        "\x89PNG\r\n\x1a\n\0data\r\n"
        "--0123456789abcdef0123456789abcdef01234567--\r\n";
    static const char want_unsized_unknown[] =
        "--0123456789abcdef0123456789abcdef01234567\r\n"
        "Content-Type: application/json\r\n"
        "Content-Disposition: form-data; name=\"meta\"\r\n"
        "\r\n"
        "\r\n"
        "--0123456789abcdef0123456789abcdef01234567\r\n"
        "Content-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
        "Content-Type: application/octet-stream\r\n"
        "\r\n"
        "\r\n"
        "--0123456789abcdef0123456789abcdef01234567--\r\n";
    static const char want_unnamed[] =
        "--0123456789abcdef0123456789abcdef01234567\r\n"
        "Content-Type: application/json\r\n"
        "Content-Disposition: form-data; name=\"meta\"\r\n"
        "\r\n"
        "{}\r\n"
        "--0123456789abcdef0123456789abcdef01234567\r\n"
        "Content-Disposition: form-data; name=\"file\"\r\n"
        "Content-Length: 2\r\n"
        "\r\n"
        "ab\r\n"
        "--0123456789abcdef0123456789abcdef01234567--\r\n";
    wxp_media_file file;

    file.filename = "logo.png";
    file.filename_len = 8;
    file.data = png;
    file.len = sizeof(png) - 1;
    file.declared_len = 13;
    check_body("{\"filename\":\"logo.png\",\"sha256\":\"x\"}", &file, want, sizeof(want) - 1);

    /* an empty file reports no size: no Content-Length; an unknown extension: application/octet-stream */
    file.filename = "a.bin";
    file.filename_len = 5;
    file.data = "";
    file.len = 0;
    file.declared_len = 0;
    check_body("", &file, want_unsized_unknown, sizeof(want_unsized_unknown) - 1);

    /* no file name: neither a filename parameter nor a Content-Type */
    file.filename = NULL;
    file.filename_len = 0;
    file.data = "ab";
    file.len = 2;
    file.declared_len = 2;
    check_body("{}", &file, want_unnamed, sizeof(want_unnamed) - 1);
}

int main(void)
{
    test_boundary();
    test_mime_type();
    test_media_body();
    return UNIT_DONE();
}
