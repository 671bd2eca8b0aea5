/* The synchronous verbs of BuilderNode, and settling a finished transfer into a verified response or an
 * exception. Sync calls run on the same engine (one libcurl multi handle) that async calls will use. */
#include "php.h"
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "client/call.h"
#include "client/call_v2.h"
#include "client/autocerts.h"
#include "client/driver.h"
#include "client/node.h"
#include "http/response.h"
#include "client/call_sink.h"
#include "http/exceptions.h"
#include "wxp_uri.h"
#include "wxp_verify.h"
#include "wxp_clock.h"
#include "wxp_keys.h"
#include "async/promise.h"
#include "async/loop.h"
#include "ext/standard/hrtime.h"

zend_long php_wechatpay_now_ms(void)
{
    return (zend_long) (php_hrtime_current() / 1000000);
}

/* Reads the verification input of an answer into in; returns false when it is not verified at all (the
 * driver's stack verifies it, or the path is unsigned by design). */
static bool verify_input(const php_wechatpay_call *call, const wxp_http_result *result, const char *body,
                         size_t body_len, wxp_verify_input *in)
{
    const wxp_header_list *headers = &result->head.headers;
    const wxp_header *timestamp = wxp_headers_find(headers, ZEND_STRL("Wechatpay-Timestamp"));
    const wxp_header *nonce = wxp_headers_find(headers, ZEND_STRL("Wechatpay-Nonce"));
    const wxp_header *signature = wxp_headers_find(headers, ZEND_STRL("Wechatpay-Signature"));
    const wxp_header *serial = wxp_headers_find(headers, ZEND_STRL("Wechatpay-Serial"));
    const char *path;
    size_t path_len;

    memset(in, 0, sizeof(*in));
    if (call->unverified || call->apiv2) { /* the driver's stack verifies (its verifier middleware); an APIv2
                                            * answer is checked by settle_v2() */
        return false;
    }
    if (wxp_uri_path(wxp_buf_cstr(&call->url), &path, &path_len) == 0
        && wxp_verify_is_unsigned_path(path, path_len)) {
        return false;
    }
    if (timestamp) { in->timestamp = timestamp->value; in->timestamp_len = timestamp->value_len; }
    if (nonce) { in->nonce = nonce->value; in->nonce_len = nonce->value_len; }
    if (signature) { in->signature = signature->value; in->signature_len = signature->value_len; }
    if (serial) { in->serial = serial->value; in->serial_len = serial->value_len; }
    in->body = body_len > 0 ? body : "";
    in->body_len = body_len;
    return true;
}

/* Verifies a response's signature headers and body (a 2xx one's, or any with http_errors false), or takes the
 * verdict a worker thread reached (verdict, or NULL); returns 0, or -1 with err set and, when the platform
 * certificates were to be fetched for its serial and that failed or was held back, *why the exception saying so
 * (else UNDEF); -2 when exit() is unwinding (the fetch runs the loop, and so maybe the app's code). */
static int verify_result(const php_wechatpay_call *call, const wxp_http_result *result, const char *body,
                         size_t body_len, const wxp_verify_job *verdict, wxp_err *err, zval *why)
{
    wxp_verify_input in;
    wxp_keyring *ring;
    int rc;

    ZVAL_UNDEF(why);
    if (verdict != NULL) {
        *err = verdict->err;
        return verdict->rc;
    }
    if (!verify_input(call, result, body, body_len, &in)) {
        return 0;
    }
    if ((ring = php_wechatpay_autocerts_ring(call->client, in.serial, in.serial_len, why)) == NULL) {
        return -2;
    }
    rc = wxp_verify_response(&in, ring, wxp_clock_unix_seconds(), err);
    if (rc == 0) {
        zval_ptr_dtor(why);
        ZVAL_UNDEF(why);
    }
    return rc;
}

/* Makes in value the VerificationException of a failed verification, carrying why (taken over) as its previous. */
static void verification_failed(zval *value, zval *response, const wxp_err *err, zval *why, const php_wechatpay_call *call)
{
    php_wechatpay_exception_verification(value, response, err, call);
    if (!Z_ISUNDEF_P(why)) {
        zend_exception_set_previous(Z_OBJ_P(value), Z_OBJ_P(why));
        ZVAL_UNDEF(why);
    }
}

