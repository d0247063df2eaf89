// Named-entity recognition over tokens: PER, ORG, LOC, MISC spans.
//
// Method (no statistical model): per sentence,
//  1. role phrases are found first ("Secretary of State", "ministre des
//     Armées", "head of American diplomacy") through the knowledge base's
//     RoleToOffice, with an adjacent demonym or country as qualifier;
//  2. knowledge-base aliases are matched greedily, longest first, over folded
//     tokens (IsAliasPrefix/Lookup), with gates: lower-case matches ("kyiv")
//     only for prominent places, capitalized sentence openers that are common
//     words only for prominent entities;
//  3. capitalized token runs (with name particles: de, von, van, al-, bin, and
//     organization connectors: of, for, de, des) become candidate names, KB
//     matches inside them included; leading titles, roles, demonyms and
//     sentence openers are stripped off (the title is kept as a cue);
//  4. a candidate not in the knowledge base is typed by cues: titles and first
//     names (PER), organization head words and acronyms (ORG), place words and
//     locative prepositions (LOC), event words (MISC), the speech verb that
//     follows, and what the same document already said about the same words
//     (a surname seen in a full name is a PER);
//  5. capitalized demonyms ("Russian", "Ukrainians") are MISC mentions that
//     carry their country.
// All-caps sentences (headlines, datelines) trust only the knowledge base and
// the document context for names.
//
// Thread-safety: a Recognizer is immutable; DocContext is per document.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dragoman/kb.h"
#include "entities/ner_lexicon.h"
#include "text/segmenter.h"

namespace dragoman {

// One recognized span. Token indexes are into the token array given to
// Recognize(); byte offsets into the text.
struct NerMention {
  uint32_t tok_begin = 0, tok_end = 0;  // [begin, end)
  uint32_t start = 0, end = 0;          // bytes
  std::string type;                     // PER|ORG|LOC|MISC
  std::string key;                      // folded surface, words joined by single spaces
  const KbEntity* kb = nullptr;         // best KB candidate when the span is a KB alias
  std::string title;                    // folded title that preceded it ("secretary", "m."), if any
  std::string demonym_country;          // ISO2 for a demonym mention ("Russian" -> RU)
  bool sentence_initial = false;
};

// A role phrase ("the French Minister of the Armed Forces") found in a sentence.
struct RoleMention {
  uint32_t tok_begin = 0, tok_end = 0;
  uint32_t start = 0, end = 0;
  std::string office_id;  // from KnowledgeBase::RoleToOffice
  std::string country;    // qualifier (ISO2), may be empty
  std::string phrase;     // folded role words
};

// What one document has taught the recognizer so far (types of names and of
// the words of person names). One per document; not thread-safe.
struct DocContext {
  std::unordered_map<std::string, std::string> type_of_key;   // "antony blinken" -> PER
  std::unordered_map<std::string, std::string> type_of_word;  // "blinken" -> PER
  // Places the document showed as sports teams (a score or result verb next
  // to them): two or more make it a team sports report.
  std::unordered_set<std::string> team_keys;
  void Clear() {
    type_of_key.clear();
    type_of_word.clear();
    team_keys.clear();
  }
};

class Recognizer {
 public:
  // `kb` must outlive the Recognizer (it may be an empty knowledge base).
  Recognizer(const KnowledgeBase* kb, std::shared_ptr<const NerLexicon> lexicon);

  // Recognizes names in one sentence: toks[0..n) with byte offsets into `text`.
  // Appends mentions (and role phrases when `roles` is not null).
  void Recognize(std::string_view text, const TokenSpan* toks, size_t n, DocContext* doc,
                 std::vector<NerMention>* out, std::vector<RoleMention>* roles = nullptr) const;

  const NerLexicon& lexicon() const { return *lex_; }
  const KnowledgeBase* kb() const { return kb_; }

 private:
  struct Tok;
  void FindRoles(std::string_view text, const std::vector<Tok>& t, std::vector<RoleMention>* roles,
                 std::vector<char>* in_role) const;
  int MatchKb(std::string_view text, const std::vector<Tok>& t, size_t i, bool headline,
              const KbEntity** best) const;
  std::string ClassifyUnknown(const std::vector<Tok>& t, size_t b, size_t e, bool has_title,
                              const DocContext& doc, const KbEntity* inner) const;

  const KnowledgeBase* kb_;
  std::shared_ptr<const NerLexicon> lex_;
};

// A knowledge base with nothing in it: recognition then rests on cues alone.
class EmptyKnowledgeBase : public KnowledgeBase {
 public:
  std::vector<const KbEntity*> Lookup(std::string_view) const override { return {}; }
  std::vector<KbCandidate> Candidates(std::string_view) const override { return {}; }
  bool IsAliasPrefix(std::string_view) const override { return false; }
  const KbEntity* Get(std::string_view) const override { return nullptr; }
  std::optional<std::string> RoleToOffice(std::string_view, std::string_view) const override { return std::nullopt; }
  const KbEntity* OfficeHolder(std::string_view, std::string_view) const override { return nullptr; }
  std::vector<KbOfficeTerm> OfficesOf(std::string_view) const override { return {}; }
  bool IsFirstName(std::string_view) const override { return false; }
  bool IsSurname(std::string_view) const override { return false; }
  std::optional<std::string> DemonymCountry(std::string_view) const override { return std::nullopt; }
  bool IsTitleWord(std::string_view) const override { return false; }
  size_t entity_count() const override { return 0; }
  size_t alias_count() const override { return 0; }
  KbStats stats() const override { return {}; }
};

}  // namespace dragoman
