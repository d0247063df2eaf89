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

#include <cstdint>
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
  std::string office_id;  // "office:us/foreign-minister" (data/kb/README.md lists the ids)
  std::string holder_id;  // entity id of the person
  std::string start, end; // YYYY-MM-DD
};

// How an alias names an entity (bit flags of KbCandidate::flags).
enum KbAliasFlag : uint32_t {
  kAliasCanonical = 1u << 0,     // the entity's canonical name
  kAliasCurated = 1u << 1,       // from the project's curated files or a user file
  kAliasAcronym = 1u << 2,       // written in capitals in the source ("AP", "US", "AFP"): expect capitals in text
  kAliasGeoAlternate = 1u << 3,  // a GeoNames alternate name (weaker evidence)
  kAliasSurnameOnly = 1u << 4,   // a person's surname alone ("Blinken"), derived from the full name
  kAliasCountryName = 1u << 5,   // a country name from ICU / world-countries
  kAliasUser = 1u << 6,          // from a user extension file
  kAliasCommonWord = 1u << 7,    // also a common lower-case word ("of", "nice", "turkey", "said"):
                                 // trust it only when capitalized in the text
};

// One entity an alias may name, best first in Candidates().
struct KbCandidate {
  const KbEntity* entity = nullptr;
  float score = 0;     // in [0,1]: the entity's prior blended with how strong this alias is
  uint32_t flags = 0;  // KbAliasFlag bits
};

// Counts for `dragoman kb info` and benchmarks.
struct KbStats {
  std::string path;  // the kb.bin that was opened
  uint64_t file_bytes = 0;
  size_t entities = 0, aliases = 0, office_terms = 0, roles = 0;
  size_t first_names = 0, surnames = 0, demonyms = 0, titles = 0;
  size_t user_entities = 0, user_aliases = 0;  // added by user files at Open
  std::string built;                           // build metadata ("sources=...")
};

// The key every lookup takes: FoldForMatch(surface), whitespace runs collapsed to
// one space, trimmed, no space after an apostrophe ("quai d’ Orsay" -> "quai d'orsay")
// nor around a hyphen ("Jean - Noël" -> "jean-noel"). Lookups normalize spacing
// themselves, so FoldForMatch() of tokens joined by spaces works too.
std::string KbKey(std::string_view surface);

struct KbOptions {
  // Folder with the built knowledge base (kb.bin). Default: $DRAGOMAN_HOME, then the
  // build's data folder (DRAGOMAN_BUILD_DATA_DIR).
  std::string dir;
  // Extra user TSV files, loaded on top (data/kb/README.md documents the format).
  // The colon-separated files in $DRAGOMAN_KB_EXTRA are loaded too.
  std::vector<std::string> user_files;
  // Ignore $DRAGOMAN_KB_EXTRA (tests).
  bool ignore_env_extra = false;
};

class KnowledgeBase {
 public:
  virtual ~KnowledgeBase() = default;
  // Maps kb.bin (no copy) and loads the user files on top. Errors name the path and
  // the reason (missing: "run `dragoman kb build`"; bad magic, truncated: corruption).
  static Result<std::shared_ptr<const KnowledgeBase>> Open(const KbOptions& options);
  // Opens one kb.bin file directly.
  static Result<std::shared_ptr<const KnowledgeBase>> OpenFile(const std::string& path, const KbOptions& options);

  // Entities that have this folded alias, most likely first. Empty when none.
  // The key may be FoldForMatch() output; spacing is normalized as in KbKey(), and a
  // leading French elision is dropped when the full key is unknown ("l'otan" -> "otan").
  virtual std::vector<const KbEntity*> Lookup(std::string_view folded_alias) const = 0;
  // Same as Lookup, with scores and alias flags (acronym, surname-only...).
  // The default (for other implementations, e.g. test doubles) wraps Lookup.
  virtual std::vector<KbCandidate> Candidates(std::string_view folded_alias) const;
  // True when some alias equals these folded words or starts with them followed by a
  // space ("united" -> "united states"), for greedy multi-word matching.
  virtual bool IsAliasPrefix(std::string_view folded_prefix) const = 0;
  virtual const KbEntity* Get(std::string_view id) const = 0;

  // Role phrases ("secretary of state", "secrétaire d'état", "ministre des armées")
  // qualified by a country (ISO2, either case, may be empty) -> office id
  // ("office:us/foreign-minister"). A demonym or country prefix inside the phrase
  // gives the country: "french foreign minister", "ministre allemand des affaires
  // etrangeres", "head of american diplomacy", "us-aussenminister". A leading article
  // is ignored. A generic role with no country known gives nullopt, never a guess.
  virtual std::optional<std::string> RoleToOffice(std::string_view folded_role, std::string_view country) const = 0;
  // Who held the office on `date` (YYYY-MM-DD), or nullptr. On a handover day the
  // term that starts that day wins.
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
  // Counts; the default fills entities and aliases only.
  virtual KbStats stats() const;
};

}  // namespace dragoman
