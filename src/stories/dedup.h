// The "dedup" stage: records Article::duplicate_of, the id of the first-seen
// article whose body this one copies exactly or nearly (stories/near_dup.h),
// and Article::dedup_signature, the encoded signature a store persists to
// rebuild the index on the next run.
//
// An article whose id is already in the index (the same content read twice:
// ids derive from content) gets what was recorded the first time, so
// re-running over the same input changes nothing.
#pragma once

#include <memory>
#include <mutex>

#include "dragoman/pipeline.h"
#include "dragoman/store.h"
#include "stories/near_dup.h"

namespace dragoman {

// A NearDuplicateIndex with the lock that serializes its users; share one
// between the pipelines of several threads (or a store that restores it).
struct SharedNearDuplicateIndex {
  explicit SharedNearDuplicateIndex(NearDupOptions options = {}) : index(options) {}
  std::mutex mu;
  NearDuplicateIndex index;  // guarded by mu
};

// Rebuilds the index from the signatures a store holds, in the order the
// articles were stored, with the groups recorded then (no text is re-read).
// Articles stored without a signature (by `ingest --until` an earlier stage,
// or by a store from before schema v4) are left out: later copies of them are
// not found. A signature that does not decode is an error naming the article.
// Adds to `into` (normally empty); call before the pipeline runs.
Status RestoreNearDuplicateIndex(Store& store, SharedNearDuplicateIndex& into);

// `index`: the index to use; nullptr for a fresh one owned by the stage.
std::unique_ptr<Stage> MakeDedupStage(std::shared_ptr<SharedNearDuplicateIndex> index = nullptr);

}  // namespace dragoman
