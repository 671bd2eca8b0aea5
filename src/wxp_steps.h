/* Normalisation of chain steps, as wechatpay-php does it: membercardOpen -> membercard-open, _id_ -> {id}. */
#ifndef WXP_STEPS_H
#define WXP_STEPS_H

#include <stddef.h>
#include "wxp_buf.h"

/* Appends the normalised form of one step (which may hold several `/`-separated segments) to out:
 * a leading capital is lowercased, every other capital becomes '-' plus its lowercase, then a step of the
 * whole form `_name_` becomes `{name}`. Returns 0, or -1 when memory ran out. */
int wxp_step_normalize(const char *step, size_t len, wxp_buf *out);

#endif
