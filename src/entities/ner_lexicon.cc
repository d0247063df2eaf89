#include "entities/ner_lexicon.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "dragoman/utf8.h"

namespace dragoman {
namespace {

constexpr const char* kFiles[NerLexicon::kKindCount] = {
    "titles.txt",    "org_words.txt",  "loc_words.txt", "misc_words.txt", "loc_preps.txt",   "speech_verbs.txt",
    "stopwords.txt", "particles.txt",  "connectors.txt", "temporal.txt",  "role_heads.txt", "metonym_nouns.txt",
    "indefinite.txt", "place_suffixes.txt", "peoples.txt", "name_heads.txt"};

// Hunspell dictionaries Debian installs, per language.
const char* HunspellPath(const std::string& lang) {
  if (lang == "en") return "/usr/share/hunspell/en_US.dic";
  if (lang == "fr") return "/usr/share/hunspell/fr.dic";
  if (lang == "de") return "/usr/share/hunspell/de_DE.dic";
  if (lang == "es") return "/usr/share/hunspell/es_ES.dic";
  return nullptr;
}

void ReadList(const std::filesystem::path& p, std::unordered_set<std::string>* out) {
  std::ifstream in(p);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) out->insert(FoldForMatch(line));
  }
}

// The words of a hunspell .dic file, folded. Only lower-case entries:
// capitalized ones are names. German writes every noun with a capital, so
// there (`with_capitalized`) those count too.
void ReadHunspell(const char* path, bool with_capitalized, std::unordered_set<std::string>* out) {
  std::ifstream in(path);
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {  // the first line is the entry count
      first = false;
      continue;
    }
    size_t cut = line.find_first_of("/\t ");
    std::string word = line.substr(0, cut);
    if (word.empty()) continue;
    unsigned char c0 = static_cast<unsigned char>(word[0]);
    bool upper = (c0 >= 'A' && c0 <= 'Z') ||
                 (c0 == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
                  static_cast<unsigned char>(word[1]) <= 0x9E);  // À..Þ
    if (upper && !with_capitalized) continue;
    out->insert(FoldForMatch(word));
  }
}

}  // namespace

std::string FoldToken(std::string_view s) {
  bool ascii = true;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii) return FoldForMatch(s);
  std::string r(s);
  for (auto& c : r) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return r;
}

bool NerLexicon::HasEnding(Kind kind, std::string_view folded) const {
  for (const std::string& e : sets_[kind]) {
    if (folded.size() >= e.size() + 3 && folded.substr(folded.size() - e.size()) == e) return true;
  }
  return false;
}

std::string FindNerDataDir(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!data_dir.empty() && fs::is_directory(fs::path(data_dir) / "ner", ec)) return (fs::path(data_dir) / "ner").string();
  if (const char* home = std::getenv("DRAGOMAN_HOME")) {
    if (fs::is_directory(fs::path(home) / "ner", ec)) return (fs::path(home) / "ner").string();
  }
  return std::string(DRAGOMAN_SOURCE_DIR) + "/data/ner";
}

Result<std::shared_ptr<const NerLexicon>> NerLexicon::Load(const std::string& dir, const std::string& lang) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": no NER lexicon folder");
  auto lex = std::make_shared<NerLexicon>();
  lex->language_ = lang;
  fs::path folder = fs::path(dir) / lang;
  if (!fs::is_directory(folder, ec)) folder = fs::path(dir) / "en";
  for (int k = 0; k < kKindCount; ++k) ReadList(folder / kFiles[k], &lex->sets_[k]);
  // English names of bands, clubs, firms and events turn up in every
  // language ("The Killers", "Ivy League", "Universal Pictures"): the English
  // head words count too.
  if (folder.filename() != "en") {
    for (int k : {kOrgWord, kLocWord, kMiscWord}) ReadList(fs::path(dir) / "en" / kFiles[k], &lex->sets_[k]);
  }
  {
    std::ifstream in(fs::path(dir) / "capitals.tsv");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      lex->capitals_[FoldForMatch(line.substr(0, tab))] = line.substr(tab + 1);
    }
  }
  if (const char* hp = HunspellPath(lang)) ReadHunspell(hp, lang == "de", &lex->common_);
  // English titles and names turn up in every language ("Far Cry", "Storage
  // Wars"): their words are told apart from given names and surnames.
  if (lang != "en") ReadHunspell(HunspellPath("en"), false, &lex->english_);
  return std::shared_ptr<const NerLexicon>(std::move(lex));
}

std::shared_ptr<const NerLexicon> NerLexicon::FromLists(const std::string& lang,
                                                         const std::unordered_map<int, std::vector<std::string>>& lists) {
  auto lex = std::make_shared<NerLexicon>();
  lex->language_ = lang;
  for (const auto& [k, words] : lists) {
    for (const auto& w : words) {
      if (k >= 0 && k < kKindCount) lex->sets_[k].insert(FoldForMatch(w));
      if (k == kKindCount) lex->common_.insert(FoldForMatch(w));
      if (k == kKindCount + 1) lex->english_.insert(FoldForMatch(w));
    }
  }
  return lex;
}

