/* The Guzzle 7 request options (GuzzleHttp\RequestOptions, with the 'handler', 'curl', 'stream_context' and
 * the 'save_to'/'exceptions' aliases Guzzle still reads) that the extension does not honour. An app written for
 * wechatpay-php passes them through to Guzzle; ignoring one would leave the app believing it took effect, so
 * each is refused by name with what to do instead. A value that asks for what the extension always does
 * (allow_redirects false, cookies false, ...) is accepted, and null counts as absent, as Guzzle's isset() reads. */
#include "client/guzzle_options.h"
#include "http/exceptions.h"

/* Which value of an option the extension already does, so that value is accepted. */
typedef enum accepted_value {
    ACCEPT_NONE,   /* every non-null value is refused */
    ACCEPT_FALSE,  /* false is what the extension does */
    ACCEPT_TRUE,   /* true is what the extension does */
    ACCEPT_HTTP11, /* '1.1' (or 1.1): the HTTP version the extension speaks */
    ACCEPT_CONFIG_OBJECT /* in the config, an object (client/driver.c checks it is a HandlerStack) */
} accepted_value;

typedef struct refused_option {
    const char *name;
    accepted_value accepted;
    bool config_only;   /* honoured per call, refused only in the config */
    const char *advice; /* why, and what to use instead */
} refused_option;

static const refused_option refused_options[] = {
    {"allow_redirects", ACCEPT_FALSE, false,
     "redirects are never followed, as a redirected request would need a new signature for its new target (WeChat Pay does not redirect); false, what the extension always does, is accepted, and a 3xx answer is a BadResponseException"},
    {"auth", ACCEPT_NONE, false,
     "calls are authorized by the WECHATPAY2-SHA256-RSA2048 signature the extension makes; send other credentials in 'headers'"},
    {"body", ACCEPT_NONE, true, "Guzzle would send it with every call, pass 'body' per call"},
    {"json", ACCEPT_NONE, true, "Guzzle would send it with every call, pass 'json' per call"},
    {"query", ACCEPT_NONE, true, "Guzzle would add it to every call, pass 'query' per call"},
    {"cert", ACCEPT_NONE, false,
     "give the merchant certificate and key as the config's 'merchant' => ['cert' => path, 'key' => path] and pass 'security' => true on the APIv2 calls that need them"},
    {"ssl_key", ACCEPT_NONE, false,
     "give the merchant certificate and key as the config's 'merchant' => ['cert' => path, 'key' => path] and pass 'security' => true on the APIv2 calls that need them"},
    {"cookies", ACCEPT_FALSE, false,
     "the extension never keeps or sends cookies (WeChat Pay needs none); false is accepted, set a Cookie in 'headers' if a proxy needs one"},
    {"crypto_method", ACCEPT_NONE, false, "the TLS version is negotiated by libcurl and OpenSSL (TLS 1.2 or later)"},
    {"curl", ACCEPT_NONE, false,
     "no raw cURL options: use the extension's options (timeout, connect_timeout, verify, proxy, max_response_size)"},
    {"debug", ACCEPT_FALSE, true, "Guzzle would trace every call, pass 'debug' per call"},
    {"decode_content", ACCEPT_TRUE, false,
     "the extension asks for no content encoding, so answers arrive as they are; true is accepted"},
    {"delay", ACCEPT_NONE, false, "wait before making the call (e.g. usleep()) instead"},
    {"expect", ACCEPT_FALSE, false, "the extension never sends 'Expect: 100-continue'; false is accepted"},
    {"force_ip_resolve", ACCEPT_NONE, false, "give base_uri a host that resolves to the address family you want"},
    {"form_params", ACCEPT_NONE, false,
     "WeChat Pay APIv3 takes JSON: use 'json', or 'body' with a Content-Type in 'headers'"},
    {"multipart", ACCEPT_NONE, false,
     "for a media upload pass 'body' => (new WeChatPay\\Util\\MediaUtil($file))->getStream(): its multipart Content-Type goes with it"},
    {"handler", ACCEPT_CONFIG_OBJECT, false,
     "in the config it must be a GuzzleHttp\\HandlerStack, the stack getDriver()'s Guzzle client uses (a copy of it, with the signer and verifier added)"},
    {"exceptions", ACCEPT_NONE, false, "Guzzle's old name of 'http_errors': use 'http_errors'"},
    {"idn_conversion", ACCEPT_NONE, false, "give base_uri an ASCII (punycode) host"},
    {"on_headers", ACCEPT_NONE, false, "'max_response_size' bounds an answer before its body is read"},
    {"on_stats", ACCEPT_NONE, true, "Guzzle would call it for every call, pass 'on_stats' per call"},
    {"progress", ACCEPT_NONE, true, "Guzzle would call it for every call, pass 'progress' per call"},
    {"read_timeout", ACCEPT_NONE, false, "use 'timeout', which bounds the whole call"},
    {"sink", ACCEPT_NONE, true, "Guzzle would write every answer to it, pass 'sink' per call"},
    {"save_to", ACCEPT_NONE, false, "Guzzle's old name of 'sink': use 'sink'"},
    {"stream", ACCEPT_FALSE, false,
     "answers are always received whole, bounded by 'max_response_size'; false is accepted"},
    {"stream_context", ACCEPT_NONE, false, "it is for Guzzle's PHP-stream handler: the extension transfers with libcurl"},
    {"synchronous", ACCEPT_NONE, false, "call get()/post()/... to wait for the answer, or the ...Async() verbs for a promise"},
    {"version", ACCEPT_HTTP11, false, "the extension speaks HTTP/1.1; '1.1' is accepted"},
};

static bool value_is_accepted(const refused_option *option, zval *value, bool for_config)
{
    switch (option->accepted) {
        case ACCEPT_CONFIG_OBJECT: return for_config && Z_TYPE_P(value) == IS_OBJECT;
        case ACCEPT_FALSE: return Z_TYPE_P(value) == IS_FALSE;
        case ACCEPT_TRUE: return Z_TYPE_P(value) == IS_TRUE;
        case ACCEPT_HTTP11:
            return (Z_TYPE_P(value) == IS_STRING && zend_string_equals_literal(Z_STR_P(value), "1.1"))
                || (Z_TYPE_P(value) == IS_DOUBLE && Z_DVAL_P(value) == 1.1);
        default: return false;
    }
}

zend_result php_wechatpay_guzzle_options_refuse(HashTable *settings, bool for_config, const char *where)
{
    size_t i;

    for (i = 0; i < sizeof(refused_options) / sizeof(refused_options[0]); i++) {
        const refused_option *option = &refused_options[i];
        zval *value;

        if (option->config_only && !for_config) {
            continue;
        }
        value = zend_hash_str_find_deref(settings, option->name, strlen(option->name));
        if (value == NULL || Z_TYPE_P(value) == IS_NULL || value_is_accepted(option, value, for_config)) {
            continue;
        }
        php_wechatpay_throw_invalid("%s '%s' (a Guzzle request option) is refused: %s", where, option->name,
                                    option->advice);
        return FAILURE;
    }
    return SUCCESS;
}
