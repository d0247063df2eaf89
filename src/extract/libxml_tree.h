// libxml2's HTML parser building the gumbo-shaped tree the extractor walks.
//
// gumbo's HTML5 tree builder was half of HTML analyze time; libxml2's HTML
// parser, driven through SAX, tokenizes and builds about 2.5 times faster on
// pre-passed pages. Its events are turned here into GumboNode structs in the
// arena (extract/gumbo_arena.h), so html_body.cc and metadata.cc read the same
// node types, tags, attributes and text as before:
//  - tags are mapped by name with gumbo_tagn_enum, so HTML5 elements libxml2
//    does not know (article, section, main, time, figure...) keep their
//    GUMBO_TAG_*; unknown names get GUMBO_TAG_UNKNOWN and original_tag;
//  - adjacent character events make one text node, GUMBO_NODE_WHITESPACE when
//    it holds only HTML whitespace; script and style content is text;
//  - comments, processing instructions and the doctype make no node;
//  - attributes without a value get "" as in gumbo;
//  - libxml2 supplies the implied html/body (and head) elements and closes
//    elements the HTML way (<p> by block starts, <li> by <li>, ...); where it
//    differs from HTML5 (formatting elements are not reconstructed after
//    misnesting, <p> is not closed by HTML5-only blocks) the tree differs,
//    the text does not.
// The input must be UTF-8 (the extractor repairs it first); meta charset
// declarations are ignored. Thread-safe: one parser context per call.
//
// With an attribute value table (PrepassHtml's AttributeValues), each value in
// the markup is an index into it, and the tree gets the table's value with its
// character references decoded as libxml2 decodes them: libxml2 then reads a
// few digits instead of every class name and date.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

#include "extract/gumbo_arena.h"
#include "extract/html_prepass.h"

namespace dragoman::extract {

// Parses `html` into a tree held by `arena` (valid until its next Reset).
// Never null: an empty page gives a document with an empty <html>.
GumboOutput* ParseHtmlWithLibxml(std::string_view html, GumboArena& arena, const AttributeValues* values = nullptr);

// Appends an attribute value with its character references decoded as
// libxml2's HTML parser decodes them: numeric ones (the ';' optional), and
// HTML 4's names with their ';'; anything else stays as written.
void AppendDecodedAttributeValue(std::string_view raw, std::string& out);

}  // namespace dragoman::extract
