// The actor network: entities as nodes; co-mentions (two entities in one
// article) and events (actor1 -> actor2) as weighted, typed, dated edges.
// Written as GraphML or GEXF for Gephi, networkx and friends.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <tuple>

#include "dragoman/article.h"

namespace dragoman {

class ActorGraph {
 public:
  // Co-mention edges join entities that appear in at most this many distinct
  // entities' company per article (an article naming 80 entities links nothing).
  explicit ActorGraph(size_t max_entities_per_article = 40) : max_entities_(max_entities_per_article) {}
  void Add(const Article& article);
  void WriteGraphMl(std::ostream& out) const;
  void WriteGexf(std::ostream& out) const;
  size_t nodes() const { return nodes_.size(); }
  size_t edges() const { return edges_.size(); }

 private:
  struct Node {
    std::string name, type;
    uint64_t mentions = 0, articles = 0;
  };
  struct Edge {
    uint64_t weight = 0;
    std::string first, last;  // dates (YYYY-MM-DD or shorter), empty when unknown
    std::string label;        // event label for event edges
  };
  // (source, target, kind) where kind is "co-mention" or "event:<code>".
  using EdgeKey = std::tuple<std::string, std::string, std::string>;
  size_t max_entities_;
  std::map<std::string, Node> nodes_;
  std::map<EdgeKey, Edge> edges_;
};

}  // namespace dragoman
