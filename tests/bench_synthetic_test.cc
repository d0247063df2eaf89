// The synthetic corpus generator behind `dragoman bench`: deterministic, no
// two articles alike, and one language per article (a benchmark of language
// identification on articles that mix five languages in every paragraph
// would measure a case real news rarely has).
#include <gtest/gtest.h>

#include <set>

#include "bench/synthetic_corpus.h"
#include "dragoman/utf8.h"

namespace dragoman {
namespace {

const char* kEnglish =
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet\n"
    "kilo lima mike november oscar papa quebec romeo sierra tango\n";
const char* kFrench =
    "un deux trois quatre cinq six sept huit neuf dix onze douze\n"
    "treize quatorze quinze seize vingt trente quarante cinquante\n";

bool HasAny(const std::string& text, const std::set<std::string>& words) {
  for (const auto& w : words)
    if (text.find(" " + w + " ") != std::string::npos) return true;
  return false;
}

TEST(BenchSynthetic, OneLanguagePerArticleAndDeterministic) {
  SyntheticOptions options;
  options.text_bytes = 400;
  auto corpus = SyntheticCorpus::FromTexts({kEnglish, kFrench}, options, {"en", "fr"});
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  EXPECT_EQ(corpus->paragraphs(), 4u);
  const std::set<std::string> en = {"bravo", "charlie", "delta", "echo", "lima", "mike", "oscar", "papa", "romeo"};
  const std::set<std::string> fr = {"deux", "trois", "quatre", "cinq", "quatorze", "quinze", "seize", "trente"};
  int english = 0, french = 0;
  std::set<std::string> seen;
  for (size_t i = 0; i < 60; ++i) {
    std::string text = corpus->Text(i);
    EXPECT_EQ(text, corpus->Text(i)) << "article " << i << " is not deterministic";
    bool has_en = HasAny(text, en), has_fr = HasAny(text, fr);
    EXPECT_NE(has_en, has_fr) << "article " << i << " mixes languages or has none:\n" << text;
    english += has_en;
    french += has_fr;
    seen.insert(text);
  }
  EXPECT_GT(english, 10);
  EXPECT_GT(french, 10);
  EXPECT_EQ(seen.size(), 60u) << "no two articles alike";
}

// Teasers are cut from paragraphs at a byte count: the cut must not split a
// character, or the pages are not UTF-8 (and measure RepairUtf8, which real
// UTF-8 pages do not need).
TEST(BenchSynthetic, HtmlPagesAreValidUtf8) {
  const char* kGreek =
      "\xce\xb1\xce\xb2\xce\xb3 \xce\xb4\xce\xb5 \xce\xb6\xce\xb7\xce\xb8\xce\xb9 \xe2\x82\xac\xe2\x82\xac "
      "\xce\xba\xce\xbb\xce\xbc \xce\xbd\xce\xbe\xce\xbf\xcf\x80 \xcf\x81\xcf\x83 \xe2\x82\xac "
      "\xcf\x84\xcf\x85\xcf\x86\xcf\x87 \xcf\x88\xcf\x89 \xce\xac\xce\xad\xce\xae \xce\xaf\xcf\x8c "
      "\xcf\x8d\xcf\x8e\xe2\x82\xac \xce\xb1\xce\xb2 \xce\xb3\xce\xb4\xce\xb5\xce\xb6 \xce\xb7 "
      "\xce\xb8\xce\xb9\xce\xba \xce\xbb\xce\xbc\xce\xbd\xce\xbe\xce\xbf \xcf\x80\xcf\x81\xcf\x83\n";
  SyntheticOptions options;
  options.text_bytes = 400;
  options.html_bytes = 8000;
  auto corpus = SyntheticCorpus::FromTexts({kGreek}, options, {"el"});
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  for (size_t i = 0; i < 20; ++i) {
    std::string page = corpus->Html(i);
    ASSERT_NE(page.find("/story/"), std::string::npos) << "page " << i << " has no teaser";
    EXPECT_TRUE(IsValidUtf8(page)) << "page " << i;
  }
}

}  // namespace
}  // namespace dragoman
