#include <gtest/gtest.h>

#include "dragoman/json_output.h"
#include "dragoman/pipeline.h"
#include "dragoman/utf8.h"

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
