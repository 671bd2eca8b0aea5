/* A very small unit-test harness for the C core: each tests/c/test_*.c is one program built by the Makefile. */
#ifndef WXP_UNIT_H
#define WXP_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed = 0;
static int unit_failed = 0;

/* Checks a condition; on failure prints where and what, and counts it. */
#define CHECK(cond) do { \
    if (cond) { unit_passed++; } \
    else { unit_failed++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

/* Checks two C strings for equality, printing both on failure. */
#define CHECK_STR(got, want) do { \
    const char *unit_g = (got), *unit_w = (want); \
    if (unit_g && unit_w && strcmp(unit_g, unit_w) == 0) { unit_passed++; } \
    else { unit_failed++; fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
        unit_g ? unit_g : "(null)", unit_w ? unit_w : "(null)"); } \
} while (0)

/* Ends main: prints the program's own summary line and returns its exit status. */
#define UNIT_DONE() (printf("%s: %d passed, %d failed\n", __FILE__, unit_passed, unit_failed), unit_failed != 0)

#endif
