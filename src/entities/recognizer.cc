#include "entities/recognizer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <unordered_set>

#include "dragoman/utf8.h"

namespace dragoman {

struct Recognizer::Tok {
  uint32_t start = 0, end = 0;
  std::string folded;
  bool cap = false;      // first letter upper-case
  bool allcaps = false;  // two letters or more, all upper-case
  bool alpha = false;    // has a letter
  bool digit = false;    // has a digit
  bool elision = false;  // ends with an apostrophe: l', d', qu'
  bool space_before = true;
  bool apos_end = false;  // ends with an apostrophe: no space after it in KB keys ("quai d' orsay")
};

namespace {

// Prominence above which a lower-case or sentence-initial common-word alias is
// still taken as the name ("kyiv", "Nice" at the start of a sentence).
constexpr double kProminent = 0.5;
constexpr size_t kMaxAliasTokens = 8;

bool Capish(const std::string_view) { return false; }

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
}

// Family-name endings that are rare in the other kinds of names: Slavic
// (-ov, -ev, -in, -sky, -enko, -vich), Balkan (-ovic, -escu), Greek
// (-opoulos, -akis, -idis), Armenian (-yan). Folded forms.
bool HasSurnameEnding(std::string_view w) {
  static const char* const kEndings[] = {"ov",  "ova",   "ev",      "eva",  "in",   "ina",  "sky",  "ski",
                                         "skiy", "enko", "vich",    "ovic", "evic", "escu", "opoulos", "akis",
                                         "idis", "yan",  "ovski",   "evski"};
  for (const char* e : kEndings)
    if (EndsWith(w, e)) return true;
  return false;
}

// English adjective endings for peoples, faiths and regions (Kurdish, Bosnian,
// Zairean, Congolese, Islamic).
bool HasAdjectiveEnding(std::string_view w) {
  static const char* const kEndings[] = {"ish", "ian", "ean", "ese", "ic"};
  for (const char* e : kEndings)
    if (EndsWith(w, e)) return true;
  return false;
}

// English function words that join the words of an English title or name
// quoted in another language ("Call of Duty", "Institute of Technology",
// "Crazy in Love"). "in" is German and "on" French, so not there.
bool EnglishJoiner(std::string_view lang, std::string_view f) {
  if (lang == "en") return false;
  if (f == "of" || f == "and" || f == "for" || f == "the" || f == "to" || f == "with" || f == "from" ||
      f == "at" || f == "by")
    return true;
  return (f == "in" && lang != "de") || (f == "on" && lang != "fr");
}

// French and Spanish plural articles ("les Red Sox", "los Cubs"): no person
// takes one.
bool PluralArticle(std::string_view f) {
  return f == "les" || f == "des" || f == "aux" || f == "los" || f == "las";
}

}  // namespace

Recognizer::Recognizer(const KnowledgeBase* kb, std::shared_ptr<const NerLexicon> lexicon)
    : kb_(kb), lex_(std::move(lexicon)) {}

// Returns the exclusive end of the longest KB alias starting at token i, or -1.
int Recognizer::MatchKb(std::string_view text, const std::vector<Tok>& t, size_t i, bool headline,
                        const KbEntity** best) const {
  (void)text;
  (void)headline;
  if (!t[i].alpha || t[i].elision) return -1;
  std::string key = t[i].folded;
  int best_end = -1;
  for (size_t j = i; j < t.size() && j < i + kMaxAliasTokens; ++j) {
    if (j > i) {
      if (t[j].space_before && !t[j - 1].apos_end) key += ' ';
      key += t[j].folded;
    }
    // IsAliasPrefix is true for every alias too, and cheaper than Lookup.
    bool prefix = kb_->IsAliasPrefix(key);
    if (prefix) {
      auto v = kb_->Lookup(key);
      if (!v.empty()) {
        best_end = static_cast<int>(j + 1);
        *best = v[0];
      }
    }
    if (!prefix && !(j + 1 < t.size() && (!t[j + 1].space_before || t[j].apos_end))) break;
  }
  return best_end;
}

void Recognizer::FindRoles(std::string_view text, const std::vector<Tok>& t, std::vector<RoleMention>* roles,
                           std::vector<char>* in_role) const {
  const size_t n = t.size();
  auto demonym = [&](size_t k) -> std::optional<std::string> {
    if (k >= n || !t[k].alpha) return std::nullopt;
    if (auto c = kb_->DemonymCountry(t[k].folded)) return c;
    if (t[k].allcaps && t[k].folded.size() <= 3) {  // US, UK
      for (const KbEntity* e : kb_->Lookup(t[k].folded)) {
        if (e->kind == "country" && !e->country.empty()) return e->country;
      }
    }
    return std::nullopt;
  };
  auto is_det = [&](size_t k) {
    const std::string& f = t[k].folded;
    return f == "the" || f == "le" || f == "la" || f == "l'" || f == "der" || f == "die" || f == "el";
  };
  for (size_t i = 0; i < n; ++i) {
    if ((*in_role)[i] || !lex_->Has(NerLexicon::kRoleHead, t[i].folded)) continue;
    // Qualifier before: "American Secretary of State", "US Secretary of State".
    std::string country;
    size_t qual_begin = i;
    if (i > 0) {
      if (auto c = demonym(i - 1)) {
        country = *c;
        qual_begin = i - 1;
      }
    }
    bool found = false;
    for (size_t len = std::min(kMaxAliasTokens, n - i); len >= 1 && !found; --len) {
      size_t e = i + len;
      // Phrase words, with any demonym inside taken out as the qualifier.
      std::string phrase, full;
      std::string inner_country;
      bool ok = true;
      for (size_t k = i; k < e; ++k) {
        if (!t[k].alpha) {
          ok = false;
          break;
        }
        if (k > i && t[k].space_before && !t[k - 1].apos_end) full += ' ';
        full += t[k].folded;
        std::optional<std::string> d = k > i ? demonym(k) : std::nullopt;
        if (d && !t[k].allcaps) {
          inner_country = *d;
          continue;
        }
        if (!phrase.empty() && t[k].space_before && !t[k - 1].apos_end) phrase += ' ';
        phrase += t[k].folded;
      }
      if (!ok) continue;
      // Qualifier after (French, Spanish): "secrétaire d'État américain".
      std::string after_country;
      if (e < n) {
        if (auto d = demonym(e)) after_country = *d;
      }
      std::string cc = !inner_country.empty() ? inner_country : !country.empty() ? country : after_country;
      std::optional<std::string> office = kb_->RoleToOffice(full, cc);
      if (!office && !inner_country.empty()) office = kb_->RoleToOffice(phrase, inner_country);
      if (!office && cc.empty()) office = kb_->RoleToOffice(full, "");
      if (!office) continue;
      RoleMention r;
      r.tok_begin = static_cast<uint32_t>(qual_begin);
      r.tok_end = static_cast<uint32_t>(e);
      if (cc == after_country && !after_country.empty() && country.empty() && inner_country.empty()) r.tok_end = e + 1;
      r.office_id = *office;
      r.country = cc;
      r.phrase = full;
      r.start = t[r.tok_begin].start;
      r.end = t[r.tok_end - 1].end;
      for (size_t k = i; k < r.tok_end; ++k) (*in_role)[k] = 1;
      if (roles) roles->push_back(std::move(r));
      found = true;
      i = e - 1;
    }
    if (found || !roles) continue;
    // A generic role with a qualifier or a determiner: "the French minister",
    // "son homologue", "le secrétaire général". The linker resolves it from
    // the people the article has named.
    bool single_head = lex_->Has(NerLexicon::kRoleHead, t[i].folded) && t[i].alpha && !t[i].cap;
    if (!single_head && !(t[i].cap && qual_begin < i)) continue;
    size_t e = i + 1;
    if (e + 0 < n && (t[i].folded == "secretaire" || t[i].folded == "secretary") && e < n &&
        (t[e].folded == "general" || t[e].folded == "generale"))
      ++e;
    std::string after_country;
    if (e < n) {
      if (auto d = demonym(e)) after_country = *d;
    }
    bool det = i > 0 && (is_det(i - 1) || (qual_begin < i && qual_begin > 0 && is_det(qual_begin - 1)));
    if (!det) continue;
    RoleMention r;
    r.tok_begin = static_cast<uint32_t>(qual_begin > 0 && qual_begin < i ? qual_begin : i);
    r.tok_end = static_cast<uint32_t>(after_country.empty() ? e : e + 1);
    r.country = !country.empty() ? country : after_country;
    for (size_t k = i; k < e; ++k) {
      if (k > i) r.phrase += ' ';
      r.phrase += t[k].folded;
    }
    r.start = t[r.tok_begin].start;
    r.end = t[r.tok_end - 1].end;
    roles->push_back(std::move(r));
  }
  (void)text;
}

