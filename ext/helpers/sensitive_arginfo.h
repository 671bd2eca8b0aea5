/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c33cc74f5b5bdb83c9fdc4eb251b1bb466ab712d */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Sensitive___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Sensitive_encrypt, 0, 2, WeChatPay\\Sensitive, 0)
	ZEND_ARG_OBJ_INFO(0, instance, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, plaintext, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Sensitive_getSerial, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Sensitive_jsonSerialize arginfo_class_WeChatPay_Sensitive_getSerial

#define arginfo_class_WeChatPay_Sensitive___toString arginfo_class_WeChatPay_Sensitive_getSerial


ZEND_METHOD(WeChatPay_Sensitive, __construct);
ZEND_METHOD(WeChatPay_Sensitive, encrypt);
ZEND_METHOD(WeChatPay_Sensitive, getSerial);
ZEND_METHOD(WeChatPay_Sensitive, jsonSerialize);
ZEND_METHOD(WeChatPay_Sensitive, __toString);


static const zend_function_entry class_WeChatPay_Sensitive_methods[] = {
	ZEND_ME(WeChatPay_Sensitive, __construct, arginfo_class_WeChatPay_Sensitive___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Sensitive, encrypt, arginfo_class_WeChatPay_Sensitive_encrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Sensitive, getSerial, arginfo_class_WeChatPay_Sensitive_getSerial, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Sensitive, jsonSerialize, arginfo_class_WeChatPay_Sensitive_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Sensitive, __toString, arginfo_class_WeChatPay_Sensitive___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Sensitive(zend_class_entry *class_entry_JsonSerializable, zend_class_entry *class_entry_Stringable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Sensitive", class_WeChatPay_Sensitive_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 2, class_entry_JsonSerializable, class_entry_Stringable);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
