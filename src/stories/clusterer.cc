#include "stories/clusterer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

#include "events/event_date.h"
#include "events/words.h"

namespace dragoman {

namespace {

// into += add, both sorted by feature id.
template <typename Sparse>
void AddInto(Sparse& into, const Sparse& add) {
  Sparse merged;
  merged.reserve(into.size() + add.size());
  auto a = into.begin();
  auto b = add.begin();
  while (a != into.end() || b != add.end()) {
    if (b == add.end() || (a != into.end() && a->first < b->first)) {
      merged.push_back(*a++);
    } else if (a == into.end() || b->first < a->first) {
      merged.push_back(*b++);
    } else {
      merged.push_back({a->first, a->second + b->second});
      ++a;
      ++b;
    }
  }
  into = std::move(merged);
}

}  // namespace

int DayNumberOf(const std::string& date) {
  if (date.size() >= 10) {
    auto d = CalendarDay::Parse(date.substr(0, 10));
    if (d) return static_cast<int>(d->DaysSinceEpoch());
  }
  if (date.size() == 7 && date[4] == '-') {
    auto d = CalendarDay::Parse(date + "-15");
    if (d) return static_cast<int>(d->DaysSinceEpoch());
  }
  return StoryEvidence::kNoDay;
}

namespace {

// The first date stated in `text` (the title, or the first paragraph where a
// dateline sits). A full date sets `day`; a day and month without a year set
// `month_day`. A weekday alone ("on Tuesday") gives nothing: it is recognised
// by resolving against two references with different weekdays.
void FirstStatedDate(const std::string& text, int* day, int* month_day) {
  if (text.empty()) return;
  std::vector<Word> words = SplitIntoWords(text, 0, static_cast<uint32_t>(text.size()));
  if (words.empty()) return;
  auto full = FindDateInWords(words, 0, words.size(), "");
  if (full) {
    if (full->precision == "day") *day = DayNumberOf(full->date);
    return;
  }
  auto a = FindDateInWords(words, 0, words.size(), "2001-12-31");
  auto b = FindDateInWords(words, 0, words.size(), "2002-12-31");
  if (!a || !b || a->precision != "day" || b->precision != "day") return;
  if (a->date.size() < 10 || a->date.substr(5) != b->date.substr(5)) return;
  *month_day = std::atoi(a->date.substr(5, 2).c_str()) * 100 + std::atoi(a->date.substr(8, 2).c_str());
}

}  // namespace

StoryEvidence EvidenceOf(const Article& a, const Pivot& pivot) {
  StoryEvidence ev;
  ev.article_id = a.id;
  ev.duplicate_of = a.duplicate_of;
  if (a.published && a.published->precision == "day") ev.day = DayNumberOf(a.published->date);
  // Dates the article states itself, in its head: the title, then the first
  // paragraphs (where bylines and datelines sit when extraction kept them).
  int stated_day = StoryEvidence::kNoDay, stated_month_day = 0;
  if (ev.day == StoryEvidence::kNoDay) {
    std::vector<std::string> head;
    if (a.title) head.push_back(*a.title);
    size_t start = 0;
    for (int i = 0; i < 6 && start < a.text.size() && start < 1200; ++i) {
      size_t end = std::min(a.text.find("\n\n", start), a.text.size());
      head.push_back(a.text.substr(start, end - start));
      start = end + 2;
    }
    // The latest full date wins: a byline or dateline dates the report, while
    // earlier dates in the lead recall past events ("the fire of 15 April 2019").
    for (const std::string& part : head) {
      int d = StoryEvidence::kNoDay, md = 0;
      FirstStatedDate(part, &d, &md);
      if (d != StoryEvidence::kNoDay) stated_day = std::max(stated_day, d);
      if (stated_month_day == 0) stated_month_day = md;
    }
    ev.day = stated_day;
  }
  if (ev.day == StoryEvidence::kNoDay) {
    // The date most events of the article happened on.
    std::map<std::string, int> votes;
    for (const Event& e : a.events)
      if (e.date.size() == 10) ++votes[e.date];
    int best = 0;
    for (const auto& [d, n] : votes)
      if (n > best) { best = n; ev.day = DayNumberOf(d); }
  }
  if (ev.day == StoryEvidence::kNoDay) ev.month_day = stated_month_day;
  std::map<std::string, double> f;
  // Entities: people and places name the event; countries and big bodies less so.
  std::map<std::string, int> mention_count;
  for (const Mention& m : a.mentions)
    if (!m.entity_id.empty()) ++mention_count[m.entity_id];
  for (const EntityRef& e : a.entities) {
    int n = std::max(1, mention_count[e.id]);
    double w = e.type == "PER" ? 2.0 : e.type == "LOC" ? 1.5 : e.type == "ORG" ? 1.2 : 0.8;
    f["E:" + e.id] += w * (1.0 + std::log(static_cast<double>(n)));
  }
  auto add_words = [&](const std::string& text, double weight) {
    std::map<std::string, int> tf;
    for (const std::string& t : pivot.Terms(text, a.language)) ++tf[t];
    for (const auto& [t, n] : tf) f[(t[0] == '#' ? "" : "W:") + t] += weight * (1.0 + std::log(static_cast<double>(n)));
  };
  if (a.title) add_words(*a.title, 1.0);
  add_words(a.text, 1.0);
  ev.features.assign(f.begin(), f.end());
  return ev;
}

double StoryClusterer::Idf(FeatureId feature) const {
  double df = feature < df_.size() ? df_[feature] : 0.0;
  return std::log((static_cast<double>(documents_) + options_.idf_prior_documents + 1.0) / (df + 0.5));
}

StoryClusterer::SparseVector StoryClusterer::Intern(const StoryEvidence& e) {
  SparseVector out;
  out.reserve(e.features.size());
  for (const auto& [feat, w] : e.features) {
    auto [it, added] = feature_ids_.try_emplace(feat, 0);
    if (added) {
      uint8_t channel = feat.rfind("E:", 0) == 0 ? 0 : 1;
      if (!free_features_.empty()) {
        it->second = free_features_.back();
        free_features_.pop_back();
        feature_names_[it->second] = feat;
        df_[it->second] = 0;
        channel_[it->second] = channel;
      } else {
        it->second = static_cast<FeatureId>(feature_names_.size());
        feature_names_.push_back(feat);
        df_.push_back(0);
        channel_.push_back(channel);
      }
    }
    ++df_[it->second];
    out.push_back({it->second, w});
  }
  std::sort(out.begin(), out.end());
  // The same feature twice (not made by EvidenceOf, but possible in a
  // hand-built evidence): weights add up.
  size_t k = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (k > 0 && out[k - 1].first == out[i].first) out[k - 1].second += out[i].second;
    else out[k++] = out[i];
  }
  out.resize(k);
  return out;
}

