#include "read/sniff.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace dragoman::read {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// `needle` is lower case.
bool ContainsNoCase(std::string_view s, std::string_view needle) {
  if (s.size() < needle.size()) return false;
  const char first = needle[0];
  if (!(first >= 'a' && first <= 'z')) {
    // A first byte without case ('<'): memchr finds the candidates.
    const size_t last = s.size() - needle.size();
    for (size_t i = 0; i <= last; ++i) {
      const void* at = std::memchr(s.data() + i, first, last - i + 1);
      if (!at) return false;
      i = static_cast<size_t>(static_cast<const char*>(at) - s.data());
      if (StartsWithNoCase(s.substr(i), needle)) return true;
    }
    return false;
  }
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (Lower(s[i]) == first && StartsWithNoCase(s.substr(i), needle)) return true;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Extension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() > 3 && name.substr(name.size() - 3) == ".gz") name.remove_suffix(3);
  size_t dot = name.find_last_of('.');
  return dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
}

bool ExtensionIs(std::string_view path, std::initializer_list<std::string_view> exts) {
  std::string_view e = Extension(path);
  for (auto x : exts) {
    if (e.size() == x.size() && StartsWithNoCase(e, x)) return true;
  }
  return false;
}

// Known binary formats by magic number.
const char* BinaryKind(std::string_view h) {
  struct Magic {
    const char* bytes;
    size_t n;
    const char* name;
  };
  static const std::array<Magic, 12> kMagics = {{
      {"%PDF-", 5, "a PDF document"},
      {"\x89PNG", 4, "a PNG image"},
      {"\xFF\xD8\xFF", 3, "a JPEG image"},
      {"GIF8", 4, "a GIF image"},
      {"PK\x03\x04", 4, "a ZIP archive"},
      {"\x28\xB5\x2F\xFD", 4, "a zstd-compressed file (only gzip is undone)"},
      {"BZh", 3, "a bzip2-compressed file (only gzip is undone)"},
      {"\xFD" "7zXZ", 5, "an xz-compressed file (only gzip is undone)"},
      {"7z\xBC\xAF", 4, "a 7z archive"},
      {"\x7F" "ELF", 4, "an executable"},
      {"SQLite format 3", 15, "an SQLite database"},
      {"RIFF", 4, "a RIFF media file"},
  }};
  for (const auto& m : kMagics) {
    if (h.size() >= m.n && std::memcmp(h.data(), m.bytes, m.n) == 0) return m.name;
  }
  if (h.size() > 262 && std::memcmp(h.data() + 257, "ustar", 5) == 0) return "a tar archive";
  return nullptr;
}

// UTF-16 without a byte-order mark: mostly ASCII, so every other byte is 0.
std::string Utf16WithoutBom(std::string_view h) {
  size_t n = std::min<size_t>(h.size(), 4096) & ~size_t{1};
  if (n < 8) return "";
  size_t even_zero = 0, odd_zero = 0;
  for (size_t i = 0; i < n; i += 2) {
    if (h[i] == 0) ++even_zero;
    if (h[i + 1] == 0) ++odd_zero;
  }
  size_t pairs = n / 2;
  if (odd_zero * 10 >= pairs * 7 && even_zero * 20 <= pairs) return "UTF-16LE";
  if (even_zero * 10 >= pairs * 7 && odd_zero * 20 <= pairs) return "UTF-16BE";
  return "";
}

// Binary when more than 1% of the head is NUL or other control characters
// (real pages do carry a few stray NULs: they are not binary for that).
bool LooksBinary(std::string_view h) { return CountControlBytes(h) * 100 > h.size(); }

// Skips "<?...?>", "<!--...-->" and "<!DOCTYPE ...>" (with its internal
// subset); returns the position of the root element's '<', or npos.
// `*doctype` receives the doctype's text (lower-cased name part).
size_t FindRootElement(std::string_view s, std::string* doctype, bool* entities, bool* unterminated) {
  size_t i = 0;
  *entities = false;
  *unterminated = false;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i >= s.size()) return std::string_view::npos;
    if (s[i] != '<') return std::string_view::npos;
    std::string_view rest = s.substr(i);
    if (rest.substr(0, 2) == "<?") {
      size_t e = s.find("?>", i);
      if (e == std::string_view::npos) { *unterminated = true; return std::string_view::npos; }
      i = e + 2;
    } else if (rest.substr(0, 4) == "<!--") {
      size_t e = s.find("-->", i);
      if (e == std::string_view::npos) { *unterminated = true; return std::string_view::npos; }
      i = e + 3;
    } else if (StartsWithNoCase(rest, "<!doctype")) {
      size_t j = i + 9;
      int bracket = 0;
      size_t name_end = std::string_view::npos;
      for (; j < s.size(); ++j) {
        char c = s[j];
        if (c == '[') {
          if (name_end == std::string_view::npos) name_end = j;
          ++bracket;
        } else if (c == ']') {
          --bracket;
        } else if (c == '>' && bracket <= 0) {
          break;
        } else if (c == '<' && bracket > 0 && StartsWithNoCase(s.substr(j), "<!entity")) {
          *entities = true;
        }
      }
      if (name_end == std::string_view::npos) name_end = j;
      std::string_view dt = s.substr(i + 9, std::min(name_end, s.size()) - (i + 9));
      doctype->assign(dt.begin(), dt.end());
      for (char& c : *doctype) c = Lower(c);
      if (j >= s.size()) { *unterminated = true; return std::string_view::npos; }
      i = j + 1;
    } else {
      return i;
    }
  }
  return std::string_view::npos;
}

