/* wechatpay-php's key text handling (the private Rsa::parse() that Rsa::from() runs before PHP's
 * openssl_pkey_get_public()/_private()), as plain string work: the pseudo-schemes `private.pkcs1://`,
 * `private.pkcs8://`, `public.pkcs1://` and `public.spki://` followed by bare Base64 become PEM, and a PKCS#1
 * `RSA PUBLIC KEY` PEM loaded as a public key becomes SPKI. Every output is byte for byte what the package's
 * PHP makes (parse_url() finds the scheme, wordwrap() cuts the lines, base64_decode() reads the Base64), so
 * PHP's openssl functions accept and refuse exactly what they would under the package. Nothing here parses a
 * key: a malformed body comes out as a malformed PEM, for OpenSSL to refuse. */
#ifndef WXP_PEM_H
#define WXP_PEM_H

#include <stddef.h>
#include "wxp_buf.h"

/* A pseudo-scheme the package knows: the PEM label its Base64 is wrapped in (before ` KEY`), and where the
 * Base64 starts (the package cuts at a fixed offset, the length of `<scheme>://`, whatever follows the
 * scheme). */
typedef struct wxp_pem_scheme {
    const char *scheme; /* "private.pkcs1", "private.pkcs8", "public.pkcs1" or "public.spki" */
    const char *label;  /* "RSA PRIVATE", "PRIVATE", "RSA PUBLIC" or "PUBLIC" */
    size_t offset;      /* strlen(scheme) + 3 */
} wxp_pem_scheme;

/* Returns the pseudo-scheme the package reads in text (the scheme PHP's parse_url() finds, in a text that
 * holds `://` and no `file://` anywhere), or NULL for any other text. */
const wxp_pem_scheme *wxp_pem_pseudo_scheme(const char *text, size_t len);

/* Finds the first key block the package's pattern matches (`-----BEGIN <label> KEY-----`, CR? LF, a body
 * without '-', CR? LF, `-----END <label> KEY-----`, label one of RSA PUBLIC, RSA PRIVATE, PUBLIC, PRIVATE),
 * setting *label (a static string) and the body (its last CR kept, its last LF not); returns 1, or 0 when no
 * block matches. */
int wxp_pem_first_key_block(const char *text, size_t len, const char **label, const char **body, size_t *body_len);

/* Appends text wrapped as PHP's wordwrap(text, width, "\n", true) wraps it (lines cut at spaces or, lacking
 * one, at width bytes; line breaks already there kept), returning 0, or -1 when width is 0 or memory ran out
 * (out then unchanged). */
int wxp_pem_wordwrap(const char *text, size_t len, size_t width, wxp_buf *out);

/* Appends the Base64 SPKI wrapping of a Base64 PKCS#1 public key as Rsa::pkcs1ToSpki() makes it (the input
 * decoded by base64_decode()'s forgiving rules, wrapped unchecked), returning 0, or -1 when memory ran out
 * (out then unchanged). */
int wxp_pem_pkcs1_to_spki_base64(const char *b64, size_t len, wxp_buf *out);

/* Rewrites a key string as the package's parse() does for a private key (is_public 0) or a public key
 * (is_public 1), appending the new text to out and wiping its working copies: returns 1 when rewritten, 0
 * when the text stays as it is (nothing appended), or -1 when memory ran out (out unchanged). */
int wxp_pem_parse_key_text(const char *text, size_t len, int is_public, wxp_buf *out);

#endif
