/* Arguments of the crypto helper methods, checked as PHP checks a userland method's: wechatpay-php's
 * versions are userland, and an app must see the same TypeError and ArgumentCountError from ours.
 * The differences from ZPP that matter: null for `string` is a TypeError (ZPP: a deprecation, then ""),
 * extra arguments are ignored (ZPP: ArgumentCountError), and messages carry ", called in FILE on line N"
 * and the userland "Too few arguments to function ..." wording. */
#include "php.h"
#include "zend_exceptions.h"
#include "helpers/crypto_aes.h"

/* The frame that called the running method, when it is userland code (its file and line go in messages). */
static zend_execute_data *user_caller(zend_execute_data *execute_data)
{
    zend_execute_data *caller = EX(prev_execute_data);

    return caller && caller->func && ZEND_USER_CODE(caller->func->common.type) ? caller : NULL;
}

/* The ArgumentCountError PHP throws when a userland function gets fewer arguments than it requires. */
static void missing_arguments(zend_execute_data *execute_data)
{
    zend_function *func = EX(func);
    zend_execute_data *caller = user_caller(execute_data);
    const char *scope = func->common.scope ? ZSTR_VAL(func->common.scope->name) : "";
    const char *sep = func->common.scope ? "::" : "";
    const char *how = func->common.required_num_args == func->common.num_args ? "exactly" : "at least";

    if (caller) {
        zend_throw_error(zend_ce_argument_count_error,
                         "Too few arguments to function %s%s%s(), %d passed in %s on line %d and %s %d expected", scope,
                         sep, ZSTR_VAL(func->common.function_name), (int) EX_NUM_ARGS(),
                         ZSTR_VAL(caller->func->op_array.filename), (int) caller->opline->lineno, how,
                         (int) func->common.required_num_args);
    } else {
        zend_throw_error(zend_ce_argument_count_error, "Too few arguments to function %s%s%s(), %d passed and %s %d expected",
                         scope, sep, ZSTR_VAL(func->common.function_name), (int) EX_NUM_ARGS(), how,
                         (int) func->common.required_num_args);
    }
}

zval *php_wechatpay_arg_any(zend_execute_data *execute_data, uint32_t n, bool *missing)
{
    zval *arg;

    *missing = false;
    if (n <= EX_NUM_ARGS()) {
        arg = ZEND_CALL_ARG(execute_data, n);
        if (!Z_ISUNDEF_P(arg)) {
            ZVAL_DEREF(arg);
            return arg;
        }
    }
    if (n <= EX(func)->common.required_num_args) {
        missing_arguments(execute_data);
        *missing = true;
    }
    return NULL;
}

bool php_wechatpay_arg_string(zend_execute_data *execute_data, uint32_t n, bool nullable, zend_string **out)
{
    bool missing;
    zval *arg = php_wechatpay_arg_any(execute_data, n, &missing);
    zend_execute_data *caller;
    zend_string *converted;

    *out = NULL;
    if (arg == NULL) {
        return !missing;
    }
    if (EXPECTED(Z_TYPE_P(arg) == IS_STRING)) {
        *out = Z_STR_P(arg);
        return true;
    }
    if (Z_TYPE_P(arg) == IS_NULL) {
        if (nullable) {
            return true;
        }
    } else if (zend_parse_arg_str_slow(arg, &converted, n)) {
        /* Converted in place in the call frame, which owns it from now on. */
        *out = converted;
        return true;
    } else if (EG(exception)) {
        return false; /* __toString() threw */
    }
    caller = user_caller(execute_data);
    if (caller) {
        zend_argument_type_error(n, "must be of type %s, %s given, called in %s on line %d", nullable ? "?string" : "string",
                                 zend_zval_type_name(arg), ZSTR_VAL(caller->func->op_array.filename),
                                 (int) caller->opline->lineno);
    } else {
        zend_argument_type_error(n, "must be of type %s, %s given", nullable ? "?string" : "string",
                                 zend_zval_type_name(arg));
    }
    return false;
}
