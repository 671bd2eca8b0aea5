/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4fcd01a603ab92327eafbd6e610f8e1538775444 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_Builder___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Builder_factory, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_offsetGet, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderChainable_chain, 0, 1, WeChatPay\\BuilderChainable, 0)
	ZEND_ARG_TYPE_MASK(0, segment, MAY_BE_STRING|MAY_BE_LONG, NULL)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderNode___construct arginfo_class_WeChatPay_Builder___construct

#define arginfo_class_WeChatPay_BuilderNode_chain arginfo_class_WeChatPay_BuilderChainable_chain

#define arginfo_class_WeChatPay_BuilderNode_offsetGet arginfo_class_WeChatPay_BuilderChainable_offsetGet

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetExists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetSet, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_offsetUnset, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_BuilderNode_getPath, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderNode_get, 0, 0, WeChatPay\\Http\\AbstractResponse, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderNode_put arginfo_class_WeChatPay_BuilderNode_get

#define arginfo_class_WeChatPay_BuilderNode_post arginfo_class_WeChatPay_BuilderNode_get

#define arginfo_class_WeChatPay_BuilderNode_patch arginfo_class_WeChatPay_BuilderNode_get

#define arginfo_class_WeChatPay_BuilderNode_delete arginfo_class_WeChatPay_BuilderNode_get

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_BuilderNode_getAsync, 0, 0, WeChatPay\\Promise, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_BuilderNode_putAsync arginfo_class_WeChatPay_BuilderNode_getAsync

#define arginfo_class_WeChatPay_BuilderNode_postAsync arginfo_class_WeChatPay_BuilderNode_getAsync

#define arginfo_class_WeChatPay_BuilderNode_patchAsync arginfo_class_WeChatPay_BuilderNode_getAsync

#define arginfo_class_WeChatPay_BuilderNode_deleteAsync arginfo_class_WeChatPay_BuilderNode_getAsync

