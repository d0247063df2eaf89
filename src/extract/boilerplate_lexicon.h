// Boilerplate phrase lexicons: the words sites put around an article ("Related
// Articles", "Lire aussi", "Article précédent", "Comment (0)", share and cookie
// notices), one file per language in data/boilerplate/<lang>.txt. The file
// format is documented at the top of data/boilerplate/en.txt and in the
// README ("Article extraction").
//
// A lexicon is immutable once loaded; Match() is thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dragoman/status.h"

namespace dragoman::extract {

enum class LexiconMode {
  kLine,      // the whole block (its BlockKey) is the phrase
  kPrefix,    // the block starts with the phrase then a separator ("Source : URL")
  kStart,     // the block starts with the phrase, whatever follows ("Article précédentLes ...")
  kTail,      // a whole-block heading that opens a trailing section (related links)
  kContains,  // a short block containing the phrase (cookie and newsletter notices)
};

struct LexiconHit {
  std::string kind;  // breadcrumb|navigation|related|teaser|caption|comment-count|tracking-id|share|other
  LexiconMode mode = LexiconMode::kLine;
  size_t phrase_bytes = 0;  // length of the matched phrase in the folded key
};

class BoilerplateLexicon {
 public:
  // Parses one lexicon file's text; `source` names it in error messages.
  Status AddText(std::string_view text, std::string_view source);
  // Reads every *.txt in `dir`. NotFound when the folder is absent.
  Status AddDir(const std::string& dir);

  // The phrase (if any) that marks `block` (raw block text) as boilerplate.
  // Contains phrases only match blocks of at most `max_chars` characters,
  // prefix and start phrases blocks of at most two thirds of that.
  std::optional<LexiconHit> Match(std::string_view block, size_t max_chars = 300) const;
  // Same on a precomputed BlockKey.
  std::optional<LexiconHit> MatchKey(const std::string& key, size_t block_chars, size_t max_chars = 300) const;

  size_t size() const { return whole_.size() + prefixes_.size() + contains_.size(); }

  // The lexicon the extractor uses: every file in the first folder found among
  // $DRAGOMAN_HOME/boilerplate, the build's data/boilerplate and the source
  // tree's data/boilerplate. Loaded once (thread-safe); empty with a warning
  // on stderr when no folder is found.
  static const BoilerplateLexicon& Default();

 private:
  struct Entry {
    std::string phrase;
    LexiconHit hit;
  };
  // Rebuilds the indexes below after entries were added.
  void Index();

  std::unordered_map<std::string, LexiconHit> whole_;  // line and tail
  std::vector<Entry> prefixes_;                        // longest first
  std::vector<Entry> contains_;                        // in file order: the first that matches wins
  // Indexes over the phrases' first bytes (kHead of them, fewer for shorter
  // phrases), so that a block is compared with the few phrases that can match
  // rather than with all of them (MatchKey runs on every short line).
  static constexpr size_t kHead = 3;
  std::unordered_map<std::string, std::vector<uint32_t>> prefix_by_head_;  // indexes into prefixes_, in order
  std::vector<uint32_t> short_prefixes_;    // phrases shorter than kHead
  std::unordered_map<uint32_t, std::vector<uint32_t>> contains_by_head_;  // by Head(); indexes into contains_
  std::vector<uint64_t> contains_head_bits_;  // 65,536 bits: HeadBit() of every key of contains_by_head_
  std::vector<uint32_t> short_contains_;
};

}  // namespace dragoman::extract
