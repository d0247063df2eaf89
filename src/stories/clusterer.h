// Online, cross-lingual clustering of articles into stories (one real-world
// event as told by every outlet in every language).
//
// Each article becomes a sparse vector of language-independent evidence:
//   E:<entity id>   linked entities (people and places weigh most),
//   W:<pivot stem>  content words mapped to English stems (see pivot.h),
//   #<number>       numbers ("34", "60"),
// weighted by informativeness: an inverse document frequency kept online over
// every article seen (NATO and Ukraine, in every article of a NATO corpus, say
// little; Elabuga says a lot). An article joins the most similar open story
// (cosine against the story's centroid) when the similarity clears a threshold
// and the dates agree (a story's articles lie within a window of days of each
// other: the same ministers meeting in April 2022 and April 2024 are two
// stories); otherwise it starts a new story. A near-duplicate always joins its
// original's story. User decisions (merge, split) are constraints the
// clusterer obeys: a pinned article never moves, merged stories stay merged.
//
// Determinism: for one ingest order the result is always the same. Across
// orders, results can differ only where an article is close to two stories at
// once: the earlier story wins. Memory is bounded by the time window, not by
// the corpus: stories whose newest article is older than 4 x `window_days`
// behind the newest date seen close (they leave the candidate index at once;
// ForgetClosed then drops them and their articles from memory, their records
// stay in the store, and a copy of one of their articles still finds them
// through the stored-story lookup), and the feature dictionary forgets
// features seen in a single article once it holds `max_features`.
//
// Thread-safety: not thread-safe; one clusterer per store writer.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dragoman/article.h"
#include "stories/pivot.h"

namespace dragoman {

struct StoryOptions {
  // Minimum cosine similarity to join a story. Default: 0.10.
  double threshold = 0.10;
  // Articles of one story lie within this many days of the story's span
  // (publication dates of one event's reports rarely spread wider; 4 let the
  // EU summit of 14 December 2023 and the sanctions package of the 18th
  // merge). Default: 3.
  int window_days = 3;
  // The longest span of one story's dated articles, first to last. One
  // event's reports fall within days; without a bound, related reports
  // arriving every day chain a story into a months-long topic (and keep it
  // in memory for ever). Default: 14.
  int max_span_days = 14;
  // Extra similarity an undated article needs (dates cannot confirm it). Default: 0.03.
  double undated_penalty = 0.03;
  // Features kept per story centroid. Default: 96.
  size_t centroid_size = 96;
  // Share of the entity channel (linked entity ids) in the similarity; the
  // rest is the word channel (pivot stems and numbers). Each channel is a
  // cosine of its own, so that one name shared by two different events (the
  // same prime minister at a summit and in a sanctions story) cannot outweigh
  // what the two texts say. Default: 0.7 (entity ids are the same in every
  // language; pivot words lose some of their evidence across languages).
  double entity_share = 0.7;
  // Extra similarity needed when the article's date is a day and month
  // without a year that fits the story (the year cannot be checked). Default: 0.03.
  double yearless_penalty = 0.03;
  // Pseudo-articles in which every feature is taken to be absent, so that the
  // first articles of a store do not make every shared word look common:
  // idf = log((N + prior + 1) / (df + 0.5)). Default: 20.
  double idf_prior_documents = 20;
  // A story without any dated article closes once this many articles arrived
  // since it last took one (dates cannot close it). Default: 20000.
  uint64_t undated_horizon = 20000;
  // Stories scored in full per article: those sharing the most informative
  // features with it. Default: 32.
  size_t max_candidates = 32;
  // Features in more open stories than this nominate no candidates (they are
  // still weighed in the similarity). Default: 200.
  size_t candidate_postings_limit = 200;
  // Distinct features remembered (for their document frequency). Beyond it,
  // features in no open story that were seen in one article only (then two,
  // four...) are forgotten until a quarter of the room is free: a forgotten
  // feature counts as new when it comes back. Default: 1,000,000 (~120 MB).
  size_t max_features = 1000000;
};

// The evidence one article brings (computed once per article).
struct StoryEvidence {
  std::string article_id;
  std::optional<std::string> duplicate_of;
  int day = kNoDay;  // days since 1970-01-01 of the article's event/publication date
  // When only a day and month without a year are known (a dateline "PARIS,
  // 19 juin (AFP) -"): month * 100 + day; 0 when none or when `day` is known.
  int month_day = 0;
  std::vector<std::pair<std::string, double>> features;  // feature -> raw weight (before idf)
  static constexpr int kNoDay = -1000000;
};

// Builds the evidence of an article: entities, pivot words, numbers, and the
// date: the publication date, else a full date in the title or first
// paragraph, else the most common event date, else a day and month without a
// year from the title or first paragraph (the dateline).
StoryEvidence EvidenceOf(const Article& article, const Pivot& pivot);

// Days since epoch of "YYYY-MM-DD" (or YYYY-MM -> the 15th); kNoDay when unparsable.
int DayNumberOf(const std::string& date);

// Why an article went where it went (for `eval stories --explain`).
struct AddTrace {
  std::string best_story;      // most similar story that the dates allowed, even below the threshold
  double best_similarity = 0;  // its similarity
  double needed = 0;           // the similarity it had to clear
  std::string second_story;    // runner-up
  double second_similarity = 0;
  std::string best_shared;     // the features that weigh most in the best similarity
  size_t candidates = 0;       // stories that shared an informative feature
  size_t date_blocked = 0;     // candidates ruled out by the time window
  std::string reason;          // "duplicate", "joined", "new"
};

class StoryClusterer {
 public:
  explicit StoryClusterer(StoryOptions options = {}) : options_(options) {}

