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
  std::unique_lock<std::mutex> lock(watch_mu_);
  // A check already running may have started before a commit this caller
  // must see: only the next one to start will do.
  const uint64_t wanted = checks_started_ + 1;
  for (;;) {
    if (checks_done_ >= wanted) {
      if (!last_status_.ok()) return last_status_;
      return generation_;
    }
    if (checking_) {
      watch_cv_.wait(lock);
      continue;
    }
    checking_ = true;
    const uint64_t index = ++checks_started_;
    lock.unlock();
    Result<uint64_t> v = uint64_t{0};
    if (!watcher_) {
      StoreOptions so;
      so.create_if_missing = false;
      so.read_only = true;
      so.cache_mib = 1;
      auto opened = Store::Open(uri_, so);
      if (opened.ok()) watcher_ = std::move(*opened);
      else v = opened.status();
    }
    if (watcher_) v = watcher_->DataVersion();
    lock.lock();
    if (v.ok()) {
      // data_version values are only comparable on one connection: count
      // the changes this one sees.
      if (!seen_ || *seen_ != *v) {
        seen_ = *v;
        ++generation_;
      }
      last_status_ = Status::OK();
    } else {
      last_status_ = v.status();
    }
    checks_done_ = index;
    checking_ = false;
    watch_cv_.notify_all();
  }
}

size_t ReaderPool::open() const {
  std::lock_guard<std::mutex> lock(mu_);
  return open_;
}

}  // namespace dragoman
