/* The per-request exception classes (see failure_classes.h). At a failure, Guzzle's exception classes are
 * looked up (autoloading them); when they are Guzzle 7's, WeChatPay\Exception\Guzzle\* are declared
 * over them, like the PSR-7 bridge declares WeChatPay\Http\Response: from code compiled from a string, which
 * adds to each Guzzle class the documented interface and its accessors. A declaration that could not compile
 * would be a fatal error, not an exception: so nothing is declared unless every name is free and Guzzle's
 * methods have the return types the interfaces require (Guzzle 6's have none). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "http/failure_classes.h"
#include "http/exceptions.h"
#include "support/request_classes.h"

#define GUZZLE_NS "GuzzleHttp\\Exception\\"
#define OURS_NS "WeChatPay\\Exception\\Guzzle\\"

/* The file name the declared classes report, and the messages of a declaration that failed without an
 * exception of its own. */
#define FILENAME "wechatpay exception classes"
#define FAILURE_CLASSES_FAILED "Cannot declare the Guzzle exception classes"
#define REJECTION_CLASSES_FAILED "Cannot declare the Guzzle rejection classes"

/* What the declared classes add to Guzzle's: the interfaces' accessors. The trait's private properties become
 * each using class's own; exceptions.c sets them, with that class as the scope, by these names. */
#define FAILURE_CLASSES_CODE \
    "namespace WeChatPay\\Exception\\Guzzle;\n" \
    "trait RequestId\n" \
    "{\n" \
    "    public function getRequestId(): ?string\n" \
    "    {\n" \
    "        $response = $this->getResponse();\n" \
    "        return $response !== null && $response->hasHeader('Request-ID') ? $response->getHeader('Request-ID')[0] : null;\n" \
    "    }\n" \
    "}\n" \
    "trait ErrorBody\n" \
    "{\n" \
    "    use RequestId;\n" \
    "    private int $statusCode = 0;\n" \
    "    private ?string $errorCode = null;\n" \
    "    private ?string $errorMessage = null;\n" \
    "    private ?array $errorDetail = null;\n" \
    "    public function getStatusCode(): int { return $this->statusCode; }\n" \
    "    public function getErrorCode(): ?string { return $this->errorCode; }\n" \
    "    public function getErrorMessage(): ?string { return $this->errorMessage; }\n" \
    "    public function getErrorDetail(): ?array { return $this->errorDetail; }\n" \
    "}\n" \
    "class RequestException extends \\GuzzleHttp\\Exception\\RequestException implements \\WeChatPay\\Exception\\RequestException\n" \
    "{\n" \
    "    use RequestId;\n" \
    "}\n" \
    "class BadResponseException extends \\GuzzleHttp\\Exception\\BadResponseException implements \\WeChatPay\\Exception\\BadResponseException\n" \
    "{\n" \
    "    use ErrorBody;\n" \
    "}\n" \
    "class ClientException extends \\GuzzleHttp\\Exception\\ClientException implements \\WeChatPay\\Exception\\ClientException\n" \
    "{\n" \
    "    use ErrorBody;\n" \
    "}\n" \
    "class ServerException extends \\GuzzleHttp\\Exception\\ServerException implements \\WeChatPay\\Exception\\ServerException\n" \
    "{\n" \
    "    use ErrorBody;\n" \
    "}\n" \
    "class VerificationException extends \\GuzzleHttp\\Exception\\RequestException implements \\WeChatPay\\Exception\\VerificationException\n" \
    "{\n" \
    "    use RequestId;\n" \
    "}\n" \
    "class ConnectException extends \\GuzzleHttp\\Exception\\ConnectException implements \\WeChatPay\\Exception\\ConnectException\n" \
    "{\n" \
    "    private int $curlErrno = 0;\n" \
    "    public function getCurlErrno(): int { return $this->curlErrno; }\n" \
    "    public function getResponse(): ?\\Psr\\Http\\Message\\ResponseInterface { return null; }\n" \
    "    public function hasResponse(): bool { return false; }\n" \
    "    public function getRequestId(): ?string { return null; }\n" \
    "}\n"

#define REJECTION_CLASSES_CODE \
    "namespace WeChatPay\\Exception\\Guzzle;\n" \
    "class RejectionException extends \\GuzzleHttp\\Promise\\RejectionException implements \\WeChatPay\\Exception\\RejectionException\n" \
    "{\n" \
    "}\n" \
    "class CancellationException extends \\GuzzleHttp\\Promise\\CancellationException implements \\WeChatPay\\Exception\\CancellationException\n" \
    "{\n" \
    "}\n"

