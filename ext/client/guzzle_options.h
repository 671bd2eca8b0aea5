/* Guzzle request options the extension does not honour: refused by name, never silently ignored. */
#ifndef WECHATPAY_GUZZLE_OPTIONS_H
#define WECHATPAY_GUZZLE_OPTIONS_H

#include "php.h"

/* Throws InvalidArgumentException naming the first Guzzle request option in settings that the extension does
 * not honour (with what to use instead) and returns FAILURE; keys that are not Guzzle options are left alone.
 * for_config: settings is Builder::factory()'s config (where Guzzle would apply body, json and query to
 * every request) rather than one call's options; where ("Config" or "Option") starts the message. */
zend_result php_wechatpay_guzzle_options_refuse(HashTable *settings, bool for_config, const char *where);

#endif
