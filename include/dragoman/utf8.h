// Small UTF-8 helpers used across stages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dragoman {

// True when `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);
// Replaces every ill-formed sequence with U+FFFD.
std::string RepairUtf8(std::string_view s);
// True when valid UTF-8 `s` is in Unicode Normalization Form C (composed
// characters: "é" as one code point, not "e" + U+0301). Text below U+0300 is
// always NFC and is answered without a table lookup.
bool IsNfc(std::string_view s);
// `s` (valid UTF-8) in NFC. Text scraped on some systems arrives decomposed;
// the engine keeps every text it stores and matches in NFC so that names,
// searches and offsets agree whatever form the source used.
std::string ToNfc(std::string_view s);
// Decodes one code point at s[i], advances i; returns U+FFFD on a bad sequence.
char32_t DecodeUtf8(std::string_view s, size_t& i);
void AppendUtf8(std::string& out, char32_t cp);
// Lower-case and strip diacritics ("Séjourné" -> "sejourne"); used for matching.
std::string FoldForMatch(std::string_view s);

}  // namespace dragoman