bool IsHtmlElement(std::string_view name) {
  static const char* kNames[] = {"html", "head", "body", "meta", "title", "div", "p", "article", "section", "main",
                                 "header", "nav", "span", "a", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                                 "link", "script", "style", "ul", "ol", "br", "img", "figure", "base", "noscript",
                                 "form", "iframe", "center", "font", "b", "i", "em", "strong", "footer"};
  for (const char* n : kNames) {
    if (name == n) return true;
  }
  return false;
}

Status JsonRejection(std::string_view h, bool whole) {
  // The first non-blank line decides: a complete object is JSON Lines; a lone
  // "{" (or a line that ends inside a structure) is a pretty-printed document.
  size_t start = 0;
  while (start < h.size() && IsSpace(h[start])) ++start;
  size_t nl = h.find('\n', start);
  if (nl == std::string_view::npos && !whole) return Status::OK();  // a long first line
  std::string_view line = h.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
  while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
  auto parsed = nlohmann::json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_discarded() && parsed.is_object()) {
    if (!parsed.contains("text") && !parsed.contains("html")) {
      return Status::Unsupported(
          "JSON Lines whose first record has neither \"text\" nor \"html\": not an article file");
    }
    return Status::OK();
  }
  char last = line.empty() ? '{' : line.back();
  if (nl != std::string_view::npos && (last == '{' || last == '[' || last == ',' || last == ':')) {
    return Status::Unsupported(
        "a JSON document spread over several lines, not JSON Lines (one article object per line)");
  }
  if (nl == std::string_view::npos && whole) {
    // A single-line file that is not an object: let the JSONL reader say why.
    return Status::OK();
  }
  return Status::OK();
}

}  // namespace

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText: return "txt";
    case Format::kHtml: return "html";
    case Format::kWarc: return "warc";
    case Format::kRss: return "rss";
    case Format::kAtom: return "atom";
    case Format::kJsonl: return "jsonl";
  }
  return "txt";
}

bool XmlDeclaresEntities(std::string_view head) {
  std::string doctype;
  bool entities = false, unterminated = false;
  FindRootElement(head, &doctype, &entities, &unterminated);
  return entities || (unterminated && !doctype.empty());
}

size_t CountControlBytes(std::string_view h) {
  // Bit c set: control character c counts (all below 0x20 but \t \n \v \f \r and ESC).
  constexpr uint32_t kCounted = ~((1u << '\t') | (1u << '\n') | (1u << '\v') | (1u << '\f') | (1u << '\r') | (1u << 0x1b));
  auto count = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; ++i) {
      unsigned char c = static_cast<unsigned char>(h[i]);
      n += c < 0x20 ? (kCounted >> c) & 1 : 0;
    }
    return n;
  };
  // Eight bytes at a time: a block with no byte below 0x20 (exact test: the
  // lowest such byte borrows, and its top bit is clear) adds nothing.
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  size_t control = 0, i = 0;
  for (; i + 8 <= h.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, h.data() + i, 8);
    if (((w - kOnes * 0x20) & ~w & kOnes * 0x80) == 0) continue;
    control += count(i, i + 8);
  }
  return control + count(i, h.size());
}