bool NerLexicon::IsCommonWord(std::string_view folded) const {
  if (folded.empty()) return false;
  std::string w(folded);
  if (common_.count(w)) return true;
  // Simple inflections: plurals, -ed, -ing, French plurals and feminines.
  auto try_strip = [&](std::string_view suffix, std::string_view add = "") {
    if (w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) {
      std::string base = w.substr(0, w.size() - suffix.size());
      base += add;
      return common_.count(base) > 0;
    }
    return false;
  };
  // The same with a stem of one letter or more, for endings that carry the
  // stem's changed vowel ("m-urió" from "m-orir").
  auto try_swap = [&](std::string_view suffix, std::string_view add) {
    if (w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) {
      std::string base = w.substr(0, w.size() - suffix.size());
      base += add;
      return common_.count(base) > 0;
    }
    return false;
  };
  if (language_ == "en") {
    return try_strip("s") || try_strip("es") || try_strip("ies", "y") || try_strip("ed") || try_strip("ed", "e") ||
           try_strip("ing") || try_strip("ing", "e") || try_strip("ly") || try_strip("er") || try_strip("est") ||
           try_strip("ier", "y") || try_strip("iest", "y");
  }
  if (language_ == "fr") {
    // Also verb forms, the dictionary holding the infinitive: participles
    // ("Sorti en 1999", "Cultivée"), present and imperfect ("jouent",
    // "jouait").
    return try_strip("s") || try_strip("x") || try_strip("e") || try_strip("es") || try_strip("ee", "er") ||
           try_strip("ees", "er") || try_strip("es", "er") || try_strip("i", "ir") || try_strip("ie", "ir") ||
           try_strip("is", "ir") || try_strip("ies", "ir") || try_strip("ent", "er") || try_strip("ait", "er") ||
           try_strip("aient", "er") || try_strip("e", "er") || try_strip("ant", "er");
  }
  if (language_ == "es") {
    // Also verb forms, the dictionary holding the infinitive: preterite
    // ("Nació", "Ganó" folded to -o), participles ("Basado", "Situada"),
    // present ("Representa", "Vive", "Existen").
    return try_strip("s") || try_strip("es") || try_strip("o", "ar") || try_strip("io", "ir") ||
           try_strip("io", "er") || try_strip("ado", "ar") || try_strip("ada", "ar") || try_strip("ados", "ar") ||
           try_strip("adas", "ar") || try_strip("ido", "ir") || try_strip("ido", "er") || try_strip("ida", "ir") ||
           try_strip("a", "ar") || try_strip("e", "er") || try_strip("e", "ir") || try_strip("an", "ar") ||
           try_strip("en", "er") || try_strip("en", "ir") || try_strip("aba", "ar") ||
           // Irregular and stem-changing forms of common verbs: "Tuvo",
           // "Obtuvo" (tener), "Produjo" (producir), "Murió" (morir),
           // "Sirve", "Sirvió" (servir), "Pidió" (pedir), "Hizo" (hacer).
           try_swap("uvo", "ener") || try_swap("uvieron", "ener") || try_swap("ujo", "ucir") ||
           try_swap("ujeron", "ucir") || try_swap("urio", "orir") || try_swap("urieron", "orir") ||
           try_swap("irvio", "ervir") || try_swap("irve", "ervir") || try_swap("irven", "ervir") ||
           try_swap("idio", "edir") || try_swap("izo", "acer") || try_swap("icieron", "acer");
  }
  if (language_ == "de") return try_strip("en") || try_strip("n") || try_strip("e") || try_strip("s");
  return false;
}

bool NerLexicon::IsEnglishWord(std::string_view folded) const {
  if (folded.size() < 2 || english_.empty()) return false;
  std::string w(folded);
  if (english_.count(w)) return true;
  return w.size() > 3 && w.back() == 's' && english_.count(w.substr(0, w.size() - 1)) > 0;
}

bool NerLexicon::IsCompoundNoun(std::string_view folded) const {
  if (folded.size() < 8) return false;
  for (size_t cut = 3; cut + 4 <= folded.size(); ++cut) {
    // Cut at a character boundary only.
    if ((static_cast<unsigned char>(folded[cut]) & 0xC0) == 0x80) continue;
    std::string_view tail = folded.substr(cut);
    if (IsCommonWord(tail)) return true;
  }
  return false;
}

std::optional<std::string> NerLexicon::MetonymCountry(std::string_view folded) const {
  auto it = capitals_.find(std::string(folded));
  if (it == capitals_.end()) return std::nullopt;
  return it->second;
}

}  // namespace dragoman