/* Each kind's Guzzle class and the name of ours over it. */
static const char *const guzzle_names[PHP_WECHATPAY_FAILURE_KINDS] = {
    GUZZLE_NS "RequestException", GUZZLE_NS "BadResponseException", GUZZLE_NS "ClientException",
    GUZZLE_NS "ServerException", GUZZLE_NS "RequestException", GUZZLE_NS "ConnectException",
};
static const char *const our_names[PHP_WECHATPAY_FAILURE_KINDS] = {
    OURS_NS "RequestException", OURS_NS "BadResponseException", OURS_NS "ClientException",
    OURS_NS "ServerException", OURS_NS "VerificationException", OURS_NS "ConnectException",
};

/* Whether ce is a class ours may extend: not an interface, trait, enum, final or abstract class. */
static bool extendable(const zend_class_entry *ce)
{
    return ce && !(ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_ENUM | ZEND_ACC_FINAL
                                   | ZEND_ACC_EXPLICIT_ABSTRACT_CLASS));
}

/* Whether objects of ce can be made: a class neither interface, trait, enum nor abstract. */
static bool instantiable(const zend_class_entry *ce)
{
    return ce && !(ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_ENUM | ZEND_ACC_IMPLICIT_ABSTRACT_CLASS
                                   | ZEND_ACC_EXPLICIT_ABSTRACT_CLASS));
}

/* Whether ce has a public method name (lower-case) declaring a return type (as Guzzle 7's do, and our interfaces need). */
static bool typed_method(const zend_class_entry *ce, const char *name)
{
    zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, name, strlen(name));

    return fn && (fn->common.fn_flags & ZEND_ACC_PUBLIC) && (fn->common.fn_flags & ZEND_ACC_HAS_RETURN_TYPE);
}

/* Whether none of names is a declared class (no autoload: the names are ours to declare). */
static bool names_free(const char *const *names, size_t count)
{
    size_t i;

    for (i = 0; i < count; i++) {
        if (php_wechatpay_request_class_lookup(names[i], false) != NULL) {
            return false;
        }
    }
    return true;
}

/* Fills classes with ours over Guzzle's when Guzzle 7's exception classes and guzzlehttp/psr7's Request can be
 * loaded. Returns false (an exception may be pending) when they cannot. */
static bool resolve_guzzle(php_wechatpay_failure_family *classes)
{
    static const char *const ours_and_traits[] = {
        OURS_NS "RequestException", OURS_NS "BadResponseException", OURS_NS "ClientException",
        OURS_NS "ServerException", OURS_NS "VerificationException", OURS_NS "ConnectException",
        OURS_NS "RequestId", OURS_NS "ErrorBody",
    };
    zend_class_entry *guzzle[PHP_WECHATPAY_FAILURE_KINDS], *request_ce;
    int kind;

    /* The first lookup says whether Guzzle is there at all; then every class must be. */
    for (kind = 0; kind < PHP_WECHATPAY_FAILURE_KINDS; kind++) {
        guzzle[kind] = php_wechatpay_request_class_lookup(guzzle_names[kind], true);
        if (!extendable(guzzle[kind]) || EG(exception)) {
            return false;
        }
    }
    request_ce = php_wechatpay_request_class_lookup("GuzzleHttp\\Psr7\\Request", true);
    if (!instantiable(request_ce) || EG(exception)
        || !typed_method(guzzle[PHP_WECHATPAY_FAILURE_REQUEST], "getrequest")
        || !typed_method(guzzle[PHP_WECHATPAY_FAILURE_REQUEST], "getresponse")
        || !typed_method(guzzle[PHP_WECHATPAY_FAILURE_REQUEST], "hasresponse")
        || !typed_method(guzzle[PHP_WECHATPAY_FAILURE_REQUEST], "gethandlercontext")
        || !typed_method(guzzle[PHP_WECHATPAY_FAILURE_CONNECT], "getrequest")
        || !typed_method(guzzle[PHP_WECHATPAY_FAILURE_CONNECT], "gethandlercontext")
        || zend_hash_str_exists(&guzzle[PHP_WECHATPAY_FAILURE_CONNECT]->function_table, ZEND_STRL("getresponse"))) {
        return false;
    }
    /* Loading Psr\Http\Message's interfaces for the declarations' types: before checking the names, since an
     * autoloader could declare anything. */
    if (php_wechatpay_request_class_lookup("Psr\\Http\\Message\\ResponseInterface", true) == NULL || EG(exception)
        || !names_free(ours_and_traits, sizeof(ours_and_traits) / sizeof(ours_and_traits[0]))
        || php_wechatpay_request_classes_eval(FAILURE_CLASSES_CODE, FILENAME, FAILURE_CLASSES_FAILED) == FAILURE) {
        return false;
    }
    for (kind = 0; kind < PHP_WECHATPAY_FAILURE_KINDS; kind++) {
        classes->ce[kind] = php_wechatpay_request_class_lookup(our_names[kind], false);
        if (classes->ce[kind] == NULL) {
            return false;
        }
    }
    classes->guzzle = true;
    classes->request_ce = request_ce;
    return true;
}

