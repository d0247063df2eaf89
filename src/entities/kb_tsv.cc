#include "entities/kb_tsv.h"

#include <xxhash.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "dragoman/utf8.h"
#include "entities/kb_format.h"

namespace dragoman {

namespace kbfmt {

uint64_t KeyHash(const char* data, size_t len) { return XXH3_64bits(data, len); }

uint32_t PackDate(const char* s, size_t len) {
  // YYYY-MM-DD, or YYYY-MM / YYYY (first day of the period).
  if (len != 10 && len != 7 && len != 4) return 0;
  auto digits = [&](size_t from, size_t n, uint32_t* out) {
    uint32_t v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + static_cast<uint32_t>(s[i] - '0');
    }
    *out = v;
    return true;
  };
  uint32_t y = 0, m = 1, d = 1;
  if (!digits(0, 4, &y)) return 0;
  if (len >= 7 && (s[4] != '-' || !digits(5, 2, &m))) return 0;
  if (len == 10 && (s[7] != '-' || !digits(8, 2, &d))) return 0;
  if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
  return y * 10000 + m * 100 + d;
}

}  // namespace kbfmt

std::string KbKey(std::string_view surface) { return kbtsv::CanonicalSpacing(FoldForMatch(surface)); }

namespace kbtsv {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view part = Trim(s.substr(start, end - start));
    if (!part.empty()) out.emplace_back(part);
    start = end + 1;
  }
  return out;
}

Status ReadTsv(const std::string& path,
               const std::function<Status(size_t line, std::vector<std::string_view>& fields)>& row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return errno == ENOENT ? Status::NotFound(path + ": no such file")
                           : Status::IOError(path + ": " + std::strerror(errno));
  }
  std::string line;
  size_t n = 0;
  std::vector<std::string_view> fields;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view t = Trim(line);
    if (t.empty() || t.front() == '#') continue;
    if (!IsValidUtf8(line)) return Status::InvalidArgument(path + ":" + std::to_string(n) + ": not valid UTF-8");
    fields.clear();
    std::string_view rest = line;
    while (true) {
      size_t tab = rest.find('\t');
      fields.push_back(Trim(rest.substr(0, tab)));
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    Status s = row(n, fields);
    if (!s.ok()) return Status(s.code(), path + ":" + std::to_string(n) + ": " + s.message());
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  return Status::OK();
}

double DefaultPrior(std::string_view type, std::string_view kind) {
  if (kind == "country") return 0.95;
  if (kind == "igo") return 0.85;
  if (kind == "gov" || kind == "mil") return 0.8;
  if (kind == "media") return 0.75;
  if (kind == "party") return 0.7;
  if (type == "PER") return 0.75;
  if (type == "LOC") return 0.7;
  return 0.6;
}

static bool ValidType(std::string_view t) { return t == "PER" || t == "ORG" || t == "LOC" || t == "MISC"; }

Result<EntityRow> ParseEntityRow(const std::vector<std::string_view>& f) {
  auto col = [&](size_t i) { return i < f.size() ? f[i] : std::string_view(); };
  EntityRow r;
  r.entity.id = std::string(col(0));
  if (r.entity.id.rfind("kb:", 0) != 0 || r.entity.id.size() < 4) {
    return Status::InvalidArgument("entity id must start with 'kb:' (got '" + r.entity.id + "')");
  }
  r.entity.type = std::string(col(1));
  if (!r.entity.type.empty() && !ValidType(r.entity.type)) {
    return Status::InvalidArgument("type must be PER, ORG, LOC or MISC (got '" + r.entity.type + "')");
  }
  r.entity.kind = std::string(col(2));
  r.entity.name = std::string(col(3));
  r.entity.country = std::string(col(4));
  for (char& c : r.entity.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!r.entity.country.empty() && r.entity.country.size() != 2) {
    return Status::InvalidArgument("country must be an ISO 3166-1 alpha-2 code (got '" + r.entity.country + "')");
  }
  r.entity.wikidata = std::string(col(5));
  if (!r.entity.wikidata.empty() && r.entity.wikidata[0] != 'Q') {
    return Status::InvalidArgument("wikidata id must look like Q123 (got '" + r.entity.wikidata + "')");
  }
  std::string prior(col(6));
  if (!prior.empty()) {
    char* end = nullptr;
    double p = std::strtod(prior.c_str(), &end);
    if (end == prior.c_str() || *end != '\0' || p < 0 || p > 1) {
      return Status::InvalidArgument("prior must be a number in [0,1] (got '" + prior + "')");
    }
    r.entity.prior = p;
    r.has_prior = true;
  }
  r.aliases = SplitList(col(7));
  return r;
}

