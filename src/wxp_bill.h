/* A bill's body read piece by piece, in fixed memory whatever its size: gunzipped when it is gzip (it starts
 * with gzip's magic bytes 1f 8b), its SHA-1 computed over the bill itself (the uncompressed bytes, which is
 * what WeChat Pay's hash_value covers), and the bill handed to a writer in pieces of at most WXP_BILL_CHUNK. */
#ifndef WXP_BILL_H
#define WXP_BILL_H

#include <stddef.h>
#include <stdint.h>
#include <openssl/evp.h>
#include <zlib.h>
#include "wxp_err.h"

/* The most bytes handed to the writer at once (the inflate output buffer). */
#define WXP_BILL_CHUNK ((size_t) 64 * 1024)

/* Room for a SHA-1 as lower-case hex plus a NUL. */
#define WXP_BILL_SHA1_HEX 41

/* Takes len bytes of the bill; returns 0, or -1 when they could not be written (the writer keeps its reason). */
typedef int (*wxp_bill_write_fn)(void *user, const void *bytes, size_t len);

typedef struct wxp_bill {
    wxp_bill_write_fn write;
    void *user;
    int expect_gzip;          /* the answer said application/x-gzip: a body without the magic bytes is refused */
    int gzip;                 /* -1 until the first two bytes are in, then 0 (plain) or 1 (gzip) */
    int member_done;          /* gzip: the last member ended (its CRC and length checked by zlib) */
    unsigned char head[2];    /* the first byte, kept until the second tells plain from gzip */
    size_t head_len;
    z_stream z;
    int z_open;
    EVP_MD_CTX *sha1;
    unsigned char *out;       /* WXP_BILL_CHUNK bytes of inflated output */
    uint64_t in_bytes;        /* bytes fed (compressed, for a gzip bill) */
    uint64_t bill_bytes;      /* bytes of the bill handed to the writer */
    int write_failed;         /* the writer returned -1 (its own reason says why) */
} wxp_bill;

/* Starts reading a bill whose pieces go to write(user, ...); expect_gzip: the answer's Content-Type said gzip.
 * Returns 0, or -1 with err set and b left safe to free. */
int wxp_bill_begin(wxp_bill *b, int expect_gzip, wxp_bill_write_fn write, void *user, wxp_err *err);

/* Feeds the next len bytes of the body. Returns 0, or -1 with err set: corrupt gzip, data after the gzip
 * stream that is no further gzip member, or the writer failed (then b->write_failed is set). */
int wxp_bill_feed(wxp_bill *b, const void *bytes, size_t len, wxp_err *err);

/* Ends the body: a gzip bill must have ended exactly (not truncated). Writes the bill's SHA-1 as lower-case
 * hex into hex (WXP_BILL_SHA1_HEX bytes). Returns 0, or -1 with err set. */
int wxp_bill_finish(wxp_bill *b, char *hex, wxp_err *err);

/* Releases everything b holds (after finish or instead of it). */
void wxp_bill_free(wxp_bill *b);

/* Returns 1 when hex (hex_len bytes, any case) is the SHA-1 written by wxp_bill_finish, compared in constant
 * time; 0 otherwise (also when hex is not 40 hex digits). */
int wxp_bill_sha1_equals(const char *sha1_hex, const char *hex, size_t hex_len);

#endif
