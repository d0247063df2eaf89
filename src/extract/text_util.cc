#include "extract/text_util.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>

#include "dragoman/utf8.h"

namespace dragoman::extract {

size_t SpaceAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0xC2) return 0;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    if (c1 == 0x80 && (c2 <= 0x8A || c2 == 0xAF)) return 3;  // U+2000..U+200A, U+202F
    if (c1 == 0x81 && c2 == 0x9F) return 3;                   // U+205F
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;  // U+3000
  return 0;
}

namespace {
// Invisible format characters a browser does not show: soft hyphen U+00AD,
// zero-width space U+200B, word joiner U+2060, BOM U+FEFF. Their length, or 0.
size_t InvisibleAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) return 2;
  if (i + 2 >= s.size()) return 0;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
  if (c == 0xE2 && c1 == 0x80 && c2 == 0x8B) return 3;
  if (c == 0xE2 && c1 == 0x81 && c2 == 0xA0) return 3;
  if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) return 3;
  return 0;
}
}  // namespace

namespace {
// Bytes that AppendCollapsed does not copy as they are: white space and
// control bytes, and the lead bytes of the multi-byte spaces and invisible
// characters (0xC2, 0xE2, 0xE3, 0xEF).
struct SpecialBytes {
  bool at[256] = {};
  constexpr SpecialBytes() {
    for (int c = 0; c <= ' '; ++c) at[c] = true;
    at[0xC2] = at[0xE2] = at[0xE3] = at[0xEF] = true;
  }
};
constexpr SpecialBytes kSpecial;
}  // namespace

void AppendCollapsed(std::string& out, std::string_view text, bool& pending_space) {
  size_t i = 0;
  while (i < text.size()) {
    size_t sp = SpaceAt(text, i);
    if (sp) {
      pending_space = true;
      i += sp;
      continue;
    }
    if (size_t inv = InvisibleAt(text, i)) {
      i += inv;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != '\n') out += ' ';
    pending_space = false;
    // Copy the run up to the next possible space byte.
    size_t j = i + 1;
    while (j < text.size()) {
      if (kSpecial.at[static_cast<unsigned char>(text[j])]) break;
      ++j;
    }
    out.append(text.data() + i, j - i);
    i = j;
  }
}

namespace {
constexpr uint64_t kHigh = 0x8080808080808080ULL;
constexpr uint64_t kSpaces = 0x2020202020202020ULL;

uint64_t Load8(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// The high bit of each byte of `w` that is an ASCII space (exact: no carry
// crosses bytes).
uint64_t SpaceBits(uint64_t w) {
  uint64_t x = w ^ kSpaces;  // a space becomes 0
  uint64_t t = ((x & ~kHigh) + ~kHigh) | x;
  return ~t & kHigh;
}
}  // namespace

bool IsCollapsed(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  // The rule, byte by byte: a space neither first, last nor followed by a
  // space; no other special byte that starts white space or an invisible
  // character.
  auto bytes_ok = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      unsigned char c = p[i];
      if (!kSpecial.at[c]) continue;  // the bytes AppendCollapsed copies
      if (c == ' ') {
        if (i == 0 || i + 1 == n || p[i + 1] == ' ') return false;
        continue;
      }
      if (SpaceAt(s, i) || InvisibleAt(s, i)) return false;
    }
    return true;
  };
  size_t i = 0;
  // Eight bytes at a time where they hold only ASCII from the space up: then
  // only spaces matter (none first or last, none next to another).
  for (; i + 8 <= n; i += 8) {
    uint64_t w = Load8(p + i);
    bool plain = ((w & kHigh) | ((w - kSpaces) & ~w & kHigh)) == 0;  // no byte >= 0x80 or < 0x20
    if (!plain) {
      if (!bytes_ok(i, i + 8)) return false;
      continue;
    }
    uint64_t sp = SpaceBits(w);
    if (sp == 0) continue;
    if (sp & (sp << 8)) return false;                  // two spaces in a row inside the eight
    if (p[i] == ' ' && (i == 0 || p[i - 1] == ' ')) return false;  // first, or after a space
    if (p[i + 7] == ' ' && (i + 8 == n || p[i + 8] == ' ')) return false;  // last, or before a space
  }
  return bytes_ok(i, n);
}

void CountCollapsed(std::string_view t, size_t& chars, size_t& words) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(t.data());
  const size_t n = t.size();
  size_t continuation = 0, spaces = 0, i = 0;
  // Per-byte counts (0 or 1 in each byte lane) summed in two words and added
  // up every 31 blocks, before a lane or the total of the lanes passes 255.
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  uint64_t lane_cont = 0, lane_spaces = 0;
  int blocks = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w = Load8(p + i);
    lane_cont += (w & ~(w << 1) & kHigh) >> 7;  // bytes 10xxxxxx
    lane_spaces += SpaceBits(w) >> 7;
    if (++blocks == 31) {
      continuation += static_cast<size_t>((lane_cont * kOnes) >> 56);
      spaces += static_cast<size_t>((lane_spaces * kOnes) >> 56);
      lane_cont = lane_spaces = 0;
      blocks = 0;
    }
  }
  continuation += static_cast<size_t>((lane_cont * kOnes) >> 56);
  spaces += static_cast<size_t>((lane_spaces * kOnes) >> 56);
  for (; i < n; ++i) {
    spaces += p[i] == ' ';
    continuation += (p[i] & 0xC0) == 0x80;
  }
  chars = n - continuation - spaces;
  words = spaces + 1;
}

std::string Collapse(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  AppendCollapsed(out, text, pending);
  return out;
}

