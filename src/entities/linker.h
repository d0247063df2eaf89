// Entity linking and in-document coreference: turns recognized spans into
// Article::mentions (each with an entity id) and Article::entities.
//
// - A span that is a knowledge-base alias links to the best KB candidate of its
//   type (OTAN, NATO, l'Alliance atlantique -> one id).
// - A person not found as such is matched to a person the article already
//   named (surname, "M. Blinken", "Secretary Blinken"), then to the KB by its
//   surname with a near first name or a near surname spelling (Anthony/Antony
//   Blinken, Vladimir/Volodymyr Zelensky, Pashinian/Pashinyan).
// - Anything else gets a corpus-level id `new:<TYPE>:<folded name>` (spaces as
//   '_'), the same in every article for the same name; a short form refers back
//   to the full name seen earlier in the article.
// - Role phrases resolve to who held the office at the article's date, or to
//   the office holder the article names; generic roles ("the French
//   minister", "son homologue") to the last person named with an office of
//   that country. Such mentions are marked via_role.
// - A capital standing for its government (subject of a speech verb,
//   "Washington's efforts", "alliés de Washington") is marked metonym and
//   linked to the country; seats of power (the Kremlin) keep their id.
//
// Thread-safety: a Linker is immutable; Link() keeps its state on the stack.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/kb.h"
#include "entities/ner_lexicon.h"
#include "entities/recognizer.h"

namespace dragoman {

// Recognized spans of one field, with the tokens they index.
struct FieldAnnotations {
  Field field = Field::kText;
  std::vector<TokenSpan> tokens;        // the field's tokens
  std::vector<NerMention> mentions;     // tok_* index into `tokens`
  std::vector<RoleMention> roles;
};

class Linker {
 public:
  Linker(const KnowledgeBase* kb, std::shared_ptr<const NerLexicon> lexicon, std::string data_dir_ner);

  // Links everything in `fields` (title first, then text) and fills
  // article.mentions and article.entities. `date` (YYYY-MM-DD) may be empty.
  void Link(const std::vector<FieldAnnotations>& fields, const std::string& date, Article* article) const;

  // The date roles resolve at: the published day, else the latest full date
  // written in the text, else empty.
  static std::string ReferenceDate(const Article& article);

  // `new:<TYPE>:<folded name>` for an entity the KB lacks.
  static std::string NewId(const std::string& type, const std::string& folded_name);

 private:
  const KbEntity* CountryEntity(const std::string& iso2) const;
  const KbEntity* FuzzyPerson(const std::string& key) const;

  const KnowledgeBase* kb_;
  std::shared_ptr<const NerLexicon> lex_;
  std::unordered_map<std::string, std::string> short_forms_;
};

// Edit distance between two short strings (bytes), capped at `cap` + 1.
int BoundedEditDistance(std::string_view a, std::string_view b, int cap);

}  // namespace dragoman
