// The "Bad input" corpus: every broken input gets exactly one clear error
// (path, record, reason), the read goes on, and memory stays bounded. The
// inputs are generated here, in a temporary folder.
#include <gtest/gtest.h>

#include <fstream>

#include "dragoman/utf8.h"
#include "read_test_util.h"

namespace dragoman {
namespace {

using namespace testing_read;

// Reads `path` followed by a good file, and checks that exactly one error
// names `path` and that the good file still came through.
Collected ReadWithGoodNeighbour(const TempDir& dir, const std::string& path) {
  std::string good = dir.Write("zz-good.txt", "A good neighbour file that must still be read.\n");
  Collected c = ReadPaths({path, good});
  EXPECT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.returned_errors, c.errors.size());
  if (!c.errors.empty()) {
    EXPECT_EQ(c.errors[0].first.path, path);
  }
  EXPECT_FALSE(c.docs.empty());
  if (!c.docs.empty()) {
    EXPECT_EQ(c.docs.back().origin.path, good);
  }
  return c;
}

// Peak resident memory of this process since the last ResetPeakMemory(), in
// bytes; 0 when the kernel does not tell.
bool ResetPeakMemory() {
  std::ofstream f("/proc/self/clear_refs");
  f << "5";
  f.flush();
  return static_cast<bool>(f);
}
size_t PeakMemory() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stoull(line.substr(6)) * 1024;
  }
  return 0;
}
size_t CurrentMemory() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stoull(line.substr(6)) * 1024;
  }
  return 0;
}

// Writes a single line of `bytes` bytes (plus a prefix) without holding it.
std::string WriteHugeLine(const TempDir& dir, const std::string& name, const std::string& prefix, size_t bytes,
                          const std::string& suffix) {
  std::string path = (dir.path() / name).string();
  std::ofstream out(path, std::ios::binary);
  out << prefix;
  std::string block(1 << 20, 'a');
  for (size_t done = 0; done < bytes; done += block.size()) out.write(block.data(), block.size());
  out << suffix;
  return path;
}

TEST(ReadBadInput, EmptyFile) {
  TempDir dir;
  Collected c = ReadWithGoodNeighbour(dir, dir.Write("empty.txt", ""));
  EXPECT_EQ(c.errors[0].second.code(), Code::kNoContent);
  EXPECT_EQ(c.errors[0].second.message(), "empty file");
}

TEST(ReadBadInput, BinaryFile) {
  TempDir dir;
  std::string bytes;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245 + 12345;
    bytes += static_cast<char>(x >> 24);
  }
  bytes[100] = '\0';
  Collected c = ReadWithGoodNeighbour(dir, dir.Write("blob.dat", bytes));
  EXPECT_EQ(c.errors[0].second.code(), Code::kUnsupported);
  EXPECT_EQ(c.errors[0].second.message(), "binary file, not a news format");
}

TEST(ReadBadInput, TruncatedGzip) {
  TempDir dir;
  std::string text;
  for (int i = 0; text.size() < 300000; ++i) text += "Paragraph " + std::to_string(i) + " of a long report.\n";
  std::string gz = Gzip(text);
  Collected c = ReadWithGoodNeighbour(dir, dir.Write("report.txt.gz", gz.substr(0, gz.size() / 2)));
  EXPECT_EQ(c.errors[0].second.code(), Code::kCorruption);
  EXPECT_NE(c.errors[0].second.message().find("gzip stream ends early"), std::string::npos);
}

TEST(ReadBadInput, CorruptGzip) {
  TempDir dir;
  std::string gz = Gzip(std::string(100000, 'z') + " end");
  for (size_t i = 20; i < 40; ++i) gz[i] = static_cast<char>(~gz[i]);
  Collected c = ReadWithGoodNeighbour(dir, dir.Write("broken.gz", gz));
  EXPECT_EQ(c.errors[0].second.code(), Code::kCorruption);
}

TEST(ReadBadInput, TruncatedWarcGz) {
  TempDir dir;
  std::string gz;
  for (int i = 1; i <= 3; ++i) {
    gz += Gzip(WarcRecord("response", "https://e.org/" + std::to_string(i),
                          HttpResponseBlock(200, "text/html", "<p>page " + std::to_string(i) + "</p>")));
  }
  std::string path = dir.Write("cc-news.warc.gz", gz.substr(0, gz.size() - 30));
  Collected c = ReadWithGoodNeighbour(dir, path);
  EXPECT_EQ(c.docs.size(), 3u);  // two pages + the neighbour
  EXPECT_EQ(c.errors[0].first.record, "record 3");
}

