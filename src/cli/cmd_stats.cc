// dragoman stats: what a store holds. The same store always prints the same.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/store_util.h"
#include "dragoman/log.h"
#include "dragoman/store.h"

namespace dragoman::cli {
namespace {

using nlohmann::json;

json Counts(const std::vector<CountRow>& rows) {
  json a = json::array();
  for (const auto& r : rows) a.push_back({{"key", r.key.empty() ? json(nullptr) : json(r.key)}, {"count", r.count}});
  return a;
}

void PrintSection(const char* title, const std::vector<CountRow>& rows, const char* unknown, size_t max_rows) {
  if (rows.empty()) return;
  std::printf("\n%s:\n", title);
  size_t shown = 0;
  uint64_t rest = 0, rest_keys = 0;
  for (const auto& r : rows) {
    if (shown < max_rows) {
      std::printf("  %-32s %10s\n", r.key.empty() ? unknown : r.key.c_str(), Thousands(r.count).c_str());
      ++shown;
    } else {
      rest += r.count;
      ++rest_keys;
    }
  }
  if (rest_keys)
    std::printf("  %-32s %10s\n", ("(" + std::to_string(rest_keys) + " more)").c_str(), Thousands(rest).c_str());
}

int RunStats(const Args& args) {
  long long top = 10;
  if (!args.GetInt("top", &top) || top < 0 || top > 100000) {
    LogError("--top must be a number between 0 and 100000");
    return kExitUsage;
  }
  long long rows = 25;
  if (!args.GetInt("rows", &rows) || rows < 1) {
    LogError("--rows must be a positive number");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStoreFromArgs(args, /*create=*/false);
  if (!store) return kExitFatal;
  StatsOptions options;
  options.top_entities = static_cast<size_t>(top);
  Result<StoreStats> s = store->Stats(options);
  if (!s.ok()) {
    LogError(s.status().ToString());
    return kExitFatal;
  }
  if (args.Get("format") == "jsonl") {
    json ents = json::array();
    for (const auto& e : s->top_entities)
      ents.push_back({{"id", e.entity.id},
                      {"name", e.entity.name},
                      {"type", e.entity.type},
                      {"wikidata", e.entity.wikidata.empty() ? json(nullptr) : json(e.entity.wikidata)},
                      {"articles", e.articles},
                      {"mentions", e.mentions}});
    json j = {{"schema_version", s->schema_version},
              {"articles", s->articles},
              {"near_duplicates", s->near_duplicates},
              {"text_bytes", s->text_bytes},
              {"entities", s->entities},
              {"mentions", s->mentions},
              {"quotes", s->quotes},
              {"events", s->events},
              {"stories", s->stories},
              {"by_language", Counts(s->by_language)},
              {"by_outlet", Counts(s->by_outlet)},
              {"by_format", Counts(s->by_format)},
              {"by_month", Counts(s->by_month)},
              {"top_entities", ents}};
    std::string line = j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    std::fwrite(line.data(), 1, line.size(), stdout);
    return kExitOk;
  }
  size_t max_rows = static_cast<size_t>(rows);
  std::printf("%-34s %10s\n", "articles", Thousands(s->articles).c_str());
  std::printf("%-34s %10s\n", "near-duplicates", Thousands(s->near_duplicates).c_str());
  std::printf("%-34s %10s\n", "text (MB)", Thousands((s->text_bytes + 500000) / 1000000).c_str());
  if (s->entities) std::printf("%-34s %10s\n", "entities", Thousands(s->entities).c_str());
  if (s->mentions) std::printf("%-34s %10s\n", "mentions", Thousands(s->mentions).c_str());
  if (s->quotes) std::printf("%-34s %10s\n", "quotes", Thousands(s->quotes).c_str());
  if (s->events) std::printf("%-34s %10s\n", "events", Thousands(s->events).c_str());
  if (s->stories) std::printf("%-34s %10s\n", "stories", Thousands(s->stories).c_str());
  PrintSection("languages", s->by_language, "(unknown)", max_rows);
  PrintSection("outlets", s->by_outlet, "(unknown)", max_rows);
  PrintSection("formats", s->by_format, "(unknown)", max_rows);
  PrintSection("months", s->by_month, "(no date)", 1000000);
  if (!s->top_entities.empty()) {
    std::printf("\ntop entities:\n");
    for (const auto& e : s->top_entities)
      std::printf("  %-32s %-4s %-28s %6s articles %7s mentions\n", e.entity.name.c_str(), e.entity.type.c_str(),
                  e.entity.id.c_str(), Thousands(e.articles).c_str(), Thousands(e.mentions).c_str());
  }
  return kExitOk;
}

Registrar reg({
    "stats",
    "counts of what a store holds",
    "[--db FILE] [--format jsonl|table]",
    "Prints the number of articles, near-duplicates, entities, quotes, events and stories, and\n"
    "articles per language, outlet, input format and month (chronological), then the most\n"
    "mentioned entities. Lists are ordered by count then name, so the same store always prints\n"
    "the same. --format jsonl prints one JSON object. Exit status: 0, or 4 with no usable store.",
    {DbFlag(),
     FormatFlag(),
     {"top", "N", "how many top entities", "10", false},
     {"rows", "N", "rows per table section (the rest is summed)", "25", false}},
    0,
    RunStats,
});

}  // namespace
}  // namespace dragoman::cli
