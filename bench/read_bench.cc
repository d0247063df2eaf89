// Reader throughput on synthetic inputs generated in memory:
//   dragoman_bench --benchmark_filter=Read
// BM_ReadWarcGz is the Common-Crawl-News case: a multi-member WARC.gz of
// 80 KB HTML pages (one gzip member per record, as CC-NEWS writes them).
// bytes_per_second counts compressed input; "pages" and "MB_html" are rates.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <string>

#include "dragoman/reader.h"

namespace {

std::string Gzip(std::string_view s) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
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

// Pseudo-random prose from a small vocabulary (some accented words), so that
// gzip compresses it about as well as real pages (3-5x).
std::string Prose(size_t bytes, uint32_t seed, bool latin1 = false) {
  static const char* kWords[] = {"the",      "minister", "said",    "on",      "Tuesday", "that",    "talks",
                                 "would",    "resume",   "after",   "weeks",   "of",      "delay",   "député",
                                 "réunion",  "Élysée",   "accord",  "budget",  "harbour", "council", "vote",
                                 "reported", "sources",  "économie", "naïve",  "forces",  "border",  "city"};
  const size_t n = sizeof(kWords) / sizeof(kWords[0]);
  std::string out;
  uint32_t x = seed;
  while (out.size() < bytes) {
    x = x * 1664525u + 1013904223u;
    out += kWords[(x >> 16) % n];
    out += (x & 0xF) == 0 ? ".\n" : " ";
  }
  if (latin1) {
    // Re-encode the accented letters as Latin-1 bytes.
    std::string l;
    for (size_t i = 0; i < out.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(out[i]);
      if (c == 0xC3 && i + 1 < out.size()) {
        l += static_cast<char>(0xC0 | (static_cast<unsigned char>(out[++i]) & 0x3F));
      } else {
        l += out[i];
      }
    }
    out = l;
  }
  return out;
}

std::string Page(size_t bytes, uint32_t seed) {
  std::string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story " + std::to_string(seed) +
                     "</title></head><body><nav>Home | World | Politics</nav><article>";
  std::string text = Prose(bytes, seed);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    html += "<p>" + text.substr(pos, end - pos) + "</p>\n";
    pos = end + 1;
  }
  return html + "</article><footer>Cookies | Share</footer></body></html>";
}

std::string WarcRecord(size_t i, const std::string& html) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: " +
                     std::to_string(html.size()) + "\r\n\r\n" + html;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/story/" + std::to_string(i) +
         "\r\nWARC-Date: 2024-03-12T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
         "Content-Length: " + std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
}

struct Archive {
  std::string gz;
  size_t html_bytes = 0;
  size_t pages = 0;
};

const Archive& WarcGz() {
  static const Archive a = [] {
    Archive out;
    const size_t kPages = 200;
    for (size_t i = 0; i < kPages; ++i) {
      std::string html = Page(80 << 10, static_cast<uint32_t>(i) + 1);
      out.html_bytes += html.size();
      out.gz += Gzip(WarcRecord(i, html));
      if (i % 5 == 0) {
        // Records that are skipped: a request and a 404.
        out.gz += Gzip("WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 4\r\n\r\nGET \r\n\r\n");
      }
    }
    out.pages = kPages;
    return out;
  }();
  return a;
}

void Run(benchmark::State& state, const std::string& bytes, const std::string& name, size_t expected_docs,
         size_t payload_bytes) {
  dragoman::ReadOptions options;
  size_t docs = 0;
  for (auto _ : state) {
    docs = 0;
    size_t errors = dragoman::ReadBuffer(
        bytes, name, options, [&](dragoman::RawDocument&& d) { benchmark::DoNotOptimize(d.bytes.data()); ++docs; },
        [](const dragoman::Origin&, const dragoman::Status&) {});
    if (errors != 0 || docs != expected_docs) state.SkipWithError("unexpected read result");
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["docs"] = benchmark::Counter(static_cast<double>(state.iterations() * docs), benchmark::Counter::kIsRate);
  state.counters["MB_payload"] = benchmark::Counter(static_cast<double>(state.iterations() * payload_bytes) / 1e6,
                                                    benchmark::Counter::kIsRate);
}

void BM_ReadWarcGz(benchmark::State& state) {
  const Archive& a = WarcGz();
  Run(state, a.gz, "bench.warc.gz", a.pages, a.html_bytes);
}
BENCHMARK(BM_ReadWarcGz)->Unit(benchmark::kMillisecond);

void BM_ReadHtmlUtf8(benchmark::State& state) {
  static const std::string page = Page(80 << 10, 7);
  Run(state, page, "page.html", 1, page.size());
}
BENCHMARK(BM_ReadHtmlUtf8)->Unit(benchmark::kMicrosecond);

void BM_ReadHtmlLatin1(benchmark::State& state) {
  static const std::string page =
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + Prose(80 << 10, 9, true) + "</p></body></html>";
  Run(state, page, "page.html", 1, page.size());
}
BENCHMARK(BM_ReadHtmlLatin1)->Unit(benchmark::kMicrosecond);

void BM_ReadPlainText3K(benchmark::State& state) {
  static const std::string text = Prose(3 << 10, 11);
  Run(state, text, "story.txt", 1, text.size());
}
BENCHMARK(BM_ReadPlainText3K)->Unit(benchmark::kMicrosecond);

void BM_ReadJsonl(benchmark::State& state) {
  static const std::string jsonl = [] {
    std::string s;
    for (int i = 0; i < 1000; ++i) {
      std::string text = Prose(3 << 10, static_cast<uint32_t>(i) + 3);
      std::string escaped;
      for (char c : text) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
      s += "{\"id\": \"" + std::to_string(i) + "\", \"title\": \"Story\", \"text\": \"" + escaped + "\"}\n";
    }
    return s;
  }();
  Run(state, jsonl, "lines.jsonl", 1000, jsonl.size());
}
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);

}  // namespace
