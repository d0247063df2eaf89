#include "core/article_id.h"

#include <xxhash.h>

#include "dragoman/utf8.h"

namespace dragoman {

static bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Appends the fold of `s` with its runs of white space made one space and
// none at either end, a run of other bytes at a time.
static void AppendNormalized(std::string_view s, std::string& out) {
  std::string folded = FoldForMatch(s);
  const char* p = folded.data();
  const char* end = p + folded.size();
  bool first = true;
  while (p != end) {
    while (p != end && IsAsciiSpace(*p)) ++p;
    if (p == end) break;
    const char* word = p;
    while (p != end && !IsAsciiSpace(*p)) ++p;
    if (!first) out += ' ';
    out.append(word, p);
    first = false;
  }
}

uint64_t ContentHash(std::string_view title, std::string_view text) {
  std::string n;
  n.reserve(title.size() + text.size() + 8);
  AppendNormalized(title, n);
  n += '\x1f';
  AppendNormalized(text, n);
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