std::string Recognizer::ClassifyUnknown(const std::vector<Tok>& t, size_t b, size_t e, bool has_title,
                                        const DocContext& doc, const KbEntity* inner) const {
  // Scores for PER, ORG, LOC, MISC.
  double s[4] = {0, 0, 0, 0};
  auto add = [&](const std::string& type, double v) {
    if (type == "PER") s[0] += v;
    else if (type == "ORG") s[1] += v;
    else if (type == "LOC") s[2] += v;
    else if (type == "MISC") s[3] += v;
  };
  size_t len = 0;
  std::string key;
  for (size_t k = b; k < e; ++k) {
    if (k > b && t[k].space_before && !t[k - 1].apos_end) key += ' ';
    key += t[k].folded;
    if (t[k].alpha) ++len;
  }
  if (auto it = doc.type_of_key.find(key); it != doc.type_of_key.end()) add(it->second, 4);
  for (size_t k = b; k < e; ++k) {
    if (auto it = doc.type_of_word.find(t[k].folded); it != doc.type_of_word.end()) add(it->second, 2);
  }
  if (has_title) s[0] += 3;
  const std::string& first = t[b].folded;
  const std::string& last = t[e - 1].folded;
  if (kb_->IsFirstName(first)) s[0] += len >= 2 ? 2.5 : 0.8;
  if (len >= 2 && kb_->IsSurname(last)) s[0] += 1;
  // Romance languages put the head word first ("Université de Liège",
  // "Festival de Cannes"), English and German last ("Leeds University").
  const std::string& lang = lex_->language();
  const bool head_first = lang == "fr" || lang == "es" || lang == "it" || lang == "pt";
  for (size_t k = b; k < e; ++k) {
    bool head = k + 1 == e || (head_first && k == b);
    double w = head ? 3 : 2;
    if (lex_->Has(NerLexicon::kOrgWord, t[k].folded)) s[1] += w;
    if (lex_->Has(NerLexicon::kLocWord, t[k].folded)) s[2] += (k + 1 == e || k == b) ? 3 : 1;
    if (lex_->Has(NerLexicon::kMiscWord, t[k].folded)) s[3] += head ? 2.5 : 1;
    // Particles inside a name: "de Gaulle", "von der Leyen", "bin Salman".
    if (k > b && k + 1 < e && lex_->Has(NerLexicon::kParticle, t[k].folded) && !t[k].cap) s[0] += 0.7;
  }
  if (len == 1 && t[b].allcaps && t[b].folded.size() >= 2 && t[b].folded.size() <= 6) s[1] += 1.5;
  if (len >= 2 && first == "the") s[1] += 1.5;  // "The Killers", "The Economist"
  // An acronym opening or closing a longer name: a club or a firm ("AZ
  // Alkmaar", "UD Levante", "Hertha BSC", "Le Havre AC").
  if (len >= 2) {
    auto acronym = [&](size_t k) {
      return t[k].allcaps && !t[k].digit && t[k].folded.size() >= 2 && t[k].folded.size() <= 5 &&
             t[k].folded.find('.') == std::string::npos;
    };
    if (acronym(b) || acronym(e - 1)) s[1] += 1.5;
  }
  for (size_t k = b + 1; k + 1 < e; ++k) {
    if (t[k].folded == "&") s[1] += 4;
    // An English title inside another language is most often a work ("Call
    // of Duty", "Back in Time"); an organization word still makes it a firm
    // or an institution ("Institute of Technology").
    if (!t[k].cap && EnglishJoiner(lang, t[k].folded)) s[3] += 1.5;
  }
  if (b > 0 && lex_->Has(NerLexicon::kLocPrep, t[b - 1].folded)) s[2] += 1.2;
  // ... and so does one before "the": "in the Midwest", "into the Balkans".
  if (b > 1 && t[b - 1].folded == "the" && !t[b - 1].cap && lex_->Has(NerLexicon::kLocPrep, t[b - 2].folded))
    s[2] += 1.2;
  // French gives places a definite article and people none: "la
  // Pennsylvanie", "du Tennessee", "au Queensland" (acronyms are
  // organizations: "la SNCF").
  if (lang == "fr" && len == 1 && b > 0 && !t[b].allcaps && !t[b - 1].cap) {
    const std::string& d = t[b - 1].folded;
    if (d == "le" || d == "la" || d == "l'" || d == "du" || d == "au") s[2] += 1.0;
  }
  // A lower-case head noun just before the name, with or without "of"/"de",
  // says what it names: "the river Tigris", "la ville de Tulle", "le groupe
  // Vivendi", "l'album Thriller".
  if (b > 0) {
    size_t h = b - 1;
    if (h > 0 && !t[h].cap && (lex_->Has(NerLexicon::kParticle, t[h].folded) || t[h].folded == "of")) --h;
    const std::string& hw = t[h].folded;
    if (t[h].alpha && !t[h].cap && !t[h].allcaps) {
      if (lex_->Has(NerLexicon::kLocWord, hw)) s[2] += 2;
      else if (lex_->Has(NerLexicon::kOrgWord, hw)) s[1] += 2;
      else if (lex_->Has(NerLexicon::kMiscWord, hw)) s[3] += 2;
    }
  }
  if (e < t.size() && lex_->Has(NerLexicon::kSpeechVerb, t[e].folded)) {
    s[0] += 1;
    s[1] += 0.5;
  }
  // A minor place inside an unknown run is weak evidence: "Payne", "Leander"
  // and "Bohdan" are towns and also the given names of "Payne Stewart".
  // A place opening a longer unknown run is rarely the whole name's type:
  // "Laban Rotich", "Wilson Kipketer" (people), "Boston Red Sox" (a team);
  // place words after it ("Valley", "Island") still make it a place.
  if (inner) {
    bool minor = inner->kind == "town" && inner->prior < kProminent;
    add(inner->type, minor || (len >= 2 && inner->type == "LOC") ? 0.4 : 1);
    // A real city before other words, not a given name: a club or company
    // named after its home ("Sheffield Wednesday", "Chicago White Sox").
    // With an organization word at the end it is one even when the city is
    // also a given name ("Paris Corp", "Leicester City").
    if (len >= 2 && inner->type == "LOC" && inner->prior >= kProminent &&
        ((!kb_->IsFirstName(first) && !kb_->IsSurname(first)) || lex_->Has(NerLexicon::kOrgWord, last)))
      s[1] += 1.5;
  }
  // A name that ends in a known city or country after other words, the first
  // no given name, is a club or a company named after its home ("Real
  // Madrid", "Air France", "Pirates de Pittsburgh"), not a person.
  if (len >= 2 && !kb_->IsFirstName(first) && t[e - 1].cap) {
    auto v = kb_->Lookup(last);
    if (!v.empty() && v[0]->type == "LOC" && (v[0]->kind == "country" || v[0]->prior >= kProminent)) s[1] += 2.5;
  }
  // French and Spanish team names: a capitalized plural, "de" and the home
  // place ("Giants de San Francisco", "Red Wings de Détroit", "Twins du
  // Minnesota"), even when the first word is also a given name.
  if (head_first && len >= 3) {
    for (size_t k = b + 1; k + 1 < e; ++k) {
      const std::string& d = t[k].folded;
      if (t[k].cap || !(d == "de" || d == "du" || d == "d'" || d == "del")) continue;
      const std::string& pl = t[k - 1].folded;
      // Not "Nicolas de Bari", "Jean Dumas de Lyon".
      const bool plural_article = b > 0 && PluralArticle(t[b - 1].folded);
      if (!t[k - 1].cap || t[k - 1].allcaps || pl.size() < 3 || (pl.back() != 's' && !plural_article) ||
          kb_->IsFirstName(pl) || kb_->IsSurname(pl))
        break;
      size_t c = k + 1;
      if (c + 1 < e && (t[c].folded == "l'" || t[c].folded == "la")) ++c;
      std::string home;
      for (size_t q = c; q < e; ++q) {
        if (q > c && t[q].space_before && !t[q - 1].apos_end) home += ' ';
        home += t[q].folded;
      }
      auto v = kb_->Lookup(home);
      if (!v.empty() && v[0]->type == "LOC") s[1] += 3.5;
      break;
    }
  }
  if (len == 2 || len == 3) s[0] += 0.8;
  if (len >= 4) s[1] += 0.8;
  if (len == 1) {
    s[0] += 0.2;
    s[1] += 0.3;
    if (kb_->IsSurname(first)) s[0] += 1.2;
    if (HasSurnameEnding(first)) s[0] += 1.0;
    // Endings of place names: "Lancashire", "Kurdistan", "Californie".
    if (lex_->HasEnding(NerLexicon::kPlaceSuffix, first)) s[2] += 1.0;
    // English adjectives of peoples, faiths and regions ("Kurdish rebels",
    // "Islamic groups", "Zairean troops") qualify a lower-case noun: MISC.
    if (lex_->language() == "en" && HasAdjectiveEnding(first) && e < t.size() && t[e].alpha && !t[e].cap)
      s[3] += 2.5;
  } else if (HasSurnameEnding(last)) {
    s[0] += 0.6;
  }
  // In another language, a name made of English dictionary words with no
  // given name or title first is a title, a band or a brand ("Far Cry",
  // "Storage Wars", "Sonic Youth"), seldom a person.
  if (lang != "en" && len >= 2 && !has_title && !kb_->IsFirstName(first)) {
    bool english = true;
    for (size_t k = b; k < e && english; ++k) {
      if (t[k].cap) english = lex_->IsEnglishWord(t[k].folded);
      else if (t[k].alpha) english = EnglishJoiner(lang, t[k].folded);
    }
    if (english) {
      s[0] = 0;
      s[3] += 1.0;
    }
  }
  static const char* kTypes[4] = {"PER", "ORG", "LOC", "MISC"};
  int best = 0;
  for (int k = 1; k < 4; ++k) {
    if (s[k] > s[best]) best = k;
  }
  // German nouns are capitalized: one unknown word without any cue is no name.
  if (lex_->language() == "de" && len == 1 && s[best] < 1.0) return "";
  // Nor is one that only looks like a surname: German nouns are given names
  // and surnames too ("die Art", "der Roman", "die Rolle") and its feminine
  // nouns end like Slavic surnames ("Sängerin", "Autorin"). A person named by
  // one word alone needs a title or an earlier full name in the document.
  // (German titles are nouns too, so "Frau" is no part of the run: it is
  // looked for before it.)
  if (lex_->language() == "de" && len == 1 && best == 0 && !has_title &&
      !(b > 0 && lex_->Has(NerLexicon::kTitle, t[b - 1].folded)) && !doc.type_of_key.count(key) &&
      !doc.type_of_word.count(t[b].folded))
    return "";
  // In French and Spanish an unknown single word with no cue for an
  // organization is more often a work, a product, a taxon or a place the
  // knowledge base lacks than a firm: leave it untagged rather than guess
  // ORG. The agent of a passive ("développé par Namco", "publicado por
  // Sega") is a cue: works are made by firms and people.
  if (best == 1 && len == 1 && !t[b].allcaps && (lang == "fr" || lang == "es")) {
    const bool agent = b > 0 && (t[b - 1].folded == "par" || t[b - 1].folded == "por");
    if (!agent && s[1] < 1.0) return "";
  }
  return kTypes[best];
}

