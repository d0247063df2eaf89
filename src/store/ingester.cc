#include "store/ingester.h"

#include "stories/story_assigner.h"

namespace dragoman {

Ingester::Ingester(Store* store, Pipeline* pipeline, size_t batch_size, PutOptions options)
    : store_(store), pipeline_(pipeline), batch_size_(batch_size == 0 ? 1 : batch_size), options_(options) {
  batch_.reserve(batch_size_);
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
  batch_.push_back(std::move(*a));
  if (batch_.size() >= batch_size_) return Flush();
  return Status::OK();
}

Status Ingester::Flush() {
  if (batch_.empty()) return Status::OK();
  Result<PutResult> r = store_->PutBatch(batch_, options_);
  if (!r.ok()) return r.status();
  counts_.inserted += r->inserted;
  counts_.unchanged += r->unchanged;
  counts_.updated += r->updated;
  counts_.near_duplicates += r->near_duplicates;
  ++counts_.batches;
  if (stories_) DRAGOMAN_RETURN_IF_ERROR(stories_->Assign(batch_));
  batch_.clear();
  return Status::OK();
}

}  // namespace dragoman
