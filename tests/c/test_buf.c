/* Unit tests of wxp_buf.c's sizing: exact reservations and appends bounded in length and in memory. */
#include "unit.h"
#include "wxp_buf.h"

static void test_append_grows_and_terminates(void)
{
    wxp_buf b;

    wxp_buf_init(&b);
    CHECK_STR(wxp_buf_cstr(&b), "");
    CHECK(wxp_buf_append(&b, "abc", 3) == 0);
    CHECK(wxp_buf_append_str(&b, "de") == 0);
    CHECK(wxp_buf_append_byte(&b, 'f') == 0);
    CHECK(wxp_buf_printf(&b, "%d", 42) == 0);
    CHECK_STR(wxp_buf_cstr(&b), "abcdef42");
    CHECK(b.len == 8 && b.cap >= 9);
    wxp_buf_free(&b);
    CHECK(b.data == NULL && b.len == 0 && b.cap == 0);
}

static void test_reserve_exact(void)
{
    wxp_buf b;

    wxp_buf_init(&b);
    CHECK(wxp_buf_reserve_exact(&b, 100000) == 0);
    CHECK(b.cap == 100001); /* what 100000 bytes and the NUL need, no doubling slack */
    CHECK(b.len == 0);
    CHECK(wxp_buf_append(&b, "x", 1) == 0);
    CHECK(b.cap == 100001);
    /* Room already there: nothing changes. */
    CHECK(wxp_buf_reserve_exact(&b, 10) == 0);
    CHECK(b.cap == 100001);
    /* More than there is: grows to exactly what is needed. */
    CHECK(wxp_buf_reserve_exact(&b, 200000) == 0);
    CHECK(b.cap == 200002);
    CHECK_STR(wxp_buf_cstr(&b), "x");
    wxp_buf_free(&b);
}

static void test_append_bounded(void)
{
    char piece[1000];
    wxp_buf b;
    int i, rc = 0;

    memset(piece, 'p', sizeof(piece));
    wxp_buf_init(&b);
    /* 2500 bytes at most: doubling would reach 4096 bytes of memory; the bound keeps it at 2501. */
    for (i = 0; i < 2; i++) {
        CHECK(wxp_buf_append_bounded(&b, piece, sizeof(piece), 2500) == 0);
    }
    CHECK(b.len == 2000);
    CHECK(b.cap <= 2501);
    CHECK(wxp_buf_append_bounded(&b, piece, 500, 2500) == 0);
    CHECK(b.len == 2500 && b.cap == 2501);
    /* One byte more is refused, and nothing is appended. */
    CHECK(wxp_buf_append_bounded(&b, piece, 1, 2500) == 1);
    CHECK(b.len == 2500 && b.cap == 2501);
    CHECK(b.data[2500] == '\0');
    wxp_buf_free(&b);

    /* An append larger than the bound on its own, and bounds that would overflow. */
    CHECK(wxp_buf_append_bounded(&b, piece, sizeof(piece), 999) == 1);
    CHECK(b.len == 0 && b.data == NULL);
    CHECK(wxp_buf_append_bounded(&b, piece, 10, (size_t) -1) == 0);
    CHECK(b.len == 10);
    CHECK(wxp_buf_append_bounded(&b, piece, 0, 10) == 0);
    CHECK(wxp_buf_append_bounded(&b, piece, 1, 10) == 1);
    /* Below 64 bytes the first allocation is the bound itself. */
    wxp_buf_free(&b);
    for (i = 0; i < 20 && rc == 0; i++) {
        rc = wxp_buf_append_bounded(&b, piece, 1, 20);
    }
    CHECK(rc == 0 && b.len == 20 && b.cap == 21);
    wxp_buf_free(&b);
}

int main(void)
{
    test_append_grows_and_terminates();
    test_reserve_exact();
    test_append_bounded();
    return UNIT_DONE();
}
