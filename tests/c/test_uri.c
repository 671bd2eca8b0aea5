/* URI resolution: RFC 3986 section 5.4 examples, query replacement, encoding, refusals; target and path; the
 * encoded-query check. */
#include "unit.h"
#include "wxp_uri.h"

#define RFC_BASE "http://a/b/c/d;p?q"

static void check_resolve_q(const char *base, const char *ref, const char *query, const char *want)
{
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    CHECK(wxp_uri_resolve(base, ref, strlen(ref), query, &out, &err) == 0);
    CHECK_STR(wxp_buf_cstr(&out), want);
    if (err.code != WXP_OK) {
        fprintf(stderr, "  ref \"%s\": %s\n", ref, err.message);
    }
    wxp_buf_free(&out);
}

static void check_resolve(const char *base, const char *ref, const char *want)
{
    check_resolve_q(base, ref, NULL, want);
}

static void check_refused(const char *base, const char *ref, const char *want_message)
{
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    CHECK(wxp_buf_append_str(&out, "kept") == 0);
    CHECK(wxp_uri_resolve(base, ref, strlen(ref), NULL, &out, &err) == -1);
    CHECK(err.code == WXP_E_INVALID);
    CHECK_STR(err.message, want_message);
    CHECK_STR(wxp_buf_cstr(&out), "kept");
    wxp_buf_free(&out);
}

/* A reference whose path (path) holds the dot segment seg is refused, naming both. */
static void check_dots_refused(const char *base, const char *ref, const char *path, const char *seg)
{
    char want[512];

    snprintf(want, sizeof(want), "URL path '%s' holds the dot segment '%s': a chain step or placeholder value may "
                                 "not climb or rewrite the path", path, seg);
    check_refused(base, ref, want);
}

/* A reference naming another origin than base's is refused, quoting it as quoted. */
static void check_origin_refused(const char *base, const char *ref, const char *quoted)
{
    char want[512];

    snprintf(want, sizeof(want), "URL '%s' is not on base_uri's scheme, host and port: a placeholder value or chain "
                                 "step may not change the scheme, host or port of base_uri", quoted);
    check_refused(base, ref, want);
}

/* RFC 3986 section 5.4.1; fragments are dropped, and "http://g" gets the "/" of section 6.2.3. References with
 * a dot segment, which resolution would remove, are refused instead, and so is "//g", another host. */
static void test_rfc3986_normal_examples(void)
{
    check_refused(RFC_BASE, "g:h", "URL scheme 'g' is not supported: only http and https are");
    check_resolve(RFC_BASE, "g", "http://a/b/c/g");
    check_dots_refused(RFC_BASE, "./g", "./g", ".");
    check_resolve(RFC_BASE, "g/", "http://a/b/c/g/");
    check_resolve(RFC_BASE, "/g", "http://a/g");
    check_origin_refused(RFC_BASE, "//g", "//g");
    check_resolve(RFC_BASE, "?y", "http://a/b/c/d;p?y");
    check_resolve(RFC_BASE, "g?y", "http://a/b/c/g?y");
    check_resolve(RFC_BASE, "#s", "http://a/b/c/d;p?q");
    check_resolve(RFC_BASE, "g#s", "http://a/b/c/g");
    check_resolve(RFC_BASE, "g?y#s", "http://a/b/c/g?y");
    check_resolve(RFC_BASE, ";x", "http://a/b/c/;x");
    check_resolve(RFC_BASE, "g;x", "http://a/b/c/g;x");
    check_resolve(RFC_BASE, "g;x?y#s", "http://a/b/c/g;x?y");
    check_resolve(RFC_BASE, "", "http://a/b/c/d;p?q");
    check_dots_refused(RFC_BASE, ".", ".", ".");
    check_dots_refused(RFC_BASE, "./", "./", ".");
    check_dots_refused(RFC_BASE, "..", "..", "..");
    check_dots_refused(RFC_BASE, "../", "../", "..");
    check_dots_refused(RFC_BASE, "../g", "../g", "..");
    check_dots_refused(RFC_BASE, "../..", "../..", "..");
    check_dots_refused(RFC_BASE, "../../", "../../", "..");
    check_dots_refused(RFC_BASE, "../../g", "../../g", "..");
}

