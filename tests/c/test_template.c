/* URI template expansion: {name}, {+name}, literal text, and every refusal with its message. */
#include "unit.h"
#include "wxp_template.h"

/* A variable bag: name => value, value NULL meaning "found but NULL" when present is set. */
typedef struct var {
    const char *name;
    const char *value;
    size_t value_len;
} var;

typedef struct bag {
    const var *vars;
    size_t count;
    int lookups;          /* how many lookups were made */
    char last_name[64];   /* the last name looked up, as the core passed it */
} bag;

static wxp_lookup_status bag_lookup(void *ctx, const char *name, size_t name_len, const char **value,
                                    size_t *value_len, wxp_err *err)
{
    bag *b = ctx;
    size_t i;

    (void) err;
    b->lookups++;
    snprintf(b->last_name, sizeof(b->last_name), "%.*s", (int) name_len, name);
    for (i = 0; i < b->count; i++) {
        if (strlen(b->vars[i].name) == name_len && memcmp(b->vars[i].name, name, name_len) == 0) {
            *value = b->vars[i].value;
            *value_len = b->vars[i].value_len;
            return WXP_LOOKUP_FOUND;
        }
    }
    return WXP_LOOKUP_MISSING;
}

/* A lookup that refuses every variable itself, as the PHP layer does for an array value. */
static wxp_lookup_status refusing_lookup(void *ctx, const char *name, size_t name_len, const char **value,
                                         size_t *value_len, wxp_err *err)
{
    (void) ctx;
    (void) value;
    (void) value_len;
    wxp_err_set(err, WXP_E_INVALID, "Option '%.*s' must be a string", (int) name_len, name);
    return WXP_LOOKUP_ERROR;
}

#define V(n, v) { n, v, sizeof(v) - 1 }

static const var common_vars[] = {
    V("card_id", "pJIXJ4yNs"),
    V("card-id", "kebab"),
    V("openid", "o4GgauInH_RCEdvrrNGrntXDuXXX"),
    V("slashy", "a/b c%\xE4\xB8\xAD~-._"),
    V("reserved", ":/?#[]@!$&'()*+,;="),
    V("url", "https://api.mch.weixin.qq.com/v3/billdownload/file?token=a+b/c="),
    V("mixed", "a b%2Fc%zz%4"),
    V("utf8", "\xE4\xB8\xAD"),
    V("empty", ""),
    V("dot", "."),
    V("dotdot", ".."),
    V("dots3", "..."),
    V("dotx", ".a"),
    V("enc_dots", "%2e%2e"),
    V("path_up", "a/../b"),
    V("path_lead", "../a"),
    V("path_tail", "a/."),
    V("path_enc", "%2E%2e/x"),
    V("path_enc1", "x/%2E"),
    V("path_ok", "a/..b/c."),
    V("path_mixed", "a/.%2e/b"),
    V("path_enc_slash", "a%2F..%2fb"),
    V("path_backslash", "a\\..\\b"),
    V("path_enc_backslash", "a%5c%2E%5Cb"),
    V("path_param", "a/..;x/b"),
    V("q_dots", "a?x=../y"),
    V("frag_dots", "a#../"),
    V("nul", "a\0b"),
};

static bag common_bag(void)
{
    bag b;

    memset(&b, 0, sizeof(b));
    b.vars = common_vars;
    b.count = sizeof(common_vars) / sizeof(common_vars[0]);
    return b;
}

/* Expands tpl and compares the output. */
static void check_expand(const char *tpl, const char *want)
{
    bag b = common_bag();
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    CHECK(wxp_template_expand(tpl, strlen(tpl), bag_lookup, &b, &out, &err) == 0);
    CHECK_STR(wxp_buf_cstr(&out), want);
    CHECK(err.code == WXP_OK);
    wxp_buf_free(&out);
}

