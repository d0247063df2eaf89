#include <gtest/gtest.h>

#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "entities/ner_eval.h"
#include "ner_fake_kb.h"

namespace dragoman {
namespace {

TEST(NerEval, SpansFollowConllevalRules) {
  // IOB1: I- after O starts a chunk; B- splits two adjacent chunks of one type.
  auto s = SpansFromTags({"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"});
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], (BioSpan{0, 2, "PER"}));
  EXPECT_EQ(s[1], (BioSpan{2, 3, "PER"}));
  EXPECT_EQ(s[2], (BioSpan{4, 5, "LOC"}));
  EXPECT_EQ(s[3], (BioSpan{5, 6, "ORG"}));
}

std::string Temp(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dragoman_ner_eval_" + name)).string();
}

TEST(NerEval, ReadsFourColumnConllWithDocuments) {
  std::string p = Temp("conll.txt");
  std::ofstream(p) << "-DOCSTART- -X- O O\n\nJohn NNP I-NP I-PER\nSmith NNP I-NP I-PER\nleft VBD I-VP O\n\n"
                      "Paris NNP I-NP I-LOC\n";
  auto c = ReadBioFile(p);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->format, "conll");
  ASSERT_EQ(c->sentences.size(), 2u);
  EXPECT_TRUE(c->sentences[0].starts_document);
  EXPECT_EQ(c->sentences[0].gold[0], (BioSpan{0, 2, "PER"}));
  EXPECT_EQ(c->token_count, 4u);
  std::filesystem::remove(p);
}

TEST(NerEval, ReadsGzipTwoColumnAndHipe) {
  std::string p = Temp("wn.conll.gz");
  gzFile f = gzopen(p.c_str(), "wb");
  std::string body = "La\tO\nChine\tB-LOC\n.\tO\n\n";
  gzwrite(f, body.data(), static_cast<unsigned>(body.size()));
  gzclose(f);
  auto c = ReadBioFile(p);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->format, "iob2");
  EXPECT_EQ(c->sentences[0].gold[0], (BioSpan{1, 2, "LOC"}));
  std::filesystem::remove(p);

  std::string h = Temp("hipe.tsv");
  std::ofstream(h) << "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tA\tB\tC\tD\tE\tF\tMISC\n# document_id = x\n"
                      "Charlotte\tB-pers\tO\tO\tO\tO\tO\t_\t_\t_\nBourgoin\tI-pers\tO\tO\tO\tO\tO\t_\t_\tNoSpaceAfter\n"
                      ",\tO\tO\tO\tO\tO\tO\t_\t_\t_\nmardi\tB-time\tO\tO\tO\tO\tO\t_\t_\tEndOfSentence\n";
  auto hc = ReadBioFile(h);
  ASSERT_TRUE(hc.ok());
  EXPECT_EQ(hc->format, "hipe");
  ASSERT_EQ(hc->sentences[0].gold.size(), 1u);  // time is ignored
  EXPECT_EQ(hc->sentences[0].gold[0], (BioSpan{0, 2, "PER"}));
  EXPECT_FALSE(hc->sentences[0].space_after[1]);
  std::filesystem::remove(h);
}

TEST(NerEval, BadFileIsAnErrorWithItsPath) {
  auto c = ReadBioFile("/nonexistent/dir/x.conll");
  EXPECT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("/nonexistent/dir/x.conll"), std::string::npos);
}

TEST(NerEval, ScoresExactSpans) {
  std::string p = Temp("score.txt");
  std::ofstream(p) << "Officials\tO\nof\tO\nNATO\tB-ORG\nmet\tO\nin\tO\nBrussels\tB-LOC\n.\tO\n";
  auto c = ReadBioFile(p);
  ASSERT_TRUE(c.ok());
  testing::FakeKb kb;
  auto lex = NerLexicon::Load(FindNerDataDir(""), "en");
  ASSERT_TRUE(lex.ok());
  Recognizer rec(&kb, *lex);
  NerScores s = EvaluateNer(*c, rec, {});
  EXPECT_EQ(s.micro.gold, 2u);
  EXPECT_EQ(s.micro.correct, 2u);
  EXPECT_DOUBLE_EQ(s.micro.f1(), 1.0);
  EXPECT_EQ(s.tokens, 7u);
  std::filesystem::remove(p);
}

// The confusion table says where each gold span went: right type, other
// type on the same span, other boundaries, or nothing; and counts predictions
// that touch no gold span.
TEST(NerEval, ConfusionSortsGoldSpansByOutcome) {
  std::string p = Temp("confusion.txt");
  // Gold: NATO as MISC (the recognizer says ORG), Brussels LOC (right),
  // "Paris club" as ORG (the recognizer finds Paris alone: a boundary
  // error), nothing gold on Russia (spurious LOC).
  std::ofstream(p) << "NATO\tB-MISC\nmet\tO\nin\tO\nBrussels\tB-LOC\nwith\tO\nthe\tO\nParis\tB-ORG\nclub\tI-ORG\n"
                      ".\tO\n\nRussia\tO\nwaits\tO\n.\tO\n";
  auto c = ReadBioFile(p);
  ASSERT_TRUE(c.ok());
  testing::FakeKb kb;
  auto lex = NerLexicon::Load(FindNerDataDir(""), "en");
  ASSERT_TRUE(lex.ok());
  Recognizer rec(&kb, *lex);
  NerScores s = EvaluateNer(*c, rec, {});
  EXPECT_EQ(s.confusion["MISC"]["ORG"], 1u);
  EXPECT_EQ(s.confusion["LOC"]["LOC"], 1u);
  EXPECT_EQ(s.confusion["O"]["LOC"], 1u);
  EXPECT_EQ(s.confusion["ORG"]["span"] + s.confusion["ORG"]["missed"], 1u);
  std::filesystem::remove(p);
}

// As the entities stage, the evaluation reads each document twice: a surname
// alone in the first sentence is typed by the full name that comes later.
TEST(NerEval, TwoPassesPerDocumentLikeTheEntitiesStage) {
  std::string p = Temp("passes.txt");
  std::ofstream(p) << "-DOCSTART- -X- O O\n\nTalliston NNP I-NP I-PER\nwins NNP I-NP O\n\n"
                      "Marco NNP I-NP I-PER\nTalliston NNP I-NP I-PER\nwon VBD I-VP O\n. . O O\n";
  auto c = ReadBioFile(p);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  testing::FakeKb kb;
  auto lex = NerLexicon::Load(FindNerDataDir(""), "en");
  ASSERT_TRUE(lex.ok());
  Recognizer rec(&kb, *lex);
  NerEvalOptions two;
  NerScores s2 = EvaluateNer(*c, rec, two);
  EXPECT_EQ(s2.by_type["PER"].correct, 2u);
  NerEvalOptions one;
  one.passes = 1;
  NerScores s1 = EvaluateNer(*c, rec, one);
  EXPECT_EQ(s1.by_type["PER"].correct, 1u) << "one pass: the first sentence knows nothing yet";
  std::filesystem::remove(p);
}

}  // namespace
}  // namespace dragoman
