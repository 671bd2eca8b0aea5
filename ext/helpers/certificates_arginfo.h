/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a9aad4c1d365e48753a09a65130168932d689ce5 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Certificates___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Certificates_download, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, instance, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, directory, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Certificates, __construct);
ZEND_METHOD(WeChatPay_Certificates, download);


static const zend_function_entry class_WeChatPay_Certificates_methods[] = {
	ZEND_ME(WeChatPay_Certificates, __construct, arginfo_class_WeChatPay_Certificates___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Certificates, download, arginfo_class_WeChatPay_Certificates_download, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Certificates(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Certificates", class_WeChatPay_Certificates_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