/* Expands tpl after some existing output, expects a refusal with the exact message, and the output kept. */
static void check_refused(const char *tpl, const char *want_message)
{
    bag b = common_bag();
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    CHECK(wxp_buf_append_str(&out, "kept") == 0);
    CHECK(wxp_template_expand(tpl, strlen(tpl), bag_lookup, &b, &out, &err) == -1);
    CHECK(err.code == WXP_E_INVALID);
    CHECK_STR(err.message, want_message);
    CHECK_STR(wxp_buf_cstr(&out), "kept");
    CHECK(out.len == 4);
    wxp_buf_free(&out);
}

static void test_simple_expansion(void)
{
    check_expand("v3/marketing/busifavor/coupons/{card_id}", "v3/marketing/busifavor/coupons/pJIXJ4yNs");
    check_expand("{card_id}", "pJIXJ4yNs");
    check_expand("v3/{card-id}/x", "v3/kebab/x");
    check_expand("{openid}/coupons", "o4GgauInH_RCEdvrrNGrntXDuXXX/coupons");
    check_expand("{card_id}{card_id}", "pJIXJ4yNspJIXJ4yNs");
    check_expand("a/{card_id}/b/{openid}/{+url}",
                 "a/pJIXJ4yNs/b/o4GgauInH_RCEdvrrNGrntXDuXXX/"
                 "https://api.mch.weixin.qq.com/v3/billdownload/file?token=a+b/c=");
    /* rawurlencode: `/` -> %2F, space -> %20, `%` -> %25, UTF-8 bytes, `~-._` kept */
    check_expand("{slashy}", "a%2Fb%20c%25%E4%B8%AD~-._");
    check_expand("{reserved}", "%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D");
    check_expand("{utf8}", "%E4%B8%AD");
    /* an encoded dot pair is harmless once its `%` is encoded */
    check_expand("{enc_dots}", "%252e%252e");
    check_expand("{dots3}", "...");
    check_expand("{dotx}", ".a");
    /* an empty value is refused like a missing one: it would leave an empty segment */
    check_refused("v3/{empty}/x", "Placeholder {empty} is empty: pass a non-empty 'empty' in the options");
    check_refused("v3/{+empty}/x", "Placeholder {+empty} is empty: pass a non-empty 'empty' in the options");
    check_expand("{nul}", "a%00b");
}

static void test_reserved_expansion(void)
{
    check_expand("{+url}", "https://api.mch.weixin.qq.com/v3/billdownload/file?token=a+b/c=");
    check_expand("{+reserved}", ":/?#[]@!$&'()*+,;=");
    /* existing %XX kept, a lone `%` and bytes outside the URI set encoded */
    check_expand("{+mixed}", "a%20b%2Fc%25zz%254");
    check_expand("{+utf8}", "%E4%B8%AD");
    check_expand("{+slashy}", "a/b%20c%25%E4%B8%AD~-._");
    check_expand("x/{+path_ok}", "x/a/..b/c.");
    /* dot segments after `?` or `#` are not path segments */
    check_expand("{+q_dots}", "a?x=../y");
    check_expand("{+frag_dots}", "a#../");
    check_expand("{+dots3}", "...");
}

static void test_literals(void)
{
    check_expand("", "");
    check_expand("v3/pay/transactions/native", "v3/pay/transactions/native");
    check_expand("v3/a b/{card_id}", "v3/a%20b/pJIXJ4yNs");
    check_expand("%41%e4", "%41%e4");
    check_expand("100%", "100%25");
    check_expand("%4", "%254");
    check_expand("%{card_id}", "%25pJIXJ4yNs");
    check_expand("a}b", "a%7Db");
    check_expand("a|b\\c^d`e\"f<g>", "a%7Cb%5Cc%5Ed%60e%22f%3Cg%3E");
    check_expand("\xE4\xB8\xAD", "%E4%B8%AD");
    check_expand("v3/x?a=1&b=[2]#f", "v3/x?a=1&b=[2]#f");
    /* literal dot segments are the template's own: the resolver refuses them (a chain step may not climb) */
    check_expand("v3/../x", "v3/../x");
}

