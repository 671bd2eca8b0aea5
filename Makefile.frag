# make stubs: regenerates the arginfo header of every stub under ext/ (NAME.stub.php -> NAME_arginfo.h beside it,
# in any subfolder) with the gen_stub.php of the PHP this tree is configured for (phpize copies it into build/).
# gen_stub.php rewrites a header only when its "Stub hash" is not the stub's; `make stubs GEN_STUB_FLAGS=-f`
# rewrites them all. It wants PHP-Parser in build/PHP-Parser-<version>/ and would download it: when Debian's
# php-parser is installed (/usr/share/php/PhpParser) it is linked there first, so this works offline.
# tests/phpt/meta/arginfo_fresh.phpt fails while a header is stale. In a checkout it then rewrites the IDE stubs,
# ide/wechatpay.php, with scripts/ide-stubs.php (tests/phpt/meta/ide_stubs_current.phpt fails while they are stale).
WECHATPAY_GEN_STUB = $(top_srcdir)/build/gen_stub.php
WECHATPAY_PHP_PARSER = /usr/share/php/PhpParser
GEN_STUB_FLAGS =

stubs:
	@gen="$(WECHATPAY_GEN_STUB)"; dir=`dirname "$$gen"`; \
	test -f "$$gen" || { echo "stubs: $$gen not found (run phpize first)" >&2; exit 1; }; \
	php="$(PHP_EXECUTABLE)"; test -n "$$php" || php=php; \
	v=`sed -n 's/^ *\$$version = "\([0-9.]*\)";.*/\1/p' "$$gen" | head -n 1`; \
	if test -n "$$v" && test ! -e "$$dir/PHP-Parser-$$v/lib/PhpParser" && test -d "$(WECHATPAY_PHP_PARSER)"; then \
		mkdir -p "$$dir/PHP-Parser-$$v/lib" && ln -sfn "$(WECHATPAY_PHP_PARSER)" "$$dir/PHP-Parser-$$v/lib/PhpParser"; \
	fi; \
	stubs=`find "$(srcdir)/ext" -name '*.stub.php' | LC_ALL=C sort`; \
	test -n "$$stubs" || { echo "stubs: no *.stub.php under $(srcdir)/ext" >&2; exit 1; }; \
	"$$php" "$$gen" $(GEN_STUB_FLAGS) $$stubs || exit 1; \
	echo "stubs: `echo $$stubs | wc -w` stubs under ext/, every *_arginfo.h generated from its stub"; \
	if test -f "$(srcdir)/scripts/ide-stubs.php"; then "$$php" "$(srcdir)/scripts/ide-stubs.php" || exit 1; fi

.PHONY: stubs
