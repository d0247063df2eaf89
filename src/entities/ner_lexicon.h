// Per-language cue-word lexicons for recognition and linking, read from
// data/ner/<lang>/*.txt (see data/ner/README.md), plus the lower-case words of
// the system's hunspell dictionary for that language (common words, used to
// tell a capitalized sentence opener from a name), when one is installed.
//
// Thread-safety: immutable after Load(); share freely.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

class NerLexicon {
 public:
  enum Kind {
    kTitle = 0,
    kOrgWord,
    kLocWord,
    kMiscWord,
    kLocPrep,
    kSpeechVerb,
    kStop,
    kParticle,
    kConnector,
    kTemporal,
    kRoleHead,
    kMetonymNoun,
    kIndefinite,   // indefinite articles: "un Suisse" is a person, "la Suisse" the country
    kPlaceSuffix,  // endings of place names: "-shire", "-ville", "-stan", French "-ie"
    kPeople,       // peoples, faiths, political families without one country: "Kurds", "Moslem", "Soviet"
    kNameHead,     // lower-case generic words that belong to the name after them: "océan Pacifique", "lac de Garde"
    kKindCount
  };

  // Reads `dir`/<lang>/*.txt and `dir`/capitals.tsv. A language without a
  // folder gets the English lists. Fails only when `dir` is unreadable.
  static Result<std::shared_ptr<const NerLexicon>> Load(const std::string& dir, const std::string& lang);
  // Builds a lexicon from in-memory lists (tests). Entries are folded here.
  // (Key kKindCount: common words of the language; kKindCount + 1: English
  // words.)
  static std::shared_ptr<const NerLexicon> FromLists(
      const std::string& lang, const std::unordered_map<int, std::vector<std::string>>& lists);

  const std::string& language() const { return language_; }
  bool Has(Kind kind, std::string_view folded) const {
    return !folded.empty() && sets_[kind].count(std::string(folded)) > 0;
  }
  // Whether a word of this list ends `folded`, leaving at least three letters
  // before it (kPlaceSuffix: "pennsylvanie" ends in "ie").
  bool HasEnding(Kind kind, std::string_view folded) const;
  // A lower-case dictionary word of the language ("reading", "nice", "mobile").
  bool IsCommonWord(std::string_view folded) const;
  // A lower-case English dictionary word, or its plural ("race", "wars"), for
  // a language other than English (English names quoted in it); false in
  // English itself.
  bool IsEnglishWord(std::string_view folded) const;
  // German: a compound whose last part (four letters or more) is a dictionary
  // word ("heimspiel" = heim + spiel, "saisonende"): a common noun.
  bool IsCompoundNoun(std::string_view folded) const;
  // "washington" -> "US" when the name can stand for a government.
  std::optional<std::string> MetonymCountry(std::string_view folded) const;

 private:
  std::string language_;
  std::array<std::unordered_set<std::string>, kKindCount> sets_;
  std::unordered_set<std::string> common_;
  std::unordered_set<std::string> english_;  // other languages only
  std::unordered_map<std::string, std::string> capitals_;
};

// The folder holding data/ner: `data_dir`/ner when it exists, else
// $DRAGOMAN_HOME/ner, else the source tree's data/ner.
std::string FindNerDataDir(const std::string& data_dir);

// Fast folding for tokens: ASCII lower-casing, FoldForMatch for the rest.
std::string FoldToken(std::string_view s);

}  // namespace dragoman
