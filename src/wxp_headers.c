#include "wxp_headers.h"

#include <stdlib.h>
#include <string.h>

/* ---- Small character helpers (locale-independent on purpose: header names are ASCII) ---- */

static int wxp_is_ows(char c)
{
    return c == ' ' || c == '\t';
}

static int wxp_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static char wxp_ascii_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

/* RFC 9110 tchar: "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
 * / DIGIT / ALPHA, as a table: every header name of every request and answer goes through it. */
static const unsigned char wxp_tchar[256] = {
    ['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['*'] = 1, ['+'] = 1, ['-'] = 1, ['.'] = 1,
    ['^'] = 1, ['_'] = 1, ['`'] = 1, ['|'] = 1, ['~'] = 1,
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
    ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

static int wxp_is_tchar(char c)
{
    return wxp_tchar[(unsigned char) c];
}

static int wxp_names_equal(const char *a, size_t a_len, const char *b, size_t b_len)
{
    size_t i;

    if (a_len != b_len) {
        return 0;
    }
    for (i = 0; i < a_len; i++) {
        if (wxp_ascii_lower(a[i]) != wxp_ascii_lower(b[i])) {
            return 0;
        }
    }
    return 1;
}

/* Narrows [*start, *start + *len) so that it neither begins nor ends with SP/HTAB. */
static void wxp_trim_ows(const char **start, size_t *len)
{
    while (*len > 0 && wxp_is_ows((*start)[0])) {
        (*start)++;
        (*len)--;
    }
    while (*len > 0 && wxp_is_ows((*start)[*len - 1])) {
        (*len)--;
    }
}

/* ---- Header lists ---- */

void wxp_headers_init(wxp_header_list *list)
{
    list->items = NULL;
    list->count = 0;
    list->cap = 0;
}

static int wxp_headers_grow(wxp_header_list *list)
{
    size_t cap;
    wxp_header *grown;

    if (list->count < list->cap) {
        return 0;
    }
    cap = list->cap ? list->cap * 2 : 8;
    if (cap > ((size_t) -1) / sizeof(wxp_header)) {
        return -1;
    }
    grown = realloc(list->items, cap * sizeof(wxp_header));
    if (grown == NULL) {
        return -1;
    }
    list->items = grown;
    list->cap = cap;
    return 0;
}

/* Points h at one new block holding `name\0value\0` (a header's only allocation: freeing h->name frees both).
 * Returns 0, or -1 when memory ran out (h unchanged). */
static int wxp_header_set(wxp_header *h, const char *name, size_t name_len, const char *value, size_t value_len)
{
    char *block;

    if (name_len > ((size_t) -1) / 2 - 2 || value_len > ((size_t) -1) / 2) {
        return -1;
    }
    block = malloc(name_len + value_len + 2);
    if (block == NULL) {
        return -1;
    }
    if (name_len > 0) {
        memcpy(block, name, name_len);
    }
    block[name_len] = '\0';
    if (value_len > 0) {
        memcpy(block + name_len + 1, value, value_len);
    }
    block[name_len + 1 + value_len] = '\0';
    h->name = block;
    h->name_len = name_len;
    h->value = block + name_len + 1;
    h->value_len = value_len;
    return 0;
}

int wxp_headers_add(wxp_header_list *list, const char *name, size_t name_len, const char *value, size_t value_len)
{
    if (wxp_headers_grow(list) != 0 || wxp_header_set(&list->items[list->count], name, name_len, value, value_len) != 0) {
        return -1;
    }
    list->count++;
    return 0;
}

void wxp_headers_remove(wxp_header_list *list, const char *name, size_t name_len)
{
    size_t read, kept = 0;

    /* Compacts in place so the remaining headers keep their order. */
    for (read = 0; read < list->count; read++) {
        wxp_header *h = &list->items[read];

        if (wxp_names_equal(h->name, h->name_len, name, name_len)) {
            free(h->name); /* the value is in the same block */
            continue;
        }
        list->items[kept++] = *h;
    }
    list->count = kept;
}

const wxp_header *wxp_headers_find(const wxp_header_list *list, const char *name, size_t name_len)
{
    size_t i;

    for (i = 0; i < list->count; i++) {
        const wxp_header *h = &list->items[i];

        if (wxp_names_equal(h->name, h->name_len, name, name_len)) {
            return h;
        }
    }
    return NULL;
}

void wxp_headers_free(wxp_header_list *list)
{
    size_t i;

    for (i = 0; i < list->count; i++) {
        free(list->items[i].name); /* the value is in the same block */
    }
    free(list->items);
    wxp_headers_init(list);
}

int wxp_header_name_is_valid(const char *name, size_t len)
{
    size_t i;

    if (name == NULL || len == 0) {
        return 0;
    }
    for (i = 0; i < len; i++) {
        if (!wxp_is_tchar(name[i])) {
            return 0;
        }
    }
    return 1;
}

/* A caller's Content-Length or Transfer-Encoding would describe a body other than the one libcurl sends (the
 * surplus bytes then read as a second request on a keep-alive connection, whose answer the next transfer
 * would take for its own); Connection, Keep-Alive, Proxy-Connection, TE, Trailer and Upgrade are hop-by-hop
 * (RFC 9110 section 7.6.1) and steer the connection the pool shares; Host names the target libcurl
 * connects to and matches connections by; Expect makes libcurl wait for a 100 Continue. */
static const struct {
    const char *name;
    size_t len;
} wxp_framing_headers[] = {
    {"Content-Length", 14}, {"Transfer-Encoding", 17}, {"Connection", 10}, {"Host", 4}, {"Expect", 6},
    {"TE", 2}, {"Trailer", 7}, {"Upgrade", 7}, {"Keep-Alive", 10}, {"Proxy-Connection", 16},
};

int wxp_header_is_framing(const char *name, size_t len)
{
    size_t i;

    for (i = 0; i < sizeof(wxp_framing_headers) / sizeof(wxp_framing_headers[0]); i++) {
        if (wxp_names_equal(name, len, wxp_framing_headers[i].name, wxp_framing_headers[i].len)) {
            return 1;
        }
    }
    return 0;
}

int wxp_header_value_is_safe(const char *value, size_t len)
{
    if (value == NULL) {
        return len == 0;
    }
    /* Three memchr passes: each request checks about 700 value bytes (the Authorization one is most of them),
     * which a byte loop took about 4,000 instructions for. */
    return memchr(value, '\r', len) == NULL && memchr(value, '\n', len) == NULL && memchr(value, '\0', len) == NULL;
}

int wxp_header_value_is_valid(const char *value, size_t len)
{
    size_t i;

    if (value == NULL) {
        return len == 0;
    }
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char) value[i];

        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            return 0;
        }
    }
    return 1;
}

