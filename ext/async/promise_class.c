/* The Guzzle-typed promise class (see promise_class.h).
 *
 * Why a per-request subclass: GuzzleHttp\Promise\PromiseInterface is the app's (Composer's 1.x or 2.x,
 * Debian's, or none), known only once its autoloaders run, and a class of the request may implement it; an
 * internal class made at MINIT may not. WeChatPay\Promise stays final for the app: its final flag is lifted
 * only while the declaration below compiles, so the one subclass there is ours.
 *
 * Its body: the three constants, redeclared (inheriting them from both the parent and the interface is
 * "ambiguous" for PHP); and, only when the interface's then()/otherwise() declare a return type (2.x:
 * `: PromiseInterface`, which WeChatPay\Promise is not, and which an inherited method cannot narrow to
 * `static`: PHP checks it in the parent's scope), a then()/otherwise() returning `static` (this final class,
 * both a WeChatPay\Promise and a PromiseInterface) that calls ours. With 1.x (Debian 12's) the subclass adds
 * no method, so its promises cost what ours cost.
 *
 * The interface's signatures are checked against ours before the declaration is compiled: an incompatible
 * one would be a fatal error there. A version we do not fit leaves the promises untyped (as without Guzzle). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "async/promise_class.h"
#include "support/request_classes.h"

#define GUZZLE_INTERFACE "GuzzleHttp\\Promise\\PromiseInterface"
#define TYPED_CLASS "WeChatPay\\Promise\\GuzzlePromise"
#define DECLARATION_FILENAME "wechatpay Guzzle promise class"

/* The class table's key of Guzzle's interface (lower case), interned for the process. */
static zend_string *guzzle_interface_key;

void php_wechatpay_promise_class_minit(void)
{
    guzzle_interface_key = zend_string_init_interned(ZEND_STRL("guzzlehttp\\promise\\promiseinterface"), 1);
}

/* Returns 1 when the interface's method fn declares the return type `PromiseInterface` (Guzzle 2.x). */
static bool returns_promise_interface(const zend_function *fn)
{
    const zend_type *type = &fn->common.arg_info[-1].type;

    return ZEND_TYPE_IS_ONLY_MASK(*type) == 0 && ZEND_TYPE_HAS_NAME(*type) && !ZEND_TYPE_ALLOW_NULL(*type)
        && zend_string_equals_literal_ci(ZEND_TYPE_NAME(*type), GUZZLE_INTERFACE);
}

/* Returns 1 when WeChatPay\Promise's methods (or, for then/otherwise with a return type, the subclass's
 * trampolines) satisfy every method of iface, so that declaring the subclass cannot be a fatal error. Our
 * parameters are mixed or callable, so only the counts and the return types can disagree. */
static bool fits_interface(zend_class_entry *iface, bool *trampolines)
{
    zend_string *name;
    zend_function *required, *ours;

    *trampolines = false;
    if (!(iface->ce_flags & ZEND_ACC_INTERFACE)) {
        return false;
    }
    ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&iface->function_table, name, required) {
        if (name == NULL || (ours = zend_hash_find_ptr(&wechatpay_ce_Promise->function_table, name)) == NULL
            || !(ours->common.fn_flags & ZEND_ACC_PUBLIC) || (ours->common.fn_flags & ZEND_ACC_STATIC)
            || ours->common.num_args < required->common.num_args
            || ours->common.required_num_args > required->common.required_num_args) {
            return false;
        }
        if (!(required->common.fn_flags & ZEND_ACC_HAS_RETURN_TYPE)) {
            continue;
        }
        if (zend_string_equals_literal(name, "then") || zend_string_equals_literal(name, "otherwise")) {
            if (!returns_promise_interface(required)) {
                return false;
            }
            *trampolines = true;
        } else {
            zend_string *theirs = zend_type_to_string(required->common.arg_info[-1].type);
            zend_string *mine = zend_type_to_string(ours->common.arg_info[-1].type);
            bool same = zend_string_equals_ci(theirs, mine);

            zend_string_release(theirs);
            zend_string_release(mine);
            if (!same) {
                return false;
            }
        }
    } ZEND_HASH_FOREACH_END();
    return true;
}

/* Compiles the subclass's declaration. Returns the class, or NULL (with no exception left) when it could not
 * be declared. */
