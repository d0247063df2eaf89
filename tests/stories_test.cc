#include "stories/clusterer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "stories/pivot.h"

namespace dragoman {
namespace {

Article Story(const std::string& id, const std::string& lang, const std::string& date, const std::string& title,
              const std::string& text, const std::vector<std::pair<std::string, std::string>>& entities) {
  Article a;
  a.id = id;
  a.language = lang;
  if (!date.empty()) a.published = PublishedDate{date, "day", "test"};
  a.title = title;
  a.text = text;
  for (const auto& [eid, type] : entities) {
    a.entities.push_back({eid, eid, type, ""});
    Mention m;
    m.entity_id = eid;
    m.type = type;
    a.mentions.push_back(m);
  }
  return a;
}

TEST(Pivot, MapsFrenchWordsToEnglishStems) {
  auto pivot = Pivot::Shared();
  if (pivot->dictionary_entries() == 0) GTEST_SKIP() << "FreeDict dictionaries are not installed";
  auto fr = pivot->Terms("le gouvernement", "fr");
  auto en = pivot->Terms("the government", "en");
  ASSERT_EQ(fr.size(), 1u);
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(fr[0], en[0]);
}

TEST(Pivot, MapsItalianWordsToEnglishStems) {
  auto pivot = Pivot::Shared();
  if (!std::filesystem::exists("/usr/share/dictd/freedict-ita-eng.index")) GTEST_SKIP() << "FreeDict ita-eng is not installed";
  EXPECT_EQ(pivot->Terms("la guerra", "it"), pivot->Terms("the war", "en"));
  EXPECT_EQ(pivot->Terms("un attacco", "it"), pivot->Terms("an attack", "en"));
  // Italian stop words are dropped like English ones.
  EXPECT_TRUE(pivot->IsStopword("it", "della"));
}

TEST(Stories, SameEventAcrossLanguagesJoinsDifferentDatesSplit) {
  auto pivot = Pivot::Shared();
  StoryClusterer c;
  std::vector<std::pair<std::string, std::string>> meet = {
      {"kb:blinken", "PER"}, {"kb:sejourne", "PER"}, {"kb:paris", "LOC"}, {"kb:us", "LOC"}, {"kb:fr", "LOC"}};
  auto a1 = Story("a1", "en", "2024-04-02", "Blinken meets Sejourne in Paris",
                  "Blinken and Sejourne held talks in Paris about Ukraine and the Middle East.", meet);
  auto a2 = Story("a2", "fr", "2024-04-03", "Blinken reçu à Paris par Séjourné",
                  "Antony Blinken et Stéphane Séjourné se sont entretenus à Paris sur l'Ukraine.", meet);
  auto a3 = Story("a3", "en", "2024-06-08", "Blinken back in Paris for D-Day",
                  "Blinken returned to Paris and met Sejourne again during the D-Day anniversary.", meet);
  // Unrelated stories give the idf something to contrast with.
  auto u1 = Story("u1", "en", "2024-04-02", "Storm hits Brussels", "Heavy rain flooded streets in Brussels.",
                  {{"kb:brussels", "LOC"}});
  auto u2 = Story("u2", "en", "2024-04-02", "Football in Madrid", "Real Madrid won the match in Madrid.",
                  {{"kb:madrid", "LOC"}, {"kb:realmadrid", "ORG"}});
  std::string s1 = c.Add(EvidenceOf(a1, *pivot));
  c.Add(EvidenceOf(u1, *pivot));
  c.Add(EvidenceOf(u2, *pivot));
  std::string s2 = c.Add(EvidenceOf(a2, *pivot));
  std::string s3 = c.Add(EvidenceOf(a3, *pivot));
  EXPECT_EQ(s1, s2);
  EXPECT_NE(s1, s3);  // the same people two months later are another story
  EXPECT_NE(c.StoryOf("u1"), s1);
  EXPECT_NE(c.StoryOf("u1"), c.StoryOf("u2"));
}

TEST(Stories, NearDuplicateJoinsItsOriginal) {
  auto pivot = Pivot::Shared();
  StoryClusterer c;
  auto a = Story("orig", "en", "2024-01-01", "A", "Something about a harbour.", {{"kb:x", "LOC"}});
  auto b = Story("copy", "en", "2024-01-01", "Completely different words", "Nothing shared at all here.", {});
  b.duplicate_of = "orig";
  std::string first = c.Add(EvidenceOf(a, *pivot));
  EXPECT_EQ(c.Add(EvidenceOf(b, *pivot)), first);
}

TEST(Stories, UserMergeAndSplitAreKept) {
  auto pivot = Pivot::Shared();
  StoryClusterer c;
  auto a = Story("a", "en", "2024-01-01", "Summit in Vilnius", "Leaders met in Vilnius.", {{"kb:vilnius", "LOC"}});
  auto b = Story("b", "en", "2024-01-01", "Harvest in Kansas", "Farmers harvested wheat.", {{"kb:kansas", "LOC"}});
  std::string sa = c.Add(EvidenceOf(a, *pivot)), sb = c.Add(EvidenceOf(b, *pivot));
  ASSERT_NE(sa, sb);
  c.Merge(sb, sa);
  EXPECT_EQ(c.StoryOf("b"), sa);
  std::string split = c.Split({"b"});
  EXPECT_EQ(c.StoryOf("b"), split);
  // Re-adding a known article does not move it.
  EXPECT_EQ(c.Add(EvidenceOf(b, *pivot)), split);
}

TEST(Stories, DeterministicForOneOrder) {
  auto pivot = Pivot::Shared();
  auto run = [&] {
    StoryClusterer c;
    std::vector<std::string> out;
    for (int i = 0; i < 20; ++i) {
      auto a = Story("id" + std::to_string(i), "en", "2024-01-0" + std::to_string(1 + i % 9), "T",
                     "Text number " + std::to_string(i % 4) + " about ports.", {{"kb:p" + std::to_string(i % 4), "LOC"}});
      out.push_back(c.Add(EvidenceOf(a, *pivot)));
    }
    return out;
  };
  EXPECT_EQ(run(), run());
}

}  // namespace
}  // namespace dragoman

