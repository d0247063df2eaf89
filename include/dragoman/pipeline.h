// The per-article pipeline: an extract step (RawDocument -> Article) followed by
// stages that each add annotation layers. Stages declare the layers they require
// and assign; Pipeline::Create checks the order when it is assembled.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/status.h"

namespace dragoman {

struct SharedNearDuplicateIndex;  // stories/dedup.h

// One step after extraction. Not thread-safe unless the stage says so: use one
// Pipeline per thread.
class Stage {
 public:
  virtual ~Stage() = default;
  virtual const char* name() const = 0;
  // Layers this stage reads ("text", "language", "sentences", "mentions", ...).
  virtual std::vector<std::string> requires_layers() const { return {"text"}; }
  // Layers this stage writes.
  virtual std::vector<std::string> assigns_layers() const = 0;
  // Annotates `article`. A non-OK status drops the article with that reason.
  virtual Status Process(Article& article) = 0;
  // True when the result depends on the articles the stage saw before (dedup:
  // the first of two copies is the original). A parallel run
  // (core/parallel_pipeline.h) calls such a stage, and every stage after it,
  // on one thread in input order, so that the output does not depend on the
  // number of threads.
  virtual bool ordered() const { return false; }
  // For an ordered stage: the part of its work that does not depend on order
  // (a signature, features), run before Process on a worker thread in a
  // parallel run, right before Process otherwise. Default: nothing.
  virtual Status Prepare(Article& /*article*/) { return Status::OK(); }
};

// Turns raw bytes into an Article with clean text and metadata.
class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual Result<Article> Extract(const RawDocument& doc) = 0;
};

struct PipelineOptions {
  // Stop after this stage ("extract", "language", "entities", ...). Default: run all.
  std::string until;
  // Run only these stages of the default list, in its order (extraction always
  // runs). Empty: all. A stage whose input layer no kept stage makes is an error.
  std::vector<std::string> stages;
  // Directory holding built data (knowledge base, models). Default: from
  // DRAGOMAN_DATA or the build's configured data dir.
  std::string data_dir;
  // Detect near-duplicates across the articles this pipeline sees. Default: true.
  bool dedup = true;
  // The near-duplicate index the dedup stage queries and extends; nullptr for
  // a fresh, empty one. Pass an index restored from a store
  // (RestoreNearDuplicateIndex, stories/dedup.h) so that an article ingested
  // today is found to copy one stored in an earlier run.
  std::shared_ptr<SharedNearDuplicateIndex> near_duplicates;
};

class Pipeline {
 public:
  // Assembles the default pipeline (see pipeline.cc for the one list of stages).
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  // Assembles a custom pipeline; fails when a stage requires a layer that no
  // earlier stage assigns.
  static Result<std::unique_ptr<Pipeline>> Create(std::unique_ptr<Extractor> extractor,
                                                  std::vector<std::unique_ptr<Stage>> stages);

  Result<Article> Run(const RawDocument& doc);
  // Runs only the stages after extraction on an existing article.
  Status Annotate(Article& article);
  // Run() in two parts, for parallel runs: extraction and the stages before
  // the first ordered one (any thread, any order), then the rest (in input
  // order). RunIndependent + AnnotateInOrder == Run.
  Result<Article> RunIndependent(const RawDocument& doc);
  Status AnnotateInOrder(Article& article);
  // Whether AnnotateInOrder has any stage to run.
  bool has_ordered_stages() const { return first_ordered_ < stages_.size(); }
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

 private:
  std::unique_ptr<Extractor> extractor_;
  std::vector<std::unique_ptr<Stage>> stages_;
  size_t first_ordered_ = 0;  // index of the first ordered stage (stages_.size(): none)
  Status AnnotateRange(Article& article, size_t begin, size_t end);
};

}  // namespace dragoman
