#include "dragoman/utf8.h"

#include <utf8proc.h>

#include <cstdlib>

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

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    size_t before = i;
    char32_t cp = DecodeUtf8(s, i);
    if (cp == 0xFFFD && !(i - before == 3 && s.substr(before, 3) == "\xEF\xBF\xBD")) return false;
  }
  return true;
}

std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { out += static_cast<char>(c); ++i; continue; }
    size_t before = i;
    char32_t cp = DecodeUtf8(s, i);
    if (cp == 0xFFFD) AppendUtf8(out, 0xFFFD);
    else out.append(s.substr(before, i - before));
  }
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

}  // namespace

std::string FoldForMatch(std::string_view s) {
  std::string repaired;
  if (!IsValidUtf8(s)) {
    repaired = RepairUtf8(s);
    s = repaired;
  }
  // Word by word (words end at ASCII white space, which folding leaves as it
  // is): an all-ASCII word, most words of most news, only needs lower-casing
  // (NFKC leaves ASCII as it is); the others go through utf8proc whole, so a
  // letter and the combining marks after it are folded together.
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (IsAsciiSpace(s[i])) {
      out += s[i++];
      continue;
    }
    size_t end = i;
    bool ascii = true;
    while (end < s.size() && !IsAsciiSpace(s[end])) ascii &= static_cast<unsigned char>(s[end++]) < 0x80;
    if (ascii) {
      for (size_t k = i; k < end; ++k) {
        char c = s[k];
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
    } else {
      AppendFoldedByUtf8proc(s.substr(i, end - i), out);
    }
    i = end;
  }
  return out;
}

}  // namespace dragoman
