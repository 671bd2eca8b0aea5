/* WeChatPay\Certificates::download(): GET /v3/certificates with the app's client, each certificate decrypted
 * under the APIv3 key and checked against the serial it is listed under, and the answer verified with the
 * certificate it names (which only this download can provide: the client's own keyring may hold none yet). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "wxp_process.h"
#include "ext/json/php_json.h"
#include "ext/standard/base64.h"
#include "php_wechatpay.h"
#include "client/call.h"
#include "client/node.h"
#include "async/loop.h"
#include "http/exceptions.h"
#include "http/response.h"
#include "support/php_call.h"
#include "support/verify_input.h"
#include "helpers/certificates.h"
#include "helpers/certificates_arginfo.h"
#include "wxp_aes.h"
#include "wxp_clock.h"
#include "wxp_keys.h"
#include "wxp_verify.h"

zend_class_entry *wechatpay_ce_Certificates;

#define GCM_TAG_LEN 16

zend_result php_wechatpay_certificates_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Certificates = register_class_WeChatPay_Certificates();
    return SUCCESS;
}

ZEND_METHOD(WeChatPay_Certificates, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

/* The string under key of an array entry, or NULL. */
static zend_string *string_field(zval *container, const char *key)
{
    zval *value = Z_TYPE_P(container) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(container), key, strlen(key)) : NULL;

    return value && Z_TYPE_P(value) == IS_STRING ? Z_STR_P(value) : NULL;
}

/* Decrypts one entry's encrypt_certificate into a new PEM string. Returns NULL with an exception thrown. */
static zend_string *decrypt_entry(zval *entry, const zend_string *serial, const zend_string *apiv3_key)
{
    zval *encrypted = zend_hash_str_find(Z_ARRVAL_P(entry), ZEND_STRL("encrypt_certificate"));
    zend_string *algorithm, *nonce, *aad, *ciphertext, *raw, *pem;
    wxp_err err;
    int rc;

    algorithm = encrypted ? string_field(encrypted, "algorithm") : NULL;
    nonce = encrypted ? string_field(encrypted, "nonce") : NULL;
    aad = encrypted ? string_field(encrypted, "associated_data") : NULL;
    ciphertext = encrypted ? string_field(encrypted, "ciphertext") : NULL;
    if (algorithm == NULL || nonce == NULL || ciphertext == NULL || ZSTR_LEN(nonce) == 0
        || !zend_string_equals_literal(algorithm, "AEAD_AES_256_GCM")) {
        php_wechatpay_throw_invalid("The /v3/certificates answer lists certificate %s without an AEAD_AES_256_GCM encrypt_certificate (algorithm, nonce, ciphertext)",
                                    ZSTR_VAL(serial));
        return NULL;
    }
    raw = php_base64_decode_ex((const unsigned char *) ZSTR_VAL(ciphertext), ZSTR_LEN(ciphertext), true);
    if (raw == NULL || ZSTR_LEN(raw) <= GCM_TAG_LEN) {
        if (raw) {
            zend_string_release(raw);
        }
        php_wechatpay_throw_invalid("The /v3/certificates answer's ciphertext of certificate %s is not Base64 of a ciphertext and its tag",
                                    ZSTR_VAL(serial));
        return NULL;
    }
    pem = zend_string_alloc(ZSTR_LEN(raw) - GCM_TAG_LEN, 0);
    wxp_err_clear(&err);
    rc = wxp_aes_gcm_decrypt(NULL, (const unsigned char *) ZSTR_VAL(apiv3_key), ZSTR_VAL(nonce), ZSTR_LEN(nonce),
                             aad ? ZSTR_VAL(aad) : "", aad ? ZSTR_LEN(aad) : 0, ZSTR_VAL(raw),
                             ZSTR_LEN(raw) - GCM_TAG_LEN,
                             (const unsigned char *) ZSTR_VAL(raw) + ZSTR_LEN(raw) - GCM_TAG_LEN, GCM_TAG_LEN,
                             ZSTR_VAL(pem), &err);
    zend_string_release(raw);
    if (rc != 1) {
        zend_string_efree(pem);
        if (rc == 0) {
            php_wechatpay_throw_invalid("Certificate %s of the /v3/certificates answer does not decrypt with config 'apiv3Key' (its tag does not verify): is it this merchant's APIv3 key?",
                                        ZSTR_VAL(serial));
        } else {
            php_wechatpay_throw_invalid("Certificate %s of the /v3/certificates answer cannot be decrypted: %s",
                                        ZSTR_VAL(serial), err.message);
        }
        return NULL;
    }
    ZSTR_VAL(pem)[ZSTR_LEN(pem)] = '\0';
    return pem;
}

