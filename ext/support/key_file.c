/* Key and certificate files within the key file limit (see key_file.h). */
#include "support/key_file.h"
#include "support/keys_from_php.h"

/* Whether a file with this status may be read: refuses directories, what is not a regular file and files
 * over the limit. */
static php_wechatpay_key_file key_file_classify(const php_stream_statbuf *ssb)
{
    if (S_ISDIR(ssb->sb.st_mode)) {
        return PHP_WECHATPAY_KEY_FILE_DIRECTORY;
    }
    if (!S_ISREG(ssb->sb.st_mode)) {
        return PHP_WECHATPAY_KEY_FILE_SPECIAL;
    }
    if (ssb->sb.st_size > PHP_WECHATPAY_KEY_FILE_MAX) {
        return PHP_WECHATPAY_KEY_FILE_TOO_LARGE;
    }
    return PHP_WECHATPAY_KEY_FILE_READ;
}

php_wechatpay_key_file php_wechatpay_key_file_read(const char *path, zend_string **contents)
{
    /* 'n' opens with O_NONBLOCK: a FIFO is opened at once instead of waiting for a writer, then refused like
     * any file that is not regular; a regular file reads the same either way */
    php_stream *stream = php_stream_open_wrapper((char *) path, "rbn", 0, NULL);
    php_wechatpay_key_file status = PHP_WECHATPAY_KEY_FILE_READ;
    php_stream_statbuf ssb;
    zend_string *read;

    *contents = NULL;
    if (stream == NULL) {
        return PHP_WECHATPAY_KEY_FILE_CANNOT_OPEN;
    }
    if (php_stream_stat(stream, &ssb) == 0) {
        status = key_file_classify(&ssb);
    }
    if (status == PHP_WECHATPAY_KEY_FILE_READ) {
        /* one byte more than allowed tells a file that grew since it was looked at (or a stream without a
         * size) from one exactly at the limit */
        read = php_stream_copy_to_mem(stream, PHP_WECHATPAY_KEY_FILE_MAX + 1, 0);
        if (read == NULL) {
            read = ZSTR_EMPTY_ALLOC();
        }
        if (ZSTR_LEN(read) > PHP_WECHATPAY_KEY_FILE_MAX) {
            php_wechatpay_release_secret(read);
            status = PHP_WECHATPAY_KEY_FILE_TOO_LARGE;
        } else {
            *contents = read;
        }
    }
    php_stream_close(stream);
    return status;
}

php_wechatpay_key_file php_wechatpay_key_file_check(const char *path)
{
    php_stream_statbuf ssb;

    if (php_stream_stat_path_ex(path, PHP_STREAM_URL_STAT_QUIET, &ssb, NULL) != 0) {
        return PHP_WECHATPAY_KEY_FILE_READ;
    }
    return key_file_classify(&ssb);
}

const char *php_wechatpay_key_file_problem(php_wechatpay_key_file status)
{
    switch (status) {
        case PHP_WECHATPAY_KEY_FILE_READ:
            return "was read";
        case PHP_WECHATPAY_KEY_FILE_CANNOT_OPEN:
            return "cannot be read";
        case PHP_WECHATPAY_KEY_FILE_DIRECTORY:
            return "is a directory";
        case PHP_WECHATPAY_KEY_FILE_SPECIAL:
            return "is not a regular file (a device, FIFO or socket)";
        case PHP_WECHATPAY_KEY_FILE_TOO_LARGE:
            return "is larger than 1 MiB (a PEM key or certificate is a few KB)";
    }
    return "cannot be read";
}