static void test_missing_and_dots(void)
{
    check_refused("v3/{card}/x", "Placeholder {card} has no value: pass 'card' in the options");
    check_refused("v3/marketing/{card_ID}", "Placeholder {card_ID} has no value: pass 'card_ID' in the options");
    check_refused("{+nope}", "Placeholder {+nope} has no value: pass 'nope' in the options");
    check_refused("{card_id}/{nope}", "Placeholder {nope} has no value: pass 'nope' in the options");

    check_refused("v3/{dot}", "Placeholder {dot} cannot be '.': a dot segment would change the path");
    check_refused("v3/{dotdot}/x", "Placeholder {dotdot} cannot be '..': a dot segment would change the path");
    check_refused("{+dot}", "Placeholder {+dot} holds the path segment '.', which would change the path");
    check_refused("{+dotdot}", "Placeholder {+dotdot} holds the path segment '..', which would change the path");
    check_refused("{+path_up}", "Placeholder {+path_up} holds the path segment '..', which would change the path");
    check_refused("{+path_lead}",
                  "Placeholder {+path_lead} holds the path segment '..', which would change the path");
    check_refused("{+path_tail}",
                  "Placeholder {+path_tail} holds the path segment '.', which would change the path");
    check_refused("{+path_enc}",
                  "Placeholder {+path_enc} holds the path segment '%2E%2e', which would change the path");
    check_refused("{+path_enc1}",
                  "Placeholder {+path_enc1} holds the path segment '%2E', which would change the path");
    /* issue 9: dots in any spelling, between separators in any spelling a server may honour */
    check_refused("{+path_mixed}",
                  "Placeholder {+path_mixed} holds the path segment '.%2e', which would change the path");
    check_refused("{+path_enc_slash}",
                  "Placeholder {+path_enc_slash} holds the path segment '..', which would change the path");
    check_refused("{+path_backslash}",
                  "Placeholder {+path_backslash} holds the path segment '..', which would change the path");
    check_refused("{+path_enc_backslash}",
                  "Placeholder {+path_enc_backslash} holds the path segment '%2E', which would change the path");
    check_refused("{+path_param}",
                  "Placeholder {+path_param} holds the path segment '..;x', which would change the path");
}

static void test_syntax_refusals(void)
{
    static const char *const operators[] = { "#", "/", ".", ";", "?", "&", "=", ",", "!", "@", "|" };
    size_t i;

    check_refused("v3/{card_id", "URI template 'v3/{card_id' has an unclosed '{'");
    check_refused("{", "URI template '{' has an unclosed '{'");
    check_refused("{card_id}/{", "URI template '{card_id}/{' has an unclosed '{'");
    check_refused("v3/{}", "URI template has an empty placeholder {}: name the variable");
    check_refused("v3/{+}", "URI template has an empty placeholder {+}: name the variable");
    for (i = 0; i < sizeof(operators) / sizeof(operators[0]); i++) {
        char tpl[16], want[160];

        snprintf(tpl, sizeof(tpl), "{%sx}", operators[i]);
        snprintf(want, sizeof(want),
                 "Placeholder {%sx} uses the operator '%s', which is not supported: only {name} and {+name} are",
                 operators[i], operators[i]);
        check_refused(tpl, want);
    }
    check_refused("{a,b}", "Placeholder {a,b} has an invalid name: only letters, digits, '_', '-' and '.' may "
                           "appear in it");
    check_refused("{a:3}", "Placeholder {a:3} has an invalid name: only letters, digits, '_', '-' and '.' may "
                           "appear in it");
    check_refused("{a*}", "Placeholder {a*} has an invalid name: only letters, digits, '_', '-' and '.' may "
                          "appear in it");
    check_refused("{a b}", "Placeholder {a b} has an invalid name: only letters, digits, '_', '-' and '.' may "
                           "appear in it");
    check_refused("{a{b}", "Placeholder {a{b} has an invalid name: only letters, digits, '_', '-' and '.' may "
                           "appear in it");
    check_refused("{++x}", "Placeholder {++x} has an invalid name: only letters, digits, '_', '-' and '.' may "
                           "appear in it");
}

