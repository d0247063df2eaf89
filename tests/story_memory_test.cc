// Story clustering memory follows the time window, not the corpus: closed
// stories and their articles leave the clusterer (ForgetClosed) and the
// assigner's records, the feature dictionary stays under its limit, and a
// copy of an article whose story has left memory still joins that story.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "dragoman/store.h"
#include "events/event_date.h"
#include "stories/clusterer.h"
#include "stories/story_assigner.h"
#include "store_test_util.h"

namespace dragoman {
namespace {

constexpr int kDay0 = 19800;  // 2024-03-18

// One report of story `story` on day `day`: the story's own entities and
// words, plus words every report shares.
StoryEvidence Report(int day, int story, int copy) {
  StoryEvidence e;
  std::string s = "d" + std::to_string(day) + "s" + std::to_string(story);
  e.article_id = s + "a" + std::to_string(copy);
  e.day = kDay0 + day;
  e.features = {{"E:" + s + "-minister", 2.0}, {"E:" + s + "-town", 1.5}, {"W:" + s + "-harbour", 1.0},
                {"W:" + s + "-strike", 1.0},   {"W:report", 1.0},          {"E:kb:nato", 1.2}};
  std::sort(e.features.begin(), e.features.end());
  return e;
}

TEST(StoryMemory, ClosedStoriesLeaveMemoryAndCopiesStillFindTheirStory) {
  StoryClusterer c;
  std::map<std::string, std::string> written;  // what a store would hold: article -> story
  c.set_stored_story_lookup([&](const std::string& id) {
    auto it = written.find(id);
    return it == written.end() ? std::string() : it->second;
  });
  size_t tracked_at_day_20 = 0, stories_at_day_20 = 0;
  for (int day = 0; day < 60; ++day) {
    for (int story = 0; story < 20; ++story)
      for (int copy = 0; copy < 3; ++copy) {
        StoryEvidence e = Report(day, story, copy);
        written[e.article_id] = c.Add(e);
      }
    c.ForgetClosed();
    if (day == 20) {
      tracked_at_day_20 = c.tracked_article_count();
      stories_at_day_20 = c.story_count();
    }
  }
  // Reports of one story stay together, different stories apart.
  EXPECT_EQ(written["d59s3a0"], written["d59s3a2"]);
  EXPECT_NE(written["d59s3a0"], written["d59s4a0"]);
  // 3,600 articles and 1,200 stories went in; memory holds the window
  // (stories close 4 x 3 days behind the newest day): about 13 days' worth.
  EXPECT_LE(c.tracked_article_count(), 14u * 60);
  EXPECT_LE(c.story_count(), 14u * 20);
  EXPECT_EQ(c.tracked_article_count(), tracked_at_day_20);
  EXPECT_EQ(c.story_count(), stories_at_day_20);
  EXPECT_EQ(c.StoryOf("d0s0a0"), "");  // forgotten
  EXPECT_EQ(c.StoryOf("d59s0a0"), written["d59s0a0"]);

  // A copy of a day-0 report, published on day 60, joins the day-0 story
  // through the stored lookup, not a new story.
  StoryEvidence copy;
  copy.article_id = "late-copy";
  copy.duplicate_of = "d0s7a1";
  copy.day = kDay0 + 60;
  copy.features = {{"W:unrelated", 1.0}};
  EXPECT_EQ(c.Add(copy), written["d0s7a1"]);
  // It does not bring the closed story back into memory.
  EXPECT_FALSE(c.IsOpen(written["d0s7a1"]));
}

TEST(StoryMemory, WithoutForgettingEveryArticleStaysKnown) {
  // ForgetClosed is what frees memory: a caller that never calls it (the
  // stories evaluation) can still ask for the story of every article.
  StoryClusterer c;
  std::map<std::string, std::string> placed;
  for (int day = 0; day < 30; ++day)
    for (int story = 0; story < 5; ++story) {
      StoryEvidence e = Report(day, story, 0);
      placed[e.article_id] = c.Add(e);
    }
  EXPECT_EQ(c.tracked_article_count(), 150u);
  for (const auto& [article, story] : placed) EXPECT_EQ(c.StoryOf(article), story) << article;
}

TEST(StoryMemory, ReportsEveryDayCannotChainAStoryBeyondItsLongestSpan) {
  // The same actors in the news every day for a month: each report is close
  // to the previous one, but a story spans at most max_span_days (14).
  StoryClusterer c;
  std::vector<std::string> placed;
  for (int day = 0; day < 30; ++day) {
    StoryEvidence e = Report(0, 0, day);
    e.day = kDay0 + day;
    placed.push_back(c.Add(e));
  }
  EXPECT_EQ(placed[0], placed[14]);
  EXPECT_NE(placed[0], placed[15]);
  EXPECT_EQ(placed[15], placed[29]);
  EXPECT_LE(c.largest_open_story(), 15u);
}

TEST(StoryMemory, FeatureDictionaryStaysUnderItsLimitAndStoriesStillForm) {
  StoryOptions options;
  options.max_features = 400;
  StoryClusterer c(options);
  // 200 days of 5 stories: 4,000 features of their own, 260 in the open window.
  for (int day = 0; day < 200; ++day)
    for (int story = 0; story < 5; ++story) {
      // Each story brings 4 features of its own (plus 2 shared by all).
      std::string a = c.Add(Report(day, story, 0));
      std::string b = c.Add(Report(day, story, 1));
      EXPECT_EQ(a, b) << "day " << day << " story " << story;
      EXPECT_LE(c.feature_count(), options.max_features + 6);
    }
  // Common features survive every pruning: the shared words are still known
  // (a store-wide feature keeps its document frequency).
  EXPECT_GE(c.feature_count(), 2u);
}

TEST(StoryMemory, SlotReuseKeepsResultsOfOneOrderIdentical) {
  // The same stream with and without forgetting places every article alike:
  // forgetting frees memory only, it never changes a decision, not even a tie
  // (memory slots of forgotten stories are reused, so a later story can sit
  // in a lower slot than an earlier one).
  StoryClusterer keep, forget;
  for (int day = 0; day < 40; ++day) {
    std::map<int, std::string> story_of;
    for (int story = 0; story < 8; ++story)
      for (int copy = 0; copy < 2; ++copy) {
        StoryEvidence e = Report(day, story, copy);
        if (story == 7 && copy == 1) {
          // As close to story 5 as to story 6: the earlier story (5) wins.
          auto f5 = Report(day, 5, 0).features, f6 = Report(day, 6, 0).features;
          std::map<std::string, double> both(f5.begin(), f5.end());
          both.insert(f6.begin(), f6.end());
          e.features.assign(both.begin(), both.end());
        }
        std::string placed = keep.Add(e);
        ASSERT_EQ(forget.Add(e), placed) << e.article_id;
        if (story == 7 && copy == 1) {
          EXPECT_EQ(placed, story_of[5]) << e.article_id;
        }
        if (copy == 0) story_of[story] = placed;
      }
    forget.ForgetClosed();
  }
  EXPECT_LT(forget.story_count(), keep.story_count());
}

// The assigner over a real store: records of closed stories leave memory,
// a late copy joins its stored story, and a reload reads the window only.
Article Reported(int day, int story, int copy) {
  std::string s = "d" + std::to_string(day) + "s" + std::to_string(story);
  std::string date = CalendarDay::FromDays(kDay0 + day).ToString();
  Article a = testing::MakeArticle("Report " + s + " copy " + std::to_string(copy),
                                   "Minister " + s + " visited the harbour of town " + s + ".", "en", "Wire", date);
  for (const char* role : {"minister", "town"}) {
    std::string id = "kb:" + s + "-" + role;
    a.entities.push_back({id, id, role[0] == 'm' ? "PER" : "LOC", ""});
    Mention m;
    m.entity_id = id;
    m.type = a.entities.back().type;
    a.mentions.push_back(m);
  }
  return a;
}

TEST(StoryMemory, AssignerRecordsFollowTheWindowOverAStore) {
  testing::TempDir dir;
  StoreOptions o;
  o.create_if_missing = true;
  auto store = Store::Open(dir.File("s.db"), o);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto assigner = StoryAssigner::Load(store->get());
  ASSERT_TRUE(assigner.ok()) << assigner.status().ToString();
  Article first;
  size_t total = 0;
  for (int day = 0; day < 40; ++day) {
    std::vector<Article> batch;
    for (int story = 0; story < 3; ++story)
      for (int copy = 0; copy < 2; ++copy) batch.push_back(Reported(day, story, copy));
    if (day == 0) first = batch[0];
    ASSERT_TRUE((*store)->PutBatch(batch).ok());
    ASSERT_TRUE((*assigner)->Assign(batch).ok());
    total += batch.size();
  }
  // 120 stories stored; the assigner holds the open window's only.
  EXPECT_LE((*assigner)->stories(), 14u * 3);
  EXPECT_LE((*assigner)->tracked_articles(), 14u * 6);
  auto first_story = (*store)->StoryOfArticle(first.id);
  ASSERT_TRUE(first_story.ok());
  ASSERT_FALSE(first_story->empty());

  // A syndicated copy of the very first report arrives 40 days later.
  Article copy = testing::MakeArticle("Wire copy", "Nothing in common with the original wording at all.", "en",
                                      "Reprint", "2024-04-28");
  copy.duplicate_of = first.id;
  ASSERT_TRUE((*store)->PutBatch({copy}).ok());
  ASSERT_TRUE((*assigner)->Assign({copy}).ok());
  auto copy_story = (*store)->StoryOfArticle(copy.id);
  ASSERT_TRUE(copy_story.ok());
  EXPECT_EQ(*copy_story, *first_story);
  // The stored record of the old story is complete: its two reports and the copy.
  auto record = (*store)->GetStory(*first_story);
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record->article_ids.size(), 3u);

  // Reopening reads the window back, not the store; every article keeps a story.
  auto reloaded = StoryAssigner::Load(store->get());
  ASSERT_TRUE(reloaded.ok()) << reloaded.status().ToString();
  EXPECT_LT((*reloaded)->restored_articles(), total / 2);
  EXPECT_GT((*reloaded)->restored_articles(), 0u);
  auto unknown = (*store)->StoryOfArticle("no-such-article");
  EXPECT_EQ(unknown.status().code(), Code::kNotFound);
  auto newest = (*store)->NewestStoryEnd();
  ASSERT_TRUE(newest.ok());
  EXPECT_EQ(*newest, "2024-04-28");
}

}  // namespace
}  // namespace dragoman