wxp_verify_job *php_wechatpay_call_verify_job(const php_wechatpay_call *call, const wxp_http_result *result,
                                              uint64_t tag)
{
    wxp_verify_input in;
    EVP_PKEY *key;
    int status = result->head.status;

    /* Only the plain case goes to a worker: a body in memory of an answer that settle verifies, with every
     * header and a known serial; any other (failures, whose messages list the known keys) is settled here. */
    if (result->curl_code != 0 || result->spool.fd >= 0
        || !((status >= 200 && status < 300) || !call->transport.http_errors)
        || !verify_input(call, result, wxp_buf_cstr(&result->body), result->body.len, &in)
        || in.timestamp == NULL || in.nonce == NULL || in.signature == NULL || in.serial == NULL
        || (key = php_wechatpay_autocerts_ready_key(call->client, in.serial, in.serial_len)) == NULL) {
        return NULL;
    }
    return wxp_verify_job_new(tag, key, &in, wxp_clock_unix_seconds());
}

/* Makes the response object of result with body in response (with the `failover` attempts of call). Returns SUCCESS, or FAILURE with the outcome in
 * value: the thrown exception (the bridge class could not be declared, or the body does not fit under
 * memory_limit), or UNDEF when exit() in an autoloader is unwinding the script, which is no outcome. */
static zend_result make_response(const php_wechatpay_call *call, const wxp_http_result *result, const char *body, size_t body_len, zval *response,
                                 zval *value)
{
    if (php_wechatpay_response_create(response, result->head.status, wxp_buf_cstr(&result->head.version),
                                      wxp_buf_cstr(&result->head.reason), &result->head.headers, body, body_len)
            == FAILURE) {
        ZVAL_UNDEF(value);
        if (!php_wechatpay_exiting()) {
            php_wechatpay_take_exception(value);
        }
        return FAILURE;
    }
    php_wechatpay_response_set_transfer(response, result);
    if (call->attempts.count > 0) {
        zval attempts;

        php_wechatpay_failover_attempts_info(call, &attempts);
        php_wechatpay_response_set_attempts(response, &attempts);
    }
    return SUCCESS;
}

/* Checks an APIv2 answer (call_v2.h) in response: returns true when it passes; false with value the response
 * itself, marked with the check that rejected it (the rejection's reason, as with wechatpay-php), or the
 * exception when it could not be checked. Takes response over either way. */
static bool settle_v2(const php_wechatpay_call *call, const char *body, size_t body_len, zval *response, zval *value)
{
    zend_string *message = NULL;
    int check = php_wechatpay_v2_check_answer(call, body, body_len, &message);

    if (check == PHP_WECHATPAY_V2_PASSED) {
        ZVAL_COPY_VALUE(value, response);
        return true;
    }
    if (check < 0) {
        ZVAL_UNDEF(value);
        if (!php_wechatpay_exiting()) {
            php_wechatpay_take_exception(value);
        }
        zval_ptr_dtor(response);
        return false;
    }
    php_wechatpay_response_set_rejection(response, check, message);
    zend_string_release(message);
    ZVAL_COPY_VALUE(value, response);
    return false;
}

/* A 2xx whose body went to a spool (the call has a sink or a spool reader): verified from a mapping of the
 * spool, then written to the sink or read by the reader. A body that does not verify never reaches either: it
 * is read into the exception's response. */
