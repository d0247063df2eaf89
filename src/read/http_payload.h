// The HTTP response inside a WARC `response` record: status line, headers,
// and the body with transfer and content encodings undone. Pure functions.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dragoman/status.h"

namespace dragoman::read {

struct HttpResponse {
  int status = 0;  // 200, 404, ...
  std::vector<std::pair<std::string, std::string>> headers;  // in order, names as sent
  std::string body;
  // The value of the first header named `name` (case-insensitive), "" if none.
  std::string Header(std::string_view name) const;
};

// Parses "HTTP/1.1 200 OK\r\nName: value\r\n...\r\n\r\nbody". Corruption when
// the status line or the header block is malformed. The body is taken as is.
Result<HttpResponse> ParseHttpResponse(std::string_view block);

// Undoes "Transfer-Encoding: chunked" on `body` (iteratively, chunk after
// chunk). Corruption when the chunk framing is broken.
Result<std::string> Dechunk(std::string_view body);

// Undoes Transfer-Encoding: chunked and Content-Encoding: gzip/deflate when the
// headers name them and the body really is encoded that way (crawlers often
// store decoded bodies and keep the original headers). Output bounded by
// `max_bytes`.
Status DecodeHttpBody(HttpResponse* response, size_t max_bytes);

}  // namespace dragoman::read
