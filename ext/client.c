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
    EVP_PKEY_free(client->private_key);
    wxp_keyring_free(client->certs);
    wxp_headers_free(&client->headers);
    php_wechatpay_transport_dtor(&client->transport);
    efree(client);
}