static zend_class_entry *declare_typed_class(bool trampolines)
{
    smart_str code = {0};
    zend_result result;

    smart_str_appends(&code,
        "namespace WeChatPay\\Promise;\n"
        "final class GuzzlePromise extends \\WeChatPay\\Promise implements \\" GUZZLE_INTERFACE "\n{\n"
        "    public const PENDING = 'pending';\n"
        "    public const FULFILLED = 'fulfilled';\n"
        "    public const REJECTED = 'rejected';\n");
    if (trampolines) {
        smart_str_appends(&code,
            "    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): static\n"
            "    {\n        return parent::then($onFulfilled, $onRejected);\n    }\n"
            "    public function otherwise(callable $onRejected): static\n"
            "    {\n        return parent::otherwise($onRejected);\n    }\n");
    }
    smart_str_appends(&code, "}\n");
    smart_str_0(&code);

    /* Lifted for this compilation only; php_wechatpay_promise_class_reset() restores it should a fatal
     * error end the request here. */
    wechatpay_ce_Promise->ce_flags &= ~ZEND_ACC_FINAL;
    result = php_wechatpay_request_classes_eval(ZSTR_VAL(code.s), DECLARATION_FILENAME,
                                                "Cannot declare " TYPED_CLASS);
    wechatpay_ce_Promise->ce_flags |= ZEND_ACC_FINAL;
    smart_str_free(&code);
    if (result == FAILURE) {
        zend_clear_exception();
        return NULL;
    }
    return php_wechatpay_request_class_lookup(TYPED_CLASS, false);
}

/* Looks up Guzzle's interface (autoloading it when autoload) and returns the typed class, declaring it, or
 * NULL when the app has no Guzzle interface we fit. */
static zend_class_entry *typed_class(bool autoload)
{
    zend_class_entry *iface = php_wechatpay_request_class_lookup(GUZZLE_INTERFACE, autoload);
    zend_class_entry *ce;
    bool trampolines;

    if (iface == NULL || EG(exception)) {
        return NULL;
    }
    ce = php_wechatpay_request_class_lookup(TYPED_CLASS, false);
    if (ce == NULL) {
        ce = fits_interface(iface, &trampolines) ? declare_typed_class(trampolines) : NULL;
    }
    /* Only ours can extend the final WeChatPay\Promise; still, what we use must be what we declared. */
    if (ce == NULL || ce->parent != wechatpay_ce_Promise || !instanceof_function(ce, iface)) {
        return NULL;
    }
    if (!(ce->ce_flags & ZEND_ACC_CONSTANTS_UPDATED) && zend_update_class_constants(ce) == FAILURE) {
        zend_clear_exception();
        return NULL;
    }
    return ce;
}

zend_class_entry *php_wechatpay_promise_class(void)
{
    zend_class_entry *ce = WECHATPAY_G(promise_ce);
    bool autoload;

    if (EXPECTED(ce != NULL)) {
        return ce;
    }
    /* Looked up (autoloading) already this request and absent: typed only once someone loads Guzzle's
     * interface later on, which a look into the class table tells without running any autoloader. */
    autoload = !WECHATPAY_G(promise_guzzle_looked_up);
    if (!autoload && EXPECTED(!zend_hash_exists(EG(class_table), guzzle_interface_key))) {
        return wechatpay_ce_Promise;
    }
    /* The lookup runs the app's autoloaders, which may make promises: those get our base class, never a
     * half-declared one, nor a second declaration. */
    if (WECHATPAY_G(promise_declaring)) {
        return wechatpay_ce_Promise;
    }
    WECHATPAY_G(promise_declaring) = true;
    WECHATPAY_G(promise_guzzle_looked_up) = true;
    ce = typed_class(autoload);
    WECHATPAY_G(promise_declaring) = false;
    if (ce != NULL) {
        WECHATPAY_G(promise_ce) = ce;
        return ce;
    }
    /* Found but not fitting: decided for the request. Absent (or its autoloader threw): looked for again only
     * in the class table. */
    if (zend_hash_exists(EG(class_table), guzzle_interface_key)) {
        WECHATPAY_G(promise_ce) = wechatpay_ce_Promise;
    }
    return wechatpay_ce_Promise;
}

void php_wechatpay_promise_class_reset(void)
{
    /* The class lived in the request's class table, destroyed with the executor; nothing else is held. */
    WECHATPAY_G(promise_ce) = NULL;
    WECHATPAY_G(promise_guzzle_looked_up) = false;
    WECHATPAY_G(promise_declaring) = false; /* a fatal error may have ended the request mid-way */
    if (wechatpay_ce_Promise) {
        wechatpay_ce_Promise->ce_flags |= ZEND_ACC_FINAL;
    }
}
