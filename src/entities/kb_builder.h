// Builds kb.bin from the project's curated TSV files (data/kb/) and the data
// packages that setup fetched (ICU country names, iso-codes regions, npm world-countries, GeoNames
// cities500, hunspell-fr and @stdlib first names). Missing package data is a
// warning, not an error: the base is then built from what is there.
// Not thread-safe (one build at a time per Builder); used by `dragoman kb build`.
#pragma once

#include <string>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct KbBuildOptions {
  std::string data_dir;     // curated TSV files (data/kb)
  std::string npm_dir;      // .deps/npm; empty = no npm data
  std::string hunspell_fr;  // /usr/share/hunspell/fr.dic (first names, surnames, common words); empty = skip
  std::string hunspell_en;  // /usr/share/hunspell/en_US.dic (common words); empty = skip
  std::string iso_codes_dir;  // /usr/share/iso-codes/json (iso_3166-2.json: first-level regions); empty = skip
  std::string locale_dir;     // /usr/share/locale (iso_3166-2.mo: region names per language); empty = ISO names only
  std::string out_path;     // the kb.bin to write (written to a temp file, then renamed)
  bool geonames = true;     // load cities500 (the bulk of the aliases)
};

struct KbBuildReport {
  size_t entities = 0, aliases = 0, postings = 0, office_terms = 0, roles = 0;
  size_t first_names = 0, surnames = 0, demonyms = 0, titles = 0, places = 0, countries = 0, regions = 0;
  uint64_t file_bytes = 0;
  std::vector<std::string> sources;   // what was read
  std::vector<std::string> warnings;  // what was missing or skipped
};

Result<KbBuildReport> BuildKnowledgeBase(const KbBuildOptions& options);

}  // namespace dragoman
