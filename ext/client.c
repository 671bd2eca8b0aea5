/* The refcounted configuration shared by every node of one Builder::factory() tree. */
#include "client.h"
#include "transport.h"

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
    /* made lazily: a client that never signs pays nothing, one that does pays the setup once, on its first
     * call (a client per FPM request signing once costs what it did before; later calls save the setup) */
    if (client->signer == NULL && client->private_key != NULL) {
        client->signer = wxp_rsa_prepare(client->private_key);
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
