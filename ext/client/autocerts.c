/* The client's automatically fetched platform certificates (see autocerts.h): the policy's facts live in the
 * process's store (src/wxp_certstore), the fetch is Certificates' (helpers/certificates.h), the file is JSON
 * {"mchid", "fetched_at", "certificates": {serial: PEM}} written to a temporary file and renamed. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include <sys/file.h>
#include "ext/json/php_json.h"
#include "php_wechatpay.h"
#include "client/autocerts.h"
#include "helpers/certificates.h"
#include "http/exceptions.h"
#include "module/globals.h"
#include "support/key_file.h"
#include "support/php_call.h"
#include "wxp_certstore.h"
#include "wxp_clock.h"
#include "wxp_process.h"

static bool is_pub_key_id(const char *serial, size_t len)
{
    return len >= sizeof("PUB_KEY_ID_") - 1 && memcmp(serial, "PUB_KEY_ID_", sizeof("PUB_KEY_ID_") - 1) == 0;
}

/* Whether the client's own keys decide, without the store. */
static bool own_keys_decide(const php_wechatpay_client *client, const char *serial, size_t serial_len)
{
    return client->apiv3_key == NULL || client->v3_placeholder || serial == NULL /* incomplete: refused anyway */
        || is_pub_key_id(serial, serial_len) || wxp_keyring_has(client->certs, serial, serial_len);
}

/* The store's entry of client's merchant, or NULL when memory ran out. */
static wxp_certstore_entry *entry_of(php_wechatpay_client *client)
{
    const zend_string *base = client->transport.base_uri;

    if (WECHATPAY_G(certstore) == NULL && (WECHATPAY_G(certstore) = wxp_certstore_new()) == NULL) {
        return NULL;
    }
    if (!client->certstore_id_made) { /* digested once per client, not per answer */
        if (wxp_certstore_make_id(client->certstore_id, ZSTR_VAL(client->mchid), ZSTR_LEN(client->mchid),
                                  ZSTR_VAL(client->apiv3_key), ZSTR_LEN(client->apiv3_key),
                                  base ? ZSTR_VAL(base) : "", base ? ZSTR_LEN(base) : 0) != 0) {
            return NULL;
        }
        client->certstore_id_made = true;
    }
    return wxp_certstore_entry_of(WECHATPAY_G(certstore), client->certstore_id);
}

/* Calls the PHP function name quietly (as with `@`: the caller says what failed). */
static zend_result call_quietly(const char *name, zval *retval, uint32_t argc, zval *argv)
{
    int reporting = EG(error_reporting);
    zend_result result;

    EG(error_reporting) &= ~(E_WARNING | E_NOTICE);
    result = php_wechatpay_call_function(name, retval, argc, argv, "The automatic platform certificates need %s()", name);
    EG(error_reporting) = reporting;
    return result;
}

/* Adds the certificates serial => PEM of certs to entry (a serial of digits only is an integer key in PHP's
 * arrays); returns how many were new. */
static int add_all(wxp_certstore_entry *entry, HashTable *certs)
{
    zend_string *key;
    zend_ulong index;
    zval *pem;
    int added = 0;

    ZEND_HASH_FOREACH_KEY_VAL(certs, index, key, pem) {
        zend_string *serial = key ? zend_string_copy(key) : zend_ulong_to_str(index);
        wxp_err err;

        wxp_err_clear(&err);
        if (Z_TYPE_P(pem) == IS_STRING
            && wxp_certstore_add_pem(entry, ZSTR_VAL(serial), ZSTR_LEN(serial), Z_STRVAL_P(pem), Z_STRLEN_P(pem), &err) == 1) {
            added++;
        }
        zend_string_release(serial);
    } ZEND_HASH_FOREACH_END();
    return added;
}

/* Reads certsFile into entry when it is this merchant's: another process (or this one before a restart) wrote
 * it. A missing, unreadable or foreign file is no error: it is rewritten at the next fetch. Returns false only
 * when exit() is unwinding. */
