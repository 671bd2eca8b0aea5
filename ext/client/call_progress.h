/* Guzzle's `progress` request option: callable(int $downloadTotal, int $downloaded, int $uploadTotal,
 * int $uploaded), called by the loop between drives of the engine with the transfer's counters as they
 * change, and once more as the transfer finishes, so its last call reports the totals (async/loop.c). */
#ifndef WECHATPAY_CALL_PROGRESS_H
#define WECHATPAY_CALL_PROGRESS_H

#include "php.h"
#include "support/php_call.h"
#include "wxp_http.h"

typedef struct php_wechatpay_progress {
    php_wechatpay_callable callable; /* none when the option was not given (or was null) */
    wxp_http_progress told;          /* the counters its last call was given */
    bool called;                     /* it was called at least once */
} php_wechatpay_progress;

/* Reads the `progress` option of options into progress (which holds none before): absent or null is none.
 * Returns FAILURE with an InvalidArgumentException naming the option thrown when it is not callable. */
zend_result php_wechatpay_progress_prepare(php_wechatpay_progress *progress, HashTable *options);

/* Returns whether progress holds a callable. */
static zend_always_inline bool php_wechatpay_progress_wanted(const php_wechatpay_progress *progress)
{
    return !Z_ISUNDEF(progress->callable.value);
}

/* Returns whether the callable is due a call with counters: while the transfer runs when they differ from
 * the last ones it was given, at its end (final) also when it was never called; when due, records them as
 * given. */
bool php_wechatpay_progress_due(php_wechatpay_progress *progress, const wxp_http_progress *counters, bool final);

/* Calls callable with counters as Guzzle does, ($downloadTotal, $downloaded, $uploadTotal, $uploaded). May
 * run any PHP code (the caller holds what it needs as async/loop.h says). Returns SUCCESS, or FAILURE with
 * what it threw (or exit()'s unwind) left in EG(exception). */
zend_result php_wechatpay_progress_call(const php_wechatpay_callable *callable, const wxp_http_progress *counters);

/* Releases what progress holds. */
void php_wechatpay_progress_dtor(php_wechatpay_progress *progress);

#endif
