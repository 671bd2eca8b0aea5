/* An XML writer whose output is byte-identical to libxml2's xmlTextWriter (PHP's XMLWriter) for the calls
 * APIv2 bodies need: a document header, elements, escaped text and CDATA, with or without indentation. */
#ifndef WXP_XML_H
#define WXP_XML_H

#include <stddef.h>
#include "wxp_buf.h"

typedef struct wxp_xml_frame wxp_xml_frame;

typedef struct wxp_xml_writer {
    wxp_buf *out;           /* borrowed: everything is appended here */
    int indent;             /* one space per level and a newline after each tag, as XMLWriter::setIndent(true) */
    int doindent;           /* libxml2's flag: the next end tag is indented (no text was written since) */
    wxp_xml_frame *stack;   /* the open elements, innermost last */
    size_t depth;
    size_t cap;
} wxp_xml_writer;

/* Starts a writer appending to out. */
void wxp_xml_writer_init(wxp_xml_writer *w, wxp_buf *out, int indent);

/* Frees what the writer holds (not out); open elements are forgotten, not closed. */
void wxp_xml_writer_free(wxp_xml_writer *w);

/* `<?xml version="1.0" encoding="UTF-8"?>` and a newline. Returns 0 or -1 (memory). */
int wxp_xml_start_document(wxp_xml_writer *w);

/* Opens element name (len bytes, written as given: the caller validates it). Returns 0 or -1. */
int wxp_xml_start_element(wxp_xml_writer *w, const char *name, size_t len);

/* Text content: `<`, `>`, `&`, `"` and CR written as entity references, everything else as is. Returns 0, or
 * -1 (memory, or no element is open). */
int wxp_xml_text(wxp_xml_writer *w, const char *text, size_t len);

/* `<![CDATA[` text `]]>`, text as is (a `]]>` inside is not split, as libxml2 does not). Returns 0 or -1. */
int wxp_xml_cdata(wxp_xml_writer *w, const char *text, size_t len);

/* Closes the innermost element (`<a/>` when nothing was written in it). Returns 0, or -1 (memory, or none
 * open). */
int wxp_xml_end_element(wxp_xml_writer *w);

/* Closes every open element, then a newline unless indenting (an indenting writer has just written one).
 * Returns 0 or -1. */
int wxp_xml_end_document(wxp_xml_writer *w);

#endif
