/* The fallback PSR-7 interfaces (see psr_fallback.h). Compiling their PHP text at the first response of every
 * request that has no PSR-7 cost about 270k instructions (lexer, parser, op arrays, most of it for the
 * declarations' text); instead each request builds the three user interfaces the way PHP links a class whose
 * methods come from an internal parent: arena copies of internal abstract methods (ZEND_ACC_ARENA_ALLOCATED,
 * freed with the class at request shutdown), whose argument information zend_register_functions() turned into
 * engine form once at MINIT. What the app sees is what the compiled text gave: user interfaces of those names
 * and signatures, from the pseudo file PHP_WECHATPAY_PSR_BRIDGE_FILENAME, StreamInterface a Stringable,
 * ResponseInterface extending MessageInterface. Only the methods report themselves as internal in Reflection. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "http/psr_fallback.h"
#include "support/request_classes.h"

#define PSR_NS "Psr\\Http\\Message\\"
/* The argument information below is written by hand, not generated from a stub: gen_stub.php would also emit
 * the code registering the interfaces as classes at MINIT, which must never happen (the app's own PSR-7 would
 * no longer load). The signatures are those of psr/http-message 2.x, as the PHP text compiled before had them. */
#define ABSTRACT_METHOD(name, arginfo) ZEND_RAW_FENTRY(name, NULL, arginfo, ZEND_ACC_PUBLIC | ZEND_ACC_ABSTRACT)

/* MessageInterface */
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_string_none, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_with_protocol_version, 0, 1, Psr\\Http\\Message\\MessageInterface, 0)
    ZEND_ARG_TYPE_INFO(0, version, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_array_none, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_has_header, 0, 1, _IS_BOOL, 0)
    ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_get_header, 0, 1, IS_ARRAY, 0)
    ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_get_header_line, 0, 1, IS_STRING, 0)
    ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_with_header, 0, 2, Psr\\Http\\Message\\MessageInterface, 0)
    ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
    ZEND_ARG_INFO(0, value)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_without_header, 0, 1, Psr\\Http\\Message\\MessageInterface, 0)
    ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_get_body, 0, 0, Psr\\Http\\Message\\StreamInterface, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_with_body, 0, 1, Psr\\Http\\Message\\MessageInterface, 0)
    ZEND_ARG_OBJ_INFO(0, body, Psr\\Http\\Message\\StreamInterface, 0)
ZEND_END_ARG_INFO()

static const zend_function_entry message_methods[] = {
    ABSTRACT_METHOD("getProtocolVersion", arginfo_string_none)
    ABSTRACT_METHOD("withProtocolVersion", arginfo_with_protocol_version)
    ABSTRACT_METHOD("getHeaders", arginfo_array_none)
    ABSTRACT_METHOD("hasHeader", arginfo_has_header)
    ABSTRACT_METHOD("getHeader", arginfo_get_header)
    ABSTRACT_METHOD("getHeaderLine", arginfo_get_header_line)
    ABSTRACT_METHOD("withHeader", arginfo_with_header)
    ABSTRACT_METHOD("withAddedHeader", arginfo_with_header)
    ABSTRACT_METHOD("withoutHeader", arginfo_without_header)
    ABSTRACT_METHOD("getBody", arginfo_get_body)
    ABSTRACT_METHOD("withBody", arginfo_with_body)
    ZEND_FE_END
};

/* StreamInterface */
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_void_none, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_INFO_EX(arginfo_untyped_none, 0, 0, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_nullable_int_none, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_int_none, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_bool_none, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_seek, 0, 1, IS_VOID, 0)
    ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, whence, IS_LONG, 0, "\\SEEK_SET")
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_write, 0, 1, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO(0, string, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_read, 0, 1, IS_STRING, 0)
    ZEND_ARG_TYPE_INFO(0, length, IS_LONG, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_INFO_EX(arginfo_get_metadata, 0, 0, 0)
    ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

static const zend_function_entry stream_methods[] = {
    ABSTRACT_METHOD("__toString", arginfo_string_none)
    ABSTRACT_METHOD("close", arginfo_void_none)
    ABSTRACT_METHOD("detach", arginfo_untyped_none)
    ABSTRACT_METHOD("getSize", arginfo_nullable_int_none)
    ABSTRACT_METHOD("tell", arginfo_int_none)
    ABSTRACT_METHOD("eof", arginfo_bool_none)
    ABSTRACT_METHOD("isSeekable", arginfo_bool_none)
    ABSTRACT_METHOD("seek", arginfo_seek)
    ABSTRACT_METHOD("rewind", arginfo_void_none)
    ABSTRACT_METHOD("isWritable", arginfo_bool_none)
    ABSTRACT_METHOD("write", arginfo_write)
    ABSTRACT_METHOD("isReadable", arginfo_bool_none)
    ABSTRACT_METHOD("read", arginfo_read)
    ABSTRACT_METHOD("getContents", arginfo_string_none)
    ABSTRACT_METHOD("getMetadata", arginfo_get_metadata)
    ZEND_FE_END
};

/* ResponseInterface (its MessageInterface methods are inherited when it is linked) */
ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_with_status, 0, 1, Psr\\Http\\Message\\ResponseInterface, 0)
    ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reasonPhrase, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

