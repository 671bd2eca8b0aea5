/* WeChatPay\Transformer: APIv2 XML.
 *
 * toArray() parses with PHP's own SimpleXML, exactly as wechatpay-php does (simplexml_load_string() with
 * LIBXML_NONET | LIBXML_COMPACT | LIBXML_NOCDATA | LIBXML_NOBLANKS and libxml's errors kept internal), and
 * walks the result the same way ((array) casts, count(), string casts), so every document gives the same
 * array. It is XXE-safe for the same reasons: no LIBXML_NOENT (external entities are never loaded or
 * substituted), no LIBXML_DTDLOAD, and LIBXML_NONET. Unlike the package it puts libxml_use_internal_errors()
 * back as the app had it.
 *
 * toXml() writes with the core's wxp_xml writer, which produces libxml2's XMLWriter output byte for byte. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/pcre/php_pcre.h"
#include "php_wechatpay.h"
#include "support/php_call.h"
#include "helpers/util.h"
#include "helpers/transformer.h"
#include "wxp_xml.h"

/* libxml2's parser options (stable values of its xmlParserOption enum, as PHP's LIBXML_* constants). */
#define WXP_LIBXML_NOBLANKS (1 << 8)
#define WXP_LIBXML_NONET (1 << 11)
#define WXP_LIBXML_NOCDATA (1 << 14)
#define WXP_LIBXML_COMPACT (1 << 16)

/* Every character XML 1.0 does not allow (the package's sanitize pattern). */
#define SANITIZE_PATTERN "#[^\\x{9}\\x{A}\\x{D}\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]+#u"
/* Keys used as element names as they are (the package's isElementNameValid pattern); others become $item. */
#define KEY_PATTERN "#^[\\pL_][\\pL0-9._:-]*$#ui"
/* An XML Name, as XMLWriter::startElement() checks it (libxml2's xmlValidateName): exact for ASCII; for other
 * characters Unicode classes stand in for XML 1.0's (4th edition) tables. */
#define NAME_PATTERN "/^[\\p{L}_:][\\p{L}\\p{Nd}\\p{M}._:\\x{B7}-]*\\z/u"

/* Calls the PHP function name (which an extension other than ours provides). Returns SUCCESS, or FAILURE with
 * an exception thrown (the function is missing, or threw). */
static zend_result call_php_function(const char *name, const char *needs, zval *retval, uint32_t argc, zval *argv)
{
    return php_wechatpay_call_function(name, retval, argc, argv,
                                       "WeChatPay\\Transformer::toArray() needs PHP's %s extension (%s() is missing)",
                                       needs, name);
}

/* Returns whether subject matches the pattern (PCRE errors, such as invalid UTF-8 under /u, count as no). */
static bool pattern_matches(const char *pattern, zend_string *subject)
{
    zend_string *regex = zend_string_init(pattern, strlen(pattern), 0);
    pcre_cache_entry *pce = pcre_get_compiled_regex_cache(regex);
    zval matched;
    bool result = false;

    zend_string_release(regex);
    if (pce == NULL) {
        return false;
    }
    php_pcre_pce_incref(pce);
    php_pcre_match_impl(pce, subject, &matched, NULL, 0, 0, 0, 0);
    php_pcre_pce_decref(pce);
    result = Z_TYPE(matched) == IS_LONG && Z_LVAL(matched) > 0;
    zval_ptr_dtor(&matched);
    return result;
}

/* The package's sanitize(): '' when xml is not UTF-8 (preg_replace() fails and `?? ''` takes over). */
static zend_string *sanitize(zend_string *xml)
{
    zend_string *regex = zend_string_init(SANITIZE_PATTERN, sizeof(SANITIZE_PATTERN) - 1, 0);
    zend_string *empty = ZSTR_EMPTY_ALLOC();
    zend_string *result = php_pcre_replace(regex, xml, ZSTR_VAL(xml), ZSTR_LEN(xml), empty, (size_t) -1, NULL);

    zend_string_release(regex);
    return result ? result : ZSTR_EMPTY_ALLOC();
}

ZEND_METHOD(WeChatPay_Transformer, sanitize)
{
    zend_string *xml;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(xml)
    ZEND_PARSE_PARAMETERS_END();

    RETURN_STR(sanitize(xml));
}

