// The server's response cache: generations, the memory bound, LRU order.
#include <gtest/gtest.h>

#include <string>

#include "server/response_cache.h"

namespace dragoman {
namespace {

std::shared_ptr<const ResponseCache::Entry> Body(const std::string& text) {
  return std::make_shared<const ResponseCache::Entry>(ResponseCache::Entry{text, "\"etag\""});
}

TEST(ServerResponseCache, AnEntryIsFoundOnlyAtItsGeneration) {
  ResponseCache cache(1 << 20);
  EXPECT_EQ(cache.Get("/api/stats", 7), nullptr);
  cache.Put("/api/stats", 7, Body("seven"));
  auto hit = cache.Get("/api/stats", 7);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->body, "seven");
  EXPECT_EQ(hit->etag, "\"etag\"");
  // Another generation (a write happened): a miss, and the stale entry goes.
  EXPECT_EQ(cache.Get("/api/stats", 8), nullptr);
  EXPECT_EQ(cache.entries(), 0u);
  EXPECT_EQ(cache.Get("/api/stats", 7), nullptr);
  cache.Put("/api/stats", 8, Body("eight"));
  cache.Put("/api/stats", 8, Body("eight again"));  // replaces
  EXPECT_EQ(cache.entries(), 1u);
  EXPECT_EQ(cache.Get("/api/stats", 8)->body, "eight again");
  EXPECT_EQ(cache.hits(), 2u);
  EXPECT_EQ(cache.misses(), 3u);
}

TEST(ServerResponseCache, MemoryStaysWithinTheBudgetAndRecentEntriesStay) {
  const size_t budget = 64 * 1024;
  ResponseCache cache(budget, /*shards=*/1);
  std::string body(1000, 'x');
  for (int i = 0; i < 1000; ++i) {
    cache.Put("/k" + std::to_string(i), 1, Body(body));
    // Keep /k0 in use: the least recently used entries go first.
    ASSERT_NE(cache.Get("/k0", 1), nullptr) << "after " << i;
    ASSERT_LE(cache.bytes(), budget);
  }
  EXPECT_GT(cache.entries(), 30u);
  EXPECT_LT(cache.entries(), 65u);
  EXPECT_NE(cache.Get("/k999", 1), nullptr);
  EXPECT_EQ(cache.Get("/k500", 1), nullptr);
  // A body larger than the budget is not kept; nothing is evicted for it.
  size_t before = cache.entries();
  cache.Put("/huge", 1, Body(std::string(budget + 1, 'y')));
  EXPECT_EQ(cache.Get("/huge", 1), nullptr);
  EXPECT_EQ(cache.entries(), before);
}

TEST(ServerResponseCache, AZeroBudgetKeepsNothing) {
  ResponseCache cache(0);
  cache.Put("/api/stats", 1, Body("x"));
  EXPECT_EQ(cache.Get("/api/stats", 1), nullptr);
  EXPECT_EQ(cache.entries(), 0u);
}

}  // namespace
}  // namespace dragoman
