#include "core/parallel_pipeline.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <string>

namespace dragoman {

int ParallelPipeline::DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

Result<std::unique_ptr<ParallelPipeline>> ParallelPipeline::Create(const PipelineOptions& options, int jobs) {
  auto ordered = Pipeline::Create(options);
  if (!ordered.ok()) return ordered.status();
  std::vector<std::unique_ptr<Pipeline>> workers;
  for (int i = 0; i < jobs; ++i) {
    auto worker = Pipeline::Create(options);
    if (!worker.ok()) return worker.status();
    workers.push_back(std::move(*worker));
  }
  return std::make_unique<ParallelPipeline>(std::move(*ordered), std::move(workers));
}

ParallelPipeline::ParallelPipeline(std::unique_ptr<Pipeline> ordered, std::vector<std::unique_ptr<Pipeline>> workers)
    : ordered_(std::move(ordered)), workers_(std::move(workers)), capacity_(std::max<size_t>(4, 8 * workers_.size())) {
  for (auto& worker : workers_) threads_.emplace_back(&ParallelPipeline::WorkerLoop, this, worker.get());
}

ParallelPipeline::~ParallelPipeline() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& t : threads_) t.join();
}

void ParallelPipeline::WorkerLoop(Pipeline* pipeline) {
  for (;;) {
    Work work;
    {
      std::unique_lock<std::mutex> lock(mu_);
      ++idle_workers_;
      work_ready_.wait(lock, [&] { return stopping_ || !work_.empty(); });
      --idle_workers_;
      if (work_.empty()) return;  // stopping, nothing left
      work = std::move(work_.front());
      work_.pop_front();
    }
    // A throwing stage must not take the process down from a worker thread:
    // the document fails with the reason, like any rejected document.
    Result<Article> result = Status::Internal("not run");
    try {
      result = pipeline->RunIndependent(work.doc);
    } catch (const std::exception& e) {
      result = Status::Internal(std::string("pipeline failed: ") + e.what());
    }
    bool wake = false;
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_.emplace(work.seq, std::move(result));
      wake = caller_waiting_;
    }
    if (wake) result_ready_.notify_one();
  }
}

Status ParallelPipeline::Submit(RawDocument&& doc, const Sink& sink) {
  if (!failed_.ok()) return failed_;
  if (threads_.empty()) {
    Result<Article> result = ordered_->Run(doc);
    Status s = sink(doc.origin, std::move(result));
    if (!s.ok()) failed_ = s;
    return s;
  }
  uint64_t seq = submitted_++;
  origins_.emplace(seq, doc.origin);
  bool wake = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    work_.push_back(Work{seq, std::move(doc)});
    wake = idle_workers_ > 0;
  }
  if (wake) work_ready_.notify_one();
  return Deliver(sink, capacity_);
}

Status ParallelPipeline::Finish(const Sink& sink) { return Deliver(sink, 1); }

Status ParallelPipeline::Deliver(const Sink& sink, uint64_t until_below) {
  for (;;) {
    if (!failed_.ok()) return failed_;
    std::optional<Result<Article>> ready;
    {
      std::unique_lock<std::mutex> lock(mu_);
      auto take = [&] {
        auto it = done_.find(delivered_);
        if (it == done_.end()) return false;
        ready.emplace(std::move(it->second));
        done_.erase(it);
        return true;
      };
      if (!take()) {
        if (submitted_ - delivered_ < until_below) return Status::OK();
        caller_waiting_ = true;
        result_ready_.wait(lock, [&] { return done_.count(delivered_) > 0; });
        caller_waiting_ = false;
        take();
      }
    }
    uint64_t seq = delivered_++;
    auto origin = origins_.find(seq);
    Result<Article>& result = *ready;
    if (result.ok()) {
      Status s = ordered_->AnnotateInOrder(*result);
      if (!s.ok()) result = s;
    }
    Status s = sink(origin->second, std::move(result));
    origins_.erase(origin);
    if (!s.ok()) failed_ = s;
  }
}

}  // namespace dragoman
