// Story clustering speed: StoryClusterer::Add on one core after the clusterer
// has already taken N articles (the target: at least 2,000 articles/s
// with a store of 1M articles), on a synthetic stream shaped like news: about
// 300 stories a day, 1-8 reports each over up to two days, each report with
// ~10 entity ids and ~50 pivot stems drawn from Zipf-like vocabularies (a few
// entities and words in every story, most rare). Also times EvidenceOf's pivot
// terms for a 3 KB text. Counters: open stories, stories and articles held in
// memory, and features remembered (they follow the time window and the
// dictionary limit, not N).
#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "stories/clusterer.h"
#include "stories/pivot.h"

namespace dragoman {
namespace {

class NewsStream {
 public:
  explicit NewsStream(uint32_t seed) : rng_(seed) {}

  // The next report: a new story starts with probability 0.35, else a report
  // of one of the last 600 stories (the last two days).
  StoryEvidence Next() {
    if (stories_.empty() || Uniform() < 0.35) NewStory();
    const Story& s = stories_[recent_.empty() ? stories_.size() - 1 : Pick()];
    StoryEvidence e;
    e.article_id = "a" + std::to_string(count_++);
    e.day = s.day + (Uniform() < 0.3 ? 1 : 0);
    for (size_t i = 0; i < s.features.size(); ++i)
      if (Uniform() < 0.7) e.features.push_back({s.features[i], 1.0 + Uniform()});
    for (int i = 0; i < 10; ++i) e.features.push_back({"W:" + std::to_string(Zipf(200000)), 1.0});
    std::sort(e.features.begin(), e.features.end());
    e.features.erase(std::unique(e.features.begin(), e.features.end(),
                                 [](const auto& a, const auto& b) { return a.first == b.first; }),
                     e.features.end());
    return e;
  }

 private:
  struct Story {
    int day;
    std::vector<std::string> features;
  };
  double Uniform() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
  // Rank r with probability ~ 1/r over [1, n].
  size_t Zipf(size_t n) { return static_cast<size_t>(std::exp(Uniform() * std::log(static_cast<double>(n)))); }
  size_t Pick() { return recent_[std::uniform_int_distribution<size_t>(0, recent_.size() - 1)(rng_)]; }
  void NewStory() {
    if (++in_day_ > 300) {
      in_day_ = 0;
      ++day_;
    }
    Story s;
    s.day = day_;
    for (int i = 0; i < 10; ++i) s.features.push_back("E:" + std::to_string(Zipf(50000)));
    for (int i = 0; i < 40; ++i) s.features.push_back("W:" + std::to_string(Zipf(200000)));
    stories_.push_back(std::move(s));
    recent_.push_back(stories_.size() - 1);
    if (recent_.size() > 600) recent_.erase(recent_.begin());
    if (stories_.size() > 5000) {  // keep the generator's own memory flat
      stories_.erase(stories_.begin(), stories_.begin() + 2500);
      for (auto& r : recent_) r -= 2500;
    }
  }
  std::mt19937 rng_;
  std::vector<Story> stories_;
  std::vector<size_t> recent_;
  int day_ = 19000, in_day_ = 0;
  uint64_t count_ = 0;
};

void BM_StoryClustererAdd(benchmark::State& state) {
  NewsStream stream(7);
  StoryClusterer clusterer;
  // As the assigner does after each written batch: closed stories leave memory.
  for (int64_t i = 0; i < state.range(0); ++i) {
    clusterer.Add(stream.Next());
    if (i % 1000 == 999) clusterer.ForgetClosed();
  }
  std::vector<StoryEvidence> batch;
  for (int i = 0; i < 20000; ++i) batch.push_back(stream.Next());
  size_t k = 0;
  for (auto _ : state) {
    if (k == batch.size()) {
      state.PauseTiming();
      batch.clear();
      for (int i = 0; i < 20000; ++i) batch.push_back(stream.Next());
      k = 0;
      state.ResumeTiming();
    }
    benchmark::DoNotOptimize(clusterer.Add(batch[k++]));
    if (k % 1000 == 0) clusterer.ForgetClosed();
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["open_stories"] = static_cast<double>(clusterer.open_story_count());
  state.counters["stories_in_memory"] = static_cast<double>(clusterer.story_count());
  state.counters["articles_in_memory"] = static_cast<double>(clusterer.tracked_article_count());
  state.counters["features"] = static_cast<double>(clusterer.feature_count());
  state.counters["largest_open_story"] = static_cast<double>(clusterer.largest_open_story());
}
BENCHMARK(BM_StoryClustererAdd)->Arg(20000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond)->Iterations(20000);

void BM_PivotTerms3KB(benchmark::State& state) {
  auto pivot = Pivot::Shared();
  std::string text;
  while (text.size() < 3000)
    text += "Les dirigeants européens se sont mis d'accord jeudi à Bruxelles sur une aide de 50 milliards "
            "d'euros à l'Ukraine, après la levée du veto hongrois. ";
  for (auto _ : state) benchmark::DoNotOptimize(pivot->Terms(text, "fr"));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_PivotTerms3KB)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace dragoman
