/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d4ee6ae19a2549aefdf0fdd8b30b93ce94cc3965 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_ClientDecorator___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_ClientDecorator_select, 0, 0, GuzzleHttp\\ClientInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, protocol, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_ClientDecorator_request, 0, 2, Psr\\Http\\Message\\ResponseInterface, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, uri, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_ClientDecorator_requestAsync, 0, 2, GuzzleHttp\\Promise\\PromiseInterface, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, uri, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_ClientDecorator, __construct);
ZEND_METHOD(WeChatPay_ClientDecorator, select);
ZEND_METHOD(WeChatPay_ClientDecorator, request);
ZEND_METHOD(WeChatPay_ClientDecorator, requestAsync);


static const zend_function_entry class_WeChatPay_ClientDecorator_methods[] = {
	ZEND_ME(WeChatPay_ClientDecorator, __construct, arginfo_class_WeChatPay_ClientDecorator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_ClientDecorator, select, arginfo_class_WeChatPay_ClientDecorator_select, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_ClientDecorator, request, arginfo_class_WeChatPay_ClientDecorator_request, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_ClientDecorator, requestAsync, arginfo_class_WeChatPay_ClientDecorator_requestAsync, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_ClientDecorator(zend_class_entry *class_entry_WeChatPay_ClientDecoratorInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "ClientDecorator", class_WeChatPay_ClientDecorator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_ClientDecoratorInterface);

	return class_entry;
}
