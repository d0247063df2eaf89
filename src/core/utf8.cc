#include "dragoman/utf8.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/utf8_fold.h"

namespace dragoman {

char32_t DecodeUtf8(std::string_view s, size_t& i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) { ++i; return c; }
  int len = 0;
  char32_t cp = 0, min = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
  else { ++i; return 0xFFFD; }
  if (i + len > n) { ++i; return 0xFFFD; }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = p[i + k];
    if ((cc & 0xC0) != 0x80) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { ++i; return 0xFFFD; }
  i += len;
  return cp;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Advances `i` over whole 8-byte words of ASCII: most of most pages.
static void SkipAsciiWords(std::string_view s, size_t& i) {
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) return;
    i += 8;
  }
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    SkipAsciiWords(s, i);
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    size_t before = i;
    char32_t cp = DecodeUtf8(s, i);
    if (cp == 0xFFFD && !(i - before == 3 && s.substr(before, 3) == "\xEF\xBF\xBD")) return false;
  }
  return true;
}

std::string RepairUtf8(std::string_view s) {
  // Valid stretches are copied whole; each byte that starts no valid sequence
  // becomes U+FFFD (a U+FFFD in the input is rewritten as the same bytes).
  std::string out;
  out.reserve(s.size());
  size_t i = 0, copied = 0;
  while (i < s.size()) {
    SkipAsciiWords(s, i);
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    size_t before = i;
    if (DecodeUtf8(s, i) == 0xFFFD) {
      out.append(s.substr(copied, before - copied));
      AppendUtf8(out, 0xFFFD);
      copied = i;
    }
  }
  out.append(s.substr(copied));
  return out;
}

namespace {

// Appends the fold of `run` (valid UTF-8) by utf8proc: NFKC, case fold,
// marks stripped; typographic apostrophes become the ASCII one so l’OTAN
// matches l'OTAN.
void AppendFoldedByUtf8proc(std::string_view run, std::string& out) {
  utf8proc_uint8_t* mapped = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                                UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(run.data()),
                                    static_cast<utf8proc_ssize_t>(run.size()), &mapped, options);
  if (n < 0) {
    out.append(run);
    return;
  }
  std::string_view result(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  for (size_t i = 0; i < result.size();) {
    if (result.compare(i, 3, "\xE2\x80\x99") == 0 || result.compare(i, 3, "\xE2\x80\x98") == 0) {
      out += '\'';
      i += 3;
    } else {
      out += result[i++];
    }
  }
  std::free(mapped);
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The index of the first byte >= 0x80 at or after `i`, or s.size().
size_t NextNonAscii(std::string_view s, size_t i) {
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Appends ASCII `s` lower-cased.
void AppendAsciiLower(std::string_view s, std::string& out) {
  size_t at = out.size();
  out.append(s);
  for (char* c = out.data() + at; c != out.data() + out.size(); ++c)
    if (static_cast<unsigned char>(*c - 'A') < 26) *c = static_cast<char>(*c + ('a' - 'A'));
}

// The fold of single code points that a word can be folded from one by one:
// U+0080..U+07FF (Latin-1, Latin Extended, IPA, combining marks, Greek,
// Cyrillic, Armenian, Hebrew, Arabic...) and U+2000..U+206F (general
// punctuation: dashes, quotes, ellipsis, spaces). Marks are stripped before
// utf8proc composes, which leaves only Hangul jamo to compose, none of them
// in these ranges: the fold of a word made of these code points is the
// concatenation of their folds (`Utf8.TableFoldMatchesUtf8procOnPairs`). Each
// fold is computed once, by utf8proc itself.
class SingleFoldTable {
 public:
  static const SingleFoldTable& Get() {
    static const SingleFoldTable kTable;
    return kTable;
  }
  // True when `cp` is in the table; its fold is then appended to `out`.
  bool Append(char32_t cp, std::string& out) const {
    const Slot* slot = nullptr;
    if (cp >= 0x80 && cp < 0x800) slot = &two_byte_[cp - 0x80];
    else if (cp >= 0x2000 && cp < 0x2070) slot = &punctuation_[cp - 0x2000];
    if (!slot || slot->size == Slot::kNone) return false;
    out.append(slot->bytes, slot->size);
    return true;
  }

 private:
  struct Slot {
    static constexpr uint8_t kNone = 0xFF;
    uint8_t size = kNone;
    char bytes[15];
  };
  static void Fill(char32_t cp, Slot& slot) {
    std::string one, folded;
    AppendUtf8(one, cp);
    AppendFoldedByUtf8proc(one, folded);
    if (folded.size() > sizeof slot.bytes) return;  // left to utf8proc
    slot.size = static_cast<uint8_t>(folded.size());
    folded.copy(slot.bytes, folded.size());
  }
  SingleFoldTable() {
    for (char32_t cp = 0x80; cp < 0x800; ++cp) Fill(cp, two_byte_[cp - 0x80]);
    for (char32_t cp = 0x2000; cp < 0x2070; ++cp) Fill(cp, punctuation_[cp - 0x2000]);
  }
  Slot two_byte_[0x800 - 0x80];
  Slot punctuation_[0x2070 - 0x2000];
};

// Appends the fold of `word` (valid UTF-8, no ASCII white space) from the
// table; false, with `out` as it was, when a code point is not in it.
bool AppendFoldedByTable(std::string_view word, std::string& out) {
  const SingleFoldTable& table = SingleFoldTable::Get();
  size_t mark = out.size();
  for (size_t i = 0; i < word.size();) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      ++i;
      continue;
    }
    if (!table.Append(DecodeUtf8(word, i), out)) {
      out.resize(mark);
      return false;
    }
  }
  return true;
}

}  // namespace

