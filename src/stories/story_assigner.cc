#include "stories/story_assigner.h"

#include <limits>
#include <set>

namespace dragoman {

bool PreferTitle(const std::string& current_lang, bool has_current, const std::string& candidate_lang) {
  if (!has_current) return true;
  return current_lang != "en" && candidate_lang == "en";
}

Result<std::unique_ptr<StoryAssigner>> StoryAssigner::Load(Store* store, StoryOptions options) {
  std::unique_ptr<StoryAssigner> sa(new StoryAssigner(store, options));
  auto stories = store->Stories(std::numeric_limits<size_t>::max() / 2);
  if (!stories.ok()) return stories.status();
  std::map<std::string, std::string> stored;  // article -> story
  for (const auto& s : *stories)
    for (const auto& a : s.article_ids) stored[a] = s.id;
  std::vector<std::string> touched;
  Status st = store->ForEachArticle({}, [&](Article&& a) {
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
  if (a.title && PreferTitle(r.title_language, !r.record.title.empty(), a.language)) {
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