/* RFC 3986 section 5.4.2 (strict parser: "http:g" is absolute, and has no host, so it is refused). Dots inside
 * a segment are no dot segment; dots in the query or fragment do not matter. */
static void test_rfc3986_abnormal_examples(void)
{
    check_dots_refused(RFC_BASE, "../../../g", "../../../g", "..");
    check_dots_refused(RFC_BASE, "../../../../g", "../../../../g", "..");
    check_dots_refused(RFC_BASE, "/./g", "/./g", ".");
    check_dots_refused(RFC_BASE, "/../g", "/../g", "..");
    check_resolve(RFC_BASE, "g.", "http://a/b/c/g.");
    check_resolve(RFC_BASE, ".g", "http://a/b/c/.g");
    check_resolve(RFC_BASE, "g..", "http://a/b/c/g..");
    check_resolve(RFC_BASE, "..g", "http://a/b/c/..g");
    check_dots_refused(RFC_BASE, "./../g", "./../g", ".");
    check_dots_refused(RFC_BASE, "./g/.", "./g/.", ".");
    check_dots_refused(RFC_BASE, "g/./h", "g/./h", ".");
    check_dots_refused(RFC_BASE, "g/../h", "g/../h", "..");
    check_dots_refused(RFC_BASE, "g;x=1/./y", "g;x=1/./y", ".");
    check_dots_refused(RFC_BASE, "g;x=1/../y", "g;x=1/../y", "..");
    check_resolve(RFC_BASE, "g?y/./x", "http://a/b/c/g?y/./x");
    check_resolve(RFC_BASE, "g?y/../x", "http://a/b/c/g?y/../x");
    check_resolve(RFC_BASE, "g#s/./x", "http://a/b/c/g");
    check_resolve(RFC_BASE, "g#s/../x", "http://a/b/c/g");
    check_refused(RFC_BASE, "http:g", "URL 'http:g' has no valid host");
}

static void test_wechat_bases(void)
{
    const char *base = "https://api.mch.weixin.qq.com/";

    check_resolve(base, "v3/pay/transactions/native", "https://api.mch.weixin.qq.com/v3/pay/transactions/native");
    check_resolve(base, "/v3/certificates", "https://api.mch.weixin.qq.com/v3/certificates");
    check_resolve(base, "v3/pay/transactions/id/4200000001?mchid=1900000001",
                  "https://api.mch.weixin.qq.com/v3/pay/transactions/id/4200000001?mchid=1900000001");
    check_resolve(base, "", "https://api.mch.weixin.qq.com/");
    /* an absolute URL on base_uri's origin (the `{+url}` of a bill download) replaces the base's path */
    check_resolve(base, "https://api.mch.weixin.qq.com/v3/billdownload/file?token=abc",
                  "https://api.mch.weixin.qq.com/v3/billdownload/file?token=abc");
    /* a base path without a trailing slash loses its last segment; an empty base path is "/" */
    check_resolve("https://h.example/v3", "pay", "https://h.example/pay");
    check_resolve("https://h.example/v3/", "pay", "https://h.example/v3/pay");
    check_resolve("https://h.example", "v3/pay", "https://h.example/v3/pay");
    check_resolve("https://h.example", "", "https://h.example/");
    check_resolve("https://h.example?x=1#f", "", "https://h.example/?x=1");
    check_resolve("HTTPS://user:pw@h.example:8443/a/b", "c", "https://user:pw@h.example:8443/a/c");
    check_resolve("http://[::1]:8080/", "v3/x", "http://[::1]:8080/v3/x");
    /* a colon after something that is not a scheme belongs to the path */
    check_resolve(base, "12:30/x", "https://api.mch.weixin.qq.com/12:30/x");
}

