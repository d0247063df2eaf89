#include "entities/linker.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <unordered_set>

#include "dragoman/utf8.h"

namespace dragoman {
namespace {

std::vector<std::string> Words(const std::string& key) {
  std::vector<std::string> w;
  std::string cur;
  for (char c : key) {
    if (c == ' ') {
      if (!cur.empty()) w.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) w.push_back(cur);
  return w;
}

// Auxiliaries that are no speech verbs on their own.
bool IsAuxiliary(const std::string& f) {
  static const std::unordered_set<std::string> kAux = {"has", "had", "have", "will", "would", "is", "was", "a",
                                                       "est", "etait", "ont", "avait", "sera", "hat", "hatte",
                                                       "ist", "war", "ha", "habia", "es", "era", "could", "can",
                                                       "may", "might", "must", "should"};
  return kAux.count(f) > 0;
}

const std::unordered_map<std::string, int>& MonthNumbers() {
  static const std::unordered_map<std::string, int> kMonths = {
      {"january", 1},  {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
      {"july", 7},     {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
      {"janvier", 1},  {"fevrier", 2},  {"mars", 3},      {"avril", 4},    {"mai", 5},       {"juin", 6},
      {"juillet", 7},  {"aout", 8},     {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12},
      {"januar", 1},   {"februar", 2},  {"marz", 3},      {"juni", 6},     {"juli", 7},      {"oktober", 10},
      {"dezember", 12}, {"enero", 1},   {"febrero", 2},   {"marzo", 3},    {"abril", 4},     {"mayo", 5},
      {"junio", 6},    {"julio", 7},    {"agosto", 8},    {"septiembre", 9}, {"octubre", 10}, {"noviembre", 11},
      {"diciembre", 12}};
  return kMonths;
}

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string Pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

int BoundedEditDistance(std::string_view a, std::string_view b, int cap) {
  int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  if (std::abs(la - lb) > cap) return cap + 1;
  std::vector<int> prev(lb + 1), cur(lb + 1);
  for (int j = 0; j <= lb; ++j) prev[j] = j;
  for (int i = 1; i <= la; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= lb; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[lb], cap + 1);
}

Linker::Linker(const KnowledgeBase* kb, std::shared_ptr<const NerLexicon> lexicon, std::string data_dir_ner)
    : kb_(kb), lex_(std::move(lexicon)) {
  std::ifstream in(data_dir_ner + "/short_forms.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab != std::string::npos) short_forms_[line.substr(0, tab)] = line.substr(tab + 1);
  }
}

std::string Linker::NewId(const std::string& type, const std::string& folded_name) {
  std::string id = "new:" + type + ":";
  for (char c : folded_name) id += (c == ' ' ? '_' : c);
  return id;
}

std::string Linker::ReferenceDate(const Article& article) {
  if (article.published && article.published->date.size() == 10) return article.published->date;
  // Latest full date written in the text: 2024-04-03, April 2, 2024, 2 avril 2024.
  std::string best;
  std::vector<TokenSpan> toks;
  const std::string& text = article.text;
  // A light scan over words; no segmentation needed.
  std::vector<std::string> words;
  std::string cur;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80 || c == '-') {
      cur += static_cast<char>(c);
    } else {
      if (!cur.empty()) words.push_back(FoldForMatch(cur));
      cur.clear();
    }
  }
  auto consider = [&](int y, int m, int d) {
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return;
    std::string s = std::to_string(y) + "-" + Pad2(m) + "-" + Pad2(d);
    if (s > best) best = s;
  };
  const auto& months = MonthNumbers();
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    if (w.size() == 10 && w[4] == '-' && w[7] == '-' && AllDigits(w.substr(0, 4)) && AllDigits(w.substr(5, 2)) &&
        AllDigits(w.substr(8, 2))) {
      consider(std::stoi(w.substr(0, 4)), std::stoi(w.substr(5, 2)), std::stoi(w.substr(8, 2)));
      continue;
    }
    auto m = months.find(w);
    if (m == months.end()) continue;
    // Month D YYYY
    if (k + 2 < words.size() && AllDigits(words[k + 1]) && words[k + 1].size() <= 2 && AllDigits(words[k + 2]) &&
        words[k + 2].size() == 4)
      consider(std::stoi(words[k + 2]), m->second, std::stoi(words[k + 1]));
    // D Month YYYY
    if (k >= 1 && k + 1 < words.size() && AllDigits(words[k - 1]) && words[k - 1].size() <= 2 &&
        AllDigits(words[k + 1]) && words[k + 1].size() == 4)
      consider(std::stoi(words[k + 1]), m->second, std::stoi(words[k - 1]));
  }
  return best;
}

const KbEntity* Linker::CountryEntity(const std::string& iso2) const {
  if (iso2.empty()) return nullptr;
  std::string lower = FoldToken(iso2);
  for (const std::string& id : {"kb:country/" + lower, "kb:country/" + iso2, "kb:" + lower}) {
    if (const KbEntity* e = kb_->Get(id)) {
      if (e->kind == "country") return e;
    }
  }
  for (const KbEntity* e : kb_->Lookup(lower)) {
    if (e->kind == "country" && e->country == iso2) return e;
  }
  return nullptr;
}

// A KB person whose surname matches (or nearly) and whose first name is near.
const KbEntity* Linker::FuzzyPerson(const std::string& key) const {
  std::vector<std::string> w = Words(key);
  if (w.empty()) return nullptr;
  const std::string& last = w.back();
  if (last.size() < 4) return nullptr;
  // Surname spellings to try: the surname itself and simple transliteration variants.
  std::vector<std::string> surnames = {last};
  auto add_variant = [&](const std::string& from, const std::string& to) {
    for (size_t p = last.find(from); p != std::string::npos; p = last.find(from, p + 1)) {
      std::string v = last;
      v.replace(p, from.size(), to);
      surnames.push_back(v);
    }
  };
  add_variant("i", "y");
  add_variant("y", "i");
  add_variant("ie", "y");
  add_variant("ky", "kyy");
  add_variant("kyy", "ky");
  add_variant("ii", "y");
  add_variant("ou", "u");
  add_variant("e", "");
  add_variant("j", "y");
  add_variant("y", "j");
  add_variant("sch", "sh");
  add_variant("ck", "k");
  for (const std::string& s : surnames) {
    for (const KbEntity* e : kb_->Lookup(s)) {
      if (e->type != "PER") continue;
      std::vector<std::string> ew = Words(FoldForMatch(e->name));
      if (ew.empty()) continue;
      if (BoundedEditDistance(ew.back(), last, 2) > 2) continue;
      if (w.size() == 1) return e;  // surname only
      const std::string& first = w.front();
      const std::string& efirst = ew.front();
      int cap = std::max<int>(2, static_cast<int>(std::min(first.size(), efirst.size())) / 2);
      if (!first.empty() && first[0] == efirst[0] && BoundedEditDistance(first, efirst, cap) <= cap) return e;
    }
  }
  // The full name with a misspelt first name: "anthony blinken" -> try the surname alone
  // failed; try first-name near-misses on full aliases.
  return nullptr;
}

void Linker::Link(const std::vector<FieldAnnotations>& fields, const std::string& date, Article* article) const {
  struct Linked {
    const FieldAnnotations* f;
    const NerMention* m;
    std::string id;
    const KbEntity* kb = nullptr;
    bool metonym = false;
    std::string type;  // when linking changed the recognizer's type
  };
  std::vector<Linked> linked;
  // Entities known in this article, for coreference.
  struct Person {
    std::string id;
    std::vector<std::string> words;
    const KbEntity* kb;
  };
  std::vector<Person> persons;
  std::unordered_map<std::string, std::string> id_of_key;  // folded key -> id
  std::unordered_map<std::string, const KbEntity*> kb_of_id;
  std::unordered_map<std::string, std::string> display_name;  // id -> longest surface
  std::unordered_map<std::string, std::string> type_of_id;

  auto remember = [&](const std::string& id, const KbEntity* e, const std::string& type, const std::string& surface) {
    if (e) kb_of_id[id] = e;
    if (!type_of_id.count(id)) type_of_id[id] = e ? e->type : type;
    auto& dn = display_name[id];
    if (surface.size() > dn.size()) dn = surface;
  };

  auto pick = [&](const std::string& key, const std::string& type) -> const KbEntity* {
    auto v = kb_->Lookup(key);
    if (v.empty()) return nullptr;
    for (const KbEntity* e : v) {
      if (e->type == type) return e;
    }
    return v[0];
  };

  for (const FieldAnnotations& f : fields) {
    const std::string& text = article->FieldText(f.field);
    for (const NerMention& m : f.mentions) {
      Linked l{&f, &m, "", nullptr, false, ""};
      std::string surface = text.substr(m.start, m.end - m.start);
      if (!m.demonym_country.empty()) {
        const KbEntity* c = CountryEntity(m.demonym_country);
        if (!c) continue;  // a demonym without its country in the KB is not an entity mention
        l.kb = c;
        l.id = c->id;
        remember(l.id, c, "LOC", "");
        display_name[l.id] = c->name;
        linked.push_back(l);
        continue;
      }
      if (m.type == "PER") {
        std::vector<std::string> words = Words(m.key);
        // 1. A person the article already named, by surname or full name.
        const Person* found = nullptr;
        for (auto it = persons.rbegin(); it != persons.rend() && !found; ++it) {
          if (words.size() == 1) {
            if (it->words.size() > 1 && it->words.back() == words[0]) found = &*it;
          } else if (words == it->words) {
            found = &*it;
          }
        }
        if (found && (!m.kb || m.kb->type != "PER")) {
          l.id = found->id;
          l.kb = found->kb;
        } else if (m.kb && m.kb->type == "PER") {
          l.kb = pick(m.key, "PER");
          l.id = l.kb->id;
        } else if (const KbEntity* fz = FuzzyPerson(m.key)) {
          l.kb = fz;
          l.id = fz->id;
        } else if (found) {
          l.id = found->id;
          l.kb = found->kb;
        } else {
          l.id = NewId("PER", m.key);
        }
        remember(l.id, l.kb, "PER", surface);
        if (words.size() >= 1) {
          bool known = false;
          for (auto& p : persons) known |= p.id == l.id && p.words == words;
          if (!known) persons.push_back({l.id, words, l.kb});
        }
        linked.push_back(l);
        continue;
      }
      // ORG, LOC, MISC. A short form of an organization the article named
      // ("l'Alliance" after "l'OTAN") wins over a namesake place.
      if (auto sf = short_forms_.find(m.key); sf != short_forms_.end()) {
        const KbEntity* e = pick(sf->second, "ORG");
        if (e && kb_of_id.count(e->id)) {
          l.kb = e;
          l.id = e->id;
          l.type = e->type;
        }
      }
      if (!l.id.empty()) {
      } else if (m.kb) {
        l.kb = pick(m.key, m.type);
        if (!l.kb) l.kb = m.kb;
        l.id = l.kb->id;
      }
      if (l.id.empty()) {
        // A short form of a name already seen ("Commission" after "European Commission").
        if (auto it = id_of_key.find(m.key); it != id_of_key.end()) l.id = it->second;
      }
      if (l.id.empty()) l.id = NewId(m.type, m.key);
      id_of_key.emplace(m.key, l.id);
      remember(l.id, l.kb, m.type, surface);
      linked.push_back(l);
    }
  }

  // Metonyms: capitals and seats of power used for a government.
  for (Linked& l : linked) {
    const NerMention& m = *l.m;
    if (m.type != "LOC" && m.type != "ORG") continue;
    auto cc = lex_->MetonymCountry(m.key);
    if (!cc) continue;
    const auto& toks = l.f->tokens;
    const std::string& text = article->FieldText(l.f->field);
    auto fold_at = [&](size_t k) {
      return k < toks.size() ? FoldToken(std::string_view(text).substr(toks[k].start, toks[k].end - toks[k].start))
                             : std::string();
    };
    size_t e = m.tok_end, b = m.tok_begin;
    std::string next = fold_at(e);
    std::string prev = b > 0 ? fold_at(b - 1) : std::string();
    bool metonym = false;
    if ((next == "'s" || next == "\xE2\x80\x99s") && lex_->Has(NerLexicon::kMetonymNoun, fold_at(e + 1))) metonym = true;
    if (lex_->Has(NerLexicon::kSpeechVerb, next) && !IsAuxiliary(next)) metonym = true;
    if (IsAuxiliary(next) && lex_->Has(NerLexicon::kSpeechVerb, fold_at(e + 1)) && !IsAuxiliary(fold_at(e + 1)))
      metonym = true;
    // "allies of Washington", "alliés traditionnels de Washington".
    if ((prev == "de" || prev == "of" || prev == "d'" || prev == "d\xE2\x80\x99") && b >= 2 &&
        (lex_->Has(NerLexicon::kMetonymNoun, fold_at(b - 2)) ||
         (b >= 3 && lex_->Has(NerLexicon::kMetonymNoun, fold_at(b - 3)))))
      metonym = true;
    if (!metonym) continue;
    l.metonym = true;
    // A capital city stands for its country; a seat of power keeps its id.
    bool city = !l.kb || l.kb->type == "LOC";
    if (city) {
      if (const KbEntity* c = CountryEntity(*cc)) {
        l.kb = c;
        l.id = c->id;
        remember(c->id, c, "LOC", "");
        display_name[c->id] = c->name;
      }
    }
  }

  // Roles.
  struct RoleLink {
    const FieldAnnotations* f;
    const RoleMention* r;
    std::string id;
  };
  std::vector<RoleLink> role_links;
  auto holds = [&](const KbEntity* person, const std::string& office, const std::string& cc, bool generic) {
    if (!person) return false;
    for (const KbOfficeTerm& term : kb_->OfficesOf(person->id)) {
      if (!date.empty() && (term.start > date || (!term.end.empty() && term.end < date))) continue;
      if (!generic && term.office_id == office) return true;
      if (generic) {
        std::string prefix = "office:" + FoldToken(cc) + "/";
        if (cc.empty() || term.office_id.rfind(prefix, 0) == 0) return true;
      }
    }
    if (generic && !cc.empty() && person->country == cc && !kb_->OfficesOf(person->id).empty()) return true;
    return false;
  };
  for (const FieldAnnotations& f : fields) {
    for (const RoleMention& r : f.roles) {
      std::string id;
      // Apposition: "Secretary of State Antony Blinken".
      for (const Linked& l : linked) {
        if (l.f == &f && l.m->type == "PER" && (l.m->tok_begin == r.tok_end ||
                                                 (l.m->tok_begin == r.tok_end + 1))) {
          if (!r.office_id.empty() && l.kb && !holds(l.kb, r.office_id, r.country, false) &&
              !kb_->OfficesOf(l.kb->id).empty()) {
            // Named person does not hold it (then): still the person meant.
          }
          id = l.id;
          break;
        }
      }
      if (id.empty() && !r.office_id.empty()) {
        // A person the article names who held the office.
        for (const Linked& l : linked) {
          if (l.m->type == "PER" && l.kb && holds(l.kb, r.office_id, r.country, false)) {
            id = l.id;
            break;
          }
        }
        if (id.empty() && !date.empty()) {
          if (const KbEntity* h = kb_->OfficeHolder(r.office_id, date)) {
            id = h->id;
            remember(id, h, "PER", "");
            display_name[id] = h->name;
          }
        }
        if (id.empty()) {
          // Without a date: a holder the article names in any period.
          for (const Linked& l : linked) {
            if (l.m->type != "PER" || !l.kb) continue;
            for (const KbOfficeTerm& term : kb_->OfficesOf(l.kb->id)) {
              if (term.office_id == r.office_id) id = l.id;
            }
            if (!id.empty()) break;
          }
        }
      }
      if (id.empty() && r.office_id.empty()) {
        // Generic role: the last person named before it with an office of that country.
        const Linked* best = nullptr;
        for (const Linked& l : linked) {
          if (l.m->type != "PER" || !l.kb) continue;
          bool before = (l.f->field == Field::kTitle && f.field == Field::kText) ||
                        (l.f == &f && l.m->start < r.start);
          if (!before) continue;
          if (holds(l.kb, "", r.country, true)) best = &l;
        }
        if (best) id = best->id;
      }
      if (!id.empty()) role_links.push_back({&f, &r, id});
    }
  }

  // Write the layers.
  article->mentions.clear();
  article->entities.clear();
  std::vector<std::string> order;
  std::unordered_set<std::string> seen;
  auto note = [&](const std::string& id) {
    if (seen.insert(id).second) order.push_back(id);
  };
  for (const Linked& l : linked) {
    const std::string& text = article->FieldText(l.f->field);
    Mention mm;
    mm.span = {l.f->field, l.m->start, l.m->end};
    mm.text = text.substr(l.m->start, l.m->end - l.m->start);
    mm.type = l.type.empty() ? l.m->type : l.type;
    mm.entity_id = l.id;
    mm.metonym = l.metonym;
    article->mentions.push_back(std::move(mm));
    note(l.id);
  }
  for (const RoleLink& rl : role_links) {
    const std::string& text = article->FieldText(rl.f->field);
    Mention mm;
    mm.span = {rl.f->field, rl.r->start, rl.r->end};
    mm.text = text.substr(rl.r->start, rl.r->end - rl.r->start);
    mm.type = "PER";
    mm.entity_id = rl.id;
    mm.via_role = true;
    article->mentions.push_back(std::move(mm));
    note(rl.id);
  }
  std::stable_sort(article->mentions.begin(), article->mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.span.field != b.span.field) return a.span.field < b.span.field;
    return a.span.start < b.span.start;
  });
  for (const std::string& id : order) {
    EntityRef ref;
    ref.id = id;
    auto k = kb_of_id.find(id);
    const KbEntity* e = k != kb_of_id.end() ? k->second : kb_->Get(id);
    if (e) {
      ref.name = e->name;
      ref.type = e->type;
      ref.wikidata = e->wikidata;
    } else {
      ref.name = display_name[id];
      ref.type = type_of_id.count(id) ? type_of_id[id] : "MISC";
    }
    article->entities.push_back(std::move(ref));
  }
}

}  // namespace dragoman
