// Runs the pipeline over a stream of documents on several threads and hands
// the results back in input order, so that the output is the same whatever
// the number of threads.
//
// Worker threads, each with a Pipeline of its own (stages are not
// thread-safe), run extraction and the stages before the first ordered one
// (Stage::ordered: dedup); the calling thread runs the ordered stages and the
// sink, one document at a time, in input order. At most `capacity` documents
// are in flight, so memory stays bounded whatever the input's size.
//
// With jobs == 0 everything runs on the calling thread (no threads started).
//
// Thread-safety: Submit and Finish are called from one thread.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "dragoman/pipeline.h"

namespace dragoman {

class ParallelPipeline {
 public:
  // Receives each document's result, in input order, on the calling thread.
  // A non-OK return stops the run: Submit and Finish return it.
  using Sink = std::function<Status(const Origin& origin, Result<Article>&& article)>;

  // `jobs`: worker threads (0: run on the calling thread). Each worker builds
  // its own pipeline from `options` (they share options.near_duplicates).
  static Result<std::unique_ptr<ParallelPipeline>> Create(const PipelineOptions& options, int jobs);
  // Wraps pipelines already built: `ordered` runs on the calling thread (its
  // ordered stages, or everything when `workers` is empty); each of `workers`
  // runs on a thread of its own.
  ParallelPipeline(std::unique_ptr<Pipeline> ordered, std::vector<std::unique_ptr<Pipeline>> workers);
  ~ParallelPipeline();
  ParallelPipeline(const ParallelPipeline&) = delete;
  ParallelPipeline& operator=(const ParallelPipeline&) = delete;

  // Queues a document and delivers every result that is ready, in order.
  // Blocks while `capacity()` documents are in flight.
  Status Submit(RawDocument&& doc, const Sink& sink);
  // Waits for every queued document and delivers the rest.
  Status Finish(const Sink& sink);

  int jobs() const { return static_cast<int>(threads_.size()); }
  size_t capacity() const { return capacity_; }
  // The pipeline that runs on the calling thread (its stages list is the
  // configuration every worker shares).
  Pipeline& pipeline() { return *ordered_; }

  // The default number of worker threads: one per core, at least 1.
  static int DefaultJobs();

 private:
  struct Work {
    uint64_t seq;
    RawDocument doc;
  };
  void WorkerLoop(Pipeline* pipeline);
  // Delivers ready results in order; with `until_below` waits until fewer
  // than that many documents are in flight.
  Status Deliver(const Sink& sink, uint64_t until_below);

  std::unique_ptr<Pipeline> ordered_;
  std::vector<std::unique_ptr<Pipeline>> workers_;
  std::vector<std::thread> threads_;
  size_t capacity_;

  std::mutex mu_;
  std::condition_variable work_ready_, result_ready_;
  std::deque<Work> work_;                     // guarded by mu_
  std::map<uint64_t, Result<Article>> done_;  // guarded by mu_: finished, not yet delivered
  bool stopping_ = false;                     // guarded by mu_
  // Who sleeps (guarded by mu_): a wake-up is a system call, and in a VM an
  // interrupt, so none is sent when nobody waits.
  int idle_workers_ = 0;
  bool caller_waiting_ = false;

  // Calling thread only.
  std::map<uint64_t, Origin> origins_;  // of the documents in flight
  uint64_t submitted_ = 0, delivered_ = 0;
  Status failed_;  // the sink's first failure
};

}  // namespace dragoman
