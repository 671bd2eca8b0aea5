/* The APIv2 XML writer driven by a program of calls read from the input (start/end element, text, CDATA,
 * document start/end). Calls fail exactly when no element is open; and a document of one root element whose
 * text is printable ASCII (CDATA without `]]>`) must come out well formed: libxml2's parser reads it back. */
#include "fuzz.h"
#include <libxml/parser.h>
#include "wxp_xml.h"

/* What the program did, for deciding whether the output must parse. */
typedef struct program_state {
    size_t depth;   /* elements open, as the writer should count them */
    int roots;      /* elements started at depth 0 */
    int plain;      /* every text and name so far can appear in well-formed XML as written */
    int declared;   /* start_document was called (must be the very first output to stay well formed) */
    size_t deepest; /* libxml2's parser refuses nesting deeper than 256 levels: such documents are not read */
} program_state;

static int is_plain_text(const char *s, size_t len, int cdata)
{
    size_t i;

    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char) s[i];

        if (!((c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r')) {
            return 0;
        }
        if (cdata && i + 2 < len && memcmp(s + i, "]]>", 3) == 0) {
            return 0;
        }
    }
    return 1;
}

/* A name of 1 to 8 letters, digits, '_', '-' or '.', starting with a letter, from the input. */
static size_t take_name(fuzz_input *in, char *name)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.";
    size_t len = (size_t) (fuzz_take_byte(in) % 8) + 1, i;

    for (i = 0; i < len; i++) {
        unsigned char b = fuzz_take_byte(in);

        name[i] = i == 0 ? chars[b % 52] : chars[b % (sizeof(chars) - 1)];
    }
    return len;
}

static void run_call(wxp_xml_writer *w, fuzz_input *in, program_state *st, int first)
{
    unsigned char op = fuzz_take_byte(in) % 6;
    char name[8];
    size_t len;
    int rc;

    switch (op) {
    case 0:
        len = take_name(in, name);
        st->roots += st->depth == 0;
        FUZZ_ASSERT(wxp_xml_start_element(w, name, len) == 0);
        st->depth++;
        st->deepest = st->depth > st->deepest ? st->depth : st->deepest;
        break;
    case 1:
    case 2:
        len = fuzz_take_byte(in);
        len = len < in->n ? len : in->n;
        rc = op == 1 ? wxp_xml_text(w, in->p, len) : wxp_xml_cdata(w, in->p, len);
        FUZZ_ASSERT(rc == (st->depth == 0 ? -1 : 0));
        st->plain = st->plain && is_plain_text(in->p, len, op == 2);
        in->p += len;
        in->n -= len;
        break;
    case 3:
        FUZZ_ASSERT(wxp_xml_end_element(w) == (st->depth == 0 ? -1 : 0));
        st->depth -= st->depth > 0;
        break;
    case 4:
        FUZZ_ASSERT(wxp_xml_start_document(w) == 0);
        st->plain = st->plain && first && !st->declared;
        st->declared = 1;
        break;
    default:
        FUZZ_ASSERT(wxp_xml_end_document(w) == 0);
        st->depth = 0;
        break;
    }
}

static void quiet(void *ctx, const char *msg, ...)
{
    (void) ctx;
    (void) msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_input_of(data, size);
    program_state st = {0, 0, 1, 0, 0};
    wxp_xml_writer w;
    wxp_buf out;
    int first = 1;

    xmlSetGenericErrorFunc(NULL, quiet);
    wxp_buf_init(&out);
    wxp_xml_writer_init(&w, &out, fuzz_take_byte(&in) & 1);
    while (in.n > 0) {
        run_call(&w, &in, &st, first);
        first = 0;
    }
    FUZZ_ASSERT(wxp_xml_end_document(&w) == 0);
    FUZZ_ASSERT(w.depth == 0);

    if (st.plain && st.roots == 1 && st.deepest <= 200) {
        xmlDocPtr doc = xmlReadMemory(wxp_buf_cstr(&out), (int) out.len, NULL, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

        if (doc == NULL) {
            fprintf(stderr, "not well formed: %s\n", wxp_buf_cstr(&out));
        }
        FUZZ_ASSERT(doc != NULL);
        xmlFreeDoc(doc);
    }
    wxp_xml_writer_free(&w);
    wxp_buf_free(&out);
    return 0;
}
