/* Signing and verifying jobs (wxp_crypto_jobs.h). EVP_PKEY may be shared between threads, a prepared context
 * may not: each worker thread keeps its own prepared keys (a small cache in thread-local storage, freed when
 * the thread ends), so a job pays neither OpenSSL's set-up nor a lock. */
#include "wxp_crypto_jobs.h"

#include <pthread.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include "wxp_keys.h"
#include "wxp_sign.h"

/* Keys a thread keeps prepared: a batch uses one merchant key and one or two platform keys, so a few slots
 * cover it; a new key replaces the oldest. Each slot holds a reference of its key, so a cached pointer is
 * never a freed one reused. */
#define THREAD_SLOTS 4

typedef struct thread_cache {
    struct { EVP_PKEY *key; wxp_rsa_prepared *prepared; } signers[THREAD_SLOTS];
    struct { EVP_PKEY *key; char *serial; wxp_keyring *ring; } rings[THREAD_SLOTS];
    unsigned next_signer, next_ring;
} thread_cache;

static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;
static int cache_key_ok;

static void cache_free(void *opaque)
{
    thread_cache *cache = opaque;
    unsigned i;

    for (i = 0; i < THREAD_SLOTS; i++) {
        wxp_rsa_prepared_free(cache->signers[i].prepared);
        wxp_keyring_free(cache->rings[i].ring);
        free(cache->rings[i].serial);
    }
    free(cache);
}

static void cache_key_make(void)
{
    unsigned char byte;

    cache_key_ok = pthread_key_create(&cache_key, cache_free) == 0;
    /* OpenSSL sets its random generator up once (its own pthread_once) at first use: done here, on the owner's
     * thread, so the workers' nonces find it made, ordered by the pool's lock (helgrind models the lock,
     * not pthread_once). */
    (void) RAND_bytes(&byte, 1);
}

/* Makes the thread-local key once; called where jobs are made, on the owner's thread, so that the pool's
 * lock, taken by the submit, orders it before any worker reads the key. */
static void cache_key_once(void)
{
    pthread_once(&cache_once, cache_key_make);
}

/* This thread's cache, made on first use; NULL when memory ran out (jobs then set up their own contexts). */
static thread_cache *cache_get(void)
{
    thread_cache *cache;

    if (!cache_key_ok) {
        return NULL;
    }
    cache = pthread_getspecific(cache_key);
    if (cache == NULL && (cache = calloc(1, sizeof(*cache))) != NULL && pthread_setspecific(cache_key, cache) != 0) {
        free(cache);
        cache = NULL;
    }
    return cache;
}

/* key prepared for signing on this thread, or NULL (one-shot signing then). */
static wxp_rsa_prepared *thread_signer(EVP_PKEY *key)
{
    thread_cache *cache = cache_get();
    wxp_rsa_prepared *prepared;
    unsigned i;

    if (cache == NULL) {
        return NULL;
    }
    for (i = 0; i < THREAD_SLOTS; i++) {
        if (cache->signers[i].key == key) {
            return cache->signers[i].prepared;
        }
    }
    prepared = wxp_rsa_prepare(key);
    if (prepared != NULL) {
        i = cache->next_signer++ % THREAD_SLOTS;
        wxp_rsa_prepared_free(cache->signers[i].prepared);
        cache->signers[i].key = key;
        cache->signers[i].prepared = prepared;
    }
    return prepared;
}

/* A keyring of this thread holding key under serial (its prepared context kept with it), or NULL. */
static wxp_keyring *thread_ring(EVP_PKEY *key, const char *serial, size_t serial_len)
{
    thread_cache *cache = cache_get();
    wxp_keyring *ring;
    char *id;
    unsigned i;

    if (cache == NULL) {
        return NULL;
    }
    for (i = 0; i < THREAD_SLOTS; i++) {
        if (cache->rings[i].key == key && strlen(cache->rings[i].serial) == serial_len
            && memcmp(cache->rings[i].serial, serial, serial_len) == 0) {
            return cache->rings[i].ring;
        }
    }
    ring = wxp_keyring_new();
    id = malloc(serial_len + 1);
    if (ring == NULL || id == NULL || wxp_keyring_add(ring, serial, serial_len, key) != 0) {
        wxp_keyring_free(ring);
        free(id);
        return NULL;
    }
    memcpy(id, serial, serial_len);
    id[serial_len] = '\0';
    i = cache->next_ring++ % THREAD_SLOTS;
    wxp_keyring_free(cache->rings[i].ring);
    free(cache->rings[i].serial);
    cache->rings[i].key = key;
    cache->rings[i].serial = id;
    cache->rings[i].ring = ring;
    return ring;
}

