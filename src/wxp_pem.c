/* wechatpay-php's key text handling (see wxp_pem.h). Where the package leans on a PHP function, the rules of
 * that function (PHP 8.2) are followed here to the byte: parse_url() for the scheme, wordwrap() for the lines,
 * base64_decode() for the PKCS#1 body. Buffers that may hold a private key are sized once, so no copy of it
 * is left behind in memory a realloc gave back, and working copies are wiped. */
#include "wxp_pem.h"

#include <stdlib.h>
#include <string.h>
#include "wxp_base64.h"
#include "wxp_buf_private.h"
#include "wxp_rsa.h"

static const wxp_pem_scheme wxp_pem_schemes[] = {
    {"private.pkcs1", "RSA PRIVATE", 16},
    {"private.pkcs8", "PRIVATE", 16},
    {"public.pkcs1", "RSA PUBLIC", 15},
    {"public.spki", "PUBLIC", 14},
};

/* The labels of the package's PEM pattern; they differ in their first word, so at most one fits a text. */
static const char *const wxp_pem_key_labels[] = {"RSA PUBLIC", "RSA PRIVATE", "PUBLIC", "PRIVATE"};

#define WXP_PEM_BEGIN "-----BEGIN "
#define WXP_PEM_END "-----END "
#define WXP_PEM_KEY_TAIL " KEY-----"
#define WXP_LIT_LEN(s) (sizeof(s) - 1)

static const char *wxp_find(const char *hay, size_t hay_len, const char *needle, size_t needle_len)
{
    const char *p = hay, *end = hay + hay_len;

    while (needle_len <= (size_t) (end - p) && (p = memchr(p, needle[0], (size_t) (end - p) - needle_len + 1)) != NULL) {
        if (memcmp(p, needle, needle_len) == 0) {
            return p;
        }
        p++;
    }
    return NULL;
}

static const char *wxp_find_last(const char *s, const char *e, char c)
{
    while (e > s) {
        if (*--e == c) {
            return e;
        }
    }
    return NULL;
}

static int wxp_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Whether parse_url() accepts the authority that starts at s in a `scheme://` URL ending at ue: its host part
 * (up to the first '/', '?' or '#', after any `user:pass@`) must hold a host of at least one byte, and a
 * `:port` after it at most five bytes that strtol() reads as 0 to 65535 (an IPv6 `[...]` host has no port).
 * parse_url() returns false, and so no scheme, for anything else. */
static int wxp_url_authority_ok(const char *s, const char *ue)
{
    const char *e = s, *at, *colon;
    char port_text[6];
    char *port_end;
    long port;

    while (e < ue && *e != '/' && *e != '?' && *e != '#') {
        e++;
    }
    if ((at = wxp_find_last(s, e, '@')) != NULL) {
        s = at + 1;
    }
    colon = s < e && *s == '[' && e[-1] == ']' ? NULL : wxp_find_last(s, e, ':');
    if (colon == NULL) {
        return e - s >= 1;
    }
    if (e - (colon + 1) > 5) {
        return 0;
    }
    if (e - (colon + 1) > 0) {
        /* strtol() as parse_url() calls it: leading white space and a sign are read, trailing bytes ignored */
        memcpy(port_text, colon + 1, (size_t) (e - (colon + 1)));
        port_text[e - (colon + 1)] = '\0';
        port = strtol(port_text, &port_end, 10);
        if (port < 0 || port > 65535 || port_end == port_text) {
            return 0;
        }
    }
    return colon - s >= 1;
}

const wxp_pem_scheme *wxp_pem_pseudo_scheme(const char *text, size_t len)
{
    const char *ue = text + len, *e, *p;
    const wxp_pem_scheme *rule = NULL;
    size_t i;

    /* the package's own tests first: a text with `file://` anywhere is a path, one without `://` no URL */
    if (wxp_find(text, len, "file://", 7) != NULL || wxp_find(text, len, "://", 3) == NULL) {
        return NULL;
    }
    /* parse_url()'s scheme is what precedes the first ':' (which "://" guarantees, two bytes before the end
     * at the latest) */
    e = memchr(text, ':', len);
    for (i = 0; i < sizeof(wxp_pem_schemes) / sizeof(wxp_pem_schemes[0]); i++) {
        if (strlen(wxp_pem_schemes[i].scheme) == (size_t) (e - text)
            && memcmp(text, wxp_pem_schemes[i].scheme, (size_t) (e - text)) == 0) {
            rule = &wxp_pem_schemes[i];
        }
    }
    if (rule == NULL) {
        return NULL;
    }
    if (e[1] != '/') {
        /* `scheme:` and up to five digits, then '/' or the end, reads as a host and port: no scheme */
        for (p = e + 1; p < ue && wxp_is_digit(*p); p++) {
        }
        return (p == ue || *p == '/') && p - e < 7 ? NULL : rule;
    }
    if (e + 2 < ue && e[2] == '/') {
        return wxp_url_authority_ok(e + 3, ue) ? rule : NULL;
    }
    return rule;
}

