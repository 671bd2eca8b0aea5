/* APIv2 calls of the chain: the request's fields signed with the APIv2 key, and the answer checked, as
 * wechatpay-php's ClientXmlTrait does (its transformRequest and transformResponse middleware), with every
 * input it would send wrong refused before anything is sent. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/standard/php_http.h"
#include "ext/standard/url.h"
#include "php_wechatpay.h"
#include "client/call_v2.h"
#include "helpers/transformer.h"
#include "http/exceptions.h"
#include "wxp_hash.h"
#include "wxp_sign.h"
#include "wxp_uri.h"

/* The paths WeChat Pay answers without a sign: their answers are returned unchecked (the package's
 * $noneSignatureRespond, matched against the request URL's whole path). */
static const char *const unsigned_paths[] = {
    "/mchrisk/querymchrisk", "/mchrisk/setmchriskcallback", "/mchrisk/syncmchriskresult",
    "/mmpaymkttransfers/gethbinfo", "/mmpaymkttransfers/gettransferinfo", "/mmpaymkttransfers/pay_bank",
    "/mmpaymkttransfers/promotion/paywwsptrans2pocket", "/mmpaymkttransfers/promotion/querywwsptrans2pocket",
    "/mmpaymkttransfers/promotion/transfers", "/mmpaymkttransfers/query_bank",
    "/mmpaymkttransfers/sendgroupredpack", "/mmpaymkttransfers/sendminiprogramhb",
    "/mmpaymkttransfers/sendredpack", "/papay/entrustweb", "/papay/h5entrustweb", "/papay/partner/entrustweb",
    "/papay/partner/h5entrustweb", "/pay/downloadbill", "/pay/downloadfundflow", "/payitil/report",
    "/risk/getpublickey", "/risk/getviolation", "/secapi/mch/submchmanage",
    "/xdc/apiv2getsignkey/sign/getsignkey",
};

/* The options only an APIv2 call takes. */
static const char *const v2_options[] = {"xml", "nonceless", "security"};

size_t php_wechatpay_v2_prefix(const char *path, size_t len)
{
    return len >= 3 && (path[0] == 'v' || path[0] == 'V') && path[1] == '2' && path[2] == '/' ? 3 : 0;
}

const char *php_wechatpay_v2_check_name(php_wechatpay_v2_check check)
{
    switch (check) {
        case PHP_WECHATPAY_V2_RETURN_CODE: return "return_code";
        case PHP_WECHATPAY_V2_RESULT_CODE: return "result_code";
        case PHP_WECHATPAY_V2_SIGN: return "sign";
        default: return NULL;
    }
}

static bool option_given(HashTable *options, const char *name)
{
    zval *value = zend_hash_str_find_deref(options, name, strlen(name));

    return value != NULL && Z_TYPE_P(value) != IS_NULL;
}

zend_result php_wechatpay_v2_refuse_on_v3(const php_wechatpay_call *call, HashTable *options)
{
    size_t i;

    for (i = 0; i < sizeof(v2_options) / sizeof(v2_options[0]); i++) {
        if (option_given(options, v2_options[i])) {
            php_wechatpay_throw_invalid("Option '%s' is for APIv2 calls only, whose path begins with v2/ (e.g. $instance->v2->pay->orderquery); this call's path is an APIv3 one",
                                        v2_options[i]);
            return FAILURE;
        }
    }
    if (call->client->v3_placeholder) {
        php_wechatpay_throw_invalid("This client's APIv3 keys are placeholders (config 'privateKey' is not a key, as an APIv2-only config gives it): give the merchant's 'privateKey', 'serial' and platform 'certs' to call APIv3, or call APIv2 paths (v2/...)");
        return FAILURE;
    }
    return SUCCESS;
}

/* A field's value as the package's string interpolation makes it; NULL for null. Arrays (only in answers:
 * requests refuse them) read "Array", as PHP's conversion does. */
static zend_string *field_value(zval *value)
{
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) == IS_NULL) {
        return NULL;
    }
    if (Z_TYPE_P(value) == IS_ARRAY) {
        return zend_string_init("Array", 5, 0);
    }
    return zval_get_string(value);
}

/* Writes the APIv2 sign of data's fields of the given type under secret as upper-case hex into hex. Returns
 * 0, 1 for a type that is neither MD5 nor HMAC-SHA256, or -1 with err set. */
