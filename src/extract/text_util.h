// Small text helpers shared by the HTML and plain-text body extractors:
// whitespace collapsing, character counts and the "key" a block is compared
// by (folded, punctuation-trimmed). Stateless and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dragoman::extract {

// Length in bytes of the Unicode white space at s[i] (ASCII space, tab, CR,
// LF, FF, NBSP, the U+2000..U+200A spaces, U+202F, U+205F, U+3000);
// 0 when s[i] starts no white space.
size_t SpaceAt(std::string_view s, size_t i);

// Appends `text` to `out` with every run of white space turned into one
// space and invisible format characters (soft hyphen, zero-width space, word
// joiner, BOM) dropped; `pending_space` carries a run across calls (so text split over
// several DOM nodes collapses the same way). Never writes a leading space
// into an empty `out`.
void AppendCollapsed(std::string& out, std::string_view text, bool& pending_space);

// Collapses white space and trims both ends.
std::string Collapse(std::string_view text);

// True when Collapse(s) == s: no white space but single ASCII spaces between
// non-spaces, no invisible format characters.
bool IsCollapsed(std::string_view s);

// Trims ASCII and Unicode white space at both ends.
std::string_view TrimView(std::string_view s);

// Number of code points that are not white space.
size_t CountChars(std::string_view s);

// Number of words (runs of non-space code points).
size_t CountWords(std::string_view s);
// CountChars() and CountWords() of a collapsed, non-empty line (IsCollapsed)
// in one pass: its only white space is single ASCII spaces between words.
void CountCollapsed(std::string_view collapsed, size_t& chars, size_t& words);

// Commas (ASCII, full-width, ideographic, Arabic) in `s`.
size_t CountCommas(std::string_view s);

// True when the text ends like a sentence (. ! ? … ." ?» ...).
bool EndsLikeSentence(std::string_view s);

// The form a block is compared by: folded (lower case, no diacritics, ASCII
// apostrophes), white space collapsed, brackets around the whole block,
// trailing ":" "…" "..." and a trailing or leading count such as "(0)" or
// "12" removed.
std::string BlockKey(std::string_view s);
// BlockKey from FoldForMatch(TrimView(s)), for a caller that folded s already.
std::string BlockKeyOfFold(std::string folded);

// True when `s` has no letters at all (digits, punctuation, symbols only).
bool HasNoLetters(std::string_view s);

}  // namespace dragoman::extract
