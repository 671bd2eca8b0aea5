/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 6f3b34d2dc646be6bb05c424c837ddbd7a279957 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_AesInterface_encrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, plaintext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, iv, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_AesInterface_decrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, ciphertext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, iv, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_AesGcm_encrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, plaintext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, iv, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, aad, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_AesGcm_decrypt, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, ciphertext, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, iv, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, aad, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Crypto_AesEcb_encrypt arginfo_class_WeChatPay_Crypto_AesInterface_encrypt

#define arginfo_class_WeChatPay_Crypto_AesEcb_decrypt arginfo_class_WeChatPay_Crypto_AesInterface_decrypt

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_Hash_md5, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, agency, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_Hash_hmac, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, algorithm, IS_STRING, 0, "\'sha256\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_Hash_equals, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, known_string, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, user_string, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_Hash_sign, 0, 3, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, type, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Crypto_AesGcm, encrypt);
ZEND_METHOD(WeChatPay_Crypto_AesGcm, decrypt);
ZEND_METHOD(WeChatPay_Crypto_AesEcb, encrypt);
ZEND_METHOD(WeChatPay_Crypto_AesEcb, decrypt);
ZEND_METHOD(WeChatPay_Crypto_Hash, md5);
ZEND_METHOD(WeChatPay_Crypto_Hash, hmac);
ZEND_METHOD(WeChatPay_Crypto_Hash, equals);
ZEND_METHOD(WeChatPay_Crypto_Hash, sign);


