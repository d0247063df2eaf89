// WARC 1.0/1.1 (ISO 28500), as Common Crawl News writes it: record after
// record, each a header block and a Content-Length block. Streams: only the
// record being looked at is in memory, and records we do not want are
// skipped without being held. Records are numbered from 1 in file order,
// counting every record (warcinfo and request included).
#include <cctype>
#include <cstdlib>

#include "dragoman/log.h"
#include "read/charset.h"
#include "read/format_reader.h"
#include "read/http_payload.h"

namespace dragoman::read {
namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderBlock = 1 << 20;

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

struct WarcHeader {
  std::string type, target_uri, content_type;
  long long content_length = -1;
};

bool IsHtmlType(std::string_view content_type) {
  std::string t = Lowered(content_type);
  return t.find("text/html") != std::string::npos || t.find("application/xhtml") != std::string::npos;
}

// Whether a body without a Content-Type looks like a page.
bool LooksLikeHtml(std::string_view body) {
  std::string head = Lowered(body.substr(0, 1024));
  return head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos ||
         head.find("<body") != std::string::npos;
}

// A stream error while inside record `n` becomes one clear line.
Status Truncated(const Status& why, size_t n, const char* where) {
  if (why.code() == Code::kCorruption && why.message() == "stream ends early") {
    return Status::Corruption(std::string("archive ends inside ") + where + " of record " + std::to_string(n) +
                              " (truncated)");
  }
  return Status(why.code(), why.message() + " (in " + where + " of record " + std::to_string(n) + ")");
}

}  // namespace

