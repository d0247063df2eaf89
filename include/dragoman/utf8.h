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
// Decodes one code point at s[i], advances i; returns U+FFFD on a bad sequence.
char32_t DecodeUtf8(std::string_view s, size_t& i);
void AppendUtf8(std::string& out, char32_t cp);
// Lower-case and strip diacritics ("Séjourné" -> "sejourne"); used for matching.
std::string FoldForMatch(std::string_view s);

}  // namespace dragoman
