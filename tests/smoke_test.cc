#include <gtest/gtest.h>
#include <unicode/normalizer2.h>

#include <string>
#include <vector>

#include "core/utf8_fold.h"
#include "dragoman/json_output.h"
#include "dragoman/pipeline.h"
#include "dragoman/utf8.h"
#include "random_pieces.h"

namespace dragoman {

TEST(Utf8, FoldsDiacriticsAndCase) {
  EXPECT_EQ(FoldForMatch("Séjourné"), "sejourne");
  EXPECT_EQ(FoldForMatch("l’OTAN"), "l'otan");
}

TEST(Utf8, RepairsInvalidSequences) {
  std::string bad = "ab\xC3(cd";
  EXPECT_FALSE(IsValidUtf8(bad));
  std::string fixed = RepairUtf8(bad);
  EXPECT_TRUE(IsValidUtf8(fixed));
  EXPECT_EQ(fixed, "ab\xEF\xBF\xBD(cd");
}

// Byte by byte, as RepairUtf8 did before it copied valid stretches whole.
std::string RepairByteByByte(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t before = i;
    char32_t cp = DecodeUtf8(s, i);
    if (cp == 0xFFFD) AppendUtf8(out, 0xFFFD);
    else out.append(s.substr(before, i - before));
  }
  return out;
}

TEST(Utf8, RepairCopiesValidStretchesUnchanged) {
  // Long ASCII runs (the 8-byte path), multi-byte letters, a real U+FFFD,
  // truncated, overlong and surrogate sequences, stray continuation bytes,
  // and bad bytes at the very start and end.
  RandomPieces random({"plain ascii text of some length, ", "\xC3\xA9t\xC3\xA9 ", "\xE6\x97\xA5\xE6\x9C\xAC",
                       "\xF0\x9F\x98\x80", "\xEF\xBF\xBD", "\xC3", "\xE6\x97", "\xC0\xAF", "\xED\xA0\x80",
                       "\x80\xBF", "\xFF", "x"},
                      7);
  for (int round = 0; round < 2000; ++round) {
    std::string s = random.Join(random.Next() % 12);
    std::string fixed = RepairUtf8(s);
    ASSERT_EQ(fixed, RepairByteByByte(s)) << round;
    EXPECT_TRUE(IsValidUtf8(fixed));
  }
}

TEST(Utf8, NfcComposesDecomposedTextAndKeepsComposedTextAsIs) {
  const std::string decomposed = "Ste\xCC\x81phane Se\xCC\x81journe\xCC\x81";  // e + U+0301
  const std::string composed = "Stéphane Séjourné";
  EXPECT_FALSE(IsNfc(decomposed));
  EXPECT_EQ(ToNfc(decomposed), composed);
  EXPECT_TRUE(IsNfc(composed));
  EXPECT_EQ(ToNfc(composed), composed);
  EXPECT_TRUE(IsNfc(""));
  EXPECT_TRUE(IsNfc(std::string(1000, 'a')));
  EXPECT_TRUE(IsNfc("Київ, Москва, 東京, Ελλάδα"));
  // A combining mark past the first eight-byte word, after long ASCII.
  std::string late = std::string(37, 'x') + "cafe\xCC\x81";
  EXPECT_FALSE(IsNfc(late));
  EXPECT_EQ(ToNfc(late), std::string(37, 'x') + "café");
  // Hangul written as conjoining jamo composes to one syllable.
  EXPECT_EQ(ToNfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "한");
  // A combining mark with nothing to compose with stays, and is NFC.
  EXPECT_TRUE(IsNfc("x\xCC\xB8y"));
}

// The segment-wise check agrees with ICU's whole-string check on text mixing
// what NFC leaves alone with what it composes, reorders or replaces: marks
// after letters and after nothing, marks out of order, Hangul jamo after a
// syllable, singletons (ohm, angstrom, CJK compatibility ideographs, U+2000),
// Indic nuktas, emoji, curly quotes and dashes.
TEST(Utf8, NfcCheckAgreesWithIcuOnMixedText) {
  const std::vector<std::string> pieces = {
      "a", "e", " ", "Stra\xC3\x9F" "e", "\xC3\xA9", "\xCC\x81", "\xCC\xA3", "\xCC\x88", "\xE2\x80\x99",
      "\xE2\x80\x94", "\xE2\x80\x80", "\xE2\x84\xA6", "\xE2\x84\xAB", "\xEF\xA4\x80", "\xEA\xB0\x80",
      "\xE1\x85\xA1", "\xE1\x86\xAB", "\xE1\x84\x92", "\xE0\xA4\x95", "\xE0\xA4\xBC", "\xE0\xA5\x98",
      "\xF0\x9F\x98\x80", "\xD0\x98", "\xD0\xB8", "\xCC\x86", "\xE6\x9D\xB1", "\xE3\x81\x8B", "\xE3\x82\x99",
      "\xCE\xB1", "\xCD\x82", "\xCD\x85", "\xE2\x83\x97", "x", "\xD7\x90", "\xD6\xB8", "\xD6\xBC"};
  RandomPieces gen(pieces, 7);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  ASSERT_TRUE(U_SUCCESS(err));
  int composed = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s = gen.Join(1 + gen.Next() % 12);
    bool want = nfc->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), err);
    ASSERT_EQ(IsNfc(s), want) << round << " " << s;
    composed += want;
  }
  // Both answers occur often enough for the comparison to mean something.
  EXPECT_GT(composed, 2000);
  EXPECT_LT(composed, 18000);
}

TEST(JsonOutput, OffsetsAreCodepoints) {
  std::string s = "Séjourné a dit";
  EXPECT_EQ(CodepointOffset(s, s.find(" a ")), 8u);
}

