// Article metadata: title, outlet, original outlet, authors, canonical URL and
// publication date (value, precision, evidence), from HTML and from plain text.
//
// Who calls what: the extract stage (extractor.cc) parses HTML with gumbo and
// calls FillHtmlMetadata; for scraped plain text it calls FillTextMetadata
// after the body and boilerplate are set. Both functions are pure with respect
// to their inputs and safe to call from several threads at once.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/article.h"
#include "extract/text_body.h"

namespace dragoman {

// Fills title, outlet, authors, published (and source.url when canonical) from
// the parsed page. Leaves fields the page gives no evidence for untouched,
// except that container metadata in `doc` (feed/JSONL title, outlet, authors,
// published) is used when the page has nothing better.
void FillHtmlMetadata(const GumboOutput* dom, const RawDocument& doc, Article& article);

// Plain text as scraped: headline line, "(MENAFN)"/"(AFP)" markers, datelines,
// "date 2024-04-03" lines, ids embedding dates, "originally published on X",
// "Source : URL". Reads the raw bytes and the article's text and boilerplate.
void FillTextMetadata(const RawDocument& doc, Article& article);
// The same for a caller that has `raw`, doc.bytes as valid UTF-8 (repaired
// where it was not), and its lines as extract::SplitSourceLines(raw) gives
// them, with the folds it knows (ExtractTextBody makes them).
void FillTextMetadata(const RawDocument& doc, std::string_view raw, Article& article, extract::SourceLines lines);

// The publication date of a parsed HTML page alone (what FillHtmlMetadata
// puts in `published`), for `dragoman eval date`. `url` may be empty.
std::optional<PublishedDate> FindHtmlPublishedDate(const GumboOutput* dom, std::string_view url);

// Removes a site name from a page title: "Headline | Site", "Site - Headline",
// "Headline – Site". `site` (may be empty) helps choose which side to drop.
std::string StripSiteFromTitle(std::string_view title, std::string_view site);

// Cleans one author string: drops "By"/"Par"/"Von"/"Por", dates, "| Reuters",
// e-mail addresses and surrounding punctuation. Empty when nothing is left.
std::string CleanAuthor(std::string_view raw);

// A readable outlet name from a host: "www.rtl.be" -> "rtl.be".
std::string OutletFromHost(std::string_view host);

}  // namespace dragoman
