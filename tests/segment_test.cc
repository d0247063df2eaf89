#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/segmenter.h"

namespace dragoman {
namespace {

std::vector<std::string> Toks(const Segmenter& seg, const std::string& text) {
  std::vector<TokenSpan> spans;
  seg.Tokenize(text, 0, static_cast<uint32_t>(text.size()), &spans);
  std::vector<std::string> out;
  for (const auto& s : spans) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

std::vector<std::string> Sents(const Segmenter& seg, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : seg.Sentences(text)) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

using V = std::vector<std::string>;

TEST(SegmentTokens, FrenchElisionsSplitAfterApostrophe) {
  Segmenter fr("fr");
  EXPECT_EQ(Toks(fr, "l'OTAN"), (V{"l'", "OTAN"}));
  EXPECT_EQ(Toks(fr, "au Quai d'Orsay"), (V{"au", "Quai", "d'", "Orsay"}));
  EXPECT_EQ(Toks(fr, "de l\u2019Ukraine"), (V{"de", "l\u2019", "Ukraine"}));
  EXPECT_EQ(Toks(fr, "qu'il parte"), (V{"qu'", "il", "parte"}));
  EXPECT_EQ(Toks(fr, "aujourd'hui"), (V{"aujourd'hui"}));
}

TEST(SegmentTokens, HyphenatedNamesStayWhole) {
  Segmenter en("en");
  EXPECT_EQ(Toks(en, "Jean-Yves Le Drian, Franco-German group"),
            (V{"Jean-Yves", "Le", "Drian", ",", "Franco-German", "group"}));
  Segmenter fr("fr");
  EXPECT_EQ(Toks(fr, "les États-Unis."), (V{"les", "États-Unis", "."}));
}

TEST(SegmentTokens, EnglishClitics) {
  Segmenter en("en");
  EXPECT_EQ(Toks(en, "Ukraine's drones don't fly"), (V{"Ukraine", "'s", "drones", "do", "n't", "fly"}));
  EXPECT_EQ(Toks(en, "O'Brien"), (V{"O'Brien"}));
}

TEST(SegmentTokens, AbbreviationsKeepTheirPeriod) {
  Segmenter en("en");
  EXPECT_EQ(Toks(en, "Mr. Blinken left the U.S. on Friday."),
            (V{"Mr.", "Blinken", "left", "the", "U.S.", "on", "Friday", "."}));
  EXPECT_EQ(Toks(en, "J. R. Smith paid $1,000.50."), (V{"J.", "R.", "Smith", "paid", "$", "1,000.50", "."}));
  Segmenter fr("fr");
  EXPECT_EQ(Toks(fr, "BRUXELLES, 6 avr. (AFP)"), (V{"BRUXELLES", ",", "6", "avr.", "(", "AFP", ")"}));
}

TEST(SegmentTokens, QuotesAreTokens) {
  Segmenter fr("fr");
  EXPECT_EQ(Toks(fr, "à « construire »"), (V{"à", "«", "construire", "»"}));
  Segmenter en("en");
  EXPECT_EQ(Toks(en, "\u201cPutin,\u201d he said \"no\""),
            (V{"\u201c", "Putin", ",", "\u201d", "he", "said", "\"", "no", "\""}));
}

TEST(SegmentSentences, TitlesAndInitialsDoNotSplit) {
  Segmenter en("en");
  EXPECT_EQ(Sents(en, "Mr. Blinken met Dr. Smith in St. Louis. They talked."),
            (V{"Mr. Blinken met Dr. Smith in St. Louis.", "They talked."}));
  EXPECT_EQ(Sents(en, "The author J. R. Tolkien wrote it. Then he left."),
            (V{"The author J. R. Tolkien wrote it.", "Then he left."}));
  Segmenter fr("fr");
  EXPECT_EQ(Sents(fr, "BRUXELLES, 6 avr. (AFP) M. Blinken a parlé. Mme Dupont aussi."),
            (V{"BRUXELLES, 6 avr. (AFP) M. Blinken a parlé.", "Mme Dupont aussi."}));
}

TEST(SegmentSentences, FrenchClosingGuillemetStaysWithItsSentence) {
  Segmenter fr("fr");
  EXPECT_EQ(Sents(fr, "« Nous le faisons. »M. Blinken a poursuivi."),
            (V{"« Nous le faisons. »", "M. Blinken a poursuivi."}));
  EXPECT_EQ(Sents(fr, "Il a dit : « Nous le faisons. » Puis il est parti."),
            (V{"Il a dit : « Nous le faisons. »", "Puis il est parti."}));
}

TEST(SegmentSentences, ParagraphsAndOffsets) {
  Segmenter en("en");
  std::string text = "Title line without period\n\nSecond paragraph. Third one.";
  auto s = en.Sentences(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(text.substr(s[0].start, s[0].end - s[0].start), "Title line without period");
  EXPECT_EQ(s[2].end, text.size());
}

TEST(SegmentStage, FillsLayersForTitleAndText) {
  SegmentStage stage;
  Article a;
  a.language = "fr";
  a.title = "L’OTAN à Bruxelles";
  a.text = "Kiev résiste. Paris aide.";
  ASSERT_TRUE(stage.Process(a).ok());
  EXPECT_EQ(a.sentences.size(), 3u);
  ASSERT_EQ(a.tokens.size(), 10u);
  EXPECT_EQ(a.tokens[0].field, Field::kTitle);
  EXPECT_EQ(a.title->substr(a.tokens[1].start, a.tokens[1].end - a.tokens[1].start), "OTAN");
  EXPECT_EQ(a.tokens[4].field, Field::kText);
}

}  // namespace
}  // namespace dragoman
