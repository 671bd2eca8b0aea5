/* wxp_spool: an unnamed temporary file that takes bytes, gives them back in pieces or mapped, and leaves no
 * name behind; a directory that cannot take it is an errno, not a crash. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "unit.h"
#include "wxp_spool.h"

/* Counts the names in dir besides . and .. */
static int entries(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *e;
    int n = 0;

    if (d == NULL) {
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    }
    closedir(d);
    return n;
}

int main(void)
{
    char dir[] = "/tmp/wxp-test-spool-XXXXXX";
    wxp_spool spool;
    char piece[8];
    const void *mapped;
    int i;

    CHECK(mkdtemp(dir) != NULL);
    CHECK(wxp_spool_open(&spool, dir) == 0 && spool.fd >= 0 && spool.size == 0);
    CHECK(entries(dir) == 0); /* the file has no name */
    CHECK(wxp_spool_map(&spool, &mapped) == 0 && mapped == NULL); /* empty: nothing to map */
    for (i = 0; i < 1000; i++) {
        CHECK(wxp_spool_write(&spool, "0123456789", 10) == 0);
    }
    CHECK(spool.size == 10000);
    CHECK(wxp_spool_read(&spool, 9995, piece, sizeof(piece)) == 5 && memcmp(piece, "56789", 5) == 0);
    CHECK(wxp_spool_read(&spool, 10000, piece, sizeof(piece)) == 0);
    CHECK(wxp_spool_map(&spool, &mapped) == 0 && mapped != NULL && memcmp((const char *) mapped + 9990, "0123456789", 10) == 0);
    wxp_spool_unmap(&spool, mapped);
    wxp_spool_close(&spool);
    CHECK(spool.fd == -1 && spool.size == 0);
    wxp_spool_close(&spool); /* twice is harmless */
    CHECK(entries(dir) == 0);

    errno = 0;
    CHECK(wxp_spool_open(&spool, "/nonexistent-wxp-spool-dir") == -1 && errno == ENOENT && spool.fd == -1);
    rmdir(dir);
    return UNIT_DONE();
}