static int sign_fields(HashTable *data, const char *type, size_t type_len, const zend_string *secret,
                       char hex[WXP_HASH_HEX_MAX], wxp_err *err)
{
    uint32_t count = zend_hash_num_elements(data), n = 0, i;
    wxp_apiv2_field *fields = safe_emalloc(count ? count : 1, sizeof(*fields), 0);
    zend_string **owned = safe_emalloc(count ? count * 2 : 1, sizeof(*owned), 0);
    uint32_t owned_count = 0;
    zend_string *key;
    zend_ulong index;
    zval *value;
    wxp_buf text;
    int rc;

    ZEND_HASH_FOREACH_KEY_VAL(data, index, key, value) {
        zend_string *name = key ? zend_string_copy(key) : zend_ulong_to_str(index);
        zend_string *shown = field_value(value);

        owned[owned_count++] = name;
        fields[n].name = ZSTR_VAL(name);
        fields[n].name_len = ZSTR_LEN(name);
        fields[n].value = NULL;
        fields[n].value_len = 0;
        if (shown) {
            owned[owned_count++] = shown;
            fields[n].value = ZSTR_VAL(shown);
            fields[n].value_len = ZSTR_LEN(shown);
        }
        n++;
    } ZEND_HASH_FOREACH_END();
    wxp_buf_init(&text);
    rc = wxp_apiv2_string(&text, fields, n);
    if (rc != 0) {
        wxp_err_set(err, WXP_E_NOMEM, "out of memory");
    } else {
        rc = wxp_apiv2_sign(type, type_len, text.data ? text.data : "", text.len, ZSTR_VAL(secret),
                            ZSTR_LEN(secret), hex, err);
    }
    /* the signed text holds nothing secret, but the key went through OpenSSL's buffers only */
    wxp_buf_free(&text);
    for (i = 0; i < owned_count; i++) {
        zend_string_release(owned[i]);
    }
    efree(owned);
    efree(fields);
    return rc;
}

/* The fields a call sends: a separated copy of `xml` (or of a GET's `query` array), each a string, a number or
 * null. Returns FAILURE with an exception thrown. */
