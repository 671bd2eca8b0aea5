/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 3b4b7904fa27b7d82c7af93aba471811a5ebf8ee */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Middleware_Signer___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Middleware_Signer___invoke, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, handlerOrRequest, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Middleware_Verifier___construct arginfo_class_WeChatPay_Middleware_Signer___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Middleware_Verifier___invoke, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, handlerOrMessage, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Middleware_HttpErrors___construct arginfo_class_WeChatPay_Middleware_Signer___construct

#define arginfo_class_WeChatPay_Middleware_HttpErrors___invoke arginfo_class_WeChatPay_Middleware_Verifier___invoke


ZEND_METHOD(WeChatPay_Middleware_Signer, __construct);
ZEND_METHOD(WeChatPay_Middleware_Signer, __invoke);
ZEND_METHOD(WeChatPay_Middleware_Verifier, __construct);
ZEND_METHOD(WeChatPay_Middleware_Verifier, __invoke);
ZEND_METHOD(WeChatPay_Middleware_HttpErrors, __construct);
ZEND_METHOD(WeChatPay_Middleware_HttpErrors, __invoke);


static const zend_function_entry class_WeChatPay_Middleware_Signer_methods[] = {
	ZEND_ME(WeChatPay_Middleware_Signer, __construct, arginfo_class_WeChatPay_Middleware_Signer___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Middleware_Signer, __invoke, arginfo_class_WeChatPay_Middleware_Signer___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Middleware_Verifier_methods[] = {
	ZEND_ME(WeChatPay_Middleware_Verifier, __construct, arginfo_class_WeChatPay_Middleware_Verifier___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Middleware_Verifier, __invoke, arginfo_class_WeChatPay_Middleware_Verifier___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Middleware_HttpErrors_methods[] = {
	ZEND_ME(WeChatPay_Middleware_HttpErrors, __construct, arginfo_class_WeChatPay_Middleware_HttpErrors___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Middleware_HttpErrors, __invoke, arginfo_class_WeChatPay_Middleware_HttpErrors___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Middleware_Signer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Middleware", "Signer", class_WeChatPay_Middleware_Signer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Middleware_Verifier(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Middleware", "Verifier", class_WeChatPay_Middleware_Verifier_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Middleware_HttpErrors(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Middleware", "HttpErrors", class_WeChatPay_Middleware_HttpErrors_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
