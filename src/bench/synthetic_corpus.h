// A generator of large synthetic news corpora for benchmarks and stress tests,
// built from a small sample: each generated article draws paragraphs from the
// sample, shuffles them and replaces some words with others from the sample's
// vocabulary, so that no two articles are exact or near copies. Plain-text
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
  // least one paragraph with a few words is needed.
  static Result<SyntheticCorpus> FromTexts(const std::vector<std::string>& texts, SyntheticOptions options = {});
  // Reads every document under `path` (any format the readers know) and runs
  // extraction only, then FromTexts.
  static Result<SyntheticCorpus> FromPath(const std::string& path, SyntheticOptions options = {});

  std::string Text(size_t i) const;
  std::string Html(size_t i) const;

  // Writes articles [0, n) as files under `dir` (1,000 per sub-folder),
  // "NNN/NNNNNNN.txt" or ".html". Adds the bytes written to *bytes.
  Status WriteFolder(const std::string& dir, size_t n, bool html, uint64_t* bytes) const;

  size_t paragraphs() const { return paragraphs_.size(); }

 private:
  struct Parts {
    std::string title, outlet, date, author;
    std::vector<std::string> paragraphs;
  };
  Parts Make(size_t i, size_t target_bytes) const;

  SyntheticOptions options_;
  std::vector<std::string> paragraphs_;
  std::vector<std::string> vocabulary_;
};

}  // namespace dragoman
