#include "read/http_payload.h"

#include <cctype>
#include <cstdlib>

#include "read/byte_source.h"

namespace dragoman::read {
namespace {

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool ContainsTokenNoCase(std::string_view value, std::string_view token) {
  std::string v(value);
  for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return v.find(token) != std::string::npos;
}

}  // namespace

std::string HttpResponse::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (EqualsNoCase(k, name)) return v;
  }
  return "";
}

Result<HttpResponse> ParseHttpResponse(std::string_view block) {
  HttpResponse r;
  size_t eol = block.find('\n');
  if (eol == std::string_view::npos) return Status::Corruption("HTTP response has no status line");
  std::string_view status_line = Trim(block.substr(0, eol));
  if (status_line.substr(0, 5) != "HTTP/") {
    return Status::Corruption("HTTP status line expected, found '" + std::string(status_line.substr(0, 40)) + "'");
  }
  size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return Status::Corruption("HTTP status line has no status code");
  r.status = std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
  size_t pos = eol + 1;
  for (;;) {
    if (pos >= block.size()) {
      // Headers without a body: allowed (an empty response).
      return r;
    }
    size_t next = block.find('\n', pos);
    std::string_view line = block.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos);
    pos = next == std::string_view::npos ? block.size() : next + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !r.headers.empty()) {
      r.headers.back().second += " ";
      r.headers.back().second += Trim(line);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // tolerate junk header lines
    r.headers.emplace_back(std::string(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
  }
  r.body.assign(block.substr(pos));
  return r;
}

Result<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) return Status::Corruption("chunked body ends inside a chunk header");
    std::string size_line(Trim(body.substr(pos, eol - pos)));
    size_t semi = size_line.find(';');
    if (semi != std::string::npos) size_line.resize(semi);
    if (size_line.empty() || !std::isxdigit(static_cast<unsigned char>(size_line[0]))) {
      return Status::Corruption("chunked body has a bad chunk size");
    }
    char* end = nullptr;
    unsigned long long n = std::strtoull(size_line.c_str(), &end, 16);
    if (*end != '\0') return Status::Corruption("chunked body has a bad chunk size");
    pos = eol + 1;
    if (n == 0) return out;
    if (n > body.size() - pos) return Status::Corruption("chunked body ends inside a chunk");
    out.append(body.substr(pos, n));
    pos += n;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
    if (pos >= body.size()) return out;  // last chunk without the terminating 0
  }
}

Status DecodeHttpBody(HttpResponse* r, size_t max_bytes) {
  if (ContainsTokenNoCase(r->Header("Transfer-Encoding"), "chunked")) {
    // Only when the body starts like a chunk header: many archives store the
    // body already de-chunked but keep the header.
    size_t eol = r->body.find('\n');
    bool framed = eol != std::string::npos && eol <= 18 && eol > 0 &&
                  std::isxdigit(static_cast<unsigned char>(r->body[0]));
    if (framed) {
      auto d = Dechunk(r->body);
      if (d.ok()) r->body = std::move(d.value());
    }
  }
  std::string enc = r->Header("Content-Encoding");
  if (!enc.empty() && (ContainsTokenNoCase(enc, "gzip") || ContainsTokenNoCase(enc, "deflate"))) {
    bool gz = IsGzip(r->body);
    bool zlib = r->body.size() >= 2 && (static_cast<unsigned char>(r->body[0]) & 0x0f) == 8 &&
                ((static_cast<unsigned char>(r->body[0]) << 8) | static_cast<unsigned char>(r->body[1])) % 31 == 0;
    bool looks_text = !r->body.empty() && (r->body[0] == '<' || std::isspace(static_cast<unsigned char>(r->body[0])));
    if (gz || zlib || (!looks_text && ContainsTokenNoCase(enc, "deflate"))) {
      auto inflated = InflateBuffer(r->body, max_bytes);
      if (!inflated.ok()) return inflated.status();
      r->body = std::move(inflated.value());
    }
  }
  return Status::OK();
}

}  // namespace dragoman::read
