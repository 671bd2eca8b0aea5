/* WeChatPay\BuilderNode: `$node->seg`, `$node['seg']` and `$node->chain('seg')` are one mechanism that
 * returns a memoised child whose path is this node's path plus the normalised step. */
#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "client/node.h"
#include "zend_attributes.h"
#include "client/client_arginfo.h"
#include "http/exceptions.h"
#include "wxp_steps.h"
#include "client/driver.h"

typedef struct php_wechatpay_node {
    php_wechatpay_client *client; /* shared by the whole tree */
    zend_string *path;            /* URI template, "" for the root */
    HashTable *children;          /* raw step => child node, made on first use */
    zend_object std;
} php_wechatpay_node;

static zend_object_handlers node_handlers;

static zend_always_inline php_wechatpay_node *node_from_obj(zend_object *obj)
{
    return (php_wechatpay_node *) ((char *) obj - XtOffsetOf(php_wechatpay_node, std));
}

php_wechatpay_client *php_wechatpay_node_client(zend_object *node)
{
    return node_from_obj(node)->client;
}

zend_string *php_wechatpay_node_path(zend_object *node)
{
    return node_from_obj(node)->path;
}

static zend_object *node_create(zend_class_entry *ce)
{
    php_wechatpay_node *node = zend_object_alloc(sizeof(php_wechatpay_node), ce);

    zend_object_std_init(&node->std, ce);
    object_properties_init(&node->std, ce);
    node->std.handlers = &node_handlers;
    return &node->std;
}

/* Tolerates a half-built node (no client, no path yet). */
static void node_free(zend_object *obj)
{
    php_wechatpay_node *node = node_from_obj(obj);

    if (node->children) {
        zend_hash_destroy(node->children);
        FREE_HASHTABLE(node->children);
    }
    if (node->path) {
        zend_string_release(node->path);
    }
    php_wechatpay_client_release(node->client);
    zend_object_std_dtor(obj);
}

static void node_init(zval *out, php_wechatpay_client *client, zend_string *path)
{
    php_wechatpay_node *node;

    object_init_ex(out, wechatpay_ce_BuilderNode);
    node = node_from_obj(Z_OBJ_P(out));
    node->client = php_wechatpay_client_addref(client);
    node->path = path;
}

void php_wechatpay_node_create_root(zval *out, php_wechatpay_client *client)
{
    node_init(out, client, ZSTR_EMPTY_ALLOC());
}

/* Makes the path of a child: parent path, `/`, normalised step. NULL with an exception on a bad step. */
static zend_string *child_path(php_wechatpay_node *parent, zend_string *step)
{
    wxp_buf path;
    zend_string *result;

    if (ZSTR_LEN(step) == 0) {
        php_wechatpay_throw_invalid("A path step must not be empty");
        return NULL;
    }
    if (memchr(ZSTR_VAL(step), '\0', ZSTR_LEN(step))) {
        php_wechatpay_throw_invalid("A path step must not contain NUL bytes");
        return NULL;
    }
    wxp_buf_init(&path);
    if ((ZSTR_LEN(parent->path) > 0 && (wxp_buf_append(&path, ZSTR_VAL(parent->path), ZSTR_LEN(parent->path)) != 0
                                        || wxp_buf_append_byte(&path, '/') != 0))
        || wxp_step_normalize(ZSTR_VAL(step), ZSTR_LEN(step), &path) != 0) {
        wxp_buf_free(&path);
        zend_throw_error(NULL, "Out of memory while building a path");
        return NULL;
    }
    result = zend_string_init(wxp_buf_cstr(&path), path.len, 0);
    wxp_buf_free(&path);
    return result;
}

/* Returns the memoised child for step (made on first use), or NULL with an exception thrown. */
static zval *node_child(zend_object *obj, zend_string *step)
{
    php_wechatpay_node *node = node_from_obj(obj);
    zval *child, fresh;
    zend_string *path;

    if (node->children == NULL) {
        ALLOC_HASHTABLE(node->children);
        zend_hash_init(node->children, 8, NULL, ZVAL_PTR_DTOR, 0);
    } else if ((child = zend_hash_find(node->children, step)) != NULL) {
        return child;
    }
    path = child_path(node, step);
    if (path == NULL) {
        return NULL;
    }
    node_init(&fresh, node->client, path);
    return zend_hash_add_new(node->children, step, &fresh);
}

/* A dimension or chain() argument as a step: strings as they are, integers in decimal. */
static zval *node_child_of_zval(zend_object *obj, zval *key)
{
    zend_string *step;
    zval *child;

    ZVAL_DEREF(key);
    if (Z_TYPE_P(key) == IS_STRING) {
        return node_child(obj, Z_STR_P(key));
    }
    if (Z_TYPE_P(key) != IS_LONG) {
        zend_type_error("WeChatPay\\BuilderNode key must be of type string|int, %s given", zend_zval_type_name(key));
        return NULL;
    }
    step = zend_long_to_str(Z_LVAL_P(key));
    child = node_child(obj, step);
    zend_string_release(step);
    return child;
}

static void throw_read_only(void)
{
    zend_throw_error(NULL, "Cannot modify WeChatPay\\BuilderNode: it is read-only");
}

static zval *node_read_property(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
    zval *child = node_child(obj, name);

    if (child == NULL) {
        return &EG(uninitialized_zval);
    }
    ZVAL_COPY(rv, child);
    return rv;
}

static zval *node_write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
    throw_read_only();
    return &EG(error_zval);
}

/* Every path exists, so isset() is true and empty() is false. */
static int node_has_property(zend_object *obj, zend_string *name, int check_empty, void **cache_slot)
{
    return 1;
}

