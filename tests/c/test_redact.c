/* Unit tests of wxp_redact.c: a URL's password is replaced by *** before the URL is shown anywhere. */
#include "unit.h"
#include "wxp_redact.h"

/* Redacts url and checks the result. */
static void check_redacted(const char *url, const char *want)
{
    wxp_buf out;

    wxp_buf_init(&out);
    CHECK(wxp_redact_url(url, strlen(url), &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), want);
    wxp_buf_free(&out);
}

static void test_password_hidden(void)
{
    check_redacted("http://user:pass@host/", "http://user:***@host/");
    check_redacted("https://merchant:s3cret@api.mch.weixin.qq.com:8443/v3/pay?x=1#f",
                   "https://merchant:***@api.mch.weixin.qq.com:8443/v3/pay?x=1#f");
    check_redacted("http://user:@host/", "http://user:***@host/");
    check_redacted("http://:pass@host/", "http://:***@host/");
    /* A password holding `:` or an unencoded `@`: everything up to the authority's last `@` goes. */
    check_redacted("http://user:pa:ss@host/", "http://user:***@host/");
    check_redacted("http://user:p@ss@host/", "http://user:***@host/");
    check_redacted("http://user:p%40ss@host/", "http://user:***@host/");
    /* Without a path, or with only a query. */
    check_redacted("http://u:p@host", "http://u:***@host");
    check_redacted("http://u:p@host?q=1", "http://u:***@host?q=1");
    /* Other schemes, a scheme-relative URL, and a proxy written without a scheme (libcurl takes those). */
    check_redacted("socks5h://u:p@proxy:1080", "socks5h://u:***@proxy:1080");
    check_redacted("ftp://u:p@host/file", "ftp://u:***@host/file");
    check_redacted("//u:p@host/", "//u:***@host/");
    check_redacted("proxyuser:proxypass@10.0.0.1:3128", "proxyuser:***@10.0.0.1:3128");
}

static void test_left_alone(void)
{
    check_redacted("https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi",
                   "https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi");
    check_redacted("http://127.0.0.1:8080/", "http://127.0.0.1:8080/");
    /* A user without a password is kept, as Guzzle keeps it. */
    check_redacted("http://user@host/", "http://user@host/");
    /* An `@` after the authority is not userinfo. */
    check_redacted("https://host:443/v3/users/a:b@c?m=x@y", "https://host:443/v3/users/a:b@c?m=x@y");
    check_redacted("https://host/#u:p@x", "https://host/#u:p@x");
    check_redacted("10.0.0.1:3128", "10.0.0.1:3128");
    check_redacted("", "");
}

static void test_appends_and_uses_len(void)
{
    wxp_buf out;

    wxp_buf_init(&out);
    wxp_buf_append_str(&out, "GET ");
    /* Only len bytes count: the rest of the string is not read. */
    CHECK(wxp_redact_url("http://u:p@h/xyz", 13, &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "GET http://u:***@h/");
    CHECK(out.len == strlen("GET http://u:***@h/"));
    wxp_buf_free(&out);
}

int main(void)
{
    test_password_hidden();
    test_left_alone();
    test_appends_and_uses_len();
    return UNIT_DONE();
}
