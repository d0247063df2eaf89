#include "stories/story_assigner.h"

#include <set>

#include "events/event_date.h"

namespace dragoman {
namespace {
// The headline of a story read back from the store: its language is not
// stored, so it is kept (the rule chose it when the story was written).
constexpr const char* kStoredTitle = "(stored)";
}  // namespace

bool PreferTitle(const std::string& current_lang, bool has_current, const std::string& candidate_lang) {
  if (!has_current) return true;
  return current_lang != "en" && candidate_lang == "en";
}

Result<std::unique_ptr<StoryAssigner>> StoryAssigner::Load(Store* store, StoryOptions options, size_t recent_undated) {
  std::unique_ptr<StoryAssigner> sa(new StoryAssigner(store, options));
  // A copy of an article whose story has left memory still joins that story.
  sa->clusterer_.set_stored_story_lookup([store](const std::string& article_id) {
    auto story = store->StoryOfArticle(article_id);
    return story.ok() ? *story : std::string();
  });
  auto newest = store->NewestStoryEnd();
  if (!newest.ok()) return newest.status();
  // Only the window the clusterer can still join needs its articles: stories
  // older than 4 windows behind the newest date are closed (Evict), so the
  // articles published since then, plus recent undated ones, are read (by the
  // store's date index), not the whole store; so are the records of the
  // stories they belong to.
  ScanOptions scan;
  int newest_day = DayNumberOf(*newest);
  if (newest_day != StoryEvidence::kNoDay) {
    scan.published_from = CalendarDay::FromDays(newest_day - 4 * options.window_days - 1).ToString();
    scan.recent_undated = recent_undated;
  }
  std::vector<std::string> touched;
  Status failed;
  Status st = store->ForEachArticle(scan, [&](Article&& a) {
    StoryEvidence ev = EvidenceOf(a, *sa->pivot_);
    auto stored = store->StoryOfArticle(a.id);
    if (!stored.ok()) {
      failed = stored.status();
      return false;
    }
    std::string story = *stored;
    if (!story.empty()) {
      sa->clusterer_.Restore(ev, story);
    } else {
      story = sa->clusterer_.Add(ev);
      touched.push_back(story);
    }
    failed = sa->Note(story, a);
    ++sa->restored_;
    return failed.ok();
  });
  if (!st.ok()) return st;
  if (!failed.ok()) return failed;
  DRAGOMAN_RETURN_IF_ERROR(sa->Write(touched));
  return sa;
}

Result<StoryAssigner::Record*> StoryAssigner::RecordOf(const std::string& story_id, const Article& a) {
  auto it = records_.find(story_id);
  if (it != records_.end()) return &it->second;
  Record r;
  r.record.id = story_id;
  // A story named after this (new) article is new; any other may be stored:
  // its stored record is the base that this article extends.
  if (story_id != "s:" + a.id) {
    auto stored = store_->GetStory(story_id);
    if (stored.ok()) {
      r.record = std::move(*stored);
      r.title_language = kStoredTitle;
    } else if (stored.status().code() != Code::kNotFound) {
      return stored.status();
    }
  }
  return &records_.emplace(story_id, std::move(r)).first->second;
}

Status StoryAssigner::Note(const std::string& story_id, const Article& a) {
  auto found = RecordOf(story_id, a);
  if (!found.ok()) return found.status();
  Record& r = **found;
  for (const auto& id : r.record.article_ids)
    if (id == a.id) return Status::OK();
  r.record.article_ids.push_back(a.id);
  if (a.title && r.title_language != kStoredTitle && PreferTitle(r.title_language, !r.record.title.empty(), a.language)) {
    r.record.title = *a.title;
    r.title_language = a.language;
  }
  if (a.published && !a.published->date.empty()) {
    const std::string& d = a.published->date;
    if (r.record.start.empty() || d < r.record.start) r.record.start = d;
    if (r.record.end.empty() || d > r.record.end) r.record.end = d;
  }
  return Status::OK();
}

Status StoryAssigner::Assign(const std::vector<Article>& articles) {
  std::vector<std::string> touched;
  for (const Article& a : articles) {
    std::string story = clusterer_.Add(EvidenceOf(a, *pivot_));
    DRAGOMAN_RETURN_IF_ERROR(Note(story, a));
    touched.push_back(story);
  }
  return Write(touched);
}

Status StoryAssigner::Write(const std::vector<std::string>& story_ids) {
  std::set<std::string> unique(story_ids.begin(), story_ids.end());
  std::vector<StoryRecord> out;
  for (const auto& id : unique) {
    StoryRecord r = records_[id].record;
    // A story without any title shows its first article's first words (set by readers).
    out.push_back(std::move(r));
  }
  if (!out.empty()) DRAGOMAN_RETURN_IF_ERROR(store_->UpsertStories(out, {}));
  // Records are kept for the stories that can still take articles: those the
  // clusterer closed (and those it no longer holds, such as an old story a
  // copy joined) are written and leave memory, so that memory follows the
  // time window, not the corpus.
  for (const std::string& id : clusterer_.ForgetClosed()) records_.erase(id);
  for (const auto& id : unique)
    if (!clusterer_.IsOpen(id)) records_.erase(id);
  return Status::OK();
}

}  // namespace dragoman
