// The knowledge base: entities (countries, places, organizations, people),
// their aliases in many languages and scripts, offices held with dates, and
// lexicons the recognizer uses (first names, demonyms, role phrases).
// Built once (`dragoman kb build`) into a compact file that loads in
// milliseconds; users add their own entities with a TSV file (README).
//
// All lookups take *folded* keys: FoldForMatch() of the surface form
// (lower case, no diacritics, ’ -> ').
//
// Thread-safety: a loaded KnowledgeBase is immutable and safe to share.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct KbEntity {
  std::string id;        // "kb:nato", "kb:person/antony-blinken", "kb:geo/2988507"
  std::string name;      // canonical (English) name
  std::string type;      // PER|ORG|LOC|MISC
  std::string kind;      // country|city|region|igo|gov|mil|party|media|company|person|...
  std::string country;   // ISO 3166-1 alpha-2 the entity belongs to, or empty
  std::string wikidata;  // "Q7184" or empty
  double prior = 0.0;    // popularity prior in [0,1] for disambiguation (population, prominence)
};

// An office held by someone between two dates (inclusive; empty end = still in office).
struct KbOfficeTerm {
  std::string office_id;  // "office:us/secretary-of-state"
  std::string holder_id;  // entity id of the person
  std::string start, end; // YYYY-MM-DD
};

struct KbOptions {
  // Folder with the built knowledge base. Default: DRAGOMAN_HOME, then the build's data folder.
  std::string dir;
  // Extra user TSV files, loaded on top (README documents the format).
  std::vector<std::string> user_files;
};

class KnowledgeBase {
 public:
  virtual ~KnowledgeBase() = default;
  static Result<std::shared_ptr<const KnowledgeBase>> Open(const KbOptions& options);

  // Entities that have this folded alias, most likely first. Empty when none.
  virtual std::vector<const KbEntity*> Lookup(std::string_view folded_alias) const = 0;
  // True when some alias starts with these folded words (for greedy multi-word matching).
  virtual bool IsAliasPrefix(std::string_view folded_prefix) const = 0;
  virtual const KbEntity* Get(std::string_view id) const = 0;

  // Role phrases ("secretary of state", "secrétaire d'état", "ministre des armées")
  // qualified by a country (ISO2, may be empty) -> office id.
  virtual std::optional<std::string> RoleToOffice(std::string_view folded_role, std::string_view country) const = 0;
  // Who held the office on `date` (YYYY-MM-DD), or nullptr.
  virtual const KbEntity* OfficeHolder(std::string_view office_id, std::string_view date) const = 0;
  virtual std::vector<KbOfficeTerm> OfficesOf(std::string_view person_id) const = 0;

  // Lexicons.
  virtual bool IsFirstName(std::string_view folded) const = 0;
  virtual bool IsSurname(std::string_view folded) const = 0;
  // "american", "americain", "amerikanisch", "estadounidense" -> "US"
  virtual std::optional<std::string> DemonymCountry(std::string_view folded) const = 0;
  // Honorifics and titles that precede a name ("mr", "m.", "president", "secretary").
  virtual bool IsTitleWord(std::string_view folded) const = 0;

  virtual size_t entity_count() const = 0;
  virtual size_t alias_count() const = 0;
};

}  // namespace dragoman