static const zend_function_entry class_WeChatPay_Crypto_AesInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Crypto_AesInterface, encrypt, arginfo_class_WeChatPay_Crypto_AesInterface_encrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_Crypto_AesInterface, decrypt, arginfo_class_WeChatPay_Crypto_AesInterface_decrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Crypto_AesGcm_methods[] = {
	ZEND_ME(WeChatPay_Crypto_AesGcm, encrypt, arginfo_class_WeChatPay_Crypto_AesGcm_encrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Crypto_AesGcm, decrypt, arginfo_class_WeChatPay_Crypto_AesGcm_decrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Crypto_AesEcb_methods[] = {
	ZEND_ME(WeChatPay_Crypto_AesEcb, encrypt, arginfo_class_WeChatPay_Crypto_AesEcb_encrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Crypto_AesEcb, decrypt, arginfo_class_WeChatPay_Crypto_AesEcb_decrypt, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Crypto_Hash_methods[] = {
	ZEND_ME(WeChatPay_Crypto_Hash, md5, arginfo_class_WeChatPay_Crypto_Hash_md5, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Crypto_Hash, hmac, arginfo_class_WeChatPay_Crypto_Hash_hmac, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Crypto_Hash, equals, arginfo_class_WeChatPay_Crypto_Hash_equals, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Crypto_Hash, sign, arginfo_class_WeChatPay_Crypto_Hash_sign, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static void register_crypto_aes_symbols(int module_number)
{
	REGISTER_STRING_CONSTANT("WeChatPay\\Crypto\\ALGO_MD5", WXP_APIV2_MD5, CONST_PERSISTENT);
	ZEND_ASSERT(strcmp(WXP_APIV2_MD5, "MD5") == 0);
	REGISTER_STRING_CONSTANT("WeChatPay\\Crypto\\ALGO_HMAC_SHA256", WXP_APIV2_HMAC_SHA256, CONST_PERSISTENT);
	ZEND_ASSERT(strcmp(WXP_APIV2_HMAC_SHA256, "HMAC-SHA256") == 0);
}

static zend_class_entry *register_class_WeChatPay_Crypto_AesInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Crypto", "AesInterface", class_WeChatPay_Crypto_AesInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_BLOCK_SIZE_value;
	ZVAL_LONG(&const_BLOCK_SIZE_value, 16);
	zend_string *const_BLOCK_SIZE_name = zend_string_init_interned("BLOCK_SIZE", sizeof("BLOCK_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BLOCK_SIZE_name, &const_BLOCK_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BLOCK_SIZE_name);

	zval const_KEY_LENGTH_BYTE_value;
	ZVAL_LONG(&const_KEY_LENGTH_BYTE_value, 32);
	zend_string *const_KEY_LENGTH_BYTE_name = zend_string_init_interned("KEY_LENGTH_BYTE", sizeof("KEY_LENGTH_BYTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_KEY_LENGTH_BYTE_name, &const_KEY_LENGTH_BYTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_KEY_LENGTH_BYTE_name);

	zval const_AUTH_TAG_LENGTH_BYTE_value;
	ZVAL_LONG(&const_AUTH_TAG_LENGTH_BYTE_value, 16);
	zend_string *const_AUTH_TAG_LENGTH_BYTE_name = zend_string_init_interned("AUTH_TAG_LENGTH_BYTE", sizeof("AUTH_TAG_LENGTH_BYTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AUTH_TAG_LENGTH_BYTE_name, &const_AUTH_TAG_LENGTH_BYTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AUTH_TAG_LENGTH_BYTE_name);

	zval const_ALGO_AES_256_GCM_value;
	zend_string *const_ALGO_AES_256_GCM_value_str = zend_string_init("aes-256-gcm", strlen("aes-256-gcm"), 1);
	ZVAL_STR(&const_ALGO_AES_256_GCM_value, const_ALGO_AES_256_GCM_value_str);
	zend_string *const_ALGO_AES_256_GCM_name = zend_string_init_interned("ALGO_AES_256_GCM", sizeof("ALGO_AES_256_GCM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_AES_256_GCM_name, &const_ALGO_AES_256_GCM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_AES_256_GCM_name);

	zval const_ALGO_AES_256_ECB_value;
	zend_string *const_ALGO_AES_256_ECB_value_str = zend_string_init("aes-256-ecb", strlen("aes-256-ecb"), 1);
	ZVAL_STR(&const_ALGO_AES_256_ECB_value, const_ALGO_AES_256_ECB_value_str);
	zend_string *const_ALGO_AES_256_ECB_name = zend_string_init_interned("ALGO_AES_256_ECB", sizeof("ALGO_AES_256_ECB") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_AES_256_ECB_name, &const_ALGO_AES_256_ECB_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_AES_256_ECB_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Crypto_AesGcm(zend_class_entry *class_entry_WeChatPay_Crypto_AesInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Crypto", "AesGcm", class_WeChatPay_Crypto_AesGcm_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Crypto_AesInterface);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Crypto_AesEcb(zend_class_entry *class_entry_WeChatPay_Crypto_AesInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Crypto", "AesEcb", class_WeChatPay_Crypto_AesEcb_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Crypto_AesInterface);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "encrypt", sizeof("encrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "decrypt", sizeof("decrypt") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Crypto_Hash(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Crypto", "Hash", class_WeChatPay_Crypto_Hash_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_ALGO_MD5_value;
	zend_string *const_ALGO_MD5_value_str = zend_string_init("MD5", strlen("MD5"), 1);
	ZVAL_STR(&const_ALGO_MD5_value, const_ALGO_MD5_value_str);
	zend_string *const_ALGO_MD5_name = zend_string_init_interned("ALGO_MD5", sizeof("ALGO_MD5") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_MD5_name, &const_ALGO_MD5_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_MD5_name);

	zval const_ALGO_HMAC_SHA256_value;
	zend_string *const_ALGO_HMAC_SHA256_value_str = zend_string_init("HMAC-SHA256", strlen("HMAC-SHA256"), 1);
	ZVAL_STR(&const_ALGO_HMAC_SHA256_value, const_ALGO_HMAC_SHA256_value_str);
	zend_string *const_ALGO_HMAC_SHA256_name = zend_string_init_interned("ALGO_HMAC_SHA256", sizeof("ALGO_HMAC_SHA256") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_HMAC_SHA256_name, &const_ALGO_HMAC_SHA256_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_HMAC_SHA256_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "md5", sizeof("md5") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "hmac", sizeof("hmac") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "equals", sizeof("equals") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "equals", sizeof("equals") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "sign", sizeof("sign") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