static zend_result cast(zval *thing, zval *out, zend_class_entry *sxe_ce);

/* The package's value(): arrays are cast again; a SimpleXMLElement becomes an array when it has child
 * elements (count()), else its string value. Changes value in place. */
static zend_result cast_value(zval *value, zend_class_entry *sxe_ce)
{
    zval result;

    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) == IS_ARRAY) {
        if (cast(value, &result, sxe_ce) == FAILURE) {
            return FAILURE;
        }
        zval_ptr_dtor(value);
        ZVAL_COPY_VALUE(value, &result);
        return SUCCESS;
    }
    if (Z_TYPE_P(value) == IS_OBJECT && sxe_ce && instanceof_function(Z_OBJCE_P(value), sxe_ce)) {
        zval count;

        if (php_wechatpay_call_method(Z_OBJ_P(value), "count", &count, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        if (zend_is_true(&count)) {
            zval_ptr_dtor(&count);
            if (cast(value, &result, sxe_ce) == FAILURE) {
                return FAILURE;
            }
        } else {
            zend_string *str;

            zval_ptr_dtor(&count);
            if ((str = zval_try_get_string(value)) == NULL) {
                return FAILURE;
            }
            ZVAL_STR(&result, str);
        }
        zval_ptr_dtor(value);
        ZVAL_COPY_VALUE(value, &result);
    }
    return SUCCESS;
}

/* The package's cast(): `(array) $thing`, then value() on every element. Makes a new array in out. */
static zend_result cast(zval *thing, zval *out, zend_class_entry *sxe_ce)
{
    zval *value;

    ZVAL_COPY(out, thing);
    convert_to_array(out);
    SEPARATE_ARRAY(out);
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(out), value) {
        if (cast_value(value, sxe_ce) == FAILURE) {
            zval_ptr_dtor(out);
            ZVAL_UNDEF(out);
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

/* Reports a parse failure as the package does: libxml's last error as an E_USER_NOTICE raised under `@`
 * (hidden, but error_get_last() returns it), and libxml's error list cleared. */
static void report_parse_error(void)
{
    zval error, ignored;
    zval *level, *code, *message;
    int reporting;
    const int fatal = E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE;

    if (call_php_function("libxml_get_last_error", "libxml", &error, 0, NULL) == FAILURE) {
        return;
    }
    if (Z_TYPE(error) == IS_OBJECT) {
        if (call_php_function("libxml_clear_errors", "libxml", &ignored, 0, NULL) == SUCCESS) {
            zval_ptr_dtor(&ignored);
        }
        level = zend_read_property(Z_OBJCE(error), Z_OBJ(error), ZEND_STRL("level"), 1, &ignored);
        code = zend_read_property(Z_OBJCE(error), Z_OBJ(error), ZEND_STRL("code"), 1, &ignored);
        message = zend_read_property(Z_OBJCE(error), Z_OBJ(error), ZEND_STRL("message"), 1, &ignored);
        if (!EG(exception)) {
            zend_string *text = zval_get_string(message);

            /* what `@` does: only fatal errors stay reportable while the notice is raised */
            reporting = EG(error_reporting);
            EG(error_reporting) &= fatal;
            zend_error(E_USER_NOTICE, "Parsing the $xml failed with the last error(level=" ZEND_LONG_FMT ",code="
                       ZEND_LONG_FMT ",message=%s).", zval_get_long(level), zval_get_long(code), ZSTR_VAL(text));
            /* as the end of `@`: put it back unless a handler set something else meanwhile */
            if ((EG(error_reporting) & ~fatal) == 0) {
                EG(error_reporting) = reporting;
            }
            zend_string_release(text);
        }
    }
    zval_ptr_dtor(&error);
}

zend_result php_wechatpay_xml_to_array(zend_string *xml, zval *out, bool quiet)
{
    zend_string *clean;
    zval args[3], previous, el, ignored;
    zend_class_entry *sxe_ce;
    zend_result result = FAILURE;

    ZVAL_UNDEF(out);
    ZVAL_TRUE(&args[0]);
    if (call_php_function("libxml_use_internal_errors", "libxml", &previous, 1, args) == FAILURE) {
        return FAILURE;
    }
    clean = xml ? sanitize(xml) : zend_string_init("<xml/>", sizeof("<xml/>") - 1, 0);
    ZVAL_STR(&args[0], clean);
    ZVAL_STRING(&args[1], "SimpleXMLElement");
    ZVAL_LONG(&args[2], WXP_LIBXML_NONET | WXP_LIBXML_COMPACT | WXP_LIBXML_NOCDATA | WXP_LIBXML_NOBLANKS);
    if (call_php_function("simplexml_load_string", "simplexml", &el, 3, args) == SUCCESS) {
        if (Z_TYPE(el) == IS_OBJECT) {
            sxe_ce = Z_OBJCE(el);
            while (sxe_ce->parent) {
                sxe_ce = sxe_ce->parent;
            }
            result = cast(&el, out, sxe_ce);
        } else {
            if (!quiet) {
                report_parse_error();
            } else if (call_php_function("libxml_clear_errors", "libxml", &ignored, 0, NULL) == SUCCESS) {
                zval_ptr_dtor(&ignored);
            }
            if (!EG(exception)) {
                ZVAL_EMPTY_ARRAY(out);
                result = SUCCESS;
            }
        }
        zval_ptr_dtor(&el);
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);

    /* libxml_use_internal_errors() back as it was (false also empties libxml's error list) */
    if (!zend_is_true(&previous)) {
        zend_object *pending = EG(exception);

        EG(exception) = NULL;
        ZVAL_FALSE(&args[0]);
        if (call_php_function("libxml_use_internal_errors", "libxml", &ignored, 1, args) == SUCCESS) {
            zval_ptr_dtor(&ignored);
        }
        if (pending) {
            if (EG(exception)) {
                zend_exception_set_previous(EG(exception), pending);
            } else {
                EG(exception) = pending;
            }
        }
    }
    zval_ptr_dtor(&previous);
    if (result == FAILURE && !Z_ISUNDEF_P(out)) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    return result;
}

ZEND_METHOD(WeChatPay_Transformer, toArray)
{
    zend_string *xml = NULL;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(xml)
    ZEND_PARSE_PARAMETERS_END();

    if (php_wechatpay_xml_to_array(xml, return_value, false) == FAILURE) {
        RETURN_THROWS();
    }
}

/* ------------------------------------------------------------------------------------------------ toXml */

/* The deepest nesting toXml() writes: $data is level 1, an array or Traversable in it level 2, and so on.
 * APIv2 bodies are 2 or 3 levels deep; 64 is far more than any of them needs while it keeps the walk, which
 * recurses once per level, a small fraction of the C stack. */
#define TO_XML_MAX_DEPTH 64

typedef struct to_xml_ctx {
    wxp_xml_writer writer;
    zend_string *item;          /* the element name of keys that are no valid name */
    int item_checked;           /* 0 not yet, 1 valid */
    int depth;                  /* the level of the array whose entries are being written */
} to_xml_ctx;

/* The part of a name libxml2 sees: up to the first NUL byte. */
static size_t c_string_len(const char *s, size_t len)
{
    const char *nul = memchr(s, '\0', len);

    return nul ? (size_t) (nul - s) : len;
}

static bool is_xml_name(const char *name, size_t len)
{
    zend_string *str;
    bool valid;

    if (len == 0) {
        return false;
    }
    str = zend_string_init(name, len, 0);
    valid = pattern_matches(NAME_PATTERN, str);
    zend_string_release(str);
    return valid;
}

static zend_result out_of_memory(void)
{
    zend_throw_error(NULL, "Out of memory writing XML");
    return FAILURE;
}

/* The package's needsCdataWrapping(): a truthy string (not '' or '0') holding any of `>&"<`. */
static bool needs_cdata(zend_string *value)
{
    size_t i;

    if (ZSTR_LEN(value) == 0 || zend_string_equals_literal(value, "0")) {
        return false;
    }
    for (i = 0; i < ZSTR_LEN(value); i++) {
        char c = ZSTR_VAL(value)[i];

        if (c == '<' || c == '>' || c == '&' || c == '"') {
            return true;
        }
    }
    return false;
}

static zend_result walk(to_xml_ctx *ctx, HashTable *data);

/* Refuses to go into container (an array or object) at key tag when it is being written already, which
 * would nest it in itself forever, or when it would be deeper than TO_XML_MAX_DEPTH. */
static zend_result check_nesting(to_xml_ctx *ctx, zend_refcounted *container, const char *tag, size_t tag_len)
{
    if (GC_IS_RECURSIVE(container)) {
        zend_argument_value_error(1, "must not contain itself, key \"%.*s\" leads back to an array or object that holds it",
                                  (int) tag_len, tag);
        return FAILURE;
    }
    if (ctx->depth >= TO_XML_MAX_DEPTH) {
        zend_argument_value_error(1, "must not nest arrays and Traversable objects more than %d levels deep, level %d found at key \"%.*s\"",
                                  TO_XML_MAX_DEPTH, ctx->depth + 1, (int) tag_len, tag);
        return FAILURE;
    }
    return SUCCESS;
}

/* The entries of data, one level deeper. data is marked while they are written (the engine's recursion
 * protection, as json_encode() and var_export() use it), so that meeting it again is seen as a cycle. */
static zend_result walk_nested(to_xml_ctx *ctx, HashTable *data)
{
    zend_result result;

    GC_TRY_PROTECT_RECURSION(data);
    ctx->depth++;
    result = walk(ctx, data);
    ctx->depth--;
    GC_TRY_UNPROTECT_RECURSION(data);
    return result;
}

/* A Traversable's entries: `(array) $value`, as the package does (the object's properties, not what iterating
 * it gives). The object stays marked while they are written: the array is made anew from it every time, so
 * only the object itself shows that it holds itself. */
static zend_result walk_object(to_xml_ctx *ctx, zval *value)
{
    zend_object *object = Z_OBJ_P(value);
    zend_result result;
    zval array;

    GC_PROTECT_RECURSION(object);
    ZVAL_COPY(&array, value);
    convert_to_array(&array);
    result = walk_nested(ctx, Z_ARRVAL(array));
    zval_ptr_dtor(&array);
    GC_UNPROTECT_RECURSION(object);
    return result;
}

/* One entry of data: its element, and in it the nested entries or the text. */
static zend_result write_entry(to_xml_ctx *ctx, zend_string *key, zval *value)
{
    const char *tag;
    size_t tag_len;
    zend_result result = SUCCESS;

    if (key && ZSTR_LEN(key) > 0 && memchr(ZSTR_VAL(key), ' ', ZSTR_LEN(key)) == NULL
        && pattern_matches(KEY_PATTERN, key)) {
        tag = ZSTR_VAL(key);
        tag_len = c_string_len(tag, ZSTR_LEN(key));
        if (!is_xml_name(tag, tag_len)) {
            zend_argument_value_error(1, "must have keys that are element names or integers, \"%s\" given", tag);
            return FAILURE;
        }
    } else {
        tag = ZSTR_VAL(ctx->item);
        tag_len = c_string_len(tag, ZSTR_LEN(ctx->item));
        if (!ctx->item_checked) {
            if (!is_xml_name(tag, tag_len)) {
                zend_argument_value_error(5, "must be a valid element name, \"%s\" given", tag);
                return FAILURE;
            }
            ctx->item_checked = 1;
        }
    }
    if (wxp_xml_start_element(&ctx->writer, tag, tag_len) != 0) {
        return out_of_memory();
    }

    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) == IS_ARRAY) {
        result = check_nesting(ctx, (zend_refcounted *) Z_ARRVAL_P(value), tag, tag_len) == SUCCESS
            ? walk_nested(ctx, Z_ARRVAL_P(value)) : FAILURE;
    } else if (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), zend_ce_traversable)) {
        result = check_nesting(ctx, (zend_refcounted *) Z_OBJ_P(value), tag, tag_len) == SUCCESS
            ? walk_object(ctx, value) : FAILURE;
    } else {
        /* Every other value is written as `(string) $value`, as the package does: an int, float (under the
         * precision INI), bool ('1' or ''), null (''), Stringable or resource becomes its string; an object
         * that has no __toString() is the cast's Error. */
        zend_string *text = zval_try_get_string(value);
        size_t len;
        int rc;

        if (text == NULL) {
            return FAILURE;
        }
        len = c_string_len(ZSTR_VAL(text), ZSTR_LEN(text));
        rc = needs_cdata(text) ? wxp_xml_cdata(&ctx->writer, ZSTR_VAL(text), len)
                               : wxp_xml_text(&ctx->writer, ZSTR_VAL(text), len);
        zend_string_release(text);
        if (rc != 0) {
            return out_of_memory();
        }
    }
    if (result == SUCCESS && wxp_xml_end_element(&ctx->writer) != 0) {
        return out_of_memory();
    }
    return result;
}

