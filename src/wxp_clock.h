/* The one wall clock of signing, verification and Formatter::timestamp(). */
#ifndef WXP_CLOCK_H
#define WXP_CLOCK_H

#include <time.h>

/* Returns the Unix time in whole seconds from CLOCK_REALTIME, the clock PHP's time() and the WeChat Pay
 * emulator read. Not time(NULL): on Linux that reads CLOCK_REALTIME_COARSE, which can still show the previous
 * second for a few milliseconds after the precise clock moved on, so an answer stamped at the start of a
 * second by a precise clock would look one second further ahead than it is. */
time_t wxp_clock_unix_seconds(void);

#endif