/* Checks that pem is the certificate of serial and adds its key to ring. Returns FAILURE with an exception. */
static zend_result add_checked(wxp_keyring *ring, const zend_string *serial, const zend_string *pem)
{
    wxp_buf hex;
    wxp_err err;
    EVP_PKEY *key;
    bool same;

    wxp_buf_init(&hex);
    wxp_err_clear(&err);
    if (wxp_cert_serial_hex(ZSTR_VAL(pem), ZSTR_LEN(pem), &hex, &err) != 0
        || (key = wxp_key_from_pem(ZSTR_VAL(pem), ZSTR_LEN(pem), WXP_KEY_PUBLIC, &err)) == NULL) {
        wxp_buf_free(&hex);
        php_wechatpay_throw_invalid("Certificate %s of the /v3/certificates answer is not an RSA X.509 certificate: %s",
                                    ZSTR_VAL(serial), err.message);
        return FAILURE;
    }
    same = hex.len == ZSTR_LEN(serial) && strncasecmp(wxp_buf_cstr(&hex), ZSTR_VAL(serial), hex.len) == 0;
    if (!same) {
        php_wechatpay_throw_invalid("The /v3/certificates answer lists serial %s for a certificate whose serial is %s",
                                    ZSTR_VAL(serial), wxp_buf_cstr(&hex));
    } else if (wxp_keyring_add(ring, ZSTR_VAL(serial), ZSTR_LEN(serial), key) != 0) {
        php_wechatpay_throw_invalid("The /v3/certificates answer lists serial %s twice", ZSTR_VAL(serial));
        same = false;
    }
    EVP_PKEY_free(key);
    wxp_buf_free(&hex);
    return same ? SUCCESS : FAILURE;
}

/* The answer's body as a string (a new reference), or NULL with an exception. */
static zend_string *body_of(zval *response)
{
    zval body;
    zend_string *text;

    if (php_wechatpay_call_method(Z_OBJ_P(response), "getBody", &body, 0, NULL) == FAILURE) {
        return NULL;
    }
    text = zval_try_get_string(&body);
    zval_ptr_dtor(&body);
    return text;
}

/* Verifies the answer with ring (the certificates it carries), as every answer is verified. */
static zend_result verify_answer(zval *response, const zend_string *body, wxp_keyring *ring)
{
    static const char *const names[PHP_WECHATPAY_VERIFY_HEADER_COUNT] = PHP_WECHATPAY_VERIFY_HEADERS;
    zend_string *values[PHP_WECHATPAY_VERIFY_HEADER_COUNT];
    wxp_verify_input in;
    zval exception;
    wxp_err err;
    size_t i;

    for (i = 0; i < PHP_WECHATPAY_VERIFY_HEADER_COUNT; i++) {
        values[i] = php_wechatpay_response_header_first(response, names[i], strlen(names[i]));
    }
    php_wechatpay_verify_input_from(&in, values, body);
    wxp_err_clear(&err);
    if (wxp_verify_response(&in, ring, wxp_clock_unix_seconds(), &err) == 0) {
        return SUCCESS;
    }
    php_wechatpay_exception_verification_of(&exception, NULL, response, "GET", "/v3/certificates",
                                            php_wechatpay_response_status(response),
                                            php_wechatpay_response_header_first(response, ZEND_STRL("Request-ID")),
                                            &err);
    zend_throw_exception_object(&exception);
    return FAILURE;
}

