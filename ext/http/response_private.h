/* The object layouts of WeChatPay\Http\AbstractResponse and AbstractStream, shared by response.c and stream.c
 * only (the rest of ext/ goes through response.h). */
#ifndef WECHATPAY_RESPONSE_PRIVATE_H
#define WECHATPAY_RESPONSE_PRIVATE_H

#include "php.h"
#include "wxp_http.h"
#include "http/stream_cursor.h"

/* An immutable response. Every with*() clones the object and changes the clone; the arrays are shared between
 * clones (refcounted) and separated on write. */
typedef struct php_wechatpay_response {
    zend_long status;          /* 100..599 for a received response; 200 in an object made without a response */
    zend_string *reason;       /* reason phrase, possibly empty */
    zend_string *version;      /* protocol version, "1.1", "2" ... */
    zval headers;              /* array: name as first received or given => packed array of string values,
                                * in arrival order */
    zval names;                /* array: lower-case name => the key used in headers */
    zval body;                 /* our Stream or any StreamInterface given to withBody(); UNDEF until getBody()
                                * in an object made without a response */
    wxp_http_times transfer;   /* timings of the transfer that brought it; zeros in an object made without one */
    zend_string *primary_ip;   /* the peer it came from, "" when unknown */
    zend_long primary_port;
    zval attempts;             /* the `failover` attempts (client/failover.h), an array; UNDEF: one attempt */
    uint8_t rejected_by;       /* php_wechatpay_v2_check: which check rejected an APIv2 answer, 0 (none) */
    zend_string *rejection;    /* then the RejectionException's message, else NULL */
    zend_object std;
} php_wechatpay_response;

/* A body: a read cursor over an immutable string (its contents and position), nothing more. */
typedef php_wechatpay_cursor php_wechatpay_stream;

static zend_always_inline php_wechatpay_response *php_wechatpay_response_from_obj(zend_object *obj)
{
    return (php_wechatpay_response *) ((char *) obj - XtOffsetOf(php_wechatpay_response, std));
}

/* Sets the object handlers of AbstractStream (and so of every class extending it); called from
 * php_wechatpay_response_minit(). */
void php_wechatpay_stream_register_handlers(void);

/* Returns our stream behind obj, or NULL when obj is some other StreamInterface. */
php_wechatpay_stream *php_wechatpay_stream_of(zend_object *obj);

#endif
