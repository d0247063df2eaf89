#include "core/article_id.h"

#include <xxhash.h>

#include "dragoman/utf8.h"

namespace dragoman {

static std::string Normalize(std::string_view s) {
  std::string folded = FoldForMatch(s);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (char c : folded) {
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

uint64_t ContentHash(std::string_view title, std::string_view text) {
  std::string n = Normalize(title);
  n += '\x1f';
  n += Normalize(text);
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
