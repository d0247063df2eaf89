// Stable article ids derived from normalized content.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dragoman/article.h"

namespace dragoman {

// 64-bit hash of the folded, whitespace-collapsed text (title + body).
uint64_t ContentHash(std::string_view title, std::string_view text);
// The same hash from FoldForMatch(title) and FoldForMatch(text), for a caller
// that folded them already (the plain-text extractor folds each line once).
uint64_t ContentHashOfFolds(std::string_view folded_title, std::string_view folded_text);
// 16 lower-case hex digits of ContentHash.
std::string ArticleId(const Article& article);
std::string Hex64(uint64_t v);

}  // namespace dragoman
