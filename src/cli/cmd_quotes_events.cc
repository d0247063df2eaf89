// dragoman quotes / events / compare: who said what, who did what to whom,
// read from a store.
#include <cstdio>
#include <iostream>
#include <set>
#include <sstream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/store_util.h"
#include "dragoman/log.h"
#include "dragoman/utf8.h"

namespace dragoman::cli {
namespace {

std::string ArticleDate(const Article& a) { return a.published ? a.published->date : std::string(); }

bool DateIn(const std::string& date, const std::string& from, const std::string& to) {
  if (!from.empty() && (date.empty() || date.substr(0, std::min(date.size(), from.size())) < from.substr(0, date.size())))
    return false;
  if (!to.empty() && (date.empty() || date.substr(0, std::min(date.size(), to.size())) > to)) return false;
  return true;
}

// An entity matches a user's "NAME-OR-ID" when the id is equal or the folded
// name contains the folded query ("blinken" matches "Antony Blinken").
bool Matches(const std::string& query, const std::string& id, const std::string& name, const std::string& description) {
  if (query.empty()) return true;
  if (query == id) return true;
  std::string q = FoldForMatch(query);
  return (!name.empty() && FoldForMatch(name).find(q) != std::string::npos) ||
         (!description.empty() && FoldForMatch(description).find(q) != std::string::npos);
}

std::string Short(const std::string& s, size_t n) {
  if (s.size() <= n) return s;
  size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

nlohmann::json QuoteJson(const Article& a, const Quote& q) {
  return {{"article", a.id},
          {"date", ArticleDate(a)},
          {"outlet", a.outlet ? nlohmann::json(*a.outlet) : nlohmann::json(nullptr)},
          {"speaker", {{"id", q.speaker.id}, {"name", q.speaker.name}, {"description", q.speaker.description}}},
          {"text", q.text},
          {"via", q.via},
          {"fragment", q.fragment},
          {"language", a.language}};
}

nlohmann::json EventJson(const Article& a, const Event& e) {
  return {{"article", a.id},
          {"code", e.code},
          {"root", e.root},
          {"label", e.label},
          {"actor1", {{"id", e.actor1.id}, {"name", e.actor1.name}, {"code", e.actor1.code}}},
          {"actor2", {{"id", e.actor2.id}, {"name", e.actor2.name}, {"code", e.actor2.code}}},
          {"date", e.date},
          {"mood", e.mood},
          {"goldstein", e.goldstein},
          {"place", e.place_name},
          {"sentence", a.FieldText(e.span.field).substr(e.span.start, e.span.end - e.span.start)}};
}

int RunQuotes(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  bool jsonl = args.Get("format") == "jsonl";
  std::string speaker = args.Get("speaker"), from = args.Get("from"), to = args.Get("to");
  bool fragments = args.Has("fragments");
  size_t n = 0;
  Status s = store->ForEachArticle({}, [&](Article&& a) {
    if (!DateIn(ArticleDate(a), from, to)) return true;
    for (const Quote& q : a.quotes) {
      if (q.fragment && !fragments) continue;
      if (!Matches(speaker, q.speaker.id, q.speaker.name, q.speaker.description)) continue;
      ++n;
      if (jsonl) {
        std::cout << QuoteJson(a, q).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      } else {
        std::string who = !q.speaker.name.empty() ? q.speaker.name
                          : !q.speaker.description.empty() ? q.speaker.description : "(unattributed)";
        std::cout << ArticleDate(a) << "  " << who << (q.via.empty() ? "" : " (via " + q.via + ")") << "\n    “"
                  << Short(q.text, 200) << "”\n    " << a.id << (a.outlet ? "  " + *a.outlet : "") << "\n";
      }
    }
    return true;
  });
  if (!s.ok()) {
    LogError(s.ToString());
    return kExitFatal;
  }
  return n ? kExitOk : kExitNoResult;
}

int RunEvents(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  bool jsonl = args.Get("format") == "jsonl";
  std::string actor = args.Get("actor"), code = args.Get("code"), from = args.Get("from"), to = args.Get("to");
  size_t n = 0;
  if (!jsonl) std::printf("%-10s %-5s %-28s %-24s %-24s %s\n", "DATE", "CODE", "ACTION", "ACTOR1", "ACTOR2", "MOOD");
  Status s = store->ForEachArticle({}, [&](Article&& a) {
    for (const Event& e : a.events) {
      if (!code.empty() && e.code.rfind(code, 0) != 0) continue;
      if (!actor.empty() && !Matches(actor, e.actor1.id, e.actor1.name, "") && !Matches(actor, e.actor2.id, e.actor2.name, ""))
        continue;
      if (!DateIn(e.date, from, to)) continue;
      ++n;
      if (jsonl) {
        std::cout << EventJson(a, e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      } else {
        std::printf("%-10s %-5s %-28s %-24s %-24s %s\n", e.date.empty() ? "-" : e.date.c_str(), e.code.c_str(),
                    Short(e.label, 28).c_str(), Short(e.actor1.name + (e.actor1.code.empty() ? "" : " " + e.actor1.code), 24).c_str(),
                    Short(e.actor2.name + (e.actor2.code.empty() ? "" : " " + e.actor2.code), 24).c_str(), e.mood.c_str());
      }
    }
    return true;
  });
  if (!s.ok()) {
    LogError(s.ToString());
    return kExitFatal;
  }
  return n ? kExitOk : kExitNoResult;
}

// Two actors on one subject: what each said (quotes) and did (events) in the
// articles that match the subject, with sources.
int RunCompare(const Args& args) {
  const auto& pos = args.positional();
  if (pos.size() != 2) {
    LogError("compare needs two actors");
    return kExitUsage;
  }
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  std::string about = args.Get("about");
  // The articles about the subject: full-text search (plain words, any of them
  // ranked by BM25); without --about, every article.
  std::set<std::string> on_subject;
  bool filter = !about.empty();
  if (filter) {
    SearchQuery q;
    q.text = about;
    q.plain = true;
    q.limit = 500;
    auto page = store->Search(q);
    if (!page.ok()) {
      LogError(page.status().ToString());
      return kExitUsage;
    }
    for (const auto& h : page->hits) on_subject.insert(h.article.id);
    // Plain search needs every word; relax to any word when that finds nothing.
    if (on_subject.empty()) {
      std::string any;
      std::istringstream words(about);
      std::string w;
      while (words >> w) any += (any.empty() ? "" : " OR ") + ("\"" + w + "\"");
      q.text = any;
      q.plain = false;
      auto relaxed = store->Search(q);
      if (relaxed.ok())
        for (const auto& h : relaxed->hits) on_subject.insert(h.article.id);
    }
  }
  bool jsonl = args.Get("format") == "jsonl";
  struct Side {
    std::vector<nlohmann::json> said, did;
  };
  Side sides[2];
  Status s = store->ForEachArticle({}, [&](Article&& a) {
    if (filter && !on_subject.count(a.id)) return true;
    for (int k = 0; k < 2; ++k) {
      for (const Quote& q : a.quotes)
        if (!q.fragment && (Matches(pos[k], q.speaker.id, q.speaker.name, "") ||
                            (q.speaker.id.empty() && q.speaker.name.empty() && false)))
          sides[k].said.push_back(QuoteJson(a, q));
      for (const Event& e : a.events)
        if (Matches(pos[k], e.actor1.id, e.actor1.name, "")) sides[k].did.push_back(EventJson(a, e));
    }
    return true;
  });
  if (!s.ok()) {
    LogError(s.ToString());
    return kExitFatal;
  }
  for (int k = 0; k < 2; ++k) {
    if (jsonl) {
      nlohmann::json j = {{"actor", pos[k]}, {"about", about}, {"said", sides[k].said}, {"did", sides[k].did}};
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      continue;
    }
    std::cout << "== " << pos[k] << (about.empty() ? "" : " on \"" + about + "\"") << "\n";
    std::cout << "  said (" << sides[k].said.size() << "):\n";
    for (const auto& q : sides[k].said)
      std::cout << "    " << q["date"].get<std::string>() << "  “" << Short(q["text"].get<std::string>(), 160) << "”  ["
                << q["article"].get<std::string>() << "]\n";
    std::cout << "  did (" << sides[k].did.size() << "):\n";
    for (const auto& e : sides[k].did)
      std::cout << "    " << e["date"].get<std::string>() << "  " << e["label"].get<std::string>() << " -> "
                << e["actor2"]["name"].get<std::string>() << " (" << e["mood"].get<std::string>() << ")  ["
                << e["article"].get<std::string>() << "]\n";
    std::cout << "\n";
  }
  return (sides[0].said.size() + sides[0].did.size() + sides[1].said.size() + sides[1].did.size()) ? kExitOk
                                                                                                    : kExitNoResult;
}

Registrar quotes_reg({
    "quotes",
    "list quotes with their speakers",
    "--db FILE [--speaker NAME-OR-ID] [--from DATE] [--to DATE] [--format jsonl|table]",
    "Direct quotes from the stored articles. --speaker matches an entity id, or any speaker\n"
    "whose name or description contains the words (diacritics ignored). Fragments (short\n"
    "quoted words inside a sentence) are left out unless --fragments. Exit 1 when none.",
    {DbFlag(), FormatFlag(), {"speaker", "NAME-OR-ID", "only quotes by this speaker", "", false},
     {"from", "DATE", "articles published on or after", "", false},
     {"to", "DATE", "articles published on or before", "", false},
     {"fragments", "", "include quoted fragments", "", false}},
    0,
    RunQuotes,
});

Registrar events_reg({
    "events",
    "list events (who did what to whom)",
    "--db FILE [--actor NAME-OR-ID] [--code CAMEO] [--from DATE] [--to DATE] [--format jsonl|table]",
    "CAMEO-coded events from the stored articles, one per report (see 'export events' for\n"
    "events merged across articles). --code matches a code prefix (04 = every consultation).",
    {DbFlag(), FormatFlag(), {"actor", "NAME-OR-ID", "events with this actor on either side", "", false},
     {"code", "CAMEO", "CAMEO code or prefix", "", false},
     {"from", "DATE", "events on or after", "", false},
     {"to", "DATE", "events on or before", "", false}},
    0,
    RunEvents,
});

Registrar compare_reg({
    "compare",
    "what two actors said and did on one subject",
    "ACTOR1 ACTOR2 --db FILE [--about WORDS] [--format jsonl|table]",
    "Side by side: the quotes each actor gave and the events where each acted, in the\n"
    "articles that match --about (full-text search), with the article each came from.",
    {DbFlag(), FormatFlag(), {"about", "WORDS", "the subject (full-text search)", "", false}},
    2,
    RunCompare,
});

}  // namespace
}  // namespace dragoman::cli
