/* Hiding the credentials a URL carries (`http://user:password@host/`) before it is shown in a message. */
#ifndef WXP_REDACT_H
#define WXP_REDACT_H

#include <stddef.h>
#include "wxp_buf.h"

/* Appends the len bytes of url to out with the password of its userinfo replaced by `***`
 * (`http://user:***@host/`), as Guzzle's Utils::redactUserInfo does; a URL whose userinfo has no password,
 * or that has no userinfo, is appended unchanged. A URL without a scheme (`user:pass@proxy:3128`, which
 * libcurl takes for a proxy) is read from its authority. Returns 0, or -1 when memory ran out (out is then
 * left as it was). */
int wxp_redact_url(const char *url, size_t len, wxp_buf *out);

#endif
