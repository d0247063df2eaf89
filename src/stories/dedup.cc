#include "stories/dedup.h"

#include "core/article_id.h"

namespace dragoman {
namespace {

class DedupStage : public Stage {
 public:
  explicit DedupStage(std::shared_ptr<SharedNearDuplicateIndex> index) : index_(std::move(index)) {}
  const char* name() const override { return "dedup"; }
  std::vector<std::string> assigns_layers() const override { return {"duplicate_of"}; }
  bool ordered() const override { return true; }  // the first of two copies is the original
  // The signature (the costly part) does not depend on order: it is computed
  // on a worker in a parallel run; only the index lookup runs in order.
  Status Prepare(Article& a) override {
    a.dedup_signature = ComputeNearDupSignature(a.title ? *a.title : std::string_view(), a.text).Encode();
    if (a.id.empty()) a.id = ArticleId(a);
    return Status::OK();
  }
  Status Process(Article& a) override {
    if (a.dedup_signature.empty()) DRAGOMAN_RETURN_IF_ERROR(Prepare(a));
    auto sig = NearDupSignature::Decode(a.dedup_signature);
    if (!sig.ok()) return sig.status();
    std::lock_guard<std::mutex> lock(index_->mu);
    a.duplicate_of = index_->index.Insert(a.id, *sig);
    return Status::OK();
  }

 private:
  std::shared_ptr<SharedNearDuplicateIndex> index_;
};

}  // namespace

Status RestoreNearDuplicateIndex(Store& store, SharedNearDuplicateIndex& into) {
  std::lock_guard<std::mutex> lock(into.mu);
  Status bad;
  Status scan = store.ForEachSignature([&](const StoredSignature& stored) {
    if (!bad.ok() || stored.signature.empty()) return;
    auto sig = NearDupSignature::Decode(stored.signature);
    if (!sig.ok()) {
      bad = Status::Corruption("near-duplicate signature of article " + stored.id + ": " + sig.status().ToString());
      return;
    }
    into.index.Add(stored.id, *sig, stored.duplicate_of ? std::string_view(*stored.duplicate_of) : std::string_view());
  });
  if (!scan.ok()) return scan;
  return bad;
}

std::unique_ptr<Stage> MakeDedupStage(std::shared_ptr<SharedNearDuplicateIndex> index) {
  if (!index) index = std::make_shared<SharedNearDuplicateIndex>();
  return std::make_unique<DedupStage>(std::move(index));
}

}  // namespace dragoman
