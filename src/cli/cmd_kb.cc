// dragoman kb build | lookup | info: build the knowledge base file and query it.
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "dragoman/kb.h"
#include "dragoman/log.h"
#include "entities/kb_builder.h"

namespace dragoman::cli {
namespace {

std::string DefaultNpmDir() {
  if (const char* e = std::getenv("DRAGOMAN_NPM_DIR"); e && *e) return e;
  return std::string(DRAGOMAN_SOURCE_DIR) + "/.deps/npm";
}

int RunBuild(const Args& args) {
  KbBuildOptions o;
  o.data_dir = args.Get("data");
  o.npm_dir = args.Get("npm");
  o.hunspell_fr = args.Get("hunspell");
  o.hunspell_en = args.Get("hunspell-en");
  o.iso_codes_dir = args.Get("iso-codes");
  o.locale_dir = args.Get("locale");
  o.geonames = !args.Has("no-geonames");
  o.out_path = args.Get("out") + "/kb.bin";
  auto t0 = std::chrono::steady_clock::now();
  Result<KbBuildReport> r = BuildKnowledgeBase(o);
  if (!r.ok()) {
    LogError("kb build: " + r.status().ToString());
    return kExitFatal;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // Missing package data is worth a warning even in quiet mode: the base is smaller.
  for (const auto& w : r->warnings) {
    if (w.find("fewer than 15 columns") != std::string::npos) LogInfo("kb build: " + w);
    else std::fprintf(stderr, "dragoman kb build: warning: %s\n", w.c_str());
  }
  for (const auto& s : r->sources) LogInfo("kb build: read " + s);
  std::fprintf(stderr,
               "dragoman kb build: %s: %zu entities (%zu countries, %zu regions, %zu places), %zu aliases, %zu office terms, "
               "%zu role phrases, %zu first names, %zu surnames, %zu demonyms, %zu titles; %.1f MB in %.1f s\n",
               o.out_path.c_str(), r->entities, r->countries, r->regions, r->places, r->aliases, r->office_terms, r->roles,
               r->first_names, r->surnames, r->demonyms, r->titles, r->file_bytes / 1e6, secs);
  return kExitOk;
}

KbOptions OptionsFrom(const Args& args) {
  KbOptions o;
  o.dir = args.Get("kb");
  o.user_files = args.GetAll("extra");
  return o;
}

std::string FlagNames(uint32_t f) {
  std::string s;
  auto add = [&](uint32_t bit, const char* name) {
    if (f & bit) s += s.empty() ? name : std::string(",") + name;
  };
  add(kAliasCanonical, "canonical");
  add(kAliasCurated, "curated");
  add(kAliasAcronym, "acronym");
  add(kAliasGeoAlternate, "geo-alt");
  add(kAliasSurnameOnly, "surname");
  add(kAliasCountryName, "country-name");
  add(kAliasUser, "user");
  add(kAliasCommonWord, "common-word");
  return s.empty() ? "-" : s;
}

int RunLookup(const Args& args) {
  auto kb = KnowledgeBase::Open(OptionsFrom(args));
  if (!kb.ok()) {
    LogError("kb lookup: " + kb.status().ToString());
    return kExitFatal;
  }
  const KnowledgeBase& k = **kb;
  std::string date = args.Get("date");
  bool jsonl = args.Get("format") == "jsonl";
  long long limit = 10;
  if (!args.GetInt("limit", &limit) || limit < 1) {
    LogError("kb lookup: --limit must be a positive integer");
    return kExitUsage;
  }
  std::string name;
  for (const auto& p : args.positional()) name += (name.empty() ? "" : " ") + p;
  std::string key = KbKey(name);
  bool found = false;

  auto print_entity = [&](const KbEntity& e, float score, uint32_t flags, const char* via) {
    found = true;
    std::vector<KbOfficeTerm> offices = k.OfficesOf(e.id);
    if (jsonl) {
      nlohmann::json j = {{"query", name}, {"via", via}, {"id", e.id}, {"name", e.name}, {"type", e.type},
                          {"kind", e.kind}, {"country", e.country}, {"wikidata", e.wikidata},
                          {"prior", e.prior}, {"score", score}, {"alias_flags", FlagNames(flags)}};
      nlohmann::json terms = nlohmann::json::array();
      for (const auto& t : offices) terms.push_back({{"office", t.office_id}, {"start", t.start}, {"end", t.end}});
      if (!offices.empty()) j["offices"] = terms;
      std::printf("%s\n", j.dump().c_str());
      return;
    }
    std::printf("%-28s %-4s %-8s %-2s %5.3f %-22s %s%s%s\n", e.id.c_str(), e.type.c_str(), e.kind.c_str(),
                e.country.empty() ? "-" : e.country.c_str(), score, FlagNames(flags).c_str(), e.name.c_str(),
                e.wikidata.empty() ? "" : "  ", e.wikidata.c_str());
    for (const auto& t : offices) {
      std::printf("%28s %s %s .. %s\n", "", t.office_id.c_str(), t.start.c_str(),
                  t.end.empty() ? "(in office)" : t.end.c_str());
    }
  };

  if (!jsonl) std::printf("%-28s %-4s %-8s %-2s %-5s %-22s %s\n", "ID", "TYPE", "KIND", "CC", "SCORE", "ALIAS", "NAME");
  // An entity or office id.
  if (name.rfind("office:", 0) == 0) {
    if (date.empty()) {
      LogError("kb lookup: an office id needs --date YYYY-MM-DD");
      return kExitUsage;
    }
    if (const KbEntity* e = k.OfficeHolder(name, date)) print_entity(*e, 1.0f, 0, "office");
  } else if (name.rfind("kb:", 0) == 0) {
    if (const KbEntity* e = k.Get(name)) print_entity(*e, 1.0f, 0, "id");
  } else {
    long long n = 0;
    for (const auto& c : k.Candidates(key)) {
      if (n++ >= limit) break;
      print_entity(*c.entity, c.score, c.flags, "alias");
    }
    // A role phrase: resolve it at --date.
    std::optional<std::string> office = k.RoleToOffice(key, args.Get("country"));
    if (office) {
      const KbEntity* holder = date.empty() ? nullptr : k.OfficeHolder(*office, date);
      if (!jsonl) {
        std::printf("role: %s -> %s%s%s\n", name.c_str(), office->c_str(), date.empty() ? "" : " at ",
                    date.c_str());
      }
      if (holder) print_entity(*holder, 1.0f, 0, "role");
      else found = true;
    }
    if (auto cc = k.DemonymCountry(key)) {
      found = true;
      if (!jsonl) std::printf("demonym: %s -> %s\n", name.c_str(), cc->c_str());
      else std::printf("%s\n", nlohmann::json({{"query", name}, {"via", "demonym"}, {"country", *cc}}).dump().c_str());
    }
    if (!jsonl) {
      std::string lex;
      if (k.IsFirstName(key)) lex += " first-name";
      if (k.IsSurname(key)) lex += " surname";
      if (k.IsTitleWord(key)) lex += " title";
      if (!lex.empty()) {
        found = true;
        std::printf("lexicon:%s\n", lex.c_str());
      }
    }
  }
  return found ? kExitOk : kExitNoResult;
}

// A resident-memory line of /proc/self/status in kB ("VmRSS", "RssAnon", "RssFile"); 0 when unavailable.
long ResidentKb(const char* field = "VmRSS") {
  std::ifstream in("/proc/self/status");
  std::string line, prefix = std::string(field) + ":";
  while (std::getline(in, line))
    if (line.rfind(prefix, 0) == 0) return std::atol(line.c_str() + prefix.size());
  return 0;
}

// Resident kB of the mapping of `path` (from /proc/self/smaps), or -1.
long MappingResidentKb(const std::string& path) {
  std::ifstream in("/proc/self/smaps");
  std::string line;
  bool inside = false;
  long total = -1;
  while (std::getline(in, line)) {
    if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) && line.find(' ') != std::string::npos &&
        line.find('-') < line.find(' ')) {
      inside = line.size() >= path.size() && line.compare(line.size() - path.size(), path.size(), path) == 0;
    } else if (inside && line.rfind("Rss:", 0) == 0) {
      total = (total < 0 ? 0 : total) + std::atol(line.c_str() + 4);
    }
  }
  return total;
}

int RunInfo(const Args& args) {
  long rss0 = ResidentKb(), anon0 = ResidentKb("RssAnon"), file0 = ResidentKb("RssFile");
  auto t0 = std::chrono::steady_clock::now();
  auto kb = KnowledgeBase::Open(OptionsFrom(args));
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!kb.ok()) {
    LogError("kb info: " + kb.status().ToString());
    return kExitFatal;
  }
  long rss1 = ResidentKb(), anon1 = ResidentKb("RssAnon"), file1 = ResidentKb("RssFile");
  KbStats s = (*kb)->stats();
  if (args.Get("format") == "jsonl") {
    nlohmann::json j = {{"path", s.path},         {"file_bytes", s.file_bytes},   {"entities", s.entities},
                        {"aliases", s.aliases},   {"office_terms", s.office_terms}, {"roles", s.roles},
                        {"first_names", s.first_names}, {"surnames", s.surnames},   {"demonyms", s.demonyms},
                        {"titles", s.titles},     {"user_entities", s.user_entities},
                        {"user_aliases", s.user_aliases}, {"load_ms", ms}, {"rss_added_kb", rss1 - rss0},
                        {"rss_anon_added_kb", anon1 - anon0}, {"rss_file_added_kb", file1 - file0},
                        {"kb_mapping_resident_kb", MappingResidentKb(s.path)}};
    std::printf("%s\n", j.dump().c_str());
    return kExitOk;
  }
  std::printf("file          %s (%.1f MB)\n", s.path.c_str(), s.file_bytes / 1e6);
  std::printf("entities      %zu\n", s.entities);
  std::printf("aliases       %zu (distinct folded keys)\n", s.aliases);
  std::printf("office terms  %zu\n", s.office_terms);
  std::printf("role phrases  %zu\n", s.roles);
  std::printf("first names   %zu\n", s.first_names);
  std::printf("surnames      %zu\n", s.surnames);
  std::printf("demonyms      %zu\n", s.demonyms);
  std::printf("titles        %zu\n", s.titles);
  std::printf("user files    %zu entities, %zu aliases\n", s.user_entities, s.user_aliases);
  std::printf("load time     %.2f ms\n", ms);
  std::printf("resident      +%ld kB after open (%+ld kB anonymous, %+ld kB mapped file pages)\n", rss1 - rss0,
              anon1 - anon0, file1 - file0);
  std::printf("kb.bin pages  %ld kB resident of %.1f MB mapped\n", MappingResidentKb(s.path), s.file_bytes / 1e6);
  std::string built = s.built;
  for (size_t p; (p = built.find('\n')) != std::string::npos; built.erase(0, p + 1))
    std::printf("  %s\n", built.substr(0, p).c_str());
  return kExitOk;
}

