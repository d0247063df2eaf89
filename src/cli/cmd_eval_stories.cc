// dragoman eval stories: B-cubed and pairwise scores of story clustering
// against one or more gold files (article path -> story label).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "cli/command.h"
#include "cli/eval_gold.h"
#include "dragoman/log.h"
#include "events/event_date.h"
#include "stories/clusterer.h"
#include "stories/story_scores.h"

namespace dragoman::cli {
namespace {

std::string DayString(int day) {
  if (day == StoryEvidence::kNoDay) return "undated";
  return CalendarDay::FromDays(day).ToString();
}

int RunEvalStories(const Args& args) {
  // Every gold file's articles, analysed, in the files' order; labels are kept
  // as they are (the seeds and the sample corpus use distinct labels).
  struct Item {
    std::string key, story;
    Article article;
  };
  std::vector<Item> items;
  size_t missing = 0;
  std::optional<std::regex> keep, skip;
  try {
    if (args.Has("labels")) keep.emplace(args.Get("labels"));
    if (args.Has("skip-labels")) skip.emplace(args.Get("skip-labels"));
  } catch (const std::regex_error& e) {
    LogError(std::string("--labels/--skip-labels: not a regular expression: ") + e.what());
    return kExitUsage;
  }
  for (const std::string& path : args.positional()) {
    auto gold = LoadGold(path, args.Get("root"));
    if (!gold.ok()) {
      LogError(gold.status().ToString());
      return kExitUsage;
    }
    std::erase_if(gold->articles, [&](const GoldArticle& g) {
      return g.story.empty() || (keep && !std::regex_search(g.story, *keep)) ||
             (skip && std::regex_search(g.story, *skip));
    });
    auto articles = AnalyzeGold(*gold);
    if (!articles.ok()) {
      LogError(articles.status().ToString());
      return kExitFatal;
    }
    std::string prefix = args.positional().size() > 1 ? path + ":" : "";
    for (auto& g : gold->articles) {
      auto it = articles->find(g.key);
      if (it == articles->end()) {
        LogWarn("no article read for gold entry " + g.key);
        ++missing;
        continue;
      }
      items.push_back({prefix + g.key, g.story, std::move(it->second)});
    }
  }
  if (args.Has("reverse")) std::reverse(items.begin(), items.end());
  StoryOptions options;
  if (args.Has("threshold")) options.threshold = std::atof(args.Get("threshold").c_str());
  if (args.Has("entity-share")) options.entity_share = std::atof(args.Get("entity-share").c_str());
  if (args.Has("undated-penalty")) options.undated_penalty = std::atof(args.Get("undated-penalty").c_str());
  if (args.Has("window")) options.window_days = std::atoi(args.Get("window").c_str());
  if (args.Has("max-span")) options.max_span_days = std::atoi(args.Get("max-span").c_str());
  StoryClusterer clusterer(options);
  auto pivot = Pivot::Shared();
  std::vector<std::string> predicted, truth;
  std::vector<AddTrace> traces;
  std::vector<int> days;
  std::map<std::string, std::string> key_of_article;  // article id -> gold key, for readable story ids
  for (const Item& item : items) {
    StoryEvidence ev = EvidenceOf(item.article, *pivot);
    key_of_article[item.article.id] = item.key;
    AddTrace trace;
    predicted.push_back(clusterer.Add(ev, &trace));
    truth.push_back(item.story);
    traces.push_back(trace);
    days.push_back(ev.day);
  }
  // Final assignments (a later merge pass may move earlier articles).
  for (size_t i = 0; i < items.size(); ++i) predicted[i] = clusterer.StoryOf(items[i].article.id);
  ClusterScores s = ScoreClusters(predicted, truth);
  bool jsonl = args.Get("format") == "jsonl";
  if (jsonl) {
    std::printf("{\"articles\":%zu,\"missing\":%zu,\"gold_stories\":%zu,\"predicted_stories\":%zu,"
                "\"bcubed_precision\":%.4f,\"bcubed_recall\":%.4f,\"bcubed_f1\":%.4f,"
                "\"pairwise_precision\":%.4f,\"pairwise_recall\":%.4f,\"pairwise_f1\":%.4f}\n",
                predicted.size(), missing, s.gold_clusters, s.predicted_clusters, s.bcubed_precision,
                s.bcubed_recall, s.bcubed_f1, s.pairwise_precision, s.pairwise_recall, s.pairwise_f1);
  } else {
    std::printf("articles            %zu (%zu missing)\n", predicted.size(), missing);
    std::printf("stories             gold %zu, predicted %zu\n", s.gold_clusters, s.predicted_clusters);
    std::printf("B-cubed             P %.3f  R %.3f  F1 %.3f\n", s.bcubed_precision, s.bcubed_recall, s.bcubed_f1);
    std::printf("pairwise            P %.3f  R %.3f  F1 %.3f\n", s.pairwise_precision, s.pairwise_recall,
                s.pairwise_f1);
  }
  auto readable = [&](const std::string& story) {
    if (story.rfind("s:", 0) != 0) return story;
    auto it = key_of_article.find(story.substr(2));
    return it == key_of_article.end() ? story : "[" + it->second + "]";
  };
  if (args.Has("explain")) {
    // Per article, in ingest order: its date, where it went and why, with the
    // most similar story and the runner-up (stories named by their first article).
    std::map<std::string, std::string> label_of_first;  // predicted story -> gold label of its first article
    for (size_t i = 0; i < items.size(); ++i) label_of_first.emplace(predicted[i], truth[i]);
    for (size_t i = 0; i < items.size(); ++i) {
      const AddTrace& t = traces[i];
      bool wrong = label_of_first[predicted[i]] != truth[i];
      std::fprintf(stdout, "%s %-10s %-8s best %.3f (need %.3f) %s | 2nd %.3f %s | cand %zu blocked %zu\n    %s [%s]\n    %s\n",
                   wrong ? "!!" : "  ", DayString(days[i]).c_str(), t.reason.c_str(), t.best_similarity, t.needed,
                   readable(t.best_story).c_str(), t.second_similarity, readable(t.second_story).c_str(),
                   t.candidates, t.date_blocked, items[i].key.c_str(), truth[i].c_str(), t.best_shared.c_str());
    }
  }
  if (args.Has("verbose") && !jsonl) {
    std::map<std::string, std::vector<std::string>> by_pred;
    for (size_t i = 0; i < items.size(); ++i) by_pred[predicted[i]].push_back(items[i].key + "  [" + truth[i] + "]");
    for (const auto& [story, members] : by_pred) {
      std::printf("\n%s\n", readable(story).c_str());
      for (const auto& m : members) std::printf("  %s\n", m.c_str());
    }
  }
  return missing ? kExitPartial : kExitOk;
}

Registrar reg({
    "eval stories",
    "score story clustering against gold labels (B-cubed, pairwise)",
    "GOLD... [--root DIR] [--labels RE] [--skip-labels RE] [--explain] [--format table|jsonl]",
    "Runs the pipeline over the articles the gold files name, clusters them into stories in the\n"
    "gold files' order (one clusterer over all files, in the order given), and prints B-cubed and\n"
    "pairwise precision, recall and F1. GOLD is a gold.json ({\"articles\": [{\"file\", \"story\"}]})\n"
    "or PATH<TAB>label lines; paths are relative to each gold file's folder unless --root is\n"
    "given. --labels/--skip-labels keep or drop gold stories whose label matches a regular\n"
    "expression (to score a subset). -v lists the predicted stories; --explain prints, per\n"
    "article, its date, the most similar story, the runner-up and the similarity needed.",
    {FormatFlag(), {"root", "DIR", "folder the gold paths are relative to", "", false},
     {"threshold", "X", "similarity needed to join a story", "", false},
     {"entity-share", "X", "weight of the entity channel in the similarity (0-1)", "", false},
     {"undated-penalty", "X", "extra similarity an undated article needs", "", false},
     {"window", "DAYS", "days an article may lie outside its story's span", "", false},
     {"max-span", "DAYS", "longest span of one story's dated articles (default 14)", "", false},
     {"labels", "RE", "only gold stories whose label matches RE", "", false},
     {"skip-labels", "RE", "leave out gold stories whose label matches RE", "", false},
     {"reverse", "", "cluster the articles in the reverse of the gold order (order dependence)", "", false},
     {"explain", "", "print per-article placement, best and runner-up similarity", "", false}},
    1,
    RunEvalStories,
});

}  // namespace
}  // namespace dragoman::cli
