/* The configuration one Builder::factory() call makes, shared (refcounted) by every node of its tree. */
#ifndef WECHATPAY_CLIENT_H
#define WECHATPAY_CLIENT_H

#include "php.h"
#include <openssl/evp.h>
#include "wxp_keys.h"
#include "wxp_certstore.h"
#include "wxp_rsa.h"
#include "wxp_headers.h"
#include "client/merchant_tls.h"
#include "client/failover.h"

/* Transport settings: the client's defaults, which per-call options may override. */
typedef struct php_wechatpay_transport {
    zend_string *base_uri;     /* absolute http(s) URL */
    zend_long timeout_ms;      /* whole transfer, > 0 */
    zend_long connect_timeout_ms;
    bool verify_tls;
    zend_string *ca_file;      /* NULL: the system's CA bundle */
    zend_string *proxy;        /* NULL: libcurl's default */
    zend_long max_connections; /* connections to one host at once; more transfers queue */
    zend_long max_response_size; /* bytes an answer may hold, header lines and body together */
    bool max_response_size_set;  /* given in the config or the call: it also bounds a body spooled for a sink */
    bool http_errors;          /* false: a non-2xx answer is returned (once verified) instead of thrown */
    php_wechatpay_failover failover; /* the `failover` key (client/failover.h) */
} php_wechatpay_transport;

typedef struct php_wechatpay_client php_wechatpay_client;

/* A weak handle on a client, for what may outlive it without keeping it (a Guzzle middleware of its driver,
 * which the app can keep after the tree is gone): client is NULL once the client was freed. Holding the
 * client itself there would make a cycle through C (client -> driver -> stack -> middleware -> client)
 * that no garbage collection can see. */
typedef struct php_wechatpay_client_handle {
    uint32_t refcount;
    php_wechatpay_client *client;
} php_wechatpay_client_handle;

struct php_wechatpay_client {
    uint32_t refcount;
    zend_string *mchid;
    zend_string *serial;
    EVP_PKEY *private_key;     /* parsed once at factory time */
    wxp_rsa_prepared *signer;  /* private_key prepared for signing, on the first call (see client_signer) */
    wxp_keyring *certs;        /* platform serial or PUB_KEY_ID_... => public key */
    wxp_header_list headers;   /* the config's `headers`, validated, in order */
    php_wechatpay_transport transport;
    uint32_t active;           /* its async transfers running on the engine (see max_connections) */
    php_wechatpay_client_handle *handle; /* made on first use; cleared and released with the client */
    zval driver;               /* the getDriver() decorator, made on first use; UNDEF until then */
    zval certs_ref;            /* the config's `certs` when given by reference (IS_REFERENCE), else UNDEF: read
                                * by the stack's verifier when it verifies, as the package's verifier does */
    zval handler;              /* the config's 'handler' (a GuzzleHttp\HandlerStack), UNDEF when none */
    zend_string *secret;       /* the config's 'secret', the APIv2 key (a secret: never shown), or NULL */
    zend_string *apiv3_key;    /* the config's 'apiv3Key', the APIv3 key of 32 bytes (AES-256-GCM of callbacks and
                                * of /v3/certificates; a secret: never shown), or NULL */
    unsigned char certstore_id[WXP_CERTSTORE_ID_LEN]; /* its merchant's entry in the process's fetched platform
                               * certificates (client/autocerts.h), once certstore_id_made */
    bool certstore_id_made;
    zend_string *certs_file;   /* the config's 'certsFile': where fetched platform certificates are kept, or NULL */
    php_wechatpay_merchant_tls *merchant; /* the config's 'merchant' (APIv2 mutual TLS), or NULL */
    bool v3_placeholder;       /* 'privateKey' was an APIv2-only app's placeholder ('any'): private_key is NULL
                                * and every APIv3 call is refused before sending */
};

/* Allocates an empty client with one reference. */
php_wechatpay_client *php_wechatpay_client_new(void);

/* Takes one more reference. */
static zend_always_inline php_wechatpay_client *php_wechatpay_client_addref(php_wechatpay_client *client)
{
    client->refcount++;
    return client;
}

/* Returns the client's private key prepared for signing (its OpenSSL contexts set up once, for every call of
 * every node of the client), made on first use; NULL when memory ran out (each signature then sets them up). */
wxp_rsa_prepared *php_wechatpay_client_signer(php_wechatpay_client *client);

/* Returns the client's weak handle with one reference taken (made on first use). */
php_wechatpay_client_handle *php_wechatpay_client_handle_of(php_wechatpay_client *client);

/* Drops one reference to a handle (NULL is ignored). */
void php_wechatpay_client_handle_release(php_wechatpay_client_handle *handle);

/* Drops one reference, freeing the client (and its key material) with the last. */
void php_wechatpay_client_release(php_wechatpay_client *client);


#endif
