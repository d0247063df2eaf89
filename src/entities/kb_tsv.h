// Reading the knowledge base's TSV files (data/kb/*.tsv and user extension
// files, same format; data/kb/README.md) and the key normalization shared by
// the builder and the loader. Stateless functions, thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/kb.h"
#include "dragoman/status.h"

namespace dragoman::kbtsv {

// One entity row: id type kind name country wikidata prior aliases [note].
struct EntityRow {
  KbEntity entity;
  bool has_prior = false;
  std::vector<std::string> aliases;  // surface forms as written (not folded)
};

// One office row: office_id person_id start end [note]. A note starting with '~'
// marks an approximate date.
struct OfficeRow {
  KbOfficeTerm term;
  bool approximate = false;
};

// Calls `row` for every non-blank, non-comment ('#') line, split on tabs, with its
// 1-based line number. A non-OK status from `row` stops the read and is returned
// prefixed with "path:line: ". Fails with NotFound / IOError naming the path.
Status ReadTsv(const std::string& path,
               const std::function<Status(size_t line, std::vector<std::string_view>& fields)>& row);

// Entity row from fields (>= 4 columns; missing trailing columns are empty).
Result<EntityRow> ParseEntityRow(const std::vector<std::string_view>& f);
// Office row from fields.
Result<OfficeRow> ParseOfficeRow(const std::vector<std::string_view>& f);

// Default prior for a curated entity of this kind when the row leaves it empty.
double DefaultPrior(std::string_view type, std::string_view kind);

// The keys under which a surface alias is stored: KbKey(surface) plus variants
// (French elision dropped "l'alliance" -> "alliance", hyphens as spaces
// "etats-unis" -> "etats unis", dots dropped in acronyms "u.s." -> "us").
// `flags` gets kAliasAcronym when the surface is written in capitals.
std::vector<std::string> AliasKeys(std::string_view surface, uint32_t* flags);

// Every (key, flags) an entity row is stored under: its name (kAliasCanonical),
// its aliases, and for a person the surname alone (kAliasSurnameOnly: "Antony
// Blinken" -> "blinken", "Ursula von der Leyen" -> "von der leyen" and "leyen";
// not for family-name-first countries such as CN or KR). `type`/`country` are the
// entity's (a row merging into an existing entity may leave them empty).
// `first_names` / `surnames` (may be null) collect the name parts seen.
struct KeyedAlias {
  std::string key;
  uint32_t flags;
};
std::vector<KeyedAlias> EntityAliasKeys(const EntityRow& row, std::string_view type, std::string_view country,
                                        uint32_t flags, std::vector<std::string>* first_names,
                                        std::vector<std::string>* surnames);

// Posting score in [0,1]: the entity's prior blended with the alias's strength.
float AliasScore(double prior, uint32_t flags);

// Whitespace collapsed, trimmed, no space after an apostrophe; input already folded.
std::string CanonicalSpacing(std::string_view folded);

// Splits "a|b|c" (empty parts dropped, parts trimmed).
std::vector<std::string> SplitList(std::string_view s, char sep = '|');

std::string_view Trim(std::string_view s);

}  // namespace dragoman::kbtsv