/* ---- Response heads ---- */

void wxp_response_head_init(wxp_response_head *head)
{
    head->status = 0;
    wxp_buf_init(&head->version);
    wxp_buf_init(&head->reason);
    wxp_headers_init(&head->headers);
}

void wxp_response_head_free(wxp_response_head *head)
{
    wxp_buf_free(&head->version);
    wxp_buf_free(&head->reason);
    wxp_headers_free(&head->headers);
    head->status = 0;
}

/* The parts of `HTTP/<version> SP <3 digits> [SP <reason>]`, pointing into the line. */
typedef struct wxp_status_line {
    const char *version; size_t version_len;
    int status;
    const char *reason; size_t reason_len;
} wxp_status_line;

/* Splits a status line (without its line ending). Returns 0, or -1 when it is malformed. */
static int wxp_parse_status_line(const char *line, size_t len, wxp_status_line *out)
{
    static const char prefix[] = "HTTP/";
    const size_t prefix_len = sizeof(prefix) - 1;
    size_t pos = prefix_len, i;

    if (len < prefix_len || memcmp(line, prefix, prefix_len) != 0) {
        return -1;
    }
    /* Version: digits and dots, starting with a digit ("1.1", "2", "1.0"). */
    out->version = line + pos;
    while (pos < len && (wxp_is_digit(line[pos]) || line[pos] == '.')) {
        pos++;
    }
    out->version_len = (size_t) (line + pos - out->version);
    if (out->version_len == 0 || !wxp_is_digit(out->version[0])) {
        return -1;
    }
    if (pos >= len || line[pos] != ' ') {
        return -1;
    }
    pos++;
    /* Status: exactly three digits, 100 to 999. */
    if (len - pos < 3) {
        return -1;
    }
    out->status = 0;
    for (i = 0; i < 3; i++) {
        if (!wxp_is_digit(line[pos + i])) {
            return -1;
        }
        out->status = out->status * 10 + (line[pos + i] - '0');
    }
    pos += 3;
    if (out->status < 100) {
        return -1;
    }
    /* Reason: optional; `HTTP/2 204` and `HTTP/1.1 200 ` (libcurl's HTTP/2 form) both give "". */
    if (pos < len && line[pos] != ' ') {
        return -1;
    }
    out->reason = line + pos;
    out->reason_len = len - pos;
    wxp_trim_ows(&out->reason, &out->reason_len);
    return 0;
}

/* Replaces the head with a fresh one for the status line (an earlier 1xx or CONNECT head is discarded). */
static int wxp_head_start(wxp_response_head *head, const char *line, size_t len)
{
    wxp_status_line parsed;

    if (wxp_parse_status_line(line, len, &parsed) != 0) {
        return -1;
    }
    wxp_headers_free(&head->headers);
    wxp_buf_reset(&head->version);
    wxp_buf_reset(&head->reason);
    head->status = 0;
    if (wxp_buf_append(&head->version, parsed.version, parsed.version_len) != 0
        || wxp_buf_append(&head->reason, parsed.reason, parsed.reason_len) != 0) {
        return -1;
    }
    head->status = parsed.status;
    return 0;
}

