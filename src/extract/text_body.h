// The article body of plain text as scraped from a page: every non-empty line
// is a block, classified as body or as boilerplate of a kind:
//  - breadcrumb: a line near the top that ends with (a truncated copy of) the
//    headline that follows it ("Home Politics Monitor <headline>");
//  - navigation: section labels (short lines repeated in the page or inside
//    the breadcrumb), lexicon labels ("Previous", "Accueil");
//  - caption: a short line repeated right after itself (photo captions);
//  - related / teaser: lexicon headings that open a trailing section
//    ("Related Articles") and everything after them, one-line teasers
//    ("Lire aussi: ...", "Article précédent...", "Suivez en direct ...");
//  - comment-count: "Comment (0)", "Comment:", a lone "0";
//  - tracking-id: one long token of letters and many digits (MENAFN...ID...);
//  - share, caption, other: lexicon phrases, "Source : URL", "This article
//    is originally published on X" (kept for the metadata reader), a leading
//    "date 2024-04-03" glued to the first paragraph.
// The headline line itself is returned apart (not body, not boilerplate).
// Body lines are never removed by a phrase unless they are short (at most 300
// characters), so body paragraphs are not lost. Pure function; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/article.h"
#include "extract/boilerplate_lexicon.h"

namespace dragoman::extract {

struct TextBody {
  std::string text;  // body paragraphs joined by "\n\n"
  std::string folded;  // FoldForMatch(text), built from the lines' folds (the article id reads it)
  std::vector<BoilerplateBlock> boilerplate;
  std::optional<std::string> headline;  // the headline line, when one was recognised
};

// The lines of a plain-text document as the text metadata reader reads them
// (FillTextMetadata): every line split at '\n' with its white space collapsed
// by meta::Collapse, empty ones left out; with FoldForMatch of the line where
// it is known (`folded[i]`), so that the reader need not fold it again.
struct SourceLines {
  std::vector<std::string> text;
  std::vector<std::string> fold;  // same size as `text`; meaningful where folded[i]
  std::vector<uint8_t> folded;
};

// The lines of `text` as above, without folds (what the reader does alone).
SourceLines SplitSourceLines(std::string_view text);

// When `source_lines` is given it receives SplitSourceLines(text) with the
// folds the classifier made (most lines), built from the classifier's own
// lines instead of splitting and collapsing the text a second time.
TextBody ExtractTextBody(std::string_view text, const BoilerplateLexicon& lexicon,
                         SourceLines* source_lines = nullptr);

}  // namespace dragoman::extract
