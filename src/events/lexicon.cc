#include "events/lexicon.h"

#include <mutex>
#include <sstream>

#include "core/data_path.h"
#include "dragoman/utf8.h"

namespace dragoman {

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

void PhraseSet::Add(std::string_view folded_phrase, std::string value) {
  std::vector<std::string> words = SplitWords(folded_phrase);
  if (words.empty()) return;
  if (words.size() == 1) singles_.insert(words[0]);
  std::string first = words[0];
  by_first_[first].push_back({std::move(words), std::move(value)});
  ++count_;
}

size_t PhraseSet::MatchAt(const std::vector<std::string>& words, size_t i, std::string* value) const {
  if (i >= words.size()) return 0;
  auto it = by_first_.find(words[i]);
  if (it == by_first_.end()) return 0;
  size_t best = 0;
  for (const Entry& e : it->second) {
    if (e.words.size() <= best || i + e.words.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < e.words.size() && ok; ++k) ok = words[i + k] == e.words[k];
    if (ok) {
      best = e.words.size();
      if (value) *value = e.value;
    }
  }
  return best;
}

namespace {

// Reads lines (or "phrase<TAB>value" lines) into a set.
void LoadInto(const std::string& rel, PhraseSet& set, bool with_value) {
  Result<std::string> text = ReadDataFile(rel);
  if (!text.ok()) return;
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::string phrase = line, value;
    if (with_value) {
      auto tab = line.find('\t');
      if (tab == std::string::npos) continue;
      phrase = line.substr(0, tab);
      value = line.substr(tab + 1);
      auto tab2 = value.find('\t');
      if (tab2 != std::string::npos) value = value.substr(0, tab2);
    }
    set.Add(FoldForMatch(phrase), value);
  }
}

}  // namespace

Result<std::shared_ptr<const Lexicons>> Lexicons::Load() {
  auto lex = std::make_shared<Lexicons>();
  for (const char* lang : {"en", "fr", "de", "es", "it"}) {
    LanguageLexicon& l = lex->by_lang_[lang];
    l.language = lang;
    std::string dir = std::string("lexicons/") + lang + "/";
    LoadInto(dir + "reporting_verbs.txt", l.reporting_verbs, false);
    LoadInto(dir + "attribution_markers.txt", l.attribution_markers, false);
    LoadInto(dir + "pronouns.txt", l.pronouns, false);
    LoadInto(dir + "np_stops.txt", l.np_stops, false);
    LoadInto(dir + "person_nouns.txt", l.person_nouns, false);
    LoadInto(dir + "event_verbs.tsv", l.event_phrases, true);
    LoadInto(dir + "negations.txt", l.negations, false);
    LoadInto(dir + "modals.txt", l.modals, false);
    LoadInto(dir + "intent.txt", l.intents, false);
    LoadInto(dir + "tone_positive.txt", l.tone_positive, false);
    LoadInto(dir + "tone_negative.txt", l.tone_negative, false);
  }
  // Articles whose language is unknown get every language's entries.
  LanguageLexicon& all = lex->by_lang_["*"];
  all.language = "*";
  for (const char* lang : {"en", "fr", "de", "es", "it"}) {
    std::string dir = std::string("lexicons/") + lang + "/";
    LoadInto(dir + "reporting_verbs.txt", all.reporting_verbs, false);
    LoadInto(dir + "attribution_markers.txt", all.attribution_markers, false);
    LoadInto(dir + "pronouns.txt", all.pronouns, false);
    LoadInto(dir + "np_stops.txt", all.np_stops, false);
    LoadInto(dir + "person_nouns.txt", all.person_nouns, false);
    LoadInto(dir + "event_verbs.tsv", all.event_phrases, true);
    LoadInto(dir + "negations.txt", all.negations, false);
    LoadInto(dir + "modals.txt", all.modals, false);
    LoadInto(dir + "intent.txt", all.intents, false);
  }
  if (lex->by_lang_["en"].reporting_verbs.empty()) {
    return Status::NotFound("lexicons missing: " + DataPath("lexicons/en/reporting_verbs.txt"));
  }
  Result<std::string> agencies = ReadDataFile("lexicons/agencies.txt");
  if (agencies.ok()) {
    std::istringstream in(*agencies);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      lex->agencies_[FoldForMatch(line)] = line;
    }
  }
  return std::shared_ptr<const Lexicons>(std::move(lex));
}

Result<std::shared_ptr<const Lexicons>> Lexicons::Shared() {
  static std::mutex mu;
  static std::shared_ptr<const Lexicons> cached;
  std::lock_guard<std::mutex> lock(mu);
  if (!cached) {
    auto loaded = Load();
    if (!loaded.ok()) return loaded.status();
    cached = *loaded;
  }
  return cached;
}

const LanguageLexicon& Lexicons::For(std::string_view lang) const {
  auto it = by_lang_.find(lang);
  if (it != by_lang_.end()) return it->second;
  if (lang.empty() || lang == "und") return by_lang_.find("*")->second;
  return by_lang_.find("en")->second;
}

}  // namespace dragoman
