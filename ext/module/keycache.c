/* The process's key cache in the module globals: made lazily (in the worker, after any fork), freed with the
 * rest of the process state in module/module.c's release_process_state(). */
#include "module/keycache.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "wxp_keycache.h"

/* The process's cache, made on first use; NULL when memory ran out (the caller parses uncached). */
static wxp_keycache *keycache(void)
{
    if (WECHATPAY_G(keycache) == NULL) {
        WECHATPAY_G(keycache) = wxp_keycache_new(WXP_KEYCACHE_CAPACITY);
    }
    return WECHATPAY_G(keycache);
}

EVP_PKEY *php_wechatpay_keycache_key_from_pem(const char *pem, size_t len, wxp_key_kind kind, wxp_err *err)
{
    wxp_keycache *cache = keycache();

    return cache != NULL ? wxp_keycache_key_from_pem(cache, pem, len, kind, err) : wxp_key_from_pem(pem, len, kind, err);
}

EVP_PKEY *php_wechatpay_keycache_pkey_as_php(const char *pem, size_t len, bool want_private, const char *pass,
                                             size_t pass_len, wxp_err *err)
{
    wxp_keycache *cache = keycache();
    wxp_pkey_source src;

    if (cache != NULL) {
        return want_private && pass != NULL
            ? wxp_keycache_private_as_php_with_pass(cache, pem, len, pass, pass_len, err)
            : wxp_keycache_pkey_as_php(cache, pem, len, want_private, err);
    }
    src.data = pem;
    src.len = len;
    src.is_file = 0;
    if (!want_private) {
        return wxp_pkey_read_public(&src, err);
    }
    return pass != NULL ? wxp_pkey_read_private(&src, pass, pass_len, err) : wxp_pkey_read_private(&src, "", 0, err);
}

X509 *php_wechatpay_keycache_certificate_as_php(const char *pem, size_t len, wxp_err *err)
{
    wxp_keycache *cache = keycache();
    wxp_pkey_source src;

    if (cache != NULL) {
        return wxp_keycache_certificate_as_php(cache, pem, len, err);
    }
    src.data = pem;
    src.len = len;
    src.is_file = 0;
    return wxp_cert_read_as_php(&src, err);
}

int php_wechatpay_keycache_cert_serial_hex(const char *pem, size_t len, wxp_buf *out, wxp_err *err)
{
    wxp_keycache *cache = keycache();

    return cache != NULL ? wxp_keycache_cert_serial_hex(cache, pem, len, out, err) : wxp_cert_serial_hex(pem, len, out, err);
}

wxp_rsa_prepared *php_wechatpay_keycache_prepared(EVP_PKEY *key)
{
    wxp_rsa_prepared *prepared = NULL;

    if (WECHATPAY_G(keycache) != NULL) {
        prepared = wxp_keycache_prepared(WECHATPAY_G(keycache), key);
    }
    return prepared != NULL ? prepared : wxp_rsa_prepare(key);
}

void php_wechatpay_keycache_stats_into(zval *array)
{
    wxp_keycache_stats stats = {0, 0, 0};

    if (WECHATPAY_G(keycache) != NULL) {
        wxp_keycache_stats_get(WECHATPAY_G(keycache), &stats);
    }
    add_assoc_long(array, "keys_cached", (zend_long) stats.entries);
    add_assoc_long(array, "key_parses", (zend_long) stats.parses);
    add_assoc_long(array, "key_cache_hits", (zend_long) stats.hits);
}
