// dragoman entities: the most mentioned entities of a store.
// dragoman entity: everything the store holds on one entity: canonical name,
// the surface forms seen per language, mentions per month, and the entities it
// is mentioned with most.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/store_util.h"
#include "dragoman/kb.h"
#include "dragoman/log.h"
#include "dragoman/store.h"
#include "dragoman/utf8.h"

namespace dragoman::cli {
namespace {

int RunEntities(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  EntityQuery q;
  q.type = args.Get("type");
  q.language = args.Get("lang");
  long long top = 20;
  if (args.Has("top") && (!args.GetInt("top", &top) || top <= 0)) {
    LogError("--top wants a positive integer");
    return kExitUsage;
  }
  q.limit = static_cast<size_t>(top);
  auto rows = store->TopEntities(q);
  if (!rows.ok()) {
    LogError(rows.status().ToString());
    return kExitFatal;
  }
  bool jsonl = args.Get("format") == "jsonl";
  if (!jsonl) std::printf("%-36s %-4s %-32s %9s %9s\n", "ID", "TYPE", "NAME", "ARTICLES", "MENTIONS");
  for (const auto& r : *rows) {
    if (jsonl) {
      nlohmann::json j = {{"id", r.entity.id},
                          {"name", r.entity.name},
                          {"type", r.entity.type},
                          {"wikidata", r.entity.wikidata.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.entity.wikidata)},
                          {"articles", r.articles},
                          {"mentions", r.mentions}};
      std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
      std::printf("%-36s %-4s %-32s %9llu %9llu\n", r.entity.id.c_str(), r.entity.type.c_str(), r.entity.name.c_str(),
                  static_cast<unsigned long long>(r.articles), static_cast<unsigned long long>(r.mentions));
    }
  }
  return rows->empty() ? kExitNoResult : kExitOk;
}

// The stored entity a name or id stands for: the id itself, a KB entity of
// that name that the store holds, or a stored entity whose name folds alike.
Result<EntityRef> Resolve(Store& store, const std::string& what) {
  if (what.rfind("kb:", 0) == 0 || what.rfind("new:", 0) == 0) return store.GetEntity(what);
  KbOptions ko;
  if (auto kb = KnowledgeBase::Open(ko); kb.ok()) {
    for (const KbEntity* e : (*kb)->Lookup(KbKey(what))) {
      auto r = store.GetEntity(e->id);
      if (r.ok()) return r;
    }
  }
  std::string folded = FoldForMatch(what);
  EntityQuery q;
  q.limit = 100000;
  auto rows = store.TopEntities(q);
  if (!rows.ok()) return rows.status();
  for (const auto& r : *rows) {
    if (FoldForMatch(r.entity.name) == folded) return r.entity;
  }
  return Status::NotFound("no entity named '" + what + "' in the store");
}

int RunEntity(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  const std::string what = args.positional()[0];
  auto ent = Resolve(*store, what);
  if (!ent.ok()) {
    LogError(ent.status().ToString());
    return ent.status().code() == Code::kNotFound ? kExitNoResult : kExitFatal;
  }
  RowQuery mq;
  mq.entity_id = ent->id;
  mq.limit = 20000;
  auto mentions = store->Mentions(mq);
  if (!mentions.ok()) {
    LogError(mentions.status().ToString());
    return kExitFatal;
  }
  // Per article: language and month (published date), loaded once each.
  struct ArticleInfo {
    std::string language = "und", month = "unknown";
  };
  std::map<std::string, ArticleInfo> articles;
  for (const auto& m : *mentions) {
    if (articles.count(m.article_id)) continue;
    ArticleInfo info;
    if (auto a = store->GetArticle(m.article_id); a.ok()) {
      info.language = a->language;
      if (a->published && a->published->date.size() >= 7) info.month = a->published->date.substr(0, 7);
    }
    articles[m.article_id] = info;
  }
  std::map<std::string, std::map<std::string, int>> aliases;  // language -> surface -> count
  std::map<std::string, int> by_month;
  for (const auto& m : *mentions) {
    const ArticleInfo& info = articles[m.article_id];
    ++aliases[info.language][m.text];
    ++by_month[info.month];
  }
  // Co-occurring entities: in how many of this entity's articles each other one appears.
  std::map<std::string, int> co;
  size_t scanned = 0;
  for (const auto& [aid, info] : articles) {
    if (++scanned > 2000) break;
    RowQuery aq;
    aq.article_id = aid;
    aq.limit = 100000;
    auto rows = store->Mentions(aq);
    if (!rows.ok()) continue;
    std::set<std::string> ids;
    for (const auto& r : *rows) {
      if (r.entity_id != ent->id) ids.insert(r.entity_id);
    }
    for (const auto& id : ids) ++co[id];
  }
  std::vector<std::pair<std::string, int>> co_sorted(co.begin(), co.end());
  std::sort(co_sorted.begin(), co_sorted.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (co_sorted.size() > 10) co_sorted.resize(10);

  if (args.Get("format") == "jsonl") {
    nlohmann::json j = {{"id", ent->id}, {"name", ent->name}, {"type", ent->type},
                        {"wikidata", ent->wikidata.empty() ? nlohmann::json(nullptr) : nlohmann::json(ent->wikidata)},
                        {"articles", articles.size()}, {"mentions", mentions->size()}};
    j["aliases"] = nlohmann::json::object();
    for (const auto& [lang, forms] : aliases) j["aliases"][lang] = forms;
    j["months"] = by_month;
    j["co_occurring"] = nlohmann::json::array();
    for (const auto& [id, n] : co_sorted) {
      auto e = store->GetEntity(id);
      j["co_occurring"].push_back({{"id", id}, {"name", e.ok() ? e->name : ""}, {"articles", n}});
    }
    std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return kExitOk;
  }
  std::printf("%s  %s  %s%s\n", ent->name.c_str(), ent->type.c_str(), ent->id.c_str(),
              ent->wikidata.empty() ? "" : ("  " + ent->wikidata).c_str());
  std::printf("%zu mentions in %zu articles\n\naliases seen:\n", mentions->size(), articles.size());
  for (const auto& [lang, forms] : aliases) {
    std::printf("  %s:", lang.c_str());
    for (const auto& [f, n] : forms) std::printf("  %s (%d)", f.c_str(), n);
    std::printf("\n");
  }
  std::printf("\nmentions per month:\n");
  for (const auto& [m, n] : by_month) std::printf("  %-8s %d\n", m.c_str(), n);
  std::printf("\nmentioned with:\n");
  for (const auto& [id, n] : co_sorted) {
    auto e = store->GetEntity(id);
    std::printf("  %-32s %-36s %d articles\n", e.ok() ? e->name.c_str() : "", id.c_str(), n);
  }
  return kExitOk;
}

Registrar reg_entities({
    "entities",
    "list the most mentioned entities of a store",
    "--db FILE [--type PER|ORG|LOC|MISC] [--lang xx] [--top N] [--format table|jsonl]",
    "Prints the entities mentioned in the most articles, with their article and mention counts.",
    {DbFlag(), FormatFlag(), {"type", "TYPE", "only this type (PER, ORG, LOC, MISC)", "", false},
     {"lang", "xx", "only articles in this language", "", false}, {"top", "N", "how many", "20", false}},
    0,
    RunEntities,
});

Registrar reg_entity({
    "entity",
    "everything a store holds on one entity",
    "NAME-OR-ID --db FILE [--format table|jsonl]",
    "Finds the entity by id (kb:..., new:...) or by name in any language the knowledge base knows\n"
    "(\"OTAN\", \"Blinken\"), and prints its canonical name, the surface forms seen per language, its\n"
    "mentions per month and the entities it is mentioned with most.",
    {DbFlag(), FormatFlag()},
    1,
    RunEntity,
});

}  // namespace
}  // namespace dragoman::cli