#define arginfo_class_WeChatPay_Promise___construct arginfo_class_WeChatPay_Builder___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Promise_then, 0, 0, WeChatPay\\Promise, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onFulfilled, IS_CALLABLE, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, onRejected, IS_CALLABLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Promise_otherwise, 0, 1, WeChatPay\\Promise, 0)
	ZEND_ARG_TYPE_INFO(0, onRejected, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Promise_wait, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, unwrap, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Promise_getState arginfo_class_WeChatPay_BuilderNode_getPath

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Promise_cancel, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Promise_resolve, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Promise_reject, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, reason, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Promise_all, 0, 1, WeChatPay\\Promise, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, promises, Traversable, MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Promise_settle arginfo_class_WeChatPay_Promise_all

#define arginfo_class_WeChatPay_Pool___construct arginfo_class_WeChatPay_Builder___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Pool_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractResponse___construct arginfo_class_WeChatPay_Builder___construct

#define arginfo_class_WeChatPay_Http_AbstractResponse_getProtocolVersion arginfo_class_WeChatPay_BuilderNode_getPath

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Http_AbstractResponse_withProtocolVersion, 0, 1, Psr\\Http\\Message\\MessageInterface, 0)
	ZEND_ARG_TYPE_INFO(0, version, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractResponse_getHeaders arginfo_class_WeChatPay_Pool_stats

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

#define arginfo_class_WeChatPay_Http_AbstractResponse_getReasonPhrase arginfo_class_WeChatPay_BuilderNode_getPath

#define arginfo_class_WeChatPay_Http_AbstractResponse_getTransferInfo arginfo_class_WeChatPay_Pool_stats

#define arginfo_class_WeChatPay_Http_AbstractStream___construct arginfo_class_WeChatPay_Builder___construct

#define arginfo_class_WeChatPay_Http_AbstractStream___toString arginfo_class_WeChatPay_BuilderNode_getPath

#define arginfo_class_WeChatPay_Http_AbstractStream_close arginfo_class_WeChatPay_Promise_cancel

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

#define arginfo_class_WeChatPay_Http_AbstractStream_rewind arginfo_class_WeChatPay_Promise_cancel

#define arginfo_class_WeChatPay_Http_AbstractStream_isWritable arginfo_class_WeChatPay_Http_AbstractStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_write, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, string, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractStream_isReadable arginfo_class_WeChatPay_Http_AbstractStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Http_AbstractStream_getContents arginfo_class_WeChatPay_BuilderNode_getPath

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Http_AbstractStream_getMetadata, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_getResponse, 0, 0, Psr\\Http\\Message\\ResponseInterface, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Exception_RequestException_hasResponse arginfo_class_WeChatPay_Http_AbstractStream_eof

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_getRequestId, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Exception_BadResponseException_getStatusCode arginfo_class_WeChatPay_Http_AbstractResponse_getStatusCode

#define arginfo_class_WeChatPay_Exception_BadResponseException_getErrorCode arginfo_class_WeChatPay_Exception_RequestException_getRequestId

#define arginfo_class_WeChatPay_Exception_BadResponseException_getErrorMessage arginfo_class_WeChatPay_Exception_RequestException_getRequestId

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_BadResponseException_getErrorDetail, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Exception_RejectionException_getReason arginfo_class_WeChatPay_Http_AbstractStream_detach

#define arginfo_class_WeChatPay_Exception_ConnectException_getCurlErrno arginfo_class_WeChatPay_Http_AbstractResponse_getStatusCode


ZEND_METHOD(WeChatPay_Builder, __construct);
ZEND_METHOD(WeChatPay_Builder, factory);
ZEND_METHOD(WeChatPay_BuilderNode, __construct);
ZEND_METHOD(WeChatPay_BuilderNode, chain);
ZEND_METHOD(WeChatPay_BuilderNode, offsetGet);
ZEND_METHOD(WeChatPay_BuilderNode, offsetExists);
ZEND_METHOD(WeChatPay_BuilderNode, offsetSet);
ZEND_METHOD(WeChatPay_BuilderNode, offsetUnset);
ZEND_METHOD(WeChatPay_BuilderNode, getPath);
ZEND_METHOD(WeChatPay_BuilderNode, get);
ZEND_METHOD(WeChatPay_BuilderNode, put);
ZEND_METHOD(WeChatPay_BuilderNode, post);
ZEND_METHOD(WeChatPay_BuilderNode, patch);
ZEND_METHOD(WeChatPay_BuilderNode, delete);
ZEND_METHOD(WeChatPay_BuilderNode, getAsync);
ZEND_METHOD(WeChatPay_BuilderNode, putAsync);
ZEND_METHOD(WeChatPay_BuilderNode, postAsync);
ZEND_METHOD(WeChatPay_BuilderNode, patchAsync);
ZEND_METHOD(WeChatPay_BuilderNode, deleteAsync);
ZEND_METHOD(WeChatPay_Promise, __construct);
ZEND_METHOD(WeChatPay_Promise, then);
ZEND_METHOD(WeChatPay_Promise, otherwise);
ZEND_METHOD(WeChatPay_Promise, wait);
ZEND_METHOD(WeChatPay_Promise, getState);
ZEND_METHOD(WeChatPay_Promise, cancel);
ZEND_METHOD(WeChatPay_Promise, resolve);
ZEND_METHOD(WeChatPay_Promise, reject);
ZEND_METHOD(WeChatPay_Promise, all);
ZEND_METHOD(WeChatPay_Promise, settle);
ZEND_METHOD(WeChatPay_Pool, __construct);
ZEND_METHOD(WeChatPay_Pool, stats);
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
ZEND_METHOD(WeChatPay_Exception_RequestException, getResponse);
ZEND_METHOD(WeChatPay_Exception_RequestException, hasResponse);
ZEND_METHOD(WeChatPay_Exception_RequestException, getRequestId);
ZEND_METHOD(WeChatPay_Exception_BadResponseException, getStatusCode);
ZEND_METHOD(WeChatPay_Exception_BadResponseException, getErrorCode);
ZEND_METHOD(WeChatPay_Exception_BadResponseException, getErrorMessage);
ZEND_METHOD(WeChatPay_Exception_BadResponseException, getErrorDetail);
ZEND_METHOD(WeChatPay_Exception_RejectionException, getReason);
ZEND_METHOD(WeChatPay_Exception_ConnectException, getCurlErrno);


static const zend_function_entry class_WeChatPay_Builder_methods[] = {
	ZEND_ME(WeChatPay_Builder, __construct, arginfo_class_WeChatPay_Builder___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Builder, factory, arginfo_class_WeChatPay_Builder_factory, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_BuilderChainable_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, offsetGet, arginfo_class_WeChatPay_BuilderChainable_offsetGet, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_BuilderChainable, chain, arginfo_class_WeChatPay_BuilderChainable_chain, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_BuilderNode_methods[] = {
	ZEND_ME(WeChatPay_BuilderNode, __construct, arginfo_class_WeChatPay_BuilderNode___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_BuilderNode, chain, arginfo_class_WeChatPay_BuilderNode_chain, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetGet, arginfo_class_WeChatPay_BuilderNode_offsetGet, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetExists, arginfo_class_WeChatPay_BuilderNode_offsetExists, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetSet, arginfo_class_WeChatPay_BuilderNode_offsetSet, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, offsetUnset, arginfo_class_WeChatPay_BuilderNode_offsetUnset, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, getPath, arginfo_class_WeChatPay_BuilderNode_getPath, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, get, arginfo_class_WeChatPay_BuilderNode_get, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, put, arginfo_class_WeChatPay_BuilderNode_put, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, post, arginfo_class_WeChatPay_BuilderNode_post, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, patch, arginfo_class_WeChatPay_BuilderNode_patch, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, delete, arginfo_class_WeChatPay_BuilderNode_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, getAsync, arginfo_class_WeChatPay_BuilderNode_getAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, putAsync, arginfo_class_WeChatPay_BuilderNode_putAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, postAsync, arginfo_class_WeChatPay_BuilderNode_postAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, patchAsync, arginfo_class_WeChatPay_BuilderNode_patchAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_BuilderNode, deleteAsync, arginfo_class_WeChatPay_BuilderNode_deleteAsync, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Promise_methods[] = {
	ZEND_ME(WeChatPay_Promise, __construct, arginfo_class_WeChatPay_Promise___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Promise, then, arginfo_class_WeChatPay_Promise_then, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Promise, otherwise, arginfo_class_WeChatPay_Promise_otherwise, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Promise, wait, arginfo_class_WeChatPay_Promise_wait, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Promise, getState, arginfo_class_WeChatPay_Promise_getState, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Promise, cancel, arginfo_class_WeChatPay_Promise_cancel, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Promise, resolve, arginfo_class_WeChatPay_Promise_resolve, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Promise, reject, arginfo_class_WeChatPay_Promise_reject, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Promise, all, arginfo_class_WeChatPay_Promise_all, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Promise, settle, arginfo_class_WeChatPay_Promise_settle, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Pool_methods[] = {
	ZEND_ME(WeChatPay_Pool, __construct, arginfo_class_WeChatPay_Pool___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(WeChatPay_Pool, stats, arginfo_class_WeChatPay_Pool_stats, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


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


static const zend_function_entry class_WeChatPay_Exception_WeChatPayException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_InvalidArgumentException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_RequestException_methods[] = {
	ZEND_ME(WeChatPay_Exception_RequestException, getResponse, arginfo_class_WeChatPay_Exception_RequestException_getResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_RequestException, hasResponse, arginfo_class_WeChatPay_Exception_RequestException_hasResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_RequestException, getRequestId, arginfo_class_WeChatPay_Exception_RequestException_getRequestId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_BadResponseException_methods[] = {
	ZEND_ME(WeChatPay_Exception_BadResponseException, getStatusCode, arginfo_class_WeChatPay_Exception_BadResponseException_getStatusCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_BadResponseException, getErrorCode, arginfo_class_WeChatPay_Exception_BadResponseException_getErrorCode, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_BadResponseException, getErrorMessage, arginfo_class_WeChatPay_Exception_BadResponseException_getErrorMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_BadResponseException, getErrorDetail, arginfo_class_WeChatPay_Exception_BadResponseException_getErrorDetail, ZEND_ACC_PUBLIC)
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


static const zend_function_entry class_WeChatPay_Exception_RejectionException_methods[] = {
	ZEND_ME(WeChatPay_Exception_RejectionException, getReason, arginfo_class_WeChatPay_Exception_RejectionException_getReason, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_CancellationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_ConnectException_methods[] = {
	ZEND_ME(WeChatPay_Exception_ConnectException, getCurlErrno, arginfo_class_WeChatPay_Exception_ConnectException_getCurlErrno, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_WeChatPay_Builder(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Builder", class_WeChatPay_Builder_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "factory", sizeof("factory") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_BuilderChainable(zend_class_entry *class_entry_ArrayAccess)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "BuilderChainable", class_WeChatPay_BuilderChainable_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_ArrayAccess);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_BuilderNode(zend_class_entry *class_entry_WeChatPay_BuilderChainable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "BuilderNode", class_WeChatPay_BuilderNode_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_BuilderChainable);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "get", sizeof("get") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "put", sizeof("put") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "post", sizeof("post") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "patch", sizeof("patch") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "delete", sizeof("delete") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "getasync", sizeof("getasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "putasync", sizeof("putasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "postasync", sizeof("postasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "patchasync", sizeof("patchasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "deleteasync", sizeof("deleteasync") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Promise(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Promise", class_WeChatPay_Promise_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_PENDING_value;
	zend_string *const_PENDING_value_str = zend_string_init("pending", strlen("pending"), 1);
	ZVAL_STR(&const_PENDING_value, const_PENDING_value_str);
	zend_string *const_PENDING_name = zend_string_init_interned("PENDING", sizeof("PENDING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PENDING_name, &const_PENDING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PENDING_name);

	zval const_FULFILLED_value;
	zend_string *const_FULFILLED_value_str = zend_string_init("fulfilled", strlen("fulfilled"), 1);
	ZVAL_STR(&const_FULFILLED_value, const_FULFILLED_value_str);
	zend_string *const_FULFILLED_name = zend_string_init_interned("FULFILLED", sizeof("FULFILLED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FULFILLED_name, &const_FULFILLED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FULFILLED_name);

	zval const_REJECTED_value;
	zend_string *const_REJECTED_value_str = zend_string_init("rejected", strlen("rejected"), 1);
	ZVAL_STR(&const_REJECTED_value, const_REJECTED_value_str);
	zend_string *const_REJECTED_name = zend_string_init_interned("REJECTED", sizeof("REJECTED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_REJECTED_name, &const_REJECTED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_REJECTED_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Pool(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "Pool", class_WeChatPay_Pool_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

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

static zend_class_entry *register_class_WeChatPay_Exception_WeChatPayException(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "WeChatPayException", class_WeChatPay_Exception_WeChatPayException_methods);
	class_entry = zend_register_internal_interface(&ce);

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

static zend_class_entry *register_class_WeChatPay_Exception_RequestException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "RequestException", class_WeChatPay_Exception_RequestException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	zval property_response_default_value;
	ZVAL_NULL(&property_response_default_value);
	zend_string *property_response_name = zend_string_init("response", sizeof("response") - 1, 1);
	zend_declare_typed_property(class_entry, property_response_name, &property_response_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_OBJECT|MAY_BE_NULL));
	zend_string_release(property_response_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_BadResponseException(zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "BadResponseException", class_WeChatPay_Exception_BadResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_RequestException);

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

static zend_class_entry *register_class_WeChatPay_Exception_ClientException(zend_class_entry *class_entry_WeChatPay_Exception_BadResponseException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ClientException", class_WeChatPay_Exception_ClientException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_BadResponseException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_ServerException(zend_class_entry *class_entry_WeChatPay_Exception_BadResponseException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ServerException", class_WeChatPay_Exception_ServerException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_BadResponseException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_VerificationException(zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "VerificationException", class_WeChatPay_Exception_VerificationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_RequestException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_RejectionException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "RejectionException", class_WeChatPay_Exception_RejectionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	zval property_reason_default_value;
	ZVAL_NULL(&property_reason_default_value);
	zend_string *property_reason_name = zend_string_init("reason", sizeof("reason") - 1, 1);
	zend_declare_typed_property(class_entry, property_reason_name, &property_reason_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_reason_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_CancellationException(zend_class_entry *class_entry_WeChatPay_Exception_RejectionException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "CancellationException", class_WeChatPay_Exception_CancellationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_RejectionException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_ConnectException(zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ConnectException", class_WeChatPay_Exception_ConnectException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_RequestException);

	zval property_curlErrno_default_value;
	ZVAL_LONG(&property_curlErrno_default_value, 0);
	zend_string *property_curlErrno_name = zend_string_init("curlErrno", sizeof("curlErrno") - 1, 1);
	zend_declare_typed_property(class_entry, property_curlErrno_name, &property_curlErrno_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_curlErrno_name);

	return class_entry;
}
