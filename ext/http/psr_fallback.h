/* The PSR-7 interfaces the extension declares when the running app has none: the psr/http-message 2.x shapes of
 * MessageInterface, ResponseInterface and StreamInterface, written from the PSR-7 specification
 * (https://www.php-fig.org/psr/psr-7/). Declared per request as user interfaces (psr_bridge.c asks for the
 * missing ones), built without the compiler from method templates made once at MINIT (psr_fallback.c). */
#ifndef WECHATPAY_PSR_FALLBACK_H
#define WECHATPAY_PSR_FALLBACK_H

#include "php.h"

/* The file name the declared classes and interfaces report (ReflectionClass::getFileName(), error messages). */
#define PHP_WECHATPAY_PSR_BRIDGE_FILENAME "wechatpay PSR-7 bridge"

/* Builds the interfaces' method templates (process-wide, persistent). */
zend_result php_wechatpay_psr_fallback_minit(INIT_FUNC_ARGS);

/* Frees the method templates. */
void php_wechatpay_psr_fallback_mshutdown(SHUTDOWN_FUNC_ARGS);

/* Declares in the request Psr\Http\Message\MessageInterface, StreamInterface and ResponseInterface (extending
 * whichever MessageInterface exists then), each only when its flag is set and the name is free. Returns SUCCESS,
 * or FAILURE with an exception thrown. */
zend_result php_wechatpay_psr_fallback_declare(bool message, bool stream, bool response);

#endif