static void test_query_replacement(void)
{
    const char *base = "https://api.mch.weixin.qq.com/";

    check_resolve_q(base, "v3/x?a=1", "b=2&c=3", "https://api.mch.weixin.qq.com/v3/x?b=2&c=3");
    check_resolve_q(base, "v3/x", "b=2", "https://api.mch.weixin.qq.com/v3/x?b=2");
    check_resolve_q(base, "v3/x?a=1", "", "https://api.mch.weixin.qq.com/v3/x");
    check_resolve_q(base, "v3/x?a=1", NULL, "https://api.mch.weixin.qq.com/v3/x?a=1");
    check_resolve_q(base, "v3/x?", NULL, "https://api.mch.weixin.qq.com/v3/x?");
    check_resolve_q("https://h.example/p?base=1", "", "", "https://h.example/p");
    check_resolve_q("https://h.example/p?base=1", "", "z=9", "https://h.example/p?z=9");
    check_resolve_q("https://h.example/p?base=1", "", NULL, "https://h.example/p?base=1");
    check_resolve_q("https://h.example/p?base=1", "q", NULL, "https://h.example/q");
    /* as Guzzle's Uri::withQuery: bytes a query cannot hold are encoded, '?' '/' ':' '@' and %XX kept */
    check_resolve_q(base, "v3/x", "a=b c&d=#e[]&f=%41%zz&g=/?:@",
                    "https://api.mch.weixin.qq.com/v3/x?a=b%20c&d=%23e%5B%5D&f=%41%25zz&g=/?:@");
    check_resolve_q(base, "v3/x", "name=\xE4\xB8\xAD", "https://api.mch.weixin.qq.com/v3/x?name=%E4%B8%AD");
}

static void test_encoding(void)
{
    const char *base = "https://h.example/";

    check_resolve(base, "v3/a b", "https://h.example/v3/a%20b");
    check_resolve(base, "v3/%41%2F%zz", "https://h.example/v3/%41%2F%25zz");
    check_resolve(base, "v3/[x]|y", "https://h.example/v3/%5Bx%5D%7Cy");
    check_resolve(base, "v3/\xE4\xB8\xAD", "https://h.example/v3/%E4%B8%AD");
    check_resolve(base, "v3/!$&'()*+,;=:@x", "https://h.example/v3/!$&'()*+,;=:@x");
    check_resolve("https://h.example/a b/", "c", "https://h.example/a%20b/c");
    check_resolve("https://h.example/a b/c", "", "https://h.example/a%20b/c");
    /* dots and dot triplets inside a longer segment are kept */
    check_resolve(base, "v3/%2e%2e%2e/a.%2e.b/x%2E", "https://h.example/v3/%2e%2e%2e/a.%2e.b/x%2E");
    /* only ref_len bytes are read */
    {
        wxp_buf out;
        wxp_err err;

        wxp_buf_init(&out);
        CHECK(wxp_uri_resolve(base, "v3/xyz", 4, NULL, &out, &err) == 0);
        CHECK_STR(wxp_buf_cstr(&out), "https://h.example/v3/x");
        /* appends after existing content */
        CHECK(wxp_uri_resolve(base, "a", 1, NULL, &out, &err) == 0);
        CHECK_STR(wxp_buf_cstr(&out), "https://h.example/v3/xhttps://h.example/a");
        wxp_buf_free(&out);
    }
}

static void test_refusals(void)
{
    check_refused("ftp://a/", "x", "base_uri must be an absolute http or https URL, got 'ftp://a/'");
    check_refused("a/b", "x", "base_uri must be an absolute http or https URL, got 'a/b'");
    check_refused("http:/x", "x", "base_uri must be an absolute http or https URL, got 'http:/x'");
    check_refused("http://", "x", "base_uri must be an absolute http or https URL, got 'http://'");
    check_refused("//a/b", "x", "base_uri must be an absolute http or https URL, got '//a/b'");
    check_refused("", "x", "base_uri must be an absolute http or https URL, got ''");
    check_refused("https://a b/", "x", "base_uri must be an absolute http or https URL, got 'https://a b/'");
    check_refused("https://:443/", "x", "base_uri must be an absolute http or https URL, got 'https://:443/'");
    check_refused("https://h.example/", "ftp://x/y", "URL scheme 'ftp' is not supported: only http and https are");
    check_refused("https://h.example/", "javascript:alert(1)",
                  "URL scheme 'javascript' is not supported: only http and https are");
    check_refused("https://h.example/", "https:/x", "URL 'https:/x' has no valid host");
    check_refused("https://h.example/", "https://", "URL 'https://' has no valid host");
    check_refused("https://h.example/", "//ev il/x", "URL '//ev il/x' has no valid host");
    /* the user information of a refused URL is not quoted: it may be a password */
    check_refused("https://h.example/", "//user:pw@/x", "URL '//***@/x' has no valid host");
    /* a port is digits, 0 to 65535, or nothing */
    check_refused("https://h.example:abc/", "x", "base_uri must be an absolute http or https URL, got 'https://h.example:abc/'");
    check_refused("https://h.example:65536/", "x",
                  "base_uri must be an absolute http or https URL, got 'https://h.example:65536/'");
    check_refused("https://h:1:2/", "x", "base_uri must be an absolute http or https URL, got 'https://h:1:2/'");
    check_refused("https://h.example/", "https://h.example:99999/x", "URL 'https://h.example:99999/x' has no valid host");
    check_resolve("https://h.example:/", "x", "https://h.example:/x");
    check_refused("https://user:pw@h b/", "x", "base_uri must be an absolute http or https URL, got 'https://***@h b/'");
}

