/* The failover policy's rules: classification of results, requests safe to repeat, backoff, origins, and the
 * list of origins to avoid. */
#include "unit.h"
#include "wxp_failover.h"

static wxp_failover_kind classify(int curl_code, int status, int port, double connect)
{
    wxp_http_result r;

    memset(&r, 0, sizeof(r));
    r.curl_code = curl_code;
    r.head.status = status;
    r.primary_port = port;
    r.times.connect = connect;
    return wxp_failover_classify(&r);
}

static int repeatable(const char *method, const char *target)
{
    return wxp_failover_repeatable(method, target, strlen(target));
}

int main(void)
{
    wxp_failover_avoid *avoid;
    const char *url = "https://api2.mch.weixin.qq.com:443/v3/certificates?x=1";

    CHECK(classify(0, 200, 443, 0.1) == WXP_FAILOVER_FINAL);
    CHECK(classify(0, 404, 443, 0.1) == WXP_FAILOVER_FINAL);
    CHECK(classify(0, 429, 443, 0.1) == WXP_FAILOVER_FINAL);
    CHECK(classify(0, 500, 443, 0.1) == WXP_FAILOVER_REPEATABLE);
    CHECK(classify(0, 503, 443, 0.1) == WXP_FAILOVER_REPEATABLE);
    CHECK(classify(6, 0, 0, 0) == WXP_FAILOVER_NOT_SENT);
    CHECK(classify(7, 0, 0, 0) == WXP_FAILOVER_NOT_SENT);
    CHECK(classify(35, 0, 443, 0.01) == WXP_FAILOVER_NOT_SENT);
    CHECK(classify(28, 0, 0, 0) == WXP_FAILOVER_NOT_SENT);      /* connect timeout */
    CHECK(classify(28, 0, 443, 0.01) == WXP_FAILOVER_REPEATABLE); /* timed out after connecting */
    CHECK(classify(52, 0, 443, 0.01) == WXP_FAILOVER_REPEATABLE);
    CHECK(classify(56, 0, 443, 0.01) == WXP_FAILOVER_REPEATABLE);
    CHECK(classify(60, 0, 443, 0.01) == WXP_FAILOVER_FINAL);      /* a certificate refused: no retry helps */
    CHECK(classify(63, 0, 443, 0.01) == WXP_FAILOVER_FINAL);

    CHECK(repeatable("GET", "/v3/pay/transactions/id/1?mchid=1"));
    CHECK(repeatable("get", "/v3/certificates"));
    CHECK(repeatable("HEAD", "/"));
    CHECK(repeatable("POST", "/v3/pay/transactions/out-trade-no/abc/close"));
    CHECK(repeatable("POST", "/v3/pay/partner/transactions/out-trade-no/abc/close?x=1"));
    CHECK(!repeatable("POST", "/v3/pay/transactions/native"));
    CHECK(!repeatable("POST", "/v3/refund/domestic/refunds"));
    CHECK(!repeatable("POST", "/v3/pay/transactions/out-trade-no//close"));
    CHECK(!repeatable("POST", "/v3/pay/transactions/out-trade-no/a/b/close"));
    CHECK(!repeatable("PUT", "/v3/pay/transactions/out-trade-no/abc/close"));
    CHECK(!repeatable("DELETE", "/v3/x"));

    CHECK(wxp_failover_backoff_ms(200, 0, 0.5) == 200);
    CHECK(wxp_failover_backoff_ms(200, 0, 0.0) == 100);
    CHECK(wxp_failover_backoff_ms(200, 1, 0.5) == 400);
    CHECK(wxp_failover_backoff_ms(200, 2, 0.99) >= 1190 && wxp_failover_backoff_ms(200, 2, 0.99) < 1200);
    CHECK(wxp_failover_backoff_ms(1000, 40, 0.9) == 60000);
    CHECK(wxp_failover_backoff_ms(0, 3, 0.7) == 0);

    CHECK(wxp_failover_origin_len(url) == strlen("https://api2.mch.weixin.qq.com:443"));
    CHECK(wxp_failover_origin_len("http://127.0.0.1:8080") == strlen("http://127.0.0.1:8080"));
    CHECK(wxp_failover_origin_len("HTTP://h?q") == strlen("HTTP://h"));
    CHECK(wxp_failover_origin_len("ftp://h/") == 0);

    avoid = wxp_failover_avoid_new();
    CHECK(avoid != NULL);
    CHECK(!wxp_failover_avoided(avoid, "http://a", 8, 0));
    wxp_failover_avoid_mark(avoid, "http://a", 8, 1000);
    CHECK(wxp_failover_avoided(avoid, "http://a", 8, 999));
    CHECK(wxp_failover_avoided(avoid, "HTTP://A", 8, 999));
    CHECK(!wxp_failover_avoided(avoid, "http://a", 8, 1000));
    CHECK(!wxp_failover_avoided(avoid, "http://ab", 9, 0));
    wxp_failover_avoid_mark(avoid, "http://a", 8, 5000);
    CHECK(wxp_failover_avoided(avoid, "http://a", 8, 4000));
    wxp_failover_avoid_forget(avoid, "http://a", 8);
    CHECK(!wxp_failover_avoided(avoid, "http://a", 8, 0));
    {
        char name[32];
        int i;

        for (i = 0; i < 70; i++) {
            snprintf(name, sizeof(name), "http://h%d", i);
            wxp_failover_avoid_mark(avoid, name, strlen(name), 100 + i);
        }
        CHECK(!wxp_failover_avoided(avoid, "http://h0", 9, 0)); /* the earliest ending were dropped */
        CHECK(wxp_failover_avoided(avoid, "http://h69", 10, 0));
    }
    wxp_failover_avoid_free(avoid);
    wxp_failover_avoid_free(NULL);
    return UNIT_DONE();
}
