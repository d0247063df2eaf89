#include "read/charset.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "dragoman/utf8.h"

namespace dragoman::read {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Case-insensitive find of an ASCII lower-case `needle` in `hay` from `from`.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from = 0) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if (Lower(hay[i]) != needle[0]) continue;
    size_t k = 1;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == ':';
}

// Reads "charset = value" starting at the "charset" keyword at `at`.
std::string ValueAfterKeyword(std::string_view s, size_t at, size_t keyword_length) {
  size_t i = at + keyword_length;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  if (i >= s.size() || s[i] != '=') return "";
  ++i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '"' || s[i] == '\'')) ++i;
  size_t start = i;
  while (i < s.size() && IsLabelChar(s[i])) ++i;
  return std::string(s.substr(start, i - start));
}

// Eight bytes at a time: none high, none 0x1b. (A zero byte of x ^ 0x1b..1b
// is found with the usual has-zero-byte test, which can only err towards
// "maybe": the bytes are then looked at one by one.)
bool HasHighBytes(std::string_view s) {
  size_t i = 0;
  constexpr uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL, kEsc = 0x1b1b1b1b1b1b1b1bULL;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    uint64_t x = w ^ kEsc;
    if ((w & kHigh) || ((x - kOnes) & ~x & kHigh)) break;
  }
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80 || c == 0x1b) return true;  // 0x1b: ISO-2022 escapes
  }
  return false;
}

// Counts well-formed multi-byte sequences and ill-formed bytes.
void CountUtf8(std::string_view s, size_t* valid_multibyte, size_t* invalid) {
  *valid_multibyte = 0;
  *invalid = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      // ASCII eight bytes at a time.
      while (i + 8 <= s.size()) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
      }
      continue;
    }
    size_t before = i;
    char32_t cp = DecodeUtf8(s, i);
    if (cp == 0xFFFD && i - before != 3) {
      ++*invalid;
    } else {
      ++*valid_multibyte;
    }
  }
}

bool IsSingleByteCharset(std::string_view cs) {
  std::string l = ToLower(cs);
  return l.rfind("windows-125", 0) == 0 || l.rfind("iso-8859-", 0) == 0 || l.rfind("koi8", 0) == 0 ||
         l.rfind("cp125", 0) == 0 || l == "ibm866" || l == "macintosh" || l.rfind("x-mac", 0) == 0;
}

// cp1252's bytes 0x80-0x9F, by code point.
int Cp1252Byte(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);  // Latin-1 (and C1 controls)
  switch (cp) {
    case 0x20AC: return 0x80;
    case 0x201A: return 0x82;
    case 0x0192: return 0x83;
    case 0x201E: return 0x84;
    case 0x2026: return 0x85;
    case 0x2020: return 0x86;
    case 0x2021: return 0x87;
    case 0x02C6: return 0x88;
    case 0x2030: return 0x89;
    case 0x0160: return 0x8A;
    case 0x2039: return 0x8B;
    case 0x0152: return 0x8C;
    case 0x017D: return 0x8E;
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2022: return 0x95;
    case 0x2013: return 0x96;
    case 0x2014: return 0x97;
    case 0x02DC: return 0x98;
    case 0x2122: return 0x99;
    case 0x0161: return 0x9A;
    case 0x203A: return 0x9B;
    case 0x0153: return 0x9C;
    case 0x017E: return 0x9E;
    case 0x0178: return 0x9F;
    default: return -1;
  }
}

// Length of the well-formed UTF-8 sequence that starts `b[i..]`, 0 when none.
size_t Utf8SequenceAt(const std::vector<unsigned char>& b, size_t i) {
  unsigned char c = b[i];
  size_t len = 0;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c >= 0xE0 && c <= 0xEF) len = 3;
  else if (c >= 0xF0 && c <= 0xF4) len = 4;
  else return 0;
  if (i + len > b.size()) return 0;
  std::string tmp(b.begin() + static_cast<long>(i), b.begin() + static_cast<long>(i + len));
  size_t j = 0;
  char32_t cp = DecodeUtf8(tmp, j);
  return (cp != 0xFFFD && j == len) ? len : 0;
}

}  // namespace

