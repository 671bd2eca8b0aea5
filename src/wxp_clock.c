/* The wall clock (see wxp_clock.h). */
#include "wxp_clock.h"

time_t wxp_clock_unix_seconds(void)
{
    struct timespec now;

    if (clock_gettime(CLOCK_REALTIME, &now) != 0) {
        return time(NULL);
    }
    return now.tv_sec;
}