static bool settle_spooled(const php_wechatpay_call *call, const wxp_http_result *result, zval *value)
{
    const void *mapped = NULL;
    const char *reason;
    zval response, body, thrown, why;
    wxp_verify_input probe;
    wxp_err err;
    int verified;

    /* mapped only when something reads it here: an answer on an unsigned path (a bill) is never mapped whole */
    if ((call->apiv2 || verify_input(call, result, NULL, 0, &probe)) && wxp_spool_map(&result->spool, &mapped) != 0) {
        php_wechatpay_exception_connect(value, 23 /* CURLE_WRITE_ERROR */,
                                        "the answer's body could not be read back from its temporary file", call);
        return false;
    }
    if (call->apiv2) { /* checked from the spool's bytes; a rejected answer's body is kept in the response */
        zend_string *message = NULL;
        int check = php_wechatpay_v2_check_answer(call, mapped, mapped ? (size_t) result->spool.size : 0, &message);

        if (check < 0) {
            wxp_spool_unmap(&result->spool, mapped);
            ZVAL_UNDEF(value);
            if (!php_wechatpay_exiting()) {
                php_wechatpay_take_exception(value);
            }
            return false;
        }
        if (check != PHP_WECHATPAY_V2_PASSED) {
            zend_result made = make_response(call, result, mapped ? mapped : "", mapped ? (size_t) result->spool.size : 0,
                                             &response, value);

            wxp_spool_unmap(&result->spool, mapped);
            if (made == SUCCESS) {
                php_wechatpay_response_set_rejection(&response, check, message);
                ZVAL_COPY_VALUE(value, &response);
            }
            zend_string_release(message);
            return false;
        }
    }
    wxp_err_clear(&err);
    verified = verify_result(call, result, mapped, mapped ? (size_t) result->spool.size : 0, NULL, &err, &why);
    if (verified == -2) {
        wxp_spool_unmap(&result->spool, mapped);
        ZVAL_UNDEF(value);
        return false;
    }
    if (make_response(call, result, verified == 0 ? "" : mapped, verified == 0 || !mapped ? 0 : (size_t) result->spool.size,
                      &response, value) == FAILURE) {
        wxp_spool_unmap(&result->spool, mapped);
        zval_ptr_dtor(&why);
        return false;
    }
    wxp_spool_unmap(&result->spool, mapped);
    if (verified != 0) {
        verification_failed(value, &response, &err, &why, call);
        zval_ptr_dtor(&response);
        return false;
    }
    if (call->spool_reader != NULL) {
        bool read = call->spool_reader->read(call->spool_reader, call, result, &response, value);

        if (read) {
            ZVAL_COPY_VALUE(value, &response);
        } else {
            zval_ptr_dtor(&response);
        }
        return read;
    }
    if (php_wechatpay_sink_deliver(&call->sink, &result->spool, &body, &reason) == FAILURE) {
        ZVAL_UNDEF(value);
        if (!php_wechatpay_exiting()) {
            ZVAL_UNDEF(&thrown);
            if (EG(exception)) {
                php_wechatpay_take_exception(&thrown);
            }
            php_wechatpay_exception_sink(value, &response, reason ? reason : "it threw an exception (the previous one)",
                                         Z_ISUNDEF(thrown) ? NULL : &thrown, call);
            zval_ptr_dtor(&thrown);
        }
        zval_ptr_dtor(&response);
        return false;
    }
    php_wechatpay_response_set_body(&response, &body);
    zval_ptr_dtor(&body);
    ZVAL_COPY_VALUE(value, &response);
    return true;
}

bool php_wechatpay_call_settle(const php_wechatpay_call *call, const wxp_http_result *result,
                               const wxp_verify_job *verdict, zval *value)
{
    zval response;
    int status;

    if (result->curl_code != 0) {
        php_wechatpay_exception_connect(value, result->curl_code, result->error, call);
        return false;
    }
    if (result->spool.fd >= 0) {
        return settle_spooled(call, result, value);
    }
    status = result->head.status;
    if (make_response(call, result, wxp_buf_cstr(&result->body), result->body.len, &response, value) == FAILURE) {
        return false;
    }
    if (call->apiv2 && ((status >= 200 && status < 300) || !call->transport.http_errors)) {
        return settle_v2(call, wxp_buf_cstr(&result->body), result->body.len, &response, value);
    }
    /* http_errors false: wechatpay-php's verifier (outside Guzzle's http_errors) gets every answer that is not
     * thrown, so a non-2xx one is returned only when its signature verifies, as there. */
    if ((status >= 200 && status < 300) || !call->transport.http_errors || call->unverified) {
        wxp_err err;
        zval why;
        int verified;

        wxp_err_clear(&err);
        verified = verify_result(call, result, wxp_buf_cstr(&result->body), result->body.len, verdict, &err, &why);
        if (verified == 0) {
            ZVAL_COPY_VALUE(value, &response);
            return true;
        }
        if (verified == -2) { /* exit() in the code a certificate fetch ran */
            zval_ptr_dtor(&response);
            ZVAL_UNDEF(value);
            return false;
        }
        verification_failed(value, &response, &err, &why, call);
    } else {
        php_wechatpay_exception_bad_response(value, &response, call, wxp_buf_cstr(&result->body),
                                             result->body.len);
    }
    zval_ptr_dtor(&response);
    return false;
}

