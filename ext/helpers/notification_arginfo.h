/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 29c8116a12b97e502bd2e048256dd797c50d55e8 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Notification_handle, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, instance, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, headers, Psr\\Http\\Message\\ServerRequestInterface, MAY_BE_ARRAY, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Notification_handleV2, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, instance, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Notification, handle);
ZEND_METHOD(WeChatPay_Notification, handleV2);


static const zend_function_entry class_WeChatPay_Notification_methods[] = {
	ZEND_ME(WeChatPay_Notification, handle, arginfo_class_WeChatPay_Notification_handle, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Notification, handleV2, arginfo_class_WeChatPay_Notification_handleV2, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_NotificationException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Notification(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Notification", class_WeChatPay_Notification_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_NotificationException(zend_class_entry *class_entry_UnexpectedValueException, zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "NotificationException", class_WeChatPay_Exception_NotificationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_UnexpectedValueException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	zval const_HEADERS_value;
	ZVAL_LONG(&const_HEADERS_value, 1);
	zend_string *const_HEADERS_name = zend_string_init_interned("HEADERS", sizeof("HEADERS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HEADERS_name, &const_HEADERS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HEADERS_name);

	zval const_TIMESTAMP_value;
	ZVAL_LONG(&const_TIMESTAMP_value, 2);
	zend_string *const_TIMESTAMP_name = zend_string_init_interned("TIMESTAMP", sizeof("TIMESTAMP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TIMESTAMP_name, &const_TIMESTAMP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TIMESTAMP_name);

	zval const_SERIAL_value;
	ZVAL_LONG(&const_SERIAL_value, 3);
	zend_string *const_SERIAL_name = zend_string_init_interned("SERIAL", sizeof("SERIAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERIAL_name, &const_SERIAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERIAL_name);

	zval const_SIGNTEST_value;
	ZVAL_LONG(&const_SIGNTEST_value, 4);
	zend_string *const_SIGNTEST_name = zend_string_init_interned("SIGNTEST", sizeof("SIGNTEST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGNTEST_name, &const_SIGNTEST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGNTEST_name);

	zval const_SIGNATURE_value;
	ZVAL_LONG(&const_SIGNATURE_value, 5);
	zend_string *const_SIGNATURE_name = zend_string_init_interned("SIGNATURE", sizeof("SIGNATURE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGNATURE_name, &const_SIGNATURE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGNATURE_name);

	zval const_BODY_value;
	ZVAL_LONG(&const_BODY_value, 6);
	zend_string *const_BODY_name = zend_string_init_interned("BODY", sizeof("BODY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BODY_name, &const_BODY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BODY_name);

	zval const_DECRYPTION_value;
	ZVAL_LONG(&const_DECRYPTION_value, 7);
	zend_string *const_DECRYPTION_name = zend_string_init_interned("DECRYPTION", sizeof("DECRYPTION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DECRYPTION_name, &const_DECRYPTION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DECRYPTION_name);

	zval const_PLAINTEXT_value;
	ZVAL_LONG(&const_PLAINTEXT_value, 8);
	zend_string *const_PLAINTEXT_name = zend_string_init_interned("PLAINTEXT", sizeof("PLAINTEXT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PLAINTEXT_name, &const_PLAINTEXT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PLAINTEXT_name);

	zval const_RETURN_CODE_value;
	ZVAL_LONG(&const_RETURN_CODE_value, 9);
	zend_string *const_RETURN_CODE_name = zend_string_init_interned("RETURN_CODE", sizeof("RETURN_CODE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RETURN_CODE_name, &const_RETURN_CODE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RETURN_CODE_name);

	return class_entry;
}
