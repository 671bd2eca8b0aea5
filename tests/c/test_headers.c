/* Unit tests of wxp_headers.c: header lists, name/value checks, reason phrases and response-head parsing. */
#include "unit.h"
#include "wxp_headers.h"

#include <limits.h>
#include <string.h>

/* Feeds a C string as one raw line. */
static int feed(wxp_response_head *head, const char *line)
{
    return wxp_response_head_feed(head, line, strlen(line));
}

/* Returns the value of the first header named name, or NULL. */
static const char *value_of(const wxp_header_list *list, const char *name)
{
    const wxp_header *h = wxp_headers_find(list, name, strlen(name));

    return h ? h->value : NULL;
}

static int add(wxp_header_list *list, const char *name, const char *value)
{
    return wxp_headers_add(list, name, strlen(name), value, strlen(value));
}

static void test_list_add_find_remove(void)
{
    wxp_header_list list;
    int i, ok = 1;

    wxp_headers_init(&list);
    CHECK(list.count == 0 && list.items == NULL);
    CHECK(wxp_headers_find(&list, "Accept", 6) == NULL);

    CHECK(add(&list, "Accept", "application/json") == 0);
    CHECK(add(&list, "X-Trace", "one") == 0);
    CHECK(add(&list, "x-trace", "two") == 0);
    CHECK(add(&list, "User-Agent", "wechatpay") == 0);
    CHECK(list.count == 4);

    /* Copies, NUL-terminated, with lengths. */
    CHECK_STR(list.items[0].name, "Accept");
    CHECK(list.items[0].name_len == 6);
    CHECK(list.items[0].value_len == 16);

    /* Case-insensitive find returns the first match. */
    CHECK_STR(value_of(&list, "ACCEPT"), "application/json");
    CHECK_STR(value_of(&list, "X-TRACE"), "one");
    CHECK(wxp_headers_find(&list, "Accep", 5) == NULL);
    CHECK(wxp_headers_find(&list, "Accept-Language", 15) == NULL);
    /* name_len is honoured: "Accept" within a longer buffer. */
    CHECK_STR(wxp_headers_find(&list, "AcceptXYZ", 6)->value, "application/json");

    /* Remove takes every case variant and keeps the order of the rest. */
    wxp_headers_remove(&list, "X-TRACE", 7);
    CHECK(list.count == 2);
    CHECK_STR(list.items[0].name, "Accept");
    CHECK_STR(list.items[1].name, "User-Agent");
    wxp_headers_remove(&list, "Nope", 4);
    CHECK(list.count == 2);

    /* Empty value is kept as "". */
    CHECK(add(&list, "X-Empty", "") == 0);
    CHECK_STR(value_of(&list, "x-empty"), "");
    CHECK(wxp_headers_find(&list, "x-empty", 7)->value_len == 0);

    /* Growth past the first capacity. */
    for (i = 0; i < 100; i++) {
        char name[16];

        snprintf(name, sizeof(name), "H%d", i);
        if (add(&list, name, "v") != 0) {
            ok = 0;
        }
    }
    CHECK(ok);
    CHECK(list.count == 103);
    CHECK_STR(value_of(&list, "h99"), "v");

    wxp_headers_free(&list);
    CHECK(list.count == 0 && list.items == NULL && list.cap == 0);
    /* A freed list is reusable. */
    CHECK(add(&list, "A", "b") == 0);
    wxp_headers_free(&list);
}

static void test_list_binary_value(void)
{
    wxp_header_list list;

    wxp_headers_init(&list);
    CHECK(wxp_headers_add(&list, "X-Bin", 5, "a\0b", 3) == 0);
    CHECK(list.items[0].value_len == 3);
    CHECK(memcmp(list.items[0].value, "a\0b", 4) == 0);
    wxp_headers_free(&list);
}

