// The quotes stage: direct quotes in every quote style, with their speaker.
//
// 1. Quote spans: “…” "…" « … » „…“ ‘…’ ‹…› 「…」, quotes that run over several
//    paragraphs (each paragraph reopening the quote, or French « … » left open),
//    and quotes interrupted by the attribution (two spans, one speaker).
// 2. Speaker, from the sentence around the quote, by pattern:
//    inverted verb after the quote  (“…,” warns X / « … », a déclaré X)
//    subject + verb after the quote (“…,” Blinken told reporters)
//    marker before the quote        (according to X / selon X / laut X / según X)
//    subject + verb before the quote (X said: “…” / X a déclaré que « … »)
//    a quote standing alone takes the speaker of the quote or the person just
//    before it. A pronoun refers back to the last person named.
// 3. The speaker is an entity when a linked mention covers the speaker phrase
//    (names and resolved roles), else a description ("a UNESCO diplomat").
//    Possessives ("Séjourné's entourage") stay descriptions: never a wrong person.
// 4. `via`: the agency or outlet the words came through ("to AFP", "cité par Reuters").
// 5. Short quotes inside a sentence (« construire ») are marked as fragments.
#pragma once

#include <memory>

#include "dragoman/kb.h"
#include "dragoman/pipeline.h"
#include "events/lexicon.h"

namespace dragoman {

// A quoted stretch: [open, close) includes the marks; [inner_start, inner_end)
// is the quoted words, trimmed.
struct QuoteSpan {
  uint32_t open = 0, close = 0;
  uint32_t inner_start = 0, inner_end = 0;
};

// Finds quote spans in one field's text. Exposed for tests.
std::vector<QuoteSpan> FindQuoteSpans(const std::string& text);

class QuoteStage : public Stage {
 public:
  // `kb` may be null; with it, a name glued to a title by the recognizer
  // ("EZB-Präsidentin Christine Lagarde") resolves to the person.
  explicit QuoteStage(std::shared_ptr<const Lexicons> lexicons, std::shared_ptr<const KnowledgeBase> kb = nullptr)
      : lex_(std::move(lexicons)), kb_(std::move(kb)) {}
  const char* name() const override { return "quotes"; }
  // Uses "mentions" when the entities stage ran before it; works without.
  std::vector<std::string> requires_layers() const override { return {"text"}; }
  std::vector<std::string> assigns_layers() const override { return {"quotes"}; }
  Status Process(Article& article) override;

 private:
  std::shared_ptr<const Lexicons> lex_;
  std::shared_ptr<const KnowledgeBase> kb_;
};

// Creates the stage with the process-wide lexicons; an error when the data
// files are missing.
Result<std::unique_ptr<Stage>> MakeQuoteStage(std::shared_ptr<const KnowledgeBase> kb = nullptr);

}  // namespace dragoman