Status ReadWarc(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error) {
  Origin base = origin;
  base.format = "warc";
  auto record_origin = [&](size_t n) {
    Origin o = base;
    o.record = "record " + std::to_string(n);
    return o;
  };
  std::string line;
  std::string block;
  size_t record = 0;
  bool resyncing = false;
  for (;;) {
    // Find the next "WARC/x.y" line (blank lines end the previous record).
    bool too_long = false;
    auto more = in.ReadLine(&line, kMaxHeaderLine, &too_long);
    if (!more.ok()) {
      Status s = Truncated(more.status(), record + 1, "the start");
      on_error(record_origin(record + 1), s);
      return s;
    }
    if (!*more) return Status::OK();  // clean end
    if (!too_long && line.empty()) continue;
    if (too_long || line.rfind("WARC/", 0) != 0) {
      if (!resyncing) {
        Status s = record == 0 ? Status::Corruption("not a WARC file: it does not start with a 'WARC/1.x' line")
                               : Status::Corruption("junk after record " + std::to_string(record) +
                                                    ": expected a 'WARC/1.x' line; skipping to the next record");
        on_error(record_origin(record + 1), s);
        if (record == 0) return s;
        resyncing = true;
      }
      continue;
    }
    resyncing = false;
    ++record;
    // Header block.
    WarcHeader h;
    size_t header_bytes = 0;
    bool ended = false;
    for (;;) {
      auto got = in.ReadLine(&line, kMaxHeaderLine, &too_long);
      if (!got.ok()) {
        Status s = Truncated(got.status(), record, "the header");
        on_error(record_origin(record), s);
        return s;
      }
      if (!*got) break;
      if (too_long) continue;
      header_bytes += line.size();
      if (header_bytes > kMaxHeaderBlock) break;
      if (line.empty()) {
        ended = true;
        break;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string_view name = Trim(std::string_view(line).substr(0, colon));
      std::string_view value = Trim(std::string_view(line).substr(colon + 1));
      if (EqualsNoCase(name, "WARC-Type")) {
        h.type = Lowered(value);
      } else if (EqualsNoCase(name, "WARC-Target-URI")) {
        if (value.size() >= 2 && value.front() == '<' && value.back() == '>') value = value.substr(1, value.size() - 2);
        h.target_uri = std::string(value);
      } else if (EqualsNoCase(name, "Content-Type")) {
        h.content_type = std::string(value);
      } else if (EqualsNoCase(name, "Content-Length")) {
        char* end = nullptr;
        std::string v(value);
        long long n = std::strtoll(v.c_str(), &end, 10);
        if (end != v.c_str() && *end == '\0' && n >= 0) h.content_length = n;
      }
    }
    if (!ended) {
      Status s = header_bytes > kMaxHeaderBlock
                     ? Status::Corruption("header of record " + std::to_string(record) + " is over 1 MiB")
                     : Status::Corruption("archive ends inside the header of record " + std::to_string(record) +
                                          " (truncated)");
      on_error(record_origin(record), s);
      return s;
    }
    if (h.content_length < 0) {
      on_error(record_origin(record), Status::Corruption("record has no valid Content-Length; skipping to the next record"));
      resyncing = true;
      continue;
    }
    size_t length = static_cast<size_t>(h.content_length);
    bool wanted = h.type == "response" || (h.type == "resource" && IsHtmlType(h.content_type));
    if (!wanted) {
      LogDebug(record_origin(record).Display() + ": skipped " + (h.type.empty() ? "untyped" : h.type) + " record");
      Status s = in.Skip(length);
      if (!s.ok()) {
        s = Truncated(s, record, "the block");
        on_error(record_origin(record), s);
        return s;
      }
      continue;
    }
    if (length > options.max_document_bytes) {
      on_error(record_origin(record),
               Status::TooLarge("record of " + std::to_string(length) + " bytes is over the limit of " +
                                std::to_string(options.max_document_bytes) + " bytes (max_document_bytes)"));
      Status s = in.Skip(length);
      if (!s.ok()) {
        s = Truncated(s, record, "the block");
        on_error(record_origin(record), s);
        return s;
      }
      continue;
    }
    block.clear();
    Status s = in.ReadExact(length, &block);
    if (!s.ok()) {
      s = Truncated(s, record, "the block");
      on_error(record_origin(record), s);
      return s;
    }

    // The payload.
    std::string body;
    std::string http_charset;
    if (h.type == "response") {
      if (h.content_type.find("application/http") == std::string::npos && !h.content_type.empty()) {
        LogDebug(record_origin(record).Display() + ": skipped response of type " + h.content_type);
        continue;
      }
      auto http = ParseHttpResponse(block);
      if (!http.ok()) {
        on_error(record_origin(record), http.status());
        continue;
      }
      if (http->status != 200) {
        LogDebug(record_origin(record).Display() + ": skipped HTTP " + std::to_string(http->status));
        continue;
      }
      std::string ctype = http->Header("Content-Type");
      if (!ctype.empty() && !IsHtmlType(ctype)) {
        LogDebug(record_origin(record).Display() + ": skipped " + ctype);
        continue;
      }
      Status d = DecodeHttpBody(&http.value(), options.max_document_bytes);
      if (!d.ok()) {
        on_error(record_origin(record), d);
        continue;
      }
      if (ctype.empty() && !LooksLikeHtml(http->body)) {
        LogDebug(record_origin(record).Display() + ": skipped a body that is not HTML");
        continue;
      }
      http_charset = CharsetFromContentType(ctype);
      body = std::move(http->body);
    } else {
      http_charset = CharsetFromContentType(h.content_type);
      body = std::move(block);
      block = std::string();
    }
    if (body.find_first_not_of(" \t\r\n") == std::string::npos) {
      LogDebug(record_origin(record).Display() + ": skipped an empty body");
      continue;
    }
    DecodedText decoded = DecodeToUtf8(std::move(body), http_charset, /*html=*/true);
    RawDocument doc;
    doc.origin = record_origin(record);
    doc.origin.url = h.target_uri;
    doc.kind = RawDocument::Kind::kHtml;
    doc.charset_hint = "UTF-8";  // what the bytes are now, whatever they were
    doc.bytes = std::move(decoded.text);
    on_document(std::move(doc));
  }
}

}  // namespace dragoman::read