static void test_name_validity(void)
{
    int c, ok = 1;

    CHECK(wxp_header_name_is_valid("Content-Type", 12));
    CHECK(wxp_header_name_is_valid("Wechatpay-Serial", 16));
    CHECK(wxp_header_name_is_valid("x", 1));
    CHECK(wxp_header_name_is_valid("!#$%&'*+-.^_`|~09azAZ", 21));
    CHECK(!wxp_header_name_is_valid("", 0));
    CHECK(!wxp_header_name_is_valid(NULL, 0));
    CHECK(!wxp_header_name_is_valid("Bad Name", 8));
    CHECK(!wxp_header_name_is_valid("Bad:Name", 8));
    CHECK(!wxp_header_name_is_valid("Bad\tName", 8));
    CHECK(!wxp_header_name_is_valid("Bad\r\nName", 9));
    CHECK(!wxp_header_name_is_valid("a\0b", 3));
    CHECK(!wxp_header_name_is_valid("(x)", 3));
    CHECK(!wxp_header_name_is_valid("a\"b", 3));
    CHECK(!wxp_header_name_is_valid("a/b", 3));
    CHECK(!wxp_header_name_is_valid("a,b", 3));
    CHECK(!wxp_header_name_is_valid("\xc3\xa9", 2));
    CHECK(!wxp_header_name_is_valid("a\x7f", 2));
    /* Only len bytes count. */
    CHECK(wxp_header_name_is_valid("Good Bad", 4));
    /* Every byte alone: RFC 9110 tchar only (so no obs-text, controls, DEL or separators). */
    for (c = 0; c < 256; c++) {
        char alone = (char) c;
        int want = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                   || (c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL);

        ok &= wxp_header_name_is_valid(&alone, 1) == want;
    }
    CHECK(ok);
}

static void test_value_safety(void)
{
    int c, ok = 1;

    CHECK(wxp_header_value_is_safe("application/json", 16));
    CHECK(wxp_header_value_is_safe("", 0));
    CHECK(wxp_header_value_is_safe("a b\tc \"q\" \xe4\xb8\xad", 13));
    CHECK(!wxp_header_value_is_safe("a\rb", 3));
    CHECK(!wxp_header_value_is_safe("a\nb", 3));
    CHECK(!wxp_header_value_is_safe("a\r\nX-Injected: 1", 17));
    CHECK(!wxp_header_value_is_safe("a\0b", 3));
    CHECK(!wxp_header_value_is_safe("\n", 1));
    /* Only len bytes count. */
    CHECK(wxp_header_value_is_safe("ab\r\n", 2));
    /* Every byte inside a value: only CR, LF and NUL are refused (controls, DEL and obs-text pass). */
    for (c = 0; c < 256; c++) {
        char inside[3] = {'a', (char) c, 'b'};

        ok &= wxp_header_value_is_safe(inside, 3) == (c != '\r' && c != '\n' && c != 0);
    }
    CHECK(ok);
}

/* Every byte alone, then inside a value: only SP, HTAB, VCHAR and obs-text pass. */
static void test_value_validity(void)
{
    int c, ok_alone = 1, ok_inside = 1;

    CHECK(wxp_header_value_is_valid("", 0));
    CHECK(wxp_header_value_is_valid(NULL, 0));
    CHECK(!wxp_header_value_is_valid(NULL, 1));
    CHECK(wxp_header_value_is_valid("application/json; charset=utf-8", 31));
    CHECK(wxp_header_value_is_valid("a\tb c", 5));
    CHECK(wxp_header_value_is_valid("\t \t", 3));
    CHECK(wxp_header_value_is_valid("\xe4\xb8\xad\x80\xff", 5));
    CHECK(!wxp_header_value_is_valid("a\r\nX-Injected: 1", 17));
    CHECK(!wxp_header_value_is_valid("a\0b", 3));
    CHECK(!wxp_header_value_is_valid("\x7f", 1));
    CHECK(!wxp_header_value_is_valid("\x1b[0m", 4));
    /* Only len bytes count. */
    CHECK(wxp_header_value_is_valid("ab\r\n", 2));
    for (c = 0; c < 256; c++) {
        char alone = (char) c, inside[3] = {'a', (char) c, 'b'};
        int want = c == '\t' || (c >= 0x20 && c != 0x7f);

        ok_alone &= wxp_header_value_is_valid(&alone, 1) == want;
        ok_inside &= wxp_header_value_is_valid(inside, 3) == want;
        /* a valid value is always safe; CR, LF and NUL are never valid */
        if (want) {
            CHECK(wxp_header_value_is_safe(&alone, 1));
        }
    }
    CHECK(ok_alone);
    CHECK(ok_inside);
}

