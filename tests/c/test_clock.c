/* wxp_clock_unix_seconds(): the second it returns is the precise clock's (gettimeofday, PHP's time()), also
 * right after a second boundary, where time(NULL) (CLOCK_REALTIME_COARSE on Linux) can lag a tick behind. */
#include <sys/time.h>
#include "unit.h"
#include "wxp_clock.h"

/* Spins until gettimeofday() enters a new second and returns that second. */
static time_t next_second(void)
{
    struct timeval start, now;

    gettimeofday(&start, NULL);
    do {
        gettimeofday(&now, NULL);
    } while (now.tv_sec == start.tv_sec);
    return now.tv_sec;
}

int main(void)
{
    int i;

    for (i = 0; i < 3; i++) {
        time_t second = next_second();
        time_t ours = wxp_clock_unix_seconds();

        /* read within microseconds of the boundary: the same second (or, preempted, at most the next) */
        CHECK(ours == second || ours == second + 1);
    }
    return UNIT_DONE();
}
