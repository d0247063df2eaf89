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
// With the pre-pass's table (TextTable in html_prepass.h), attribute values
// in the markup are indexes into it and text runs and script contents are
// marks with an index: the tree gets the table's text, decoded as libxml2
// would have decoded it in the markup, while libxml2 reads a few digits.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

#include "extract/gumbo_arena.h"
#include "extract/html_prepass.h"

namespace dragoman::extract {

// Parses `html` into a tree held by `arena` (valid until its next Reset).
// Never null: an empty page gives a document with an empty <html>.
GumboOutput* ParseHtmlWithLibxml(std::string_view html, GumboArena& arena, const TextTable* table = nullptr);

// Appends an attribute value with its character references decoded as
// libxml2's HTML parser decodes them: numeric ones (the ';' optional), and
// HTML 4's names with their ';'; other '&'s stay as written; a numeric
// reference to no character ends the value (libxml2 writes a NUL there).
void AppendDecodedAttributeValue(std::string_view raw, std::string& out);

// Appends a text run as the pre-pass and libxml2 together read it (what the
// tree gets for text the pre-pass kept in the markup): character references
// decoded (numeric ones, HTML 4's names with their ';', HTML 2/3.2's Latin-1
// names also without), a reference to no character dropped, NUL read as a
// space, other C0 controls and U+FFFE/U+FFFF dropped.
void AppendDecodedText(std::string_view raw, std::string& out);

// Appends a script's content as libxml2 reads it: no references; NUL, the
// controls and U+FFFE/U+FFFF as in text.
void AppendScriptText(std::string_view raw, std::string& out);

}  // namespace dragoman::extract
