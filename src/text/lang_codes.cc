#include "text/lang_codes.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace dragoman {
namespace {

constexpr const char* kIso6393Path = "/usr/share/iso-codes/json/iso_639-3.json";

struct CodeTable {
  // Any 3-letter code (terminology or bibliographic) -> output code.
  std::unordered_map<std::string, std::string> three_to_out;
  // Valid 2-letter codes.
  std::unordered_map<std::string, std::string> two_to_name;
  // Lower-case English name -> output code.
  std::unordered_map<std::string, std::string> name_to_out;
  // Output code -> English name.
  std::unordered_map<std::string, std::string> out_to_name;
};

// Individual languages that the detectors report as their macrolanguage, and
// deprecated or variant codes. Facts from ISO 639-3's macrolanguage mappings.
const std::unordered_map<std::string, std::string>& Aliases() {
  static const auto* kAliases = new std::unordered_map<std::string, std::string>{
      {"iw", "he"},   {"in", "id"},   {"ji", "yi"},   {"jw", "jv"},   {"mo", "ro"},   {"nb", "no"},
      {"nob", "no"},  {"cmn", "zh"},  {"yue", "zh"},  {"wuu", "zh"},  {"hak", "zh"},  {"nan", "zh"},
      {"gan", "zh"},  {"hsn", "zh"},  {"cjy", "zh"},  {"cpx", "zh"},  {"arb", "ar"},  {"arz", "ar"},
      {"ary", "ar"},  {"apc", "ar"},  {"ajp", "ar"},  {"acm", "ar"},  {"afb", "ar"},  {"ayl", "ar"},
      {"pes", "fa"},  {"prs", "fa"},  {"zsm", "ms"},  {"zlm", "ms"},  {"swh", "sw"},  {"swc", "sw"},
      {"ekk", "et"},  {"lvs", "lv"},  {"azj", "az"},  {"azb", "az"},  {"khk", "mn"},  {"npi", "ne"},
      {"plt", "mg"},  {"uzn", "uz"},  {"ydd", "yi"},  {"kmr", "ku"},  {"als", "sq"},  {"aln", "sq"},
      {"pbu", "ps"},  {"pbt", "ps"},  {"gaz", "om"},  {"hae", "om"},  {"quz", "qu"},  {"quy", "qu"},
      {"qug", "qu"},  {"lug", "lg"},  {"ory", "or"},  {"knc", "kr"},  {"fuf", "ff"},  {"fuv", "ff"},
      {"ful", "ff"},  {"aka", "ak"},  {"twi", "ak"},  {"fat", "ak"},  {"ckb", "ku"},  {"gug", "gn"},
      {"grn", "gn"},  {"ike", "iu"},  {"lat", "la"},  {"tgl", "tl"},  {"fil", "tl"},  {"hbs", "sh"},
      {"bcc", "bal"}, {"mly", "ms"},  {"dty", "ne"},  {"kng", "kg"},  {"ldi", "kg"},
  };
  return *kAliases;
}

const CodeTable& Table() {
  static const CodeTable* kTable = [] {
    auto* t = new CodeTable();
    std::ifstream in(kIso6393Path);
    if (!in) return t;
    nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("639-3") || !j["639-3"].is_array()) return t;
    for (const auto& e : j["639-3"]) {
      if (!e.is_object()) continue;
      std::string a3 = e.value("alpha_3", "");
      std::string a2 = e.value("alpha_2", "");
      std::string bib = e.value("bibliographic", "");
      std::string name = e.value("name", "");
      std::string out = a2.empty() ? a3 : a2;
      if (out.empty()) continue;
      if (!a3.empty()) t->three_to_out[a3] = out;
      if (!bib.empty()) t->three_to_out[bib] = out;
      if (!a2.empty()) t->two_to_name[a2] = name;
      if (!name.empty()) {
        std::string lower;
        for (char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        t->name_to_out.emplace(lower, out);
        t->out_to_name.emplace(out, name);
      }
    }
    return t;
  }();
  return *kTable;
}

bool IsUndetermined(const std::string& s) {
  return s.empty() || s == "un" || s == "und" || s == "mul" || s == "zxx" || s == "mis" || s == "xxx" ||
         s == "xx" || s == "unknown";
}

}  // namespace

std::string NormalizeLanguageTag(std::string_view tag) {
  if (tag.rfind("__label__", 0) == 0) tag.remove_prefix(9);
  std::string lower;
  lower.reserve(tag.size());
  for (char c : tag) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!lower.empty() && lower.back() != ' ') lower += ' ';
      continue;
    }
    lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  while (!lower.empty() && lower.back() == ' ') lower.pop_back();
  // Script-only results of CLD2 ("xx-Latn") say nothing about the language.
  if (lower.rfind("xx-", 0) == 0) return "und";
  std::string primary = lower.substr(0, lower.find_first_of("-_"));
  if (IsUndetermined(primary)) return "und";
  auto alias = Aliases().find(primary);
  if (alias != Aliases().end()) return alias->second;
  const CodeTable& t = Table();
  bool letters = !primary.empty();
  for (char c : primary) letters = letters && c >= 'a' && c <= 'z';
  if (letters && primary.size() == 2) {
    // Without the table every well-formed two-letter code is taken as is.
    if (t.two_to_name.empty() || t.two_to_name.count(primary)) return primary;
    return "und";
  }
  if (letters && primary.size() == 3) {
    auto it = t.three_to_out.find(primary);
    if (it != t.three_to_out.end()) {
      auto a = Aliases().find(it->second);
      return a != Aliases().end() ? a->second : it->second;
    }
    return "und";
  }
  // A language name ("French", "Norwegian Bokmål"): the whole lower-cased tag.
  auto by_name = t.name_to_out.find(lower);
  if (by_name != t.name_to_out.end()) return by_name->second;
  return "und";
}

std::string LanguageName(std::string_view code) {
  const CodeTable& t = Table();
  auto it = t.out_to_name.find(std::string(code));
  return it == t.out_to_name.end() ? std::string(code) : it->second;
}

}  // namespace dragoman