void StoryClusterer::RefreshNorms(const Story& s) const {
  // The idf drifts as articles arrive: norms are recomputed when the store
  // grew by a tenth since they were computed (always, while it is small).
  if (s.norm_documents != 0 && documents_ < s.norm_documents + s.norm_documents / 10) return;
  s.norm[0] = s.norm[1] = 0;
  for (const auto& [feat, w] : s.centroid) {
    double c = (w / s.articles) * Idf(feat);
    s.norm[channel_[feat]] += c * c;
  }
  s.norm_documents = documents_;
}

StoryClusterer::Weighted StoryClusterer::Weigh(const SparseVector& features) const {
  Weighted out;
  out.features.reserve(features.size());
  for (const auto& [feat, w] : features) {
    int ch = channel_[feat];
    double idf = Idf(feat);
    double a = w * idf;
    out.norm[ch] += a * a;
    out.features.push_back({feat, a * idf, ch});
  }
  return out;
}

double StoryClusterer::Similarity(const Weighted& e, const Story& s) const {
  // Two cosines, entities (E:) and words/numbers, mixed by entity_share.
  // Both vectors are sorted by feature id: one merge pass.
  double dot[2] = {0, 0};
  auto c = s.centroid.begin();
  for (const auto& f : e.features) {
    while (c != s.centroid.end() && c->first < f.feature) ++c;
    if (c == s.centroid.end()) break;
    if (c->first == f.feature) dot[f.channel] += f.weight_idf * (c->second / s.articles);
  }
  RefreshNorms(s);
  const double* na = e.norm;
  const double* nc = s.norm;
  double cos[2];
  for (int ch = 0; ch < 2; ++ch) cos[ch] = na[ch] > 0 && nc[ch] > 0 ? dot[ch] / std::sqrt(na[ch] * nc[ch]) : 0;
  bool has_entities = na[0] > 0 && nc[0] > 0, has_words = na[1] > 0 && nc[1] > 0;
  if (!has_entities) return cos[1];
  if (!has_words) return cos[0];
  return options_.entity_share * cos[0] + (1 - options_.entity_share) * cos[1];
}

