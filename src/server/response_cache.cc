#include "server/response_cache.h"

#include <functional>

namespace dragoman {

namespace {
// Bookkeeping per entry beyond the strings (list node, map slot, control block).
constexpr size_t kOverhead = 160;
}  // namespace

ResponseCache::ResponseCache(size_t max_bytes, size_t shards) {
  if (shards == 0) shards = 1;
  shard_budget_ = max_bytes / shards;
  for (size_t i = 0; i < shards; ++i) shards_.push_back(std::make_unique<Shard>());
}

ResponseCache::Shard& ResponseCache::ShardFor(const std::string& key) {
  return *shards_[std::hash<std::string>{}(key) % shards_.size()];
}

void ResponseCache::Erase(Shard& s, std::list<Item>::iterator it) {
  s.bytes -= it->bytes;
  s.index.erase(it->key);
  s.lru.erase(it);
}

std::shared_ptr<const ResponseCache::Entry> ResponseCache::Get(const std::string& key, uint64_t generation) {
  if (shard_budget_ == 0) {
    ++misses_;
    return nullptr;
  }
  Shard& s = ShardFor(key);
  std::lock_guard<std::mutex> lock(s.mu);
  auto found = s.index.find(key);
  if (found == s.index.end()) {
    ++misses_;
    return nullptr;
  }
  auto it = found->second;
  if (it->generation != generation) {
    Erase(s, it);
    ++misses_;
    return nullptr;
  }
  s.lru.splice(s.lru.begin(), s.lru, it);
  ++hits_;
  return it->entry;
}

void ResponseCache::Put(const std::string& key, uint64_t generation, std::shared_ptr<const Entry> entry) {
  if (!entry) return;
  size_t bytes = key.size() * 2 + entry->body.size() + entry->etag.size() + kOverhead;
  if (bytes > shard_budget_) return;
  Shard& s = ShardFor(key);
  std::lock_guard<std::mutex> lock(s.mu);
  if (auto found = s.index.find(key); found != s.index.end()) Erase(s, found->second);
  while (!s.lru.empty() && s.bytes + bytes > shard_budget_) Erase(s, std::prev(s.lru.end()));
  s.lru.push_front(Item{key, generation, std::move(entry), bytes});
  s.index.emplace(key, s.lru.begin());
  s.bytes += bytes;
}

size_t ResponseCache::bytes() const {
  size_t n = 0;
  for (const auto& s : shards_) {
    std::lock_guard<std::mutex> lock(s->mu);
    n += s->bytes;
  }
  return n;
}

size_t ResponseCache::entries() const {
  size_t n = 0;
  for (const auto& s : shards_) {
    std::lock_guard<std::mutex> lock(s->mu);
    n += s->lru.size();
  }
  return n;
}

}  // namespace dragoman
