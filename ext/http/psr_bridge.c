/* The per-request PSR-7 bridge (see psr_bridge.h). At the first response of a request, after the app's
 * autoloaders exist, the Psr\Http\Message interfaces are looked up (autoloading them: Composer's psr/http-message
 * 1.x or 2.x, Debian's php-psr-http-message, or the psr extension's internal ones); the missing ones are declared
 * by psr_fallback.c; then WeChatPay\Http\Stream and \Response are declared to extend our internal abstract
 * classes and implement those interfaces. Nothing is compiled: the user classes are built and linked the way PHP
 * declares a class at run time (support/request_classes.h), so a request pays no lexer or parser for them; they
 * report the file name "wechatpay PSR-7 bridge", and opcache, which caches files only, never sees them. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "http/psr_bridge.h"
#include "http/psr_fallback.h"
#include "http/exceptions.h"
#include "support/request_classes.h"

#define PSR_NS "Psr\\Http\\Message\\"
/* The message of a declaration that failed without an exception of its own. */
#define DECLARE_FAILED "Cannot declare the PSR-7 bridge classes"

/* Checks that iface (called name) is an interface whose every method our abstract class has, so that
 * declaring a class extending one and implementing the other cannot stop the script with a fatal error.
 * Returns SUCCESS, or FAILURE with an exception thrown. */