namespace {

// Whether month*100+day `md` falls within `window` days of `day` in some year.
bool MonthDayNear(int md, int day, int window) {
  CalendarDay c = CalendarDay::FromDays(day);
  for (int y = c.y - 1; y <= c.y + 1; ++y) {
    CalendarDay t{y, md / 100, md % 100};
    if (std::abs(t.DaysSinceEpoch() - static_cast<long>(day)) <= window) return true;
  }
  return false;
}

// Whether two year-less dates are within `window` days of each other.
bool MonthDaysNear(int a, int b, int window) {
  CalendarDay ca{2001, a / 100, a % 100};
  return MonthDayNear(b, static_cast<int>(ca.DaysSinceEpoch()), window);
}

}  // namespace

StoryClusterer::DateFit StoryClusterer::FitDates(const StoryEvidence& e, const Story& s) const {
  const int w = options_.window_days;
  if (e.day != StoryEvidence::kNoDay) {
    if (s.first_day != StoryEvidence::kNoDay) {
      if (e.day < s.first_day - w || e.day > s.last_day + w) return DateFit::kClash;
      // A story spans at most max_span_days: reports that keep arriving on
      // related matters cannot chain it into a months-long topic.
      const int span = options_.max_span_days;
      return e.day > s.first_day + span || e.day < s.last_day - span ? DateFit::kClash : DateFit::kFits;
    }
    if (s.month_days.empty()) return DateFit::kUnknown;
    for (int md : s.month_days)
      if (MonthDayNear(md, e.day, w)) return DateFit::kFitsYearless;
    return DateFit::kClash;
  }
  if (e.month_day == 0) return DateFit::kUnknown;
  if (s.first_day != StoryEvidence::kNoDay)
    return MonthDayNear(e.month_day, s.first_day + (s.last_day - s.first_day) / 2, w + (s.last_day - s.first_day + 1) / 2)
               ? DateFit::kFitsYearless
               : DateFit::kClash;
  if (s.month_days.empty()) return DateFit::kUnknown;
  for (int md : s.month_days)
    if (MonthDaysNear(e.month_day, md, w)) return DateFit::kFitsYearless;
  return DateFit::kClash;
}