  // Places the article; returns its story id ("s:" + the first article's id).
  std::string Add(const StoryEvidence& evidence, AddTrace* trace = nullptr);

  // Puts the article in a known story (restoring a stored assignment).
  void Restore(const StoryEvidence& evidence, const std::string& story_id);

  // User decisions. Merge: every article of `from` now belongs to `into`, and
  // later articles that would join `from` join `into`. Split: the articles are
  // taken out of their story into a new one and pinned there.
  void Merge(const std::string& from, const std::string& into);
  std::string Split(const std::vector<std::string>& article_ids);

  // Story of an article, empty when unknown (or forgotten: see ForgetClosed).
  std::string StoryOf(const std::string& article_id) const;
  // Where the story of an article no longer in memory is found (the store):
  // article id -> story id, empty when none. Used for copies of old articles.
  void set_stored_story_lookup(std::function<std::string(const std::string&)> lookup) {
    stored_story_ = std::move(lookup);
  }
  // Drops the stories closed since the last call, and their articles, from
  // memory; returns their ids. A caller that keeps records per story calls it
  // once its records are written, and drops the same stories.
  std::vector<std::string> ForgetClosed();
  // Whether the story is in memory and still takes articles.
  bool IsOpen(const std::string& story_id) const;
  // Stories in memory (open, closed but not yet forgotten, user-made).
  size_t story_count() const { return story_index_.size(); }
  size_t open_story_count() const;
  // Articles in the largest open story.
  size_t largest_open_story() const;
  // Articles whose story is kept in memory, and features remembered.
  size_t tracked_article_count() const { return article_story_.size(); }
  size_t feature_count() const { return feature_ids_.size(); }

 private:
  // Features are interned once (FeatureId), so that the per-article work
  // compares integers in sorted vectors instead of hashing strings in maps.
  using FeatureId = uint32_t;
  using SparseVector = std::vector<std::pair<FeatureId, double>>;  // sorted by id
  struct Story {
    std::string id;
    SparseVector centroid;  // feature -> summed raw weight
    int first_day = StoryEvidence::kNoDay, last_day = StoryEvidence::kNoDay;
    std::vector<int> month_days;  // year-less dates of its articles (a few at most)
    // Squared norms of the centroid per channel (entities, words), cached.
    mutable double norm[2] = {0, 0};
    mutable uint64_t norm_documents = 0;  // documents_ when computed; 0: stale
    uint64_t last_seq = 0;        // articles seen when it last took one (undated stories close by this)
    size_t articles = 0;
    uint64_t seq = 0;  // creation order (slots are reused; ties go to the earlier story)
    bool open = true;
  };
  double Idf(FeatureId feature) const;
  // The article's features as ids (sorted), interning new ones and counting
  // their document frequency.
  SparseVector Intern(const StoryEvidence& e);
  // An article's features weighted once per Add: weight * idf^2 per feature
  // and its squared norm per channel (entities, words).
  struct Weighted {
    struct Feature {
      FeatureId feature;
      double weight_idf;  // w * idf * idf
      int channel;
    };
    std::vector<Feature> features;  // sorted by feature id
    double norm[2] = {0, 0};
  };
  Weighted Weigh(const SparseVector& features) const;
  double Similarity(const Weighted& e, const Story& s) const;
  void RefreshNorms(const Story& s) const;
  std::string TopShared(const SparseVector& e, const Story& s, size_t n) const;
  // Whether the article's date fits the story's: kFits, kFitsYearless (a
  // year-less date fits in some year), kUnknown (one side has no date) or
  // kClash (outside the time window).
  enum class DateFit { kFits, kFitsYearless, kUnknown, kClash };
  DateFit FitDates(const StoryEvidence& e, const Story& s) const;
  void Join(Story& s, const StoryEvidence& e, const SparseVector& features);
  void Evict(int newest_day);
  // Forgets rarely seen features when the dictionary is full (see max_features).
  void PruneFeatures();
  // Stores a new story in a free slot or at the end; returns its index.
  size_t NewStory(Story s);
  std::string Resolve(std::string story_id) const;

  StoryOptions options_;
  std::vector<Story> stories_;
  std::vector<size_t> open_stories_;  // indexes of the stories still open (a superset after a merge)
  std::vector<size_t> free_slots_;    // indexes of forgotten stories, reused
  std::vector<std::string> closed_;   // closed since the last ForgetClosed
  uint64_t next_story_seq_ = 0;
  std::function<std::string(const std::string&)> stored_story_;
  std::unordered_map<std::string, size_t> story_index_;           // story id -> index
  std::unordered_map<std::string, std::string> article_story_;    // article id -> story id
  std::unordered_map<std::string, std::string> merged_into_;      // story id -> story id
  std::unordered_map<FeatureId, std::vector<size_t>> postings_;  // feature -> open stories
  std::unordered_map<std::string, FeatureId> feature_ids_;        // feature -> id
  std::vector<std::string> feature_names_;                        // id -> feature (for traces)
  std::vector<uint32_t> df_;                                      // id -> articles with it
  std::vector<uint8_t> channel_;                                  // id -> 0 entity, 1 word or number
  std::vector<FeatureId> free_features_;                          // ids of forgotten features, reused
  uint64_t documents_ = 0;
  int newest_day_ = StoryEvidence::kNoDay;
  std::vector<double> overlap_;  // per-story candidate score scratch (all zero between calls)
  std::vector<size_t> touched_;
};

}  // namespace dragoman
