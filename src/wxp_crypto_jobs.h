/* The two jobs a worker thread runs for a call (wxp_workers.h): signing its request and verifying its
 * answer. Each owns copies of every byte it reads and one reference of its key, so the caller's memory may
 * go (a cancelled call) while the job is out; the outcome waits in the job until its owner takes it. */
#ifndef WXP_CRYPTO_JOBS_H
#define WXP_CRYPTO_JOBS_H

#include <stdint.h>
#include <time.h>
#include <openssl/evp.h>
#include "wxp_buf.h"
#include "wxp_err.h"
#include "wxp_verify.h"
#include "wxp_workers.h"

typedef struct wxp_sign_job {
    wxp_job job;                /* first: a wxp_job * of this job is the job; job.tag names the call */
    int rc;                     /* after running: 0 with authorization set, or -1 with err set */
    wxp_buf authorization;      /* the whole Authorization value (wxp_sign_request) */
    wxp_err err;
    /* inputs, owned */
    EVP_PKEY *key;
    char *mchid, *serial, *method, *target, *body;
    size_t target_len, body_len;
    time_t now;
} wxp_sign_job;

/* Makes a job signing method target body at now for mchid/serial with key (a reference is taken); every
 * string is copied. Returns NULL when memory ran out. */
wxp_sign_job *wxp_sign_job_new(uint64_t tag, EVP_PKEY *key, const char *mchid, const char *serial,
                               const char *method, const char *target, size_t target_len, const char *body,
                               size_t body_len, time_t now);

typedef struct wxp_verify_job {
    wxp_job job;                /* first; job.tag names the call */
    int rc;                     /* after running: wxp_verify_response's result, err set when -1 */
    wxp_err err;
    /* inputs, owned */
    EVP_PKEY *key;              /* the platform key named by in.serial */
    wxp_verify_input in;        /* points into the job's own copies */
    time_t now;
} wxp_verify_job;

/* Makes a job verifying in (every byte copied) at now against key, the platform key of in->serial (a
 * reference is taken): the same checks and messages as wxp_verify_response with a keyring holding that key.
 * Every header of in must be present. Returns NULL when memory ran out. */
wxp_verify_job *wxp_verify_job_new(uint64_t tag, EVP_PKEY *key, const wxp_verify_input *in, time_t now);

#endif
