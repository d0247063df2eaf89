// A fixed pool of read-only Store handles shared by the HTTP threads of
// `dragoman serve`. A request borrows one (Acquire) and gives it back when
// its Lease ends; when all are lent, Acquire waits. Handles are opened on
// first need, each with a bounded SQLite page cache, so the server holds at
// most `size` connections and page caches whatever the number of threads.
// A separate handle answers DataVersion() for the response cache; callers
// that arrive while it is checking share the next check instead of each
// running one.
//
// Thread-safety: every method may be called from any thread; a borrowed
// Store is used by the borrowing thread only.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "dragoman/status.h"
#include "dragoman/store.h"

namespace dragoman {

class ReaderPool {
 public:
  ReaderPool(std::string uri, size_t size, int cache_mib);

  // A borrowed store, given back when the lease is destroyed.
  class Lease {
   public:
    Lease(ReaderPool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (store_) pool_->Return(std::move(store_));
    }
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    ReaderPool* pool_;
    std::unique_ptr<Store> store_;
  };

  // Waits for a free handle (opening one when fewer than `size` are open).
  Result<Lease> Acquire();
  // A generation number of the store: it changes after any committed write
  // (see Store::DataVersion), and a number handed out after a commit is never
  // handed out for the state before it.
  Result<uint64_t> DataVersion();

  size_t open() const;  // handles opened so far

 private:
  Result<std::unique_ptr<Store>> OpenOne() const;
  void Return(std::unique_ptr<Store> store);

  const std::string uri_;
  const size_t size_;
  const int cache_mib_;
  mutable std::mutex mu_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Store>> free_;  // guarded by mu_
  size_t open_ = 0;                           // guarded by mu_
  // The data-version watcher. One check runs at a time, without the lock;
  // a caller uses the result of a check that started after it arrived.
  std::mutex watch_mu_;
  std::condition_variable watch_cv_;
  std::unique_ptr<Store> watcher_;  // used by the checking thread only
  bool checking_ = false;           // guarded by watch_mu_
  uint64_t checks_started_ = 0;     // guarded by watch_mu_
  uint64_t checks_done_ = 0;        // guarded by watch_mu_
  std::optional<uint64_t> seen_;    // guarded by watch_mu_: the last PRAGMA data_version
  uint64_t generation_ = 0;         // guarded by watch_mu_: +1 per change seen
  Status last_status_;              // guarded by watch_mu_
};

}  // namespace dragoman
