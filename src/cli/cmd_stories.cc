// dragoman stories / story / story merge / story split / timeline.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <limits>
#include <set>

#include "cli/command.h"
#include "cli/store_util.h"
#include "dragoman/log.h"
#include "dragoman/utf8.h"
#include "stories/story_assigner.h"

namespace dragoman::cli {
namespace {

using nlohmann::json;

struct StoryView {
  StoryRecord record;
  std::vector<Article> articles;
  std::set<std::string> languages, outlets;
  std::vector<std::pair<std::string, int>> entities;  // id by count
  std::map<std::string, std::string> names, types;
};

StoryView Load(Store& store, const StoryRecord& r) {
  StoryView v;
  v.record = r;
  std::map<std::string, int> counts;
  for (const auto& id : r.article_ids) {
    auto a = store.GetArticle(id);
    if (!a.ok()) continue;
    v.languages.insert(a->language);
    if (a->outlet) v.outlets.insert(*a->outlet);
    for (const auto& e : a->entities) {
      ++counts[e.id];
      v.names[e.id] = e.name;
      v.types[e.id] = e.type;
    }
    v.articles.push_back(std::move(*a));
  }
  for (const auto& [id, n] : counts) v.entities.push_back({id, n});
  std::stable_sort(v.entities.begin(), v.entities.end(), [](auto& x, auto& y) { return x.second > y.second; });
  return v;
}

json StoryJson(const StoryView& v) {
  json ents = json::array();
  for (size_t i = 0; i < v.entities.size() && i < 20; ++i)
    ents.push_back({{"id", v.entities[i].first}, {"name", v.names.at(v.entities[i].first)}, {"count", v.entities[i].second}});
  return {{"id", v.record.id},
          {"title", v.record.title},
          {"start", v.record.start.empty() ? json(nullptr) : json(v.record.start)},
          {"end", v.record.end.empty() ? json(nullptr) : json(v.record.end)},
          {"languages", v.languages},
          {"outlets", v.outlets},
          {"articles", v.record.article_ids},
          {"entities", ents}};
}

Result<std::vector<StoryRecord>> AllStories(Store& store) { return store.Stories(std::numeric_limits<size_t>::max() / 2); }

int RunStories(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  auto all = AllStories(*store);
  if (!all.ok()) {
    LogError(all.status().ToString());
    return kExitFatal;
  }
  std::string from = args.Get("from"), to = args.Get("to"), lang = args.Get("lang"), entity = args.Get("entity");
  std::vector<StoryView> views;
  for (const auto& r : *all) {
    if (!from.empty() && (r.end.empty() || r.end < from)) continue;
    if (!to.empty() && (r.start.empty() || r.start.substr(0, to.size()) > to)) continue;
    StoryView v = Load(*store, r);
    if (!lang.empty() && !v.languages.count(lang)) continue;
    if (!entity.empty()) {
      bool found = false;
      std::string q = FoldForMatch(entity);
      for (const auto& [id, n] : v.entities)
        found = found || id == entity || FoldForMatch(v.names[id]).find(q) != std::string::npos;
      if (!found) continue;
    }
    views.push_back(std::move(v));
  }
  // Newest first; undated stories last.
  std::stable_sort(views.begin(), views.end(), [](const StoryView& a, const StoryView& b) {
    return a.record.start > b.record.start;
  });
  bool jsonl = args.Get("format") == "jsonl";
  if (!jsonl) std::printf("%-24s %-10s %-10s %4s %-12s %s\n", "ID", "START", "END", "ARTS", "LANGUAGES", "TITLE");
  for (const auto& v : views) {
    if (jsonl) {
      std::cout << StoryJson(v).dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
      continue;
    }
    std::string langs;
    for (const auto& l : v.languages) langs += (langs.empty() ? "" : ",") + l;
    std::string id = v.record.id.size() > 24 ? v.record.id.substr(0, 24) : v.record.id;
    std::printf("%-24s %-10s %-10s %4zu %-12s %s\n", id.c_str(), v.record.start.empty() ? "-" : v.record.start.c_str(),
                v.record.end.empty() ? "-" : v.record.end.c_str(), v.record.article_ids.size(), langs.c_str(),
                v.record.title.substr(0, 70).c_str());
  }
  return views.empty() ? kExitNoResult : kExitOk;
}

const StoryRecord* FindStory(const std::vector<StoryRecord>& all, const std::string& id) {
  for (const auto& r : all)
    if (r.id == id) return &r;
  // A unique prefix works too.
  const StoryRecord* found = nullptr;
  for (const auto& r : all)
    if (r.id.rfind(id, 0) == 0) {
      if (found) return nullptr;
      found = &r;
    }
  return found;
}

int RunStory(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  auto all = AllStories(*store);
  if (!all.ok()) {
    LogError(all.status().ToString());
    return kExitFatal;
  }
  const StoryRecord* r = FindStory(*all, args.positional()[0]);
  if (!r) {
    LogError("no story (or several) named " + args.positional()[0]);
    return kExitNoResult;
  }
  StoryView v = Load(*store, *r);
  json timeline = json::array(), quotes = json::array();
  for (const auto& a : v.articles) {
    for (const auto& e : a.events)
      timeline.push_back({{"date", e.date}, {"code", e.code}, {"label", e.label}, {"actor1", e.actor1.name},
                          {"actor2", e.actor2.name}, {"mood", e.mood}, {"article", a.id}});
    for (const auto& q : a.quotes)
      if (!q.fragment)
        quotes.push_back({{"speaker", q.speaker.name.empty() ? q.speaker.description : q.speaker.name},
                          {"text", q.text}, {"via", q.via}, {"article", a.id}, {"language", a.language}});
  }
  std::stable_sort(timeline.begin(), timeline.end(),
                   [](const json& x, const json& y) { return x["date"].get<std::string>() < y["date"].get<std::string>(); });
  if (args.Get("format") == "jsonl") {
    json j = StoryJson(v);
    j["timeline"] = timeline;
    j["quotes"] = quotes;
    std::cout << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  std::printf("%s\n%s  %s .. %s\n\narticles:\n", v.record.title.c_str(), v.record.id.c_str(),
              v.record.start.empty() ? "?" : v.record.start.c_str(), v.record.end.empty() ? "?" : v.record.end.c_str());
  std::map<std::string, std::vector<const Article*>> by_lang;
  for (const auto& a : v.articles) by_lang[a.language].push_back(&a);
  for (const auto& [lang, list] : by_lang) {
    std::printf("  [%s]\n", lang.c_str());
    for (const Article* a : list)
      std::printf("    %s  %-10s %-24s %s\n", a->id.c_str(), a->published ? a->published->date.c_str() : "-",
                  (a->outlet ? *a->outlet : std::string("-")).substr(0, 24).c_str(),
                  (a->title ? *a->title : std::string("")).substr(0, 70).c_str());
  }
  std::printf("\ntimeline:\n");
  for (const auto& e : timeline)
    std::printf("  %-10s %-4s %-30s %s -> %s (%s)\n", e["date"].get<std::string>().c_str(), e["code"].get<std::string>().c_str(),
                e["label"].get<std::string>().substr(0, 30).c_str(), e["actor1"].get<std::string>().c_str(),
                e["actor2"].get<std::string>().c_str(), e["mood"].get<std::string>().c_str());
  std::printf("\nquotes:\n");
  for (const auto& q : quotes)
    std::printf("  %s: “%s”\n", q["speaker"].get<std::string>().c_str(), q["text"].get<std::string>().substr(0, 160).c_str());
  std::printf("\nentities:\n");
  for (size_t i = 0; i < v.entities.size() && i < 15; ++i)
    std::printf("  %-4d %s (%s)\n", v.entities[i].second, v.names[v.entities[i].first].c_str(), v.types[v.entities[i].first].c_str());
  return kExitOk;
}

// Recomputes a story record's title and dates from its articles.
StoryRecord Rebuild(Store& store, const std::string& id, const std::vector<std::string>& article_ids) {
  StoryRecord r;
  r.id = id;
  r.article_ids = article_ids;
  std::string title_lang;
  for (const auto& aid : article_ids) {
    auto a = store.GetArticle(aid);
    if (!a.ok()) continue;
    if (a->title && PreferTitle(title_lang, !r.title.empty(), a->language)) {
      r.title = *a->title;
      title_lang = a->language;
    }
    if (a->published) {
      const std::string& d = a->published->date;
      if (r.start.empty() || d < r.start) r.start = d;
      if (r.end.empty() || d > r.end) r.end = d;
    }
  }
  return r;
}

int RunMerge(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  auto all = AllStories(*store);
  if (!all.ok()) return kExitFatal;
  const StoryRecord* a = FindStory(*all, args.positional()[0]);
  const StoryRecord* b = FindStory(*all, args.positional()[1]);
  if (!a || !b) {
    LogError("both stories must exist (an id or a unique prefix)");
    return kExitUsage;
  }
  if (a->id == b->id) return kExitOk;
  std::vector<std::string> ids = b->article_ids;
  ids.insert(ids.end(), a->article_ids.begin(), a->article_ids.end());
  Status s = store->UpsertStories({Rebuild(*store, b->id, ids)}, {a->id});
  if (!s.ok()) {
    LogError(s.ToString());
    return kExitFatal;
  }
  std::printf("%s merged into %s (%zu articles)\n", a->id.c_str(), b->id.c_str(), ids.size());
  return kExitOk;
}

int RunSplit(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  auto all = AllStories(*store);
  if (!all.ok()) return kExitFatal;
  const StoryRecord* s = FindStory(*all, args.positional()[0]);
  if (!s) {
    LogError("no story " + args.positional()[0]);
    return kExitUsage;
  }
  std::set<std::string> moving;
  for (size_t i = 1; i < args.positional().size(); ++i) {
    auto id = store->ResolveId(args.positional()[i]);
    if (!id.ok() || std::find(s->article_ids.begin(), s->article_ids.end(), *id) == s->article_ids.end()) {
      LogError("article " + args.positional()[i] + " is not in story " + s->id);
      return kExitUsage;
    }
    moving.insert(*id);
  }
  std::vector<std::string> stay, go;
  for (const auto& id : s->article_ids) (moving.count(id) ? go : stay).push_back(id);
  if (stay.empty()) {
    LogError("a split must leave at least one article in the story");
    return kExitUsage;
  }
  std::string new_id = "s:" + go.front() + "-split";
  Status st = store->UpsertStories({Rebuild(*store, s->id, stay), Rebuild(*store, new_id, go)}, {});
  if (!st.ok()) {
    LogError(st.ToString());
    return kExitFatal;
  }
  std::printf("%s\n", new_id.c_str());
  return kExitOk;
}

int RunTimeline(const Args& args) {
  auto store = OpenStoreFromArgs(args, false);
  if (!store) return kExitFatal;
  std::string who = args.positional()[0];
  std::string q = FoldForMatch(who);
  struct Item {
    std::string date, story, text;
  };
  std::vector<Item> items;
  std::map<std::string, std::string> story_titles;
  auto all = AllStories(*store);
  std::map<std::string, std::string> story_of;
  if (all.ok())
    for (const auto& r : *all) {
      story_titles[r.id] = r.title;
      for (const auto& a : r.article_ids) story_of[a] = r.id;
    }
  std::set<std::string> stories_seen;
  Status s = store->ForEachArticle({}, [&](Article&& a) {
    std::string id;
    for (const auto& e : a.entities)
      if (e.id == who || FoldForMatch(e.name) == q) id = e.id;
    if (id.empty()) return true;
    std::string date = a.published ? a.published->date : "";
    std::string story = story_of[a.id];
    if (!story.empty() && stories_seen.insert(story).second)
      items.push_back({date, story, "story: " + story_titles[story]});
    for (const auto& e : a.events)
      if (e.actor1.id == id || e.actor2.id == id)
        items.push_back({e.date.empty() ? date : e.date, story,
                         e.label + ": " + e.actor1.name + " -> " + e.actor2.name + (e.mood == "asserted" ? "" : " (" + e.mood + ")")});
    return true;
  });
  if (!s.ok()) {
    LogError(s.ToString());
    return kExitFatal;
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) { return x.date < y.date; });
  bool jsonl = args.Get("format") == "jsonl";
  for (const auto& it : items) {
    if (jsonl)
      std::cout << json({{"date", it.date}, {"story", it.story}, {"what", it.text}}).dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
    else
      std::printf("%-10s %s\n", it.date.empty() ? "-" : it.date.c_str(), it.text.c_str());
  }
  return items.empty() ? kExitNoResult : kExitOk;
}

Registrar stories_reg({"stories", "list stories (one real-world event across outlets and languages)",
                       "--db FILE [--from DATE] [--to DATE] [--lang xx] [--entity NAME-OR-ID] [--format jsonl|table]",
                       "Every stored article belongs to exactly one story; ingest places new articles online.\n"
                       "Records as in OUTPUT.md (id, title, start, end, languages, outlets, articles, entities).",
                       {DbFlag(), FormatFlag(), {"from", "DATE", "stories ending on or after", "", false},
                        {"to", "DATE", "stories starting on or before", "", false},
                        {"lang", "xx", "stories with an article in this language", "", false},
                        {"entity", "NAME-OR-ID", "stories naming this entity", "", false}},
                       0, RunStories});
Registrar story_reg({"story", "show one story: articles by language, timeline, quotes, entities",
                     "ID --db FILE [--format jsonl|table]", "", {DbFlag(), FormatFlag()}, 1, RunStory});
Registrar merge_reg({"story merge", "merge story A into story B (kept by later ingestion)", "A B --db FILE",
                     "Every article of A moves to B; A disappears. Later ingestion keeps the decision: stored\n"
                     "assignments never change, and new articles close to A's now join B.",
                     {DbFlag()}, 2, RunMerge});
Registrar split_reg({"story split", "move articles out of a story into a new one", "STORY ARTICLE... --db FILE",
                     "Prints the new story's id. The moved articles stay there through later ingestion.",
                     {DbFlag()}, 2, RunSplit});
Registrar timeline_reg({"timeline", "the stories and events an entity appears in, in order",
                        "ENTITY --db FILE [--format jsonl|table]", "ENTITY is an entity id or its canonical name.",
                        {DbFlag(), FormatFlag()}, 1, RunTimeline});

}  // namespace
}  // namespace dragoman::cli
