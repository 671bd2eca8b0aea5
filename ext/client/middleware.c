/* The `signer` and `verifier` middleware (see middleware.h). PLACEHOLDER while issue 12 is being built: the
 * real implementation replaces this file. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "client/middleware.h"
#include "http/exceptions.h"

zend_result php_wechatpay_middleware_minit(INIT_FUNC_ARGS)
{
    return SUCCESS;
}

zend_result php_wechatpay_middleware_signer(zval *out, php_wechatpay_client *client)
{
    ZVAL_UNDEF(out);
    php_wechatpay_throw_invalid_state("The signer middleware is not built yet");
    return FAILURE;
}

zend_result php_wechatpay_middleware_verifier(zval *out, php_wechatpay_client *client)
{
    ZVAL_UNDEF(out);
    php_wechatpay_throw_invalid_state("The verifier middleware is not built yet");
    return FAILURE;
}
