#include "core/article_id.h"

#include <xxhash.h>

#include <cstring>
#include <utility>

#include "dragoman/utf8.h"

namespace dragoman {

static bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// `folded` with its runs of white space made one space and none at
// either end: the runs of other bytes are moved down in place.
static std::string Compacted(std::string folded) {
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

static uint64_t HashOfFolds(std::string folded_title, std::string folded_text) {
  std::string n = Compacted(std::move(folded_title));
  n += '\x1f';
  n += Compacted(std::move(folded_text));
  return XXH3_64bits(n.data(), n.size());
}

uint64_t ContentHashOfFolds(std::string_view folded_title, std::string_view folded_text) {
  return HashOfFolds(std::string(folded_title), std::string(folded_text));
}

uint64_t ContentHash(std::string_view title, std::string_view text) {
  return HashOfFolds(FoldForMatch(title), FoldForMatch(text));
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
