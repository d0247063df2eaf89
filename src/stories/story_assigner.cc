#include "stories/story_assigner.h"

#include <limits>
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
  auto stories = store->Stories(std::numeric_limits<size_t>::max() / 2);
  if (!stories.ok()) return stories.status();
  std::map<std::string, std::string> stored;  // article -> story
  std::string newest;                         // latest end date of a stored story
  for (const auto& s : *stories) {
    for (const auto& a : s.article_ids) stored[a] = s.id;
    // Stored records are the base that later articles extend (their article
    // lists stay complete although only the time window is read back).
    Record& r = sa->records_[s.id];
    r.record = s;
    r.title_language = kStoredTitle;
    if (s.end > newest) newest = s.end;
  }
  // Only the window the clusterer can still join needs its articles: stories
  // older than 4 windows behind the newest date are closed (Evict), so the
  // articles published since then, plus recent undated ones, are read (by the
  // store's date index), not the whole store.
  ScanOptions scan;
  int newest_day = DayNumberOf(newest);
  if (newest_day != StoryEvidence::kNoDay) {
    scan.published_from = CalendarDay::FromDays(newest_day - 4 * options.window_days - 1).ToString();
    scan.recent_undated = recent_undated;
  }
  std::vector<std::string> touched;
  Status st = store->ForEachArticle(scan, [&](Article&& a) {
    StoryEvidence ev = EvidenceOf(a, *sa->pivot_);
    auto it = stored.find(a.id);
    std::string story;
    if (it != stored.end()) {
      story = it->second;
      sa->clusterer_.Restore(ev, story);
    } else {
      story = sa->clusterer_.Add(ev);
      touched.push_back(story);
    }
    sa->Note(story, a);
    ++sa->restored_;
    return true;
  });
  if (!st.ok()) return st;
  if (!touched.empty()) DRAGOMAN_RETURN_IF_ERROR(sa->Write(touched));
  return sa;
}

void StoryAssigner::Note(const std::string& story_id, const Article& a) {
  Record& r = records_[story_id];
  r.record.id = story_id;
  for (const auto& id : r.record.article_ids)
    if (id == a.id) return;
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
}

Status StoryAssigner::Assign(const std::vector<Article>& articles) {
  std::vector<std::string> touched;
  for (const Article& a : articles) {
    std::string story = clusterer_.Add(EvidenceOf(a, *pivot_));
    Note(story, a);
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
  return store_->UpsertStories(out, {});
}

}  // namespace dragoman
