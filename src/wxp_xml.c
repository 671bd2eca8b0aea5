/* The XML writer (see wxp_xml.h). It follows libxml2's xmlTextWriter state by state: an element is NAME
 * (start tag still open) until something is written in it, then TEXT; the start tag's `>` is written lazily;
 * indentation is one space per enclosing element, written before start tags and, when no text came since
 * (doindent), before end tags. */
#include "wxp_xml.h"

#include <stdlib.h>
#include <string.h>

enum { WXP_XML_NAME, WXP_XML_TEXT };

struct wxp_xml_frame {
    char *name;
    size_t len;
    int state;
};

void wxp_xml_writer_init(wxp_xml_writer *w, wxp_buf *out, int indent)
{
    w->out = out;
    w->indent = indent;
    w->doindent = 0;
    w->stack = NULL;
    w->depth = 0;
    w->cap = 0;
}

void wxp_xml_writer_free(wxp_xml_writer *w)
{
    size_t i;

    for (i = 0; i < w->depth; i++) {
        free(w->stack[i].name);
    }
    free(w->stack);
    w->stack = NULL;
    w->depth = w->cap = 0;
}

static int wxp_xml_put(wxp_xml_writer *w, const char *s)
{
    return wxp_buf_append_str(w->out, s);
}

/* One space per open element but the innermost (the one whose tag comes next). */
static int wxp_xml_write_indent(wxp_xml_writer *w)
{
    size_t i;

    for (i = 1; i < w->depth; i++) {
        if (wxp_buf_append_byte(w->out, ' ') != 0) {
            return -1;
        }
    }
    return 0;
}

int wxp_xml_start_document(wxp_xml_writer *w)
{
    return wxp_xml_put(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

int wxp_xml_start_element(wxp_xml_writer *w, const char *name, size_t len)
{
    wxp_xml_frame *frame;

    if (w->depth > 0 && w->stack[w->depth - 1].state == WXP_XML_NAME) {
        if (wxp_xml_put(w, w->indent ? ">\n" : ">") != 0) {
            return -1;
        }
        w->stack[w->depth - 1].state = WXP_XML_TEXT;
    }
    if (w->depth == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        wxp_xml_frame *grown = realloc(w->stack, cap * sizeof(*grown));

        if (grown == NULL) {
            return -1;
        }
        w->stack = grown;
        w->cap = cap;
    }
    frame = &w->stack[w->depth];
    frame->name = malloc(len + 1);
    if (frame->name == NULL) {
        return -1;
    }
    memcpy(frame->name, name, len);
    frame->name[len] = '\0';
    frame->len = len;
    frame->state = WXP_XML_NAME;
    w->depth++;
    if ((w->indent && wxp_xml_write_indent(w) != 0) || wxp_buf_append_byte(w->out, '<') != 0
        || wxp_buf_append(w->out, name, len) != 0) {
        return -1;
    }
    return 0;
}

/* Before content: closes a start tag still open (no newline, unlike before a child element). */
static int wxp_xml_before_content(wxp_xml_writer *w)
{
    if (w->depth == 0) {
        return -1;
    }
    if (w->stack[w->depth - 1].state == WXP_XML_NAME) {
        if (wxp_buf_append_byte(w->out, '>') != 0) {
            return -1;
        }
        w->stack[w->depth - 1].state = WXP_XML_TEXT;
    }
    if (w->indent) {
        w->doindent = 0;
    }
    return 0;
}

int wxp_xml_text(wxp_xml_writer *w, const char *text, size_t len)
{
    size_t i, run = 0;

    if (wxp_xml_before_content(w) != 0) {
        return -1;
    }
    for (i = 0; i < len; i++) {
        const char *ref;

        switch (text[i]) {
            case '<': ref = "&lt;"; break;
            case '>': ref = "&gt;"; break;
            case '&': ref = "&amp;"; break;
            case '"': ref = "&quot;"; break;
            case '\r': ref = "&#13;"; break;
            default: continue;
        }
        if ((i > run && wxp_buf_append(w->out, text + run, i - run) != 0) || wxp_xml_put(w, ref) != 0) {
            return -1;
        }
        run = i + 1;
    }
    return len > run ? wxp_buf_append(w->out, text + run, len - run) : 0;
}

int wxp_xml_cdata(wxp_xml_writer *w, const char *text, size_t len)
{
    if (wxp_xml_before_content(w) != 0 || wxp_xml_put(w, "<![CDATA[") != 0
        || (len > 0 && wxp_buf_append(w->out, text, len) != 0) || wxp_xml_put(w, "]]>") != 0) {
        return -1;
    }
    return 0;
}

int wxp_xml_end_element(wxp_xml_writer *w)
{
    wxp_xml_frame *frame;
    int rc = 0;

    if (w->depth == 0) {
        return -1;
    }
    frame = &w->stack[w->depth - 1];
    if (frame->state == WXP_XML_NAME) {
        if (w->indent) {
            w->doindent = 1;
        }
        rc = wxp_xml_put(w, "/>");
    } else {
        if (w->indent && w->doindent) {
            rc = wxp_xml_write_indent(w);
        }
        w->doindent = 1;
        if (rc == 0) {
            rc = wxp_xml_put(w, "</") != 0 || wxp_buf_append(w->out, frame->name, frame->len) != 0
                || wxp_buf_append_byte(w->out, '>') != 0 ? -1 : 0;
        }
    }
    if (rc == 0 && w->indent) {
        rc = wxp_buf_append_byte(w->out, '\n');
    }
    free(frame->name);
    w->depth--;
    return rc;
}

int wxp_xml_end_document(wxp_xml_writer *w)
{
    while (w->depth > 0) {
        if (wxp_xml_end_element(w) != 0) {
            return -1;
        }
    }
    return w->indent ? 0 : wxp_buf_append_byte(w->out, '\n');
}
