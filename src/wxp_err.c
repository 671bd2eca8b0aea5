#include "wxp_err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <openssl/err.h>

void wxp_err_clear(wxp_err *err)
{
    err->code = WXP_OK;
    err->message[0] = '\0';
}

int wxp_err_set(wxp_err *err, wxp_code code, const char *fmt, ...)
{
    va_list ap;

    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof(err->message), fmt, ap);
    va_end(ap);
    return -1;
}

void wxp_err_append_openssl(wxp_err *err)
{
    unsigned long code = ERR_get_error();

    if (code != 0) {
        size_t used = strlen(err->message);
        char reason[256];

        ERR_error_string_n(code, reason, sizeof(reason));
        if (used + 3 < sizeof(err->message)) {
            snprintf(err->message + used, sizeof(err->message) - used, ": %s", reason);
        }
    }
    ERR_clear_error();
}
