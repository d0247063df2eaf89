// Clustering scores: B-cubed (Bagga & Baldwin) and pairwise precision/recall/F1.
#pragma once

#include <string>
#include <vector>

namespace dragoman {

struct ClusterScores {
  double bcubed_precision = 0, bcubed_recall = 0, bcubed_f1 = 0;
  double pairwise_precision = 0, pairwise_recall = 0, pairwise_f1 = 0;
  size_t gold_clusters = 0, predicted_clusters = 0;
};

// predicted[i] and gold[i] are the cluster labels of item i.
ClusterScores ScoreClusters(const std::vector<std::string>& predicted, const std::vector<std::string>& gold);

}  // namespace dragoman