std::string StoryClusterer::TopShared(const SparseVector& e, const Story& s, size_t n) const {
  std::vector<std::pair<double, std::string>> parts;
  for (const auto& [feat, w] : e) {
    auto it = std::lower_bound(s.centroid.begin(), s.centroid.end(), std::make_pair(feat, -1e300));
    if (it == s.centroid.end() || it->first != feat) continue;
    double idf = Idf(feat);
    parts.push_back({-w * idf * (it->second / s.articles) * idf, feature_names_[feat]});
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  char buf[32];
  for (size_t i = 0; i < n && i < parts.size(); ++i) {
    std::snprintf(buf, sizeof buf, "=%.1f ", -parts[i].first);
    out += parts[i].second + buf;
  }
  return out;
}

void StoryClusterer::Join(Story& s, const StoryEvidence& e, const SparseVector& features) {
  if (!s.open) {
    // A closed or user-made story takes the article (a copy, a restored
    // assignment) without entering the candidate index again.
    ++s.articles;
    article_story_[e.article_id] = s.id;
    return;
  }
  if (e.day == StoryEvidence::kNoDay && e.month_day != 0 && s.month_days.size() < 8 &&
      std::find(s.month_days.begin(), s.month_days.end(), e.month_day) == s.month_days.end())
    s.month_days.push_back(e.month_day);
  AddInto(s.centroid, features);
  ++s.articles;
  s.last_seq = documents_;
  s.norm_documents = 0;
  if (e.day != StoryEvidence::kNoDay) {
    if (s.first_day == StoryEvidence::kNoDay || e.day < s.first_day) s.first_day = e.day;
    if (s.last_day == StoryEvidence::kNoDay || e.day > s.last_day) s.last_day = e.day;
  }
  // Keep the centroid small: the strongest features (raw weight x idf; ties:
  // the feature's name, so that ids do not decide).
  if (s.centroid.size() > options_.centroid_size * 2) {
    std::vector<std::pair<double, FeatureId>> ranked;
    ranked.reserve(s.centroid.size());
    for (const auto& [feat, w] : s.centroid) ranked.push_back({-w * Idf(feat), feat});
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return feature_names_[a.second] < feature_names_[b.second];
    });
    ranked.resize(std::min(ranked.size(), options_.centroid_size));
    std::vector<FeatureId> kept_ids;
    kept_ids.reserve(ranked.size());
    for (const auto& r : ranked) kept_ids.push_back(r.second);
    std::sort(kept_ids.begin(), kept_ids.end());
    SparseVector kept;
    kept.reserve(kept_ids.size());
    size_t k = 0;
    for (const auto& entry : s.centroid) {
      while (k < kept_ids.size() && kept_ids[k] < entry.first) ++k;
      if (k < kept_ids.size() && kept_ids[k] == entry.first) kept.push_back(entry);
    }
    s.centroid = std::move(kept);
  }
  size_t index = story_index_[s.id];
  for (const auto& [feat, w] : features) {
    auto& list = postings_[feat];
    if (list.empty() || list.back() != index) list.push_back(index);
  }
  article_story_[e.article_id] = s.id;
}

std::string StoryClusterer::Resolve(std::string id) const {
  for (int guard = 0; guard < 64; ++guard) {
    auto it = merged_into_.find(id);
    if (it == merged_into_.end()) return id;
    id = it->second;
  }
  return id;
}

std::string StoryClusterer::Add(const StoryEvidence& e, AddTrace* trace) {
  AddTrace local;
  AddTrace& t = trace ? *trace : local;
  t = AddTrace{};
  if (auto known = article_story_.find(e.article_id); known != article_story_.end()) return Resolve(known->second);
  if (feature_ids_.size() > options_.max_features) PruneFeatures();
  ++documents_;
  const SparseVector features = Intern(e);
  if (e.day != StoryEvidence::kNoDay && e.day > newest_day_) {
    newest_day_ = e.day;
    Evict(newest_day_);
  } else if (documents_ % 4096 == 0) {
    Evict(newest_day_);  // undated stories close by count
  }
  // A copy of a wire story joins its original's story.
  if (e.duplicate_of) {
    std::string original = StoryOf(*e.duplicate_of);
    if (original.empty() && stored_story_) {
      original = stored_story_(*e.duplicate_of);
      if (!original.empty()) original = Resolve(original);
    }
    if (!original.empty()) {
      // A story no longer in memory keeps its copies in the store only.
      if (auto it = story_index_.find(original); it != story_index_.end()) Join(stories_[it->second], e, features);
      t.reason = "duplicate";
      t.best_story = original;
      return original;
    }
  }
  // Candidate stories share informative features with the article: each
  // shared feature adds its idf, and only the `max_candidates` best-scored
  // stories (ties: the earlier story) get a full similarity. Stories outside
  // the time window are dropped here already.
  // Dense scratch indexed by story (reset through the list of touched ones).
  if (overlap_.size() < stories_.size()) overlap_.resize(stories_.size(), 0.0);
  touched_.clear();
  for (const auto& [feat, w] : features) {
    double idf = Idf(feat);
    if (idf < 0.5) continue;  // in almost every article: no evidence of one event
    auto it = postings_.find(feat);
    // A feature that many open stories share cannot say which one this is:
    // it still counts in the similarity, but nominates no candidates.
    if (it == postings_.end() || it->second.size() > options_.candidate_postings_limit) continue;
    for (size_t idx : it->second) {
      if (!stories_[idx].open) continue;
      if (overlap_[idx] == 0.0) touched_.push_back(idx);
      overlap_[idx] += idf;
    }
  }
  std::vector<std::tuple<double, uint64_t, size_t>> ranked;  // -score, story seq, index
  ranked.reserve(touched_.size());
  for (size_t idx : touched_) {
    double score = overlap_[idx];
    overlap_[idx] = 0.0;
    if (FitDates(e, stories_[idx]) == DateFit::kClash) {
      ++t.date_blocked;
      continue;
    }
    ranked.push_back({-score, stories_[idx].seq, idx});
  }
  size_t keep = std::min(ranked.size(), options_.max_candidates);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
  // Scored in creation order, so that on a tie the earlier story wins.
  std::vector<std::pair<uint64_t, size_t>> candidates;
  candidates.reserve(keep);
  for (size_t i = 0; i < keep; ++i) candidates.push_back({std::get<1>(ranked[i]), std::get<2>(ranked[i])});
  std::sort(candidates.begin(), candidates.end());
  const Weighted weighted = Weigh(features);
  t.candidates = touched_.size();
  double best = 0;
  size_t best_idx = 0;
  bool found = false;
  for (const auto& [seq, idx] : candidates) {
    const Story& s = stories_[idx];
    if (merged_into_.count(s.id)) continue;
    double need = options_.threshold;
    DateFit fit = FitDates(e, s);
    if (fit == DateFit::kClash) {
      ++t.date_blocked;
      continue;
    }
    if (fit == DateFit::kUnknown) need += options_.undated_penalty;
    if (fit == DateFit::kFitsYearless) need += options_.yearless_penalty;
    double sim = Similarity(weighted, s);
    if (sim > t.best_similarity) {
      t.second_story = t.best_story;
      t.second_similarity = t.best_similarity;
      t.best_story = s.id;
      t.best_similarity = sim;
      if (trace) t.best_shared = TopShared(features, s, 10);
      t.needed = need;
    } else if (sim > t.second_similarity) {
      t.second_story = s.id;
      t.second_similarity = sim;
    }
    if (sim >= need && sim > best) {
      best = sim;
      best_idx = idx;
      found = true;
    }
  }
  if (found) {
    Join(stories_[best_idx], e, features);
    t.reason = "joined";
    return stories_[best_idx].id;
  }
  t.reason = "new";
  Story s;
  s.id = "s:" + e.article_id;
  size_t idx = NewStory(std::move(s));
  open_stories_.push_back(idx);
  Join(stories_[idx], e, features);
  return stories_[idx].id;
}