static zend_result read_fields(const php_wechatpay_call *call, HashTable *options, zval *data)
{
    zval *xml = zend_hash_str_find_deref(options, ZEND_STRL("xml")), *value;
    bool get = strcmp(call->method, "GET") == 0;
    const char *from = "xml";
    zend_string *key;
    zend_ulong index;

    if (xml && Z_TYPE_P(xml) == IS_NULL) {
        xml = NULL;
    }
    if (xml && get && option_given(options, "query")) {
        php_wechatpay_throw_invalid("Options 'xml' and 'query' cannot both be given to an APIv2 GET: its fields, from one of them, become its signed query");
        return FAILURE;
    }
    if (xml == NULL && get) {
        xml = zend_hash_str_find_deref(options, ZEND_STRL("query"));
        from = "query";
        if (xml && Z_TYPE_P(xml) == IS_STRING) {
            php_wechatpay_throw_invalid("Option 'query' of an APIv2 GET must be an array of its fields (they are signed), a string given; or pass them as 'xml'");
            return FAILURE;
        }
        if (xml && Z_TYPE_P(xml) == IS_NULL) {
            xml = NULL;
        }
    }
    if (xml != NULL && Z_TYPE_P(xml) != IS_ARRAY) {
        php_wechatpay_throw_invalid("Option '%s' of an APIv2 call must be an array of its fields, %s given", from,
                                    zend_zval_type_name(xml));
        return FAILURE;
    }
    if (xml == NULL) {
        array_init(data);
        return SUCCESS;
    }
    ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(xml), index, key, value) {
        ZVAL_DEREF(value);
        if (Z_TYPE_P(value) != IS_STRING && Z_TYPE_P(value) != IS_LONG && Z_TYPE_P(value) != IS_DOUBLE
            && Z_TYPE_P(value) != IS_NULL) {
            zend_string *name = key ? zend_string_copy(key) : zend_ulong_to_str(index);
            php_wechatpay_throw_invalid("Option '%s' field '%s' must be a string, a number or null, %s given: APIv2 signs flat fields (encode nested data as its API documents, usually as a JSON string)",
                                        from, ZSTR_VAL(name), zend_zval_type_name(value));
            zend_string_release(name);
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    ZVAL_ARR(data, zend_array_dup(Z_ARRVAL_P(xml)));
    return SUCCESS;
}

/* The package's mch_id check: the fields' first non-null of mch_id, mchid and combine_mch_id must be the
 * config's mchid. */
static zend_result check_merchant(const php_wechatpay_call *call, HashTable *data)
{
    static const char *const names[] = {"mch_id", "mchid", "combine_mch_id"};
    zend_string *given = NULL;
    bool matches;
    size_t i;

    for (i = 0; i < sizeof(names) / sizeof(names[0]) && given == NULL; i++) {
        zval *value = zend_hash_str_find_deref(data, names[i], strlen(names[i]));
        if (value && Z_TYPE_P(value) != IS_NULL) {
            given = zval_get_string(value);
        }
    }
    matches = given && zend_string_equals(given, call->client->mchid);
    if (!matches) {
        php_wechatpay_throw_invalid("The xml's structure[mch_id(%s)] doesn't matched the init one mchid(%s).",
                                    given ? ZSTR_VAL(given) : "", ZSTR_VAL(call->client->mchid));
    }
    if (given) {
        zend_string_release(given);
    }
    return matches ? SUCCESS : FAILURE;
}

/* Adds nonce_str (unless the call is nonceless or gives one) and sign to data. */
static zend_result sign_data(const php_wechatpay_call *call, HashTable *options, HashTable *data)
{
    zval *type = zend_hash_str_find_deref(data, ZEND_STRL("sign_type")), *nonce, sign;
    const char *type_name = "MD5";
    size_t type_len = 3;
    char hex[WXP_HASH_HEX_MAX];
    wxp_err err;
    int rc;

    if (type && Z_TYPE_P(type) != IS_NULL) {
        if (Z_TYPE_P(type) != IS_STRING || (!zend_string_equals_literal(Z_STR_P(type), "MD5")
                                            && !zend_string_equals_literal(Z_STR_P(type), "HMAC-SHA256"))) {
            php_wechatpay_throw_invalid("Option 'xml' field 'sign_type' must be 'MD5' (the default) or 'HMAC-SHA256'");
            return FAILURE;
        }
        type_name = Z_STRVAL_P(type);
        type_len = Z_STRLEN_P(type);
    }
    nonce = zend_hash_str_find_deref(data, ZEND_STRL("nonce_str"));
    if (!option_given(options, "nonceless") && (nonce == NULL || Z_TYPE_P(nonce) == IS_NULL)) {
        char made[WXP_NONCE_LEN + 1];
        zval value;

        if (wxp_nonce(made) != 0) {
            php_wechatpay_throw_invalid("Cannot make the APIv2 nonce_str: no random bytes");
            return FAILURE;
        }
        ZVAL_STRINGL(&value, made, WXP_NONCE_LEN);
        zend_hash_str_update(data, ZEND_STRL("nonce_str"), &value);
    }
    wxp_err_clear(&err);
    rc = sign_fields(data, type_name, type_len, call->client->secret, hex, &err);
    if (rc != 0) {
        php_wechatpay_throw_invalid("Cannot sign the APIv2 request: %s", rc > 0 ? "unknown sign_type" : err.message);
        return FAILURE;
    }
    ZVAL_STRING(&sign, hex);
    zend_hash_str_update(data, ZEND_STRL("sign"), &sign);
    return SUCCESS;
}

/* Reads `security`: true presents the config's merchant certificate. */
static zend_result read_security(php_wechatpay_call *call, HashTable *options)
{
    zval *value = zend_hash_str_find_deref(options, ZEND_STRL("security"));

    if (value == NULL || Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_FALSE) {
        return SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_TRUE) {
        php_wechatpay_throw_invalid("Option 'security' must be true (present the merchant certificate) or false, %s given",
                                    zend_zval_type_name(value));
        return FAILURE;
    }
    if (call->client->merchant == NULL) {
        php_wechatpay_throw_invalid("Option 'security' needs the config's 'merchant' => ['cert' => '/path/to/apiclient_cert.pem', 'key' => '/path/to/apiclient_key.pem'] (each also [path, passphrase])");
        return FAILURE;
    }
    call->security = true;
    return SUCCESS;
}

zend_result php_wechatpay_v2_prepare(php_wechatpay_call *call, HashTable *options, zend_string **query)
{
    zval data;
    zend_result result;

    *query = NULL;
    if (option_given(options, "json") || option_given(options, "body")) {
        php_wechatpay_throw_invalid("Option '%s' cannot be used on an APIv2 path (v2/...): pass the fields as 'xml', which is signed and sent as XML",
                                    option_given(options, "json") ? "json" : "body");
        return FAILURE;
    }
    if (call->client->secret == NULL) {
        php_wechatpay_throw_invalid("An APIv2 call (a path that begins with v2/) needs the config's 'secret': the APIv2 key set on the merchant platform (32 bytes)");
        return FAILURE;
    }
    if (read_security(call, options) == FAILURE || read_fields(call, options, &data) == FAILURE) {
        return FAILURE;
    }
    result = check_merchant(call, Z_ARRVAL(data));
    if (result == SUCCESS) {
        result = sign_data(call, options, Z_ARRVAL(data));
    }
    if (result == SUCCESS && strcmp(call->method, "GET") == 0) {
        smart_str buf = {0};

        php_url_encode_hash_ex(Z_ARRVAL(data), &buf, NULL, 0, NULL, 0, NULL, 0, NULL, "&", PHP_QUERY_RFC3986);
        *query = buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
    } else if (result == SUCCESS) {
        call->body = php_wechatpay_xml_from_array(Z_ARRVAL(data));
        result = call->body ? SUCCESS : FAILURE;
    }
    zval_ptr_dtor(&data);
    return result;
}

static bool is_unsigned_path(const php_wechatpay_call *call)
{
    const char *path;
    size_t path_len, i;

    if (wxp_uri_path(wxp_buf_cstr(&call->url), &path, &path_len) != 0) {
        return false;
    }
    for (i = 0; i < sizeof(unsigned_paths) / sizeof(unsigned_paths[0]); i++) {
        if (strlen(unsigned_paths[i]) == path_len && memcmp(unsigned_paths[i], path, path_len) == 0) {
            return true;
        }
    }
    return false;
}

/* Whether the answer's field name is the string SUCCESS (compared in constant time, as the package does). */
static bool field_is_success(HashTable *answer, const char *name)
{
    zval *value = zend_hash_str_find(answer, name, strlen(name));

    return value && Z_TYPE_P(value) == IS_STRING
        && wxp_hash_equals("SUCCESS", 7, Z_STRVAL_P(value), Z_STRLEN_P(value));
}

/* Appends ", name VALUE" for each of the answer's fields that is a string (at most 128 bytes of it). */
static void append_fields(smart_str *out, HashTable *answer)
{
    static const char *const names[] = {"return_code", "return_msg", "result_code", "err_code", "err_code_des"};
    size_t i;

    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        zval *value = zend_hash_str_find(answer, names[i], strlen(names[i]));

        if (value && Z_TYPE_P(value) == IS_STRING) {
            smart_str_appends(out, i ? ", " : " (");
            smart_str_appends(out, names[i]);
            smart_str_appendc(out, ' ');
            smart_str_appendl(out, Z_STRVAL_P(value), MIN(Z_STRLEN_P(value), 128));
        } else if (i == 0) {
            smart_str_appends(out, " (no return_code");
        }
    }
    smart_str_appendc(out, ')');
}