int wxp_pem_first_key_block(const char *text, size_t len, const char **label, const char **body, size_t *body_len)
{
    const char *p = text, *end = text + len;
    size_t i;

    while ((p = wxp_find(p, (size_t) (end - p), WXP_PEM_BEGIN, WXP_LIT_LEN(WXP_PEM_BEGIN))) != NULL) {
        const char *q = p + WXP_LIT_LEN(WXP_PEM_BEGIN);

        for (i = 0; i < sizeof(wxp_pem_key_labels) / sizeof(wxp_pem_key_labels[0]); i++) {
            const char *kind = wxp_pem_key_labels[i], *r, *dash;
            size_t klen = strlen(kind);

            if ((size_t) (end - q) < klen + WXP_LIT_LEN(WXP_PEM_KEY_TAIL) || memcmp(q, kind, klen) != 0
                || memcmp(q + klen, WXP_PEM_KEY_TAIL, WXP_LIT_LEN(WXP_PEM_KEY_TAIL)) != 0) {
                continue;
            }
            r = q + klen + WXP_LIT_LEN(WXP_PEM_KEY_TAIL);
            if (r < end && *r == '\r') {
                r++;
            }
            if (r >= end || *r != '\n') {
                break;
            }
            r++;
            /* the body runs to the first '-' (the pattern's [^-]+), which must start the END line after a LF
             * that follows at least one byte of body */
            dash = memchr(r, '-', (size_t) (end - r));
            if (dash != NULL && dash - r >= 2 && dash[-1] == '\n'
                && (size_t) (end - dash) >= WXP_LIT_LEN(WXP_PEM_END) + klen + WXP_LIT_LEN(WXP_PEM_KEY_TAIL)
                && memcmp(dash, WXP_PEM_END, WXP_LIT_LEN(WXP_PEM_END)) == 0
                && memcmp(dash + WXP_LIT_LEN(WXP_PEM_END), kind, klen) == 0
                && memcmp(dash + WXP_LIT_LEN(WXP_PEM_END) + klen, WXP_PEM_KEY_TAIL, WXP_LIT_LEN(WXP_PEM_KEY_TAIL)) == 0) {
                *label = kind;
                *body = r;
                *body_len = (size_t) (dash - 1 - r);
                return 1;
            }
            break;
        }
        p++;
    }
    return 0;
}

/* The most bytes wxp_pem_wordwrap() writes for len bytes: a break either takes a space's place or cuts a run
 * of width bytes. */
static size_t wxp_wordwrap_max(size_t len, size_t width)
{
    return len + len / width + 1;
}

int wxp_pem_wordwrap(const char *text, size_t len, size_t width, wxp_buf *out)
{
    size_t line = 0, space = 0, i;

    if (width == 0 || wxp_buf_reserve_exact(out, wxp_wordwrap_max(len, width)) != 0) {
        return -1;
    }
    out->data[out->len] = '\0'; /* an empty text appends nothing */
    /* line: where the current output line starts in text; space: the last space seen on it (or line) */
    for (i = 0; i < len; i++) {
        if (text[i] == '\n' && i + 1 < len) {
            /* a line break already there ends the line (except as the very last byte, as in PHP) */
            wxp_buf_append(out, text + line, i + 1 - line);
            line = space = i + 1;
        } else if (text[i] == ' ') {
            if (i - line >= width) {
                wxp_buf_append(out, text + line, i - line);
                wxp_buf_append_byte(out, '\n');
                line = i + 1;
            }
            space = i;
        } else if (i - line >= width && line >= space) {
            /* no space to break at on this line: cut */
            wxp_buf_append(out, text + line, i - line);
            wxp_buf_append_byte(out, '\n');
            line = space = i;
        } else if (i - line >= width && line < space) {
            wxp_buf_append(out, text + line, space - line);
            wxp_buf_append_byte(out, '\n');
            line = space = space + 1;
        }
    }
    if (line < len) {
        wxp_buf_append(out, text + line, len - line);
    }
    return 0; /* the room reserved above holds every append: none of them can fail */
}