#include "stories/story_scores.h"

namespace dragoman {
namespace {

TEST(StoryScores, PerfectAndSingletonClusterings) {
  auto perfect = ScoreClusters({"a", "a", "b"}, {"x", "x", "y"});
  EXPECT_DOUBLE_EQ(perfect.bcubed_f1, 1.0);
  EXPECT_DOUBLE_EQ(perfect.pairwise_f1, 1.0);
  auto singletons = ScoreClusters({"a", "b", "c"}, {"x", "x", "y"});
  EXPECT_DOUBLE_EQ(singletons.bcubed_precision, 1.0);
  EXPECT_NEAR(singletons.bcubed_recall, (0.5 + 0.5 + 1.0) / 3, 1e-9);
  EXPECT_DOUBLE_EQ(singletons.pairwise_recall, 0.0);
  auto lumped = ScoreClusters({"a", "a", "a"}, {"x", "x", "y"});
  EXPECT_NEAR(lumped.bcubed_precision, (2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, 1e-9);
  EXPECT_DOUBLE_EQ(lumped.bcubed_recall, 1.0);
}

}  // namespace
}  // namespace dragoman

namespace dragoman {
namespace {

// Undated articles take the date their head states: a full date, or a
// dateline's day and month without a year; a weekday alone gives nothing.
TEST(StoriesDates, DatelineAndBylineDatesWhenUnpublished) {
  auto pivot = Pivot::Shared();
  Article a = Story("a", "en", "", "Summit opens", "Thursday December 14, 2023\n\nLeaders met in Brussels.", {});
  EXPECT_EQ(EvidenceOf(a, *pivot).day, DayNumberOf("2023-12-14"));
  Article b = Story("b", "fr", "", "Sommet", "BRUXELLES, 14 déc. (AFP) - Les dirigeants se sont réunis.", {});
  StoryEvidence eb = EvidenceOf(b, *pivot);
  EXPECT_EQ(eb.day, StoryEvidence::kNoDay);
  EXPECT_EQ(eb.month_day, 1214);
  Article c = Story("c", "en", "", "Talks", "The minister is in Paris on Tuesday for talks.", {});
  StoryEvidence ec = EvidenceOf(c, *pivot);
  EXPECT_EQ(ec.day, StoryEvidence::kNoDay);
  EXPECT_EQ(ec.month_day, 0);
}

// A year-less dateline far from a story's dates keeps the article out of it
// however similar the words; one near them lets it in.
TEST(StoriesDates, YearlessDatelineClashesWithAStoryMonthsAway) {
  StoryClusterer c;
  auto ev = [](const std::string& id, int day, int month_day) {
    StoryEvidence e;
    e.article_id = id;
    e.day = day;
    e.month_day = month_day;
    e.features = {{"E:kb:person/orban", 2.0}, {"E:kb:geo/brussels", 1.5}, {"W:summit", 1.0}, {"W:veto", 1.0}};
    return e;
  };
  std::string first = c.Add(ev("dec", DayNumberOf("2023-12-14"), 0));
  EXPECT_NE(c.Add(ev("feb", StoryEvidence::kNoDay, 201)), first);  // "1 Feb": seven weeks later
  EXPECT_EQ(c.Add(ev("dec2", StoryEvidence::kNoDay, 1215)), first);  // "15 Dec"
}

}  // namespace
}  // namespace dragoman
