/* WeChatPay\BuilderNode: one node of the URI-template tree, reached by property, dimension or chain(). */
#ifndef WECHATPAY_NODE_H
#define WECHATPAY_NODE_H

#include "php.h"
#include "client/client.h"

/* Sets the object handlers of BuilderNode; called once from MINIT. */
zend_result php_wechatpay_node_minit(INIT_FUNC_ARGS);

/* Makes the root node (empty path) of a new tree over client (one reference is taken) in out. */
void php_wechatpay_node_create_root(zval *out, php_wechatpay_client *client);

/* Returns the client and the URI template of a node object. */
php_wechatpay_client *php_wechatpay_node_client(zend_object *node);
zend_string *php_wechatpay_node_path(zend_object *node);

#endif
