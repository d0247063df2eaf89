#include "stories/story_scores.h"

#include <map>
#include <set>

namespace dragoman {

ClusterScores ScoreClusters(const std::vector<std::string>& predicted, const std::vector<std::string>& gold) {
  ClusterScores s;
  size_t n = predicted.size();
  if (n == 0 || gold.size() != n) return s;
  std::map<std::string, size_t> pred_size, gold_size;
  std::map<std::pair<std::string, std::string>, size_t> both;
  for (size_t i = 0; i < n; ++i) {
    ++pred_size[predicted[i]];
    ++gold_size[gold[i]];
    ++both[{predicted[i], gold[i]}];
  }
  for (size_t i = 0; i < n; ++i) {
    double common = static_cast<double>(both[{predicted[i], gold[i]}]);
    s.bcubed_precision += common / static_cast<double>(pred_size[predicted[i]]);
    s.bcubed_recall += common / static_cast<double>(gold_size[gold[i]]);
  }
  s.bcubed_precision /= static_cast<double>(n);
  s.bcubed_recall /= static_cast<double>(n);
  if (s.bcubed_precision + s.bcubed_recall > 0)
    s.bcubed_f1 = 2 * s.bcubed_precision * s.bcubed_recall / (s.bcubed_precision + s.bcubed_recall);
  auto pairs = [](size_t k) { return static_cast<double>(k) * static_cast<double>(k - 1) / 2.0; };
  double tp = 0, pred_pairs = 0, gold_pairs = 0;
  for (const auto& [k, c] : both) tp += pairs(c);
  for (const auto& [k, c] : pred_size) pred_pairs += pairs(c);
  for (const auto& [k, c] : gold_size) gold_pairs += pairs(c);
  s.pairwise_precision = pred_pairs > 0 ? tp / pred_pairs : 1.0;
  s.pairwise_recall = gold_pairs > 0 ? tp / gold_pairs : 1.0;
  if (s.pairwise_precision + s.pairwise_recall > 0)
    s.pairwise_f1 = 2 * s.pairwise_precision * s.pairwise_recall / (s.pairwise_precision + s.pairwise_recall);
  s.gold_clusters = gold_size.size();
  s.predicted_clusters = pred_size.size();
  return s;
}

}  // namespace dragoman
