/* Spools (see wxp_spool.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* O_TMPFILE */
#endif
#include "wxp_spool.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

void wxp_spool_init(wxp_spool *spool)
{
    spool->fd = -1;
    spool->size = 0;
}

/* Where O_TMPFILE is refused (EOPNOTSUPP, EISDIR on old kernels, tmpfs-less setups): a random name made with
 * mkostemp() and unlinked before anything is written, so the file never has content under a name. */
static int wxp_spool_open_named(const char *dir)
{
    size_t len = strlen(dir);
    char *path = malloc(len + sizeof("/wechatpay-body-XXXXXX"));
    int fd;

    if (path == NULL) {
        errno = ENOMEM;
        return -1;
    }
    memcpy(path, dir, len);
    memcpy(path + len, "/wechatpay-body-XXXXXX", sizeof("/wechatpay-body-XXXXXX"));
    fd = mkostemp(path, O_CLOEXEC);
    if (fd >= 0) {
        unlink(path);
    }
    free(path);
    return fd;
}

int wxp_spool_open(wxp_spool *spool, const char *dir)
{
    int fd = -1;

    wxp_spool_init(spool);
#ifdef O_TMPFILE
    fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
        return -1;
    }
#endif
    if (fd < 0 && (fd = wxp_spool_open_named(dir)) < 0) {
        return -1;
    }
    spool->fd = fd;
    return 0;
}

int wxp_spool_write(wxp_spool *spool, const void *bytes, size_t len)
{
    const char *p = bytes;

    while (len > 0) {
        ssize_t n = write(spool->fd, p, len);

        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        p += n;
        len -= (size_t) n;
        spool->size += (uint64_t) n;
    }
    return 0;
}

ssize_t wxp_spool_read(const wxp_spool *spool, uint64_t offset, void *out, size_t len)
{
    ssize_t n;

    if (offset >= spool->size) {
        return 0;
    }
    if (len > spool->size - offset) {
        len = (size_t) (spool->size - offset);
    }
    do {
        n = pread(spool->fd, out, len, (off_t) offset);
    } while (n < 0 && errno == EINTR);
    return n;
}

int wxp_spool_map(const wxp_spool *spool, const void **out)
{
    void *p;

    *out = NULL;
    if (spool->size == 0) {
        return 0;
    }
    if (spool->size > (uint64_t) SIZE_MAX) {
        errno = EFBIG;
        return -1;
    }
    p = mmap(NULL, (size_t) spool->size, PROT_READ, MAP_PRIVATE, spool->fd, 0);
    if (p == MAP_FAILED) {
        return -1;
    }
    *out = p;
    return 0;
}

void wxp_spool_unmap(const wxp_spool *spool, const void *mapped)
{
    if (mapped != NULL) {
        munmap((void *) mapped, (size_t) spool->size);
    }
}

void wxp_spool_close(wxp_spool *spool)
{
    if (spool->fd >= 0) {
        close(spool->fd);
    }
    wxp_spool_init(spool);
}