static bool load_file(wxp_certstore_entry *entry, const php_wechatpay_client *client)
{
    zend_string *text = NULL;
    zval decoded, *mchid, *fetched_at, *certs;

    /* read as any certificate file is: through PHP's streams, a regular file of at most 1 MiB (a FIFO or a device
     * named by mistake is refused unread) */
    (void) php_wechatpay_key_file_read(ZSTR_VAL(client->certs_file), &text);
    if (EG(exception)) {
        if (text) {
            zend_string_release(text);
        }
        if (php_wechatpay_exiting()) {
            return false;
        }
        zend_clear_exception(); /* a stream wrapper's own exception: treated as an unreadable file */
        return true;
    }
    if (text == NULL) {
        return true;
    }
    ZVAL_UNDEF(&decoded);
    if (php_json_decode_ex(&decoded, ZSTR_VAL(text), ZSTR_LEN(text), PHP_JSON_OBJECT_AS_ARRAY, 8) == SUCCESS
        && Z_TYPE(decoded) == IS_ARRAY
        && (mchid = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("mchid"))) != NULL && Z_TYPE_P(mchid) == IS_STRING
        && zend_string_equals(Z_STR_P(mchid), client->mchid)
        && (certs = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("certificates"))) != NULL
        && Z_TYPE_P(certs) == IS_ARRAY) {
        fetched_at = zend_hash_str_find(Z_ARRVAL(decoded), ZEND_STRL("fetched_at"));
        add_all(entry, Z_ARRVAL_P(certs));
        if (fetched_at != NULL && Z_TYPE_P(fetched_at) == IS_LONG && Z_LVAL_P(fetched_at) > 0
            && Z_LVAL_P(fetched_at) <= (zend_long) wxp_clock_unix_seconds()) {
            wxp_certstore_loaded(entry, (time_t) Z_LVAL_P(fetched_at));
        }
    }
    zval_ptr_dtor(&decoded);
    zend_string_release(text);
    return true;
}

/* Writes certs (serial => PEM, just fetched) to certsFile through a temporary file renamed over it, so a reader
 * never sees half a file. A failure is a warning naming the file: the certificates are in use all the same. */
static void save_file(const php_wechatpay_client *client, zval *certs, time_t fetched_at)
{
    smart_str json = {0};
    zval document, args[2], written, renamed;
    zend_string *temporary;
    bool ok = false;

    array_init(&document);
    add_assoc_str(&document, "mchid", zend_string_copy(client->mchid));
    add_assoc_long(&document, "fetched_at", (zend_long) fetched_at);
    Z_TRY_ADDREF_P(certs);
    add_assoc_zval(&document, "certificates", certs);
    if (php_json_encode(&json, &document, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_PRETTY_PRINT) == FAILURE) {
        smart_str_free(&json);
        zval_ptr_dtor(&document);
        return;
    }
    smart_str_0(&json);
    zval_ptr_dtor(&document);
    temporary = zend_strpprintf(0, "%s.tmp%d", ZSTR_VAL(client->certs_file), (int) wxp_process_id());
    ZVAL_STR(&args[0], temporary);
    ZVAL_STR(&args[1], json.s);
    ZVAL_UNDEF(&written);
    ZVAL_UNDEF(&renamed);
    if (call_quietly("file_put_contents", &written, 2, args) == SUCCESS && Z_TYPE(written) == IS_LONG) {
        ZVAL_STR(&args[1], client->certs_file);
        ok = call_quietly("rename", &renamed, 2, args) == SUCCESS && Z_TYPE(renamed) == IS_TRUE;
        if (!ok && !EG(exception)) {
            (void) call_quietly("unlink", &renamed, 1, args);
        }
    }
    smart_str_free(&json);
    if (EG(exception) && !php_wechatpay_exiting()) {
        zend_clear_exception(); /* a stream wrapper's own: the write failed, as the warning says */
        ok = false;
    }
    if (!ok && !EG(exception)) {
        php_error_docref(NULL, E_WARNING, "Cannot write config 'certsFile' %s: the platform certificates just fetched are used, but not kept for other processes",
                         ZSTR_VAL(client->certs_file));
    }
    zend_string_release(temporary);
    zval_ptr_dtor(&written);
    zval_ptr_dtor(&renamed);
}

