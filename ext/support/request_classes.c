/* The request's classes, looked up or declared (see request_classes.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_inheritance.h"
#include "support/request_classes.h"
#include "http/exceptions.h"

zend_class_entry *php_wechatpay_request_class_lookup(const char *name, bool autoload)
{
    zend_string *str = zend_string_init(name, strlen(name), 0);
    zend_class_entry *ce = zend_lookup_class_ex(str, NULL, autoload ? 0 : ZEND_FETCH_CLASS_NO_AUTOLOAD);

    zend_string_release(str);
    return ce;
}

zend_result php_wechatpay_request_classes_eval(const char *code, const char *filename, const char *failure_message)
{
    zend_result result = zend_eval_stringl(code, strlen(code), NULL, filename);

    if (EG(exception)) {
        return FAILURE;
    }
    /* A parse error throws (and a compile error ends the script): a failure without an exception is not expected,
     * yet the caller is promised one. */
    if (result == FAILURE) {
        php_wechatpay_throw_invalid_state("%s", failure_message);
        return FAILURE;
    }
    return SUCCESS;
}

zend_class_entry *php_wechatpay_request_class_declare(const char *name, const char *code, const char *filename,
                                                      const char *failure_message)
{
    zend_class_entry *ce = php_wechatpay_request_class_lookup(name, false);

    if (ce != NULL) {
        return ce;
    }
    if (php_wechatpay_request_classes_eval(code, filename, failure_message) == FAILURE) {
        return NULL;
    }
    return php_wechatpay_request_class_lookup(name, false);
}

/* What the compiler makes of a class declaration (zend_compile_class_decl()): an unlinked user class in the
 * compiler's arena, which lives as long as the request. */
zend_class_entry *php_wechatpay_request_class_new(const char *name, uint32_t flags, const char *filename,
                                                  const char *const *iface_names, uint32_t num_ifaces)
{
    zend_class_entry *ce = zend_arena_alloc(&CG(arena), sizeof(zend_class_entry));
    uint32_t i;

    memset(ce, 0, sizeof(*ce));
    ce->type = ZEND_USER_CLASS;
    ce->name = zend_string_init(name, strlen(name), 0);
    zend_initialize_class_data(ce, true);
    ce->ce_flags |= flags;
    ce->info.user.filename = zend_string_init(filename, strlen(filename), 0);
    ce->info.user.line_start = 1;
    ce->info.user.line_end = 1;
    if (num_ifaces > 0) {
        ce->num_interfaces = num_ifaces;
        ce->interface_names = emalloc(sizeof(zend_class_name) * num_ifaces);
        for (i = 0; i < num_ifaces; i++) {
            ce->interface_names[i].name = zend_string_init(iface_names[i], strlen(iface_names[i]), 0);
            ce->interface_names[i].lc_name = zend_string_tolower(ce->interface_names[i].name);
        }
    }
    return ce;
}

/* What ZEND_DECLARE_CLASS does with it at run time (do_bind_class()): the class is put in the request's class
 * table under its lower-case name, then linked there. destroy_zend_class() frees the rest at shutdown, as for
 * eval'd code. */
zend_class_entry *php_wechatpay_request_class_link(zend_class_entry *ce, zend_class_entry *parent,
                                                   const char *failure_message)
{
    zend_class_entry *linked;
    zend_string *lcname = zend_string_tolower(ce->name), *lc_parent = NULL;

    if (parent != NULL) {
        ce->parent_name = zend_string_copy(parent->name);
        lc_parent = zend_string_tolower(parent->name);
    }
    if (zend_hash_add_ptr(EG(class_table), lcname, ce) == NULL) {
        /* the caller looked the name up first: only a class loader that ran since could have taken it */
        zval tmp;

        ZVAL_PTR(&tmp, ce);
        destroy_zend_class(&tmp);
        linked = NULL;
    } else if ((linked = zend_do_link_class(ce, lc_parent, lcname)) == NULL) {
        /* an exception is thrown; the unlinked class goes, as do_bind_class() leaves it out of sight */
        zend_hash_del(EG(class_table), lcname);
    }
    if (lc_parent != NULL) {
        zend_string_release(lc_parent);
    }
    zend_string_release(lcname);
    if (linked == NULL && !EG(exception)) {
        php_wechatpay_throw_invalid_state("%s", failure_message);
    }
    return linked;
}

zend_class_entry *php_wechatpay_request_final_class_declare(const char *name, zend_class_entry *parent,
                                                            const char *iface, const char *filename,
                                                            const char *failure_message)
{
    zend_class_entry *ce = php_wechatpay_request_class_lookup(name, false);

    if (ce != NULL) {
        return ce;
    }
    ce = php_wechatpay_request_class_new(name, ZEND_ACC_FINAL, filename, &iface, 1);
    return php_wechatpay_request_class_link(ce, parent, failure_message);
}
