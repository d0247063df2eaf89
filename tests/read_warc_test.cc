#include <gtest/gtest.h>

#include "read_test_util.h"

namespace dragoman {
namespace {

using namespace testing_read;

// A small Common-Crawl-News-like archive: 9 records, 4 of them pages.
std::vector<std::string> Records() {
  std::string chunked_body = "<html><body><p>Chunked and gzipped page about the harbour.</p></body></html>";
  std::string gz = Gzip(chunked_body);
  std::string chunked;
  chunked += "10\r\n" + gz.substr(0, 16) + "\r\n";
  char hex[16];
  std::snprintf(hex, sizeof hex, "%zx", gz.size() - 16);
  chunked += std::string(hex) + "\r\n" + gz.substr(16) + "\r\n0\r\n\r\n";
  return {
      WarcRecord("warcinfo", "", "software: test\r\n", "application/warc-fields"),
      WarcRecord("request", "https://news.example.org/a", "GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n",
                 "application/http; msgtype=request"),
      WarcRecord("response", "https://news.example.org/a",
                 HttpResponseBlock(200, "text/html; charset=ISO-8859-1",
                                   "<html><head><title>Caf\xE9</title></head><body><p>Le caf\xE9 du port.</p></body></html>")),
      WarcRecord("metadata", "https://news.example.org/a", "fetchTimeMs: 120\r\n", "application/warc-fields"),
      WarcRecord("response", "https://news.example.org/missing", HttpResponseBlock(404, "text/html", "<p>gone</p>")),
      WarcRecord("response", "https://news.example.org/logo.png", HttpResponseBlock(200, "image/png", "\x89PNG....")),
      WarcRecord("response", "https://news.example.org/b",
                 HttpResponseBlock(200, "text/html", chunked,
                                   "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")),
      WarcRecord("resource", "https://news.example.org/c", "<html><body><p>A stored resource page.</p></body></html>",
                 "text/html; charset=utf-8"),
      WarcRecord("response", "https://news.example.org/d",
                 HttpResponseBlock(200, "application/xhtml+xml", "<html><body><p>Plain UTF-8 page.</p></body></html>")),
  };
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x;
  return s;
}

void ExpectTheFourPages(const Collected& c) {
  ASSERT_EQ(c.docs.size(), 4u) << c.ErrorLines();
  EXPECT_EQ(c.docs[0].origin.url, "https://news.example.org/a");
  EXPECT_EQ(c.docs[0].origin.record, "record 3");
  EXPECT_EQ(c.docs[0].origin.format, "warc");
  EXPECT_EQ(c.docs[0].kind, RawDocument::Kind::kHtml);
  EXPECT_NE(c.docs[0].bytes.find("Le café du port."), std::string::npos) << c.docs[0].bytes;
  EXPECT_FALSE(c.docs[0].published.has_value());  // WARC-Date is a capture date
  EXPECT_EQ(c.docs[1].origin.record, "record 7");
  EXPECT_NE(c.docs[1].bytes.find("Chunked and gzipped page"), std::string::npos) << c.docs[1].bytes;
  EXPECT_EQ(c.docs[2].origin.url, "https://news.example.org/c");
  EXPECT_EQ(c.docs[2].origin.record, "record 8");
  EXPECT_EQ(c.docs[3].origin.record, "record 9");
}

TEST(ReadWarc, OneDocumentPerHtmlResponse) {
  Collected c = ReadBytes(Join(Records()), "crawl.warc");
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ExpectTheFourPages(c);
}

TEST(ReadWarc, ReadsMultiMemberGzipOneMemberPerRecord) {
  std::string gz;
  for (const auto& r : Records()) gz += Gzip(r);
  TempDir dir;
  Collected c = ReadPaths({dir.Write("crawl.warc.gz", gz)});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ExpectTheFourPages(c);
  EXPECT_EQ(c.docs[0].origin.path, (dir.path() / "crawl.warc.gz").string());
}

TEST(ReadWarc, TruncatedArchiveKeepsEarlierRecordsAndNamesTheBrokenOne) {
  auto records = Records();
  std::string all = Join(records);
  size_t cut = 0;
  for (size_t i = 0; i < 6; ++i) cut += records[i].size();
  cut += records[6].size() / 2;  // halfway through record 7
  Collected c = ReadBytes(std::string_view(all).substr(0, cut), "cut.warc");
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.errors[0].first.record, "record 7");
  EXPECT_EQ(c.errors[0].second.code(), Code::kCorruption);
  EXPECT_NE(c.errors[0].second.message().find("truncated"), std::string::npos) << c.ErrorLines();
  EXPECT_EQ(c.returned_errors, 1u);
}

TEST(ReadWarc, TruncatedGzipArchiveKeepsEarlierRecords) {
  std::string gz;
  auto records = Records();
  for (const auto& r : records) gz += Gzip(r);
  std::string last = Gzip(records.back());
  TempDir dir;
  std::string path = dir.Write("cut.warc.gz", gz.substr(0, gz.size() - last.size() / 2));
  Collected c = ReadPaths({path});
  EXPECT_EQ(c.docs.size(), 3u);
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.errors[0].first.path, path);
  EXPECT_EQ(c.errors[0].first.record, "record 9");
  EXPECT_NE(c.errors[0].second.message().find("truncated"), std::string::npos) << c.ErrorLines();
}

TEST(ReadWarc, RecordOverTheLimitIsReportedAndSkipped) {
  std::string big = "<html><body>" + std::string(5000, 'x') + "</body></html>";
  std::string warc = WarcRecord("response", "https://e.org/big", HttpResponseBlock(200, "text/html", big)) +
                     WarcRecord("response", "https://e.org/small", HttpResponseBlock(200, "text/html", "<p>small</p>"));
  ReadOptions o;
  o.max_document_bytes = 1000;
  Collected c = ReadBytes(warc, "big.warc", o);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].origin.url, "https://e.org/small");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].second.code(), Code::kTooLarge);
  EXPECT_EQ(c.errors[0].first.record, "record 1");
}

TEST(ReadWarc, JunkBetweenRecordsIsReportedOnceAndSkipped) {
  auto records = Records();
  std::string warc = records[2] + "garbage line\r\nmore garbage\r\n" + records[7];
  Collected c = ReadBytes(warc, "junk.warc");
  EXPECT_EQ(c.docs.size(), 2u);
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_NE(c.errors[0].second.message().find("junk after record 1"), std::string::npos);
}

}  // namespace
}  // namespace dragoman
