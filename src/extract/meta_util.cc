#include "extract/meta_util.h"

#include <cstring>

#include "extract/dates.h"

namespace dragoman::meta {

namespace {
// ASCII white space and 0xC2 (the lead byte of NBSP): where a run of bytes
// that Collapse copies as they are ends.
struct CollapseStops {
  bool at[256] = {};
  constexpr CollapseStops() {
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) at[c] = true;
    at[0xC2] = true;
  }
};
constexpr CollapseStops kStops;
}  // namespace

std::string Collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  bool space = false;
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c != 0xC2 && kStops.at[c]) {
      space = !out.empty();
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < n && p[i + 1] == 0xA0) {
      space = !out.empty();
      i += 2;
      continue;
    }
    // A run of bytes copied as they are, up to the next possible space.
    size_t j = i + 1;
    while (j < n && !kStops.at[p[j]]) ++j;
    if (space) out += ' ';
    space = false;
    out.append(s.data() + i, j - i);
    i = j;
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string Clip(std::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "...";
}

const std::vector<std::string>& PublishedPhrases() {
  static const std::vector<std::string> kPhrases = {
      "published", "published on", "published at", "first published", "posted", "posted on", "date",
      "dated", "publie", "publie le", "mis en ligne", "mis en ligne le", "cree le", "veroffentlicht",
      "veroffentlicht am", "erschienen", "erschienen am", "erstellt", "erstellt am", "datum",
      "publicado", "publicado el", "publicado em", "publicado en", "fecha", "fecha de publicacion",
      "pubblicato", "pubblicato il", "data", "data di pubblicazione", "data publicacao", "gepubliceerd",
      "gepubliceerd op", "geplaatst", "geplaatst op", "opublikowano", "data publikacji", "publicat",
      "publicerad", "publiceret", "publisert", "julkaistu", "yayinlanma", "yayin tarihi", "opublikowany",
      "publikovano", "zverejnene", "опубликовано", "дата публикации"};
  return kPhrases;
}

const std::vector<std::string>& ModifiedPhrases() {
  static const std::vector<std::string> kPhrases = {
      "updated", "last updated", "updated on", "last modified", "modified", "aktualisiert",
      "aktualisiert am", "zuletzt aktualisiert", "stand", "mis a jour", "mis a jour le", "modifie le",
      "actualizado", "actualizado el", "atualizado", "atualizado em", "aggiornato", "aggiornato il",
      "bijgewerkt", "bijgewerkt op", "zaktualizowano", "обновлено"};
  return kPhrases;
}

bool EndsWithPhrase(std::string_view before, const std::vector<std::string>& phrases, std::string* found) {
  auto trim = [&]() {
    while (!before.empty() && std::strchr(" \t\n\r:,-|/()[]", before.back()) && before.back() != '\0')
      before.remove_suffix(1);
  };
  trim();
  // A weekday name between the phrase and the date ("Published on Tuesday, 3 April").
  size_t sp = before.find_last_of(" \t\n");
  std::string_view last = sp == std::string_view::npos ? before : before.substr(sp + 1);
  if (!last.empty() && WeekdayFromName(last) >= 0) {
    before.remove_suffix(last.size());
    trim();
  }
  // "am", "le", "on", "el", "il", "op" alone are not phrases but may follow one.
  for (const std::string& p : phrases) {
    if (before.size() < p.size() || before.substr(before.size() - p.size()) != p) continue;
    size_t at = before.size() - p.size();
    if (at > 0) {
      unsigned char c = static_cast<unsigned char>(before[at - 1]);
      if ((c >= 'a' && c <= 'z') || c >= 0x80) continue;
    }
    if (found) *found = p;
    return true;
  }
  return false;
}

}  // namespace dragoman::meta
