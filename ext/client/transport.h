/* Transport settings (base_uri, timeout, connect_timeout, verify, proxy, max_connections, max_response_size,
 * http_errors): read and validated the
 * same way from Builder::factory()'s config and from a call's options. */
#ifndef WECHATPAY_TRANSPORT_H
#define WECHATPAY_TRANSPORT_H

#include "php.h"
#include "client/client.h"
#include "wxp_http.h"

#define PHP_WECHATPAY_DEFAULT_BASE_URI "https://api.mch.weixin.qq.com/"
#define PHP_WECHATPAY_DEFAULT_TIMEOUT_MS 30000
#define PHP_WECHATPAY_DEFAULT_CONNECT_TIMEOUT_MS 10000
#define PHP_WECHATPAY_DEFAULT_MAX_CONNECTIONS 16
#define PHP_WECHATPAY_MAX_MAX_CONNECTIONS 1024
/* The core's 64 MiB; at least 1 KiB, since an answer's header lines alone take hundreds of bytes. */
#define PHP_WECHATPAY_DEFAULT_MAX_RESPONSE_SIZE ((zend_long) WXP_HTTP_DEFAULT_MAX_RESPONSE_SIZE)
#define PHP_WECHATPAY_MIN_MAX_RESPONSE_SIZE 1024

/* Sets the defaults that never hang: the production base URI, 10 s to connect, 30 s in all, TLS verified,
 * answers of up to 64 MiB. */
void php_wechatpay_transport_defaults(php_wechatpay_transport *transport);

/* Copies a transport, taking references on its strings. */
void php_wechatpay_transport_copy(php_wechatpay_transport *dst, const php_wechatpay_transport *src);

/* Releases the strings of a transport. */
void php_wechatpay_transport_dtor(php_wechatpay_transport *transport);

/* Overrides transport with the base_uri, timeout, connect_timeout, verify, proxy, max_connections,
 * max_response_size, http_errors and failover entries;
 * where ("Config" or "Option") starts each message. Returns FAILURE with InvalidArgumentException thrown. */
zend_result php_wechatpay_transport_apply(php_wechatpay_transport *transport, HashTable *settings, const char *where);

#endif
