#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "read/sniff.h"
#include "read_test_util.h"

namespace dragoman::read {
namespace {

Format Sniff(std::string_view head, std::string_view path = "x") {
  SniffResult r = SniffFormat(head, true, path);
  EXPECT_TRUE(r.rejection.ok()) << r.rejection.ToString();
  return r.format;
}

Status Rejection(std::string_view head, std::string_view path = "x") { return SniffFormat(head, true, path).rejection; }

// The eight-bytes-at-a-time count equals a byte-at-a-time count, with every
// byte value at every offset of a block and on random mixes.
TEST(ReadSniff, CountsControlBytesLikeTheByteLoop) {
  auto slow = [](std::string_view h) {
    size_t n = 0;
    for (unsigned char c : h)
      n += c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b;
    return n;
  };
  for (int b = 0; b < 256; ++b)
    for (size_t at = 0; at < 19; ++at) {
      std::string s(19, 'a');
      s[at] = static_cast<char>(b);
      EXPECT_EQ(CountControlBytes(s), slow(s)) << b << " at " << at;
      s.assign(19, static_cast<char>(0xA0));  // high bytes around it
      s[at] = static_cast<char>(b);
      EXPECT_EQ(CountControlBytes(s), slow(s)) << b << " at " << at;
    }
  uint32_t x = 12345;
  for (int t = 0; t < 2000; ++t) {
    std::string s(static_cast<size_t>(t % 67), ' ');
    for (char& c : s) {
      x = x * 1103515245u + 12345u;
      unsigned r = (x >> 16) & 0xFF;
      c = static_cast<char>((x >> 8) % 4 == 0 ? r % 0x22 : r);  // a quarter near the control range
    }
    EXPECT_EQ(CountControlBytes(s), slow(s)) << t;
  }
}

TEST(ReadSniff, RecognizesEachFormatByContent) {
  EXPECT_EQ(Sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n"), Format::kWarc);
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"), Format::kRss);
  EXPECT_EQ(Sniff("<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\">"), Format::kRss);
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">"), Format::kAtom);
  EXPECT_EQ(Sniff("<!DOCTYPE html><html><body>x</body></html>"), Format::kHtml);
  EXPECT_EQ(Sniff("\xEF\xBB\xBF  <html lang=fr>"), Format::kHtml);
  EXPECT_EQ(Sniff("<div class=a>fragment</div>"), Format::kHtml);
  EXPECT_EQ(Sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), Format::kJsonl);
  EXPECT_EQ(Sniff("PARIS (AFP) - The minister said on Monday ...\n\nMore text."), Format::kText);
  EXPECT_EQ(Sniff("<<< BREAKING >>> the storm reached the coast"), Format::kText);
}

// The binary test counts control characters other than tab, line breaks,
// form feed and ESC: more than 1% of the head is binary. The markup probes
// ignore case and find '<' anywhere in the first 4 KB.
TEST(ReadSniff, BinaryThresholdAndMarkupProbes) {
  std::string text(1000, 'a');
  for (size_t i = 0; i < 1000; i += 7) text[i] = "\t\n\v\f\r\x1b"[i % 6];
  EXPECT_TRUE(Rejection(text).ok());
  for (size_t i = 1; i <= 10; ++i) text[i * 50 + 3] = '\x01';
  EXPECT_TRUE(Rejection(text).ok());  // 10 of 1000: 1%, not over
  text[999] = '\x7f';
  EXPECT_TRUE(Rejection(text).ok());  // DEL is not counted
  text[998] = '\0';
  EXPECT_EQ(Rejection(text).message(), "binary file, not a news format");
  EXPECT_EQ(Sniff(std::string(3000, 'x') + " junk <HTML><Body>page", "a.txt"), Format::kHtml);
  EXPECT_EQ(Sniff(std::string(5000, 'x') + " <html>", "a.txt"), Format::kText);  // past the 4 KB probe
  EXPECT_EQ(Sniff("text with a < sign and <p but no page", "a.txt"), Format::kText);
  EXPECT_EQ(Sniff("text with a < sign and <P para", "a.htm"), Format::kHtml);
}

