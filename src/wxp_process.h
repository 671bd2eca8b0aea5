/* The process's id without a system call per question: the fork checks of every call (the engine, the loop,
 * the worker pool) ask it several times a call, and getpid() is a system call in glibc >= 2.25. */
#ifndef WXP_PROCESS_H
#define WXP_PROCESS_H

#include <sys/types.h>

/* Returns getpid() as it is now: read once per process and read again in the child of every fork() (a
 * pthread_atfork child handler, which glibc drops when the module is unloaded), so a forked child never sees
 * its parent's id. Not for a child made by a raw clone() that runs no fork handlers. */
pid_t wxp_process_id(void);

#endif
