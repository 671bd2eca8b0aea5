/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 3de75d20470cde05612b937309a624e4d7e28220 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Bill___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Bill_download, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, instance, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, bill, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, to, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Bill, __construct);
ZEND_METHOD(WeChatPay_Bill, download);


static const zend_function_entry class_WeChatPay_Bill_methods[] = {
	ZEND_ME(WeChatPay_Bill, __construct, arginfo_class_WeChatPay_Bill___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Bill, download, arginfo_class_WeChatPay_Bill_download, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Bill(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Bill", class_WeChatPay_Bill_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