static php_wechatpay_v2_check check_sign(const php_wechatpay_call *call, HashTable *answer, const char **why)
{
    zval *sign = zend_hash_str_find(answer, ZEND_STRL("sign"));
    char hex[WXP_HASH_HEX_MAX];
    bool hmac;
    wxp_err err;

    if (sign == NULL || Z_TYPE_P(sign) != IS_STRING || Z_STRLEN_P(sign) == 0) {
        *why = "it has no sign";
        return PHP_WECHATPAY_V2_SIGN;
    }
    hmac = Z_STRLEN_P(sign) == 64;
    wxp_err_clear(&err);
    if (sign_fields(answer, hmac ? "HMAC-SHA256" : "MD5", hmac ? 11 : 3, call->client->secret, hex, &err) != 0
        || !wxp_hash_equals(hex, strlen(hex), Z_STRVAL_P(sign), Z_STRLEN_P(sign))) {
        *why = hmac ? "its sign is not the HMAC-SHA256 the APIv2 key gives"
                    : "its sign is not the MD5 the APIv2 key gives";
        return PHP_WECHATPAY_V2_SIGN;
    }
    return PHP_WECHATPAY_V2_PASSED;
}

int php_wechatpay_v2_check_answer(const php_wechatpay_call *call, const char *body, size_t body_len,
                                  zend_string **message)
{
    zend_string *xml;
    zval answer;
    php_wechatpay_v2_check failed = PHP_WECHATPAY_V2_PASSED;
    const char *why = NULL;
    smart_str text = {0};

    *message = NULL;
    if (is_unsigned_path(call)) {
        return PHP_WECHATPAY_V2_PASSED;
    }
    xml = zend_string_init(body ? body : "", body_len, 0);
    if (php_wechatpay_xml_to_array(xml, &answer, true) == FAILURE) {
        zend_string_release(xml);
        return -1;
    }
    zend_string_release(xml);
    if (!field_is_success(Z_ARRVAL(answer), "return_code")) {
        failed = PHP_WECHATPAY_V2_RETURN_CODE;
        why = "its return_code is not SUCCESS";
    } else if (zend_hash_str_exists(Z_ARRVAL(answer), ZEND_STRL("result_code"))
               && !field_is_success(Z_ARRVAL(answer), "result_code")) {
        failed = PHP_WECHATPAY_V2_RESULT_CODE;
        why = "its result_code is not SUCCESS";
    } else {
        failed = check_sign(call, Z_ARRVAL(answer), &why);
    }
    if (failed != PHP_WECHATPAY_V2_PASSED) {
        smart_str_appends(&text, "The APIv2 answer was rejected by its ");
        smart_str_appends(&text, php_wechatpay_v2_check_name(failed));
        smart_str_appends(&text, " check: ");
        smart_str_appends(&text, why);
        append_fields(&text, Z_ARRVAL(answer));
        smart_str_appends(&text, "; the rejection's reason is the response");
        *message = smart_str_extract(&text);
    }
    zval_ptr_dtor(&answer);
    return failed;
}
