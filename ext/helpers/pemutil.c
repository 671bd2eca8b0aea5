/* WeChatPay\Util\PemUtil: keys through WeChatPay\Crypto\Rsa::from(), certificates as PHP's openssl extension
 * makes them (OpenSSLCertificate objects the app can pass to openssl_* functions), serial numbers through the
 * core's wxp_cert_serial_hex(), the function the factory checks configured serials with. Files are read
 * within the key file limit (support/key_file.h): regular files of at most 1 MiB. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "support/php_call.h"
#include "helpers/util.h"
#include "module/keycache.h"
#include "support/keys_from_php.h"
#include "support/openssl_objects.h"
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

/* WeChatPay\Crypto\Rsa::from($thing) into return_value (null, with the exception thrown, on failure). */
static void rsa_from(zval *thing, zval *return_value)
{
    if (php_wechatpay_call_static(wechatpay_ce_Crypto_Rsa, "from", return_value, 1, thing) == FAILURE) {
        ZVAL_NULL(return_value);
    }
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

/* certificate as openssl_x509_read() and openssl_x509_parse() should get it: the text of a file a `file://`
 * string names, read here within the key file limit (support/key_file.h). A refused file becomes '', in which
 * PHP finds no certificate, as it would find none in the file. Returns FAILURE only when __toString threw. */
static zend_result certificate_read_file(zval *certificate, zval *out)
{
    php_wechatpay_key_file status;

    if (php_wechatpay_openssl_arg_read_file(certificate, out, &status) == SUCCESS) {
        return SUCCESS;
    }
    if (EG(exception)) {
        return FAILURE;
    }
    ZVAL_EMPTY_STRING(out);
    return SUCCESS;
}

/* Whether path names a local file (PHP's plain files wrapper: a path or a file:// URL) as it is written (no
 * NUL byte, which file_get_contents() refuses itself). */
static bool is_local_path(zend_string *path)
{
    return memchr(ZSTR_VAL(path), '\0', ZSTR_LEN(path)) == NULL
        && php_stream_locate_url_wrapper(ZSTR_VAL(path), NULL, 0) == &php_plain_files_wrapper;
}

/* The package's file_get_contents($filepath), within the key file limit (support/key_file.h): a local
 * directory, FIFO, device or file over the limit is refused before file_get_contents() opens it, and
 * file_get_contents() itself (PHP's wrappers, its warning on failure, then the package's exception) reads at
 * most one byte more than the limit. Returns the text, or NULL with an exception thrown. */
static zend_string *read_certificate_file(zend_string *filepath)
{
    php_wechatpay_key_file status = PHP_WECHATPAY_KEY_FILE_READ;
    zval args[5], content;

    if (is_local_path(filepath)) {
        status = php_wechatpay_key_file_check(ZSTR_VAL(filepath));
    }
    if (status == PHP_WECHATPAY_KEY_FILE_READ) {
        ZVAL_STR(&args[0], filepath);
        ZVAL_FALSE(&args[1]);
        ZVAL_NULL(&args[2]);
        ZVAL_LONG(&args[3], 0);
        ZVAL_LONG(&args[4], PHP_WECHATPAY_KEY_FILE_MAX + 1);
        if (call_php_function("file_get_contents", &content, 5, args) == FAILURE) {
            return NULL;
        }
        if (Z_TYPE(content) != IS_STRING) {
            zval_ptr_dtor(&content);
            zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0,
                                    "Loading the certificate failed, please checking your %s input.", ZSTR_VAL(filepath));
            return NULL;
        }
        if (Z_STRLEN(content) <= PHP_WECHATPAY_KEY_FILE_MAX) {
            return Z_STR(content);
        }
        zval_ptr_dtor(&content);
        status = PHP_WECHATPAY_KEY_FILE_TOO_LARGE;
    }
    zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0,
                            "Loading the certificate failed, please checking your %s input: it %s.", ZSTR_VAL(filepath),
                            php_wechatpay_key_file_problem(status));
    return NULL;
}