/* Sends the call through the getDriver() stack when it must (driver.h); false: it takes the verbs' own path.
 * Until getDriver() is called, and without a 'handler' in the config or the call, this calls no PHP code. */
static bool through_driver(zend_object *node, const char *method, HashTable *options, bool async, zval *return_value)
{
    php_wechatpay_client *client = php_wechatpay_node_client(node);

    if (options == NULL) {
        options = (HashTable *) &zend_empty_array;
    }
    return php_wechatpay_driver_may_route(client, options)
        && php_wechatpay_driver_route(client, php_wechatpay_node_path(node), method, options, async, return_value);
}

/* Prepares, sends and waits for one call; returns the response or throws. The call runs on the loop like an
 * async one (same engine, same max_connections queue, same deadline), with no promise. */
static void call_sync(INTERNAL_FUNCTION_PARAMETERS, const char *method)
{
    HashTable *options = NULL;
    php_wechatpay_call call;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();

    if (through_driver(Z_OBJ_P(ZEND_THIS), method, options, false, return_value)) {
        return;
    }
    if (php_wechatpay_call_prepare(&call, Z_OBJ_P(ZEND_THIS), method, options ? options : (HashTable *) &zend_empty_array) == FAILURE) {
        php_wechatpay_call_dtor(&call);
        RETURN_THROWS();
    }
    if (php_wechatpay_loop_call(&call, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(WeChatPay_BuilderNode, get) { call_sync(INTERNAL_FUNCTION_PARAM_PASSTHRU, "GET"); }
ZEND_METHOD(WeChatPay_BuilderNode, put) { call_sync(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PUT"); }
ZEND_METHOD(WeChatPay_BuilderNode, post) { call_sync(INTERNAL_FUNCTION_PARAM_PASSTHRU, "POST"); }
ZEND_METHOD(WeChatPay_BuilderNode, patch) { call_sync(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PATCH"); }
ZEND_METHOD(WeChatPay_BuilderNode, delete) { call_sync(INTERNAL_FUNCTION_PARAM_PASSTHRU, "DELETE"); }

/* Prepares and starts one call and returns its promise; every failure, even of the options, rejects it. */
static void call_async(INTERNAL_FUNCTION_PARAMETERS, const char *method)
{
    HashTable *options = NULL;
    php_wechatpay_call call;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();

    if (through_driver(Z_OBJ_P(ZEND_THIS), method, options, true, return_value)) {
        return;
    }
    php_wechatpay_promise_init(return_value);
    if (EG(exception)) { /* the app's autoloader, run by the first promise of a request, threw */
        if (!php_wechatpay_exiting()) {
            zval reason;

            php_wechatpay_take_exception(&reason);
            php_wechatpay_promise_settle(Z_OBJ_P(return_value), false, &reason);
            zval_ptr_dtor(&reason);
            return;
        }
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
    if (php_wechatpay_call_prepare_async(&call, Z_OBJ_P(ZEND_THIS), method,
                                         options ? options : (HashTable *) &zend_empty_array) == FAILURE) {
        zval reason;

        if (php_wechatpay_exiting()) { /* exit() in a body's __toString() or a JsonSerializable */
            php_wechatpay_call_dtor(&call);
            zval_ptr_dtor(return_value);
            ZVAL_UNDEF(return_value);
            RETURN_THROWS();
        }

        php_wechatpay_take_exception(&reason);
        php_wechatpay_call_dtor(&call);
        php_wechatpay_promise_settle(Z_OBJ_P(return_value), false, &reason);
        zval_ptr_dtor(&reason);
        return;
    }
    php_wechatpay_loop_start(Z_OBJ_P(return_value), &call);
}

ZEND_METHOD(WeChatPay_BuilderNode, getAsync) { call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "GET"); }
ZEND_METHOD(WeChatPay_BuilderNode, putAsync) { call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PUT"); }
ZEND_METHOD(WeChatPay_BuilderNode, postAsync) { call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "POST"); }
ZEND_METHOD(WeChatPay_BuilderNode, patchAsync) { call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PATCH"); }
ZEND_METHOD(WeChatPay_BuilderNode, deleteAsync) { call_async(INTERNAL_FUNCTION_PARAM_PASSTHRU, "DELETE"); }