SniffResult SniffFormat(std::string_view h, bool whole, std::string_view path) {
  SniffResult r;
  if (h.empty()) {
    r.rejection = Status::NoContent("empty file");
    return r;
  }
  // Byte-order marks of wide encodings first: the bytes must be converted.
  auto u = [&](size_t i) { return static_cast<unsigned char>(h[i]); };
  if (h.size() >= 2 && ((u(0) == 0xFF && u(1) == 0xFE) || (u(0) == 0xFE && u(1) == 0xFF))) {
    if (h.size() >= 4 && u(0) == 0xFF && u(2) == 0 && u(3) == 0) r.transcode_from = "UTF-32LE";
    else r.transcode_from = u(0) == 0xFF ? "UTF-16LE" : "UTF-16BE";
    return r;
  }
  if (h.size() >= 4 && u(0) == 0 && u(1) == 0 && u(2) == 0xFE && u(3) == 0xFF) {
    r.transcode_from = "UTF-32BE";
    return r;
  }
  if (h.substr(0, 7) == "WARC/1." || h.substr(0, 7) == "WARC/0.") {
    r.format = Format::kWarc;
    return r;
  }
  if (const char* kind = BinaryKind(h)) {
    r.rejection = Status::Unsupported(std::string("binary file (") + kind + "), not a news format");
    return r;
  }
  std::string wide = Utf16WithoutBom(h);
  if (!wide.empty()) {
    r.transcode_from = wide;
    return r;
  }
  if (LooksBinary(h)) {
    r.rejection = Status::Unsupported("binary file, not a news format");
    return r;
  }
  size_t start = 0;
  if (h.size() >= 3 && u(0) == 0xEF && u(1) == 0xBB && u(2) == 0xBF) start = 3;
  while (start < h.size() && IsSpace(h[start])) ++start;
  if (start >= h.size()) {
    if (whole) {
      r.rejection = Status::NoContent("file holds only white space");
      return r;
    }
    return r;
  }
  std::string_view body = h.substr(start);
  char first = body[0];
  if (first == '{') {
    r.rejection = JsonRejection(body, whole);
    r.not_news = !r.rejection.ok();
    r.format = Format::kJsonl;
    return r;
  }
  if (first == '[' && !ExtensionIs(path, {"txt"})) {
    std::string_view b = body.substr(1);
    size_t k = 0;
    while (k < b.size() && IsSpace(b[k])) ++k;
    if (k < b.size() && (b[k] == '{' || b[k] == '"' || b[k] == ']')) {
      r.rejection = Status::Unsupported("a JSON array, not JSON Lines (one article object per line)");
      r.not_news = true;
      return r;
    }
  }
  if (ExtensionIs(path, {"jsonl", "ndjson"})) {
    r.format = Format::kJsonl;
    return r;
  }
  if (first == '<') {
    std::string doctype;
    bool entities = false, unterminated = false;
    size_t root = FindRootElement(body, &doctype, &entities, &unterminated);
    bool xml_decl = body.substr(0, 5) == "<?xml";
    if (doctype.find("html") != std::string::npos) {
      r.format = Format::kHtml;
      return r;
    }
    if (root == std::string_view::npos) {
      if (entities || (unterminated && !doctype.empty())) {
        r.rejection = Status::Unsupported(
            "XML document declares entities in its DTD (<!ENTITY>): refused, as in an entity-expansion bomb");
        return r;
      }
      r.format = ExtensionIs(path, {"txt", "text"}) ? Format::kText : Format::kHtml;
      return r;
    }
    size_t j = root + 1;
    while (j < body.size() && !IsSpace(body[j]) && body[j] != '>' && body[j] != '/') ++j;
    std::string name(body.substr(root + 1, j - root - 1));
    for (char& c : name) c = Lower(c);
    std::string_view tail = body.substr(root, 4096);
    if (name == "rss") {
      r.format = Format::kRss;
    } else if (name == "rdf:rdf" && ContainsNoCase(tail, "purl.org/rss/1.0")) {
      r.format = Format::kRss;
    } else if (name == "feed" &&
               (ContainsNoCase(tail, "http://www.w3.org/2005/atom") || ContainsNoCase(tail, "purl.org/atom"))) {
      r.format = Format::kAtom;
    } else if (IsHtmlElement(name) || (!xml_decl && name.find(':') == std::string::npos && !name.empty() &&
                                        std::isalpha(static_cast<unsigned char>(name[0])))) {
      r.format = Format::kHtml;
      return r;
    } else if (!name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || xml_decl)) {
      r.rejection = Status::Unsupported("XML document with root element <" + name + ">, not a news feed or page");
      return r;
    } else {
      r.format = Format::kText;  // "<" that opens no element: text that starts with a symbol
      return r;
    }
    if (entities) {
      r.rejection = Status::Unsupported(
          "XML document declares entities in its DTD (<!ENTITY>): refused, as in an entity-expansion bomb");
    }
    return r;
  }
  // Text that does not open with markup may still be a page with junk before
  // it; otherwise the extension settles it.
  std::string_view probe = body.substr(0, 4096);
  if (ContainsNoCase(probe, "<html") || ContainsNoCase(probe, "<!doctype html") || ContainsNoCase(probe, "<body")) {
    r.format = Format::kHtml;
  } else if (ExtensionIs(path, {"html", "htm", "xhtml", "shtml"}) && ContainsNoCase(probe, "<p")) {
    r.format = Format::kHtml;
  } else if (ExtensionIs(path, {"warc"})) {
    r.format = Format::kWarc;  // the reader will say what is wrong with it
  } else {
    r.format = Format::kText;
  }
  return r;
}

}  // namespace dragoman::read
