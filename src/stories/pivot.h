// Cross-lingual word evidence for story clustering: content words of any
// supported language mapped to English stems ("frappes" -> strike, "Angriff"
// -> attack), through Debian's FreeDict bilingual dictionaries (fra-eng,
// deu-eng, spa-eng, ita-eng) and Snowball stemming. Stop words are dropped.
//
// The dictionaries are read once per process from /usr/share/dictd (override
// with DRAGOMAN_DICTD) and condensed to a small in-memory table: the first
// translation of each headword's first sense. Missing dictionaries reduce the
// evidence to same-language stems; they are not an error.
//
// Thread-safety: a built Pivot is immutable; Stem() uses one stemmer per
// thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dragoman {

class Pivot {
 public:
  // The process-wide pivot (built on first use).
  static std::shared_ptr<const Pivot> Shared();
  // Builds from the given dictd folder and data/lexicons stop words.
  static std::shared_ptr<const Pivot> Build(const std::string& dictd_dir);

  // Folded content words of `text` (language `lang`) as English-pivot stems,
  // in order; stop words and words under 3 letters dropped; numbers kept as is.
  std::vector<std::string> Terms(std::string_view text, const std::string& lang) const;

  bool IsStopword(const std::string& lang, const std::string& folded) const;
  size_t dictionary_entries() const;

 private:
  std::string Translate(const std::string& lang, const std::string& folded) const;

  // lang -> folded headword -> folded English word
  std::unordered_map<std::string, std::unordered_map<std::string, std::string>> dict_;
  std::unordered_map<std::string, std::unordered_set<std::string>> stop_;
};

}  // namespace dragoman