/* A NUL-terminated copy of n bytes (NULL with n 0 is ""); NULL when memory ran out. */
static char *copy_bytes(const char *bytes, size_t n)
{
    char *copy = malloc(n + 1);

    if (copy != NULL) {
        if (n > 0) {
            memcpy(copy, bytes, n);
        }
        copy[n] = '\0';
    }
    return copy;
}

/* A zeroed job of size bytes (a wxp_sign_job or wxp_verify_job) set up to run and release, named tag; NULL
 * when memory ran out. Made on the owner's thread, so the thread-local key is made here (cache_key_once). */
static void *job_alloc(size_t size, void (*run)(wxp_job *), void (*release)(wxp_job *), uint64_t tag)
{
    wxp_job *job = calloc(1, size);

    cache_key_once();
    if (job != NULL) {
        job->run = run;
        job->release = release;
        job->tag = tag;
    }
    return job;
}

static void sign_run(wxp_job *job)
{
    wxp_sign_job *s = (wxp_sign_job *) job;
    wxp_signer signer = {s->mchid, s->serial, s->key, thread_signer(s->key)};

    s->rc = wxp_sign_request(&signer, s->method, s->target, s->target_len, s->body, s->body_len, s->now,
                             &s->authorization, &s->err);
}

static void sign_release(wxp_job *job)
{
    wxp_sign_job *s = (wxp_sign_job *) job;

    wxp_buf_free(&s->authorization);
    EVP_PKEY_free(s->key);
    free(s->mchid);
    free(s->serial);
    free(s->method);
    free(s->target);
    free(s->body);
    free(s);
}

wxp_sign_job *wxp_sign_job_new(uint64_t tag, EVP_PKEY *key, const char *mchid, const char *serial,
                               const char *method, const char *target, size_t target_len, const char *body,
                               size_t body_len, time_t now)
{
    wxp_sign_job *s = job_alloc(sizeof(*s), sign_run, sign_release, tag);

    if (s == NULL) {
        return NULL;
    }
    s->now = now;
    wxp_buf_init(&s->authorization);
    wxp_err_clear(&s->err);
    s->target_len = target_len;
    s->body_len = body_len;
    s->mchid = copy_bytes(mchid, strlen(mchid));
    s->serial = copy_bytes(serial, strlen(serial));
    s->method = copy_bytes(method, strlen(method));
    s->target = copy_bytes(target, target_len);
    s->body = copy_bytes(body, body_len);
    if (!s->mchid || !s->serial || !s->method || !s->target || !s->body || EVP_PKEY_up_ref(key) != 1) {
        sign_release(&s->job);
        return NULL;
    }
    s->key = key;
    return s;
}

static void verify_run(wxp_job *job)
{
    wxp_verify_job *v = (wxp_verify_job *) job;
    wxp_keyring *ring = thread_ring(v->key, v->in.serial, v->in.serial_len);

    if (ring == NULL) {
        v->rc = wxp_err_set(&v->err, WXP_E_NOMEM, "Out of memory verifying the response");
        return;
    }
    v->rc = wxp_verify_response(&v->in, ring, v->now, &v->err);
}

static void verify_release(wxp_job *job)
{
    wxp_verify_job *v = (wxp_verify_job *) job;

    EVP_PKEY_free(v->key);
    free((char *) v->in.timestamp);
    free((char *) v->in.nonce);
    free((char *) v->in.signature);
    free((char *) v->in.serial);
    free((char *) v->in.body);
    free(v);
}

wxp_verify_job *wxp_verify_job_new(uint64_t tag, EVP_PKEY *key, const wxp_verify_input *in, time_t now)
{
    wxp_verify_job *v = job_alloc(sizeof(*v), verify_run, verify_release, tag);

    if (v == NULL) {
        return NULL;
    }
    v->now = now;
    wxp_err_clear(&v->err);
    v->in = *in;
    v->in.timestamp = copy_bytes(in->timestamp, in->timestamp_len);
    v->in.nonce = copy_bytes(in->nonce, in->nonce_len);
    v->in.signature = copy_bytes(in->signature, in->signature_len);
    v->in.serial = copy_bytes(in->serial, in->serial_len);
    v->in.body = copy_bytes(in->body, in->body_len);
    if (!v->in.timestamp || !v->in.nonce || !v->in.signature || !v->in.serial || !v->in.body
        || EVP_PKEY_up_ref(key) != 1) {
        verify_release(&v->job);
        return NULL;
    }
    v->key = key;
    return v;
}
