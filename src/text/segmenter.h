// Sentence and token segmentation (the "segment" stage).
//
// Sentences come from ICU's sentence BreakIterator for the article's language
// with ICU's own abbreviation suppressions ("en@ss=standard"), then our own
// fix-ups: titles, initials and month abbreviations ("Dr.", "J. R.", "6 avr.")
// never end a sentence, and a closing quote or guillemet that ICU pushed to the
// next sentence ("… le faisons. »M. Blinken") is moved back to its sentence.
//
// Tokens come from our own scanner (faster than ICU's word iterator and closer
// to news NER conventions): hyphenated words stay whole (Jean-Yves,
// Franco-German), French and Italian elisions are split after the apostrophe
// (l'OTAN -> l' OTAN, qu'il -> qu' il, l’Ukraine), English clitics are split
// before it (Ukraine's -> Ukraine 's), abbreviations keep their period (U.S.,
// Mr., M., avr.), numbers keep their separators (1,000.5), every quote mark is a
// token of its own.
//
// Offsets are bytes into the field text (standoff). A Segmenter is immutable
// after construction and safe to share between threads; the ICU iterator is
// cloned per call.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/pipeline.h"

namespace dragoman {

// A token as a half-open byte range.
struct TokenSpan {
  uint32_t start = 0, end = 0;
};

class Segmenter {
 public:
  // `language` is an ISO 639-1 code; unknown languages get ICU's root rules
  // and the English abbreviation list.
  explicit Segmenter(std::string language);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  const std::string& language() const { return language_; }

  // Tokens of text[begin, end), appended to `out` (offsets into `text`).
  void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<TokenSpan>* out) const;

  // Sentence ranges of `text` (trimmed of surrounding white space, never empty).
  std::vector<TokenSpan> Sentences(std::string_view text) const;

  // Both layers for one field of an article, appended.
  void Segment(std::string_view text, Field field, std::vector<Sentence>* sentences,
               std::vector<Token>* tokens) const;

  // True when `word` (without its period, any case) is an abbreviation that
  // keeps its period in this language ("mr", "dr", "mme", "avr", "janv").
  bool IsAbbreviation(std::string_view word) const;

 private:
  struct Impl;
  std::string language_;
  std::unique_ptr<Impl> impl_;
};

// The "segment" stage: requires "text", assigns "sentences" and "tokens" for
// the title and the text. Keeps one Segmenter per language it meets.
class SegmentStage : public Stage {
 public:
  SegmentStage();
  ~SegmentStage() override;
  const char* name() const override { return "segment"; }
  std::vector<std::string> requires_layers() const override { return {"text"}; }
  std::vector<std::string> assigns_layers() const override { return {"sentences", "tokens"}; }
  Status Process(Article& article) override;

  // The segmenter for a language (created on first use; not thread-safe).
  const Segmenter& ForLanguage(const std::string& language);

 private:
  std::vector<std::unique_ptr<Segmenter>> segmenters_;
};

}  // namespace dragoman