Flag KbDirFlag() { return {"kb", "DIR", "folder holding kb.bin (default: $DRAGOMAN_HOME, then the build's data folder)", "", false}; }
Flag ExtraFlag() { return {"extra", "FILE", "a user TSV file loaded on top (repeatable; also $DRAGOMAN_KB_EXTRA)", "", true}; }

Registrar build_reg({
    "kb build",
    "build the knowledge base file (kb.bin) from data/kb and the data packages",
    "[--out DIR] [--data DIR] [--npm DIR]",
    "Reads the curated files in data/kb, country names from ICU, first-level regions from\n"
    "iso-codes (names per language from its gettext catalogues), and the npm data packages\n"
    "that scripts/setup.sh fetched (world-countries, GeoNames cities500, @stdlib first names)\n"
    "plus hunspell-fr's first names and surnames, and writes DIR/kb.bin. Missing package\n"
    "data is a warning: the base is then built from what is there.",
    {{"out", "DIR", "output folder", DRAGOMAN_BUILD_DATA_DIR, false},
     {"data", "DIR", "curated TSV folder", std::string(DRAGOMAN_SOURCE_DIR) + "/data/kb", false},
     {"npm", "DIR", "npm data packages folder (or $DRAGOMAN_NPM_DIR)", DefaultNpmDir(), false},
     {"hunspell", "FILE", "hunspell-fr dictionary with po:prn/po:patr tags", "/usr/share/hunspell/fr.dic", false},
     {"hunspell-en", "FILE", "English hunspell dictionary (common words)", "/usr/share/hunspell/en_US.dic", false},
     {"iso-codes", "DIR", "iso-codes JSON folder (iso_3166-2.json: first-level regions)", "/usr/share/iso-codes/json", false},
     {"locale", "DIR", "gettext locale folder with iso_3166-2.mo region names", "/usr/share/locale", false},
     {"no-geonames", "", "skip the GeoNames places (faster, smaller)", "", false}},
    0,
    RunBuild,
});

