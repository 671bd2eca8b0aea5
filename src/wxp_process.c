/* wxp_process_id() (see wxp_process.h). The cached id is written at the first call (under pthread_once, with
 * the handler's registration) and in a fork's child (where only the forking thread exists), and read at
 * every call. A thread other than the first caller reads it after pthread_once returned, which orders it. */
#include "wxp_process.h"

#include <pthread.h>
#include <unistd.h>

static pid_t cached_pid;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void refresh_in_child(void)
{
    cached_pid = getpid();
}

static void first_use(void)
{
    cached_pid = getpid();
    pthread_atfork(NULL, NULL, refresh_in_child);
}

pid_t wxp_process_id(void)
{
    pthread_once(&once, first_use);
    return cached_pid;
}
