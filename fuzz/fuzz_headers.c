/* Response heads: every line libcurl could hand over (split at LF, the LF kept), fed to
 * wxp_response_head_feed; then what the head holds must be well formed, and the header-list helpers, the
 * name and value checks and the reason phrases must agree with it. */
#include "fuzz.h"
#include "wxp_headers.h"

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

static void check_head(const wxp_response_head *head)
{
    const char *reason;
    size_t i;

    FUZZ_ASSERT(head->status == 0 || (head->status >= 100 && head->status <= 999));
    for (i = 0; i < head->version.len; i++) {
        FUZZ_ASSERT((head->version.data[i] >= '0' && head->version.data[i] <= '9') || head->version.data[i] == '.');
    }
    FUZZ_ASSERT(head->reason.len == 0 || (!is_ows(head->reason.data[0]) && !is_ows(head->reason.data[head->reason.len - 1])));
    /* the phrase that stands in for an empty reason is one a response could have sent */
    reason = wxp_status_reason_phrase(head->status);
    FUZZ_ASSERT(reason != NULL && wxp_header_value_is_valid(reason, strlen(reason)));
    for (i = 0; i < head->headers.count; i++) {
        const wxp_header *h = &head->headers.items[i];
        const wxp_header *found = wxp_headers_find(&head->headers, h->name, h->name_len);

        FUZZ_ASSERT(wxp_header_name_is_valid(h->name, h->name_len));
        /* a token is a valid field value, and a valid field value is safe */
        FUZZ_ASSERT(wxp_header_value_is_valid(h->name, h->name_len));
        FUZZ_ASSERT(!wxp_header_value_is_valid(h->value, h->value_len)
                    || wxp_header_value_is_safe(h->value, h->value_len));
        FUZZ_ASSERT(h->name[h->name_len] == '\0' && h->value[h->value_len] == '\0');
        FUZZ_ASSERT(h->value_len == 0 || (!is_ows(h->value[0]) && !is_ows(h->value[h->value_len - 1])));
        /* the first of its name, case-insensitively */
        FUZZ_ASSERT(found != NULL && found <= h && found->name_len == h->name_len);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wxp_response_head head;
    wxp_header_list copy;
    const char *p = (const char *) data, *end = p + size;
    size_t i;

    wxp_response_head_init(&head);
    while (p < end) {
        const char *lf = memchr(p, '\n', (size_t) (end - p));
        size_t len = lf != NULL ? (size_t) (lf - p) + 1 : (size_t) (end - p);

        (void) wxp_response_head_feed(&head, p, len);
        p += len;
    }
    check_head(&head);

    /* copy the fields, then remove each name: the list must end empty */
    wxp_headers_init(&copy);
    for (i = 0; i < head.headers.count; i++) {
        const wxp_header *h = &head.headers.items[i];

        FUZZ_ASSERT(wxp_headers_add(&copy, h->name, h->name_len, h->value, h->value_len) == 0);
    }
    while (copy.count > 0) {
        size_t before = copy.count;
        char *name = fuzz_strndup(copy.items[0].name, copy.items[0].name_len);

        wxp_headers_remove(&copy, name, strlen(name));
        FUZZ_ASSERT(copy.count < before && wxp_headers_find(&copy, name, strlen(name)) == NULL);
        free(name);
    }
    wxp_headers_free(&copy);
    wxp_response_head_free(&head);
    return 0;
}