/* Issue 9, item 7: a dot segment in any spelling, between any spelling of a separator, is refused before
 * anything is sent: a front end that decodes before it normalises would send the signed request elsewhere. */
static void test_dot_segments_in_any_spelling(void)
{
    const char *base = "https://h.example/";

    check_dots_refused(base, "v3/merchant-service/images/%2e%2e/%2e%2e/v3/pay/transactions/id/1",
                       "v3/merchant-service/images/%2e%2e/%2e%2e/v3/pay/transactions/id/1", "%2e%2e");
    check_dots_refused(base, "v3/%2E%2e/x", "v3/%2E%2e/x", "%2E%2e");
    check_dots_refused(base, "v3/.%2e/x", "v3/.%2e/x", ".%2e");
    check_dots_refused(base, "v3/%2e./x", "v3/%2e./x", "%2e.");
    check_dots_refused(base, "v3/%2e/x", "v3/%2e/x", "%2e");
    check_dots_refused(base, "v3/x/%2E", "v3/x/%2E", "%2E");
    check_dots_refused(base, "/%2e%2e/v3", "/%2e%2e/v3", "%2e%2e");
    check_dots_refused(base, "https://h.example/v3/%2e%2e/x?q", "/v3/%2e%2e/x", "%2e%2e");
    /* encoded slashes and backslashes separate segments for some servers */
    check_dots_refused(base, "v3/a%2F..%2Fb", "v3/a%2F..%2Fb", "..");
    check_dots_refused(base, "v3/a%2f%2e%2e%5cb", "v3/a%2f%2e%2e%5cb", "%2e%2e");
    check_dots_refused(base, "v3/a\\..\\b", "v3/a\\..\\b", "..");
    check_dots_refused(base, "v3/a%5C.%5Cb", "v3/a%5C.%5Cb", ".");
    /* path parameters aside (servers that drop them first read `..;x` as `..`) */
    check_dots_refused(base, "v3/images/..;/..;/v3/pay", "v3/images/..;/..;/v3/pay", "..;");
    check_dots_refused(base, "v3/images/%2e%2e%3Bx/y", "v3/images/%2e%2e%3Bx/y", "%2e%2e%3Bx");
    check_dots_refused(base, "v3/.;a=1/y", "v3/.;a=1/y", ".;a=1");
    check_resolve(base, "v3/x;..;/y;a=./z", "https://h.example/v3/x;..;/y;a=./z");
    /* the query and the fragment are not the path */
    check_resolve(base, "v3/x?a=/../b&c=%2e%2e", "https://h.example/v3/x?a=/../b&c=%2e%2e");
    check_resolve(base, "v3/x#/../y", "https://h.example/v3/x");
    /* a base path with one is refused too: merged with a relative path, an encoded one would be sent */
    check_refused("https://h.example/a/%2e%2e/", "x",
                  "base_uri's path '/a/%2e%2e/' holds the dot segment '%2e%2e': a server would resolve it to another "
                  "path than the one signed");
    check_refused("https://h.example/./", "",
                  "base_uri's path '/./' holds the dot segment '.': a server would resolve it to another path than "
                  "the one signed");
}