std::string NormalizeCharset(std::string_view label) {
  std::string l = ToLower(label);
  // Trim spaces and quotes.
  size_t a = l.find_first_not_of(" \t\r\n\"'");
  size_t b = l.find_last_not_of(" \t\r\n\"'");
  if (a == std::string::npos) return "";
  l = l.substr(a, b - a + 1);
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8") return "UTF-8";
  // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean cp1252.
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "iso_8859-1" || l == "latin1" || l == "latin-1" || l == "l1" ||
      l == "ascii" || l == "us-ascii" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252" || l == "cp819" ||
      l == "ibm819" || l == "iso-ir-100") {
    return "windows-1252";
  }
  if (l == "iso-8859-9" || l == "latin5" || l == "iso8859-9") return "windows-1254";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb18030" || l == "chinese" || l == "csgb2312") return "GB18030";
  if (l == "shift_jis" || l == "shift-jis" || l == "sjis" || l == "x-sjis" || l == "ms_kanji" || l == "windows-31j" ||
      l == "csshiftjis" || l == "ms932") {
    return "Shift_JIS";
  }
  if (l == "utf-16" || l == "utf-16le" || l == "utf16") return "UTF-16LE";
  if (l == "utf-16be") return "UTF-16BE";
  if (l == "koi8-r" || l == "koi8r" || l == "koi") return "KOI8-R";
  if (l == "iso-8859-15" || l == "latin9" || l == "latin-9") return "ISO-8859-15";
  return l;
}

std::string CharsetFromBom(std::string_view s, size_t* bom_length) {
  auto u = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  *bom_length = 0;
  if (s.size() >= 3 && u(0) == 0xEF && u(1) == 0xBB && u(2) == 0xBF) {
    *bom_length = 3;
    return "UTF-8";
  }
  if (s.size() >= 4 && u(0) == 0xFF && u(1) == 0xFE && u(2) == 0 && u(3) == 0) {
    *bom_length = 4;
    return "UTF-32LE";
  }
  if (s.size() >= 4 && u(0) == 0 && u(1) == 0 && u(2) == 0xFE && u(3) == 0xFF) {
    *bom_length = 4;
    return "UTF-32BE";
  }
  if (s.size() >= 2 && u(0) == 0xFF && u(1) == 0xFE) {
    *bom_length = 2;
    return "UTF-16LE";
  }
  if (s.size() >= 2 && u(0) == 0xFE && u(1) == 0xFF) {
    *bom_length = 2;
    return "UTF-16BE";
  }
  return "";
}

std::string CharsetFromContentType(std::string_view content_type) {
  size_t at = FindNoCase(content_type, "charset");
  if (at == std::string_view::npos) return "";
  return ValueAfterKeyword(content_type, at, 7);
}

