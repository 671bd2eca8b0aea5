/* The one read cursor of the extension's PSR-7 streams: a position over an immutable string, and the
 * StreamInterface methods that read, seek, tell, close and refuse to write through it (stream_cursor.c, as
 * WeChatPay\Http\AbstractStream's methods). WeChatPay\Util\AbstractMediaStream's stub aliases those methods,
 * so a response body and MediaUtil's stream run the same code and cannot drift apart; what differs by design
 * (__toString(), getSize(), what var_dump() shows) stays with each class. */
#ifndef WECHATPAY_STREAM_CURSOR_H
#define WECHATPAY_STREAM_CURSOR_H

#include "php.h"

/* The tail of a stream object's struct (std last of all, as Zend wants). */
typedef struct php_wechatpay_cursor {
    zend_string *contents; /* the bytes read; NULL once detached or closed */
    size_t pos;            /* read position, 0..ZSTR_LEN(contents) */
    zend_object std;
} php_wechatpay_cursor;

/* The object handlers of a stream class: Zend's, then what the cursor asks of the class. */
typedef struct php_wechatpay_cursor_handlers {
    zend_object_handlers std;
    /* Returns the bytes an attached stream reads now (borrowed), or NULL with an exception thrown; the cursor
     * takes them when they changed (MediaUtil::setMeta() rebuilds its body), keeping its position within them.
     * NULL when the contents never change. */
    zend_string *(*current)(php_wechatpay_cursor *cursor);
    /* Lets go of what the object holds besides its contents when it is detached, closed or freed; may be
     * NULL. */
    void (*release)(php_wechatpay_cursor *cursor);
} php_wechatpay_cursor_handlers;

static zend_always_inline php_wechatpay_cursor *php_wechatpay_cursor_from_obj(zend_object *obj)
{
    return (php_wechatpay_cursor *) ((char *) obj - XtOffsetOf(php_wechatpay_cursor, std));
}

/* Fills handlers with Zend's standard ones for objects whose cursor's std is offset bytes into their struct,
 * freeing and cloning the cursor (a clone reads on its own), and with the class's two hooks. */
void php_wechatpay_cursor_handlers_init(php_wechatpay_cursor_handlers *handlers, size_t offset,
                                        zend_string *(*current)(php_wechatpay_cursor *cursor),
                                        void (*release)(php_wechatpay_cursor *cursor));

/* The clone_obj handler the init sets: a new object of the same class sharing the contents, at the same
 * position; a class holding more wraps it. */
zend_object *php_wechatpay_cursor_clone_obj(zend_object *old_obj);

#endif
