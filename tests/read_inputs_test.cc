#include <gtest/gtest.h>

#include "read_test_util.h"

namespace dragoman {
namespace {

using namespace testing_read;

TEST(ReadInputs, WalksFoldersRecursivelyInSortedOrderSkippingHidden) {
  TempDir dir;
  dir.Write("b/2.txt", "two");
  dir.Write("a/z.txt", "one");
  dir.Write("b/10.txt", "ten");
  dir.Write("c.txt", "three");
  dir.Write(".hidden/x.txt", "hidden");
  dir.Write("b/.secret.txt", "hidden");
  Collected c = ReadPaths({dir.path().string()});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  std::vector<std::string> got;
  for (const auto& d : c.docs) got.push_back(d.bytes);
  EXPECT_EQ(got, (std::vector<std::string>{"one", "ten", "two", "three"}));
}

TEST(ReadInputs, FolderWalkSkipsCodeAndJsonDocumentsButNamedFilesAreRead) {
  TempDir dir;
  dir.Write("corpus/story.txt", "A story.");
  std::string tool = dir.Write("corpus/tools/build.py", "print('not news')\n");
  std::string gold = dir.Write("corpus/gold.json", "{\n  \"stories\": {}\n}\n");
  Collected c = ReadPaths({(dir.path() / "corpus").string()});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].bytes, "A story.");
  // Named on the command line, they are read (and the JSON document refused).
  Collected named = ReadPaths({tool, gold});
  EXPECT_EQ(named.docs.size(), 1u);
  ASSERT_EQ(named.errors.size(), 1u);
  EXPECT_EQ(named.errors[0].first.path, gold);
  ReadOptions all;
  all.skip_non_news_in_folders = false;
  Collected everything = ReadPaths({(dir.path() / "corpus").string()}, all);
  EXPECT_EQ(everything.docs.size(), 2u);
  EXPECT_EQ(everything.errors.size(), 1u);
}

TEST(ReadInputs, PlainTextAndHtmlFiles) {
  TempDir dir;
  Collected c = ReadPaths({dir.Write("story.txt", "PARIS - Text as scraped.\n\nShare this article\n"),
                           dir.Write("page.htm", "<html><body><p>A page.</p></body></html>")});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].kind, RawDocument::Kind::kText);
  EXPECT_EQ(c.docs[0].origin.format, "txt");
  EXPECT_EQ(c.docs[0].bytes, "PARIS - Text as scraped.\n\nShare this article\n");
  EXPECT_EQ(c.docs[1].kind, RawDocument::Kind::kHtml);
  EXPECT_EQ(c.docs[1].origin.format, "html");
}

TEST(ReadInputs, GzipIsUndoneWhateverTheNameIncludingMultiMember) {
  TempDir dir;
  std::string multi = Gzip("<html><body><p>first half, ") + Gzip("second half</p></body></html>");
  Collected c = ReadPaths({dir.Write("page.bin", multi)});
  ASSERT_EQ(c.docs.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.docs[0].kind, RawDocument::Kind::kHtml);
  EXPECT_EQ(c.docs[0].bytes, "<html><body><p>first half, second half</p></body></html>");
}

TEST(ReadInputs, ReadBufferSniffsLikeAFile) {
  Collected c = ReadBytes("{\"text\": \"from memory\"}\n", "mem");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].origin.path, "mem");
  EXPECT_EQ(c.docs[0].origin.format, "jsonl");
}

TEST(ReadInputs, LargeTextFileStreamsThroughSmallBuffers) {
  // More than the sniffing head and several read chunks.
  std::string text;
  for (int i = 0; text.size() < (3u << 20); ++i) text += "Line " + std::to_string(i) + " of the story.\n";
  TempDir dir;
  Collected c = ReadPaths({dir.Write("long.txt.gz", Gzip(text))});
  ASSERT_EQ(c.docs.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.docs[0].bytes, text);
}

}  // namespace
}  // namespace dragoman