TEST(Pipeline, RejectsStageWhoseInputIsMissing) {
  class NeedsMentions : public Stage {
   public:
    const char* name() const override { return "needs"; }
    std::vector<std::string> requires_layers() const override { return {"mentions"}; }
    std::vector<std::string> assigns_layers() const override { return {"x"}; }
    Status Process(Article&) override { return Status::OK(); }
  };
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<NeedsMentions>());
  PipelineOptions o;
  auto p = Pipeline::Create(nullptr, std::move(stages));
  EXPECT_FALSE(p.ok());
}

TEST(Utf8, AsciiFoldsLikeTheGeneralPath) {
  EXPECT_EQ(FoldForMatch("NATO Summit 2024, Vilnius-Nord"), "nato summit 2024, vilnius-nord");
  EXPECT_EQ(FoldForMatch("O'Brien"), "o'brien");
  EXPECT_EQ(FoldForMatch("ÉLYSÉE"), "elysee");
  // Words mixing ASCII and other characters fold whole: a letter with a
  // combining mark, ligatures, full-width letters, no-break spaces.
  EXPECT_EQ(FoldForMatch("Cafe\xCC\x81 Zu\xCC\x88rich"), "cafe zurich");
  EXPECT_EQ(FoldForMatch("\xEF\xAC\x81nance \xEF\xBC\xAE\xEF\xBC\xA1TO"), "finance nato");
  EXPECT_EQ(FoldForMatch("Kyiv\xC2\xA0Oblast, l\xE2\x80\x99Ukraine"), "kyiv oblast, l'ukraine");
  EXPECT_EQ(FoldForMatch("Stra\xC3\x9F" "e \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1"), "strasse \xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1");
}

// IsValidUtf8 skips ASCII eight bytes at a time: a bad byte is found at every
// offset, before, inside and after the ASCII runs.
TEST(Utf8, ValidityIsCheckedAtEveryOffset) {
  for (size_t at = 0; at < 20; ++at) {
    std::string s(20, 'a');
    EXPECT_TRUE(IsValidUtf8(s));
    s[at] = '\xC3';  // a lead byte without its continuation ('a')
    EXPECT_FALSE(IsValidUtf8(s)) << at;
    s.insert(at + 1, 1, '\xA9');  // now "é"
    EXPECT_TRUE(IsValidUtf8(s)) << at;
    s[at] = '\xFF';
    EXPECT_FALSE(IsValidUtf8(s)) << at;
  }
  EXPECT_TRUE(IsValidUtf8("0123456789 \xEF\xBF\xBD replacement character"));
}

// Words of Latin, Greek, Cyrillic, Arabic... letters and general punctuation
// are folded code point by code point from a table: every such code point
// alone, and next to every other one (a stride of them, plus the combining
// marks), folds as utf8proc folds the whole string.
TEST(Utf8, TableFoldMatchesUtf8procOnPairs) {
  std::vector<char32_t> cps;
  for (char32_t c = 0x21; c < 0x7F; ++c) cps.push_back(c);
  for (char32_t c = 0x80; c < 0x800; ++c) cps.push_back(c);
  for (char32_t c = 0x2000; c < 0x2070; ++c) cps.push_back(c);
  std::vector<char32_t> partners;
  for (size_t k = 0; k < cps.size(); k += 7) partners.push_back(cps[k]);
  for (char32_t c = 0x300; c < 0x370; ++c) partners.push_back(c);  // combining marks
  size_t differ = 0;
  for (char32_t a : cps) {
    std::string one;
    AppendUtf8(one, a);
    if (FoldForMatch(one) != FoldForMatchByUtf8proc(one)) ++differ;
    for (char32_t b : partners) {
      std::string ab = one, ba;
      AppendUtf8(ab, b);
      AppendUtf8(ba, b);
      AppendUtf8(ba, a);
      if (FoldForMatch(ab) != FoldForMatchByUtf8proc(ab)) ++differ;
      if (FoldForMatch(ba) != FoldForMatchByUtf8proc(ba)) ++differ;
    }
  }
  EXPECT_EQ(differ, 0u);
  // Our own examples: each of the three paths, and a word that leaves the
  // table half-way (a CJK letter after Latin ones) goes to utf8proc whole.
  for (std::string s : {"Séjourné à l’Élysée — «Bruxelles»…", "Ἀθῆναι Αθήνα ΜΟΣΧΑ Москва ǄEMAL Straße",
                        "e\xCC\x81te\xCC\x81 ﬁnance Ｎ\xC2\xA0" "ATO", "Café東京 İstanbul ﬀ ŉ ΐ"})
    EXPECT_EQ(FoldForMatch(s), FoldForMatchByUtf8proc(s)) << s;
  EXPECT_EQ(FoldForMatch("Séjourné ΜΟΣΧΑ l’Élysée"), "sejourne μοσχα l'elysee");
}

TEST(Pipeline, KeepsOnlyTheNamedStagesInTheirOrder) {
  PipelineOptions o;
  o.stages = {"dedup", "language"};
  auto p = Pipeline::Create(o);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ((*p)->stages().size(), 2u);
  EXPECT_STREQ((*p)->stages()[0]->name(), "language");
  EXPECT_STREQ((*p)->stages()[1]->name(), "dedup");

  o.stages = {"language", "entities"};  // entities need the segment stage's sentences
  EXPECT_FALSE(Pipeline::Create(o).ok());
  o.stages = {"languages"};
  auto unknown = Pipeline::Create(o);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("languages"), std::string::npos);
}

}  // namespace dragoman
