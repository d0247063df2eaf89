// Events across articles: the same real event reported by many articles is one
// event with many sources (GDELT counts it once per article), and the GDELT 2.0
// event table layout for existing GDELT tooling.
#pragma once

#include <functional>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "dragoman/article.h"

namespace dragoman {

// One real event, with every article that reports it.
struct AggregatedEvent {
  Event event;                      // the first report (span points into `articles[0]`)
  std::vector<std::string> articles;  // ids, in the order seen
  std::set<std::string> outlets;
  std::string source_url;           // the first article's URL, else its source path
  int mentions = 0;                 // reports in all (one article may report it twice)
  double tone_sum = 0;
  int tone_count = 0;
};

// Groups events by (CAMEO code, actor1, actor2, date, mood): two articles that
// report "Blinken met Séjourné on 2 April 2024" give one event with two sources.
class EventAggregator {
 public:
  void Add(const Article& article);
  // Events in first-seen order.
  std::vector<AggregatedEvent> Take();
  size_t reports() const { return reports_; }

 private:
  std::map<std::string, size_t> by_key_;
  std::vector<AggregatedEvent> events_;
  size_t reports_ = 0;
};

// QuadClass of a CAMEO root: 1 verbal cooperation, 2 material cooperation,
// 3 verbal conflict, 4 material conflict.
int QuadClass(const std::string& root);

// The 61 GDELT 2.0 event-table column names, in order.
const std::vector<std::string>& GdeltColumns();

// One GDELT 2.0 row (61 tab-separated fields, no newline). `id` is the
// GLOBALEVENTID. Fields GDELT fills that dragoman cannot (religion, ethnic and
// known-group codes, coordinates) are empty.
std::string GdeltRow(const AggregatedEvent& e, uint64_t id);

}  // namespace dragoman
