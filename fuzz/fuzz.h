/* Helpers shared by the libFuzzer targets (one fuzz_*.c per parser of src/, built by scripts/fuzz.sh): carving
 * one input into fields, and an invariant check that crashes, so libFuzzer keeps the input that broke it. */
#ifndef WXP_FUZZ_H
#define WXP_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Aborts with the condition's text when an invariant does not hold: a finding, like a sanitizer report. */
#define FUZZ_ASSERT(cond) do { \
    if (!(cond)) { \
        fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
        abort(); \
    } \
} while (0)

/* The part of the input not consumed yet. */
typedef struct fuzz_input {
    const char *p;
    size_t n;
} fuzz_input;

static inline fuzz_input fuzz_input_of(const uint8_t *data, size_t size)
{
    fuzz_input in;

    in.p = (const char *) data;
    in.n = size;
    return in;
}

/* Takes one byte (0 once the input is used up). */
static inline unsigned char fuzz_take_byte(fuzz_input *in)
{
    unsigned char b;

    if (in->n == 0) {
        return 0;
    }
    b = (unsigned char) in->p[0];
    in->p++;
    in->n--;
    return b;
}

/* Takes the bytes up to the next separator byte sep (not included, and consumed), or all that is left.
 * Returns 1 when a field was taken, 0 when the input was already used up. */
static inline int fuzz_take_field(fuzz_input *in, char sep, const char **field, size_t *len)
{
    const char *hit;

    if (in->n == 0 && in->p == NULL) {
        return 0;
    }
    hit = in->n > 0 ? memchr(in->p, sep, in->n) : NULL;
    *field = in->p != NULL ? in->p : "";
    if (hit == NULL) {
        *len = in->n;
        in->p = NULL; /* the last field was taken */
        in->n = 0;
    } else {
        *len = (size_t) (hit - in->p);
        in->p = hit + 1;
        in->n -= *len + 1;
    }
    return 1;
}

/* A malloc'ed NUL-terminated copy of len bytes (for the C-string parameters); aborts when memory ran out. */
static inline char *fuzz_strndup(const char *bytes, size_t len)
{
    char *copy = malloc(len + 1);

    FUZZ_ASSERT(copy != NULL);
    if (len > 0) {
        memcpy(copy, bytes, len);
    }
    copy[len] = '\0';
    return copy;
}

#endif
