// Word lists for the quotes, events and tone stages (data/lexicons/<lang>/).
// Entries are folded (FoldForMatch) and split into words; matching is word by
// word on folded tokens. Immutable after loading; safe to share across threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

// A set of phrases (one or more words each), matched at a token position.
class PhraseSet {
 public:
  void Add(std::string_view folded_phrase, std::string value = {});
  // Length in words of the longest phrase that starts at words[i], 0 when none;
  // `value` receives the phrase's value (e.g. a CAMEO code).
  size_t MatchAt(const std::vector<std::string>& words, size_t i, std::string* value = nullptr) const;
  bool Contains(std::string_view folded_word) const { return singles_.count(std::string(folded_word)) > 0; }
  bool empty() const { return by_first_.empty(); }
  size_t size() const { return count_; }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::string value;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  std::unordered_set<std::string> singles_;
  size_t count_ = 0;
};

// Lexicons for one language. Missing files leave the set empty.
struct LanguageLexicon {
  std::string language;
  PhraseSet reporting_verbs, attribution_markers, pronouns, np_stops;
  PhraseSet person_nouns;  // nouns that describe a public person ("politician", "Politiker", "entraîneur")
  PhraseSet event_phrases;  // value = CAMEO code
  PhraseSet negations, modals, intents;
  PhraseSet tone_positive, tone_negative;
};

class Lexicons {
 public:
  // Loads every language folder under data/lexicons (en, fr, de, es, it).
  static Result<std::shared_ptr<const Lexicons>> Load();
  // The same lexicons for the whole process (loaded on first use).
  static Result<std::shared_ptr<const Lexicons>> Shared();
  // The lexicon for `lang`; every language's entries together for "und";
  // English for other languages.
  const LanguageLexicon& For(std::string_view lang) const;
  // Outlets and agencies quotes come through: folded name -> display name.
  const std::unordered_map<std::string, std::string>& agencies() const { return agencies_; }

 private:
  std::map<std::string, LanguageLexicon, std::less<>> by_lang_;
  std::unordered_map<std::string, std::string> agencies_;
};

// Splits folded text on spaces into words for phrase matching.
std::vector<std::string> SplitWords(std::string_view folded);

}  // namespace dragoman