std::string_view TrimView(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t sp = SpaceAt(s, b);
    if (!sp) break;
    b += sp;
  }
  size_t e = s.size();
  while (e > b) {
    // Step back over one code point and test it.
    size_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    if (SpaceAt(s, k) != e - k) break;
    e = k;
  }
  return s.substr(b, e - b);
}

size_t CountChars(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kSpecial.at[c]) {  // no space starts with this byte
      n += (c & 0xC0) != 0x80;
      ++i;
      continue;
    }
    size_t sp = SpaceAt(s, i);
    if (sp) {
      i += sp;
      continue;
    }
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
    ++i;
  }
  return n;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.size();) {
    size_t sp = kSpecial.at[static_cast<unsigned char>(s[i])] ? SpaceAt(s, i) : 0;
    if (sp) {
      in_word = false;
      i += sp;
    } else {
      if (!in_word) ++n;
      in_word = true;
      ++i;
    }
  }
  return n;
}

size_t CountCommas(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = kOnes * 0x80;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    // Eight bytes with no ',' and no byte from 0x80 up (so no start of the
    // other commas) are passed over at once; exact zero-byte test.
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      uint64_t x = w ^ (kOnes * ',');
      if ((w & kHigh) || ((x - kOnes) & ~x & kHigh)) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ',') {
      ++n;
    } else if (c != 0xEF && c != 0xE3 && c != 0xD8) {
      continue;  // no other comma starts with this byte
    } else if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) {
      ++n;  // U+FF0C full-width comma, U+3001 ideographic comma
      i += 2;
    } else if (s.compare(i, 2, "\xD8\x8C") == 0) {
      ++n;  // U+060C Arabic comma
      ++i;
    }
  }
  return n;
}

bool EndsLikeSentence(std::string_view s) {
  s = TrimView(s);
  // Skip closing quotes and brackets.
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']') {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && (s.substr(s.size() - 2) == "\xC2\xBB" || s.substr(s.size() - 2) == "\xC2\xAB")) {
      s.remove_suffix(2);  // » «
    } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);  // ” ’
    } else {
      break;
    }
    s = TrimView(s);
  }
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ';') return true;
  if (s.size() >= 3) {
    std::string_view t = s.substr(s.size() - 3);
    if (t == "\xE3\x80\x82" || t == "\xEF\xBC\x81" || t == "\xEF\xBC\x9F") return true;  // 。！？
  }
  if (s.size() >= 2 && s.substr(s.size() - 2) == "\xDB\x94") return true;  // Arabic full stop
  return false;
}

std::string BlockKey(std::string_view s) { return BlockKeyOfFold(FoldForMatch(TrimView(s))); }

std::string BlockKeyOfFold(std::string k) {
  if (!IsCollapsed(k)) k = Collapse(k);  // a fold may bring spaces: "¨" is " " plus a mark
  auto strip_tail = [&]() {
    bool changed = true;
    while (changed && !k.empty()) {
      changed = false;
      while (!k.empty() && (k.back() == ':' || k.back() == ' ' || k.back() == '.' || k.back() == '|' ||
                            k.back() == '>' || k.back() == '-' || k.back() == '!')) {
        k.pop_back();
        changed = true;
      }
      if (k.size() >= 3 && (k.compare(k.size() - 3, 3, "\xE2\x80\xA6") == 0 ||
                            k.compare(k.size() - 3, 3, "\xC2\xBB ") == 0)) {
        k.resize(k.size() - 3);
        changed = true;
      }
      if (k.size() >= 2 && k.compare(k.size() - 2, 2, "\xC2\xBB") == 0) {
        k.resize(k.size() - 2);
        changed = true;
      }
      // A trailing count: "(0)", "(12)", " 3".
      size_t e = k.size();
      if (e && k[e - 1] == ')') {
        size_t open = k.rfind('(');
        if (open != std::string::npos) {
          bool digits = open + 1 < e - 1;
          for (size_t i = open + 1; i + 1 < e; ++i) digits = digits && (k[i] >= '0' && k[i] <= '9');
          if (digits) {
            k.resize(open);
            changed = true;
          }
        }
      } else if (e && k[e - 1] >= '0' && k[e - 1] <= '9') {
        size_t i = e;
        while (i > 0 && k[i - 1] >= '0' && k[i - 1] <= '9') --i;
        if (i > 0 && k[i - 1] == ' ') {
          k.resize(i - 1);
          changed = true;
        }
      }
    }
  };
  // A block wrapped whole in brackets: "(Credit: Jane Doe)", "[Anzeige]".
  if (k.size() >= 2 && ((k.front() == '(' && k.back() == ')' && k.find(')') == k.size() - 1) ||
                        (k.front() == '[' && k.back() == ']' && k.find(']') == k.size() - 1))) {
    k = std::string(TrimView(std::string_view(k).substr(1, k.size() - 2)));
  }
  strip_tail();
  // A leading count: "0 comments", "12 Kommentare".
  size_t i = 0;
  while (i < k.size() && k[i] >= '0' && k[i] <= '9') ++i;
  if (i > 0 && i < k.size() && k[i] == ' ') k.erase(0, i + 1);
  // Leading bullets and arrows.
  while (!k.empty() && (k[0] == '>' || k[0] == '-' || k[0] == '|' || k[0] == ' ')) k.erase(0, 1);
  return k;
}

bool HasNoLetters(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp = DecodeUtf8(s, i);
    if (u_isalpha(static_cast<UChar32>(cp))) return false;
  }
  return true;
}

}  // namespace dragoman::extract