static const zend_function_entry response_methods[] = {
    ABSTRACT_METHOD("getStatusCode", arginfo_int_none)
    ABSTRACT_METHOD("withStatus", arginfo_with_status)
    ABSTRACT_METHOD("getReasonPhrase", arginfo_string_none)
    ZEND_FE_END
};

/* One interface: its methods' templates (lower-case name => zend_internal_function with no scope), built at
 * MINIT, and what its declaration says besides. */
typedef struct {
    const char *name;
    const zend_function_entry *entries;
    const char *const *extends;
    uint32_t num_extends;
    const char *doc_comment;
    HashTable methods;
} fallback_iface;

static const char *const stringable[] = {"Stringable"};
static const char *const message_iface[] = {PSR_NS "MessageInterface"};

static fallback_iface ifaces[] = {
    {PSR_NS "MessageInterface", message_methods, NULL, 0,
     "/** An HTTP message (PSR-7): protocol version, header fields and body. Declared by the wechatpay\n"
     " * extension because no PSR-7 package was loaded. Implementations are immutable. */"},
    /* a class declaring __toString() implements Stringable, as the compiler would have added */
    {PSR_NS "StreamInterface", stream_methods, stringable, 1,
     "/** A data stream (PSR-7), typically the body of a message. Declared by the wechatpay extension because\n"
     " * no PSR-7 package was loaded. Methods throw \\RuntimeException on failure. */"},
    {PSR_NS "ResponseInterface", response_methods, message_iface, 1,
     "/** An HTTP response (PSR-7). Declared by the wechatpay extension because no PSR-7 package was loaded. */"},
};

enum { MESSAGE, STREAM, RESPONSE, NUM_IFACES };

/* How many of ifaces[] have their templates' table initialized (MINIT may fail half-way). */
static int num_ready;

zend_result php_wechatpay_psr_fallback_minit(INIT_FUNC_ARGS)
{
    int i;

    for (i = 0; i < NUM_IFACES; i++) {
        zend_hash_init(&ifaces[i].methods, 16, NULL, ZEND_FUNCTION_DTOR, 1);
        num_ready = i + 1;
        /* no scope: plain functions, their class-typed arguments and returns turned into zend_strings */
        if (zend_register_functions(NULL, ifaces[i].entries, &ifaces[i].methods, MODULE_PERSISTENT) == FAILURE) {
            return FAILURE;
        }
    }
    return SUCCESS;
}

void php_wechatpay_psr_fallback_mshutdown(SHUTDOWN_FUNC_ARGS)
{
    int i;

    for (i = 0; i < num_ready; i++) {
        zend_hash_destroy(&ifaces[i].methods);
    }
    num_ready = 0;
}

/* Declares one interface in the request. Returns SUCCESS, or FAILURE with an exception thrown. */
static zend_result declare_iface(fallback_iface *iface)
{
    zend_class_entry *ce;
    zend_string *key;
    zend_internal_function *template, *method;

    if (php_wechatpay_request_class_lookup(iface->name, false) != NULL) {
        return SUCCESS; /* declared by a class loader meanwhile: left as it is, psr_bridge.c checks it */
    }
    ce = php_wechatpay_request_class_new(iface->name, ZEND_ACC_INTERFACE | ZEND_ACC_IMPLICIT_ABSTRACT_CLASS,
                                         PHP_WECHATPAY_PSR_BRIDGE_FILENAME, iface->extends, iface->num_extends);
    ce->info.user.doc_comment = zend_string_init(iface->doc_comment, strlen(iface->doc_comment), 0);
    zend_hash_extend(&ce->function_table, zend_hash_num_elements(&iface->methods), 0);
    ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&iface->methods, key, template) {
        /* as zend_duplicate_internal_function() copies an internal method into a user class */
        method = zend_arena_alloc(&CG(arena), sizeof(zend_internal_function));
        memcpy(method, template, sizeof(zend_internal_function));
        method->fn_flags |= ZEND_ACC_ARENA_ALLOCATED;
        method->scope = ce;
        zend_hash_add_new_ptr(&ce->function_table, key, method);
        if (zend_string_equals_literal(key, "__tostring")) {
            zend_add_magic_method(ce, (zend_function *) method, key);
        }
    } ZEND_HASH_FOREACH_END();
    return php_wechatpay_request_class_link(ce, NULL, "Cannot declare the PSR-7 interfaces") != NULL ? SUCCESS
                                                                                                   : FAILURE;
}

zend_result php_wechatpay_psr_fallback_declare(bool message, bool stream, bool response)
{
    if ((message && declare_iface(&ifaces[MESSAGE]) == FAILURE)
        || (stream && declare_iface(&ifaces[STREAM]) == FAILURE)
        || (response && declare_iface(&ifaces[RESPONSE]) == FAILURE)) {
        return FAILURE;
    }
    return SUCCESS;
}
