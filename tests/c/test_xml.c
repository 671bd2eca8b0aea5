/* The XML writer against what libxml2's XMLWriter writes for the same calls (the expected strings were taken
 * from PHP's XMLWriter: setIndent(), startDocument('1.0', 'utf-8'), startElement(), text(), writeCdata(),
 * endElement(), endDocument()). */
#include "unit.h"
#include "wxp_xml.h"

/* <xml><appid>wx1</appid><e></e><arr/><q>a&quot;b</q><c><![CDATA[x<y]]></c><detail><item><n>1</n></item></detail></xml> */
static int write_sample(wxp_xml_writer *w, int document)
{
    int rc = 0;

    rc |= document ? wxp_xml_start_document(w) : 0;
    rc |= wxp_xml_start_element(w, "xml", 3);
    rc |= wxp_xml_start_element(w, "appid", 5);
    rc |= wxp_xml_text(w, "wx1", 3);
    rc |= wxp_xml_end_element(w);
    rc |= wxp_xml_start_element(w, "e", 1);
    rc |= wxp_xml_text(w, "", 0);
    rc |= wxp_xml_end_element(w);
    rc |= wxp_xml_start_element(w, "arr", 3);
    rc |= wxp_xml_end_element(w);
    rc |= wxp_xml_start_element(w, "q", 1);
    rc |= wxp_xml_text(w, "<a&\"b'>\r\n", 9);
    rc |= wxp_xml_end_element(w);
    rc |= wxp_xml_start_element(w, "c", 1);
    rc |= wxp_xml_cdata(w, "x<y]]>", 6);
    rc |= wxp_xml_end_element(w);
    rc |= wxp_xml_start_element(w, "detail", 6);
    rc |= wxp_xml_start_element(w, "item", 4);
    rc |= wxp_xml_start_element(w, "n", 1);
    rc |= wxp_xml_text(w, "1", 1);
    rc |= wxp_xml_end_element(w);
    rc |= wxp_xml_end_element(w);
    rc |= wxp_xml_end_element(w);
    rc |= wxp_xml_end_element(w);
    rc |= document ? wxp_xml_end_document(w) : 0;
    return rc;
}

static void check_sample(int document, int indent, const char *want)
{
    wxp_buf out;
    wxp_xml_writer w;

    wxp_buf_init(&out);
    wxp_xml_writer_init(&w, &out, indent);
    CHECK(write_sample(&w, document) == 0);
    CHECK_STR(wxp_buf_cstr(&out), want);
    wxp_xml_writer_free(&w);
    wxp_buf_free(&out);
}

static void test_layouts(void)
{
    check_sample(0, 0,
                 "<xml><appid>wx1</appid><e></e><arr/><q>&lt;a&amp;&quot;b'&gt;&#13;\n</q>"
                 "<c><![CDATA[x<y]]>]]></c><detail><item><n>1</n></item></detail></xml>");
    check_sample(1, 0,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<xml><appid>wx1</appid><e></e><arr/><q>&lt;a&amp;&quot;b'&gt;&#13;\n</q>"
                 "<c><![CDATA[x<y]]>]]></c><detail><item><n>1</n></item></detail></xml>\n");
    check_sample(1, 1,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<xml>\n"
                 " <appid>wx1</appid>\n"
                 " <e></e>\n"
                 " <arr/>\n"
                 " <q>&lt;a&amp;&quot;b'&gt;&#13;\n</q>\n"
                 " <c><![CDATA[x<y]]>]]></c>\n"
                 " <detail>\n"
                 "  <item>\n"
                 "   <n>1</n>\n"
                 "  </item>\n"
                 " </detail>\n"
                 "</xml>\n");
    check_sample(0, 1,
                 "<xml>\n"
                 " <appid>wx1</appid>\n"
                 " <e></e>\n"
                 " <arr/>\n"
                 " <q>&lt;a&amp;&quot;b'&gt;&#13;\n</q>\n"
                 " <c><![CDATA[x<y]]>]]></c>\n"
                 " <detail>\n"
                 "  <item>\n"
                 "   <n>1</n>\n"
                 "  </item>\n"
                 " </detail>\n"
                 "</xml>\n");
}

static void test_edges(void)
{
    wxp_buf out;
    wxp_xml_writer w;

    /* an empty root, with and without indentation */
    wxp_buf_init(&out);
    wxp_xml_writer_init(&w, &out, 0);
    CHECK(wxp_xml_start_element(&w, "xml", 3) == 0 && wxp_xml_end_element(&w) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "<xml/>");
    wxp_xml_writer_free(&w);
    wxp_buf_reset(&out);
    wxp_xml_writer_init(&w, &out, 1);
    CHECK(wxp_xml_start_element(&w, "xml", 3) == 0 && wxp_xml_end_element(&w) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "<xml/>\n");
    wxp_xml_writer_free(&w);

    /* end_document closes what is open */
    wxp_buf_reset(&out);
    wxp_xml_writer_init(&w, &out, 0);
    CHECK(wxp_xml_start_element(&w, "a", 1) == 0 && wxp_xml_start_element(&w, "b", 1) == 0);
    CHECK(wxp_xml_text(&w, "t", 1) == 0 && wxp_xml_end_document(&w) == 0);
    CHECK_STR(wxp_buf_cstr(&out), "<a><b>t</b></a>\n");
    wxp_xml_writer_free(&w);

    /* nothing open: text, CDATA and end tags are refused */
    wxp_buf_reset(&out);
    wxp_xml_writer_init(&w, &out, 0);
    CHECK(wxp_xml_text(&w, "t", 1) == -1);
    CHECK(wxp_xml_cdata(&w, "t", 1) == -1);
    CHECK(wxp_xml_end_element(&w) == -1);
    CHECK(out.len == 0);

    /* deep nesting grows the stack; freeing with elements still open leaks nothing (ASan checks) */
    {
        int i, ok = 1;

        for (i = 0; i < 100; i++) {
            ok &= wxp_xml_start_element(&w, "d", 1) == 0;
        }
        CHECK(ok);
        CHECK(w.depth == 100);
    }
    wxp_xml_writer_free(&w);
    wxp_buf_free(&out);
}

int main(void)
{
    test_layouts();
    test_edges();
    return UNIT_DONE();
}