static void test_lookup_contract(void)
{
    bag b = common_bag();
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);

    /* the name is passed without braces or operator, and only expressions are looked up */
    CHECK(wxp_template_expand("v3/{+card-id}/x", 15, bag_lookup, &b, &out, &err) == 0);
    CHECK_STR(b.last_name, "card-id");
    CHECK(b.lookups == 1);

    /* a lookup that reports its own error: that error is kept, and the output rolled back */
    wxp_buf_reset(&out);
    CHECK(wxp_template_expand("a/{card_id}", 11, refusing_lookup, NULL, &out, &err) == -1);
    CHECK(err.code == WXP_E_INVALID);
    CHECK_STR(err.message, "Option 'card_id' must be a string");
    CHECK_STR(wxp_buf_cstr(&out), "");

    /* only tpl_len bytes are read */
    wxp_buf_reset(&out);
    CHECK(wxp_template_expand("v3/{card_id}{nope}", 12, bag_lookup, &b, &out, &err) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "v3/pJIXJ4yNs");
    wxp_buf_reset(&out);
    CHECK(wxp_template_expand("v3/{card_id}", 8, bag_lookup, &b, &out, &err) == -1);
    CHECK_STR(err.message, "URI template 'v3/{card' has an unclosed '{'");
    wxp_buf_free(&out);
}

/* A NULL value reported as found expands to nothing. */
static wxp_lookup_status null_lookup(void *ctx, const char *name, size_t name_len, const char **value,
                                     size_t *value_len, wxp_err *err)
{
    (void) ctx;
    (void) name;
    (void) name_len;
    (void) err;
    *value = NULL;
    *value_len = 0;
    return WXP_LOOKUP_FOUND;
}

static void test_null_value(void)
{
    wxp_buf out;
    wxp_err err;

    wxp_buf_init(&out);
    wxp_err_clear(&err);
    /* a found-but-NULL value counts as empty, and is refused like one */
    CHECK(wxp_template_expand("a{x}b{+y}c", 10, null_lookup, NULL, &out, &err) == -1);
    CHECK_STR(err.message, "Placeholder {x} is empty: pass a non-empty 'x' in the options");
    wxp_buf_free(&out);
}

/* wxp_percent_encode against a reference rawurlencode over all 256 byte values. */
static void test_percent_encode_all_bytes(void)
{
    char bytes[256];
    wxp_buf out, want;
    int i;

    wxp_buf_init(&out);
    wxp_buf_init(&want);
    for (i = 0; i < 256; i++) {
        bytes[i] = (char) i;
        if ((i >= 'A' && i <= 'Z') || (i >= 'a' && i <= 'z') || (i >= '0' && i <= '9') || i == '-' || i == '.'
            || i == '_' || i == '~') {
            wxp_buf_append_byte(&want, (char) i);
        } else {
            wxp_buf_printf(&want, "%%%02X", i);
        }
    }
    CHECK(wxp_percent_encode(bytes, 256, &out) == 0);
    CHECK(out.len == want.len);
    CHECK_STR(wxp_buf_cstr(&out), wxp_buf_cstr(&want));

    wxp_buf_reset(&out);
    CHECK(wxp_percent_encode("", 0, &out) == 0);
    CHECK(out.len == 0);
    CHECK(wxp_percent_encode("a b", 3, &out) == 0);
    CHECK(wxp_percent_encode("/", 1, &out) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "a%20b%2F");
    wxp_buf_free(&out);
    wxp_buf_free(&want);
}

int main(void)
{
    test_simple_expansion();
    test_reserved_expansion();
    test_literals();
    test_missing_and_dots();
    test_syntax_refusals();
    test_lookup_contract();
    test_null_value();
    test_percent_encode_all_bytes();
    return UNIT_DONE();
}
