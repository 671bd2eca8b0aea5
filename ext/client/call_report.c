/* Reporting a finished transfer, from the loop once its outcome is made (never from inside libcurl): the
 * `debug` option's trace is written, then the `on_stats` callable is called with Guzzle's TransferStats or
 * ours, once per transfer, success or failure. What it throws fails the call, as a throw from Guzzle's curl
 * handler's on_stats does. */
#include "php.h"
#include "zend_exceptions.h"
#include "client/call.h"
#include "http/response.h"
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

/* Writes the transfer's trace to the `debug` stream (STDERR for true), as Guzzle's curl handler has libcurl
 * write its verbose output there. A stream closed meanwhile gets nothing. */
static void write_trace(const php_wechatpay_call *call, const wxp_http_result *result)
{
    php_stream *stream = NULL;

    if (Z_ISUNDEF(call->debug) || result == NULL || result->trace.len == 0) {
        return;
    }
    if (Z_TYPE(call->debug) == IS_RESOURCE) {
        php_stream_from_zval_no_verify(stream, (zval *) &call->debug);
        if (stream) {
            php_stream_write(stream, wxp_buf_cstr(&result->trace), result->trace.len);
        }
        return;
    }
    stream = php_stream_open_wrapper_ex("php://stderr", "wb", 0, NULL, NULL);
    if (stream) {
        php_stream_write(stream, wxp_buf_cstr(&result->trace), result->trace.len);
        php_stream_close(stream);
    }
}

bool php_wechatpay_call_report(const php_wechatpay_call *call, const wxp_http_result *result, bool fulfilled,
                               zval *outcome)
{
    php_wechatpay_transfer_facts facts;
    zval response, stats, retval;

    write_trace(call, result);
    if (EG(exception)) { /* a user stream wrapper threw, or exit() */
        zval_ptr_dtor(outcome);
        ZVAL_UNDEF(outcome);
        if (!php_wechatpay_exiting()) {
            php_wechatpay_take_exception(outcome);
        }
        return false;
    }
    if (Z_ISUNDEF(call->on_stats.value)) {
        return fulfilled;
    }
    if (fulfilled || php_wechatpay_response_rejection(outcome)) { /* a rejected APIv2 answer is its own reason */
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