Result<OfficeRow> ParseOfficeRow(const std::vector<std::string_view>& f) {
  auto col = [&](size_t i) { return i < f.size() ? f[i] : std::string_view(); };
  OfficeRow r;
  r.term.office_id = std::string(col(0));
  r.term.holder_id = std::string(col(1));
  r.term.start = std::string(col(2));
  r.term.end = std::string(col(3));
  if (r.term.office_id.rfind("office:", 0) != 0) {
    return Status::InvalidArgument("office id must start with 'office:' (got '" + r.term.office_id + "')");
  }
  if (r.term.holder_id.rfind("kb:", 0) != 0) {
    return Status::InvalidArgument("holder must be an entity id starting with 'kb:' (got '" + r.term.holder_id + "')");
  }
  if (kbfmt::PackDate(r.term.start.data(), r.term.start.size()) == 0) {
    return Status::InvalidArgument("start must be YYYY-MM-DD (got '" + r.term.start + "')");
  }
  if (!r.term.end.empty() && kbfmt::PackDate(r.term.end.data(), r.term.end.size()) == 0) {
    return Status::InvalidArgument("end must be YYYY-MM-DD or empty (got '" + r.term.end + "')");
  }
  std::string_view note = col(4);
  r.approximate = !note.empty() && note.front() == '~';
  return r;
}

std::string CanonicalSpacing(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    // No space after an apostrophe or around a hyphen: "d' orsay" -> "d'orsay", "jean - noel" -> "jean-noel".
    if (space && out.back() != '\'' && out.back() != '-' && c != '-') out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> AliasKeys(std::string_view surface, uint32_t* flags) {
  std::vector<std::string> keys;
  auto add = [&](std::string k) {
    if (k.empty()) return;
    for (const auto& have : keys)
      if (have == k) return;
    keys.push_back(std::move(k));
  };
  // Acronym: no lower-case ASCII letter and at least two upper-case ones, short.
  int upper = 0, lower = 0, letters = 0;
  for (char c : surface) {
    if (c >= 'A' && c <= 'Z') ++upper, ++letters;
    else if (c >= 'a' && c <= 'z') ++lower, ++letters;
    else if (static_cast<unsigned char>(c) >= 0x80) ++lower;  // accented letters: treat as a word
  }
  if (flags && lower == 0 && upper >= 2 && letters <= 10) *flags |= kAliasAcronym;
  std::string key = KbKey(surface);
  add(key);
  // French elision at the start: "l'alliance atlantique" -> "alliance atlantique".
  if (key.size() > 2 && key[1] == '\'' && (key[0] == 'l' || key[0] == 'd')) add(key.substr(2));
  std::string spaced = key;
  bool hyphen = false;
  for (char& c : spaced)
    if (c == '-') c = ' ', hyphen = true;
  if (hyphen) add(CanonicalSpacing(spaced));
  if (key.find('.') != std::string::npos) {
    std::string nodots;
    for (char c : key)
      if (c != '.') nodots += c;
    // Only for acronyms like "u.s." / "u.k.": keep "st. louis" as it is.
    if (flags && (*flags & kAliasAcronym)) add(CanonicalSpacing(nodots));
  }
  return keys;
}

std::vector<KeyedAlias> EntityAliasKeys(const EntityRow& row, std::string_view type, std::string_view country,
                                        uint32_t flags, std::vector<std::string>* first_names,
                                        std::vector<std::string>* surnames) {
  std::vector<KeyedAlias> out;
  auto add = [&](std::string_view surface, uint32_t f) {
    uint32_t ff = f;
    for (auto& k : AliasKeys(surface, &ff)) out.push_back({std::move(k), ff});
  };
  if (!row.entity.name.empty()) add(row.entity.name, flags | kAliasCanonical);
  for (const auto& a : row.aliases) add(a, flags);
  if (type != "PER") return out;
  if (country == "CN" || country == "KR" || country == "KP" || country == "VN" || country == "TW" ||
      country == "HK")
    return out;
  std::vector<std::string> names = row.aliases;
  if (!row.entity.name.empty()) names.push_back(row.entity.name);
  uint32_t weak = (flags & ~kAliasCanonical) | kAliasSurnameOnly;
  for (const auto& n : names) {
    std::string key = KbKey(n);
    size_t sp = key.find(' ');
    if (sp == std::string::npos) continue;
    std::string first = key.substr(0, sp);
    // "M. Blinken" / "Dr. X" are not full names: skip them.
    if (first.back() == '.') continue;
    std::string rest = key.substr(sp + 1);
    out.push_back({rest, weak});
    if (surnames) surnames->push_back(rest);
    size_t last = key.rfind(' ');
    if (last != sp) {
      std::string tail = key.substr(last + 1);
      if (tail.size() > 2) out.push_back({tail, weak});
    }
    if (first_names && first.size() > 1) first_names->push_back(first);
  }
  return out;
}

float AliasScore(double prior, uint32_t flags) {
  double strength;
  if (flags & kAliasCanonical) strength = 1.0;
  else if (flags & (kAliasCurated | kAliasUser | kAliasCountryName)) strength = flags & kAliasSurnameOnly ? 0.55 : 0.95;
  else if (flags & kAliasSurnameOnly) strength = 0.5;
  else if (flags & kAliasGeoAlternate) strength = 0.6;
  else strength = 0.85;  // a GeoNames main name
  return static_cast<float>(0.6 * prior + 0.4 * strength);
}

}  // namespace kbtsv
}  // namespace dragoman
