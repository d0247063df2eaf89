// A linear pre-pass over raw HTML before the parser sees it. It
//  - drops the contents of <script>, <style>, <noscript>, <template>, <svg>,
//    <math>, <iframe>, <object> and comments: the extractor never reads them,
//    and a parser's tokenizer spends much of its time in them. Kept are the
//    scripts the metadata reader reads: JSON-LD, and untyped or JSON scripts
//    that may carry a date (ScriptMayCarryDates);
//  - keeps only the attributes the extractor and the metadata reader use, on
//    the elements they use them on (class id role itemprop itemtype property
//    hidden content datetime pubdate anywhere; style when it may hide the
//    element; rel on <a> and <link>; href on <link>; type on <script>; name,
//    value and http-equiv on <meta>; lang on <html>; title on <abbr>; and
//    data-* names mentioning date, time, publish or author) and shortens
//    values over 2 KiB that are data: URIs (inline images);
//  - optionally takes text out of the markup (see TextTable): libxml2
//    copies attribute values and text character by character, which made
//    them its largest costs;
//  - writes the </div> end tags that a block's end tag implies in HTML5
//    ("<section><div>text</section>"): libxml2's parser would ignore the
//    block's end tag while a div opened inside it is open;
//  - bounds element nesting: start tags deeper than `max_depth` open elements
//    (and their matching end tags) are dropped, keeping their text. Gumbo's
//    tree builder scans its stack of open elements for every tag, so a page
//    nested 100,000 levels deep would otherwise take minutes.
// Pure function of its input; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dragoman::extract {

struct PrepassStats {
  size_t dropped_tags = 0;     // start and end tags removed by the depth bound
  size_t max_depth_seen = 0;   // deepest nesting met (counting dropped levels)
  size_t shortened_uris = 0;   // data: URIs cut short
};

// How the pre-pass treats an element, by its lower-case tag name (bits of
// TagClass). One table look-up by length and first letter replaces the ~50
// name comparisons per tag of the separate lists; exposed for its test.
enum TagClass : unsigned {
  kTagVoid = 1u << 0,           // no end tag (br, img, meta...)
  kTagClosesSame = 1u << 1,     // start closes an open one of the same name (p, li, td...)
  kTagClosesOpenDivs = 1u << 2, // end tag closes divs opened inside (section, ul...)
  kTagScopeBoundary = 1u << 3,  // end tags do not reach across (table, td, body...)
  kTagDropped = 1u << 4,        // content dropped (style, svg...; script unless JSON-LD)
  kTagRaw = 1u << 5,            // content copied raw (script, textarea, title, xmp)
  kTagDiv = 1u << 6,            // div
};
unsigned ClassifyTag(std::string_view lower_name);

// Whether a script's content may name a publication or creation date
// ("datePublished", "publishDate", "created"): the metadata reader's test for
// scripts other than JSON-LD, which the pre-pass keeps such scripts for.
bool ScriptMayCarryDates(std::string_view content);

// Whether the pre-pass keeps attribute `attribute` (lower case) of element
// `element` (lower case) with this raw value; exposed for its test.
bool KeepHtmlAttribute(std::string_view element, std::string_view attribute, std::string_view value);

// Text taken out of the markup. With a table, PrepassHtml stores there, by
// index, views of the page (or of static text, for a shortened data: URI):
//  - each kept attribute value, raw; the markup gets the index as the value
//    (class="17");
//  - each text run between tags that is not all white space, raw; the markup
//    gets kTextRunMark and the index;
//  - the content of each script it keeps; the markup gets kScriptTextMark and
//    the index.
// The tree builder (libxml_tree.h) puts the text back, decoded as libxml2
// decodes it, so that libxml2 reads the page's structure and a few digits
// instead of copying every character at some 100 instructions a byte.
// Valid while the page is.
using TextTable = std::vector<std::string_view>;

// The marks: U+FDD0 and U+FDD1, noncharacters that Unicode reserves for a
// program's internal use. The pre-pass writes U+FFFD for any the page has in
// the raw content it copies (<title>, <textarea>).
inline constexpr std::string_view kTextRunMark = "\xEF\xB7\x90";
inline constexpr std::string_view kScriptTextMark = "\xEF\xB7\x91";

// The length of the longest HTML 2/3.2 Latin-1 entity name that `rest` (the
// text after a '&') starts with, 0 if none: HTML5 decodes these without their
// ';' in text ("&nbsp", "&copy2024").
size_t LegacyEntityPrefix(std::string_view rest);

std::string PrepassHtml(std::string_view html, size_t max_depth = 256, PrepassStats* stats = nullptr,
                        TextTable* table = nullptr);

}  // namespace dragoman::extract
