/* Signing and verifying jobs (wxp_crypto_jobs.h). A job's contexts are its own (OpenSSL's one-shot calls,
 * or a keyring made for the job): EVP_PKEY may be shared between threads, a prepared context may not. */
#include "wxp_crypto_jobs.h"

#include <stdlib.h>
#include <string.h>
#include "wxp_keys.h"
#include "wxp_sign.h"

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

static void sign_run(wxp_job *job)
{
    wxp_sign_job *s = (wxp_sign_job *) job;
    wxp_signer signer = {s->mchid, s->serial, s->key, NULL};

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
    wxp_sign_job *s = calloc(1, sizeof(*s));

    if (s == NULL) {
        return NULL;
    }
    s->job.run = sign_run;
    s->job.release = sign_release;
    s->job.tag = tag;
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
    wxp_keyring *ring = wxp_keyring_new();

    if (ring == NULL || wxp_keyring_add(ring, v->in.serial, v->in.serial_len, v->key) != 0) {
        v->rc = wxp_err_set(&v->err, WXP_E_NOMEM, "Out of memory verifying the response");
    } else {
        v->rc = wxp_verify_response(&v->in, ring, v->now, &v->err);
    }
    wxp_keyring_free(ring);
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
    wxp_verify_job *v = calloc(1, sizeof(*v));

    if (v == NULL) {
        return NULL;
    }
    v->job.run = verify_run;
    v->job.release = verify_release;
    v->job.tag = tag;
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
