/* The refcounted configuration shared by every node of one Builder::factory() tree. */
#include "client/client.h"
#include "client/transport.h"
#include "module/keycache.h"
#include "support/keys_from_php.h"

#include <openssl/evp.h>

php_wechatpay_client *php_wechatpay_client_new(void)
{
    php_wechatpay_client *client = ecalloc(1, sizeof(*client));

    client->refcount = 1;
    wxp_headers_init(&client->headers);
    php_wechatpay_transport_defaults(&client->transport);
    ZVAL_UNDEF(&client->driver);
    ZVAL_UNDEF(&client->certs_ref);
    ZVAL_UNDEF(&client->handler);
    return client;
}

php_wechatpay_client_handle *php_wechatpay_client_handle_of(php_wechatpay_client *client)
{
    if (client->handle == NULL) {
        client->handle = emalloc(sizeof(*client->handle));
        client->handle->refcount = 1; /* the client's own */
        client->handle->client = client;
    }
    client->handle->refcount++;
    return client->handle;
}

void php_wechatpay_client_handle_release(php_wechatpay_client_handle *handle)
{
    if (handle != NULL && --handle->refcount == 0) {
        efree(handle);
    }
}

wxp_rsa_prepared *php_wechatpay_client_signer(php_wechatpay_client *client)
{
    /* Taken lazily, from the process's key cache: the OpenSSL contexts were set up by an earlier client of
     * the same key (an earlier FPM request of this worker) or are set up now, once for the process. */
    if (client->signer == NULL && client->private_key != NULL) {
        client->signer = php_wechatpay_keycache_prepared(client->private_key);
    }
    return client->signer;
}

void php_wechatpay_client_release(php_wechatpay_client *client)
{
    if (client == NULL || --client->refcount > 0) {
        return;
    }
    if (client->handle != NULL) {
        client->handle->client = NULL;
        php_wechatpay_client_handle_release(client->handle);
        client->handle = NULL;
    }
    /* the decorator may run PHP code as it goes (destructors of the app's middleware): the client is
     * already gone for its handles, and whole until this returns */
    zval_ptr_dtor(&client->driver);
    ZVAL_UNDEF(&client->driver);
    zval_ptr_dtor(&client->certs_ref);
    ZVAL_UNDEF(&client->certs_ref);
    zval_ptr_dtor(&client->handler); /* after the driver, whose stack is a clone of it */
    ZVAL_UNDEF(&client->handler);
    if (client->mchid) {
        zend_string_release(client->mchid);
    }
    if (client->serial) {
        zend_string_release(client->serial);
    }
    if (client->secret) {
        php_wechatpay_release_secret(client->secret); /* the APIv2 key */
    }
    if (client->apiv3_key) {
        php_wechatpay_release_secret(client->apiv3_key); /* our own copy: wiped */
    }
    if (client->certs_file) {
        zend_string_release(client->certs_file);
    }
    php_wechatpay_merchant_tls_free(client->merchant);
    wxp_rsa_prepared_free(client->signer); /* before the key: it holds a reference of its own */
    EVP_PKEY_free(client->private_key);
    wxp_keyring_free(client->certs);
    wxp_headers_free(&client->headers);
    php_wechatpay_transport_dtor(&client->transport);
    efree(client);
}