/* Every entry of data, in order. Only walk_nested() calls it, so data is marked as being written. */
static zend_result walk(to_xml_ctx *ctx, HashTable *data)
{
    zend_string *key;
    zval *value;

    ZEND_HASH_FOREACH_STR_KEY_VAL_IND(data, key, value) {
        if (write_entry(ctx, key, value) == FAILURE) {
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

/* Writes data under root (a valid name) into out as toXml() does. Returns SUCCESS, or FAILURE (thrown). */
static zend_result write_document(HashTable *data, bool headless, bool indent, const char *root, size_t root_len,
                                  zend_string *item, wxp_buf *out)
{
    to_xml_ctx ctx;
    zend_result result;

    wxp_xml_writer_init(&ctx.writer, out, indent);
    ctx.item = item;
    ctx.item_checked = 0;
    ctx.depth = 0;
    result = (!headless && wxp_xml_start_document(&ctx.writer) != 0)
        || wxp_xml_start_element(&ctx.writer, root, root_len) != 0 ? out_of_memory() : SUCCESS;
    if (result == SUCCESS) {
        result = walk_nested(&ctx, data); /* $data is level 1 */
    }
    if (result == SUCCESS) {
        result = wxp_xml_end_element(&ctx.writer) != 0 || (!headless && wxp_xml_end_document(&ctx.writer) != 0)
            ? out_of_memory() : SUCCESS;
    }
    wxp_xml_writer_free(&ctx.writer);
    return result;
}

zend_string *php_wechatpay_xml_from_array(HashTable *data)
{
    zend_string *item = zend_string_init("item", 4, 0), *xml = NULL;
    wxp_buf out;

    wxp_buf_init(&out);
    if (write_document(data, true, false, "xml", 3, item, &out) == SUCCESS) {
        xml = zend_string_init(out.data ? out.data : "", out.len, 0);
    }
    wxp_buf_free(&out);
    zend_string_release(item);
    return xml;
}

ZEND_METHOD(WeChatPay_Transformer, toXml)
{
    HashTable *data;
    bool headless = true, indent = false;
    zend_string *root = NULL, *item = NULL;
    wxp_buf out;
    size_t root_len;
    zend_result result;

    ZEND_PARSE_PARAMETERS_START(1, 5)
        Z_PARAM_ARRAY_HT(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(headless)
        Z_PARAM_BOOL(indent)
        Z_PARAM_STR(root)
        Z_PARAM_STR(item)
    ZEND_PARSE_PARAMETERS_END();

    root = root ? zend_string_copy(root) : zend_string_init("xml", 3, 0);
    root_len = c_string_len(ZSTR_VAL(root), ZSTR_LEN(root));
    if (!is_xml_name(ZSTR_VAL(root), root_len)) {
        zend_argument_value_error(4, "must be a valid element name, \"%s\" given", ZSTR_VAL(root));
        zend_string_release(root);
        RETURN_THROWS();
    }
    wxp_buf_init(&out);
    item = item ? zend_string_copy(item) : zend_string_init("item", 4, 0);
    result = write_document(data, headless, indent, ZSTR_VAL(root), root_len, item, &out);
    zend_string_release(item);
    zend_string_release(root);
    if (result == SUCCESS) {
        RETVAL_STRINGL(out.data ? out.data : "", out.len);
    }
    wxp_buf_free(&out);
    if (result == FAILURE) {
        RETURN_THROWS();
    }
}
