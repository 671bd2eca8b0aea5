/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 39592213d1a146898d6eea1c49f7b05716115eae */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_getRequest, 0, 0, Psr\\Http\\Message\\RequestInterface, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_getResponse, 0, 0, Psr\\Http\\Message\\ResponseInterface, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_hasResponse, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_getHandlerContext, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_getRequestId, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_BadResponseException_getStatusCode, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Exception_BadResponseException_getErrorCode arginfo_class_WeChatPay_Exception_RequestException_getRequestId

#define arginfo_class_WeChatPay_Exception_BadResponseException_getErrorMessage arginfo_class_WeChatPay_Exception_RequestException_getRequestId

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_BadResponseException_getErrorDetail, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Exception_ConnectException_getCurlErrno arginfo_class_WeChatPay_Exception_BadResponseException_getStatusCode

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Exception_RejectionException_getReason, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Exception_Own_RequestException_getRequest arginfo_class_WeChatPay_Exception_RequestException_getRequest

#define arginfo_class_WeChatPay_Exception_Own_RequestException_getResponse arginfo_class_WeChatPay_Exception_RequestException_getResponse

#define arginfo_class_WeChatPay_Exception_Own_RequestException_hasResponse arginfo_class_WeChatPay_Exception_RequestException_hasResponse

#define arginfo_class_WeChatPay_Exception_Own_RequestException_getHandlerContext arginfo_class_WeChatPay_Exception_RequestException_getHandlerContext

#define arginfo_class_WeChatPay_Exception_Own_RequestException_getRequestId arginfo_class_WeChatPay_Exception_RequestException_getRequestId

#define arginfo_class_WeChatPay_Exception_Own_BadResponseException_getStatusCode arginfo_class_WeChatPay_Exception_BadResponseException_getStatusCode

#define arginfo_class_WeChatPay_Exception_Own_BadResponseException_getErrorCode arginfo_class_WeChatPay_Exception_RequestException_getRequestId

#define arginfo_class_WeChatPay_Exception_Own_BadResponseException_getErrorMessage arginfo_class_WeChatPay_Exception_RequestException_getRequestId

#define arginfo_class_WeChatPay_Exception_Own_BadResponseException_getErrorDetail arginfo_class_WeChatPay_Exception_BadResponseException_getErrorDetail

#define arginfo_class_WeChatPay_Exception_Own_ConnectException_getCurlErrno arginfo_class_WeChatPay_Exception_BadResponseException_getStatusCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_Own_RejectionException_getReason, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Exception_Own_RequestException, getRequest);
ZEND_METHOD(WeChatPay_Exception_Own_RequestException, getResponse);
ZEND_METHOD(WeChatPay_Exception_Own_RequestException, hasResponse);
ZEND_METHOD(WeChatPay_Exception_Own_RequestException, getHandlerContext);
ZEND_METHOD(WeChatPay_Exception_Own_RequestException, getRequestId);
ZEND_METHOD(WeChatPay_Exception_Own_BadResponseException, getStatusCode);
ZEND_METHOD(WeChatPay_Exception_Own_BadResponseException, getErrorCode);
ZEND_METHOD(WeChatPay_Exception_Own_BadResponseException, getErrorMessage);
ZEND_METHOD(WeChatPay_Exception_Own_BadResponseException, getErrorDetail);
ZEND_METHOD(WeChatPay_Exception_Own_ConnectException, getCurlErrno);
ZEND_METHOD(WeChatPay_Exception_Own_RejectionException, getReason);


