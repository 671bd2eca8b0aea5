/* The package's namespaced constants: those of constants.stub.php (Exception\ERR_INIT_*, EV2_*, EV3_*, DEP_XML_*,
 * MAXIMUM_CLOCK_OFFSET, the Wechatpay* header names) and WeChatPay\Crypto\ALGO_DICTONARIES, the one array. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_wechatpay.h"
#include "module/constants.h"
#include "wxp_verify.h" /* WXP_EV3_RES_*, WXP_MAX_CLOCK_OFFSET */
#include "wxp_hash.h"   /* WXP_APIV2_MD5, WXP_APIV2_HMAC_SHA256 */
#include "module/constants_arginfo.h"

/* The array ALGO_DICTONARIES holds, owned by the module: a constant's value must outlive every request. */
static HashTable *algo_dictionaries;

static void add_interned(HashTable *ht, const char *key, const char *value)
{
    zval v;

    ZVAL_INTERNED_STR(&v, zend_string_init_interned(value, strlen(value), 1));
    zend_hash_add_new(ht, zend_string_init_interned(key, strlen(key), 1), &v);
}

/* The package's `const ALGO_DICTONARIES = [ALGO_HMAC_SHA256 => 'hmac', ALGO_MD5 => 'md5'];` (its spelling). The
 * array is persistent and immutable, as opcache makes a script's constant arrays: requests read and copy it but
 * never count references on it, so it is shared safely, and freed by MSHUTDOWN only. */
static zend_result register_algo_dictionaries(int module_number)
{
    static const char name[] = "WeChatPay\\Crypto\\ALGO_DICTONARIES";
    zend_constant c;

    algo_dictionaries = pemalloc(sizeof(HashTable), 1);
    zend_hash_init(algo_dictionaries, 2, NULL, NULL, 1);
    add_interned(algo_dictionaries, WXP_APIV2_HMAC_SHA256, "hmac");
    add_interned(algo_dictionaries, WXP_APIV2_MD5, "md5");
    GC_ADD_FLAGS(algo_dictionaries, IS_ARRAY_IMMUTABLE | GC_NOT_COLLECTABLE);
    /* as opcache's immutable arrays: a count of 2 makes every write to a copy separate it first */
    GC_SET_REFCOUNT(algo_dictionaries, 2);

    ZVAL_ARR(&c.value, algo_dictionaries);
    Z_TYPE_INFO(c.value) = IS_ARRAY; /* not IS_ARRAY_EX: not reference-counted */
    ZEND_CONSTANT_SET_FLAGS(&c, CONST_PERSISTENT, module_number);
    c.name = zend_string_init_interned(name, sizeof(name) - 1, 1);
    return zend_register_constant(&c);
}

zend_result php_wechatpay_constants_minit(INIT_FUNC_ARGS)
{
    register_constants_symbols(module_number);
    return register_algo_dictionaries(module_number);
}

void php_wechatpay_constants_mshutdown(SHUTDOWN_FUNC_ARGS)
{
    /* The constant itself is dropped after MSHUTDOWN, without touching a value that is not reference-counted. */
    if (algo_dictionaries) {
        GC_SET_REFCOUNT(algo_dictionaries, 1);
        zend_hash_destroy(algo_dictionaries);
        pefree(algo_dictionaries, 1);
        algo_dictionaries = NULL;
    }
}