/* openssl_x509_read($text) for certificate text through the process key cache (module/keycache.h): read once
 * per content by the OpenSSL calls PHP makes, handed out as PHP's own OpenSSLCertificate around the cached
 * X509 (support/openssl_objects.h). Returns false, return_value untouched, whenever that is not surely PHP's
 * answer: the guard off, text that is itself a `file://` name (PHP would read that file), or text holding no
 * certificate (PHP then warns and answers as it does). */
static bool certificate_from_cache(zend_string *text, zval *return_value)
{
    X509 *cert;
    wxp_err err;
    bool made;

    if (!php_wechatpay_openssl_certificates_usable() || zend_string_starts_with_literal(text, FILE_PROTOCOL)) {
        return false;
    }
    wxp_err_clear(&err);
    cert = php_wechatpay_keycache_certificate_as_php(ZSTR_VAL(text), ZSTR_LEN(text), &err);
    if (cert == NULL) {
        return false;
    }
    made = php_wechatpay_openssl_certificate_object(return_value, cert);
    X509_free(cert);
    return made;
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadCertificate)
{
    zend_string *filepath, *content;
    zval arg, prepared;
    zend_result called;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(filepath)
    ZEND_PARSE_PARAMETERS_END();

    if ((content = read_certificate_file(filepath)) == NULL) {
        RETURN_THROWS();
    }
    if (certificate_from_cache(content, return_value)) {
        zend_string_release(content);
        return;
    }
    ZVAL_STR(&arg, content);
    /* text that is itself `file://` and a path names another file, which openssl_x509_read() would read */
    if (certificate_read_file(&arg, &prepared) == FAILURE) {
        zend_string_release(content);
        RETURN_THROWS();
    }
    zend_string_release(content);
    called = call_php_function("openssl_x509_read", return_value, 1, &prepared);
    php_wechatpay_openssl_arg_release(&prepared);
    if (called == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadCertificateFromString)
{
    zval *content, prepared;
    zend_result called;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(content)
    ZEND_PARSE_PARAMETERS_END();

    if (!certificate_argument_ok(content, "openssl_x509_read")) {
        RETURN_THROWS();
    }
    if (Z_TYPE_P(content) == IS_STRING && certificate_from_cache(Z_STR_P(content), return_value)) {
        return;
    }
    if (certificate_read_file(content, &prepared) == FAILURE) {
        RETURN_THROWS();
    }
    called = call_php_function("openssl_x509_read", return_value, 1, &prepared);
    php_wechatpay_openssl_arg_release(&prepared);
    if (called == FAILURE) {
        RETURN_THROWS();
    }
}

/* PEM text is read by the core (the same BN_bn2hex() serial PHP's serialNumberHex is), a `file://` path's
 * file too, read within the key file limit (on every call), its serial remembered by content in the process
 * key cache (module/keycache.h: decoded once per process); a certificate object or anything the core does not take goes to
 * openssl_x509_parse(), as in the package. */
ZEND_METHOD(WeChatPay_Util_PemUtil, parseCertificateSerialNo)
{
    zval *certificate, prepared, info, *hex;
    zend_result called;
    wxp_buf serial;
    wxp_err err;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(certificate)
    ZEND_PARSE_PARAMETERS_END();

    if (!certificate_argument_ok(certificate, "openssl_x509_parse") || certificate_read_file(certificate, &prepared) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(prepared) == IS_STRING) {
        wxp_buf_init(&serial);
        wxp_err_clear(&err);
        if (php_wechatpay_keycache_cert_serial_hex(Z_STRVAL(prepared), Z_STRLEN(prepared), &serial, &err) == 0) {
            RETVAL_STRINGL(wxp_buf_cstr(&serial), serial.len);
            wxp_buf_free(&serial);
            php_wechatpay_openssl_arg_release(&prepared);
            return;
        }
        wxp_buf_free(&serial);
    }
    called = call_php_function("openssl_x509_parse", &info, 1, &prepared);
    php_wechatpay_openssl_arg_release(&prepared);
    if (called == FAILURE) {
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