/* Every code the table names has a phrase that is a valid field value; anything else (0 to 999, negatives,
 * INT_MIN/MAX) has "". */
static void test_reason_phrases(void)
{
    static const int known[] = {
        100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307,
        308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421,
        422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
    };
    size_t i, named = 0;
    int status, ok = 1;

    for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        const char *phrase = wxp_status_reason_phrase(known[i]);

        CHECK(phrase != NULL && phrase[0] != '\0' && wxp_header_value_is_valid(phrase, strlen(phrase)));
        CHECK(phrase[0] != ' ' && phrase[strlen(phrase) - 1] != ' ');
    }
    for (status = -1; status < 1000; status++) {
        const char *phrase = wxp_status_reason_phrase(status);

        ok &= phrase != NULL;
        named += phrase != NULL && phrase[0] != '\0';
    }
    CHECK(ok);
    CHECK(named == sizeof(known) / sizeof(known[0]));
    CHECK_STR(wxp_status_reason_phrase(INT_MIN), "");
    CHECK_STR(wxp_status_reason_phrase(INT_MAX), "");
    CHECK_STR(wxp_status_reason_phrase(0), "");
    CHECK_STR(wxp_status_reason_phrase(99), "");
    CHECK_STR(wxp_status_reason_phrase(306), "");
    CHECK_STR(wxp_status_reason_phrase(419), "");
    CHECK_STR(wxp_status_reason_phrase(599), "");
    CHECK_STR(wxp_status_reason_phrase(600), "");
    CHECK_STR(wxp_status_reason_phrase(1200), "");
    /* the spellings RFC 9110 changed, and a few others */
    CHECK_STR(wxp_status_reason_phrase(200), "OK");
    CHECK_STR(wxp_status_reason_phrase(204), "No Content");
    CHECK_STR(wxp_status_reason_phrase(404), "Not Found");
    CHECK_STR(wxp_status_reason_phrase(413), "Content Too Large");
    CHECK_STR(wxp_status_reason_phrase(418), "I'm a teapot");
    CHECK_STR(wxp_status_reason_phrase(422), "Unprocessable Content");
    CHECK_STR(wxp_status_reason_phrase(429), "Too Many Requests");
    CHECK_STR(wxp_status_reason_phrase(500), "Internal Server Error");
    CHECK_STR(wxp_status_reason_phrase(511), "Network Authentication Required");
}

static void test_framing_names(void)
{
    static const char *framing[] = {"Content-Length", "content-length", "TRANSFER-ENCODING", "Connection", "Host",
                                     "host", "Expect", "TE", "te", "Trailer", "Upgrade", "Keep-Alive",
                                     "Proxy-Connection"};
    static const char *other[] = {"Content-Type", "Accept", "Authorization", "User-Agent", "Wechatpay-Serial",
                                  "Content-Length-X", "X-Content-Length", "Hos", "Hosts", "T", "Accept-Encoding",
                                  "Content-Encoding", "Proxy-Authorization", "Cookie", ""};
    size_t i;

    for (i = 0; i < sizeof(framing) / sizeof(framing[0]); i++) {
        CHECK(wxp_header_is_framing(framing[i], strlen(framing[i])));
    }
    for (i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
        CHECK(!wxp_header_is_framing(other[i], strlen(other[i])));
    }
    /* Only len bytes count. */
    CHECK(wxp_header_is_framing("Host: x", 4));
    CHECK(!wxp_header_is_framing("Hostname", 8));
}