/* Reads the answer: serial => PEM into out, every certificate checked, the answer verified with them. */
static zend_result read_answer(zval *response, const zend_string *apiv3_key, zval *out)
{
    zend_string *body = body_of(response);
    zval decoded, *data, *entry;
    wxp_keyring *ring;
    zend_result result = SUCCESS;

    if (body == NULL) {
        return FAILURE;
    }
    ZVAL_UNDEF(&decoded);
    if (php_json_decode_ex(&decoded, ZSTR_VAL(body), ZSTR_LEN(body), PHP_JSON_OBJECT_AS_ARRAY, 16) == FAILURE
        || Z_TYPE(decoded) != IS_ARRAY
        || (data = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("data"))) == NULL || Z_TYPE_P(data) != IS_ARRAY
        || zend_hash_num_elements(Z_ARRVAL_P(data)) == 0) {
        zval_ptr_dtor(&decoded);
        zend_string_release(body);
        php_wechatpay_throw_invalid("The /v3/certificates answer is not JSON with a non-empty 'data' list");
        return FAILURE;
    }
    ring = wxp_keyring_new();
    array_init(out);
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(data), entry) {
        zend_string *serial = string_field(entry, "serial_no"), *pem;

        if (serial == NULL || ZSTR_LEN(serial) == 0) {
            php_wechatpay_throw_invalid("The /v3/certificates answer lists a certificate without its serial_no");
            result = FAILURE;
            break;
        }
        if ((pem = decrypt_entry(entry, serial, apiv3_key)) == NULL) {
            result = FAILURE;
            break;
        }
        if (ring == NULL || add_checked(ring, serial, pem) == FAILURE) {
            if (ring == NULL) {
                zend_throw_error(NULL, "Out of memory while reading the platform certificates");
            }
            zend_string_release(pem);
            result = FAILURE;
            break;
        }
        add_assoc_str_ex(out, ZSTR_VAL(serial), ZSTR_LEN(serial), pem);
    } ZEND_HASH_FOREACH_END();
    if (result == SUCCESS) {
        result = verify_answer(response, body, ring);
    }
    wxp_keyring_free(ring);
    zval_ptr_dtor(&decoded);
    zend_string_release(body);
    if (result == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    return result;
}

/* GET /v3/certificates through the chain's own call path, left unverified by the call (read_answer verifies
 * it with what it carries). Returns SUCCESS with the response (any status) in response, or FAILURE thrown. */
static zend_result fetch(php_wechatpay_client *client, zval *response)
{
    php_wechatpay_call call;

    if (php_wechatpay_call_prepare_from_root(&call, client, "GET", "v3/certificates", (HashTable *) &zend_empty_array)
            == FAILURE) {
        php_wechatpay_call_dtor(&call);
        return FAILURE;
    }
    call.unverified = true;
    return php_wechatpay_loop_call(&call, response);
}

zend_result php_wechatpay_certificates_fetch(php_wechatpay_client *client, zval *out)
{
    zval response;
    int status;

    ZVAL_UNDEF(out);
    if (client->apiv3_key == NULL) {
        php_wechatpay_throw_invalid("Fetching the platform certificates needs the config's 'apiv3Key' (the APIv3 key set on the merchant platform, 32 bytes): they come encrypted under it");
        return FAILURE;
    }
    php_wechatpay_client_addref(client); /* held: the call below may run the app's code (autoload) */
    if (fetch(client, &response) == FAILURE) {
        php_wechatpay_client_release(client);
        return FAILURE;
    }
    status = php_wechatpay_response_status(&response);
    if (status < 200 || status > 299) {
        zend_string *body = body_of(&response);
        zval exception;

        if (body != NULL) {
            php_wechatpay_exception_bad_response_of(&exception, NULL, &response, "GET", "/v3/certificates", status,
                                                    ZSTR_VAL(body), ZSTR_LEN(body));
            zend_string_release(body);
            zend_throw_exception_object(&exception);
        }
    } else {
        (void) read_answer(&response, client->apiv3_key, out);
    }
    zval_ptr_dtor(&response);
    php_wechatpay_client_release(client);
    if (EG(exception)) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}

