/* WeChatPay\Http\EngineHandler: the handler at the bottom of the getDriver() HandlerStack, sending the PSR-7
 * requests the stack makes over the extension's own engine and loop. */
#ifndef WECHATPAY_ENGINE_HANDLER_H
#define WECHATPAY_ENGINE_HANDLER_H

#include "php.h"
#include "client/client.h"

/* Registers WeChatPay\Http\EngineHandler; called once from MINIT. */
zend_result php_wechatpay_engine_handler_minit(INIT_FUNC_ARGS);

/* Makes in out a handler of client, holding only a weak handle on it. */
void php_wechatpay_engine_handler_create(zval *out, php_wechatpay_client *client);

#endif
