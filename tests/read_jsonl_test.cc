#include <gtest/gtest.h>

#include "read_test_util.h"

namespace dragoman {
namespace {

using namespace testing_read;

TEST(ReadJsonl, ReadsEveryFieldAndKind) {
  Collected c = ReadPaths({Fixture("articles.jsonl")});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ASSERT_EQ(c.docs.size(), 3u);
  const RawDocument& a = c.docs[0];
  EXPECT_EQ(a.origin.format, "jsonl");
  EXPECT_EQ(a.origin.record, "line 1");
  EXPECT_EQ(a.origin.url, "https://wire.example.com/1");
  EXPECT_EQ(a.kind, RawDocument::Kind::kText);
  EXPECT_EQ(a.bytes, "Engineers finished the inspection of the river dam on Friday.\n\nNo cracks were found.");
  EXPECT_EQ(a.id.value_or(""), "a-1");
  EXPECT_EQ(a.title.value_or(""), "Dam inspection completed");
  EXPECT_EQ(a.published.value_or(""), "2024-05-10");
  EXPECT_EQ(a.outlet.value_or(""), "Example Wire");
  EXPECT_EQ(a.language.value_or(""), "en");

  EXPECT_EQ(c.docs[1].kind, RawDocument::Kind::kHtml);
  EXPECT_EQ(c.docs[1].origin.record, "line 2");
  EXPECT_NE(c.docs[1].bytes.find("<h1>Bridge closed</h1>"), std::string::npos);

  const RawDocument& x = c.docs[2];
  EXPECT_EQ(x.origin.record, "line 4");  // the blank line 3 is skipped, not an error
  EXPECT_EQ(x.kind, RawDocument::Kind::kCleanText);
  EXPECT_EQ(x.bytes, "Already clean body text, kept as is.");
  EXPECT_EQ(x.authors, (std::vector<std::string>{"Ada Lind", "Per Holm"}));
}

TEST(ReadJsonl, BadLinesAreReportedOneByOneAndTheRestIsRead) {
  std::string jsonl =
      "{\"text\": \"first good line\"}\n"
      "this is not json\n"
      "[1, 2, 3]\n"
      "{\"title\": \"no body\"}\n"
      "{\"text\": 42.5, \"title\": [\"x\"]}\n"
      "{\"text\": \"truncated\n"
      "{\"text\": \"last good line\", \"clean\": \"yes\"}\n"
      "{\"text\": \"really the last good line\"}";  // no final newline
  Collected c = ReadBytes(jsonl, "mixed.jsonl");
  ASSERT_EQ(c.docs.size(), 2u) << c.ErrorLines();
  EXPECT_EQ(c.docs[0].bytes, "first good line");
  EXPECT_EQ(c.docs[1].origin.record, "line 8");
  ASSERT_EQ(c.errors.size(), 6u) << c.ErrorLines();
  EXPECT_EQ(c.returned_errors, 6u);
  EXPECT_EQ(c.errors[0].first.record, "line 2");
  EXPECT_EQ(c.errors[0].first.path, "mixed.jsonl");
  EXPECT_NE(c.errors[0].second.message().find("not JSON"), std::string::npos);
  EXPECT_EQ(c.errors[1].second.message(), "not a JSON object");
  EXPECT_EQ(c.errors[2].second.code(), Code::kNoContent);
  EXPECT_NE(c.errors[3].second.message().find("\"title\" must be a string"), std::string::npos);
  EXPECT_EQ(c.errors[4].first.record, "line 6");
  EXPECT_NE(c.errors[5].second.message().find("\"clean\""), std::string::npos);
}

TEST(ReadJsonl, DeeplyNestedLineIsRefusedWithoutRecursion) {
  std::string deep = "{\"text\": \"x\", \"extra\": " + std::string(100000, '[') + std::string(100000, ']') + "}\n";
  Collected c = ReadBytes(deep + "{\"text\": \"fine\"}\n", "deep.jsonl");
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].second.message().find("nested deeper"), std::string::npos);
}

TEST(ReadJsonl, LineOverTheLimitIsSkippedAndReported) {
  ReadOptions o;
  o.max_document_bytes = 1000;
  std::string jsonl = "{\"text\": \"" + std::string(5000, 'a') + "\"}\n{\"text\": \"short\"}\n";
  Collected c = ReadBytes(jsonl, "long.jsonl", o);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].origin.record, "line 2");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].first.record, "line 1");
  EXPECT_EQ(c.errors[0].second.code(), Code::kTooLarge);
}

TEST(ReadJsonl, InvalidUtf8InsideStringsIsRepairedNotRefused) {
  Collected c = ReadBytes("{\"text\": \"caf\xC3 au lait\"}\n", "bad-utf8.jsonl");
  ASSERT_EQ(c.docs.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.docs[0].bytes, "caf\xEF\xBF\xBD au lait");
}

TEST(ReadJsonl, CrLfLinesAndByteOrderMark) {
  Collected c = ReadBytes("\xEF\xBB\xBF{\"text\": \"one\"}\r\n{\"text\": \"two\"}\r\n", "crlf.jsonl");
  ASSERT_EQ(c.docs.size(), 2u) << c.ErrorLines();
  EXPECT_EQ(c.docs[1].bytes, "two");
}

}  // namespace
}  // namespace dragoman
