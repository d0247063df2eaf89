// Small string helpers shared by the metadata modules (metadata.cc,
// meta_text.cc). Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dragoman::meta {

// Collapses runs of whitespace (ASCII and NBSP) into one space and trims.
std::string Collapse(std::string_view s);
// ASCII lower case.
std::string Lower(std::string_view s);
// At most `n` bytes of `s`, cut on a UTF-8 boundary, with "..." when cut.
std::string Clip(std::string_view s, size_t n);

// Folded (FoldForMatch) phrases that introduce a publication date ("published
// on", "publie le", "veroffentlicht am", ...) or a modification date.
const std::vector<std::string>& PublishedPhrases();
const std::vector<std::string>& ModifiedPhrases();

// True when folded text `before` ends with one of `phrases`, allowing ":",
// ",", "-", whitespace and a weekday name between the phrase and the end.
// `found` receives the phrase.
bool EndsWithPhrase(std::string_view before, const std::vector<std::string>& phrases, std::string* found);

}  // namespace dragoman::meta
