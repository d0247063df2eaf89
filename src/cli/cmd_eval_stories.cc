// dragoman eval stories: B-cubed and pairwise scores of story clustering
// against a gold file (article path -> story label).
#include <cstdio>
#include <map>
#include <set>

#include "cli/command.h"
#include "cli/eval_gold.h"
#include "dragoman/log.h"
#include "stories/clusterer.h"
#include "stories/story_scores.h"

namespace dragoman::cli {
namespace {

int RunEvalStories(const Args& args) {
  auto gold = LoadGold(args.positional()[0], args.Get("root"));
  if (!gold.ok()) {
    LogError(gold.status().ToString());
    return kExitUsage;
  }
  auto articles = AnalyzeGold(*gold);
  if (!articles.ok()) {
    LogError(articles.status().ToString());
    return kExitFatal;
  }
  StoryOptions options;
  if (args.Has("threshold")) options.threshold = std::atof(args.Get("threshold").c_str());
  StoryClusterer clusterer(options);
  auto pivot = Pivot::Shared();
  std::vector<std::string> predicted, truth;
  size_t missing = 0;
  for (const auto& g : gold->articles) {
    if (g.story.empty()) continue;
    auto it = articles->find(g.key);
    if (it == articles->end()) {
      LogWarn("no article read for gold entry " + g.key);
      ++missing;
      continue;
    }
    predicted.push_back(clusterer.Add(EvidenceOf(it->second, *pivot)));
    truth.push_back(g.story);
  }
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
    if (args.Has("verbose")) {
      std::map<std::string, std::vector<std::string>> by_pred;
      size_t k = 0;
      for (const auto& g : gold->articles) {
        if (g.story.empty() || !articles->count(g.key)) continue;
        by_pred[predicted[k]].push_back(g.key + "  [" + g.story + "]");
        ++k;
      }
      for (const auto& [story, members] : by_pred) {
        std::printf("\n%s\n", story.c_str());
        for (const auto& m : members) std::printf("  %s\n", m.c_str());
      }
    }
  }
  return missing ? kExitPartial : kExitOk;
}

Registrar reg({
    "eval stories",
    "score story clustering against gold labels (B-cubed, pairwise)",
    "GOLD [--root DIR] [--format table|jsonl]",
    "Runs the pipeline over the articles a gold file names, clusters them into stories in the\n"
    "gold file's order, and prints B-cubed and pairwise precision, recall and F1. GOLD is a\n"
    "gold.json ({\"articles\": [{\"file\", \"story\"}]}) or PATH<TAB>label lines; paths are relative\n"
    "to the gold file's folder unless --root is given. -v lists the predicted stories.",
    {FormatFlag(), {"root", "DIR", "folder the gold paths are relative to", "", false},
     {"threshold", "X", "similarity needed to join a story", "", false}},
    1,
    RunEvalStories,
});

}  // namespace
}  // namespace dragoman::cli