int wxp_pem_pkcs1_to_spki_base64(const char *b64, size_t len, wxp_buf *out)
{
    unsigned char *der = malloc(WXP_BASE64_DECODED_MAX(len) + 1);
    size_t der_len, start = out->len;
    wxp_buf spki;
    int rc = -1;

    wxp_buf_init(&spki);
    if (der != NULL) {
        der_len = wxp_base64_decode_php(b64, len, der);
        if (wxp_rsa_pkcs1_to_spki(der, der_len, &spki) == 0
            && wxp_buf_reserve_exact(out, WXP_BASE64_ENCODED_LEN(spki.len)) == 0) {
            out->len += wxp_base64_encode(spki.data, spki.len, out->data + out->len);
            rc = 0;
        }
    }
    free(der);
    wxp_buf_free(&spki);
    if (rc != 0) {
        wxp_buf_truncate(out, start);
    }
    return rc;
}

/* Appends `-----BEGIN <label> KEY-----\n<body wrapped at 64>\n-----END <label> KEY-----` (the package's
 * PKEY_PEM_FORMAT). Returns 0 or -1 (out unchanged). */
static int wxp_pem_envelope(const char *label, const char *body, size_t body_len, wxp_buf *out)
{
    size_t start = out->len, label_len = strlen(label);
    size_t room = 2 * (label_len + WXP_LIT_LEN(WXP_PEM_KEY_TAIL)) + WXP_LIT_LEN(WXP_PEM_BEGIN)
                  + WXP_LIT_LEN(WXP_PEM_END) + 2 + wxp_wordwrap_max(body_len, 64);

    if (wxp_buf_reserve_exact(out, room) != 0) {
        return -1;
    }
    if (wxp_buf_printf(out, WXP_PEM_BEGIN "%s" WXP_PEM_KEY_TAIL "\n", label) != 0
        || wxp_pem_wordwrap(body, body_len, 64, out) != 0
        || wxp_buf_printf(out, "\n" WXP_PEM_END "%s" WXP_PEM_KEY_TAIL, label) != 0) {
        wxp_buf_truncate(out, start);
        return -1;
    }
    return 0;
}

/* The PEM for text that holds a pseudo-scheme (rule): its Base64 after the rule's offset, a PKCS#1 public key
 * first turned into SPKI. Returns 0 or -1 (out unchanged). */
static int wxp_pem_of_scheme(const wxp_pem_scheme *rule, const char *text, size_t len, wxp_buf *out)
{
    const char *body = rule->offset < len ? text + rule->offset : "";
    size_t body_len = rule->offset < len ? len - rule->offset : 0;
    wxp_buf spki;
    int rc;

    if (strcmp(rule->scheme, "public.pkcs1") != 0) {
        return wxp_pem_envelope(rule->label, body, body_len, out);
    }
    wxp_buf_init(&spki);
    rc = wxp_pem_pkcs1_to_spki_base64(body, body_len, &spki) == 0
             ? wxp_pem_envelope("PUBLIC", wxp_buf_cstr(&spki), spki.len, out)
             : -1;
    wxp_buf_wipe(&spki);
    return rc;
}

int wxp_pem_parse_key_text(const char *text, size_t len, int is_public, wxp_buf *out)
{
    const char *label, *body;
    const wxp_pem_scheme *rule;
    size_t body_len, i;
    wxp_buf rewritten;
    int rc;

    /* a PKCS#1 public PEM becomes `public.pkcs1://` and its body without line breaks, read on below */
    wxp_buf_init(&rewritten);
    if (is_public && wxp_pem_first_key_block(text, len, &label, &body, &body_len)
        && strcmp(label, "RSA PUBLIC") == 0) {
        if (wxp_buf_reserve_exact(&rewritten, WXP_LIT_LEN("public.pkcs1://") + body_len) != 0) {
            return -1;
        }
        wxp_buf_append_str(&rewritten, "public.pkcs1://");
        for (i = 0; i < body_len; i++) {
            if (body[i] != '\r' && body[i] != '\n') {
                wxp_buf_append_byte(&rewritten, body[i]);
            }
        }
        text = rewritten.data;
        len = rewritten.len;
    }
    rule = wxp_pem_pseudo_scheme(text, len);
    if (rule != NULL) {
        rc = wxp_pem_of_scheme(rule, text, len, out) == 0 ? 1 : -1;
    } else if (rewritten.data != NULL) {
        rc = wxp_buf_append(out, rewritten.data, rewritten.len) == 0 ? 1 : -1;
    } else {
        rc = 0;
    }
    wxp_buf_wipe(&rewritten);
    return rc;
}
