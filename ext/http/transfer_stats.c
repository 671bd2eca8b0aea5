/* WeChatPay\Http\TransferStats, and making the object the `on_stats` option's callable receives: Guzzle's own
 * GuzzleHttp\TransferStats over a GuzzleHttp\Psr7\Request of the request as sent, when both classes can be
 * loaded (an app written for wechatpay-php may type its callable against it), else ours. Its handler stats
 * use curl_getinfo()'s names, as Guzzle's curl handler gives them. */
#include "php.h"
#include "http/transfer_stats.h"
#include "http/sent_request.h"
#include "support/php_call.h"
#include "support/request_classes.h"
#include "http/transfer_stats_arginfo.h"

static zend_class_entry *transfer_stats_ce;

zend_result php_wechatpay_transfer_stats_minit(INIT_FUNC_ARGS)
{
    transfer_stats_ce = register_class_WeChatPay_Http_TransferStats();
    return SUCCESS;
}

/* curl_getinfo()'s names for what the transfer recorded. */
static void handler_stats(zval *out, const php_wechatpay_transfer_facts *facts)
{
    const wxp_http_result *result = facts->result;

    array_init(out);
    add_assoc_string(out, "url", (char *) facts->url);
    add_assoc_long(out, "http_code", result ? result->head.status : 0);
    add_assoc_double(out, "total_time", result ? result->times.total : 0.0);
    add_assoc_double(out, "connect_time", result ? result->times.connect : 0.0);
    add_assoc_double(out, "appconnect_time", result ? result->times.tls : 0.0);
    add_assoc_double(out, "starttransfer_time", result ? result->times.first_byte : 0.0);
    add_assoc_string(out, "primary_ip", result ? (char *) result->primary_ip : "");
    add_assoc_long(out, "primary_port", result ? result->primary_port : 0);
    add_assoc_long(out, "size_upload", facts->body ? (zend_long) ZSTR_LEN(facts->body) : 0);
    add_assoc_long(out, "size_download", result ? (zend_long) (result->body.len + result->spool.size) : 0);
    add_assoc_long(out, "redirect_count", 0);
}