TEST(ReadSniff, ContentBeatsExtension) {
  EXPECT_EQ(Sniff("<html><body>x</body></html>", "story.txt"), Format::kHtml);
  EXPECT_EQ(Sniff("WARC/1.0\r\n", "archive.html"), Format::kWarc);
  EXPECT_EQ(Sniff("Just words, no markup.", "page.html"), Format::kText);
}

TEST(ReadSniff, ExtensionDecidesWhatContentLeavesOpen) {
  EXPECT_EQ(Sniff("junk before <p>the page</p>", "page.html"), Format::kHtml);
  EXPECT_EQ(Sniff("not json at all\n{\"text\": \"b\"}\n", "lines.jsonl"), Format::kJsonl);
  EXPECT_EQ(Sniff("garbage", "crawl.warc.gz"), Format::kWarc);
}

TEST(ReadSniff, PrettyPrintedJsonIsNotJsonLines) {
  Status s = Rejection("{\n  \"about\": \"gold annotations\",\n  \"stories\": {}\n}\n", "gold.json");
  EXPECT_EQ(s.code(), Code::kUnsupported);
  EXPECT_NE(s.message().find("not JSON Lines"), std::string::npos);
  EXPECT_EQ(Rejection("[{\"text\": \"a\"}]").code(), Code::kUnsupported);
  // JSON Lines of other records (gold annotations) are not articles either.
  SniffResult gold_lines = SniffFormat("{\"article\": \"a.txt\", \"code\": \"042\"}\n", true, "gold.jsonl");
  EXPECT_EQ(gold_lines.rejection.code(), Code::kUnsupported);
  EXPECT_TRUE(gold_lines.not_news);
  // The user's real gold file is exactly such a document.
  std::string gold = std::string(DRAGOMAN_SHARED_DIR) + "/seeds/gold.json";
  if (std::filesystem::exists(gold)) {
    EXPECT_EQ(Rejection(testing_read::Slurp(gold).substr(0, 65536), gold).code(), Code::kUnsupported);
  }
}

TEST(ReadSniff, RejectsEmptyAndBinary) {
  EXPECT_EQ(Rejection("").code(), Code::kNoContent);
  EXPECT_EQ(Rejection(" \n\t\n").code(), Code::kNoContent);
  EXPECT_EQ(Rejection(std::string("ab\0cd", 5)).message(), "binary file, not a news format");
  // A page with a few stray NULs (seen in real crawls) is still a page.
  std::string page = "<html><body>" + std::string(5000, 'x') + std::string(10, '\0') + "</body></html>";
  EXPECT_EQ(Sniff(page), Format::kHtml);
  EXPECT_NE(Rejection("%PDF-1.7\n%\xE2\xE3").message().find("PDF"), std::string::npos);
  EXPECT_NE(Rejection("\x89PNG\r\n\x1a\n").message().find("PNG"), std::string::npos);
  EXPECT_NE(Rejection("BZh91AY&SY").message().find("bzip2"), std::string::npos);
}

TEST(ReadSniff, RefusesXmlThatDeclaresEntities) {
  std::string bomb =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY a \"aaaa\">\n <!ENTITY b \"&a;&a;&a;&a;\">\n]>\n"
      "<rss><channel><item><title>&b;</title></item></channel></rss>";
  EXPECT_EQ(Rejection(bomb).code(), Code::kUnsupported);
  EXPECT_TRUE(XmlDeclaresEntities(bomb));
  EXPECT_FALSE(XmlDeclaresEntities("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>"));
}

TEST(ReadSniff, OtherXmlVocabulariesAreUnsupported) {
  Status s = Rejection("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
  EXPECT_EQ(s.code(), Code::kUnsupported);
  EXPECT_NE(s.message().find("<urlset>"), std::string::npos);
}

TEST(ReadSniff, AsksForTranscodingOfWideText) {
  EXPECT_EQ(SniffFormat("\xFF\xFE<\0h\0", true, "x").transcode_from, "UTF-16LE");
  std::string le;
  for (char c : std::string("<html><body>wide text without a mark</body></html>")) {
    le += c;
    le += '\0';
  }
  EXPECT_EQ(SniffFormat(le, true, "x").transcode_from, "UTF-16LE");
}

}  // namespace
}  // namespace dragoman::read
