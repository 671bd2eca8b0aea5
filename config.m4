dnl config.m4 for the wechatpay extension: a WeChat Pay APIv3 client over libcurl and OpenSSL.

PHP_ARG_ENABLE([wechatpay],
  [whether to enable the wechatpay extension],
  [AS_HELP_STRING([--enable-wechatpay], [Enable the WeChat Pay APIv3 client])],
  [no])

PHP_ARG_ENABLE([wechatpay-dev],
  [whether to turn compiler warnings into errors],
  [AS_HELP_STRING([--enable-wechatpay-dev], [Build with -Werror (for development and CI)])],
  [no], [no])

if test "$PHP_WECHATPAY" != "no"; then
  PKG_CHECK_MODULES([CURL], [libcurl >= 7.80.0])
  PKG_CHECK_MODULES([OPENSSL], [openssl >= 1.1.1])
  PHP_EVAL_LIBLINE($CURL_LIBS, WECHATPAY_SHARED_LIBADD)
  PHP_EVAL_INCLINE($CURL_CFLAGS)
  PHP_EVAL_LIBLINE($OPENSSL_LIBS, WECHATPAY_SHARED_LIBADD)
  PHP_EVAL_INCLINE($OPENSSL_CFLAGS)
  PHP_SUBST(WECHATPAY_SHARED_LIBADD)

  WECHATPAY_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -I@ext_srcdir@/src"
  for flag in -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-cast-function-type -Wstrict-prototypes; do
    AX_CHECK_COMPILE_FLAG([$flag], [WECHATPAY_CFLAGS="$WECHATPAY_CFLAGS $flag"])
  done
  if test "$PHP_WECHATPAY_DEV" != "no"; then
    WECHATPAY_CFLAGS="$WECHATPAY_CFLAGS -Werror"
  fi

  dnl The C core (src/) knows nothing of PHP; the Zend layer (ext/) knows nothing of sockets.
  WECHATPAY_CORE_SOURCES="src/wxp_err.c src/wxp_buf.c src/wxp_steps.c src/wxp_uri.c src/wxp_template.c \
    src/wxp_keys.c src/wxp_rsa.c src/wxp_sign.c src/wxp_verify.c src/wxp_headers.c src/wxp_http.c \
    src/wxp_aes.c src/wxp_hash.c src/wxp_base64.c src/wxp_multipart.c src/wxp_xml.c src/wxp_keycache.c src/wxp_redact.c \
    src/wxp_pem.c"
  dnl ext/ by concern: module (entry, INI, pool, key cache), client (builder, node, call preparation and
  dnl running, transport settings, headers, keys), async (loop, promise), http (response, stream, PSR bridge,
  dnl exceptions), helpers (the package's crypto and util classes), support (calling PHP from C, keys from PHP
  dnl values and key files, shared by client and helpers).
  WECHATPAY_EXT_SOURCES="ext/module/module.c ext/module/ini.c ext/module/pool.c ext/module/keycache.c \
    ext/client/builder.c ext/client/node.c ext/client/client.c ext/client/call_prepare.c ext/client/call_run.c \
    ext/client/transport.c ext/client/request_headers.c ext/client/keys.c \
    ext/async/loop.c ext/async/promise.c \
    ext/http/response.c ext/http/stream.c ext/http/psr_bridge.c ext/http/wide_args.c ext/http/exceptions.c \
    ext/helpers/crypto_rsa.c ext/helpers/crypto_aes.c ext/helpers/crypto_args.c ext/helpers/crypto_hash.c \
    ext/helpers/util.c ext/helpers/formatter.c ext/helpers/transformer.c ext/helpers/pemutil.c ext/helpers/mediautil.c \
    ext/support/php_call.c ext/support/key_file.c ext/support/keys_from_php.c"

  PHP_NEW_EXTENSION(wechatpay, $WECHATPAY_EXT_SOURCES $WECHATPAY_CORE_SOURCES, $ext_shared,, $WECHATPAY_CFLAGS)
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  for dir in module client async http helpers support; do
    PHP_ADD_BUILD_DIR([$ext_builddir/ext/$dir])
  done
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_INCLUDE([$ext_srcdir/ext])
fi
