/* A spool: an unnamed temporary file a large response body is written to as it arrives, so that it is never
 * whole in memory; it is read back in pieces, or mapped, and disappears when closed. */
#ifndef WXP_SPOOL_H
#define WXP_SPOOL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct wxp_spool {
    int fd;        /* -1 when there is no spool */
    uint64_t size; /* bytes written */
} wxp_spool;

/* Sets spool to "none" (fd -1, size 0); closing it then does nothing. */
void wxp_spool_init(wxp_spool *spool);

/* Opens an empty spool in directory dir: a file no other process can open (O_TMPFILE, or a random name
 * unlinked at once where the file system lacks it), mode 0600. Returns 0, or -1 with errno set. */
int wxp_spool_open(wxp_spool *spool, const char *dir);

/* Appends len bytes (all of them, retrying short writes). Returns 0, or -1 with errno set (ENOSPC, ...). */
int wxp_spool_write(wxp_spool *spool, const void *bytes, size_t len);

/* Reads up to len bytes at offset into out. Returns the count read (0 at the end), or -1 with errno set. */
ssize_t wxp_spool_read(const wxp_spool *spool, uint64_t offset, void *out, size_t len);

/* Maps the whole spool read-only; *out is NULL for an empty spool. Returns 0, or -1 with errno set. Release
 * with wxp_spool_unmap(spool, *out). */
int wxp_spool_map(const wxp_spool *spool, const void **out);

/* Releases a mapping wxp_spool_map made (NULL is ignored). */
void wxp_spool_unmap(const wxp_spool *spool, const void *mapped);

/* Closes the spool (its file is gone with its last descriptor) and sets it to "none". */
void wxp_spool_close(wxp_spool *spool);

#endif
