// dragoman export events|graph: the store's events as GDELT 2.0 rows or JSONL,
// and the actor network as GraphML or GEXF.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/store_util.h"
#include "dragoman/log.h"
#include "events/event_export.h"
#include "events/graph_export.h"

namespace dragoman::cli {
namespace {

bool InRange(const std::string& date, const std::string& from, const std::string& to) {
  if (!from.empty() && (date.empty() || date.substr(0, from.size()) < from)) return false;
  if (!to.empty() && (date.empty() || date.substr(0, to.size()) > to)) return false;
  return true;
}

int RunExportEvents(const Args& args) {
  std::string format = args.Get("format");
  if (format != "gdelt" && format != "jsonl") {
    LogError("export events: --format must be gdelt or jsonl");
    return kExitUsage;
  }
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  EventAggregator agg;
  Status s = store->ForEachArticle({}, [&](Article&& a) {
    agg.Add(a);
    return true;
  });
  if (!s.ok()) {
    LogError(s.ToString());
    return kExitFatal;
  }
  size_t reports = agg.reports();
  std::vector<AggregatedEvent> events = agg.Take();
  bool all_moods = args.Has("all-moods");
  std::string from = args.Get("from"), to = args.Get("to");
  uint64_t id = 0, written = 0;
  if (format == "gdelt" && args.Has("header")) {
    const auto& cols = GdeltColumns();
    for (size_t i = 0; i < cols.size(); ++i) std::cout << (i ? "\t" : "") << cols[i];
    std::cout << "\n";
  }
  for (const AggregatedEvent& e : events) {
    ++id;
    if (!InRange(e.event.date, from, to)) continue;
    if (format == "gdelt") {
      // GDELT has no mood: only events reported as facts go in its table.
      if (!all_moods && e.event.mood != "asserted" && !e.event.mood.empty()) continue;
      std::cout << GdeltRow(e, id) << "\n";
    } else {
      nlohmann::json j = {{"id", id},
                          {"code", e.event.code},
                          {"root", e.event.root},
                          {"label", e.event.label},
                          {"actor1", {{"id", e.event.actor1.id}, {"name", e.event.actor1.name}, {"code", e.event.actor1.code}}},
                          {"actor2", {{"id", e.event.actor2.id}, {"name", e.event.actor2.name}, {"code", e.event.actor2.code}}},
                          {"date", e.event.date},
                          {"mood", e.event.mood},
                          {"goldstein", e.event.goldstein},
                          {"place", e.event.place_name},
                          {"articles", e.articles},
                          {"sources", std::vector<std::string>(e.outlets.begin(), e.outlets.end())},
                          {"mentions", e.mentions}};
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    ++written;
  }
  LogInfo(std::to_string(reports) + " event reports -> " + std::to_string(events.size()) + " events, " +
          std::to_string(written) + " written");
  return kExitOk;
}

int RunExportGraph(const Args& args) {
  std::string format = args.Get("format");
  if (format != "graphml" && format != "gexf") {
    LogError("export graph: --format must be graphml or gexf");
    return kExitUsage;
  }
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  ActorGraph graph;
  Status s = store->ForEachArticle({}, [&](Article&& a) {
    graph.Add(a);
    return true;
  });
  if (!s.ok()) {
    LogError(s.ToString());
    return kExitFatal;
  }
  if (format == "graphml") graph.WriteGraphMl(std::cout);
  else graph.WriteGexf(std::cout);
  LogInfo(std::to_string(graph.nodes()) + " nodes, " + std::to_string(graph.edges()) + " edges");
  return kExitOk;
}

Registrar events_reg({
    "export events",
    "write the store's events as GDELT 2.0 rows or JSONL",
    "--db FILE --format gdelt|jsonl [--from DATE --to DATE]",
    "One row per real event: the same event reported by several articles is one row whose\n"
    "NumArticles/NumSources/NumMentions count the reports (GDELT writes a row per article).\n"
    "--format gdelt writes the 61 tab-separated columns of the GDELT 2.0 event table, in order\n"
    "(README: 'GDELT export'); only events reported as facts unless --all-moods.",
    {DbFlag(), {"format", "gdelt|jsonl", "output format", "gdelt", false},
     {"from", "DATE", "events on or after this date", "", false},
     {"to", "DATE", "events on or before this date", "", false},
     {"header", "", "print the column names first (gdelt)", "", false},
     {"all-moods", "", "include negated, hypothetical and intended events (gdelt)", "", false}},
    0,
    RunExportEvents,
});

Registrar graph_reg({
    "export graph",
    "write the actor network as GraphML or GEXF",
    "--db FILE --format graphml|gexf",
    "Nodes are entities (name, type, mentions, articles); edges are co-mentions (undirected,\n"
    "weight = articles naming both) and events (actor1 -> actor2, kind event:CODE, weight =\n"
    "reports), each with the first and last date seen.",
    {DbFlag(), {"format", "graphml|gexf", "output format", "graphml", false}},
    0,
    RunExportGraph,
});

}  // namespace
}  // namespace dragoman::cli
