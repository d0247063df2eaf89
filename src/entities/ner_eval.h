// Reading labelled NER data (CoNLL-2003 4-column IOB1, 2-column IOB2 as in
// WikiNER/WikiNEuRal, gzip or not, and HIPE-2020 TSV) and scoring the
// recognizer on it with exact span matching, conlleval style.
//
// The recognizer runs on the given tokens (no segmentation): each sentence's
// text is rebuilt by joining its tokens with single spaces (HIPE: honouring
// NoSpaceAfter). Documents (-DOCSTART-, HIPE document_id) share a DocContext;
// in files without document marks every sentence stands alone.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dragoman/status.h"
#include "entities/recognizer.h"

namespace dragoman {

struct BioSpan {
  uint32_t begin = 0, end = 0;  // token indexes, [begin, end)
  std::string type;
  bool operator<(const BioSpan& o) const {
    return std::tie(begin, end, type) < std::tie(o.begin, o.end, o.type);
  }
  bool operator==(const BioSpan& o) const { return begin == o.begin && end == o.end && type == o.type; }
};

struct BioSentence {
  std::vector<std::string> tokens;
  std::vector<char> space_after;  // 1 when a space follows the token
  std::vector<BioSpan> gold;
  bool starts_document = false;
};

struct BioCorpus {
  std::string format;  // conll|iob2|hipe
  std::vector<BioSentence> sentences;
  bool has_documents = false;
  size_t token_count = 0;
};

// Reads a file (gzip when it ends in .gz). `format` is "auto" or one of
// conll|iob2|hipe. Errors name the path and line.
Result<BioCorpus> ReadBioFile(const std::string& path, const std::string& format = "auto");

// Turns a column of IOB1/IOB2 tags into spans (conlleval rules: a chunk starts
// at B-X, or at I-X after a different type or O).
std::vector<BioSpan> SpansFromTags(const std::vector<std::string>& tags);

struct TypeScore {
  size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / predicted : 0.0; }
  double recall() const { return gold ? double(correct) / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct NerScores {
  std::map<std::string, TypeScore> by_type;  // PER ORG LOC MISC
  TypeScore micro;                           // all types present in the gold data
  TypeScore micro_pol;                       // PER, ORG and LOC only
  size_t tokens = 0, sentences = 0;
  double seconds = 0.0;                      // CPU seconds of recognition only
  std::vector<std::string> errors;           // "gold: ... | predicted: ... | sentence"
  // Where each gold span went, by gold type: the type predicted on exactly
  // its span ("PER" under "PER" is correct), "span" when only overlapping
  // predictions exist, "missed" when none. Row "O" counts predictions that
  // overlap no gold span, by predicted type.
  std::map<std::string, std::map<std::string, size_t>> confusion;
};

struct NerEvalOptions {
  // Types the gold data annotates; predictions of other types are ignored.
  // Default: PER ORG LOC MISC (HIPE: PER ORG LOC).
  std::vector<std::string> types;
  // Keep up to this many sentences with errors, as text, in NerScores::errors.
  // Default: 0.
  size_t max_errors = 0;
  // Passes over each document: 2 as the entities stage runs (the first only
  // teaches the document context), 1 to see what one pass alone gives.
  int passes = 2;
};

NerScores EvaluateNer(const BioCorpus& corpus, const Recognizer& recognizer, const NerEvalOptions& options);

}  // namespace dragoman
