// Language codes: every tag a source or a detector hands us ("en-US", "fre",
// "iw", "zh-Hant", "__label__fr", "French") becomes one code, ISO 639-1 when
// the language has one ("en"), ISO 639-3 otherwise ("ceb"), or "und".
//
// The ISO 639-3 table comes from Debian's iso-codes
// (/usr/share/iso-codes/json/iso_639-3.json), read once per process on first
// use (thread-safe). Without that file only two-letter codes and the handful
// of aliases written below are understood.
#pragma once

#include <string>
#include <string_view>

namespace dragoman {

// "en", "ceb" or "und". Case, region and script subtags are dropped
// ("pt-BR" -> "pt", "zh-Hant" -> "zh"); deprecated codes are replaced ("iw" ->
// "he", "in" -> "id", "ji" -> "yi", "jw" -> "jv", "mo" -> "ro"); Norwegian
// Bokmal "nb" becomes "no" (what both detectors say); members of a
// macrolanguage that news text cannot tell apart become the macrolanguage
// ("cmn" -> "zh", "arb" -> "ar", "pes" -> "fa", "zsm" -> "ms"). Unknown,
// undetermined or script-only tags ("un", "xx-Latn", "mul", "zxx") give "und".
std::string NormalizeLanguageTag(std::string_view tag);

// English name of a normalized code ("fr" -> "French"), or the code itself
// when the table does not know it.
std::string LanguageName(std::string_view code);

}  // namespace dragoman
