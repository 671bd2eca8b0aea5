/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4daa7c9b037b9c7652c3472cb71863bea717011c */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Builder___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Builder_factory, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_offsetGet, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_chain, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_MASK(0, segment, MAY_BE_STRING|MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

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

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderNode_get, 0, 0, WeChatPay\\Http\\AbstractResponse, 0)
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


static const zend_function_entry class_WeChatPay_BuilderChainable_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, offsetGet, arginfo_class_WeChatPay_BuilderChainable_offsetGet, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, chain, arginfo_class_WeChatPay_BuilderChainable_chain, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
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
