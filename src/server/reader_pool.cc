#include "server/reader_pool.h"

namespace dragoman {

ReaderPool::ReaderPool(std::string uri, size_t size, int cache_mib)
    : uri_(std::move(uri)), size_(size == 0 ? 1 : size), cache_mib_(cache_mib) {}

Result<std::unique_ptr<Store>> ReaderPool::OpenOne() const {
  StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  so.cache_mib = cache_mib_;
  return Store::Open(uri_, so);
}

Result<ReaderPool::Lease> ReaderPool::Acquire() {
  {
    std::unique_lock<std::mutex> lock(mu_);
    freed_.wait(lock, [&] { return !free_.empty() || open_ < size_; });
    if (!free_.empty()) {
      std::unique_ptr<Store> s = std::move(free_.back());
      free_.pop_back();
      return Lease(this, std::move(s));
    }
    ++open_;  // reserve a slot, open outside the lock
  }
  auto opened = OpenOne();
  if (!opened.ok()) {
    std::lock_guard<std::mutex> lock(mu_);
    --open_;
    freed_.notify_one();
    return opened.status();
  }
  return Lease(this, std::move(*opened));
}

void ReaderPool::Return(std::unique_ptr<Store> store) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(store));
  }
  freed_.notify_one();
}

Result<uint64_t> ReaderPool::DataVersion() {
  std::lock_guard<std::mutex> lock(watch_mu_);
  if (!watcher_) {
    StoreOptions so;
    so.create_if_missing = false;
    so.read_only = true;
    so.cache_mib = 1;
    auto opened = Store::Open(uri_, so);
    if (!opened.ok()) return opened.status();
    watcher_ = std::move(*opened);
  }
  return watcher_->DataVersion();
}

size_t ReaderPool::open() const {
  std::lock_guard<std::mutex> lock(mu_);
  return open_;
}

}  // namespace dragoman