std::string FoldForMatchByUtf8proc(std::string_view s) {
  std::string repaired;
  if (!IsValidUtf8(s)) {
    repaired = RepairUtf8(s);
    s = repaired;
  }
  std::string out;
  AppendFoldedByUtf8proc(s, out);
  return out;
}

std::string FoldForMatch(std::string_view s) {
  std::string repaired;
  // An ASCII head is valid UTF-8 and ends on a character boundary: only the
  // rest needs checking (nothing, for all-ASCII text).
  size_t first_other = NextNonAscii(s, 0);
  if (first_other < s.size() && !IsValidUtf8(s.substr(first_other))) {
    repaired = RepairUtf8(s);
    s = repaired;
  }
  // Word by word (words end at ASCII white space, which folding leaves as it
  // is): an all-ASCII word, most words of most news, only needs lower-casing
  // (NFKC leaves ASCII as it is); a word of Latin, Greek, Cyrillic, Arabic...
  // letters and punctuation is folded code point by code point from a table
  // (SingleFoldTable); the others go through utf8proc whole, so a letter and
  // the combining marks after it are folded together.
  // ASCII text up to the word that holds the next other byte is lower-cased
  // in bulk.
  std::string out;
  out.reserve(s.size() + 8);
  size_t i = 0;
  while (i < s.size()) {
    size_t other = NextNonAscii(s, i);
    if (other == s.size()) {
      AppendAsciiLower(s.substr(i), out);
      break;
    }
    size_t word = other;
    while (word > i && !IsAsciiSpace(s[word - 1])) --word;
    AppendAsciiLower(s.substr(i, word - i), out);
    size_t end = other;
    while (end < s.size() && !IsAsciiSpace(s[end])) ++end;
    std::string_view w = s.substr(word, end - word);
    if (!AppendFoldedByTable(w, out)) AppendFoldedByUtf8proc(w, out);
    i = end;
  }
  return out;
}

namespace {

// The code points of the BMP from U+0300 up that NFC never changes and that
// never combine with what comes before them (NFC_Quick_Check=Yes, canonical
// combining class 0): text splits before each of them into pieces that NFC
// normalizes one by one. Built from ICU's data on first use (8 KiB).
class NfcStarters {
 public:
  NfcStarters() {
    for (UChar32 c = 0; c < 0x10000; ++c)
      if (c < 0x300 || (u_getCombiningClass(c) == 0 &&
                        u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES))
        bits_[static_cast<size_t>(c) >> 6] |= uint64_t{1} << (c & 63);
  }
  bool Has(uint32_t c) const { return c < 0x10000 && (bits_[c >> 6] >> (c & 63) & 1); }

 private:
  uint64_t bits_[0x10000 / 64] = {};
};

// The code point at p[i] (a lead byte >= 0xC0) and its length, or length 0
// when the sequence is cut short or malformed.
uint32_t DecodeAt(const unsigned char* p, size_t i, size_t n, size_t* len) {
  unsigned char b = p[i];
  size_t l = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  *len = 0;
  if (b >= 0xF8 || i + l > n) return 0;
  uint32_t c = b & (0x7F >> l);
  for (size_t k = 1; k < l; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) return 0;
    c = c << 6 | (p[i + k] & 0x3F);
  }
  *len = l;
  return c;
}

}  // namespace

bool IsNfc(std::string_view s) {
  // Code points below U+0300 all have NFC_Quick_Check=Yes and combining class
  // 0; in UTF-8 those are exactly the sequences whose lead byte is below 0xCC.
  // Above, a code point in the starter table needs no check either; the
  // others are checked by ICU with their piece of text: from the code point
  // before (which they may compose with) to the next starter.
  const NfcStarters* starters = nullptr;  // built when first needed
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0, n = s.size();
  const icu::Normalizer2* nfc = nullptr;
  for (;;) {
    // Eight bytes at a time while none has its two top bits set (>= 0xC0).
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & (w << 1) & 0x8080808080808080ULL) break;
      i += 8;
    }
    size_t stop = std::min(n, i + 8);
    while (i < stop && p[i] < 0xCC) ++i;
    if (i == n) return true;
    if (i == stop) continue;
    if (!starters) {
      static const NfcStarters* const kStarters = new NfcStarters();
      starters = kStarters;
    }
    size_t len = 0;
    uint32_t c = DecodeAt(p, i, n, &len);
    if (len && starters->Has(c)) {
      i += len;
      continue;
    }
    // A mark, a composing or changing character, or beyond the BMP.
    size_t from = i;
    if (from > 0) {
      --from;
      while (from > 0 && (p[from] & 0xC0) == 0x80) --from;
    }
    size_t to = len ? i + len : n;  // a malformed sequence: ICU reads the rest
    while (to < n) {
      if (p[to] < 0xCC) break;  // below U+0300 (or a stray continuation byte)
      size_t l = 0;
      uint32_t d = DecodeAt(p, to, n, &l);
      if (!l) {
        to = n;
        break;
      }
      if (starters->Has(d)) break;
      to += l;
    }
    if (!nfc) {
      UErrorCode err = U_ZERO_ERROR;
      nfc = icu::Normalizer2::getNFCInstance(err);
      if (U_FAILURE(err)) return true;  // no normalization data: leave text as is
    }
    UErrorCode err = U_ZERO_ERROR;
    bool yes = nfc->isNormalizedUTF8(icu::StringPiece(s.data() + from, static_cast<int32_t>(to - from)), err);
    if (U_SUCCESS(err) && !yes) return false;
    i = to;
  }
}

std::string ToNfc(std::string_view s) {
  if (IsNfc(s)) return std::string(s);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, err);
  if (U_FAILURE(err)) return std::string(s);
  return out;
}

}  // namespace dragoman
