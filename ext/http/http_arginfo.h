/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 115acb5592014104d2a3aa716f661d8cec12261c */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_getProtocolVersion, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_withProtocolVersion, 0, 1, Psr\\Http\\Message\\MessageInterface, 0)
	ZEND_ARG_TYPE_INFO(0, version, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_getHeaders, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_hasHeader, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_getHeader, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_getHeaderLine, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_withHeader, 0, 2, Psr\\Http\\Message\\MessageInterface, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractResponse_withAddedHeader arginfo_class_WeChatPay_Http_AbstractResponse_withHeader

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_withoutHeader, 0, 1, Psr\\Http\\Message\\MessageInterface, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_getBody, 0, 0, Psr\\Http\\Message\\StreamInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_withBody, 0, 1, Psr\\Http\\Message\\MessageInterface, 0)
	ZEND_ARG_OBJ_INFO(0, body, Psr\\Http\\Message\\StreamInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_getStatusCode, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_withStatus, 0, 1, Psr\\Http\\Message\\ResponseInterface, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reasonPhrase, IS_MIXED, 0, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractResponse_getReasonPhrase arginfo_class_WeChatPay_Http_AbstractResponse_getProtocolVersion

#define arginfo_class_WeChatPay_Http_AbstractResponse_getTransferInfo arginfo_class_WeChatPay_Http_AbstractResponse_getHeaders

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_getRejectedBy, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractStream___construct arginfo_class_WeChatPay_Http_AbstractResponse___construct

#define arginfo_class_WeChatPay_Http_AbstractStream___toString arginfo_class_WeChatPay_Http_AbstractResponse_getProtocolVersion

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_detach, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_getSize, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractStream_tell arginfo_class_WeChatPay_Http_AbstractResponse_getStatusCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_eof, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractStream_isSeekable arginfo_class_WeChatPay_Http_AbstractStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_seek, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, whence, IS_MIXED, 0, "SEEK_SET")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractStream_rewind arginfo_class_WeChatPay_Http_AbstractStream_close

#define arginfo_class_WeChatPay_Http_AbstractStream_isWritable arginfo_class_WeChatPay_Http_AbstractStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_write, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, string, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractStream_isReadable arginfo_class_WeChatPay_Http_AbstractStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractStream_getContents arginfo_class_WeChatPay_Http_AbstractResponse_getProtocolVersion

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_getMetadata, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Http_AbstractResponse, __construct);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getProtocolVersion);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, withProtocolVersion);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getHeaders);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, hasHeader);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getHeader);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getHeaderLine);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, withHeader);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, withAddedHeader);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, withoutHeader);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getBody);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, withBody);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getStatusCode);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, withStatus);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getReasonPhrase);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getTransferInfo);
ZEND_METHOD(WeChatPay_Http_AbstractResponse, getRejectedBy);
ZEND_METHOD(WeChatPay_Http_AbstractStream, __construct);
ZEND_METHOD(WeChatPay_Http_AbstractStream, __toString);
ZEND_METHOD(WeChatPay_Http_AbstractStream, close);
ZEND_METHOD(WeChatPay_Http_AbstractStream, detach);
ZEND_METHOD(WeChatPay_Http_AbstractStream, getSize);
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


static const zend_function_entry class_WeChatPay_Http_AbstractResponse_methods[] = {
	ZEND_ME(WeChatPay_Http_AbstractResponse, __construct, arginfo_class_WeChatPay_Http_AbstractResponse___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getProtocolVersion, arginfo_class_WeChatPay_Http_AbstractResponse_getProtocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, withProtocolVersion, arginfo_class_WeChatPay_Http_AbstractResponse_withProtocolVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getHeaders, arginfo_class_WeChatPay_Http_AbstractResponse_getHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, hasHeader, arginfo_class_WeChatPay_Http_AbstractResponse_hasHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getHeader, arginfo_class_WeChatPay_Http_AbstractResponse_getHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getHeaderLine, arginfo_class_WeChatPay_Http_AbstractResponse_getHeaderLine, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, withHeader, arginfo_class_WeChatPay_Http_AbstractResponse_withHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, withAddedHeader, arginfo_class_WeChatPay_Http_AbstractResponse_withAddedHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, withoutHeader, arginfo_class_WeChatPay_Http_AbstractResponse_withoutHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getBody, arginfo_class_WeChatPay_Http_AbstractResponse_getBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, withBody, arginfo_class_WeChatPay_Http_AbstractResponse_withBody, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getStatusCode, arginfo_class_WeChatPay_Http_AbstractResponse_getStatusCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, withStatus, arginfo_class_WeChatPay_Http_AbstractResponse_withStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getReasonPhrase, arginfo_class_WeChatPay_Http_AbstractResponse_getReasonPhrase, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getTransferInfo, arginfo_class_WeChatPay_Http_AbstractResponse_getTransferInfo, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractResponse, getRejectedBy, arginfo_class_WeChatPay_Http_AbstractResponse_getRejectedBy, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Http_AbstractStream_methods[] = {
	ZEND_ME(WeChatPay_Http_AbstractStream, __construct, arginfo_class_WeChatPay_Http_AbstractStream___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Http_AbstractStream, __toString, arginfo_class_WeChatPay_Http_AbstractStream___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, close, arginfo_class_WeChatPay_Http_AbstractStream_close, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, detach, arginfo_class_WeChatPay_Http_AbstractStream_detach, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, getSize, arginfo_class_WeChatPay_Http_AbstractStream_getSize, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, tell, arginfo_class_WeChatPay_Http_AbstractStream_tell, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, eof, arginfo_class_WeChatPay_Http_AbstractStream_eof, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, isSeekable, arginfo_class_WeChatPay_Http_AbstractStream_isSeekable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, seek, arginfo_class_WeChatPay_Http_AbstractStream_seek, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, rewind, arginfo_class_WeChatPay_Http_AbstractStream_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, isWritable, arginfo_class_WeChatPay_Http_AbstractStream_isWritable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, write, arginfo_class_WeChatPay_Http_AbstractStream_write, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, isReadable, arginfo_class_WeChatPay_Http_AbstractStream_isReadable, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, read, arginfo_class_WeChatPay_Http_AbstractStream_read, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, getContents, arginfo_class_WeChatPay_Http_AbstractStream_getContents, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Http_AbstractStream, getMetadata, arginfo_class_WeChatPay_Http_AbstractStream_getMetadata, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Http_AbstractResponse(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "AbstractResponse", class_WeChatPay_Http_AbstractResponse_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Http_AbstractStream(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Http", "AbstractStream", class_WeChatPay_Http_AbstractStream_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
