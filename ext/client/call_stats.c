/* The `on_stats` option: called once per transfer, success or failure, from the loop once the outcome is made
 * (never from inside libcurl), with Guzzle's TransferStats or ours. What it throws fails the call, as a throw
 * from Guzzle's curl handler's on_stats does. */
#include "php.h"
#include "zend_exceptions.h"
#include "client/call.h"
#include "http/exceptions.h"
#include "http/transfer_stats.h"

/* The response a rejected outcome carries (getResponse() of a RequestException), in out; NULL when none. */
static void outcome_response(zval *outcome, zval *out)
{
    ZVAL_NULL(out);
    if (Z_TYPE_P(outcome) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE_P(outcome)->function_table, ZEND_STRL("getresponse"))
        && php_wechatpay_call_method(Z_OBJ_P(outcome), "getResponse", out, 0, NULL) == FAILURE) {
        ZVAL_NULL(out);
    }
}

bool php_wechatpay_call_report_stats(const php_wechatpay_call *call, const wxp_http_result *result, bool fulfilled,
                                     zval *outcome)
{
    php_wechatpay_transfer_facts facts;
    zval response, stats, retval;

    if (Z_ISUNDEF(call->on_stats.value)) {
        return fulfilled;
    }
    if (fulfilled) {
        ZVAL_COPY(&response, outcome);
    } else {
        outcome_response(outcome, &response);
        if (EG(exception)) {
            zend_clear_exception(); /* a failed getResponse() leaves the stats without a response */
        }
    }
    facts.method = call->method;
    facts.url = wxp_buf_cstr(&call->url);
    facts.headers = &call->headers;
    facts.body = call->body;
    facts.response = Z_TYPE(response) == IS_OBJECT ? &response : NULL;
    facts.result = result;
    facts.error_code = result ? result->curl_code : 0;
    if (php_wechatpay_transfer_stats_create(&stats, &facts) == SUCCESS) {
        if (php_wechatpay_callable_call(&call->on_stats, &retval, 1, &stats) == SUCCESS) {
            zval_ptr_dtor(&retval);
        }
        zval_ptr_dtor(&stats);
    }
    zval_ptr_dtor(&response);
    if (!EG(exception)) {
        return fulfilled;
    }
    zval_ptr_dtor(outcome);
    ZVAL_UNDEF(outcome);
    if (!php_wechatpay_exiting()) {
        php_wechatpay_take_exception(outcome);
    }
    return false;
}