static void test_status_line_http11(void)
{
    wxp_response_head head;

    wxp_response_head_init(&head);
    CHECK(head.status == 0);
    CHECK(feed(&head, "HTTP/1.1 200 OK\r\n") == 0);
    CHECK(head.status == 200);
    CHECK_STR(wxp_buf_cstr(&head.version), "1.1");
    CHECK_STR(wxp_buf_cstr(&head.reason), "OK");
    CHECK(head.headers.count == 0);
    wxp_response_head_free(&head);
    CHECK(head.status == 0 && head.headers.count == 0 && head.version.len == 0);
}

static void test_status_line_variants(void)
{
    wxp_response_head head;

    wxp_response_head_init(&head);
    CHECK(feed(&head, "HTTP/2 204\r\n") == 0);
    CHECK(head.status == 204);
    CHECK_STR(wxp_buf_cstr(&head.version), "2");
    CHECK_STR(wxp_buf_cstr(&head.reason), "");

    /* libcurl writes HTTP/2 status lines with a trailing space. */
    CHECK(feed(&head, "HTTP/2 200 \r\n") == 0);
    CHECK(head.status == 200);
    CHECK_STR(wxp_buf_cstr(&head.reason), "");

    CHECK(feed(&head, "HTTP/1.1 404\r\n") == 0);
    CHECK(head.status == 404);
    CHECK_STR(wxp_buf_cstr(&head.reason), "");

    CHECK(feed(&head, "HTTP/1.0 500 Internal Server Error\r\n") == 0);
    CHECK(head.status == 500);
    CHECK_STR(wxp_buf_cstr(&head.version), "1.0");
    CHECK_STR(wxp_buf_cstr(&head.reason), "Internal Server Error");

    /* Bare LF line end, and a reason with inner spaces and trailing blanks. */
    CHECK(feed(&head, "HTTP/1.1 429 Too Many  Requests \t\n") == 0);
    CHECK(head.status == 429);
    CHECK_STR(wxp_buf_cstr(&head.reason), "Too Many  Requests");

    /* Without any line end at all. */
    CHECK(feed(&head, "HTTP/3 202 Accepted") == 0);
    CHECK(head.status == 202);
    CHECK_STR(wxp_buf_cstr(&head.version), "3");
    CHECK_STR(wxp_buf_cstr(&head.reason), "Accepted");
    wxp_response_head_free(&head);
}

static void test_status_line_malformed(void)
{
    static const char *const bad[] = {
        "HTTP/1.1\r\n",          /* no status */
        "HTTP/1.1 20\r\n",       /* two digits */
        "HTTP/1.1 2000 OK\r\n",  /* four digits */
        "HTTP/1.1 20x OK\r\n",   /* not digits */
        "HTTP/1.1 099 Low\r\n",  /* below 100 */
        "HTTP/ 200 OK\r\n",      /* empty version */
        "HTTP/x.y 200 OK\r\n",   /* version not digits */
        "HTTP/.1 200 OK\r\n",    /* version not starting with a digit */
        "HTTP/1.1  200 OK\r\n",  /* two spaces */
        "HTTP/1.1\t200 OK\r\n",  /* tab separator */
        "HTTP/1.1 200OK\r\n",    /* no space before reason */
        "HTTP/1.1 -200 OK\r\n",
    };
    wxp_response_head head;
    size_t i;

    wxp_response_head_init(&head);
    CHECK(feed(&head, "HTTP/1.1 201 Created\r\n") == 0);
    CHECK(feed(&head, "Location: /x\r\n") == 0);
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        int rc = feed(&head, bad[i]);

        if (rc != -1) {
            fprintf(stderr, "accepted malformed status line: %s", bad[i]);
        }
        CHECK(rc == -1);
    }
    /* A refused line leaves the earlier head untouched. */
    CHECK(head.status == 201);
    CHECK_STR(wxp_buf_cstr(&head.reason), "Created");
    CHECK_STR(value_of(&head.headers, "location"), "/x");
    wxp_response_head_free(&head);
}