/* Fetches the certificates into entry (begun and ended in the store: single flight, rate limit). With why,
 * a failure's exception goes there; without, it is dropped (a renewal that failed keeps the certificates held).
 * Returns false only when exit() is unwinding. */
static bool fetch_into(wxp_certstore_entry *entry, php_wechatpay_client *client, zval *why)
{
    zval certs;
    bool fetched;

    wxp_certstore_begin(entry, wxp_clock_unix_seconds());
    php_wechatpay_client_addref(client); /* the fetch runs the loop, and the loop may run the app's code */
    fetched = php_wechatpay_certificates_fetch(client, &certs) == SUCCESS;
    wxp_certstore_end(entry, fetched, wxp_clock_unix_seconds());
    if (fetched) {
        add_all(entry, Z_ARRVAL(certs));
        if (client->certs_file != NULL) {
            save_file(client, &certs, wxp_clock_unix_seconds());
        }
        zval_ptr_dtor(&certs);
    }
    php_wechatpay_client_release(client);
    if (php_wechatpay_exiting()) {
        return false;
    }
    if (EG(exception)) {
        zval thrown;

        php_wechatpay_take_exception(&thrown);
        if (why != NULL && Z_ISUNDEF_P(why)) {
            ZVAL_COPY_VALUE(why, &thrown);
        } else {
            zval_ptr_dtor(&thrown);
        }
    }
    return true;
}

/* Makes in why the exception that says why no fetch was made for an unknown serial. */
static void held_back(zval *why, const wxp_certstore_entry *entry)
{
    wxp_certstore_facts facts;
    zend_string *message;

    wxp_certstore_facts_get(entry, &facts);
    if (wxp_certstore_busy(entry)) {
        message = zend_string_init(ZEND_STRL("The platform certificates are being fetched already (by the call this one runs inside): not fetched twice at once"), 0);
    } else {
        message = zend_strpprintf(0, "The platform certificates were last fetched (or tried) %lld s ago: not fetched again before wechatpay.certs_min_interval (%lld s) has passed",
                                  (long long) (wxp_clock_unix_seconds() - facts.tried_at),
                                  (long long) WECHATPAY_G(certs_min_interval));
    }
    object_init_ex(why, zend_ce_exception);
    zend_update_property_str(zend_ce_exception, Z_OBJ_P(why), ZEND_STRL("message"), message);
    zend_string_release(message);
}

/* How many certsFile locks this process holds: a nested consult (app code run under one) takes none, or it would
 * wait on its own process. */
static unsigned locks_held;

/* Opens <certsFile>.lock and takes an exclusive lock on it, so the PHP-FPM workers sharing certsFile fetch one at
 * a time: the first fetches and writes the file, the others then read it (single flight across processes). The
 * lock file stays (removing it would race another worker's open). NULL when no lock could be had: the caller
 * goes on without one, as before a certsFile existed. */
static php_stream *lock_file(const php_wechatpay_client *client)
{
    zend_string *path;
    php_stream *stream;

    if (locks_held > 0) {
        return NULL;
    }
    path = zend_strpprintf(0, "%s.lock", ZSTR_VAL(client->certs_file));
    stream = php_stream_open_wrapper(ZSTR_VAL(path), "c", 0, NULL);
    zend_string_release(path);
    if (stream == NULL || EG(exception)) {
        if (stream != NULL) {
            php_stream_close(stream);
        }
        return NULL;
    }
    if (php_stream_lock(stream, LOCK_EX) != 0) { /* waits for the worker that holds it: its fetch is bounded by its timeout */
        php_stream_close(stream);
        return NULL;
    }
    locks_held++;
    return stream;
}

static void unlock_file(php_stream *stream)
{
    if (stream != NULL) {
        locks_held--;
        php_stream_lock(stream, LOCK_UN);
        php_stream_close(stream);
    }
}

/* The store's part of php_wechatpay_autocerts_ring(): entry's keyring, after what its policy asks for serial. The
 * entry is pinned meanwhile: the PHP code a file read or a fetch runs may make other entries (other merchants'
 * clients), which must not evict this one. */