size_t StoryClusterer::NewStory(Story s) {
  s.seq = next_story_seq_++;
  size_t idx;
  if (!free_slots_.empty()) {
    idx = free_slots_.back();
    free_slots_.pop_back();
    stories_[idx] = std::move(s);
  } else {
    idx = stories_.size();
    stories_.push_back(std::move(s));
  }
  story_index_[stories_[idx].id] = idx;
  return idx;
}

void StoryClusterer::Restore(const StoryEvidence& e, const std::string& story_id) {
  if (article_story_.count(e.article_id)) return;
  if (feature_ids_.size() > options_.max_features) PruneFeatures();
  ++documents_;
  const SparseVector features = Intern(e);
  if (e.day != StoryEvidence::kNoDay && e.day > newest_day_) {
    newest_day_ = e.day;
    Evict(newest_day_);
  }
  auto it = story_index_.find(story_id);
  if (it == story_index_.end()) {
    Story s;
    s.id = story_id;
    open_stories_.push_back(NewStory(std::move(s)));
    it = story_index_.find(story_id);
  }
  Join(stories_[it->second], e, features);
}

void StoryClusterer::Evict(int newest_day) {
  // Only the open stories are visited, so that the cost follows the window,
  // not the number of stories ever made.
  bool closed = false;
  std::erase_if(open_stories_, [&](size_t idx) {
    Story& s = stories_[idx];
    if (!s.open) {  // closed by a merge
      closed_.push_back(s.id);
      closed = true;
      return true;
    }
    bool old = s.last_day == StoryEvidence::kNoDay ? s.last_seq + options_.undated_horizon < documents_
                                                   : s.last_day < newest_day - 4 * options_.window_days;
    if (!old) return false;
    s.open = false;
    SparseVector().swap(s.centroid);
    closed_.push_back(s.id);
    closed = true;
    return true;
  });
  if (!closed) return;
  // Closed stories leave the postings too, so that memory and the candidate
  // search follow the open window, not the history.
  for (auto it = postings_.begin(); it != postings_.end();) {
    auto& list = it->second;
    std::erase_if(list, [&](size_t idx) { return !stories_[idx].open; });
    if (list.empty()) {
      it = postings_.erase(it);
    } else {
      if (list.capacity() > 2 * list.size() + 8) list.shrink_to_fit();
      ++it;
    }
  }
}