/* Issue 9, item 8: a placeholder value or chain step may not change base_uri's scheme, host or port. */
static void test_origin_is_base_uris(void)
{
    const char *base = "https://api.mch.weixin.qq.com/";

    check_origin_refused(base, "//evil.example/x", "//evil.example/x");
    check_origin_refused(base, "http://api.mch.weixin.qq.com/x", "http://api.mch.weixin.qq.com/x");
    check_origin_refused(base, "https://other.example:444/x", "https://other.example:444/x");
    check_origin_refused(base, "https://api.mch.weixin.qq.com:444/x", "https://api.mch.weixin.qq.com:444/x");
    check_origin_refused(base, "https://api.mch.weixin.qq.com./x", "https://api.mch.weixin.qq.com./x");
    check_origin_refused(base, "//api.mch.weixin.qq.com:80/x", "//api.mch.weixin.qq.com:80/x");
    /* user information: the host is after the last '@'; none may be added, and none is quoted */
    check_origin_refused(base, "https://api.mch.weixin.qq.com@evil.example/", "https://***@evil.example/");
    check_origin_refused(base, "https://evil.example:443@api.mch.weixin.qq.com/x", "https://***@api.mch.weixin.qq.com/x");
    check_origin_refused(base, "https://user:pw@api.mch.weixin.qq.com/x", "https://***@api.mch.weixin.qq.com/x");
    check_origin_refused(base, "//a@b@api.mch.weixin.qq.com/x", "//***@api.mch.weixin.qq.com/x");

    /* the same origin, spelled differently, is base_uri's: the URL sent carries base_uri's spelling */
    check_resolve(base, "HTTPS://API.MCH.WEIXIN.QQ.COM/v3/x", "https://api.mch.weixin.qq.com/v3/x");
    check_resolve(base, "https://api.mch.weixin.qq.com:443/v3/x", "https://api.mch.weixin.qq.com/v3/x");
    check_resolve(base, "https://api.mch.weixin.qq.com:/v3/x", "https://api.mch.weixin.qq.com/v3/x");
    check_resolve(base, "https://api.mch.weixin.qq.com:0443/v3/x", "https://api.mch.weixin.qq.com/v3/x");
    check_resolve(base, "//api.mch.weixin.qq.com/v3/x?a=1", "https://api.mch.weixin.qq.com/v3/x?a=1");
    check_resolve("https://h.example:443/p/", "https://H.example/x", "https://h.example:443/x");
    check_resolve("http://h.example/", "http://h.example:80/x", "http://h.example/x");
    check_origin_refused("http://h.example/", "https://h.example:80/x", "https://h.example:80/x");

    /* base_uri's own user information may be repeated or left out, never changed, and is never quoted */
    check_resolve("https://u:secret@h.example/", "https://u:secret@h.example/x", "https://u:secret@h.example/x");
    check_resolve("https://u:secret@h.example/", "https://h.example/x", "https://u:secret@h.example/x");
    check_origin_refused("https://u:secret@h.example/", "https://v:secret@h.example/x", "https://***@h.example/x");
    check_origin_refused("https://u:secret@h.example/", "//evil.example/x", "//evil.example/x");

    /* IPv6 literals: the port follows the ']'; an address is compared as written */
    check_resolve("http://[::1]:8080/", "http://[::1]:8080/x", "http://[::1]:8080/x");
    check_resolve("http://[::1]:8080/", "//[::1]:8080/x", "http://[::1]:8080/x");
    check_resolve("http://[fe80::A]:8080/", "http://[FE80::a]:8080/x", "http://[fe80::A]:8080/x");
    check_origin_refused("http://[::1]:8080/", "http://[::1]/x", "http://[::1]/x");
    check_origin_refused("http://[::1]:8080/", "http://[::2]:8080/x", "http://[::2]:8080/x");
    check_origin_refused("http://[::1]:8080/", "http://[0:0::1]:8080/x", "http://[0:0::1]:8080/x");
    check_origin_refused("http://[::1]:8080/", "http://[::1]:8080@evil.example/x", "http://***@evil.example/x");
    check_origin_refused("http://[::1]/", "http://[::1]:8080/x", "http://[::1]:8080/x");
}

static void check_target(const char *url, int want_rc, const char *want)
{
    const char *target = NULL;
    size_t len = 0;
    int rc = wxp_uri_request_target(url, &target, &len);

    CHECK(rc == want_rc);
    if (rc == 0 && want != NULL) {
        char got[256];

        snprintf(got, sizeof(got), "%.*s", (int) len, target);
        CHECK_STR(got, want);
    }
}

