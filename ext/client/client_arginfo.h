/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: fc801e0d3c146d232f53abc8ac5afaa43c58b12b */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Builder___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Builder_factory, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_ClientDecoratorInterface_select, 0, 0, GuzzleHttp\\ClientInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, protocol, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_ClientDecoratorInterface_request, 0, 2, Psr\\Http\\Message\\ResponseInterface, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, uri, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_ClientDecoratorInterface_requestAsync, 0, 2, GuzzleHttp\\Promise\\PromiseInterface, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, uri, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_offsetGet, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_chain, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_MASK(0, segment, MAY_BE_STRING|MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_getDriver, 0, 0, WeChatPay\\ClientDecoratorInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_get, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderChainable_put arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_post arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_patch arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_delete arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_getAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_putAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_postAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_patchAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderChainable_deleteAsync arginfo_class_WeChatPay_BuilderChainable_get

#define arginfo_class_WeChatPay_BuilderNode___construct arginfo_class_WeChatPay_Builder___construct

#define arginfo_class_WeChatPay_BuilderNode_chain arginfo_class_WeChatPay_BuilderChainable_chain

#define arginfo_class_WeChatPay_BuilderNode_offsetGet arginfo_class_WeChatPay_BuilderChainable_offsetGet

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetExists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetSet, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetUnset, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_getPath, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderNode_getDriver arginfo_class_WeChatPay_BuilderChainable_getDriver

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderNode_get, 0, 0, Psr\\Http\\Message\\ResponseInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderNode_put arginfo_class_WeChatPay_BuilderNode_get

#define arginfo_class_WeChatPay_BuilderNode_post arginfo_class_WeChatPay_BuilderNode_get

#define arginfo_class_WeChatPay_BuilderNode_patch arginfo_class_WeChatPay_BuilderNode_get

#define arginfo_class_WeChatPay_BuilderNode_delete arginfo_class_WeChatPay_BuilderNode_get

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderNode_getAsync, 0, 0, WeChatPay\\Promise, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderNode_putAsync arginfo_class_WeChatPay_BuilderNode_getAsync

#define arginfo_class_WeChatPay_BuilderNode_postAsync arginfo_class_WeChatPay_BuilderNode_getAsync

#define arginfo_class_WeChatPay_BuilderNode_patchAsync arginfo_class_WeChatPay_BuilderNode_getAsync

#define arginfo_class_WeChatPay_BuilderNode_deleteAsync arginfo_class_WeChatPay_BuilderNode_getAsync


ZEND_METHOD(WeChatPay_Builder, __construct);
ZEND_METHOD(WeChatPay_Builder, factory);
ZEND_METHOD(WeChatPay_BuilderNode, __construct);
ZEND_METHOD(WeChatPay_BuilderNode, chain);
ZEND_METHOD(WeChatPay_BuilderNode, offsetGet);
ZEND_METHOD(WeChatPay_BuilderNode, offsetExists);
ZEND_METHOD(WeChatPay_BuilderNode, offsetSet);
ZEND_METHOD(WeChatPay_BuilderNode, offsetUnset);
ZEND_METHOD(WeChatPay_BuilderNode, getPath);
ZEND_METHOD(WeChatPay_BuilderNode, getDriver);
ZEND_METHOD(WeChatPay_BuilderNode, get);
ZEND_METHOD(WeChatPay_BuilderNode, put);
ZEND_METHOD(WeChatPay_BuilderNode, post);
ZEND_METHOD(WeChatPay_BuilderNode, patch);
ZEND_METHOD(WeChatPay_BuilderNode, delete);
ZEND_METHOD(WeChatPay_BuilderNode, getAsync);
ZEND_METHOD(WeChatPay_BuilderNode, putAsync);
ZEND_METHOD(WeChatPay_BuilderNode, postAsync);
ZEND_METHOD(WeChatPay_BuilderNode, patchAsync);
ZEND_METHOD(WeChatPay_BuilderNode, deleteAsync);


static const zend_function_entry class_WeChatPay_Builder_methods[] = {
	ZEND_ME(WeChatPay_Builder, __construct, arginfo_class_WeChatPay_Builder___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Builder, factory, arginfo_class_WeChatPay_Builder_factory, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_ClientDecoratorInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_ClientDecoratorInterface, select, arginfo_class_WeChatPay_ClientDecoratorInterface_select, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_ClientDecoratorInterface, request, arginfo_class_WeChatPay_ClientDecoratorInterface_request, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_ClientDecoratorInterface, requestAsync, arginfo_class_WeChatPay_ClientDecoratorInterface_requestAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_BuilderChainable_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, offsetGet, arginfo_class_WeChatPay_BuilderChainable_offsetGet, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, chain, arginfo_class_WeChatPay_BuilderChainable_chain, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, getDriver, arginfo_class_WeChatPay_BuilderChainable_getDriver, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, get, arginfo_class_WeChatPay_BuilderChainable_get, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, put, arginfo_class_WeChatPay_BuilderChainable_put, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, post, arginfo_class_WeChatPay_BuilderChainable_post, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, patch, arginfo_class_WeChatPay_BuilderChainable_patch, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, delete, arginfo_class_WeChatPay_BuilderChainable_delete, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, getAsync, arginfo_class_WeChatPay_BuilderChainable_getAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, putAsync, arginfo_class_WeChatPay_BuilderChainable_putAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, postAsync, arginfo_class_WeChatPay_BuilderChainable_postAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, patchAsync, arginfo_class_WeChatPay_BuilderChainable_patchAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, deleteAsync, arginfo_class_WeChatPay_BuilderChainable_deleteAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_BuilderNode_methods[] = {
	ZEND_ME(WeChatPay_BuilderNode, __construct, arginfo_class_WeChatPay_BuilderNode___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_BuilderNode, chain, arginfo_class_WeChatPay_BuilderNode_chain, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetGet, arginfo_class_WeChatPay_BuilderNode_offsetGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetExists, arginfo_class_WeChatPay_BuilderNode_offsetExists, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetSet, arginfo_class_WeChatPay_BuilderNode_offsetSet, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetUnset, arginfo_class_WeChatPay_BuilderNode_offsetUnset, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, getPath, arginfo_class_WeChatPay_BuilderNode_getPath, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, getDriver, arginfo_class_WeChatPay_BuilderNode_getDriver, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, get, arginfo_class_WeChatPay_BuilderNode_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, put, arginfo_class_WeChatPay_BuilderNode_put, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, post, arginfo_class_WeChatPay_BuilderNode_post, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, patch, arginfo_class_WeChatPay_BuilderNode_patch, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, delete, arginfo_class_WeChatPay_BuilderNode_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, getAsync, arginfo_class_WeChatPay_BuilderNode_getAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, putAsync, arginfo_class_WeChatPay_BuilderNode_putAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, postAsync, arginfo_class_WeChatPay_BuilderNode_postAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, patchAsync, arginfo_class_WeChatPay_BuilderNode_patchAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, deleteAsync, arginfo_class_WeChatPay_BuilderNode_deleteAsync, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Builder(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Builder", class_WeChatPay_Builder_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "factory", sizeof("factory") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_ClientDecoratorInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "ClientDecoratorInterface", class_WeChatPay_ClientDecoratorInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("1.4.12", strlen("1.4.12"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval const_XML_BASED_value;
	zend_string *const_XML_BASED_value_str = zend_string_init("v2", strlen("v2"), 1);
	ZVAL_STR(&const_XML_BASED_value, const_XML_BASED_value_str);
	zend_string *const_XML_BASED_name = zend_string_init_interned("XML_BASED", sizeof("XML_BASED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_XML_BASED_name, &const_XML_BASED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_XML_BASED_name);

	zval const_JSON_BASED_value;
	zend_string *const_JSON_BASED_value_str = zend_string_init("v3", strlen("v3"), 1);
	ZVAL_STR(&const_JSON_BASED_value, const_JSON_BASED_value_str);
	zend_string *const_JSON_BASED_name = zend_string_init_interned("JSON_BASED", sizeof("JSON_BASED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JSON_BASED_name, &const_JSON_BASED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JSON_BASED_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_BuilderChainable(zend_class_entry *class_entry_ArrayAccess)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "BuilderChainable", class_WeChatPay_BuilderChainable_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_ArrayAccess);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_BuilderNode(zend_class_entry *class_entry_WeChatPay_BuilderChainable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "BuilderNode", class_WeChatPay_BuilderNode_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_BuilderChainable);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "get", sizeof("get") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "put", sizeof("put") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "post", sizeof("post") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "patch", sizeof("patch") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "delete", sizeof("delete") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "getasync", sizeof("getasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "putasync", sizeof("putasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "postasync", sizeof("postasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "patchasync", sizeof("patchasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "deleteasync", sizeof("deleteasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
