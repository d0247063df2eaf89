#include "store/ingester.h"

#include <time.h>

#include "dragoman/json_output.h"
#include "stories/story_assigner.h"

namespace dragoman {

Ingester::Ingester(Store* store, Pipeline* pipeline, size_t batch_size, PutOptions options)
    : store_(store), pipeline_(pipeline), batch_size_(batch_size == 0 ? 1 : batch_size), options_(options) {
  batch_.articles.reserve(batch_size_);
}

Ingester::~Ingester() {
  if (!writer_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  queued_.notify_all();
  writer_.join();
}

void Ingester::start_writer() {
  if (!writer_.joinable()) writer_ = std::thread(&Ingester::WriterLoop, this);
}

namespace {
double ThreadCpuSeconds() {
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}
}  // namespace

void Ingester::WriterLoop() {
  const double cpu0 = ThreadCpuSeconds();
  for (;;) {
    Batch batch;
    {
      std::unique_lock<std::mutex> lock(mu_);
      queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping with nothing queued
      batch = std::move(queue_.front());
      queue_.pop_front();
      writing_ = true;
    }
    Status s = write_error_.ok() ? WriteBatch(batch) : Status::OK();  // after a failure: drop, like the caller
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!s.ok() && write_error_.ok()) write_error_ = s;
      writing_ = false;
      counts_.writer_cpu_s = ThreadCpuSeconds() - cpu0;
    }
    written_.notify_all();
  }
}

IngestCounts Ingester::counts() const {
  std::lock_guard<std::mutex> lock(mu_);
  return counts_;
}

Status Ingester::Add(const RawDocument& doc, const ReadErrorFn& on_error) {
  counts_.input_bytes += doc.bytes.size();
  return Put(doc.origin, pipeline_->Run(doc), on_error);
}

Status Ingester::Put(const Origin& origin, Result<Article>&& a, const ReadErrorFn& on_error) {
  ++counts_.documents;
  if (!a.ok()) {
    ++counts_.failed;
    on_error(origin, a.status());
    return Status::OK();
  }
  ++counts_.articles;
  counts_.text_bytes += a->text.size();
  // The record is made here, not on the writer thread, which is the busiest.
  if (writer_.joinable()) batch_.records.push_back(ArticleToJson(*a));
  batch_.articles.push_back(std::move(*a));
  if (batch_.articles.size() >= batch_size_) return Enqueue();
  return Status::OK();
}

Status Ingester::Enqueue() {
  if (batch_.articles.empty()) return Status::OK();
  if (!writer_.joinable()) return WriteBatch(batch_);
  std::unique_lock<std::mutex> lock(mu_);
  // Two batches waiting at most: memory stays bounded when the store is the slow part.
  written_.wait(lock, [&] { return queue_.size() < 2 || !write_error_.ok(); });
  if (!write_error_.ok()) return write_error_;
  queue_.push_back(std::move(batch_));
  batch_ = {};
  batch_.articles.reserve(batch_size_);
  batch_.records.reserve(batch_size_);
  lock.unlock();
  queued_.notify_one();
  return Status::OK();
}

Status Ingester::Flush() {
  DRAGOMAN_RETURN_IF_ERROR(Enqueue());
  if (!writer_.joinable()) return Status::OK();
  std::unique_lock<std::mutex> lock(mu_);
  written_.wait(lock, [&] { return (queue_.empty() && !writing_) || !write_error_.ok(); });
  return write_error_;
}

Status Ingester::WriteBatch(Batch& batch) {
  Result<PutResult> r = batch.records.size() == batch.articles.size()
                            ? store_->PutBatch(batch.articles, batch.records, options_)
                            : store_->PutBatch(batch.articles, options_);
  if (!r.ok()) return r.status();
  {
    std::lock_guard<std::mutex> lock(mu_);
    counts_.inserted += r->inserted;
    counts_.unchanged += r->unchanged;
    counts_.updated += r->updated;
    counts_.near_duplicates += r->near_duplicates;
    ++counts_.batches;
  }
  if (stories_) DRAGOMAN_RETURN_IF_ERROR(stories_->Assign(batch.articles));
  batch.articles.clear();
  batch.records.clear();
  return Status::OK();
}

}  // namespace dragoman
