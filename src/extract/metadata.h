// Article metadata: title, outlet, original outlet, authors, canonical URL and
// publication date (value, precision, evidence), from HTML and from plain text.
#pragma once

#include <gumbo.h>

#include "dragoman/article.h"

namespace dragoman {

// Fills title, outlet, authors, published (and source.url when canonical) from
// the parsed page. Leaves fields the page gives no evidence for untouched.
void FillHtmlMetadata(const GumboOutput* dom, const RawDocument& doc, Article& article);

// Plain text as scraped: headline line, "(MENAFN)"/"(AFP)" markers, datelines,
// "date 2024-04-03" lines, ids embedding dates, "originally published on X",
// "Source : URL". Reads the raw bytes and the article's text and boilerplate.
void FillTextMetadata(const RawDocument& doc, Article& article);

}  // namespace dragoman
