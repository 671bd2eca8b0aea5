/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 98530f7e4e7b4806107ed647b32927b4736dc07f */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Http_EngineHandler___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_EngineHandler___invoke, 0, 2, WeChatPay\\Promise, 0)
	ZEND_ARG_OBJ_INFO(0, request, Psr\\Http\\Message\\RequestInterface, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Http_EngineHandler, __construct);
ZEND_METHOD(WeChatPay_Http_EngineHandler, __invoke);


static const zend_function_entry class_WeChatPay_Http_EngineHandler_methods[] = {
	ZEND_ME(WeChatPay_Http_EngineHandler, __construct, arginfo_class_WeChatPay_Http_EngineHandler___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Http_EngineHandler, __invoke, arginfo_class_WeChatPay_Http_EngineHandler___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Http_EngineHandler(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "EngineHandler", class_WeChatPay_Http_EngineHandler_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