static void check_path(const char *url, int want_rc, const char *want)
{
    const char *path = NULL;
    size_t len = 0;
    int rc = wxp_uri_path(url, &path, &len);

    CHECK(rc == want_rc);
    if (rc == 0 && want != NULL) {
        char got[256];

        snprintf(got, sizeof(got), "%.*s", (int) len, path);
        CHECK_STR(got, want);
    }
}

static void test_target_and_path(void)
{
    check_target("https://api.mch.weixin.qq.com/v3/certificates", 0, "/v3/certificates");
    check_target("https://h/v3/x?a=1&b=%20#frag", 0, "/v3/x?a=1&b=%20");
    check_target("https://h/v3/x?", 0, "/v3/x?");
    check_target("https://h", 0, "/");
    check_target("https://h#f", 0, "/");
    check_target("https://user@h:8443/p", 0, "/p");
    /* no pointer into the URL could express "/?q" */
    check_target("https://h?q", -1, NULL);
    check_target("v3/x", -1, NULL);
    check_target("/v3/x", -1, NULL);
    check_target("https:/v3/x", -1, NULL);
    check_target("", -1, NULL);

    check_path("https://h/v3/billdownload/file?token=x", 0, "/v3/billdownload/file");
    check_path("https://h/v3/x#f", 0, "/v3/x");
    check_path("https://h", 0, "/");
    check_path("https://h?q", 0, "/");
    check_path("v3/x", -1, NULL);

    /* a resolved URL's target is what is signed and sent */
    {
        wxp_buf out;
        wxp_err err;
        const char *target;
        size_t len;

        wxp_buf_init(&out);
        CHECK(wxp_uri_resolve("https://h.example", "", 0, "a=1", &out, &err) == 0);
        CHECK_STR(wxp_buf_cstr(&out), "https://h.example/?a=1");
        CHECK(wxp_uri_request_target(wxp_buf_cstr(&out), &target, &len) == 0);
        CHECK(len == 5 && memcmp(target, "/?a=1", 5) == 0);
        wxp_buf_free(&out);
    }
}

/* Every byte alone and inside a query: the printable ASCII bytes other than " # < > \ ^ ` { | } pass. */
static void test_query_is_encoded(void)
{
    int c, ok_alone = 1, ok_inside = 1;

    CHECK(wxp_uri_query_is_encoded("", 0));
    CHECK(wxp_uri_query_is_encoded(NULL, 0));
    CHECK(!wxp_uri_query_is_encoded(NULL, 1));
    CHECK(wxp_uri_query_is_encoded("a=1&b=%20&c[]=x/y?z:@!$'()*+,;~-._", 34));
    CHECK(wxp_uri_query_is_encoded("100%", 4));
    CHECK(!wxp_uri_query_is_encoded("a=1 2", 5));
    CHECK(!wxp_uri_query_is_encoded("a=1#frag", 8));
    CHECK(!wxp_uri_query_is_encoded("a=\xe4\xb8\xad", 5));
    CHECK(!wxp_uri_query_is_encoded("a=1\r\nX: y", 10));
    CHECK(!wxp_uri_query_is_encoded("a=1\0", 4));
    CHECK(!wxp_uri_query_is_encoded("a=\x7f", 3));
    /* Only len bytes count. */
    CHECK(wxp_uri_query_is_encoded("a=1#frag", 3));
    for (c = 0; c < 256; c++) {
        char alone = (char) c, inside[5] = {'a', '=', (char) c, '&', 'b'};
        int want = c > 0x20 && c < 0x7f && strchr("\"#<>\\^`{|}", c) == NULL;

        ok_alone &= wxp_uri_query_is_encoded(&alone, 1) == want;
        ok_inside &= wxp_uri_query_is_encoded(inside, 5) == want;
    }
    CHECK(ok_alone);
    CHECK(ok_inside);
    /* what passes and a query cannot hold as is, resolution encodes */
    check_resolve_q("https://h/", "x", "a=[1]&p=100%&q=%41", "https://h/x?a=%5B1%5D&p=100%25&q=%41");
}

int main(void)
{
    test_rfc3986_normal_examples();
    test_rfc3986_abnormal_examples();
    test_wechat_bases();
    test_query_replacement();
    test_encoding();
    test_refusals();
    test_dot_segments_in_any_spelling();
    test_origin_is_base_uris();
    test_target_and_path();
    test_query_is_encoded();
    return UNIT_DONE();
}
