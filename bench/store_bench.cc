// Store micro-benchmarks: batched writes and searches on the SQLite backend.
// End-to-end figures (read + pipeline + store) come from `dragoman bench`.
#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

#include "bench/synthetic_corpus.h"
#include "core/article_id.h"
#include "dragoman/store.h"

namespace dragoman {
namespace {

const char* kSample =
    "Foreign ministers of the alliance met in Brussels on Thursday to discuss air defence for Ukraine.\n"
    "The French minister said that Paris would deliver more shells before the summer, while Washington "
    "promised a new package of aid.\n"
    "Officials in Kyiv welcomed the decision but asked for faster deliveries of interceptors and radars.\n"
    "Analysts noted that several members still disagree on strikes against targets inside Russian territory.\n"
    "The summit in Vilnius had set out a path towards membership without fixing any date for it.\n"
    "Germany announced a plan to train pilots, and the Netherlands confirmed the transfer of aircraft.\n";

std::string TempPath(const char* name) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "dragoman-bench-XXXXXX").string();
  return std::string(mkdtemp(tmpl.data())) + "/" + name;
}

Article Make(const SyntheticCorpus& corpus, size_t i) {
  Article a;
  a.text = corpus.Text(i);
  a.title = a.text.substr(0, a.text.find('\n'));
  a.language = i % 3 ? "en" : "fr";
  a.outlet = i % 2 ? "Wire One" : "Wire Two";
  a.published = PublishedDate{"2024-0" + std::to_string(1 + i % 9) + "-15", "day", "bench"};
  a.source = {"bench/" + std::to_string(i) + ".txt", "", "", "txt"};
  a.id = ArticleId(a);
  return a;
}

// Articles of about 3 KB, 500 per transaction, into one growing store.
void BM_PutBatch(benchmark::State& state) {
  auto corpus = SyntheticCorpus::FromTexts({kSample});
  std::string path = TempPath("put.db");
  auto store = Store::Open(path);
  size_t next = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Article> batch;
    for (int k = 0; k < 500; ++k) {
      batch.push_back(Make(*corpus, next++));
      bytes += static_cast<int64_t>(batch.back().text.size());
    }
    state.ResumeTiming();
    auto r = (*store)->PutBatch(batch);
    if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
  }
  state.SetItemsProcessed(static_cast<int64_t>(next));
  state.SetBytesProcessed(bytes);
  store->reset();
  std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}
BENCHMARK(BM_PutBatch)->Unit(benchmark::kMillisecond);

// Searches on a store of 20,000 articles: a common word, a rare word, a
// phrase with filters.
void BM_Search(benchmark::State& state) {
  static std::string path;
  static std::unique_ptr<Store> store;
  if (!store) {
    auto corpus = SyntheticCorpus::FromTexts({kSample});
    path = TempPath("search.db");
    store = std::move(*Store::Open(path));
    for (size_t b = 0; b < 40; ++b) {
      std::vector<Article> batch;
      for (size_t k = 0; k < 500; ++k) batch.push_back(Make(*corpus, b * 500 + k));
      (void)store->PutBatch(batch);
    }
  }
  SearchQuery q;
  switch (state.range(0)) {
    case 0: q.text = "minister"; break;
    case 1: q.text = "interceptors radars"; break;
    default:
      q.text = "\"air defence\"";
      q.language = "en";
      q.from = "2024-03";
      q.to = "2024-05";
  }
  size_t hits = 0;
  for (auto _ : state) {
    auto page = store->Search(q);
    if (!page.ok()) state.SkipWithError(page.status().ToString().c_str());
    else hits = page->hits.size();
  }
  state.counters["hits"] = static_cast<double>(hits);
}
BENCHMARK(BM_Search)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dragoman
