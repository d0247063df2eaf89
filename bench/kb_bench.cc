// Knowledge base: open (map + validate) time and lookups per second on the
// kb.bin the build produced (DRAGOMAN_BUILD_DATA_DIR). Run: build/dragoman_bench --benchmark_filter=Kb
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "dragoman/kb.h"

namespace dragoman {
namespace {

KbOptions BuildOptions() {
  KbOptions o;
  o.dir = DRAGOMAN_BUILD_DATA_DIR;
  o.ignore_env_extra = true;
  return o;
}

void BM_KbOpen(benchmark::State& state) {
  for (auto _ : state) {
    auto kb = KnowledgeBase::Open(BuildOptions());
    if (!kb.ok()) {
      state.SkipWithError(kb.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(kb->get());
  }
}
BENCHMARK(BM_KbOpen)->Unit(benchmark::kMillisecond);

// A mix of news tokens and n-grams: hits (names in several languages) and misses.
const std::vector<std::string>& Keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k;
    for (const char* s :
         {"nato", "otan", "united states", "etats-unis", "kiev", "kyiv", "paris", "bruxelles", "antony blinken",
          "blinken", "the", "said", "on", "tuesday", "minister", "foreign", "washington", "moscow", "kremlin",
          "russie", "ukraine", "zelensky", "le", "de", "la", "president", "emmanuel macron", "versailles",
          "quai d'orsay", "afp", "reuters", "a", "drone", "strikes", "oil", "facilities", "elabuga", "tatarstan",
          "conference", "press", "secretary", "of", "state", "sejourne", "self-defense", "in", "and", "x7q"}) {
      k.push_back(KbKey(s));
    }
    return k;
  }();
  return keys;
}

// Resident kB of the kb.bin mapping (/proc/self/smaps), or -1.
double MappingResidentKb() {
  std::ifstream in("/proc/self/smaps");
  std::string line;
  bool inside = false;
  double total = -1;
  while (std::getline(in, line)) {
    bool header = !line.empty() && line.find(':') > line.find(' ');  // "addr-addr perms ... path"
    if (header) inside = line.find("/kb.bin") != std::string::npos;
    else if (inside && line.rfind("Rss:", 0) == 0) total = (total < 0 ? 0 : total) + std::atof(line.c_str() + 4);
  }
  return total;
}

void BM_KbLookup(benchmark::State& state) {
  auto kb = KnowledgeBase::Open(BuildOptions());
  if (!kb.ok()) {
    state.SkipWithError(kb.status().ToString().c_str());
    return;
  }
  const auto& keys = Keys();
  size_t i = 0, hits = 0;
  for (auto _ : state) {
    auto c = (*kb)->Candidates(keys[i++ % keys.size()]);
    hits += !c.empty();
    benchmark::DoNotOptimize(c.data());
  }
  state.counters["lookups/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["hit_rate"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
  state.counters["kb_resident_kB"] = MappingResidentKb();
}
BENCHMARK(BM_KbLookup);

void BM_KbIsAliasPrefix(benchmark::State& state) {
  auto kb = KnowledgeBase::Open(BuildOptions());
  if (!kb.ok()) {
    state.SkipWithError(kb.status().ToString().c_str());
    return;
  }
  const auto& keys = Keys();
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize((*kb)->IsAliasPrefix(keys[i++ % keys.size()]));
  state.counters["calls/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_KbIsAliasPrefix);

void BM_KbRoleAndOffice(benchmark::State& state) {
  auto kb = KnowledgeBase::Open(BuildOptions());
  if (!kb.ok()) {
    state.SkipWithError(kb.status().ToString().c_str());
    return;
  }
  const std::string role = KbKey("head of American diplomacy");
  for (auto _ : state) {
    auto office = (*kb)->RoleToOffice(role, "");
    benchmark::DoNotOptimize((*kb)->OfficeHolder(office.value_or(""), "2024-04-02"));
  }
}
BENCHMARK(BM_KbRoleAndOffice);

}  // namespace
}  // namespace dragoman