/* Writes each certificate to directory/wechatpay_<serial>.pem through a temporary file and rename(), with PHP's
 * own functions (so open_basedir and stream wrappers apply as to any write of the app). */
static zend_result save(HashTable *certs, zend_string *directory)
{
    zend_string *serial;
    zval *pem;

    ZEND_HASH_FOREACH_STR_KEY_VAL(certs, serial, pem) {
        zend_string *target = zend_strpprintf(0, "%s/wechatpay_%s.pem", ZSTR_VAL(directory), ZSTR_VAL(serial));
        zend_string *temporary = zend_strpprintf(0, "%s.tmp%d", ZSTR_VAL(target), (int) wxp_process_id());
        zval args[2], written;
        zend_result result;

        int reporting = EG(error_reporting);

        ZVAL_STR(&args[0], temporary);
        ZVAL_COPY_VALUE(&args[1], pem);
        EG(error_reporting) &= ~E_WARNING; /* as `@`: the exception below says what failed */
        result = php_wechatpay_call_function("file_put_contents", &written, 2, args,
                                             "WeChatPay\\Certificates::download() needs %s()", "file_put_contents");
        EG(error_reporting) = reporting;
        if (result == SUCCESS && Z_TYPE(written) != IS_LONG) {
            php_wechatpay_throw_invalid("Cannot write the platform certificates into %s: WeChatPay\\Certificates::download() needs a writable directory there",
                                        ZSTR_VAL(directory));
            result = FAILURE;
        }
        if (result == SUCCESS) {
            zval renamed;

            ZVAL_STR(&args[1], target);
            result = php_wechatpay_call_function("rename", &renamed, 2, args,
                                                 "WeChatPay\\Certificates::download() needs %s()", "rename");
            if (result == SUCCESS && Z_TYPE(renamed) != IS_TRUE) {
                php_wechatpay_throw_invalid("Cannot rename %s to %s", ZSTR_VAL(temporary), ZSTR_VAL(target));
                result = FAILURE;
            }
        }
        zend_string_release(target);
        zend_string_release(temporary);
        if (result == FAILURE) {
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

ZEND_METHOD(WeChatPay_Certificates, download)
{
    zval *instance;
    zend_string *directory = NULL;
    php_wechatpay_client *client;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(instance, wechatpay_ce_BuilderChainable)
        Z_PARAM_OPTIONAL
        Z_PARAM_PATH_STR_OR_NULL(directory)
    ZEND_PARSE_PARAMETERS_END();

    if (!instanceof_function(Z_OBJCE_P(instance), wechatpay_ce_BuilderNode)) {
        zend_argument_type_error(1, "must be a client made by WeChatPay\\Builder::factory()");
        RETURN_THROWS();
    }
    client = php_wechatpay_node_client(Z_OBJ_P(instance));
    if (client->apiv3_key == NULL) {
        php_wechatpay_throw_invalid("WeChatPay\\Certificates::download() needs the config's 'apiv3Key' (the APIv3 key set on the merchant platform, 32 bytes): the certificates come encrypted under it");
        RETURN_THROWS();
    }
    if (php_wechatpay_certificates_fetch(client, return_value) == FAILURE) {
        RETURN_THROWS();
    }
    if (directory != NULL && save(Z_ARRVAL_P(return_value), directory) == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
}