static zend_result make_guzzle_stats(zval *out, zend_class_entry *ce, zval *request, zval *stats,
                                     const php_wechatpay_transfer_facts *facts)
{
    zval args[5], retval;
    zend_result result;

    ZVAL_COPY_VALUE(&args[0], request);
    if (facts->response) {
        ZVAL_COPY_VALUE(&args[1], facts->response);
    } else {
        ZVAL_NULL(&args[1]);
    }
    if (facts->result) {
        ZVAL_DOUBLE(&args[2], facts->result->times.total);
    } else {
        ZVAL_NULL(&args[2]);
    }
    ZVAL_LONG(&args[3], facts->error_code);
    ZVAL_COPY_VALUE(&args[4], stats);
    object_init_ex(out, ce);
    result = php_wechatpay_call_method(Z_OBJ_P(out), "__construct", &retval, 5, args);
    if (result == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    zval_ptr_dtor(&retval);
    return SUCCESS;
}

static void make_own_stats(zval *out, zval *request, zval *stats, const php_wechatpay_transfer_facts *facts)
{
    zend_object *obj;

    object_init_ex(out, transfer_stats_ce);
    obj = Z_OBJ_P(out);
    zend_update_property(transfer_stats_ce, obj, ZEND_STRL("request"), request);
    zend_update_property_string(transfer_stats_ce, obj, ZEND_STRL("uri"), facts->url);
    if (facts->response) {
        zend_update_property(transfer_stats_ce, obj, ZEND_STRL("response"), facts->response);
    }
    if (facts->result) {
        zend_update_property_double(transfer_stats_ce, obj, ZEND_STRL("transferTime"), facts->result->times.total);
    }
    zend_update_property_long(transfer_stats_ce, obj, ZEND_STRL("handlerErrorData"), facts->error_code);
    zend_update_property(transfer_stats_ce, obj, ZEND_STRL("handlerStats"), stats);
}

zend_result php_wechatpay_transfer_stats_create(zval *out, const php_wechatpay_transfer_facts *facts)
{
    zend_class_entry *request_ce = php_wechatpay_request_class_lookup("GuzzleHttp\\Psr7\\Request", true);
    zend_class_entry *stats_ce = NULL;
    zval request, stats;
    zend_result result = SUCCESS;

    ZVAL_NULL(&request);
    ZVAL_UNDEF(out);
    if (EG(exception) || (request_ce && php_wechatpay_sent_request(&request, request_ce, facts->method, facts->url,
                                                                   strlen(facts->url), facts->headers, facts->body) == FAILURE)) {
        return FAILURE;
    }
    if (request_ce && (stats_ce = php_wechatpay_request_class_lookup("GuzzleHttp\\TransferStats", true)) == NULL
        && EG(exception)) {
        zval_ptr_dtor(&request);
        return FAILURE;
    }
    handler_stats(&stats, facts);
    if (stats_ce) {
        result = make_guzzle_stats(out, stats_ce, &request, &stats, facts);
    } else {
        make_own_stats(out, &request, &stats, facts);
    }
    zval_ptr_dtor(&stats);
    zval_ptr_dtor(&request);
    return result;
}

/* ---- methods ------------------------------------------------------------------------------------------ */

/* Returns the stats object's property name (declared, so always there). */
static zval *stats_property(zval *this_zv, const char *name, size_t len)
{
    zval rv;

    return zend_read_property(transfer_stats_ce, Z_OBJ_P(this_zv), name, len, 1, &rv);
}

ZEND_METHOD(WeChatPay_Http_TransferStats, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Http_TransferStats, getRequest)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(stats_property(ZEND_THIS, ZEND_STRL("request")));
}

ZEND_METHOD(WeChatPay_Http_TransferStats, getResponse)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(stats_property(ZEND_THIS, ZEND_STRL("response")));
}

ZEND_METHOD(WeChatPay_Http_TransferStats, hasResponse)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(Z_TYPE_P(stats_property(ZEND_THIS, ZEND_STRL("response"))) != IS_NULL);
}

ZEND_METHOD(WeChatPay_Http_TransferStats, getHandlerErrorData)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(stats_property(ZEND_THIS, ZEND_STRL("handlerErrorData")));
}

ZEND_METHOD(WeChatPay_Http_TransferStats, getEffectiveUri)
{
    zval *request;

    ZEND_PARSE_PARAMETERS_NONE();
    request = stats_property(ZEND_THIS, ZEND_STRL("request"));
    if (Z_TYPE_P(request) == IS_OBJECT) {
        php_wechatpay_call_method(Z_OBJ_P(request), "getUri", return_value, 0, NULL);
        return;
    }
    RETURN_COPY(stats_property(ZEND_THIS, ZEND_STRL("uri")));
}

ZEND_METHOD(WeChatPay_Http_TransferStats, getTransferTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(stats_property(ZEND_THIS, ZEND_STRL("transferTime")));
}

ZEND_METHOD(WeChatPay_Http_TransferStats, getHandlerStats)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(stats_property(ZEND_THIS, ZEND_STRL("handlerStats")));
}

ZEND_METHOD(WeChatPay_Http_TransferStats, getHandlerStat)
{
    zend_string *stat;
    zval *stats, *found;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(stat)
    ZEND_PARSE_PARAMETERS_END();
    stats = stats_property(ZEND_THIS, ZEND_STRL("handlerStats"));
    found = Z_TYPE_P(stats) == IS_ARRAY ? zend_symtable_find(Z_ARRVAL_P(stats), stat) : NULL;
    if (found == NULL) {
        RETURN_NULL();
    }
    RETURN_COPY_DEREF(found);
}
