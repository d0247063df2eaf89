// dragoman search: full-text search over a store, with filters and pages.
#include <unistd.h>

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

json OptJson(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

std::string Clip(const std::optional<std::string>& s, size_t width) {
  std::string v = s && !s->empty() ? *s : "-";
  if (v.size() <= width) return v;
  size_t cut = width - 1;
  while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return v.substr(0, cut) + "~";
}

int RunSearch(const Args& args) {
  SearchQuery q;
  for (const auto& w : args.positional()) q.text += (q.text.empty() ? "" : " ") + w;
  q.plain = args.Has("plain");
  q.language = args.Get("lang");
  q.outlet = args.Get("outlet");
  q.entity_id = args.Get("entity");
  q.story_id = args.Get("story");
  q.from = args.Get("from");
  q.to = args.Get("to");
  q.cursor = args.Get("cursor");
  q.include_duplicates = !args.Has("no-duplicates");
  long long limit = 20;
  if (!args.GetInt("limit", &limit) || limit < 1 || limit > 10000) {
    LogError("--limit must be a number between 1 and 10000");
    return kExitUsage;
  }
  q.limit = static_cast<size_t>(limit);
  bool jsonl = args.Get("format") == "jsonl";
  bool bold = !jsonl && isatty(STDOUT_FILENO);
  if (bold) {
    q.highlight_open = "\x1b[1m";
    q.highlight_close = "\x1b[0m";
  }
  std::unique_ptr<Store> store = OpenStoreFromArgs(args, /*create=*/false);
  if (!store) return kExitFatal;
  Result<SearchPage> page = store->Search(q);
  if (!page.ok()) {
    LogError(page.status().ToString());
    return page.status().code() == Code::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  if (!jsonl && !page->hits.empty())
    std::printf("%-7s %-16s %-4s %-10s %-18s %s\n", "SCORE", "ID", "LANG", "DATE", "OUTLET", "TITLE");
  for (const auto& h : page->hits) {
    const ArticleSummary& a = h.article;
    if (jsonl) {
      json j = {{"id", a.id},
                {"score", h.score},
                {"title", OptJson(a.title)},
                {"outlet", OptJson(a.outlet)},
                {"language", a.language},
                {"published", OptJson(a.published)},
                {"url", OptJson(a.url)},
                {"source", a.source},
                {"snippet", h.snippet},
                {"duplicate_of", OptJson(a.duplicate_of)},
                {"story", OptJson(a.story_id)},
                {"cursor", h.cursor}};
      std::string line = j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
      std::fwrite(line.data(), 1, line.size(), stdout);
    } else {
      std::printf("%-7.3g %-16s %-4s %-10s %-18s %s\n", h.score, Clip(a.id, 16).c_str(), a.language.c_str(),
                  Clip(a.published, 10).c_str(), Clip(a.outlet, 18).c_str(), Clip(a.title, 70).c_str());
      std::string snippet = h.snippet;
      for (char& c : snippet)
        if (c == '\n') c = ' ';
      std::printf("        %s\n", snippet.c_str());
    }
  }
  if (!page->next_cursor.empty())
    std::fprintf(stderr, "more results: add --cursor %s\n", page->next_cursor.c_str());
  return page->hits.empty() ? kExitNoResult : kExitOk;
}

Registrar reg({
    "search",
    "full-text search in a store",
    "QUERY... [--db FILE] [--lang L] [--outlet O] [--entity ID] [--from DATE] [--to DATE] [--format jsonl|table]",
    "Finds articles whose title or text match QUERY, best first (BM25; title words weigh more).\n"
    "Matching ignores case and diacritics: 'Sejourne' finds 'Séjourné'. QUERY uses the FTS5\n"
    "syntax: words (all must occur), \"an exact phrase\", OR, NOT, prefix*, NEAR(a b, 5),\n"
    "title:word. With --plain every word is taken literally. Matched words are shown between\n"
    "[ and ] (bold on a terminal). When more results exist, stderr says which --cursor gives\n"
    "the next page; every jsonl hit also carries the cursor that continues after it.\n"
    "Exit status: 0 hits found, 1 none, 2 malformed query or flag, 4 no usable store.",
    {DbFlag(),
     FormatFlag(),
     {"lang", "CODE", "only articles in this language (ISO 639-1)", "", false},
     {"outlet", "NAME", "only articles from this outlet", "", false},
     {"entity", "ID", "only articles that mention this entity (kb:... or new:...)", "", false},
     {"story", "ID", "only articles of this story", "", false},
     {"from", "DATE", "published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)", "", false},
     {"to", "DATE", "published on or before DATE", "", false},
     {"limit", "N", "hits per page", "20", false},
     {"cursor", "CURSOR", "continue after a previous page", "", false},
     {"plain", "", "take every word of QUERY literally (no operators)", "", false},
     {"no-duplicates", "", "leave out near-duplicates (articles with duplicate_of)", "", false}},
    1,
    RunSearch,
});

}  // namespace
}  // namespace dragoman::cli