static void node_unset_property(zend_object *obj, zend_string *name, void **cache_slot)
{
    throw_read_only();
}

static zval *node_get_property_ptr_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
    return NULL;
}

static zval *node_read_dimension(zend_object *obj, zval *offset, int type, zval *rv)
{
    zval *child;

    if (offset == NULL) {
        zend_throw_error(NULL, "Cannot append to WeChatPay\\BuilderNode: it is read-only");
        return &EG(uninitialized_zval);
    }
    child = node_child_of_zval(obj, offset);
    if (child == NULL) {
        return &EG(uninitialized_zval);
    }
    ZVAL_COPY(rv, child);
    return rv;
}

static void node_write_dimension(zend_object *obj, zval *offset, zval *value)
{
    throw_read_only();
}

static int node_has_dimension(zend_object *obj, zval *offset, int check_empty)
{
    ZVAL_DEREF(offset);
    return Z_TYPE_P(offset) == IS_STRING || Z_TYPE_P(offset) == IS_LONG;
}

static void node_unset_dimension(zend_object *obj, zval *offset)
{
    throw_read_only();
}

static HashTable *node_get_gc(zend_object *obj, zval **table, int *n)
{
    php_wechatpay_node *node = node_from_obj(obj);

    *table = NULL;
    *n = 0;
    return node->children;
}

/* var_dump() shows the path only: the client behind it holds keys, which never appear. */
static HashTable *node_get_debug_info(zend_object *obj, int *is_temp)
{
    php_wechatpay_node *node = node_from_obj(obj);
    HashTable *info = zend_new_array(1);
    zval path;

    ZVAL_STR_COPY(&path, node->path);
    zend_hash_str_add_new(info, ZEND_STRL("path"), &path);
    *is_temp = 1;
    return info;
}

zend_class_entry *wechatpay_ce_Builder;
zend_class_entry *wechatpay_ce_BuilderChainable;
zend_class_entry *wechatpay_ce_BuilderNode;
zend_class_entry *wechatpay_ce_ClientDecoratorInterface;

zend_result php_wechatpay_node_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Builder = register_class_WeChatPay_Builder();
    wechatpay_ce_ClientDecoratorInterface = register_class_WeChatPay_ClientDecoratorInterface();
    wechatpay_ce_BuilderChainable = register_class_WeChatPay_BuilderChainable(zend_ce_arrayaccess);
    wechatpay_ce_BuilderNode = register_class_WeChatPay_BuilderNode(wechatpay_ce_BuilderChainable);
    wechatpay_ce_BuilderNode->create_object = node_create;
    memcpy(&node_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    node_handlers.offset = XtOffsetOf(php_wechatpay_node, std);
    node_handlers.free_obj = node_free;
    node_handlers.clone_obj = NULL;
    node_handlers.read_property = node_read_property;
    node_handlers.write_property = node_write_property;
    node_handlers.has_property = node_has_property;
    node_handlers.unset_property = node_unset_property;
    node_handlers.get_property_ptr_ptr = node_get_property_ptr_ptr;
    node_handlers.read_dimension = node_read_dimension;
    node_handlers.write_dimension = node_write_dimension;
    node_handlers.has_dimension = node_has_dimension;
    node_handlers.unset_dimension = node_unset_dimension;
    node_handlers.get_gc = node_get_gc;
    node_handlers.get_debug_info = node_get_debug_info;
    node_handlers.compare = zend_objects_not_comparable; /* two nodes are never ==, even for the same path */
    return SUCCESS;
}

ZEND_METHOD(WeChatPay_BuilderNode, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_BuilderNode, chain)
{
    zend_string *step;
    zend_long number;
    zval *child;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR_OR_LONG(step, number)
    ZEND_PARSE_PARAMETERS_END();

    if (step) {
        child = node_child(Z_OBJ_P(ZEND_THIS), step);
    } else {
        step = zend_long_to_str(number);
        child = node_child(Z_OBJ_P(ZEND_THIS), step);
        zend_string_release(step);
    }
    if (child == NULL) {
        RETURN_THROWS();
    }
    RETURN_COPY(child);
}

ZEND_METHOD(WeChatPay_BuilderNode, offsetGet)
{
    zval *key, *child;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(key)
    ZEND_PARSE_PARAMETERS_END();

    child = node_child_of_zval(Z_OBJ_P(ZEND_THIS), key);
    if (child == NULL) {
        RETURN_THROWS();
    }
    RETURN_COPY(child);
}

ZEND_METHOD(WeChatPay_BuilderNode, offsetExists)
{
    zval *key;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(key)
    ZEND_PARSE_PARAMETERS_END();

    RETURN_BOOL(node_has_dimension(Z_OBJ_P(ZEND_THIS), key, 0));
}

ZEND_METHOD(WeChatPay_BuilderNode, offsetSet)
{
    zval *key, *value;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(key)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();

    throw_read_only();
}

ZEND_METHOD(WeChatPay_BuilderNode, offsetUnset)
{
    zval *key;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(key)
    ZEND_PARSE_PARAMETERS_END();

    throw_read_only();
}

ZEND_METHOD(WeChatPay_BuilderNode, getPath)
{
    ZEND_PARSE_PARAMETERS_NONE();

    RETURN_STR_COPY(node_from_obj(Z_OBJ_P(ZEND_THIS))->path);
}

/* The decorator of the tree's client (client/driver.c), the same object from every node. Made without
 * Guzzle: only its select() needs Guzzle, and says what to install when it cannot be loaded. */
ZEND_METHOD(WeChatPay_BuilderNode, getDriver)
{
    ZEND_PARSE_PARAMETERS_NONE();

    RETURN_COPY(php_wechatpay_driver_of(node_from_obj(Z_OBJ_P(ZEND_THIS))->client));
}
