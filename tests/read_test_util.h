// Helpers shared by the reader tests: a temporary folder, gzip, WARC record
// builders, and collecting what a read produced.
#pragma once

#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dragoman/reader.h"

namespace dragoman::testing_read {

// A fresh folder under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("dragoman-read-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  // Writes `bytes` to `name` (sub-folders created) and returns the full path.
  std::string Write(const std::string& name, std::string_view bytes) const {
    auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string Fixture(const std::string& name) {
  return std::string(DRAGOMAN_SOURCE_DIR) + "/tests/data/read/" + name;
}

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One gzip member holding `s`.
inline std::string Gzip(std::string_view s, int level = 6) {
  z_stream zs{};
  deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, static_cast<uLong>(s.size())) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  zs.avail_in = static_cast<uInt>(s.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline std::string HttpResponseBlock(int status, const std::string& content_type, const std::string& body,
                                     const std::string& extra_headers = "") {
  std::string reason = status == 200 ? "OK" : "Not Found";
  std::string h = "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\n";
  if (!content_type.empty()) h += "Content-Type: " + content_type + "\r\n";
  h += extra_headers;
  h += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  return h + body;
}

inline std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                              const std::string& content_type = "application/http; msgtype=response") {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "WARC-Date: 2024-03-12T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n";
  r += "Content-Type: " + content_type + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<std::pair<Origin, Status>> errors;
  size_t returned_errors = 0;
  std::string ErrorLines() const {
    std::string s;
    for (const auto& [o, st] : errors) s += o.Display() + ": " + st.ToString() + "\n";
    return s;
  }
};

inline Collected ReadPaths(const std::vector<std::string>& paths, ReadOptions options = {}) {
  Collected c;
  c.returned_errors = ReadInputs(
      paths, options, [&](RawDocument&& d) { c.docs.push_back(std::move(d)); },
      [&](const Origin& o, const Status& s) { c.errors.emplace_back(o, s); });
  return c;
}

inline Collected ReadBytes(std::string_view bytes, const std::string& name, ReadOptions options = {}) {
  Collected c;
  c.returned_errors = ReadBuffer(
      bytes, name, options, [&](RawDocument&& d) { c.docs.push_back(std::move(d)); },
      [&](const Origin& o, const Status& s) { c.errors.emplace_back(o, s); });
  return c;
}

}  // namespace dragoman::testing_read
