// The "entities" stage: recognition, linking, coreference and roles over the
// sentences and tokens the segment stage wrote. Owns a shared knowledge base
// and the per-language lexicons it loads on first use.
//
// Thread-safety: Process() is not thread-safe (lexicons load lazily); use one
// stage per pipeline, as pipeline.h says. The knowledge base is shared.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "dragoman/kb.h"
#include "dragoman/pipeline.h"
#include "entities/linker.h"
#include "entities/ner_lexicon.h"
#include "entities/recognizer.h"

namespace dragoman {

class EntityStage : public Stage {
 public:
  // `kb` may be null: recognition then rests on cues alone and every entity
  // gets a new: id. `ner_dir` is the data/ner folder (FindNerDataDir).
  EntityStage(std::shared_ptr<const KnowledgeBase> kb, std::string ner_dir);

  const char* name() const override { return "entities"; }
  std::vector<std::string> requires_layers() const override { return {"text", "sentences", "tokens"}; }
  std::vector<std::string> assigns_layers() const override { return {"mentions", "entities"}; }
  Status Process(Article& article) override;

  // The recognizer and linker for a language (loaded on first use).
  struct PerLanguage {
    std::unique_ptr<Recognizer> recognizer;
    std::unique_ptr<Linker> linker;
  };
  Result<PerLanguage*> ForLanguage(const std::string& language);

 private:
  std::shared_ptr<const KnowledgeBase> kb_;
  std::string ner_dir_;
  std::map<std::string, PerLanguage> languages_;
};

// Opens the knowledge base for a pipeline (KbOptions default folders), or an
// empty one with a warning on stderr when none is built.
std::shared_ptr<const KnowledgeBase> OpenKnowledgeBaseOrEmpty(const std::string& data_dir);

}  // namespace dragoman