Registrar lookup_reg({
    "kb lookup",
    "print the knowledge-base candidates for a name, role phrase or id",
    "NAME... [--date YYYY-MM-DD] [--country CC] [--format jsonl|table]",
    "Prints the entities an alias names, best first, with their offices. A role phrase\n"
    "(\"secretary of state\", \"ministre des Armées\", \"French foreign minister\") is resolved\n"
    "to an office and, with --date, to who held it. An office id (office:us/foreign-minister)\n"
    "or an entity id (kb:nato) works too. Exit status 1 when nothing matches.",
    {FormatFlag(), KbDirFlag(), ExtraFlag(),
     {"date", "YYYY-MM-DD", "resolve roles and offices at this date", "", false},
     {"country", "CC", "country that qualifies a role phrase", "", false},
     {"limit", "N", "most candidates to print", "10", false}},
    1,
    RunLookup,
});

Registrar info_reg({
    "kb info",
    "print knowledge-base counts and load time",
    "[--kb DIR] [--format jsonl|table]",
    "Opens the knowledge base as the pipeline does and prints what it holds, how long the\n"
    "open took and how much resident memory it added.",
    {FormatFlag(), KbDirFlag(), ExtraFlag()},
    0,
    RunInfo,
});

}  // namespace
}  // namespace dragoman::cli
