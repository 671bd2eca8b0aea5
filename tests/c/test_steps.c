/* Step normalisation: every rule of wechatpay-php's Builder::normalize(), including its quirks. */
#include "unit.h"
#include "wxp_steps.h"

/* Normalises step (strlen) into a fresh buffer and compares. */
static void check_step(const char *step, const char *want)
{
    wxp_buf out;

    wxp_buf_init(&out);
    CHECK(wxp_step_normalize(step, strlen(step), &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), want);
    CHECK(out.len == strlen(want));
    wxp_buf_free(&out);
}

static void test_compat_examples(void)
{
    /* the examples of wechatpay-php-compat.md */
    check_step("membercardOpen", "membercard-open");
    check_step("_card_id_", "{card_id}");
    check_step("MerchantService", "merchant-service");
    check_step("ComplaintsV2", "complaints-v2");
    check_step("foo2Bar", "foo2-bar");
    check_step("_cardId_", "{card-id}");
    check_step("{+url}", "{+url}");
    check_step("{openid}/coupons", "{openid}/coupons");
}

static void test_capitals(void)
{
    check_step("v3", "v3");
    check_step("transactions", "transactions");
    check_step("", "");
    check_step("A", "a");
    check_step("ABC", "a-b-c");
    check_step("aB", "a-b");
    check_step("payScore", "pay-score");
    check_step("already-kebab", "already-kebab");
    check_step("UPPER", "u-p-p-e-r");
    /* a multi-segment step is one string: only its very first byte counts as leading */
    check_step("v3/merchantService/complaintsV2", "v3/merchant-service/complaints-v2");
    check_step("Foo/Bar", "foo/-bar");
    check_step("v3/pay/transactions/native", "v3/pay/transactions/native");
    /* only ASCII capitals change; other bytes pass through */
    check_step("\xE4\xB8\xAD" "Ab", "\xE4\xB8\xAD" "-ab");
    check_step("\xC3\x84x", "\xC3\x84x");
    /* faithful to PHP: percent-encoding in a step is kebabed too (write it lower-case, or use a placeholder) */
    check_step("a%2Fb", "a%2-fb");
}

static void test_placeholders(void)
{
    check_step("_a_", "{a}");
    check_step("__", "{}");
    check_step("_", "_");
    check_step("___", "{_}");
    check_step("_A_", "{-a}");
    check_step("_out_trade_no_", "{out_trade_no}");
    check_step("_outTradeNo_", "{out-trade-no}");
    /* the whole step must have the form: a segment inside does not count */
    check_step("v3/_id_", "v3/_id_");
    check_step("_a_b", "_a_b");
    check_step("a_b_", "a_b_");
    check_step("_a_/_b_", "{a_/_b}");
    /* PCRE: `.` does not match LF, `$` also matches before a final LF */
    check_step("_a\n_", "_a\n_");
    check_step("_a_\n", "{a}\n");
    check_step("_a_\n\n", "_a_\n\n");
}

static void test_appends_and_bounds(void)
{
    wxp_buf out;

    wxp_buf_init(&out);
    CHECK(wxp_buf_append_str(&out, "v3/") == 0);
    CHECK(wxp_step_normalize("payScore", 8, &out) == 0);
    CHECK(wxp_buf_append_byte(&out, '/') == 0);
    CHECK(wxp_step_normalize("_serviceId_", 11, &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "v3/pay-score/{service-id}");

    /* only len bytes are read */
    wxp_buf_reset(&out);
    CHECK(wxp_step_normalize("fooBarXYZ", 6, &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "foo-bar");
    wxp_buf_reset(&out);
    CHECK(wxp_step_normalize("_id_tail", 4, &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "{id}");

    /* embedded NUL bytes are data */
    wxp_buf_reset(&out);
    CHECK(wxp_step_normalize("a\0B", 3, &out) == 0);
    CHECK(out.len == 4 && memcmp(out.data, "a\0-b", 4) == 0);
    wxp_buf_free(&out);
}

int main(void)
{
    test_compat_examples();
    test_capitals();
    test_placeholders();
    test_appends_and_bounds();
    return UNIT_DONE();
}