void StoryClusterer::Merge(const std::string& from, const std::string& into) {
  std::string a = Resolve(from), b = Resolve(into);
  if (a == b) return;
  merged_into_[a] = b;
  for (auto& [article, story] : article_story_)
    if (Resolve(story) == b) story = b;
  auto ia = story_index_.find(a), ib = story_index_.find(b);
  if (ia != story_index_.end() && ib != story_index_.end()) {
    Story& sa = stories_[ia->second];
    Story& sb = stories_[ib->second];
    AddInto(sb.centroid, sa.centroid);
    sb.articles += sa.articles;
    sb.norm_documents = 0;
    if (sa.first_day != StoryEvidence::kNoDay) {
      sb.first_day = sb.first_day == StoryEvidence::kNoDay ? sa.first_day : std::min(sb.first_day, sa.first_day);
      sb.last_day = std::max(sb.last_day, sa.last_day);
    }
    sa.open = false;
  }
}

std::string StoryClusterer::Split(const std::vector<std::string>& article_ids) {
  if (article_ids.empty()) return {};
  Story s;
  s.id = "s:" + article_ids.front() + ":split";
  s.open = false;  // a user-made story takes no new articles by itself
  for (const auto& id : article_ids) article_story_[id] = s.id;
  s.articles = article_ids.size();
  return stories_[NewStory(std::move(s))].id;
}

std::string StoryClusterer::StoryOf(const std::string& article_id) const {
  auto it = article_story_.find(article_id);
  return it == article_story_.end() ? std::string() : Resolve(it->second);
}

std::vector<std::string> StoryClusterer::ForgetClosed() {
  std::vector<std::string> gone;
  gone.swap(closed_);
  if (gone.empty()) return gone;
  std::unordered_set<std::string> ids(gone.begin(), gone.end());
  std::erase_if(article_story_, [&](const auto& entry) { return ids.count(entry.second) > 0; });
  for (const std::string& id : gone) {
    auto it = story_index_.find(id);
    if (it == story_index_.end() || stories_[it->second].open) continue;
    stories_[it->second] = Story{};
    stories_[it->second].open = false;
    free_slots_.push_back(it->second);
    story_index_.erase(it);
  }
  return gone;
}

bool StoryClusterer::IsOpen(const std::string& story_id) const {
  auto it = story_index_.find(story_id);
  return it != story_index_.end() && stories_[it->second].open;
}

void StoryClusterer::PruneFeatures() {
  // Features of open stories stay: their ids are in centroids and postings.
  const size_t target = options_.max_features - options_.max_features / 4;
  std::vector<FeatureId> freed;
  for (uint32_t limit = 1; feature_ids_.size() > target && limit < (1u << 30); limit *= 2) {
    for (auto it = feature_ids_.begin(); it != feature_ids_.end();) {
      FeatureId id = it->second;
      if (df_[id] <= limit && !postings_.count(id)) {
        freed.push_back(id);
        std::string().swap(feature_names_[id]);
        df_[id] = 0;
        it = feature_ids_.erase(it);
      } else {
        ++it;
      }
    }
  }
  // Reused lowest id first, whatever the hash table's order.
  std::sort(freed.begin(), freed.end(), std::greater<FeatureId>());
  free_features_.insert(free_features_.begin(), freed.begin(), freed.end());
  std::sort(free_features_.begin(), free_features_.end(), std::greater<FeatureId>());
}

size_t StoryClusterer::largest_open_story() const {
  size_t n = 0;
  for (size_t idx : open_stories_)
    if (stories_[idx].open) n = std::max(n, stories_[idx].articles);
  return n;
}

size_t StoryClusterer::open_story_count() const {
  size_t n = 0;
  for (size_t idx : open_stories_) n += stories_[idx].open;
  return n;
}

}  // namespace dragoman