static zend_result check_interface(zend_class_entry *iface, const char *name,
                                                     zend_class_entry *ours)
{
    zend_string *method;
    zend_function *fn, *required;

    if (!(iface->ce_flags & ZEND_ACC_INTERFACE)) {
        php_wechatpay_throw_invalid_state("Cannot make PSR-7 responses: %s is not an interface", name);
        return FAILURE;
    }
    ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&iface->function_table, method, required) {
        if (method && ((fn = zend_hash_find_ptr(&ours->function_table, method)) == NULL
                       || !(fn->common.fn_flags & ZEND_ACC_PUBLIC))) {
            php_wechatpay_throw_invalid_state(
                "Cannot make PSR-7 responses: %s declares %s(), which is not a PSR-7 method", name,
                ZSTR_VAL(required->common.function_name));
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

/* Returns the bridge class called name, declaring it as `final class name extends parent implements iface_name {}`
 * when absent. A class of that name declared by someone else is accepted only when it extends parent and
 * implements iface. NULL with an exception on failure. */
static zend_class_entry *declare_bridge_class(const char *name, zend_class_entry *parent, const char *iface_name,
                                              zend_class_entry *iface)
{
    zend_class_entry *ce = php_wechatpay_request_final_class_declare(name, parent, iface_name,
                                                                     PHP_WECHATPAY_PSR_BRIDGE_FILENAME, DECLARE_FAILED);

    if (ce == NULL && EG(exception)) {
        return NULL;
    }
    if (ce == NULL || ce->parent != parent || !instanceof_function(ce, iface)) {
        php_wechatpay_throw_invalid_state(
            "Cannot make PSR-7 responses: the class name %s is already in use", name);
        return NULL;
    }
    return ce;
}

/* Resolves the interfaces and declares both classes. Returns SUCCESS, or FAILURE with an exception thrown. */
static zend_result declare_bridge(void)
{
    zend_class_entry *response_if, *stream_if, *message_if = NULL, *response_ce, *stream_ce;

    if (EG(exception)) {
        return FAILURE;
    }
    response_if = php_wechatpay_request_class_lookup(PSR_NS "ResponseInterface", true);
    if (EG(exception)) {
        return FAILURE;
    }
    stream_if = php_wechatpay_request_class_lookup(PSR_NS "StreamInterface", true);
    if (EG(exception)) {
        return FAILURE;
    }
    if (response_if == NULL) {
        message_if = php_wechatpay_request_class_lookup(PSR_NS "MessageInterface", true);
        if (EG(exception)) {
            return FAILURE;
        }
    }

    if (response_if == NULL || stream_if == NULL) {
        if (php_wechatpay_psr_fallback_declare(response_if == NULL && message_if == NULL, stream_if == NULL,
                                               response_if == NULL) == FAILURE) {
            return FAILURE;
        }
        response_if = php_wechatpay_request_class_lookup(PSR_NS "ResponseInterface", false);
        stream_if = php_wechatpay_request_class_lookup(PSR_NS "StreamInterface", false);
        if (response_if == NULL || stream_if == NULL) {
            php_wechatpay_throw_invalid_state("Cannot declare the PSR-7 interfaces");
            return FAILURE;
        }
    }

    if (check_interface(stream_if, PSR_NS "StreamInterface", wechatpay_ce_Http_AbstractStream)
            == FAILURE
        || check_interface(response_if, PSR_NS "ResponseInterface",
                                             wechatpay_ce_Http_AbstractResponse) == FAILURE) {
        return FAILURE;
    }

    stream_ce = declare_bridge_class("WeChatPay\\Http\\Stream", wechatpay_ce_Http_AbstractStream,
                                     PSR_NS "StreamInterface", stream_if);
    if (stream_ce == NULL) {
        return FAILURE;
    }
    response_ce = declare_bridge_class("WeChatPay\\Http\\Response", wechatpay_ce_Http_AbstractResponse,
                                       PSR_NS "ResponseInterface", response_if);
    if (response_ce == NULL) {
        return FAILURE;
    }
    WECHATPAY_G(psr_stream_ce) = stream_ce;
    WECHATPAY_G(psr_response_ce) = response_ce;
    return SUCCESS;
}

/* Declares the bridge once. Its autoloads run the app's code, which may make or wait on another call and so
 * need a response while the interfaces are half looked up: that nested request is refused (its call fails
 * with the exception), rather than declaring the classes twice over a stale lookup (a fatal error). */
static zend_result ensure_bridge(void)
{
    zend_result result;

    if (WECHATPAY_G(psr_response_ce) != NULL && WECHATPAY_G(psr_stream_ce) != NULL) {
        return SUCCESS;
    }
    if (WECHATPAY_G(psr_declaring)) {
        php_wechatpay_throw_invalid_state(
            "Cannot make PSR-7 responses while the PSR-7 interfaces are being loaded: a class loader made or waited "
            "on a WeChat Pay call");
        return FAILURE;
    }
    WECHATPAY_G(psr_declaring) = true;
    result = declare_bridge();
    WECHATPAY_G(psr_declaring) = false;
    return result;
}

zend_class_entry *php_wechatpay_psr_response_ce(void)
{
    return ensure_bridge() == SUCCESS ? WECHATPAY_G(psr_response_ce) : NULL;
}

zend_class_entry *php_wechatpay_psr_stream_ce(void)
{
    return ensure_bridge() == SUCCESS ? WECHATPAY_G(psr_stream_ce) : NULL;
}

zend_class_entry *php_wechatpay_psr_resource_stream_ce(void)
{
    zend_class_entry *stream_if, *ce;

    if (WECHATPAY_G(psr_resource_stream_ce) != NULL) {
        return WECHATPAY_G(psr_resource_stream_ce);
    }
    /* the interfaces are resolved (or declared) with the other two classes; this one only extends them */
    if (ensure_bridge() == FAILURE) {
        return NULL;
    }
    stream_if = php_wechatpay_request_class_lookup(PSR_NS "StreamInterface", false);
    if (stream_if == NULL) {
        php_wechatpay_throw_invalid_state("Cannot declare the PSR-7 interfaces");
        return NULL;
    }
    if (check_interface(stream_if, PSR_NS "StreamInterface", wechatpay_ce_Http_AbstractResourceStream) == FAILURE) {
        return NULL;
    }
    ce = declare_bridge_class("WeChatPay\\Http\\ResourceStream", wechatpay_ce_Http_AbstractResourceStream,
                              PSR_NS "StreamInterface", stream_if);
    WECHATPAY_G(psr_resource_stream_ce) = ce;
    return ce;
}

void php_wechatpay_psr_bridge_reset(void)
{
    /* The classes lived in the request's class table, destroyed with the executor; nothing else is held. */
    WECHATPAY_G(psr_response_ce) = NULL;
    WECHATPAY_G(psr_stream_ce) = NULL;
    WECHATPAY_G(psr_resource_stream_ce) = NULL;
    WECHATPAY_G(psr_declaring) = false; /* a fatal error may have ended the request mid-way */
}