/* Appends an obs-fold continuation to the last header's value: RFC 9112 section 5.2 says to replace the
 * fold with a single SP. A continuation with nothing before it has no field to continue and is dropped. */
static int wxp_head_continue(wxp_response_head *head, const char *line, size_t len)
{
    wxp_header *last, joined;
    char *value;
    size_t sep;
    int rc;

    wxp_trim_ows(&line, &len);
    if (head->headers.count == 0 || len == 0) {
        return 0;
    }
    last = &head->headers.items[head->headers.count - 1];
    sep = last->value_len > 0 ? 1 : 0;
    if (len > ((size_t) -1) / 2 - last->value_len - 1 || (value = malloc(last->value_len + sep + len)) == NULL) {
        return -1;
    }
    memcpy(value, last->value, last->value_len);
    if (sep) {
        value[last->value_len] = ' ';
    }
    memcpy(value + last->value_len + sep, line, len);
    rc = wxp_header_set(&joined, last->name, last->name_len, value, last->value_len + sep + len);
    free(value);
    if (rc != 0) {
        return -1;
    }
    free(last->name);
    *last = joined;
    return 0;
}

/* Adds a `Name: value` field. A line without a colon or with a name that is not a token (e.g. a space
 * before the colon, which RFC 9112 forbids) cannot be represented faithfully and is dropped. */
static int wxp_head_add_field(wxp_response_head *head, const char *line, size_t len)
{
    const char *colon = memchr(line, ':', len);
    const char *value;
    size_t name_len, value_len;

    if (colon == NULL) {
        return 0;
    }
    name_len = (size_t) (colon - line);
    if (!wxp_header_name_is_valid(line, name_len)) {
        return 0;
    }
    value = colon + 1;
    value_len = len - name_len - 1;
    wxp_trim_ows(&value, &value_len);
    return wxp_headers_add(&head->headers, line, name_len, value, value_len);
}

int wxp_response_head_feed(wxp_response_head *head, const char *line, size_t len)
{
    /* libcurl hands over each line with its CRLF (or a bare LF from a sloppy server). */
    if (len > 0 && line[len - 1] == '\n') {
        len--;
    }
    if (len > 0 && line[len - 1] == '\r') {
        len--;
    }
    if (len == 0) {
        return 0;
    }
    if (len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
        return wxp_head_start(head, line, len);
    }
    if (wxp_is_ows(line[0])) {
        return wxp_head_continue(head, line, len);
    }
    return wxp_head_add_field(head, line, len);
}

/* ---- Reason phrases ---- */

const char *wxp_status_reason_phrase(int status)
{
    switch (status) {
        case 100: return "Continue";
        case 101: return "Switching Protocols";
        case 102: return "Processing";
        case 103: return "Early Hints";
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 203: return "Non-Authoritative Information";
        case 204: return "No Content";
        case 205: return "Reset Content";
        case 206: return "Partial Content";
        case 207: return "Multi-Status";
        case 208: return "Already Reported";
        case 226: return "IM Used";
        case 300: return "Multiple Choices";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 303: return "See Other";
        case 304: return "Not Modified";
        case 305: return "Use Proxy";
        case 307: return "Temporary Redirect";
        case 308: return "Permanent Redirect";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 402: return "Payment Required";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 406: return "Not Acceptable";
        case 407: return "Proxy Authentication Required";
        case 408: return "Request Timeout";
        case 409: return "Conflict";
        case 410: return "Gone";
        case 411: return "Length Required";
        case 412: return "Precondition Failed";
        case 413: return "Content Too Large";
        case 414: return "URI Too Long";
        case 415: return "Unsupported Media Type";
        case 416: return "Range Not Satisfiable";
        case 417: return "Expectation Failed";
        case 418: return "I'm a teapot";
        case 421: return "Misdirected Request";
        case 422: return "Unprocessable Content";
        case 423: return "Locked";
        case 424: return "Failed Dependency";
        case 425: return "Too Early";
        case 426: return "Upgrade Required";
        case 428: return "Precondition Required";
        case 429: return "Too Many Requests";
        case 431: return "Request Header Fields Too Large";
        case 451: return "Unavailable For Legal Reasons";
        case 500: return "Internal Server Error";
        case 501: return "Not Implemented";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        case 504: return "Gateway Timeout";
        case 505: return "HTTP Version Not Supported";
        case 506: return "Variant Also Negotiates";
        case 507: return "Insufficient Storage";
        case 508: return "Loop Detected";
        case 510: return "Not Extended";
        case 511: return "Network Authentication Required";
        default: return "";
    }
}
