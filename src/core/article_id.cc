#include "core/article_id.h"

#include <xxhash.h>

#include <cstring>

#include "dragoman/utf8.h"

namespace dragoman {

static bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The fold of `s` with its runs of white space made one space and none at
// either end: the runs of other bytes are moved down in place.
static std::string Normalized(std::string_view s) {
  std::string folded = FoldForMatch(s);
  char* base = folded.data();
  const char* p = base;
  const char* end = p + folded.size();
  char* out = base;
  while (p != end) {
    while (p != end && IsAsciiSpace(*p)) ++p;
    if (p == end) break;
    const char* word = p;
    while (p != end && !IsAsciiSpace(*p)) ++p;
    if (out != base) *out++ = ' ';
    if (out != word) std::memmove(out, word, static_cast<size_t>(p - word));
    out += p - word;
  }
  folded.resize(static_cast<size_t>(out - base));
  return folded;
}

uint64_t ContentHash(std::string_view title, std::string_view text) {
  std::string n = Normalized(title);
  n += '\x1f';
  n += Normalized(text);
  return XXH3_64bits(n.data(), n.size());
}

std::string Hex64(uint64_t v) {
  static const char* kDigits = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[i] = kDigits[v & 0xF];
  return s;
}

std::string ArticleId(const Article& a) {
  return Hex64(ContentHash(a.title ? *a.title : std::string_view(), a.text));
}

}  // namespace dragoman
