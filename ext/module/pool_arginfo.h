/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8f26ef1233619c7ad9a8314e39f7239d8312ba7a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Pool___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Pool_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Pool, __construct);
ZEND_METHOD(WeChatPay_Pool, stats);


static const zend_function_entry class_WeChatPay_Pool_methods[] = {
	ZEND_ME(WeChatPay_Pool, __construct, arginfo_class_WeChatPay_Pool___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Pool, stats, arginfo_class_WeChatPay_Pool_stats, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Pool(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Pool", class_WeChatPay_Pool_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
