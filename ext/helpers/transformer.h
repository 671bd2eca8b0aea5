/* WeChatPay\Transformer's two conversions, for the APIv2 calls of the chain as well as the class. */
#ifndef WECHATPAY_TRANSFORMER_H
#define WECHATPAY_TRANSFORMER_H

#include "php.h"

/* Parses xml into an array in out exactly as Transformer::toArray() does ([] for a document that does not
 * parse; with quiet, without the notice toArray() raises then). Returns SUCCESS, or FAILURE with out UNDEF
 * and an exception thrown (PHP's simplexml or libxml extension missing). */
zend_result php_wechatpay_xml_to_array(zend_string *xml, zval *out, bool quiet);

/* Returns data written as Transformer::toXml($data) writes it (headless, root `xml`, item `item`), or NULL
 * with an exception thrown. */
zend_string *php_wechatpay_xml_from_array(HashTable *data);

#endif
