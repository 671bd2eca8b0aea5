/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: b3d0a51ad758473f7c15f4ebb0a91b91e1d1682d */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Formatter_nonce, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, size, IS_LONG, 0, "32")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Formatter_timestamp, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Formatter_authorization, 0, 5, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, mchid, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, nonce, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, signature, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, serial, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Formatter_request, 0, 4, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, uri, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, nonce, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Formatter_response, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, nonce, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_STRING, 0, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Formatter_joinedByLineFeed, 0, 0, IS_STRING, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, pieces, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Formatter_ksort, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, thing, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Formatter_queryStringLike, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, thing, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Transformer_toArray, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, xml, IS_STRING, 0, "\'<xml/>\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Transformer_sanitize, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, xml, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Transformer_toXml, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headless, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, indent, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, root, IS_STRING, 0, "\'xml\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, item, IS_STRING, 0, "\'item\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Util_PemUtil_loadPrivateKey, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, filepath, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Util_PemUtil_loadPrivateKeyFromString, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, content, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_PemUtil_loadCertificate arginfo_class_WeChatPay_Util_PemUtil_loadPrivateKey

#define arginfo_class_WeChatPay_Util_PemUtil_loadCertificateFromString arginfo_class_WeChatPay_Util_PemUtil_loadPrivateKeyFromString

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_PemUtil_parseCertificateSerialNo, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, certificate, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Util_MediaUtil___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, filepath, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, fileStream, Psr\\Http\\Message\\StreamInterface, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaUtil_setMeta, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, json, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_MediaUtil_getMeta, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Util_MediaUtil_getStream, 0, 0, Psr\\Http\\Message\\StreamInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_MediaUtil_getContentType arginfo_class_WeChatPay_Util_MediaUtil_getMeta

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_AbstractMediaStream___toString arginfo_class_WeChatPay_Util_MediaUtil_getMeta

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream_detach, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream_getSize, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_AbstractMediaStream_tell arginfo_class_WeChatPay_Formatter_timestamp

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream_eof, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_AbstractMediaStream_isSeekable arginfo_class_WeChatPay_Util_AbstractMediaStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream_seek, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, whence, IS_MIXED, 0, "SEEK_SET")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_AbstractMediaStream_rewind arginfo_class_WeChatPay_Util_AbstractMediaStream_close

#define arginfo_class_WeChatPay_Util_AbstractMediaStream_isWritable arginfo_class_WeChatPay_Util_AbstractMediaStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream_write, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, string, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_AbstractMediaStream_isReadable arginfo_class_WeChatPay_Util_AbstractMediaStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Util_AbstractMediaStream_getContents arginfo_class_WeChatPay_Util_MediaUtil_getMeta

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Util_AbstractMediaStream_getMetadata, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Formatter, nonce);
ZEND_METHOD(WeChatPay_Formatter, timestamp);
ZEND_METHOD(WeChatPay_Formatter, authorization);
ZEND_METHOD(WeChatPay_Formatter, request);
ZEND_METHOD(WeChatPay_Formatter, response);
ZEND_METHOD(WeChatPay_Formatter, joinedByLineFeed);
ZEND_METHOD(WeChatPay_Formatter, ksort);
ZEND_METHOD(WeChatPay_Formatter, queryStringLike);
ZEND_METHOD(WeChatPay_Transformer, toArray);
ZEND_METHOD(WeChatPay_Transformer, sanitize);
ZEND_METHOD(WeChatPay_Transformer, toXml);
ZEND_METHOD(WeChatPay_Util_PemUtil, loadPrivateKey);
ZEND_METHOD(WeChatPay_Util_PemUtil, loadPrivateKeyFromString);
ZEND_METHOD(WeChatPay_Util_PemUtil, loadCertificate);
ZEND_METHOD(WeChatPay_Util_PemUtil, loadCertificateFromString);
ZEND_METHOD(WeChatPay_Util_PemUtil, parseCertificateSerialNo);
ZEND_METHOD(WeChatPay_Util_MediaUtil, __construct);
ZEND_METHOD(WeChatPay_Util_MediaUtil, setMeta);
ZEND_METHOD(WeChatPay_Util_MediaUtil, getMeta);
ZEND_METHOD(WeChatPay_Util_MediaUtil, getStream);
ZEND_METHOD(WeChatPay_Util_MediaUtil, getContentType);
ZEND_METHOD(WeChatPay_Http_AbstractStream, __construct);
ZEND_METHOD(WeChatPay_Util_AbstractMediaStream, __toString);
ZEND_METHOD(WeChatPay_Http_AbstractStream, close);
ZEND_METHOD(WeChatPay_Http_AbstractStream, detach);
ZEND_METHOD(WeChatPay_Util_AbstractMediaStream, getSize);
ZEND_METHOD(WeChatPay_Http_AbstractStream, tell);
ZEND_METHOD(WeChatPay_Http_AbstractStream, eof);
ZEND_METHOD(WeChatPay_Http_AbstractStream, isSeekable);
ZEND_METHOD(WeChatPay_Http_AbstractStream, seek);
ZEND_METHOD(WeChatPay_Http_AbstractStream, rewind);
ZEND_METHOD(WeChatPay_Http_AbstractStream, isWritable);
ZEND_METHOD(WeChatPay_Http_AbstractStream, write);
ZEND_METHOD(WeChatPay_Http_AbstractStream, isReadable);
ZEND_METHOD(WeChatPay_Http_AbstractStream, read);
ZEND_METHOD(WeChatPay_Http_AbstractStream, getContents);
ZEND_METHOD(WeChatPay_Http_AbstractStream, getMetadata);