TEST(ReadBadInput, InvalidUtf8IsRepairedNotLost) {
  TempDir dir;
  std::string path = dir.Write("bad-utf8.txt", "Le pr\xC3\xA9sident a parl\xC3\xA9. Broken: \xC3( and \xF0\x9F\x98 end.\n");
  Collected c = ReadPaths({path});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(IsValidUtf8(c.docs[0].bytes));
  EXPECT_NE(c.docs[0].bytes.find("Le président a parlé."), std::string::npos);
  EXPECT_NE(c.docs[0].bytes.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(ReadBadInput, HundredMegabyteLineInTextFile) {
  TempDir dir;
  std::string path = WriteHugeLine(dir, "huge.txt", "", 100u << 20, "\n");
  size_t before = CurrentMemory();
  bool can_measure = ResetPeakMemory();
  Collected c = ReadWithGoodNeighbour(dir, path);
  EXPECT_EQ(c.errors[0].second.code(), Code::kTooLarge);
  EXPECT_NE(c.errors[0].second.message().find("over the limit"), std::string::npos);
  if (can_measure && before > 0) {
    // Never the whole 100 MB: at most the 32 MiB limit plus buffers.
    EXPECT_LT(PeakMemory() - before, size_t{80} << 20);
  }
}

TEST(ReadBadInput, HundredMegabyteLineInJsonl) {
  TempDir dir;
  std::string path = WriteHugeLine(dir, "huge.jsonl", "{\"text\": \"", 100u << 20, "\"}\n{\"text\": \"after\"}\n");
  size_t before = CurrentMemory();
  bool can_measure = ResetPeakMemory();
  Collected c = ReadPaths({path});
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.errors[0].first.record, "line 1");
  EXPECT_EQ(c.errors[0].second.code(), Code::kTooLarge);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].bytes, "after");
  if (can_measure && before > 0) {
    // The line is held only up to the 32 MiB limit, then skipped.
    EXPECT_LT(PeakMemory() - before, size_t{80} << 20);
  }
}

TEST(ReadBadInput, LongLineWithASmallLimitUsesLittleMemory) {
  TempDir dir;
  std::string path = WriteHugeLine(dir, "huge2.jsonl", "{\"text\": \"", 20u << 20, "\"}\n");
  ReadOptions o;
  o.max_document_bytes = 1 << 20;
  size_t before = CurrentMemory();
  bool can_measure = ResetPeakMemory();
  Collected c = ReadPaths({path}, o);
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.errors[0].second.code(), Code::kTooLarge);
  if (can_measure && before > 0) {
    EXPECT_LT(PeakMemory() - before, size_t{8} << 20);
  }
}

TEST(ReadBadInput, HtmlNestedHundredThousandLevelsPassesThrough) {
  TempDir dir;
  std::string html = "<!DOCTYPE html><html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  Collected c = ReadPaths({dir.Write("deep.html", html)});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].kind, RawDocument::Kind::kHtml);
  EXPECT_EQ(c.docs[0].bytes.size(), html.size());
}

TEST(ReadBadInput, XmlBomb) {
  TempDir dir;
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY a \"aaaaaaaaaa\">\n";
  for (int i = 1; i < 12; ++i) {
    bomb += "<!ENTITY " + std::string(1, static_cast<char>('a' + i)) + " \"";
    for (int k = 0; k < 10; ++k) bomb += "&" + std::string(1, static_cast<char>('a' + i - 1)) + ";";
    bomb += "\">\n";
  }
  bomb += "]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&l;</title><summary>&l;</summary></entry></feed>";
  Collected c = ReadWithGoodNeighbour(dir, dir.Write("bomb.atom", bomb));
  EXPECT_EQ(c.errors[0].second.code(), Code::kUnsupported);
  EXPECT_NE(c.errors[0].second.message().find("<!ENTITY>"), std::string::npos);
}

TEST(ReadBadInput, JsonlLineThatIsNotJson) {
  TempDir dir;
  std::string path = dir.Write("feed.jsonl", "{\"text\": \"one\"}\n{\"text\": oops}\n{\"text\": \"three\"}\n");
  Collected c = ReadWithGoodNeighbour(dir, path);
  EXPECT_EQ(c.errors[0].first.record, "line 2");
  EXPECT_EQ(c.errors[0].first.Display(), path + "#line 2");
  EXPECT_NE(c.errors[0].second.message().find("not JSON"), std::string::npos);
  EXPECT_EQ(c.docs.size(), 3u);  // lines 1 and 3 + the neighbour
}

TEST(ReadBadInput, MissingPath) {
  TempDir dir;
  Collected c = ReadWithGoodNeighbour(dir, (dir.path() / "no-such-file.txt").string());
  EXPECT_EQ(c.errors[0].second.code(), Code::kNotFound);
}

}  // namespace
}  // namespace dragoman
