// A bounded cache of HTTP reply bodies for `dragoman serve`.
//
// Entries are keyed by the request target ("/api/search?q=..") and tagged
// with the store generation they were computed at (Store::DataVersion): a
// lookup finds an entry only when the generation still matches, so one
// committed write makes every older entry a miss without walking the cache.
// Memory is bounded by `max_bytes` (keys + bodies + etags): the least
// recently used entries go first. Each of the shards has its own lock and its
// own share of the budget.
//
// Thread-safety: every method may be called from any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace dragoman {

class ResponseCache {
 public:
  struct Entry {
    std::string body;
    std::string etag;
  };

  // max_bytes 0: nothing is kept (every Get misses).
  explicit ResponseCache(size_t max_bytes, size_t shards = 16);

  // The entry stored for `key` at `generation`; null when absent or stored
  // at another generation (that entry is dropped).
  std::shared_ptr<const Entry> Get(const std::string& key, uint64_t generation);
  // Stores (or replaces) the entry for `key`. An entry larger than a shard's
  // budget is not kept.
  void Put(const std::string& key, uint64_t generation, std::shared_ptr<const Entry> entry);

  size_t bytes() const;    // held now
  size_t entries() const;  // held now
  uint64_t hits() const { return hits_; }
  uint64_t misses() const { return misses_; }

 private:
  struct Item {
    std::string key;
    uint64_t generation;
    std::shared_ptr<const Entry> entry;
    size_t bytes;
  };
  struct Shard {
    mutable std::mutex mu;
    std::list<Item> lru;  // most recently used first
    std::unordered_map<std::string, std::list<Item>::iterator> index;
    size_t bytes = 0;
  };
  Shard& ShardFor(const std::string& key);
  static void Erase(Shard& s, std::list<Item>::iterator it);

  size_t shard_budget_;
  std::vector<std::unique_ptr<Shard>> shards_;
  std::atomic<uint64_t> hits_{0}, misses_{0};
};

}  // namespace dragoman
