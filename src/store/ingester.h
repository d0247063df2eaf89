// The ingest loop shared by `dragoman ingest` and `dragoman bench`: runs the
// pipeline on each document and writes the articles to a Store in batches,
// one transaction per batch.
//
// Ownership: borrows the store and the pipeline, which must outlive it.
// Thread-safety: one Ingester per thread. With start_writer(), full batches
// are written (and placed in stories) by a thread of the Ingester's own, in
// the order they were filled, while the caller fills the next one; the store
// and the story assigner are then used by that thread only until Flush()
// returns. With a writer thread the articles' JSON records are made on the
// caller's thread (Put), so that the writer only writes.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "dragoman/pipeline.h"
#include "dragoman/reader.h"
#include "dragoman/store.h"

namespace dragoman {

struct IngestCounts {
  size_t documents = 0;   // documents handed to Add
  size_t articles = 0;    // documents the pipeline turned into articles
  size_t failed = 0;      // documents the pipeline rejected (reported through on_error)
  size_t inserted = 0, unchanged = 0, updated = 0, near_duplicates = 0;  // summed PutResults
  size_t batches = 0;     // committed transactions
  uint64_t input_bytes = 0;  // bytes of the documents handed to Add
  uint64_t text_bytes = 0;   // bytes of clean text of the articles
  // CPU seconds the writer thread spent (0 without start_writer()); complete
  // after Flush(). What the store costs when it runs on a thread of its own.
  double writer_cpu_s = 0;
};

class Ingester {
 public:
  Ingester(Store* store, Pipeline* pipeline, size_t batch_size, PutOptions options = {});
  ~Ingester();  // stops the writer thread; call Flush() first to keep what is queued
  Ingester(const Ingester&) = delete;
  Ingester& operator=(const Ingester&) = delete;
  // Writes full batches on a thread of their own (at most two batches wait).
  // Call before the first Add/Put.
  void start_writer();
  // Runs the pipeline on `doc` and queues the article; writes a batch when the
  // queue is full. A document the pipeline rejects is reported through
  // `on_error` and counted. A non-OK return is a store failure: stop then.
  Status Add(const RawDocument& doc, const ReadErrorFn& on_error);
  // The same for a document the pipeline already ran on (a parallel run's
  // result, core/parallel_pipeline.h): queues the article, or reports and
  // counts the failure.
  Status Put(const Origin& origin, Result<Article>&& article, const ReadErrorFn& on_error);
  // Writes what is queued and waits until every batch is written. Returns
  // the first store failure, if any.
  Status Flush();
  // The counts; the store's (inserted, ...) are complete after Flush().
  IngestCounts counts() const;
  // Places every written article in a story (see stories/story_assigner.h).
  // Borrowed; may be null (no story clustering).
  void set_story_assigner(class StoryAssigner* assigner) { stories_ = assigner; }

 private:
  Store* store_;
  Pipeline* pipeline_;
  size_t batch_size_;
  PutOptions options_;
  // A batch: the articles and, with a writer thread, their JSON records.
  struct Batch {
    std::vector<Article> articles;
    std::vector<std::string> records;
  };
  Batch batch_;
  class StoryAssigner* stories_ = nullptr;
  IngestCounts counts_;  // the store's fields guarded by mu_ while a writer runs

  // Writes one batch: the store, the counts, the stories.
  Status WriteBatch(Batch& batch);
  // Hands the full batch to the writer (or writes it, without one).
  Status Enqueue();
  void WriterLoop();
  mutable std::mutex mu_;
  std::condition_variable queued_, written_;
  std::deque<Batch> queue_;                 // guarded by mu_
  bool writing_ = false, stopping_ = false;  // guarded by mu_
  Status write_error_;                       // guarded by mu_: the first failure
  std::thread writer_;
};

}  // namespace dragoman
