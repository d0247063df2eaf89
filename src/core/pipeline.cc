#include "dragoman/pipeline.h"

#include <algorithm>
#include <set>

#include "core/article_id.h"
#include "entities/entity_stage.h"
#include "events/events.h"
#include "events/quotes.h"
#include "extract/extractor.h"
#include "stories/dedup.h"
#include "text/language.h"
#include "text/segmenter.h"

namespace dragoman {

// The one list of default stages, in order. Each later issue adds its stage here.
static Result<std::vector<std::unique_ptr<Stage>>> DefaultStages(const PipelineOptions& options) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(MakeLanguageStage());
  std::shared_ptr<const KnowledgeBase> kb = OpenKnowledgeBaseOrEmpty(options.data_dir);
  stages.push_back(std::make_unique<SegmentStage>());
  stages.push_back(std::make_unique<EntityStage>(kb, FindNerDataDir(options.data_dir)));
  auto add = [&](Result<std::unique_ptr<Stage>> stage) -> Status {
    if (!stage.ok()) return stage.status();
    stages.push_back(std::move(*stage));
    return Status::OK();
  };
  DRAGOMAN_RETURN_IF_ERROR(add(MakeQuoteStage(kb)));
  DRAGOMAN_RETURN_IF_ERROR(add(MakeEventStage(kb)));
  DRAGOMAN_RETURN_IF_ERROR(add(MakeToneStage()));
  if (options.dedup) stages.push_back(MakeDedupStage(options.near_duplicates));
  return stages;
}

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto default_stages = DefaultStages(options);
  if (!default_stages.ok()) return default_stages.status();
  std::vector<std::unique_ptr<Stage>> stages = std::move(*default_stages);
  if (!options.until.empty() && options.until != "all") {
    bool found = options.until == "extract";
    size_t keep = 0;
    for (; keep < stages.size() && !found; ++keep) found = options.until == stages[keep]->name();
    if (!found) return Status::InvalidArgument("no stage named '" + options.until + "'");
    stages.resize(keep);
  }
  if (!options.stages.empty()) {
    for (const std::string& want : options.stages) {
      bool known = want == "extract";
      for (const auto& stage : stages) known = known || want == stage->name();
      if (!known) return Status::InvalidArgument("no stage named '" + want + "'");
    }
    std::vector<std::unique_ptr<Stage>> kept;
    for (auto& stage : stages) {
      if (std::find(options.stages.begin(), options.stages.end(), stage->name()) != options.stages.end())
        kept.push_back(std::move(stage));
    }
    stages = std::move(kept);
  }
  return Create(MakeDefaultExtractor(options), std::move(stages));
}

Result<std::unique_ptr<Pipeline>> Pipeline::Create(std::unique_ptr<Extractor> extractor,
                                                   std::vector<std::unique_ptr<Stage>> stages) {
  // The extractor assigns these layers.
  std::set<std::string> have = {"text", "title", "metadata", "published", "boilerplate"};
  for (const auto& stage : stages) {
    for (const auto& need : stage->requires_layers()) {
      if (!have.count(need)) {
        return Status::InvalidArgument(std::string("stage '") + stage->name() + "' requires layer '" + need +
                                       "' that no earlier stage assigns");
      }
    }
    for (const auto& l : stage->assigns_layers()) have.insert(l);
  }
  auto p = std::unique_ptr<Pipeline>(new Pipeline());
  p->extractor_ = std::move(extractor);
  p->stages_ = std::move(stages);
  p->first_ordered_ = p->stages_.size();
  for (size_t i = 0; i < p->stages_.size(); ++i) {
    if (p->stages_[i]->ordered()) {
      p->first_ordered_ = i;
      break;
    }
  }
  return p;
}

Result<Article> Pipeline::Run(const RawDocument& doc) {
  Result<Article> article = RunIndependent(doc);
  if (!article.ok()) return article;
  Status s = AnnotateInOrder(*article);
  if (!s.ok()) return s;
  return article;
}

Result<Article> Pipeline::RunIndependent(const RawDocument& doc) {
  Result<Article> article = extractor_->Extract(doc);
  if (!article.ok()) return article;
  if (article->id.empty()) article->id = ArticleId(*article);
  Status s = AnnotateRange(*article, 0, first_ordered_);
  if (!s.ok()) return s;
  if (first_ordered_ < stages_.size()) {
    Stage& ordered = *stages_[first_ordered_];
    s = ordered.Prepare(*article);
    if (!s.ok()) return Status(s.code(), std::string(ordered.name()) + ": " + s.message());
  }
  return article;
}

Status Pipeline::AnnotateInOrder(Article& article) { return AnnotateRange(article, first_ordered_, stages_.size()); }

Status Pipeline::Annotate(Article& article) { return AnnotateRange(article, 0, stages_.size()); }

Status Pipeline::AnnotateRange(Article& article, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    Status s = stages_[i]->Process(article);
    if (!s.ok()) return Status(s.code(), std::string(stages_[i]->name()) + ": " + s.message());
  }
  return Status::OK();
}

}  // namespace dragoman