/* Fills classes with the extension's own, and guzzlehttp/psr7's Request when it can be loaded. */
static void resolve_own(php_wechatpay_failure_family *classes, bool autoload)
{
    classes->ce[PHP_WECHATPAY_FAILURE_REQUEST] = wechatpay_ce_Exception_Own_RequestException;
    classes->ce[PHP_WECHATPAY_FAILURE_BAD_RESPONSE] = wechatpay_ce_Exception_Own_BadResponseException;
    classes->ce[PHP_WECHATPAY_FAILURE_CLIENT] = wechatpay_ce_Exception_Own_ClientException;
    classes->ce[PHP_WECHATPAY_FAILURE_SERVER] = wechatpay_ce_Exception_Own_ServerException;
    classes->ce[PHP_WECHATPAY_FAILURE_VERIFICATION] = wechatpay_ce_Exception_Own_VerificationException;
    classes->ce[PHP_WECHATPAY_FAILURE_CONNECT] = wechatpay_ce_Exception_Own_ConnectException;
    classes->guzzle = false;
    classes->request_ce = EG(exception) ? NULL
                                        : php_wechatpay_request_class_lookup("GuzzleHttp\\Psr7\\Request", autoload);
    if (EG(exception) || !instantiable(classes->request_ce)) {
        classes->request_ce = NULL;
    }
}

const php_wechatpay_failure_family *php_wechatpay_failure_classes(void)
{
    php_wechatpay_failure_family *classes = &WECHATPAY_G(failure_classes);
    zval pending;

    if (classes->guzzle) {
        return classes;
    }
    if (WECHATPAY_G(failure_resolving)) {
        /* A loader run by the resolution made a call that failed: it gets our own classes, without running more
         * loaders. */
        resolve_own(classes, false);
        return classes;
    }
    /* Until Guzzle is found, each failure looks again (an app may load it later): a lookup per failure, none
     * on success. Once found, the declared classes serve the rest of the request. */
    WECHATPAY_G(failure_resolving) = true;
    if (!resolve_guzzle(classes)) {
        /* Our own classes, and a Request when guzzlehttp/psr7 alone is there; what a loader threw stays pending. */
        ZVAL_UNDEF(&pending);
        if (EG(exception) && !php_wechatpay_exiting()) {
            php_wechatpay_take_exception(&pending);
        }
        resolve_own(classes, !php_wechatpay_exiting());
        if (!Z_ISUNDEF(pending)) {
            zend_throw_exception_object(&pending);
        }
    }
    WECHATPAY_G(failure_resolving) = false;
    return classes;
}

zend_class_entry *php_wechatpay_rejection_class(bool cancellation, bool autoload, bool *guzzle)
{
    zend_class_entry **resolved = WECHATPAY_G(rejection_ce);

    /* As for the failure classes: looked for at each rejection until found, then kept for the request. */
    if (resolved[0] == NULL && !WECHATPAY_G(rejection_resolving)) {
        static const char *const ours[] = {OURS_NS "RejectionException", OURS_NS "CancellationException"};
        zend_class_entry *rejection, *cancellation_ce;

        WECHATPAY_G(rejection_resolving) = true;
        rejection = php_wechatpay_request_class_lookup("GuzzleHttp\\Promise\\RejectionException", autoload);
        cancellation_ce = rejection && !EG(exception)
                              ? php_wechatpay_request_class_lookup("GuzzleHttp\\Promise\\CancellationException", autoload)
                              : NULL;
        if (extendable(rejection) && extendable(cancellation_ce) && !EG(exception)
            && zend_hash_str_exists(&rejection->function_table, ZEND_STRL("getreason"))
            && names_free(ours, 2)
            && php_wechatpay_request_classes_eval(REJECTION_CLASSES_CODE, FILENAME, REJECTION_CLASSES_FAILED) == SUCCESS) {
            resolved[0] = php_wechatpay_request_class_lookup(ours[0], false);
            resolved[1] = php_wechatpay_request_class_lookup(ours[1], false);
        }
        WECHATPAY_G(rejection_resolving) = false;
    }
    *guzzle = resolved[0] != NULL && resolved[1] != NULL;
    if (!*guzzle) {
        return cancellation ? wechatpay_ce_Exception_Own_CancellationException
                            : wechatpay_ce_Exception_Own_RejectionException;
    }
    return resolved[cancellation ? 1 : 0];
}

void php_wechatpay_failure_classes_reset(void)
{
    /* The declared classes lived in the request's class table, destroyed with the executor. */
    memset(&WECHATPAY_G(failure_classes), 0, sizeof(WECHATPAY_G(failure_classes)));
    WECHATPAY_G(failure_resolving) = false;
    WECHATPAY_G(rejection_ce)[0] = WECHATPAY_G(rejection_ce)[1] = NULL;
    WECHATPAY_G(rejection_resolving) = false;
}
