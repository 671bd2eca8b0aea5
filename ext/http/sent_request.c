/* A request as sent, as a PSR-7 request object (see sent_request.h). */
#include "php.h"
#include "php_wechatpay.h"
#include "http/sent_request.h"
#include "support/php_call.h"

/* The headers as the constructor takes them: name => [values], repeated names together, in sending order. */
static void headers_array(zval *out, const wxp_header_list *headers)
{
    size_t i;

    array_init(out);
    for (i = 0; i < headers->count; i++) {
        const wxp_header *h = &headers->items[i];
        zval *values = zend_hash_str_find(Z_ARRVAL_P(out), h->name, h->name_len);

        if (values == NULL) {
            zval fresh;

            array_init(&fresh);
            values = zend_hash_str_add_new(Z_ARRVAL_P(out), h->name, h->name_len, &fresh);
        }
        add_next_index_stringl(values, h->value, h->value_len);
    }
}

zend_result php_wechatpay_sent_request(zval *out, zend_class_entry *request_ce, const char *method, const char *url,
                                       size_t url_len, const wxp_header_list *headers, const zend_string *body)
{
    zval args[5], ignored;
    zend_result result;
    uint32_t i;

    ZVAL_STRING(&args[0], method);
    ZVAL_STRINGL(&args[1], url, url_len);
    headers_array(&args[2], headers);
    if (body) {
        ZVAL_STR_COPY(&args[3], (zend_string *) body);
    } else {
        ZVAL_EMPTY_STRING(&args[3]);
    }
    ZVAL_STRINGL(&args[4], "1.1", 3);
    object_init_ex(out, request_ce);
    result = php_wechatpay_call_method(Z_OBJ_P(out), "__construct", &ignored, 5, args);
    zval_ptr_dtor(&ignored);
    for (i = 0; i < 5; i++) {
        zval_ptr_dtor(&args[i]);
    }
    if (result == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    return result;
}
