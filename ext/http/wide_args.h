/* Parameters the stubs declare `mixed` so that our PSR-7 classes stay compatible with psr/http-message 1.x
 * (untyped parameters) and 2.x (typed) alike, read as PHP's coercive typing reads a string or int parameter,
 * whatever the caller's strict_types: what the declaration promises is what the code accepts. */
#ifndef WECHATPAY_WIDE_ARGS_H
#define WECHATPAY_WIDE_ARGS_H

#include "php.h"

/* Reads parameter num as a string (int, float, bool and Stringable objects are converted); anything else is
 * the TypeError a string parameter gives. Returns one reference, or NULL with the error thrown. */
zend_string *php_wechatpay_wide_string_arg(zval *arg, uint32_t num);

/* Reads parameter num as an int (integral floats and numeric strings are converted); anything else is the
 * TypeError an int parameter gives. Returns false with the error thrown. */
bool php_wechatpay_wide_long_arg(zval *arg, uint32_t num, zend_long *out);

/* Reads seek()'s parameters, $offset and the optional $whence (NULL: left as it is), as two int parameters.
 * Returns false with the error thrown. */
bool php_wechatpay_wide_seek_args(zval *offset_arg, zval *whence_arg, zend_long *offset, zend_long *whence);

#endif