void Recognizer::Recognize(std::string_view text, const TokenSpan* toks, size_t n, DocContext* doc,
                           std::vector<NerMention>* out, std::vector<RoleMention>* roles) const {
  if (n == 0) return;
  const size_t first_out = out->size();
  std::vector<Tok> t(n);
  size_t alpha_words = 0, caps_words = 0;
  for (size_t k = 0; k < n; ++k) {
    Tok& x = t[k];
    x.start = toks[k].start;
    x.end = toks[k].end;
    std::string_view s = text.substr(x.start, x.end - x.start);
    x.folded = FoldToken(s);
    x.space_before = k == 0 || toks[k - 1].end < x.start;
    size_t letters = 0, upper = 0;
    bool first_letter = true;
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      char32_t cp = c < 0x80 ? (++i, c) : DecodeUtf8(s, i);
      if (cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') : u_isalpha(cp)) {
        ++letters;
        bool up = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u_isupper(cp);
        if (up) ++upper;
        if (first_letter) {
          x.cap = up;
          first_letter = false;
        }
      } else if (cp < 0x80 ? (cp >= '0' && cp <= '9') : u_isdigit(cp)) {
        x.digit = true;
      }
    }
    x.alpha = letters > 0;
    x.allcaps = letters >= 2 && upper == letters;
    x.apos_end = !s.empty() && (s.back() == '\'' || s.ends_with("\xE2\x80\x99"));
    x.elision = x.apos_end && x.alpha;
    if (letters >= 2) {
      ++alpha_words;
      if (x.allcaps) ++caps_words;
    }
  }
  const bool headline = alpha_words >= 3 && caps_words * 10 >= alpha_words * 6;
  // A table's column heads ("W D L PCT GB", "P W D L F A PTS"): three or more
  // capital abbreviations of one to three letters and nothing else name nobody.
  {
    size_t heads = 0;
    bool other = false;
    for (const Tok& x : t) {
      bool letters_only = x.alpha && !x.digit;
      bool upper = letters_only && (x.allcaps || (x.cap && x.folded.size() == 1));
      if (upper && x.folded.size() <= 3) ++heads;
      else other = true;
    }
    if (!other && heads >= 3) return;
  }
  const bool german = lex_->language() == "de";

  std::vector<char> in_role(n, 0);
  FindRoles(text, t, roles, &in_role);

  // KB matches, computed once per start token. Lower-case common words are
  // not looked up unless a capitalized word follows closely ("quai d'Orsay").
  std::vector<int> kb_end(n, -2);
  std::vector<const KbEntity*> kb_ent(n, nullptr);
  auto match = [&](size_t k, const KbEntity** best) -> int {
    if (kb_end[k] == -2) {
      const Tok& x = t[k];
      bool look = x.cap || x.allcaps;
      if (!look && x.alpha && !x.elision && x.folded.size() >= 3 && !lex_->Has(NerLexicon::kStop, x.folded)) {
        if (!lex_->IsCommonWord(x.folded)) {
          look = true;
        } else {
          for (size_t q = k + 1; q < n && q <= k + 3; ++q) look |= t[q].cap;
        }
      }
      kb_end[k] = look ? MatchKb(text, t, k, headline, &kb_ent[k]) : -1;
    }
    *best = kb_ent[k];
    return kb_end[k];
  };

  // Sentence-initial, or after a dash, colon or opening quote or bracket.
  auto initial = [&](size_t i) {
    if (i == 0) return true;
    const Tok& p = t[i - 1];
    if (p.alpha || p.digit) return false;
    const std::string& f = p.folded;
    return !(f == "," || f == ";" || f == "&" || f == "/" || p.apos_end);
  };
  auto accept = [&](size_t i, size_t e, const KbEntity* ent) {
    bool anycap = false;
    for (size_t k = i; k < e; ++k) anycap |= (t[k].cap || t[k].allcaps);
    if (e - i == 1) {
      const std::string& f = t[i].folded;
      if (lex_->Has(NerLexicon::kStop, f) || lex_->Has(NerLexicon::kTitle, f) || lex_->Has(NerLexicon::kTemporal, f) ||
          f.size() < 2)
        return false;
    }
    if (!anycap) {
      if (ent->type != "LOC" || ent->prior < kProminent) return false;
      for (size_t k = i; k < e; ++k) {
        if (t[k].folded.size() < 4 || lex_->IsCommonWord(t[k].folded) || lex_->Has(NerLexicon::kStop, t[k].folded))
          return false;
      }
      return true;
    }
    if (!(t[i].cap || t[i].allcaps)) {
      // "quai d'Orsay": a lower-case head before a capitalized name.
      if (!(e - i >= 2 && t[e - 1].cap && ent->type != "PER" && ent->prior >= 0.6 &&
            !lex_->Has(NerLexicon::kStop, t[i].folded)))
        return false;
    }
    if (e - i == 1 && (initial(i) || headline || german) && ent->prior < kProminent && lex_->IsCommonWord(t[i].folded))
      return false;
    // "La ville", "The station" opening a sentence: a common phrase that only
    // the sentence start capitalized, even when some village bears it.
    if (e - i >= 2 && initial(i) && ent->prior < kProminent &&
        (lex_->Has(NerLexicon::kStop, t[i].folded) || lex_->IsCommonWord(t[i].folded))) {
      bool lower_tail = true;
      for (size_t k = i + 1; k < e; ++k) lower_tail &= !t[k].cap && !t[k].allcaps;
      if (lower_tail) return false;
    }
    return true;
  };
  // A token that can be part of a name by its case.
  auto capish = [&](size_t k) {
    if (!t[k].alpha || in_role[k] || t[k].elision) return false;
    if (!t[k].cap || t[k].folded[0] == '\'') return false;
    // Currencies: "C$", "HK$", "A$" (one token, or the letters and "$" apart).
    if (t[k].folded.find('$') != std::string::npos) return false;
    if (k + 1 < t.size() && !t[k + 1].space_before && t[k + 1].folded == "$") return false;
    // German capitalizes every noun: a dictionary noun is no name unless the KB knows it.
    // ... unless it is a given name before a name, or follows one: surnames
    // are nouns too ("Thomas Fischer", "Anna Hoffmann").
    const bool after_given_name = german && ((k > 0 && t[k - 1].cap && kb_->IsFirstName(t[k - 1].folded)) ||
                                             (k + 1 < t.size() && t[k + 1].cap && kb_->IsFirstName(t[k].folded)));
    if (german && !t[k].allcaps && !after_given_name && lex_->IsCommonWord(t[k].folded)) {
      const KbEntity* x = nullptr;
      if (match(k, &x) <= 0) return false;
    }
    // A German compound noun ("Heimspiel", "Saisonende") is no name either.
    if (german && !t[k].allcaps && !after_given_name && !kb_->IsSurname(t[k].folded) &&
        lex_->IsCompoundNoun(t[k].folded)) {
      const KbEntity* x = nullptr;
      if (match(k, &x) <= 0) return false;
    }
    if (headline && t[k].allcaps) {
      if (doc->type_of_word.count(t[k].folded) || doc->type_of_key.count(t[k].folded)) return true;
      return false;
    }
    return true;
  };
  auto key_of = [&](size_t b, size_t e) {
    std::string key;
    for (size_t k = b; k < e; ++k) {
      if (k > b && t[k].space_before && !t[k - 1].apos_end) key += ' ';
      key += t[k].folded;
    }
    return key;
  };
  auto demonym_of = [&](size_t k) -> std::optional<std::string> {
    if (!t[k].cap || t[k].allcaps) return std::nullopt;
    if (auto c = kb_->DemonymCountry(t[k].folded)) {
      // A word that is also the country's name ("Suisse", "Argentine",
      // "Philippines"; demonym lists of some languages hold "India") names
      // the country, unless an indefinite article makes it a person ("un
      // Suisse").
      const KbEntity* ce = nullptr;
      int ke = match(k, &ce);
      bool person = k > 0 && lex_->Has(NerLexicon::kIndefinite, t[k - 1].folded);
      if (ke == static_cast<int>(k + 1) && ce->kind == "country" && !person) return std::nullopt;
      return c;
    }
    const std::string& f = t[k].folded;
    if (f.size() > 4 && f.back() == 's') {  // Ukrainians, Américains
      if (auto c = kb_->DemonymCountry(std::string_view(f).substr(0, f.size() - 1))) return c;
    }
    return std::nullopt;
  };
  // "Oslo-based", "Paris-born", "Moscow-backed": an adjective made of a
  // name, MISC at the end of a run, no part of the name before one.
  auto hyphen_modifier = [&](size_t k) {
    static const char* const kEnds[] = {"-based", "-born",   "-listed", "-owned",     "-controlled", "-backed",
                                        "-led",   "-bound",  "-run",    "-sponsored", "-registered", "-made"};
    for (const char* x : kEnds)
      if (t[k].folded.size() > std::string_view(x).size() + 1 && t[k].folded.ends_with(x)) return true;
    return false;
  };
  // A people, faith or political family that belongs to no single country
  // ("Moslem", "Kurds", "Soviet", "Republicans"): a MISC name on its own.
  auto people_word = [&](size_t k) {
    if (!t[k].cap || t[k].allcaps) return false;
    const std::string& f = t[k].folded;
    if (lex_->Has(NerLexicon::kPeople, f)) return true;
    std::string_view v(f);
    if (v.size() > 3 && v.back() == 's' && lex_->Has(NerLexicon::kPeople, v.substr(0, v.size() - 1))) return true;
    if (v.size() > 5 && v.ends_with("es") && lex_->Has(NerLexicon::kPeople, v.substr(0, v.size() - 2))) return true;
    return false;
  };
  // French, Spanish, Italian and Portuguese capitalize an article inside a
  // name only: "à La Havane", "Le Caire", "en El Salvador". One that does
  // not open the sentence belongs to the name.
  const std::string& lang = lex_->language();
  const bool article_in_names = lang == "fr" || lang == "es" || lang == "it" || lang == "pt";
  auto name_article = [&](size_t k, size_t e) {
    if (!article_in_names || k + 1 >= e || !t[k].cap || t[k].allcaps || t[k].elision || initial(k)) return false;
    const std::string& f = t[k].folded;
    return (f == "le" || f == "la" || f == "les" || f == "el" || f == "los" || f == "las" || f == "il" ||
            f == "lo" || f == "o" || f == "a" || f == "os" || f == "as") &&
           t[k + 1].cap;
  };
  auto emit = [&](size_t b, size_t e, std::string type, const KbEntity* ent, const std::string& title) {
    // An alias that takes the article ("the United States", "les États-Unis")
    // names the entity without it, unless the name itself has it ("The Hague").
    if (ent && e - b >= 2 && lex_->Has(NerLexicon::kStop, t[b].folded) && !t[b].elision && !name_article(b, e)) {
      std::string name_head = FoldToken(std::string_view(ent->name).substr(0, ent->name.find(' ')));
      if (name_head != t[b].folded) ++b;
    }
    NerMention m;
    m.tok_begin = static_cast<uint32_t>(b);
    m.tok_end = static_cast<uint32_t>(e);
    m.start = t[b].start;
    m.end = t[e - 1].end;
    m.type = std::move(type);
    m.key = key_of(b, e);
    m.kb = ent;
    m.title = title;
    m.sentence_initial = initial(b);
    out->push_back(std::move(m));
  };
  auto emit_demonym = [&](size_t k, const std::string& country) {
    NerMention m;
    m.tok_begin = static_cast<uint32_t>(k);
    m.tok_end = static_cast<uint32_t>(k + 1);
    m.start = t[k].start;
    m.end = t[k].end;
    m.type = "MISC";
    m.key = t[k].folded;
    m.demonym_country = country;
    m.sentence_initial = initial(k);
    out->push_back(std::move(m));
  };

  size_t i = 0;
  while (i < n) {
    if (in_role[i]) {
      if (auto c = demonym_of(i)) emit_demonym(i, *c);
      ++i;
      continue;
    }
    if (!t[i].alpha || t[i].elision) {
      ++i;
      continue;
    }
    const KbEntity* kbe = nullptr;
    int kend = match(i, &kbe);
    bool kb_ok = kend > 0 && accept(i, static_cast<size_t>(kend), kbe);
    if (!kb_ok && !capish(i)) {
      ++i;
      continue;
    }
    // Extend over capitalized tokens, KB aliases and inner particles.
    size_t e = kb_ok ? static_cast<size_t>(kend) : i + 1;
    for (;;) {
      if (e >= n || in_role[e]) break;
      if (capish(e) && !lex_->Has(NerLexicon::kTemporal, t[e].folded)) {
        const KbEntity* k2 = nullptr;
        int kend2 = match(e, &k2);
        e = (kend2 > 0 && accept(e, kend2, k2)) ? static_cast<size_t>(kend2) : e + 1;
        continue;
      }
      // "Douglas & Lomason", "Standard & Poor's", "Procter & Gamble": a firm.
      if (t[e].folded == "&" && e + 1 < n && capish(e + 1)) {
        e = e + 1;
        continue;
      }
      // Particles and connectors followed by a capitalized word.
      const std::string& f = t[e].folded;
      bool particle = lex_->Has(NerLexicon::kParticle, f) && !t[e].cap;
      // A connector after a name that already holds an organization word
      // continues it: "Organisation for Security and Cooperation". Not in
      // German, where every noun is capitalized and "und"/"der" list them.
      auto org_head_in_run = [&]() {
        if (lex_->language() == "de") return false;
        for (size_t q = i; q < e; ++q)
          if (t[q].cap && lex_->Has(NerLexicon::kOrgWord, t[q].folded)) return true;
        return false;
      };
      bool connector = lex_->Has(NerLexicon::kConnector, f) &&
                       (lex_->Has(NerLexicon::kOrgWord, t[e - 1].folded) ||
                        lex_->Has(NerLexicon::kLocWord, t[e - 1].folded) ||
                        lex_->Has(NerLexicon::kMiscWord, t[e - 1].folded) || org_head_in_run());
      // A particle after a full person name, or before one, joins two
      // names, not one: "Doug Reyes des Pirates de Boston", "la Ferrari
      // d'Olivier Marchal". ("Charles de Gaulle" has a given name alone
      // before it.)
      auto full_person_before = [&]() {
        // "les Red Wings de Détroit": a plural article makes it a team.
        if (article_in_names && i > 0 && PluralArticle(t[i - 1].folded)) return false;
        size_t caps = 0;
        for (size_t q = i; q < e; ++q) caps += t[q].cap ? 1 : 0;
        return caps >= 2 && kb_->IsFirstName(t[i].folded) && !kb_->IsFirstName(t[e - 1].folded);
      };
      auto person_after = [&](size_t k) {
        return k + 1 < n && t[k].cap && t[k + 1].cap && kb_->IsFirstName(t[k].folded) && !kb_->IsFirstName(t[k + 1].folded);
      };
      // The conjunction "y" joins two surnames of one person ("José Ortega
      // y Gasset": a given name, one surname before it, one capitalized
      // word after it); elsewhere it lists two names ("Europa y Oceanía",
      // "Ana Ruiz y Pedro Gil").
      // An English title or name inside another language: "Call of Duty",
      // "Heroes of Might and Magic", "Students for a Free Tibet".
      if (!t[e].cap && EnglishJoiner(lex_->language(), f) && e + 1 < n) {
        size_t k = e + 1;
        if (k + 1 < n && (t[k].folded == "the" || t[k].folded == "a") && !t[k].cap) ++k;
        if (capish(k)) {
          e = k;
          continue;
        }
      }
      if (particle && f == "y") {
        bool surnames = e == i + 2 && kb_->IsFirstName(t[i].folded) && e + 1 < n && t[e + 1].cap &&
                        !kb_->IsFirstName(t[e + 1].folded) && (e + 2 >= n || !capish(e + 2));
        if (!surnames) break;
        e = e + 1;
        continue;
      }
      // "and" after a complete firm's name lists another: "Hollin Controls
      // and Varga Pharmaceuticals" (but "Organisation for Security and
      // Cooperation" goes on).
      if (connector && !particle && f == "and" && lex_->Has(NerLexicon::kOrgWord, t[e - 1].folded)) break;
      if ((particle || connector) && e + 1 < n && (full_person_before() || person_after(e + 1) ||
                                                   (t[e + 1].elision && e + 2 < n && person_after(e + 2))))
        break;
      if (t[e].elision && particle && e + 1 < n && person_after(e + 1)) break;
      if ((particle || connector || (t[e].elision && particle)) && e + 1 < n) {
        size_t k = e + 1;
        // "von der Leyen", "de l'Est"
        while (k + 1 < n && !t[k].cap && (lex_->Has(NerLexicon::kParticle, t[k].folded) || t[k].elision)) ++k;
        // "on Friday", "in May" end the name ("Security Council on Friday").
        if (capish(k) && !lex_->Has(NerLexicon::kTemporal, t[k].folded)) {
          e = k;
          continue;
        }
      }
      if (t[e].elision && lex_->Has(NerLexicon::kParticle, f) && e + 1 < n && capish(e + 1)) {  // d'Orsay
        e = e + 1;
        continue;
      }
      break;
    }
    // A capitalized title inside the run starts a person's name: "Boxing
    // Association President Ramon Diaz", "Education Minister Ali Saleh".
    // What precedes it is a name of its own when it has an organization word
    // or is a known name; otherwise it only qualified the title.
    if (!kb_ok || static_cast<size_t>(kend) < e) {
      for (size_t k = i + 1; k + 1 < e; ++k) {
        if (!t[k].cap || t[k].allcaps || !t[k + 1].cap || !lex_->Has(NerLexicon::kTitle, t[k].folded)) continue;
        bool named = false;
        for (size_t q = i; q < k; ++q) named |= lex_->Has(NerLexicon::kOrgWord, t[q].folded);
        if (!named) named = !kb_->Lookup(key_of(i, k)).empty();
        if (named) {
          e = k;
        } else {
          i = k;
        }
        break;
      }
    }
    size_t chunk_end = e;
    // The whole run as one alias.
    if (e - i > 1 || !kb_ok) {
      std::string key = key_of(i, e);
      auto v = kb_->Lookup(key);
      if (!v.empty() && accept(i, e, v[0])) {
        emit(i, e, v[0]->type, v[0], "");
        i = e;
        continue;
      }
    } else if (kb_ok) {
      // A single KB alias: demonyms first ("Russian" is MISC, not Russia).
      if (auto c = demonym_of(i)) {
        emit_demonym(i, *c);
        i = e;
        continue;
      }
      if (people_word(i)) {  // "Arab" is also a town in Alabama
        emit(i, e, "MISC", nullptr, "");
        i = e;
        continue;
      }
      std::string type = kbe->type;
      // A surname the document gave to a person beats a minor place.
      auto w = doc->type_of_word.find(t[i].folded);
      // So does one the document gave a full name to ("Bob Dole" ... "Dole
      // said"; "MaliVai Washington" ... "Washington fell"), even a prominent
      // place, unless a locative preposition makes it the place ("in Jordan").
      auto full = doc->type_of_key.find(t[i].folded);
      bool full_name_seen = full != doc->type_of_key.end() && full->second == "PER" && kbe->type == "LOC" &&
                            kbe->kind != "country" && kbe->kind != "nation" &&
                            !(i > 0 && lex_->Has(NerLexicon::kLocPrep, t[i - 1].folded));
      if (w != doc->type_of_word.end() && w->second == "PER" && kbe->type != "PER" &&
          (kbe->prior < kProminent || full_name_seen)) {
        emit(i, e, "PER", nullptr, "");
      } else if (kbe->kind == "town" && kbe->prior < kProminent) {
        // A minor place name is weak evidence: "Duran", "Bailey" are surnames too.
        std::string ty = ClassifyUnknown(t, i, e, false, *doc, kbe);
        if (!ty.empty()) emit(i, e, ty, ty == "LOC" ? kbe : nullptr, "");
      } else {
        emit(i, e, type, kbe, "");
      }
      i = e;
      continue;
    }
    // A given name and one more capitalized word that is no cue word nor a
    // known name: a person ("Mark Brooks", "Chad Curtis", "Maurice Tourneur"),
    // even when the given name is also a common word or a country's name in
    // some language.
    auto given_name_before_surname = [&](size_t b, size_t end) {
      if (end != b + 2 || !kb_->IsFirstName(t[b].folded) || !t[b + 1].cap || t[b + 1].allcaps) return false;
      const std::string& s2 = t[b + 1].folded;
      if (people_word(b) || kb_->DemonymCountry(t[b].folded) || lex_->Has(NerLexicon::kStop, s2) ||
          lex_->Has(NerLexicon::kOrgWord, s2) || lex_->Has(NerLexicon::kLocWord, s2) ||
          lex_->Has(NerLexicon::kMiscWord, s2) || lex_->Has(NerLexicon::kTemporal, s2))
        return false;
      const KbEntity* x = nullptr;
      int ke = match(b + 1, &x);
      return ke <= 0 || x->type == "PER" || (x->kind == "town" && x->prior < kProminent);
    };
    // Strip titles, demonyms and sentence openers off the front.
    size_t b = i;
    std::string title;
    while (b < chunk_end) {
      const std::string& f = t[b].folded;
      // The knowledge base's titles are those of every language; a one-letter
      // one ("M." Monsieur, "D." Don) is an initial unless this language's
      // lexicon has it: "M. McCague" in English is a name.
      bool one_letter = f.size() == 1 || (f.size() == 2 && f[1] == '.');
      bool is_title = lex_->Has(NerLexicon::kTitle, f) || (!one_letter && kb_->IsTitleWord(f));
      if (is_title && b + 1 < chunk_end) {
        title = f;
        ++b;
        while (b < chunk_end && !t[b].cap) ++b;  // "Secretary of State"
        continue;
      }
      if (b + 1 < chunk_end && t[b].cap && t[b + 1].cap) {  // "South Korean"
        std::string two = key_of(b, b + 2);
        if (auto c = kb_->DemonymCountry(two)) {
          NerMention m;
          m.tok_begin = static_cast<uint32_t>(b);
          m.tok_end = static_cast<uint32_t>(b + 2);
          m.start = t[b].start;
          m.end = t[b + 1].end;
          m.type = "MISC";
          m.key = two;
          m.demonym_country = *c;
          out->push_back(std::move(m));
          b += 2;
          continue;
        }
      }
      {
        // A country name before other words: "U.S. Treasury" is LOC + ORG;
        // before an event word alone it names the event ("U.S. Open").
        const KbEntity* ce = nullptr;
        int ke = match(b, &ce);
        // In English an event word heading a longer name keeps the country
        // too ("U.S. Open Tennis Championships", "U.S. Amateur Championship").
        bool event = ke > 0 && (static_cast<size_t>(ke) + 1 == chunk_end || lang == "en") &&
                     lex_->Has(NerLexicon::kMiscWord, t[chunk_end - 1].folded);
        // So does an organization word heading it: "U.S. Agriculture
        // Department", "U.S. Treasury Department" are one name each.
        if (ke > 0 && lang == "en" && static_cast<size_t>(ke) + 1 < chunk_end &&
            lex_->Has(NerLexicon::kOrgWord, t[chunk_end - 1].folded))
          event = true;
        if (ke > 0 && static_cast<size_t>(ke) < chunk_end && ce->kind == "country" && !event && accept(b, ke, ce) &&
            !given_name_before_surname(b, chunk_end)) {
          emit(b, ke, ce->type, ce, "");
          b = ke;
          continue;
        }
      }
      if (auto c = demonym_of(b)) {
        const KbEntity* dummy = nullptr;
        int ke = match(b, &dummy);
        // In French or Spanish a plural demonym before "de" and a city is a
        // team's name: "Canadiens de Montréal", "Indians de Cleveland".
        bool team_head = article_in_names && b + 2 < chunk_end && !t[b + 1].cap &&
                         lex_->Has(NerLexicon::kParticle, t[b + 1].folded) && t[b].folded.back() == 's';
        if (!(ke > static_cast<int>(b + 1)) && !team_head) {
          emit_demonym(b, *c);
          ++b;
          continue;
        }
      }
      // A month or day before a name ("July FOMC", "Monday Smith"), or a
      // hyphenated modifier ("Ontario-based Magna", "Paris-born"), is no
      // part of it.
      if (b + 1 < chunk_end && t[b + 1].cap && (lex_->Has(NerLexicon::kTemporal, f) || hyphen_modifier(b))) {
        ++b;
        continue;
      }
      // A capitalized "The" inside a sentence belongs to the name: "The
      // Killers", "The Economist" (bands, titles and firms).
      const bool the_in_name = f == "the" && t[b].cap && !t[b].allcaps && !initial(b) && b + 1 < chunk_end;
      // A function word that opens a prominent place's name before more
      // words stays: "New York Stock Exchange", "New York Yankees".
      auto opens_prominent_place = [&]() {
        const KbEntity* pe = nullptr;
        int pk = match(b, &pe);
        return pk > static_cast<int>(b + 1) && static_cast<size_t>(pk) < chunk_end && pe->type == "LOC" &&
               pe->prior >= kProminent && accept(b, pk, pe);
      };
      if ((lex_->Has(NerLexicon::kStop, f) && !name_article(b, chunk_end) && !the_in_name &&
           !opens_prominent_place()) ||
          (b == i && initial(b) && lex_->IsCommonWord(f) && b + 1 < chunk_end &&
           !given_name_before_surname(b, chunk_end))) {
        ++b;
        while (b < chunk_end && !t[b].cap) ++b;
        continue;
      }
      break;
    }
    if (b >= chunk_end) {
      i = chunk_end;
      continue;
    }
    // French names of institutions and events put lower-case adjectives after
    // a capitalized head word: "Parti socialiste", "Assemblée nationale",
    // "Ligue américaine de hockey", "Révolution française".
    if (lang == "fr" && chunk_end - b == 1 && chunk_end == e && !initial(b) &&
        (lex_->Has(NerLexicon::kOrgWord, t[b].folded) || lex_->Has(NerLexicon::kMiscWord, t[b].folded))) {
      static const char* const kAdjEndings[] = {"al",  "ale", "aux",  "ique", "ais", "aise", "ien", "ienne",
                                                "ain", "aine", "el",  "elle", "if",   "ive", "iste", "ois",
                                                "oise", "ane", "eenne", "een",  "ales", "iques", "istes", "aines"};
      size_t q = chunk_end;
      while (q < n && q < chunk_end + 2 && t[q].alpha && !t[q].cap && !lex_->Has(NerLexicon::kStop, t[q].folded)) {
        bool adj = false;
        for (const char* a : kAdjEndings) adj |= EndsWith(t[q].folded, a);
        if (!adj) break;
        ++q;
      }
      if (q > chunk_end) {
        // "de hockey", "du travail": one lower-case noun after de closes the name.
        if (q + 1 < n && (t[q].folded == "de" || t[q].folded == "du") && t[q + 1].alpha && !t[q + 1].cap &&
            !lex_->Has(NerLexicon::kStop, t[q + 1].folded) &&
            (q + 2 >= n || !t[q + 2].alpha || t[q + 2].cap || lex_->Has(NerLexicon::kStop, t[q + 2].folded)))
          q += 2;
        std::string type = lex_->Has(NerLexicon::kOrgWord, t[b].folded) ? "ORG" : "MISC";
        emit(b, q, type, nullptr, "");
        i = q;
        continue;
      }
    }
    // A lone sentence opener that is a common word is no name. French also
    // capitalizes common nouns of institutions and periods inside sentences
    // ("l'État", "la Révolution", "l'Antiquité"): one unknown to the knowledge
    // base and no given name or surname is no name either.
    auto capitalized_noun = [&]() {
      return lang == "fr" && !kb_->IsFirstName(t[b].folded) && !kb_->IsSurname(t[b].folded) &&
             kb_->Lookup(t[b].folded).empty();
    };
    // In English the same holds for the word right after a stripped sentence
    // opener ("Add Women's singles": both only capitalized as a heading).
    // In French and German it cost more names than it removed (dev sets).
    const bool after_opener = lang == "en" && b > i && initial(i);
    if (chunk_end - b == 1 && lex_->IsCommonWord(t[b].folded) && (initial(b) || after_opener || capitalized_noun()) &&
        !doc->type_of_word.count(t[b].folded) && !doc->type_of_key.count(t[b].folded) && title.empty()) {
      i = chunk_end;
      continue;
    }
    // A lone cue word ("Ligue", "Union", "République") is a generic noun here.
    if (chunk_end - b == 1 && (lex_->Has(NerLexicon::kTemporal, t[b].folded) || lex_->Has(NerLexicon::kTitle, t[b].folded) ||
                               lex_->Has(NerLexicon::kStop, t[b].folded) || lex_->Has(NerLexicon::kOrgWord, t[b].folded) ||
                               lex_->Has(NerLexicon::kLocWord, t[b].folded) ||
                               lex_->Has(NerLexicon::kMiscWord, t[b].folded))) {
      i = chunk_end;
      continue;
    }
    if (hyphen_modifier(chunk_end - 1)) {
      emit(b, chunk_end, "MISC", nullptr, "");
      i = chunk_end;
      continue;
    }
    // One letter ("N / A", "B") or a code with digits ("H1", "M3", "Under-21")
    // the knowledge base does not know is no name on its own.
    if (chunk_end - b == 1 && (t[b].folded.size() == 1 || (t[b].digit && t[b].alpha))) {
      i = chunk_end;
      continue;
    }
    // A Roman numeral alone after a lower-case word ("siglo XVIII", "la
    // Segunda Guerra... del siglo XX"; "Louis XIV" keeps it inside the name)
    // is no name: all capitals, a well-formed numeral with one of I, V, X
    // ("DC" and "IDLC" are names).
    if (chunk_end - b == 1 && t[b].allcaps && t[b].folded.size() >= 2 && b > 0 && t[b - 1].alpha && !t[b - 1].cap) {
      static const std::regex kRoman("m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");
      const std::string& f = t[b].folded;
      bool ivx = f.find_first_of("ivx") != std::string::npos;
      if (ivx && std::regex_match(f, kRoman)) {
        i = chunk_end;
        continue;
      }
    }
    // A name alone between quotes that the knowledge base does not know and
    // no given name starts is a title of a work, a nickname or a term
    // ("Bodyline", « Rio 2 »): MISC, not a guess at ORG.
    auto quote = [&](size_t k) {
      const std::string& f = t[k].folded;
      return f == "\"" || f == "\xC2\xAB" || f == "\xC2\xBB" || f == "\xE2\x80\x9C" || f == "\xE2\x80\x9D";
    };
    if (b > 0 && chunk_end < n && quote(b - 1) && quote(chunk_end) && title.empty() &&
        !kb_->IsFirstName(t[b].folded)) {
      const KbEntity* x = nullptr;
      if (match(b, &x) <= 0) {
        emit(b, chunk_end, "MISC", nullptr, "");
        i = chunk_end;
        continue;
      }
    }
    if (chunk_end - b == 1 && people_word(b)) {
      emit(b, chunk_end, "MISC", nullptr, title);
      i = chunk_end;
      continue;
    }
    // KB alias for the stripped run, or for its parts.
    const KbEntity* inner = nullptr;
    {
      std::string key = key_of(b, chunk_end);
      auto v = kb_->Lookup(key);
      if (!v.empty() && accept(b, chunk_end, v[0])) {
        emit(b, chunk_end, v[0]->type, v[0], title);
        i = chunk_end;
        continue;
      }
      const KbEntity* k3 = nullptr;
      int ke = match(b, &k3);
      if (ke > 0 && accept(b, ke, k3)) inner = k3;
      if (!inner && chunk_end - b >= 2) {
        const KbEntity* k4 = nullptr;
        int ke4 = match(chunk_end - 1, &k4);
        if (ke4 == static_cast<int>(chunk_end) && k4->type == "PER") inner = k4;
      }
    }
    std::string type = ClassifyUnknown(t, b, chunk_end, !title.empty(), *doc, inner);
    if (!type.empty()) emit(b, chunk_end, type, nullptr, title);
    i = chunk_end;
  }

  // Generic words that belong to the name after them ("l'océan Indien", "le
  // lac de Garde", "el río Ebro", "la bataille de Valmy"): the mention takes
  // the word in and gets its type (a demonym after "océan" is no people).
  // Places take a following direction adjective in ("Amérique centrale",
  // "Asia oriental", "Afrique subsaharienne").
  static const std::unordered_set<std::string> kDirectionAdjectives = {
      "central",       "centrale",       "centrales",     "centraux",      "oriental",      "orientale",
      "orientales",    "orientaux",      "occidental",    "occidentale",   "occidentales",  "occidentaux",
      "septentrional", "septentrionale", "septentrionales", "meridional",  "meridionale",   "meridionales",
      "meridionaux",   "subsaharienne",  "subsahariana",  "equatoriale",   "equatorial",    "australe",
      "austral",       "boreale",        "boreal"};
  for (size_t k = first_out; k < out->size(); ++k) {
    NerMention& m = (*out)[k];
    size_t b = m.tok_begin;
    size_t h = b;
    if (h >= 2 && (t[h - 1].folded == "la" || t[h - 1].folded == "l'" || t[h - 1].folded == "los" ||
                   t[h - 1].folded == "las") &&
        t[h - 2].folded == "de") {
      h -= 2;
    } else if (h >= 1 && (t[h - 1].folded == "de" || t[h - 1].folded == "du" || t[h - 1].folded == "d'" ||
                          t[h - 1].folded == "des" || t[h - 1].folded == "del")) {
      h -= 1;
    }
    bool changed = false;
    if (h >= 1 && !in_role[h - 1] && t[h - 1].alpha && !t[h - 1].cap && !t[h - 1].allcaps &&
        lex_->Has(NerLexicon::kNameHead, t[h - 1].folded)) {
      const std::string& hw = t[h - 1].folded;
      const char* type = lex_->Has(NerLexicon::kLocWord, hw)    ? "LOC"
                         : lex_->Has(NerLexicon::kOrgWord, hw)  ? "ORG"
                         : lex_->Has(NerLexicon::kMiscWord, hw) ? "MISC"
                                                                : nullptr;
      if (type) {
        m.tok_begin = static_cast<uint32_t>(h - 1);
        m.type = type;
        m.kb = nullptr;
        m.demonym_country.clear();
        m.sentence_initial = initial(h - 1);
        changed = true;
      }
    }
    if (article_in_names && m.type == "LOC" && m.tok_end < n && !t[m.tok_end].cap &&
        kDirectionAdjectives.count(t[m.tok_end].folded)) {
      ++m.tok_end;
      m.kb = nullptr;
      changed = true;
    }
    if (changed) {
      m.start = t[m.tok_begin].start;
      m.end = t[m.tok_end - 1].end;
      m.key = key_of(m.tok_begin, m.tok_end);
    }
  }

  // Sports reports: a place followed by a player's or coach's role is a team
  // ("Leeds striker", "Lyon's goalkeeper", "l'entraîneur de Lens" is left to
  // the result rules).
  static const std::unordered_set<std::string> kTeamRoleNouns = {
      "striker", "strikers", "midfielder", "defender", "goalkeeper", "keeper", "manager", "coach",   "skipper",
      "batsman", "bowler",   "forward",    "winger",   "fullback",   "captain", "playmaker", "quarterback",
      "all-rounder", "seamer", "spinner", "opener", "pitcher", "catcher", "shortstop", "outfielder", "infielder",
      "flanker", "fly-half", "scrum-half", "reliever", "slugger", "rookie", "left-hander", "right-hander"};
  auto team_role_after = [&](size_t e) {
    if (e < n && (t[e].folded == "'s" || t[e].folded == "'")) ++e;
    return e < n && !t[e].cap && kTeamRoleNouns.count(t[e].folded) > 0;
  };
  // Sports results: a city or region next to a score or a result verb is a
  // team ("Somerset 83 and 174", "Karlsruhe beat Bochum"). Countries and
  // nations that field national teams (England, Scotland) stay LOC.
  static const std::unordered_set<std::string> kResultWords = {"beat", "beats", "drew", "v", "vs", "vs.", "defeated",
                                                               "edged", "routed", "thrashed", "bt", "lost",
                                                               "won", "wins", "draw", "trailed", "clinched"};
  // A noun naming a team just before the place: "first division side Nice",
  // "title rivals Essex", "the club Lens".
  static const std::unordered_set<std::string> kTeamHeads = {"side", "club", "team", "rivals", "champions",
                                                             "visitors", "hosts", "leaders", "opponents"};
  // British usage gives a team a plural verb ("Nice have", "Kent are"); a
  // place alone takes a singular one ("Nice is").
  auto plural_verb_after = [&](size_t b, size_t e) {
    if (e >= n || lex_->language() != "en") return false;
    const std::string& v = t[e].folded;
    if (v != "have" && v != "are" && v != "were") return false;
    // The place must be the subject: "leaders in Chechnya have" is no team.
    return initial(b) && (b == 0 || t[b - 1].folded != "&");
  };
  // A dateline: "NICE, France 1996-08-30" is the place, whatever the report says.
  auto dateline = [&](size_t e) {
    if (e + 1 >= n || t[e].folded != ",") return false;
    const KbEntity* c = nullptr;
    int ce = match(e + 1, &c);
    return ce > 0 && (c->kind == "country" || c->kind == "nation") &&
           (static_cast<size_t>(ce) >= n || t[ce].digit);
  };
  // Person cues around a name, stronger than its knowledge-base or guessed
  // type: a cricket scorecard's dismissal letters ("c Perera b Silva", "st
  // Perera", "lbw b Silva": caught, bowled, stumped by a player) and an age
  // in apposition ("Ortiz, 45, takes on ...").
  for (size_t k = first_out; k < out->size(); ++k) {
    NerMention& m = (*out)[k];
    if (m.type == "PER" || !m.demonym_country.empty() || m.tok_end - m.tok_begin > 3) continue;
    if (m.kb && (m.kb->kind == "country" || m.kb->kind == "nation")) continue;
    size_t b = m.tok_begin, e = m.tok_end;
    bool dismissal = b > 0 && !t[b - 1].cap &&
                     (t[b - 1].folded == "c" || t[b - 1].folded == "b" || t[b - 1].folded == "st");
    bool age = false;
    if (e + 2 < n && t[e].folded == "," && t[e + 2].folded == "," && t[e + 1].digit && !t[e + 1].alpha &&
        t[e + 1].folded.size() == 2) {
      int v = std::atoi(t[e + 1].folded.c_str());
      age = v >= 16 && v <= 99 && (b == 0 || !t[b - 1].digit);
    }
    if (dismissal || age) {
      m.type = "PER";
      m.kb = nullptr;
      doc->type_of_key[m.key] = "PER";
    }
  }
  // In a team sports report a place stays a place after a locative
  // preposition ("at Leeds", "flew home to Leeds").
  auto venue_before = [&](size_t b) { return b > 0 && lex_->Has(NerLexicon::kLocPrep, t[b - 1].folded); };
  // ... and a place before a date ("LEEDS 1996-08-30") or opening a line
  // before a colon ("Leicester: Leicestershire beat Somerset") is a dateline
  // or the venue of the match listed after it.
  auto date_or_venue_after = [&](size_t b, size_t e) {
    // Inside brackets that name a ground: "( at Lord's, London )", "At The
    // Oval ( London ):".
    for (size_t q = b; q-- > 0;) {
      if (t[q].folded == ")") break;
      if (t[q].folded != "(") continue;
      if (q + 1 < n && t[q + 1].folded == "at") return true;
      for (size_t r = q; r-- > 0 && r + 5 > q;)
        if (t[r].folded == "at") return true;
      break;
    }
    // A short line ending in a date: "ARLINGTON, Texas 1996-08-31".
    if (n <= 6 && t[n - 1].digit && !t[n - 1].alpha && t[n - 1].folded.size() >= 8) return true;
    if (e >= n) return false;
    if (t[e].folded == ":" && initial(b)) return true;
    if (!t[e].digit || t[e].alpha) return false;
    size_t digits = 0;
    for (char c : t[e].folded) digits += (c >= '0' && c <= '9') ? 1 : 0;
    return digits >= 4;
  };
  for (size_t k = first_out; k < out->size(); ++k) {
    NerMention& m = (*out)[k];
    // In a team sports report a lone word guessed a person (no title, no
    // given name, not a known person) next to a score or a result verb is a
    // team too: "Leicestershire beat Somerset", "Somerset 83 and 174".
    if (m.type == "PER" && doc->team_keys.size() >= 2 && m.tok_end == m.tok_begin + 1 && m.title.empty() &&
        !(m.kb && m.kb->type == "PER") && !kb_->IsFirstName(t[m.tok_begin].folded) &&
        !(m.tok_begin > 0 && t[m.tok_begin - 1].cap)) {
      size_t b = m.tok_begin, e = m.tok_end;
      bool next_score = e < n && t[e].digit && !t[e].alpha && t[e].folded.size() <= 3;
      if ((e < n && kResultWords.count(t[e].folded)) || (b > 0 && kResultWords.count(t[b - 1].folded)) ||
          next_score) {
        m.type = "ORG";
        doc->type_of_key[m.key] = "ORG";
      }
      continue;
    }
    if (m.type != "LOC" || (m.kb && (m.kb->kind == "country" || m.kb->kind == "nation")) ||
        !m.demonym_country.empty())
      continue;
    size_t b = m.tok_begin, e = m.tok_end;
    // A score is a small number or two joined by a dash ("83", "2-1", "4-38");
    // a date after a place ("LONDON 1996-08-30", "Paris 2024") is a dateline.
    auto is_score = [&](const Tok& x) {
      if (!x.digit || x.alpha) return false;
      std::string_view v = text.substr(x.start, x.end - x.start);
      size_t digits = 0, dashes = 0;
      for (char c : v) {
        if (c >= '0' && c <= '9') {
          if (++digits > 3) return false;
        } else if (c == '-' || c == '/' || c == ':') {
          ++dashes;
          digits = 0;
        } else {
          return false;
        }
      }
      return dashes <= 1;
    };
    bool score = e < n && is_score(t[e]);
    bool result = (e < n && kResultWords.count(t[e].folded)) || (b > 0 && kResultWords.count(t[b - 1].folded)) ||
                  team_role_after(e) || (b > 0 && !t[b - 1].cap && kTeamHeads.count(t[b - 1].folded)) ||
                  plural_verb_after(b, e);
    if (score || result) {
      m.type = "ORG";
      m.kb = nullptr;
      doc->type_of_key[m.key] = "ORG";
      doc->team_keys.insert(m.key);
    } else if (doc->team_keys.size() >= 2 && !venue_before(b) && !dateline(e) && !date_or_venue_after(b, e) &&
               !lex_->Has(NerLexicon::kLocWord, t[e - 1].folded)) {
      // A team sports report (two places or more shown as teams): a city or
      // region named without a locative preposition is one more team ("title
      // rivals Essex, Derbyshire and Surrey", "homered for Cleveland").
      m.type = "ORG";
      m.kb = nullptr;
    } else if (auto it = doc->type_of_key.find(m.key);
               it != doc->type_of_key.end() && it->second == "ORG" &&
               !(b > 0 && lex_->Has(NerLexicon::kLocPrep, t[b - 1].folded)) && !dateline(e) &&
               !date_or_venue_after(b, e)) {
      // One sense per document: a place the document showed as a team
      // ("Essex 310-5") stays the team in the rest of the report, unless a
      // locative preposition makes it the venue ("at Leeds").
      m.type = "ORG";
      m.kb = nullptr;
    }
  }

  // What this sentence teaches about the document.
  for (size_t k = first_out; k < out->size(); ++k) {
    const NerMention& m = (*out)[k];
    if (!m.demonym_country.empty()) continue;
    doc->type_of_key.emplace(m.key, m.type);
    if (m.type == "PER" && m.tok_end - m.tok_begin >= 1) {
      for (size_t k = m.tok_begin; k < m.tok_end; ++k) {
        if (t[k].cap && !lex_->Has(NerLexicon::kParticle, t[k].folded) && !lex_->IsCommonWord(t[k].folded)) {
          doc->type_of_word.emplace(t[k].folded, "PER");
          // A full name outweighs an earlier guess on the surname alone
          // ("Lebed, Chechens sign deal" ... "Alexander Lebed said").
          if (m.tok_end - m.tok_begin >= 2 && (!m.title.empty() || kb_->IsFirstName(t[m.tok_begin].folded)))
            doc->type_of_key[t[k].folded] = "PER";
        }
      }
    }
  }
  (void)Capish;
}

}  // namespace dragoman
