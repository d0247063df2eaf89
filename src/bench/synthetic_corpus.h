// A generator of large synthetic news corpora for benchmarks and stress tests,
// built from a small sample: each generated article draws paragraphs from the
// sample texts of one language, shuffles them and replaces some words with
// others from that language's vocabulary, so that no two articles are exact or
// near copies and each reads as one language (as real news does). Plain-text
// articles look like scraped text (title, dateline, boilerplate lines); HTML
// pages carry the weight of real ones (head, styles, scripts, navigation,
// teasers, footer) around the same kind of body.
//
// Deterministic: article i is the same for the same sample and seed.
// Thread-safety: const methods are safe to call from several threads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct SyntheticOptions {
  uint64_t seed = 1;
  size_t text_bytes = 3000;   // about how long a plain-text article is
  size_t html_bytes = 80000;  // about how long an HTML page is
  double word_noise = 0.15;   // share of words replaced
};

class SyntheticCorpus {
 public:
  // Paragraphs come from `texts` (split on blank lines or line breaks); at
  // least one paragraph with a few words is needed. `languages[k]` names the
  // language of texts[k] (empty or missing: one pool for all); an article
  // draws from one language's texts, picked in proportion to their paragraphs.
  static Result<SyntheticCorpus> FromTexts(const std::vector<std::string>& texts, SyntheticOptions options = {},
                                           const std::vector<std::string>& languages = {});
  // Reads every document under `path` (any format the readers know), runs
  // extraction and language identification, then FromTexts.
  static Result<SyntheticCorpus> FromPath(const std::string& path, SyntheticOptions options = {});

  std::string Text(size_t i) const;
  std::string Html(size_t i) const;

  // Writes articles [0, n) as files under `dir` (1,000 per sub-folder),
  // "NNN/NNNNNNN.txt" or ".html". Adds the bytes written to *bytes.
  Status WriteFolder(const std::string& dir, size_t n, bool html, uint64_t* bytes) const;

  size_t paragraphs() const { return total_paragraphs_; }

 private:
  struct Parts {
    std::string title, outlet, date, author;
    std::vector<std::string> paragraphs;
    size_t pool = 0;  // index in pools_: the article's language
  };
  Parts Make(size_t i, size_t target_bytes) const;

  // The paragraphs and words of the sample texts of one language.
  struct Pool {
    std::vector<std::string> paragraphs;
    std::vector<std::string> vocabulary;
  };

  SyntheticOptions options_;
  std::vector<Pool> pools_;  // by language, in name order
  size_t total_paragraphs_ = 0;
};

}  // namespace dragoman