static const zend_function_entry class_WeChatPay_Exception_WeChatPayException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_InvalidArgumentException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_RequestException_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_RequestException, getRequest, arginfo_class_WeChatPay_Exception_RequestException_getRequest, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_RequestException, getResponse, arginfo_class_WeChatPay_Exception_RequestException_getResponse, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_RequestException, hasResponse, arginfo_class_WeChatPay_Exception_RequestException_hasResponse, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_RequestException, getHandlerContext, arginfo_class_WeChatPay_Exception_RequestException_getHandlerContext, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_RequestException, getRequestId, arginfo_class_WeChatPay_Exception_RequestException_getRequestId, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_BadResponseException_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_BadResponseException, getStatusCode, arginfo_class_WeChatPay_Exception_BadResponseException_getStatusCode, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_BadResponseException, getErrorCode, arginfo_class_WeChatPay_Exception_BadResponseException_getErrorCode, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_BadResponseException, getErrorMessage, arginfo_class_WeChatPay_Exception_BadResponseException_getErrorMessage, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_BadResponseException, getErrorDetail, arginfo_class_WeChatPay_Exception_BadResponseException_getErrorDetail, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_ClientException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_ServerException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_VerificationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_ConnectException_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_ConnectException, getCurlErrno, arginfo_class_WeChatPay_Exception_ConnectException_getCurlErrno, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_RejectionException_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Exception_RejectionException, getReason, arginfo_class_WeChatPay_Exception_RejectionException_getReason, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_CancellationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_Own_RequestException_methods[] = {
	ZEND_ME(WeChatPay_Exception_Own_RequestException, getRequest, arginfo_class_WeChatPay_Exception_Own_RequestException_getRequest, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_Own_RequestException, getResponse, arginfo_class_WeChatPay_Exception_Own_RequestException_getResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_Own_RequestException, hasResponse, arginfo_class_WeChatPay_Exception_Own_RequestException_hasResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_Own_RequestException, getHandlerContext, arginfo_class_WeChatPay_Exception_Own_RequestException_getHandlerContext, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_Own_RequestException, getRequestId, arginfo_class_WeChatPay_Exception_Own_RequestException_getRequestId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_Own_BadResponseException_methods[] = {
	ZEND_ME(WeChatPay_Exception_Own_BadResponseException, getStatusCode, arginfo_class_WeChatPay_Exception_Own_BadResponseException_getStatusCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_Own_BadResponseException, getErrorCode, arginfo_class_WeChatPay_Exception_Own_BadResponseException_getErrorCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_Own_BadResponseException, getErrorMessage, arginfo_class_WeChatPay_Exception_Own_BadResponseException_getErrorMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_Own_BadResponseException, getErrorDetail, arginfo_class_WeChatPay_Exception_Own_BadResponseException_getErrorDetail, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_Own_ClientException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_Own_ServerException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_Own_VerificationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_Own_ConnectException_methods[] = {
	ZEND_ME(WeChatPay_Exception_Own_ConnectException, getCurlErrno, arginfo_class_WeChatPay_Exception_Own_ConnectException_getCurlErrno, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_Own_RejectionException_methods[] = {
	ZEND_ME(WeChatPay_Exception_Own_RejectionException, getReason, arginfo_class_WeChatPay_Exception_Own_RejectionException_getReason, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_Own_CancellationException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Exception_WeChatPayException(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "WeChatPayException", class_WeChatPay_Exception_WeChatPayException_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value;
	zend_string *const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value_str = zend_string_init("New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.", strlen("New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0."), 1);
	ZVAL_STR(&const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value, const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value_str);
	zend_string *const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_name = zend_string_init_interned("DEP_XML_PROTOCOL_IS_REACHABLE_EOL", sizeof("DEP_XML_PROTOCOL_IS_REACHABLE_EOL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_name, &const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_name);

	zval const_EV3_RES_HEADERS_INCOMPLETE_value;
	zend_string *const_EV3_RES_HEADERS_INCOMPLETE_value_str = zend_string_init(WXP_EV3_RES_HEADERS_INCOMPLETE, strlen(WXP_EV3_RES_HEADERS_INCOMPLETE), 1);
	ZVAL_STR(&const_EV3_RES_HEADERS_INCOMPLETE_value, const_EV3_RES_HEADERS_INCOMPLETE_value_str);
	zend_string *const_EV3_RES_HEADERS_INCOMPLETE_name = zend_string_init_interned("EV3_RES_HEADERS_INCOMPLETE", sizeof("EV3_RES_HEADERS_INCOMPLETE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV3_RES_HEADERS_INCOMPLETE_name, &const_EV3_RES_HEADERS_INCOMPLETE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV3_RES_HEADERS_INCOMPLETE_name);
	ZEND_ASSERT(strcmp(WXP_EV3_RES_HEADERS_INCOMPLETE, "The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).") == 0);

	zval const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value;
	zend_string *const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value_str = zend_string_init(WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET, strlen(WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET), 1);
	ZVAL_STR(&const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value, const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value_str);
	zend_string *const_EV3_RES_HEADER_TIMESTAMP_OFFSET_name = zend_string_init_interned("EV3_RES_HEADER_TIMESTAMP_OFFSET", sizeof("EV3_RES_HEADER_TIMESTAMP_OFFSET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV3_RES_HEADER_TIMESTAMP_OFFSET_name, &const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV3_RES_HEADER_TIMESTAMP_OFFSET_name);
	ZEND_ASSERT(strcmp(WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET, "It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.") == 0);

	zval const_EV3_RES_HEADER_PLATFORM_SERIAL_value;
	zend_string *const_EV3_RES_HEADER_PLATFORM_SERIAL_value_str = zend_string_init(WXP_EV3_RES_HEADER_PLATFORM_SERIAL, strlen(WXP_EV3_RES_HEADER_PLATFORM_SERIAL), 1);
	ZVAL_STR(&const_EV3_RES_HEADER_PLATFORM_SERIAL_value, const_EV3_RES_HEADER_PLATFORM_SERIAL_value_str);
	zend_string *const_EV3_RES_HEADER_PLATFORM_SERIAL_name = zend_string_init_interned("EV3_RES_HEADER_PLATFORM_SERIAL", sizeof("EV3_RES_HEADER_PLATFORM_SERIAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV3_RES_HEADER_PLATFORM_SERIAL_name, &const_EV3_RES_HEADER_PLATFORM_SERIAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV3_RES_HEADER_PLATFORM_SERIAL_name);
	ZEND_ASSERT(strcmp(WXP_EV3_RES_HEADER_PLATFORM_SERIAL, "Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.") == 0);

	zval const_EV3_RES_HEADER_SIGNATURE_DIGEST_value;
	zend_string *const_EV3_RES_HEADER_SIGNATURE_DIGEST_value_str = zend_string_init(WXP_EV3_RES_HEADER_SIGNATURE_DIGEST, strlen(WXP_EV3_RES_HEADER_SIGNATURE_DIGEST), 1);
	ZVAL_STR(&const_EV3_RES_HEADER_SIGNATURE_DIGEST_value, const_EV3_RES_HEADER_SIGNATURE_DIGEST_value_str);
	zend_string *const_EV3_RES_HEADER_SIGNATURE_DIGEST_name = zend_string_init_interned("EV3_RES_HEADER_SIGNATURE_DIGEST", sizeof("EV3_RES_HEADER_SIGNATURE_DIGEST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV3_RES_HEADER_SIGNATURE_DIGEST_name, &const_EV3_RES_HEADER_SIGNATURE_DIGEST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV3_RES_HEADER_SIGNATURE_DIGEST_name);
	ZEND_ASSERT(strcmp(WXP_EV3_RES_HEADER_SIGNATURE_DIGEST, "Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.") == 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_InvalidArgumentException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "InvalidArgumentException", class_WeChatPay_Exception_InvalidArgumentException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_RequestException(zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "RequestException", class_WeChatPay_Exception_RequestException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_BadResponseException(zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "BadResponseException", class_WeChatPay_Exception_BadResponseException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_RequestException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_ClientException(zend_class_entry *class_entry_WeChatPay_Exception_BadResponseException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ClientException", class_WeChatPay_Exception_ClientException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_BadResponseException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_ServerException(zend_class_entry *class_entry_WeChatPay_Exception_BadResponseException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ServerException", class_WeChatPay_Exception_ServerException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_BadResponseException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_VerificationException(zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "VerificationException", class_WeChatPay_Exception_VerificationException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_RequestException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_ConnectException(zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ConnectException", class_WeChatPay_Exception_ConnectException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_RequestException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_RejectionException(zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "RejectionException", class_WeChatPay_Exception_RejectionException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_CancellationException(zend_class_entry *class_entry_WeChatPay_Exception_RejectionException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "CancellationException", class_WeChatPay_Exception_CancellationException_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_RejectionException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_Own_RequestException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception\\Own", "RequestException", class_WeChatPay_Exception_Own_RequestException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_RequestException);

	zval property_request_default_value;
	ZVAL_NULL(&property_request_default_value);
	zend_string *property_request_name = zend_string_init("request", sizeof("request") - 1, 1);
	zend_declare_typed_property(class_entry, property_request_name, &property_request_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_OBJECT|MAY_BE_NULL));
	zend_string_release(property_request_name);

	zval property_response_default_value;
	ZVAL_NULL(&property_response_default_value);
	zend_string *property_response_name = zend_string_init("response", sizeof("response") - 1, 1);
	zend_declare_typed_property(class_entry, property_response_name, &property_response_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_OBJECT|MAY_BE_NULL));
	zend_string_release(property_response_name);

	zval property_handlerContext_default_value;
	ZVAL_EMPTY_ARRAY(&property_handlerContext_default_value);
	zend_string *property_handlerContext_name = zend_string_init("handlerContext", sizeof("handlerContext") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerContext_name, &property_handlerContext_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_handlerContext_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_Own_BadResponseException(zend_class_entry *class_entry_WeChatPay_Exception_Own_RequestException, zend_class_entry *class_entry_WeChatPay_Exception_BadResponseException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception\\Own", "BadResponseException", class_WeChatPay_Exception_Own_BadResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_Own_RequestException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_BadResponseException);

	zval property_statusCode_default_value;
	ZVAL_LONG(&property_statusCode_default_value, 0);
	zend_string *property_statusCode_name = zend_string_init("statusCode", sizeof("statusCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_statusCode_name, &property_statusCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_statusCode_name);

	zval property_errorCode_default_value;
	ZVAL_NULL(&property_errorCode_default_value);
	zend_string *property_errorCode_name = zend_string_init("errorCode", sizeof("errorCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errorCode_name, &property_errorCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_errorCode_name);

	zval property_errorMessage_default_value;
	ZVAL_NULL(&property_errorMessage_default_value);
	zend_string *property_errorMessage_name = zend_string_init("errorMessage", sizeof("errorMessage") - 1, 1);
	zend_declare_typed_property(class_entry, property_errorMessage_name, &property_errorMessage_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_errorMessage_name);

	zval property_errorDetail_default_value;
	ZVAL_NULL(&property_errorDetail_default_value);
	zend_string *property_errorDetail_name = zend_string_init("errorDetail", sizeof("errorDetail") - 1, 1);
	zend_declare_typed_property(class_entry, property_errorDetail_name, &property_errorDetail_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_errorDetail_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_Own_ClientException(zend_class_entry *class_entry_WeChatPay_Exception_Own_BadResponseException, zend_class_entry *class_entry_WeChatPay_Exception_ClientException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception\\Own", "ClientException", class_WeChatPay_Exception_Own_ClientException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_Own_BadResponseException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_ClientException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_Own_ServerException(zend_class_entry *class_entry_WeChatPay_Exception_Own_BadResponseException, zend_class_entry *class_entry_WeChatPay_Exception_ServerException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception\\Own", "ServerException", class_WeChatPay_Exception_Own_ServerException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_Own_BadResponseException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_ServerException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_Own_VerificationException(zend_class_entry *class_entry_WeChatPay_Exception_Own_RequestException, zend_class_entry *class_entry_WeChatPay_Exception_VerificationException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception\\Own", "VerificationException", class_WeChatPay_Exception_Own_VerificationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_Own_RequestException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_VerificationException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_Own_ConnectException(zend_class_entry *class_entry_WeChatPay_Exception_Own_RequestException, zend_class_entry *class_entry_WeChatPay_Exception_ConnectException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception\\Own", "ConnectException", class_WeChatPay_Exception_Own_ConnectException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_Own_RequestException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_ConnectException);

	zval property_curlErrno_default_value;
	ZVAL_LONG(&property_curlErrno_default_value, 0);
	zend_string *property_curlErrno_name = zend_string_init("curlErrno", sizeof("curlErrno") - 1, 1);
	zend_declare_typed_property(class_entry, property_curlErrno_name, &property_curlErrno_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_curlErrno_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_Own_RejectionException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WeChatPay_Exception_RejectionException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception\\Own", "RejectionException", class_WeChatPay_Exception_Own_RejectionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_RejectionException);

	zval property_reason_default_value;
	ZVAL_NULL(&property_reason_default_value);
	zend_string *property_reason_name = zend_string_init("reason", sizeof("reason") - 1, 1);
	zend_declare_typed_property(class_entry, property_reason_name, &property_reason_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_reason_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_Own_CancellationException(zend_class_entry *class_entry_WeChatPay_Exception_Own_RejectionException, zend_class_entry *class_entry_WeChatPay_Exception_CancellationException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception\\Own", "CancellationException", class_WeChatPay_Exception_Own_CancellationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_Own_RejectionException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_CancellationException);

	return class_entry;
}
