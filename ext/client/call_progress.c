/* The `progress` option's callable: read and checked with the call's other options, called by the loop
 * (async/loop.c) between drives of the engine, never from inside a libcurl callback. */
#include "php.h"
#include "client/call_progress.h"
#include "client/call.h"

zend_result php_wechatpay_progress_prepare(php_wechatpay_progress *progress, HashTable *options)
{
    return php_wechatpay_call_callable_option(&progress->callable, options, "progress");
}

bool php_wechatpay_progress_due(php_wechatpay_progress *progress, const wxp_http_progress *counters, bool final)
{
    bool changed = progress->told.download_total != counters->download_total
        || progress->told.downloaded != counters->downloaded
        || progress->told.upload_total != counters->upload_total
        || progress->told.uploaded != counters->uploaded;

    if (!php_wechatpay_progress_wanted(progress) || !(changed || (final && !progress->called))) {
        return false;
    }
    progress->told = *counters;
    progress->called = true;
    return true;
}

zend_result php_wechatpay_progress_call(const php_wechatpay_callable *callable, const wxp_http_progress *counters)
{
    zval args[4], retval;

    /* zend_long is 64-bit on every platform the extension builds for, as curl_off_t is. */
    ZVAL_LONG(&args[0], (zend_long) counters->download_total);
    ZVAL_LONG(&args[1], (zend_long) counters->downloaded);
    ZVAL_LONG(&args[2], (zend_long) counters->upload_total);
    ZVAL_LONG(&args[3], (zend_long) counters->uploaded);
    if (php_wechatpay_callable_call(callable, &retval, 4, args) == FAILURE) {
        return FAILURE;
    }
    zval_ptr_dtor(&retval);
    return EG(exception) ? FAILURE : SUCCESS;
}

void php_wechatpay_progress_dtor(php_wechatpay_progress *progress)
{
    php_wechatpay_callable_dtor(&progress->callable);
}
