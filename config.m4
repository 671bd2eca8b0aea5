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
  dnl The oldest versions the code builds with, and the newest API of each that it uses (README.md, Install):
  dnl   PHP 8.2      ZEND_HASH_MAP_FOREACH_*, zend_object_to_weakref_key(), #[\SensitiveParameter] in the stubs
  dnl   libcurl 7.85 CURLOPT_PROTOCOLS_STR and CURLOPT_REDIR_PROTOCOLS_STR
  dnl   OpenSSL 3.0  EVP_CIPHER_fetch(), EVP_MAC, OSSL_PARAM_BLD (openssl/param_build.h), EVP_PKEY_fromdata()
  AC_MSG_CHECKING([for PHP 8.2 or later])
  if test -n "$PHP_CONFIG"; then
    dnl phpize (pecl, PIE): the PHP that php-config describes; in the PHP source tree configure sets PHP_VERSION_ID.
    PHP_VERSION_ID=`$PHP_CONFIG --vernum 2>/dev/null`
    PHP_VERSION=`$PHP_CONFIG --version 2>/dev/null`
  fi
  if test -z "$PHP_VERSION_ID" || ! test "$PHP_VERSION_ID" -gt 0 2>/dev/null; then
    AC_MSG_ERROR([cannot tell the PHP version: php-config --vernum gave "$PHP_VERSION_ID"])
  elif test "$PHP_VERSION_ID" -lt 80200; then
    AC_MSG_RESULT([no, $PHP_VERSION])
    AC_MSG_ERROR([wechatpay needs PHP 8.2 or later (it uses ZEND_HASH_MAP_FOREACH_* and the weak-reference key API of 8.2); this PHP is $PHP_VERSION])
  fi
  AC_MSG_RESULT([yes, $PHP_VERSION])

  PKG_CHECK_MODULES([CURL], [libcurl >= 7.85.0], [],
    [AC_MSG_ERROR([wechatpay needs libcurl 7.85.0 or later (CURLOPT_PROTOCOLS_STR) and its headers (libcurl4-openssl-dev): $CURL_PKG_ERRORS])])
  PKG_CHECK_MODULES([OPENSSL], [openssl >= 3.0.0], [],
    [AC_MSG_ERROR([wechatpay needs OpenSSL 3.0.0 or later (EVP_CIPHER_fetch, EVP_MAC, param_build.h) and its headers (libssl-dev): $OPENSSL_PKG_ERRORS])])
  dnl zlib (zlib1g-dev): Bill::download gunzips a GZIP bill as it streams (src/wxp_bill.c).
  PKG_CHECK_MODULES([ZLIB], [zlib >= 1.2.0], [],
    [AC_MSG_ERROR([wechatpay needs zlib and its headers (zlib1g-dev): $ZLIB_PKG_ERRORS])])
  PHP_EVAL_LIBLINE($CURL_LIBS, WECHATPAY_SHARED_LIBADD)
  PHP_EVAL_INCLINE($CURL_CFLAGS)
  PHP_EVAL_LIBLINE($OPENSSL_LIBS, WECHATPAY_SHARED_LIBADD)
  PHP_EVAL_INCLINE($OPENSSL_CFLAGS)
  PHP_EVAL_LIBLINE($ZLIB_LIBS, WECHATPAY_SHARED_LIBADD)
  PHP_EVAL_INCLINE($ZLIB_CFLAGS)
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
    src/wxp_aes.c src/wxp_hash.c src/wxp_base64.c src/wxp_multipart.c src/wxp_xml.c src/wxp_keycache.c src/wxp_certstore.c src/wxp_redact.c src/wxp_trace.c src/wxp_clock.c src/wxp_process.c src/wxp_spool.c \
    src/wxp_pem.c src/wxp_workers.c src/wxp_crypto_jobs.c src/wxp_client_tls.c src/wxp_bill.c src/wxp_failover.c"
  dnl ext/ by concern: module (entry, INI, pool, key cache, the package's constants), client (builder, node, call
  dnl preparation and running, transport settings, headers, keys), async (loop, promise), http (response, stream,
  dnl PSR bridge, exceptions), helpers (the package's crypto and util classes), support (calling PHP from C, keys
  dnl from PHP values and key files, the request's own classes, shared by client, http, async and helpers).
  WECHATPAY_EXT_SOURCES="ext/module/module.c ext/module/ini.c ext/module/pool.c ext/module/keycache.c ext/module/constants.c \
    ext/client/builder.c ext/client/node.c ext/client/client.c ext/client/call_prepare.c ext/client/call_v2.c ext/client/call_run.c ext/client/call_sink.c ext/client/middleware.c \
    ext/client/transport.c ext/client/failover.c ext/client/guzzle_options.c ext/client/call_report.c ext/client/request_headers.c \
    ext/client/call_progress.c ext/client/keys.c ext/client/autocerts.c ext/client/merchant_tls.c ext/client/driver.c ext/client/engine_handler.c ext/http/transfer_stats.c \
    ext/async/loop.c ext/async/crypto_pool.c ext/async/promise.c ext/async/promise_class.c \
    ext/http/response.c ext/http/stream.c ext/http/stream_cursor.c ext/http/psr_bridge.c ext/http/psr_fallback.c ext/http/wide_args.c ext/http/resource_stream.c \
    ext/http/exceptions.c ext/http/failure_classes.c ext/http/sent_request.c \
    ext/helpers/crypto_rsa.c ext/helpers/crypto_aes.c ext/helpers/crypto_args.c ext/helpers/crypto_hash.c \
    ext/helpers/util.c ext/helpers/formatter.c ext/helpers/transformer.c ext/helpers/certificates.c ext/helpers/pemutil.c ext/helpers/mediautil.c \
    ext/helpers/notification.c \
    ext/helpers/bill.c \
    ext/helpers/sensitive.c \
    ext/support/php_call.c ext/support/key_file.c ext/support/keys_from_php.c ext/support/openssl_objects.c ext/support/request_classes.c"

  PHP_NEW_EXTENSION(wechatpay, $WECHATPAY_EXT_SOURCES $WECHATPAY_CORE_SOURCES, $ext_shared,, $WECHATPAY_CFLAGS)
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  for dir in module client async http helpers support; do
    PHP_ADD_BUILD_DIR([$ext_builddir/ext/$dir])
  done
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_INCLUDE([$ext_srcdir/ext])
  dnl After the module is declared: PHP_ADD_EXTENSION_DEP must follow PHP_NEW_EXTENSION.
  dnl The extensions the module requires at run time (ext/module/module.c's zend_module_dep list): a build inside the
  dnl PHP source tree initialises them first, and refuses to build without them.
  PHP_ADD_EXTENSION_DEP(wechatpay, json)
  PHP_ADD_EXTENSION_DEP(wechatpay, openssl)
  PHP_ADD_EXTENSION_DEP(wechatpay, spl)

  dnl Makefile.frag: `make stubs` regenerates every ext/**/*_arginfo.h from its stub with gen_stub.php.
  PHP_ADD_MAKEFILE_FRAGMENT
fi