static void test_fields_and_ows(void)
{
    wxp_response_head head;

    wxp_response_head_init(&head);
    CHECK(feed(&head, "HTTP/1.1 200 OK\r\n") == 0);
    CHECK(feed(&head, "Content-Type: application/json\r\n") == 0);
    CHECK(feed(&head, "Wechatpay-Nonce:   abc  \t \r\n") == 0);
    CHECK(feed(&head, "Wechatpay-Serial:\tPUB_KEY_ID_0114\r\n") == 0);
    CHECK(feed(&head, "X-Empty:\r\n") == 0);
    CHECK(feed(&head, "X-Blank:    \r\n") == 0);
    CHECK(feed(&head, "X-Colons: a:b: c\r\n") == 0);
    CHECK(feed(&head, "X-Inner: a  b\tc\r\n") == 0);
    CHECK(feed(&head, "Set-Cookie: a=1\r\n") == 0);
    CHECK(feed(&head, "set-cookie: b=2\n") == 0);
    CHECK(feed(&head, "\r\n") == 0); /* end of head */
    CHECK(head.headers.count == 9);

    CHECK_STR(head.headers.items[0].name, "Content-Type");
    CHECK_STR(head.headers.items[0].value, "application/json");
    CHECK_STR(value_of(&head.headers, "wechatpay-nonce"), "abc");
    CHECK(wxp_headers_find(&head.headers, "Wechatpay-Nonce", 15)->value_len == 3);
    CHECK_STR(value_of(&head.headers, "WECHATPAY-SERIAL"), "PUB_KEY_ID_0114");
    CHECK_STR(value_of(&head.headers, "X-Empty"), "");
    CHECK_STR(value_of(&head.headers, "X-Blank"), "");
    CHECK_STR(value_of(&head.headers, "X-Colons"), "a:b: c");
    CHECK_STR(value_of(&head.headers, "X-Inner"), "a  b\tc");
    /* Repeated fields stay separate, in arrival order, names as received. */
    CHECK_STR(head.headers.items[7].name, "Set-Cookie");
    CHECK_STR(head.headers.items[7].value, "a=1");
    CHECK_STR(head.headers.items[8].name, "set-cookie");
    CHECK_STR(head.headers.items[8].value, "b=2");
    wxp_response_head_free(&head);
}

static void test_obs_fold(void)
{
    wxp_response_head head;

    wxp_response_head_init(&head);
    CHECK(feed(&head, "HTTP/1.1 200 OK\r\n") == 0);
    CHECK(feed(&head, "X-Folded: first\r\n") == 0);
    CHECK(feed(&head, "   second  \r\n") == 0);
    CHECK(feed(&head, "\tthird\r\n") == 0);
    CHECK(feed(&head, "X-After: plain\r\n") == 0);
    CHECK(feed(&head, "X-Start-Empty:\r\n") == 0);
    CHECK(feed(&head, " tail\r\n") == 0);
    CHECK(feed(&head, "X-Ws-Only: v\r\n") == 0);
    CHECK(feed(&head, " \t \r\n") == 0);
    CHECK(head.headers.count == 4);
    /* Each fold becomes one SP; the continuation's own OWS is trimmed. */
    CHECK_STR(value_of(&head.headers, "x-folded"), "first second third");
    CHECK(wxp_headers_find(&head.headers, "x-folded", 8)->value_len == 18);
    CHECK_STR(value_of(&head.headers, "x-after"), "plain");
    CHECK_STR(value_of(&head.headers, "x-start-empty"), "tail");
    CHECK_STR(value_of(&head.headers, "x-ws-only"), "v");
    wxp_response_head_free(&head);

    /* A continuation with no field before it has nothing to continue: ignored. */
    wxp_response_head_init(&head);
    CHECK(feed(&head, "HTTP/1.1 200 OK\r\n") == 0);
    CHECK(feed(&head, " orphan\r\n") == 0);
    CHECK(head.headers.count == 0);
    wxp_response_head_free(&head);
}

