/* Unit tests of wxp_trace.c: libcurl's debug data as a curl-verbose-like trace, the signature never in it. */
#include "unit.h"
#include "wxp_trace.h"

static void test_lines_and_markers(void)
{
    wxp_buf t;
    int full = 0;
    const char *out = "POST /v3/x HTTP/1.1\r\nHost: h\r\nAuthorization: WECHATPAY2-SHA256-RSA2048 mchid=\"1\",signature=\"c2VjcmV0\"\r\n"
                      "proxy-authorization:  Basic dTpw\r\n\r\n";

    wxp_buf_init(&t);
    CHECK(wxp_trace_append(&t, &full, WXP_TRACE_INFO, "Connected to h\n", 15) == 0);
    CHECK(wxp_trace_append(&t, &full, WXP_TRACE_HEADER_OUT, out, strlen(out)) == 0);
    CHECK(wxp_trace_append(&t, &full, WXP_TRACE_HEADER_IN, "HTTP/1.1 200 OK\r\n", 17) == 0);
    CHECK_STR(wxp_buf_cstr(&t), "* Connected to h\n> POST /v3/x HTTP/1.1\n> Host: h\n"
                                "> Authorization: WECHATPAY2-SHA256-RSA2048 [REDACTED]\n"
                                "> proxy-authorization: Basic [REDACTED]\n< HTTP/1.1 200 OK\n");
    CHECK(strstr(wxp_buf_cstr(&t), "c2VjcmV0") == NULL && strstr(wxp_buf_cstr(&t), "dTpw") == NULL);
    CHECK(full == 0);
    wxp_buf_free(&t);
}

static void test_bounded(void)
{
    wxp_buf t;
    int full = 0, i;
    char line[1001];

    memset(line, 'a', 999);
    line[999] = '\n';
    line[1000] = '\0';
    wxp_buf_init(&t);
    for (i = 0; i < 1000; i++) {
        CHECK(wxp_trace_append(&t, &full, WXP_TRACE_INFO, line, 1000) == 0);
    }
    CHECK(full == 1);
    CHECK(t.len <= WXP_TRACE_MAX_BYTES);
    CHECK(t.len > 20 && strcmp(wxp_buf_cstr(&t) + t.len - 20, "* [trace truncated]\n") == 0);
    wxp_buf_free(&t);
}

int main(void)
{
    test_lines_and_markers();
    test_bounded();
    return UNIT_DONE();
}
