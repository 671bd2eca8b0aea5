/* WeChatPay\Util\PemUtil: keys through WeChatPay\Crypto\Rsa::from(), certificates as PHP's openssl extension
 * makes them (OpenSSLCertificate objects the app can pass to openssl_* functions), serial numbers through the
 * core's wxp_cert_serial_hex(), the function the factory checks configured serials with. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "php_call.h"
#include "util.h"
#include "wxp_keys.h"

#define FILE_PROTOCOL "file://"

/* Calls a function of PHP's openssl or standard extension by name. Returns SUCCESS, or FAILURE with an
 * exception thrown. */
static zend_result call_php_function(const char *name, zval *retval, uint32_t argc, zval *argv)
{
    return php_wechatpay_call_function(name, retval, argc, argv,
                                       "WeChatPay\\Util\\PemUtil needs %s(), which is missing", name);
}

/* The package hands these values to openssl_x509_*() under strict_types: anything but a string or an
 * OpenSSLCertificate is a TypeError there, named after the openssl function. */
static bool certificate_argument_ok(zval *value, const char *function)
{
    if (Z_TYPE_P(value) == IS_STRING
        || (Z_TYPE_P(value) == IS_OBJECT && zend_string_equals_literal(Z_OBJCE_P(value)->name, "OpenSSLCertificate"))) {
        return true;
    }
    zend_type_error("%s(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, %s given", function,
                    zend_zval_type_name(value));
    return false;
}

/* WeChatPay\Crypto\Rsa::from($thing) into return_value. */
static void rsa_from(zval *thing, zval *return_value)
{
    zend_call_method(NULL, wechatpay_ce_Crypto_Rsa, NULL, ZEND_STRL("from"), return_value, 1, thing, NULL);
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadPrivateKey)
{
    zend_string *filepath;
    zval path;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(filepath)
    ZEND_PARSE_PARAMETERS_END();

    /* `file://` is added unless the path holds it anywhere (as the package tests it, with strpos) */
    if (zend_memnstr(ZSTR_VAL(filepath), FILE_PROTOCOL, sizeof(FILE_PROTOCOL) - 1,
                     ZSTR_VAL(filepath) + ZSTR_LEN(filepath)) == NULL) {
        ZVAL_STR(&path, zend_string_concat2(ZEND_STRL(FILE_PROTOCOL), ZSTR_VAL(filepath), ZSTR_LEN(filepath)));
    } else {
        ZVAL_STR_COPY(&path, filepath);
    }
    rsa_from(&path, return_value);
    zval_ptr_dtor(&path);
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadPrivateKeyFromString)
{
    zval *content;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(content)
    ZEND_PARSE_PARAMETERS_END();

    rsa_from(content, return_value);
}

/* file_get_contents() itself reads the file, so paths, stream wrappers and the warning on failure are PHP's. */
ZEND_METHOD(WeChatPay_Util_PemUtil, loadCertificate)
{
    zend_string *filepath;
    zval arg, content;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(filepath)
    ZEND_PARSE_PARAMETERS_END();

    ZVAL_STR(&arg, filepath);
    if (call_php_function("file_get_contents", &content, 1, &arg) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(content) != IS_STRING) {
        zval_ptr_dtor(&content);
        zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0,
                                "Loading the certificate failed, please checking your %s input.", ZSTR_VAL(filepath));
        RETURN_THROWS();
    }
    if (call_php_function("openssl_x509_read", return_value, 1, &content) == FAILURE) {
        zval_ptr_dtor(&content);
        RETURN_THROWS();
    }
    zval_ptr_dtor(&content);
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadCertificateFromString)
{
    zval *content;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(content)
    ZEND_PARSE_PARAMETERS_END();

    if (!certificate_argument_ok(content, "openssl_x509_read")
        || call_php_function("openssl_x509_read", return_value, 1, content) == FAILURE) {
        RETURN_THROWS();
    }
}

/* PEM text is read by the core (the same BN_bn2hex() serial PHP's serialNumberHex is); a certificate object, a
 * `file://` path or anything the core does not take goes to openssl_x509_parse(), as in the package. */
ZEND_METHOD(WeChatPay_Util_PemUtil, parseCertificateSerialNo)
{
    zval *certificate, info, *hex;
    wxp_buf serial;
    wxp_err err;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(certificate)
    ZEND_PARSE_PARAMETERS_END();

    if (!certificate_argument_ok(certificate, "openssl_x509_parse")) {
        RETURN_THROWS();
    }
    if (Z_TYPE_P(certificate) == IS_STRING) {
        wxp_buf_init(&serial);
        wxp_err_clear(&err);
        if (wxp_cert_serial_hex(Z_STRVAL_P(certificate), Z_STRLEN_P(certificate), &serial, &err) == 0) {
            RETVAL_STRINGL(wxp_buf_cstr(&serial), serial.len);
            wxp_buf_free(&serial);
            return;
        }
        wxp_buf_free(&serial);
    }
    if (call_php_function("openssl_x509_parse", &info, 1, certificate) == FAILURE) {
        RETURN_THROWS();
    }
    hex = Z_TYPE(info) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL(info), ZEND_STRL("serialNumberHex")) : NULL;
    if (hex == NULL || Z_TYPE_P(hex) == IS_NULL) {
        zval_ptr_dtor(&info);
        zend_throw_exception(spl_ce_UnexpectedValueException,
                             "Read the $certificate failed, please check it whether or nor correct", 0);
        RETURN_THROWS();
    }
    {
        zend_string *lower = zval_get_string(hex);
        zend_string *upper = zend_string_init(ZSTR_VAL(lower), ZSTR_LEN(lower), 0);

        zend_str_toupper(ZSTR_VAL(upper), ZSTR_LEN(upper));
        zend_string_release(lower);
        RETVAL_NEW_STR(upper);
    }
    zval_ptr_dtor(&info);
}