static void test_new_status_line_resets(void)
{
    wxp_response_head head;

    wxp_response_head_init(&head);
    /* 100 Continue, then the real answer. */
    CHECK(feed(&head, "HTTP/1.1 100 Continue\r\n") == 0);
    CHECK(feed(&head, "X-Interim: yes\r\n") == 0);
    CHECK(feed(&head, "\r\n") == 0);
    CHECK(head.status == 100);
    CHECK(feed(&head, "HTTP/1.1 200 OK\r\n") == 0);
    CHECK(head.status == 200);
    CHECK(head.headers.count == 0);
    CHECK(wxp_headers_find(&head.headers, "X-Interim", 9) == NULL);
    CHECK(feed(&head, "X-Final: yes\r\n") == 0);
    CHECK(head.headers.count == 1);

    /* Proxy CONNECT head, then the tunnelled answer with a shorter reason and another version. */
    CHECK(feed(&head, "HTTP/1.1 200 Connection established\r\n") == 0);
    CHECK(feed(&head, "Proxy-Agent: squid\r\n") == 0);
    CHECK(feed(&head, "\r\n") == 0);
    CHECK(feed(&head, "HTTP/2 403\r\n") == 0);
    CHECK(head.status == 403);
    CHECK_STR(wxp_buf_cstr(&head.version), "2");
    CHECK_STR(wxp_buf_cstr(&head.reason), "");
    CHECK(head.headers.count == 0);
    wxp_response_head_free(&head);
}

static void test_lines_that_are_dropped(void)
{
    wxp_response_head head;

    wxp_response_head_init(&head);
    CHECK(feed(&head, "HTTP/1.1 200 OK\r\n") == 0);
    CHECK(feed(&head, "no colon here\r\n") == 0);
    CHECK(feed(&head, "Bad Name: x\r\n") == 0);  /* space before the colon: not a token */
    CHECK(feed(&head, "Bad-Name : x\r\n") == 0); /* RFC 9112 forbids whitespace before the colon */
    CHECK(feed(&head, ": no name\r\n") == 0);
    CHECK(feed(&head, "") == 0);
    CHECK(feed(&head, "\n") == 0);
    CHECK(head.headers.count == 0);
    CHECK(head.status == 200);
    wxp_response_head_free(&head);
}

static void test_feed_uses_len_not_nul(void)
{
    wxp_response_head head;
    const char raw[] = "X-Len: abcdef\r\nX-Next: no\r\n";

    wxp_response_head_init(&head);
    CHECK(feed(&head, "HTTP/1.1 200 OK\r\n") == 0);
    /* Only the first line's bytes: libcurl's buffer is not NUL-terminated. */
    CHECK(wxp_response_head_feed(&head, raw, 15) == 0);
    CHECK(head.headers.count == 1);
    CHECK_STR(value_of(&head.headers, "x-len"), "abcdef");
    wxp_response_head_free(&head);
}

int main(void)
{
    test_list_add_find_remove();
    test_list_binary_value();
    test_name_validity();
    test_value_safety();
    test_value_validity();
    test_framing_names();
    test_reason_phrases();
    test_status_line_http11();
    test_status_line_variants();
    test_status_line_malformed();
    test_fields_and_ows();
    test_obs_fold();
    test_new_status_line_resets();
    test_lines_that_are_dropped();
    test_feed_uses_len_not_nul();
    return UNIT_DONE();
}
