/* HTTP header lists: request headers the caller builds and response heads parsed from raw header lines, with the
 * checks of header names and values and the standard reason phrases. */
#ifndef WXP_HEADERS_H
#define WXP_HEADERS_H

#include <stddef.h>
#include "wxp_buf.h"

typedef struct wxp_header {
    char *name;  size_t name_len;   /* as received or given, NUL-terminated */
    char *value; size_t value_len;  /* without surrounding whitespace, NUL-terminated; in name's allocation */
} wxp_header;

typedef struct wxp_header_list {
    wxp_header *items;
    size_t count;
    size_t cap;
} wxp_header_list;

/* Makes an empty list. */
void wxp_headers_init(wxp_header_list *list);

/* Appends a copy of name and value. Returns 0, or -1 when memory ran out. */
int wxp_headers_add(wxp_header_list *list, const char *name, size_t name_len, const char *value, size_t value_len);

/* Removes every header whose name equals name case-insensitively. */
void wxp_headers_remove(wxp_header_list *list, const char *name, size_t name_len);

/* Returns the first header named name (case-insensitive), or NULL. */
const wxp_header *wxp_headers_find(const wxp_header_list *list, const char *name, size_t name_len);

/* Frees every entry and re-initialises the list. */
void wxp_headers_free(wxp_header_list *list);

/* Returns 1 when name is a non-empty RFC 9110 token (the only characters a header name may hold), else 0. */
int wxp_header_name_is_valid(const char *name, size_t len);

/* Returns 1 when name (case-insensitive) frames the request or steers its connection, which the HTTP engine
 * alone may decide: Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade,
 * Keep-Alive or Proxy-Connection. Returns 0 for every other name. */
int wxp_header_is_framing(const char *name, size_t len);

/* Returns 1 when value holds no CR, LF or NUL (the bytes that would split a header or a request line, or end a C
 * string), else 0. */
int wxp_header_value_is_safe(const char *value, size_t len);

/* Returns 1 when value is an RFC 9110 field value without obs-fold (SP, HTAB, VCHAR and obs-text 0x80-0xFF only,
 * so no CR, LF, NUL, DEL or other control byte; empty allowed), else 0. */
int wxp_header_value_is_valid(const char *value, size_t len);

/* A parsed response head: status line and header fields. */
typedef struct wxp_response_head {
    int status;            /* 0 until a status line was read */
    wxp_buf version;       /* "1.1", "2" ... */
    wxp_buf reason;        /* reason phrase, may be empty */
    wxp_header_list headers;
} wxp_response_head;

/* Makes an empty head. */
void wxp_response_head_init(wxp_response_head *head);

/* Feeds one raw header line as libcurl delivers it (CRLF included). A status line (`HTTP/x y reason`) starts
 * a new head, discarding an earlier one (1xx, proxy CONNECT); `Name: value` adds a field (OWS trimmed); a
 * line starting with SP/HTAB continues the previous value; the blank line is ignored. Returns 0, or -1 on a
 * malformed status line or when memory ran out. */
int wxp_response_head_feed(wxp_response_head *head, const char *line, size_t len);

/* Frees the head's memory and re-initialises it. */
void wxp_response_head_free(wxp_response_head *head);

/* Returns the reason phrase of status in the IANA HTTP Status Code Registry (e.g. "Not Found" for 404; also 418
 * "I'm a teapot", as Guzzle has it), or "" when there is none. */
const char *wxp_status_reason_phrase(int status);

#endif
