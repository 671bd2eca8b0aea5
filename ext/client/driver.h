/* WeChatPay\ClientDecorator, what getDriver() returns: the client's GuzzleHttp\Client over a HandlerStack
 * whose innermost handler is the extension's engine (engine_handler.h), and the rule that sends chain calls
 * through that stack once the app changed it. */
#ifndef WECHATPAY_DRIVER_H
#define WECHATPAY_DRIVER_H

#include "php.h"
#include "client/client.h"

/* Registers WeChatPay\ClientDecorator; called once from MINIT, after ClientDecoratorInterface. */
zend_result php_wechatpay_driver_minit(INIT_FUNC_ARGS);

/* Returns client's decorator (client->driver), made on first use. */
zval *php_wechatpay_driver_of(php_wechatpay_client *client);

/* Reads the factory config's 'handler' (a GuzzleHttp\HandlerStack) into client->handler. Returns FAILURE with
 * an InvalidArgumentException thrown when it is something else. */
zend_result php_wechatpay_driver_read_config(php_wechatpay_client *client, HashTable *config);

/* Sends a chain call (method on the URI template path, with options) through the decorator's Guzzle client
 * when it must: the config gave a 'handler', the call gives one, or the app changed the stack select() made.
 * Returns false when the call takes the verbs' own path (nothing done); true when it was sent this way, with
 * the response (sync) or a WeChatPay\Promise (async) in return_value, or a sync call's exception thrown. */
bool php_wechatpay_driver_route(php_wechatpay_client *client, zend_string *path, const char *method,
                                HashTable *options, bool async, zval *return_value);

/* Whether a call's options give a 'handler' (not null): Guzzle then uses it instead of the whole stack. */
static zend_always_inline bool php_wechatpay_driver_call_handler(HashTable *options)
{
    zval *handler = zend_hash_num_elements(options) ? zend_hash_str_find_deref(options, ZEND_STRL("handler")) : NULL;

    return handler != NULL && Z_TYPE_P(handler) != IS_NULL;
}

/* Whether a chain call of client may need php_wechatpay_driver_route(): false, with no PHP call, when
 * getDriver() was never called and neither the config nor the call gives a 'handler'. */
static zend_always_inline bool php_wechatpay_driver_may_route(const php_wechatpay_client *client, HashTable *options)
{
    return !Z_ISUNDEF(client->driver) || !Z_ISUNDEF(client->handler) || php_wechatpay_driver_call_handler(options);
}

#endif