static wxp_keyring *consult(php_wechatpay_client *client, wxp_certstore_entry *entry, const char *serial,
                            size_t serial_len, zval *why)
{
    wxp_certstore_need need;
    time_t refresh = (time_t) WECHATPAY_G(certs_refresh), gap = (time_t) WECHATPAY_G(certs_min_interval);
    php_stream *lock = NULL;
    bool going = true;

    wxp_certstore_pin(entry);
    need = wxp_certstore_assess(entry, serial, serial_len, wxp_clock_unix_seconds(), refresh, gap);
    if (need != WXP_CERTSTORE_USE && need != WXP_CERTSTORE_WAIT && client->certs_file != NULL) {
        /* another process may have fetched them already, or be fetching them: a file read costs less than a fetch */
        lock = lock_file(client);
        going = !php_wechatpay_exiting() && load_file(entry, client);
        need = wxp_certstore_assess(entry, serial, serial_len, wxp_clock_unix_seconds(), refresh, gap);
    }
    if (going && (need == WXP_CERTSTORE_FETCH || need == WXP_CERTSTORE_RENEW)) {
        going = fetch_into(entry, client, need == WXP_CERTSTORE_FETCH ? why : NULL);
    } else if (going && need == WXP_CERTSTORE_WAIT) {
        held_back(why, entry);
    }
    unlock_file(lock);
    wxp_certstore_unpin(entry);
    return going ? wxp_certstore_ring(entry) : NULL;
}

wxp_keyring *php_wechatpay_autocerts_ring(php_wechatpay_client *client, const char *serial, size_t serial_len,
                                          zval *why)
{
    wxp_certstore_entry *entry;

    ZVAL_UNDEF(why);
    if (own_keys_decide(client, serial, serial_len) || (entry = entry_of(client)) == NULL) {
        return client->certs;
    }
    return consult(client, entry, serial, serial_len, why);
}

wxp_keyring *php_wechatpay_autocerts_encryption_ring(php_wechatpay_client *client, zval *why)
{
    wxp_certstore_entry *entry;
    const char *id;
    size_t id_len = 0;

    ZVAL_UNDEF(why);
    if (client->apiv3_key == NULL || client->v3_placeholder || wxp_keyring_encryption_id(client->certs, &id_len) != NULL
        || (entry = entry_of(client)) == NULL) {
        return client->certs;
    }
    /* the certificate it would choose decides: none held yet is a first fetch, one held may be due for renewal */
    id = wxp_keyring_encryption_id(wxp_certstore_ring(entry), &id_len);
    return consult(client, entry, id, id_len, why);
}

EVP_PKEY *php_wechatpay_autocerts_held_key(php_wechatpay_client *client, const char *serial, size_t serial_len)
{
    EVP_PKEY *key = wxp_keyring_find(client->certs, serial, serial_len);
    wxp_certstore_entry *entry;

    if (key != NULL || client->apiv3_key == NULL || client->v3_placeholder || (entry = entry_of(client)) == NULL) {
        return key;
    }
    return wxp_keyring_find(wxp_certstore_ring(entry), serial, serial_len);
}

EVP_PKEY *php_wechatpay_autocerts_ready_key(php_wechatpay_client *client, const char *serial, size_t serial_len)
{
    wxp_certstore_entry *entry;

    if (own_keys_decide(client, serial, serial_len)) {
        return wxp_keyring_find(client->certs, serial, serial_len);
    }
    entry = entry_of(client);
    if (entry == NULL || wxp_certstore_assess(entry, serial, serial_len, wxp_clock_unix_seconds(),
                                              (time_t) WECHATPAY_G(certs_refresh),
                                              (time_t) WECHATPAY_G(certs_min_interval)) != WXP_CERTSTORE_USE) {
        return NULL;
    }
    return wxp_keyring_find(wxp_certstore_ring(entry), serial, serial_len);
}

int php_wechatpay_autocerts_list(const php_wechatpay_client *client, const wxp_keyring *ring, wxp_buf *out)
{
    size_t start = out->len;

    if (wxp_keyring_list(client->certs, out) != 0) {
        return -1;
    }
    if (ring == client->certs || wxp_keyring_count(ring) == 0) {
        return 0;
    }
    return (out->len > start && wxp_buf_append_byte(out, ',') != 0) ? -1 : wxp_keyring_list(ring, out);
}