std::string CharsetFromMeta(std::string_view html) {
  std::string_view head = html.substr(0, 4096);
  // An XML declaration (XHTML) comes first when present.
  if (head.substr(0, 5) == "<?xml") {
    size_t end = head.find("?>");
    size_t at = FindNoCase(head.substr(0, end), "encoding");
    if (at != std::string_view::npos) {
      std::string v = ValueAfterKeyword(head, at, 8);
      if (!v.empty()) return v;
    }
  }
  size_t pos = 0;
  while ((pos = FindNoCase(head, "<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    std::string_view tag = head.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    size_t at = FindNoCase(tag, "charset");
    while (at != std::string_view::npos) {
      std::string v = ValueAfterKeyword(tag, at, 7);
      if (!v.empty()) return v;
      at = FindNoCase(tag, "charset", at + 7);
    }
    pos += 5;
  }
  return "";
}

std::string DetectCharsetByContent(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  if (!ud) return "";
  std::string_view sample = bytes.substr(0, 64 << 10);
  std::string result;
  if (uchardet_handle_data(ud, sample.data(), sample.size()) == 0) {
    uchardet_data_end(ud);
    const char* cs = uchardet_get_charset(ud);
    if (cs) result = cs;
  }
  uchardet_delete(ud);
  return result;
}

Result<std::string> ConvertToUtf8(std::string_view bytes, std::string_view charset) {
  std::string name(charset);
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(name.c_str(), &err);
  if (U_FAILURE(err) || !cnv) return Status::InvalidArgument("unknown charset '" + name + "'");
  // A single input byte yields at most 3 UTF-8 bytes.
  std::string out(bytes.size() * 3 + 16, '\0');
  err = U_ZERO_ERROR;
  int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, cnv, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                                 static_cast<int32_t>(bytes.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    out.assign(static_cast<size_t>(n) + 1, '\0');
    err = U_ZERO_ERROR;
    ucnv_reset(cnv);
    n = ucnv_toAlgorithmic(UCNV_UTF8, cnv, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  }
  ucnv_close(cnv);
  if (U_FAILURE(err) && err != U_STRING_NOT_TERMINATED_WARNING) {
    return Status::Corruption("cannot convert from " + name + ": " + u_errorName(err));
  }
  out.resize(static_cast<size_t>(n));
  return out;
}

size_t RepairMojibake(std::string* utf8) {
  const std::string& s = *utf8;
  // Fast exit: a mojibake sequence is a Latin-1 letter in U+00C2..U+00F4
  // (bytes C3 82..C3 B4) followed by a cp1252 character of 0x80..0xBF, which
  // is U+0080..U+00BF (C2 xx) or one of the cp1252 specials (C5, C6, CB or
  // E2 lead bytes). Real accented text ("é" then a letter) never matches.
  bool candidate = false;
  const char* data = s.data();
  size_t size = s.size();
  for (const char* p = static_cast<const char*>(std::memchr(data, 0xC3, size)); p;) {
    size_t i = static_cast<size_t>(p - data);
    if (i + 2 < size) {
      unsigned char n = static_cast<unsigned char>(s[i + 1]);
      unsigned char m = static_cast<unsigned char>(s[i + 2]);
      if (n >= 0x82 && n <= 0xB4 && (m == 0xC2 || m == 0xC5 || m == 0xC6 || m == 0xCB || m == 0xE2)) {
        candidate = true;
        break;
      }
    }
    p = i + 1 < size ? static_cast<const char*>(std::memchr(data + i + 1, 0xC3, size - i - 1)) : nullptr;
  }
  if (!candidate) return 0;

  std::string out;
  out.reserve(s.size());
  size_t fixed = 0;
  size_t i = 0;
  std::vector<unsigned char> run;        // cp1252 bytes of the current run
  std::vector<size_t> run_offsets;       // where each run char starts in s
  auto flush = [&](size_t run_end) {
    size_t k = 0;
    while (k < run.size()) {
      size_t len = Utf8SequenceAt(run, k);
      if (len >= 2) {
        out.append(reinterpret_cast<const char*>(run.data() + k), len);
        ++fixed;
        k += len;
      } else {
        size_t from = run_offsets[k];
        size_t to = k + 1 < run.size() ? run_offsets[k + 1] : run_end;
        out.append(s, from, to - from);
        ++k;
      }
    }
    run.clear();
    run_offsets.clear();
  };
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!run.empty()) flush(i);
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = DecodeUtf8(s, i);
    int b = Cp1252Byte(cp);
    if (b < 0) {
      if (!run.empty()) flush(start);
      out.append(s, start, i - start);
      continue;
    }
    run.push_back(static_cast<unsigned char>(b));
    run_offsets.push_back(start);
  }
  if (!run.empty()) flush(s.size());
  if (fixed > 0) *utf8 = std::move(out);
  return fixed;
}

DecodedText DecodeToUtf8(std::string bytes, std::string_view http_charset, bool html) {
  DecodedText d;
  size_t bom = 0;
  std::string charset = CharsetFromBom(bytes, &bom);
  if (!charset.empty()) {
    d.source = "bom";
  } else if (!http_charset.empty()) {
    charset = NormalizeCharset(http_charset);
    d.source = "http";
  }
  if (charset.empty() && html) {
    charset = NormalizeCharset(CharsetFromMeta(bytes));
    // A page cannot declare UTF-16 in ASCII-compatible bytes: browsers read
    // such a page as UTF-8.
    if (charset.rfind("UTF-16", 0) == 0 || charset.rfind("utf-16", 0) == 0) charset = "UTF-8";
    if (!charset.empty()) d.source = "meta";
  }
  if (bom > 0) bytes.erase(0, bom);

  bool high = HasHighBytes(bytes);
  if (!high && charset.rfind("UTF-16", 0) != 0 && charset.rfind("UTF-32", 0) != 0) {
    // Pure ASCII reads the same in every charset we would pick.
    d.text = std::move(bytes);
    if (std::memchr(d.text.data(), 0, d.text.size())) {
      d.text.erase(std::remove(d.text.begin(), d.text.end(), '\0'), d.text.end());
    }
    d.charset = charset.empty() ? "UTF-8" : charset;
    if (d.source.empty()) d.source = "default";
    return d;
  }
  bool known_valid = false;  // no need to check the result again
  if (charset.empty() || charset == "UTF-8" || IsSingleByteCharset(charset)) {
    size_t valid = 0, invalid = 0;
    CountUtf8(bytes, &valid, &invalid);
    if (invalid == 0 && valid > 0) {
      known_valid = true;
      // Well-formed multi-byte UTF-8 is no accident: it wins over a declared
      // single-byte charset (the usual cause of mojibake).
      if (charset != "UTF-8") d.source = charset.empty() ? "content" : "content (declared " + charset + ")";
      charset = "UTF-8";
    } else if (charset.empty() || charset == "UTF-8") {
      if (valid > 0 && valid >= invalid) {
        // Mostly UTF-8 with some broken bytes: keep it, repair below.
        if (charset.empty()) d.source = "content";
        charset = "UTF-8";
      } else {
        // Not UTF-8 whatever it says: ask the content.
        std::string guess = NormalizeCharset(DetectCharsetByContent(bytes));
        if (guess.empty()) guess = "windows-1252";
        d.source = charset.empty() ? "content" : "content (declared UTF-8 does not fit)";
        charset = guess;
      }
    }
  }
  if (charset == "UTF-8") {
    d.text = std::move(bytes);
  } else {
    auto converted = ConvertToUtf8(bytes, charset);
    if (!converted.ok()) {
      // A charset ICU does not know: let the content decide.
      std::string guess = NormalizeCharset(DetectCharsetByContent(bytes));
      if (guess.empty()) guess = "windows-1252";
      converted = ConvertToUtf8(bytes, guess);
      d.source = "content (unknown charset " + charset + ")";
      charset = guess;
    }
    if (converted.ok()) {
      d.text = std::move(converted.value());
      known_valid = true;  // ICU writes well-formed UTF-8
    } else {
      d.text = std::move(bytes);
      charset = "UTF-8";
    }
  }
  d.charset = charset;
  if (!known_valid && !IsValidUtf8(d.text)) {
    d.text = RepairUtf8(d.text);
    d.repaired_invalid = true;
  }
  d.mojibake_repaired = RepairMojibake(&d.text);
  // Stray NUL bytes (some pages carry a few) would end C strings downstream.
  if (std::memchr(d.text.data(), 0, d.text.size())) {
    d.text.erase(std::remove(d.text.begin(), d.text.end(), '\0'), d.text.end());
  }
  if (d.source.empty()) d.source = "default";
  return d;
}

}  // namespace dragoman::read
