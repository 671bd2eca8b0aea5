/* Base64 (RFC 4648, standard alphabet) into caller-sized buffers: encoding with padding, and decoding with
 * the exact forgiving rules of PHP's base64_decode() without $strict, which wechatpay-php relies on. */
#ifndef WXP_BASE64_H
#define WXP_BASE64_H

#include <stddef.h>

/* Bytes wxp_base64_encode() writes for len input bytes, not counting the NUL it adds. */
#define WXP_BASE64_ENCODED_LEN(len) (((len) + 2) / 3 * 4)

/* Bytes wxp_base64_decode_php() may write for len input characters (an upper bound). */
#define WXP_BASE64_DECODED_MAX(len) ((len) / 4 * 3 + 3)

/* Writes the padded Base64 of len bytes plus a NUL to out (WXP_BASE64_ENCODED_LEN(len) + 1 bytes) and
 * returns the text's length. */
size_t wxp_base64_encode(const void *bytes, size_t len, char *out);

/* Decodes as PHP's base64_decode($text) (non-strict) does: every '=' and every character outside the
 * alphabet is skipped wherever it is, the remaining characters are read as one stream of 6-bit groups,
 * and a final partial byte is dropped; it never fails. Writes to out (WXP_BASE64_DECODED_MAX(len) bytes;
 * out may be text itself, decoding in place) and returns the number of bytes decoded. */
size_t wxp_base64_decode_php(const char *text, size_t len, void *out);

#endif
