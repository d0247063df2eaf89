#include "core/article_id.h"

#include <xxhash.h>

#include <algorithm>
#include <string>

#include "dragoman/utf8.h"

namespace dragoman {

// The ASCII white space that separates words for the id: space, \n, \t, \r.
struct IdSpaces {
  bool at[256] = {};
  constexpr IdSpaces() { at[' '] = at['\n'] = at['\t'] = at['\r'] = true; }
};
constexpr IdSpaces kIdSpace;

// Writes the words of `folded` (runs of bytes other than that white space)
// at `out`, one space between two words, none before the first or after the
// last; returns the end of what it wrote (at most folded.size() bytes).
static char* WriteCompacted(char* out, std::string_view folded) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(folded.data());
  const unsigned char* end = p + folded.size();
  char* const begin = out;
  while (p != end) {
    while (p != end && kIdSpace.at[*p]) ++p;
    if (p == end) break;
    if (out != begin) *out++ = ' ';
    // Words are short: copied byte by byte while scanning them.
    while (p != end && !kIdSpace.at[*p]) *out++ = static_cast<char>(*p++);
  }
  return out;
}

uint64_t ContentHashOfFolds(std::string_view folded_title, std::string_view folded_text) {
  // The compacted title and text, written into one buffer per thread that
  // keeps its capacity: no copy of the folds and no allocation per article.
  thread_local std::string buffer;
  size_t most = folded_title.size() + 1 + folded_text.size();
  if (buffer.size() < most || buffer.size() > (4u << 20)) buffer = std::string(std::max<size_t>(most, 4096), '\0');
  char* out = WriteCompacted(buffer.data(), folded_title);
  *out++ = '\x1f';
  out = WriteCompacted(out, folded_text);
  return XXH3_64bits(buffer.data(), static_cast<size_t>(out - buffer.data()));
}

uint64_t ContentHash(std::string_view title, std::string_view text) {
  return ContentHashOfFolds(FoldForMatch(title), FoldForMatch(text));
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
