/* What the `on_stats` option's callable receives: Guzzle's GuzzleHttp\TransferStats when it can be loaded,
 * else WeChatPay\Http\TransferStats, with the same accessors. */
#ifndef WECHATPAY_TRANSFER_STATS_H
#define WECHATPAY_TRANSFER_STATS_H

#include "php.h"
#include "wxp_headers.h"
#include "wxp_http.h"

/* The facts of one finished transfer, all borrowed. */
typedef struct php_wechatpay_transfer_facts {
    const char *method;
    const char *url;                /* as sent */
    const wxp_header_list *headers; /* as sent */
    const zend_string *body;        /* as sent, or NULL */
    zval *response;                 /* the response received, or NULL */
    const wxp_http_result *result;  /* NULL when the transfer never ran (it failed before it could start) */
    int error_code;                 /* the cURL error number, 0 when none */
} php_wechatpay_transfer_facts;

/* Registers WeChatPay\Http\TransferStats; called once from MINIT. */
zend_result php_wechatpay_transfer_stats_minit(INIT_FUNC_ARGS);

/* Makes the stats object of a transfer in out (loading Guzzle's classes may run the app's autoloader).
 * Returns SUCCESS, or FAILURE with an exception thrown. */
zend_result php_wechatpay_transfer_stats_create(zval *out, const php_wechatpay_transfer_facts *facts);

#endif
