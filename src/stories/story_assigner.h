// Keeps a store's stories up to date as articles arrive: restores the online
// clusterer from what the store already holds (the articles of the open time
// window with their stories, in insertion order, and those stories' records),
// then places each new article and writes the stories it touched. Memory
// follows the time window: records of stories that closed leave it once
// written. Assignments already stored never change here, so a
// user's merge or split survives later ingestion.
//
// Ownership: borrows the store. Thread-safety: none (one per store writer).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dragoman/store.h"
#include "stories/clusterer.h"

namespace dragoman {

class StoryAssigner {
 public:
  // Reads the articles of the time window the clusterer still joins
  // (published within 4 windows of the newest stored story's end, read
  // through the date index, plus the `recent_undated` most recently stored
  // undated articles) and the records of their stories, and assigns any of
  // those articles that has no story yet. An empty store, or one without
  // dates, is read whole.
  static Result<std::unique_ptr<StoryAssigner>> Load(Store* store, StoryOptions options = {},
                                                     size_t recent_undated = 5000);

  // Places the articles (already stored) and writes the stories they joined.
  Status Assign(const std::vector<Article>& articles);

  // Stories whose records are held in memory (those that can still take articles).
  size_t stories() const { return records_.size(); }
  // Articles whose story the clusterer still holds, and features it remembers.
  size_t tracked_articles() const { return clusterer_.tracked_article_count(); }
  size_t features() const { return clusterer_.feature_count(); }
  // Articles read back from the store by Load (the window, not the store).
  size_t restored_articles() const { return restored_; }

 private:
  struct Record {
    StoryRecord record;
    std::string title_language;  // language of the chosen headline
  };
  StoryAssigner(Store* store, StoryOptions options) : store_(store), clusterer_(options) {}
  // The record of a story, read from the store the first time a stored story
  // is met (its article list stays complete).
  Result<Record*> RecordOf(const std::string& story_id, const Article& a);
  Status Note(const std::string& story_id, const Article& a);
  Status Write(const std::vector<std::string>& story_ids);

  Store* store_;
  StoryClusterer clusterer_;
  std::shared_ptr<const Pivot> pivot_ = Pivot::Shared();
  std::map<std::string, Record> records_;
  size_t restored_ = 0;
};

// The representative headline rule: an English title when one exists, else the
// first title in the story's order.
bool PreferTitle(const std::string& current_lang, bool has_current, const std::string& candidate_lang);

}  // namespace dragoman
