// Speed of segmentation and of recognition + linking (the entities stage), in
// tokens per second on one core, over a news-like text written for this
// benchmark. Uses the built knowledge base when there is one (as the pipeline
// does), else an empty one (the counter label says which).
//   ./build/dragoman_bench --benchmark_filter=Ner
#include <benchmark/benchmark.h>

#include <string>

#include "entities/entity_stage.h"
#include "text/segmenter.h"

namespace dragoman {
namespace {

// Our own sentences, in the register of the seeds.
const char* kEnglish =
    "US Secretary of State Antony Blinken met French Foreign Minister Stephane Sejourne in Paris on Tuesday, "
    "a day before a NATO meeting in Brussels. Blinken said Washington would not support strikes inside Russia. "
    "Mr. Sejourne told reporters that Ukraine had the right to defend itself against Russian attacks on kyiv. "
    "The head of American diplomacy then travelled to Versailles, where the Franco-German group KNDS builds "
    "Caesar guns, before lunch with President Emmanuel Macron at the Elysee. Kremlin spokesman Dmitry Peskov "
    "warned that Moscow saw the talks as an escalation, according to The Associated Press.\n\n";
const char* kFrench =
    "BRUXELLES, 6 avr. (AFP) - Le secrétaire d’État américain Antony Blinken a exhorté les pays de l’OTAN à "
    "maintenir la pression sur la Russie. M. Blinken a salué la coordination avec les alliés, selon l’AFP. "
    "Le secrétaire général Jens Stoltenberg a souligné que Kiev avait besoin de soutien face aux attaques dans "
    "le Donbas. Les États-Unis et la Grande-Bretagne ont promis des armes à l’Ukraine, a indiqué le Quai "
    "d’Orsay à Paris.\n\n";

Article MakeArticle(const char* paragraph, const std::string& lang, int copies) {
  Article a;
  a.language = lang;
  a.published = PublishedDate{"2024-04-02", "day", "bench"};
  for (int i = 0; i < copies; ++i) a.text += paragraph;
  return a;
}

std::shared_ptr<const KnowledgeBase> Kb() {
  static std::shared_ptr<const KnowledgeBase> kb = OpenKnowledgeBaseOrEmpty("");
  return kb;
}

void BM_NerSegment(benchmark::State& state, const char* paragraph, const char* lang) {
  Article a = MakeArticle(paragraph, lang, 20);
  SegmentStage seg;
  size_t tokens = 0;
  for (auto _ : state) {
    seg.Process(a);
    tokens += a.tokens.size();
    benchmark::DoNotOptimize(a.tokens.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_NerRecognizeLink(benchmark::State& state, const char* paragraph, const char* lang) {
  Article a = MakeArticle(paragraph, lang, 20);
  SegmentStage seg;
  seg.Process(a);
  EntityStage ent(Kb(), FindNerDataDir(""));
  ent.Process(a);  // loads the lexicons outside the timed loop
  size_t tokens = 0;
  for (auto _ : state) {
    ent.Process(a);
    tokens += a.tokens.size();
    benchmark::DoNotOptimize(a.mentions.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["mentions"] = static_cast<double>(a.mentions.size());
  state.SetLabel(Kb()->entity_count() ? "real KB" : "empty KB");
}

BENCHMARK_CAPTURE(BM_NerSegment, en, kEnglish, "en");
BENCHMARK_CAPTURE(BM_NerSegment, fr, kFrench, "fr");
BENCHMARK_CAPTURE(BM_NerRecognizeLink, en, kEnglish, "en");
BENCHMARK_CAPTURE(BM_NerRecognizeLink, fr, kFrench, "fr");

}  // namespace
}  // namespace dragoman
