/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9968f190086cd850f24a5a078e1329f0a7e9e542 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Http_TransferStats___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_TransferStats_getRequest, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_TransferStats_getResponse arginfo_class_WeChatPay_Http_TransferStats_getRequest

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_TransferStats_hasResponse, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_TransferStats_getHandlerErrorData arginfo_class_WeChatPay_Http_TransferStats_getRequest

#define arginfo_class_WeChatPay_Http_TransferStats_getEffectiveUri arginfo_class_WeChatPay_Http_TransferStats_getRequest

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_TransferStats_getTransferTime, 0, 0, IS_DOUBLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_TransferStats_getHandlerStats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_TransferStats_getHandlerStat, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, stat, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Http_TransferStats, __construct);
ZEND_METHOD(WeChatPay_Http_TransferStats, getRequest);
ZEND_METHOD(WeChatPay_Http_TransferStats, getResponse);
ZEND_METHOD(WeChatPay_Http_TransferStats, hasResponse);
ZEND_METHOD(WeChatPay_Http_TransferStats, getHandlerErrorData);
ZEND_METHOD(WeChatPay_Http_TransferStats, getEffectiveUri);
ZEND_METHOD(WeChatPay_Http_TransferStats, getTransferTime);
ZEND_METHOD(WeChatPay_Http_TransferStats, getHandlerStats);
ZEND_METHOD(WeChatPay_Http_TransferStats, getHandlerStat);


static const zend_function_entry class_WeChatPay_Http_TransferStats_methods[] = {
	ZEND_ME(WeChatPay_Http_TransferStats, __construct, arginfo_class_WeChatPay_Http_TransferStats___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Http_TransferStats, getRequest, arginfo_class_WeChatPay_Http_TransferStats_getRequest, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_TransferStats, getResponse, arginfo_class_WeChatPay_Http_TransferStats_getResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_TransferStats, hasResponse, arginfo_class_WeChatPay_Http_TransferStats_hasResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_TransferStats, getHandlerErrorData, arginfo_class_WeChatPay_Http_TransferStats_getHandlerErrorData, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_TransferStats, getEffectiveUri, arginfo_class_WeChatPay_Http_TransferStats_getEffectiveUri, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_TransferStats, getTransferTime, arginfo_class_WeChatPay_Http_TransferStats_getTransferTime, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_TransferStats, getHandlerStats, arginfo_class_WeChatPay_Http_TransferStats_getHandlerStats, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_TransferStats, getHandlerStat, arginfo_class_WeChatPay_Http_TransferStats_getHandlerStat, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Http_TransferStats(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "TransferStats", class_WeChatPay_Http_TransferStats_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_request_default_value;
	ZVAL_NULL(&property_request_default_value);
	zend_string *property_request_name = zend_string_init("request", sizeof("request") - 1, 1);
	zend_declare_typed_property(class_entry, property_request_name, &property_request_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_request_name);

	zval property_uri_default_value;
	ZVAL_NULL(&property_uri_default_value);
	zend_string *property_uri_name = zend_string_init("uri", sizeof("uri") - 1, 1);
	zend_declare_typed_property(class_entry, property_uri_name, &property_uri_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_uri_name);

	zval property_response_default_value;
	ZVAL_NULL(&property_response_default_value);
	zend_string *property_response_name = zend_string_init("response", sizeof("response") - 1, 1);
	zend_declare_typed_property(class_entry, property_response_name, &property_response_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_response_name);

	zval property_transferTime_default_value;
	ZVAL_NULL(&property_transferTime_default_value);
	zend_string *property_transferTime_name = zend_string_init("transferTime", sizeof("transferTime") - 1, 1);
	zend_declare_typed_property(class_entry, property_transferTime_name, &property_transferTime_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_transferTime_name);

	zval property_handlerErrorData_default_value;
	ZVAL_NULL(&property_handlerErrorData_default_value);
	zend_string *property_handlerErrorData_name = zend_string_init("handlerErrorData", sizeof("handlerErrorData") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerErrorData_name, &property_handlerErrorData_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_handlerErrorData_name);

	zval property_handlerStats_default_value;
	ZVAL_EMPTY_ARRAY(&property_handlerStats_default_value);
	zend_string *property_handlerStats_name = zend_string_init("handlerStats", sizeof("handlerStats") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerStats_name, &property_handlerStats_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_handlerStats_name);

	return class_entry;
}
