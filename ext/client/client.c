/* The refcounted configuration shared by every node of one Builder::factory() tree. */
#include "client/client.h"
#include "client/transport.h"
#include "module/keycache.h"

#include <openssl/evp.h>

php_wechatpay_client *php_wechatpay_client_new(void)
{
    php_wechatpay_client *client = ecalloc(1, sizeof(*client));

    client->refcount = 1;
    wxp_headers_init(&client->headers);
    php_wechatpay_transport_defaults(&client->transport);
    return client;
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
    if (client->mchid) {
        zend_string_release(client->mchid);
    }
    if (client->serial) {
        zend_string_release(client->serial);
    }
    wxp_rsa_prepared_free(client->signer); /* before the key: it holds a reference of its own */
    EVP_PKEY_free(client->private_key);
    wxp_keyring_free(client->certs);
    wxp_headers_free(&client->headers);
    php_wechatpay_transport_dtor(&client->transport);
    efree(client);
}