static const zend_function_entry class_WeChatPay_Formatter_methods[] = {
	ZEND_ME(WeChatPay_Formatter, nonce, arginfo_class_WeChatPay_Formatter_nonce, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Formatter, timestamp, arginfo_class_WeChatPay_Formatter_timestamp, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Formatter, authorization, arginfo_class_WeChatPay_Formatter_authorization, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Formatter, request, arginfo_class_WeChatPay_Formatter_request, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Formatter, response, arginfo_class_WeChatPay_Formatter_response, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Formatter, joinedByLineFeed, arginfo_class_WeChatPay_Formatter_joinedByLineFeed, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Formatter, ksort, arginfo_class_WeChatPay_Formatter_ksort, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Formatter, queryStringLike, arginfo_class_WeChatPay_Formatter_queryStringLike, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Transformer_methods[] = {
	ZEND_ME(WeChatPay_Transformer, toArray, arginfo_class_WeChatPay_Transformer_toArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Transformer, sanitize, arginfo_class_WeChatPay_Transformer_sanitize, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Transformer, toXml, arginfo_class_WeChatPay_Transformer_toXml, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Util_PemUtil_methods[] = {
	ZEND_ME(WeChatPay_Util_PemUtil, loadPrivateKey, arginfo_class_WeChatPay_Util_PemUtil_loadPrivateKey, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Util_PemUtil, loadPrivateKeyFromString, arginfo_class_WeChatPay_Util_PemUtil_loadPrivateKeyFromString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Util_PemUtil, loadCertificate, arginfo_class_WeChatPay_Util_PemUtil_loadCertificate, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Util_PemUtil, loadCertificateFromString, arginfo_class_WeChatPay_Util_PemUtil_loadCertificateFromString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Util_PemUtil, parseCertificateSerialNo, arginfo_class_WeChatPay_Util_PemUtil_parseCertificateSerialNo, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Util_MediaUtil_methods[] = {
	ZEND_ME(WeChatPay_Util_MediaUtil, __construct, arginfo_class_WeChatPay_Util_MediaUtil___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaUtil, setMeta, arginfo_class_WeChatPay_Util_MediaUtil_setMeta, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaUtil, getMeta, arginfo_class_WeChatPay_Util_MediaUtil_getMeta, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaUtil, getStream, arginfo_class_WeChatPay_Util_MediaUtil_getStream, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_MediaUtil, getContentType, arginfo_class_WeChatPay_Util_MediaUtil_getContentType, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Util_AbstractMediaStream_methods[] = {
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, __construct, __construct, arginfo_class_WeChatPay_Util_AbstractMediaStream___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Util_AbstractMediaStream, __toString, arginfo_class_WeChatPay_Util_AbstractMediaStream___toString, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, close, close, arginfo_class_WeChatPay_Util_AbstractMediaStream_close, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, detach, detach, arginfo_class_WeChatPay_Util_AbstractMediaStream_detach, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Util_AbstractMediaStream, getSize, arginfo_class_WeChatPay_Util_AbstractMediaStream_getSize, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, tell, tell, arginfo_class_WeChatPay_Util_AbstractMediaStream_tell, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, eof, eof, arginfo_class_WeChatPay_Util_AbstractMediaStream_eof, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, isSeekable, isSeekable, arginfo_class_WeChatPay_Util_AbstractMediaStream_isSeekable, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, seek, seek, arginfo_class_WeChatPay_Util_AbstractMediaStream_seek, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, rewind, rewind, arginfo_class_WeChatPay_Util_AbstractMediaStream_rewind, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, isWritable, isWritable, arginfo_class_WeChatPay_Util_AbstractMediaStream_isWritable, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, write, write, arginfo_class_WeChatPay_Util_AbstractMediaStream_write, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, isReadable, isReadable, arginfo_class_WeChatPay_Util_AbstractMediaStream_isReadable, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, read, read, arginfo_class_WeChatPay_Util_AbstractMediaStream_read, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, getContents, getContents, arginfo_class_WeChatPay_Util_AbstractMediaStream_getContents, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(WeChatPay_Http_AbstractStream, getMetadata, getMetadata, arginfo_class_WeChatPay_Util_AbstractMediaStream_getMetadata, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Formatter(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Formatter", class_WeChatPay_Formatter_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Transformer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Transformer", class_WeChatPay_Transformer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Util_PemUtil(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Util", "PemUtil", class_WeChatPay_Util_PemUtil_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "loadprivatekey", sizeof("loadprivatekey") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "loadprivatekeyfromstring", sizeof("loadprivatekeyfromstring") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Util_MediaUtil(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Util", "MediaUtil", class_WeChatPay_Util_MediaUtil_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Util_AbstractMediaStream(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Util", "AbstractMediaStream", class_WeChatPay_Util_AbstractMediaStream_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
