// The article body of a parsed HTML page, separated from its boilerplate by
// structure and statistics (no site lists):
//  1. segmentation: the page is cut into text segments at block elements
//     (p, div, li, h1-h6, blockquote, pre, td, ...), each remembering the
//     element that owns it, its length, commas and linked characters;
//  2. cues: tags (nav, footer, aside, figcaption, form...), ARIA roles,
//     itemprop and class/id words (nav, menu, comment, share, social,
//     related, cookie, banner, ad, promo, newsletter, breadcrumb, caption...)
//     mark subtrees as boilerplate of a kind, or as likely content;
//  3. container: a readability-style score (commas and length of the
//     paragraphs below, class cues, link density) picks the best container,
//     joined by siblings that score well or read like paragraphs, then by
//     prose paragraphs up to four levels above it that come before its end,
//     sit under no boilerplate cue and in no link-dense branch (an article
//     split over sibling blocks: a lead in the header block, text cut by an
//     ad box);
//  4. filtering inside the container: boilerplate-cue subtrees, clusters of
//     links, short paragraphs that are mostly one link (teasers), lexicon
//     phrases ("Related Articles", "Lire aussi", picture credits) and their
//     trailing sections are removed; the article ends at the first block of
//     boilerplate after most of its text when what follows is small, and
//     headings or colon lines left at its end go with what they introduced;
//  5. JSON-LD articleBody replaces the result when the DOM gives much less.
// Everything removed is returned as boilerplate with its kind, in page order.
// Pure function of its inputs; thread-safe.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/status.h"
#include "extract/boilerplate_lexicon.h"

namespace dragoman::extract {

struct HtmlBody {
  std::string text;  // paragraphs joined by "\n\n" (list items by "\n")
  std::vector<BoilerplateBlock> boilerplate;
  std::string method;  // "container", "container+json-ld", "json-ld", "page": how the body was found
};

struct HtmlBodyOptions {
  // Removed text kept per boilerplate block and in all; the rest is cut with "…".
  size_t max_block_bytes = 1000;
  size_t max_blocks = 200;
};

// NoContent("no article found") when the page holds no body text (a page that
// is all navigation, an empty page).
Result<HtmlBody> ExtractHtmlBody(const GumboOutput* dom, const BoilerplateLexicon& lexicon,
                                 const HtmlBodyOptions& options = {});

}  // namespace dragoman::extract
