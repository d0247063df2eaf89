#include "events/events.h"

#include <unicode/locid.h>

#include <algorithm>
#include <mutex>
#include <unordered_map>
#include <sstream>

#include "core/data_path.h"
#include "events/event_date.h"
#include "events/words.h"

namespace dragoman {

Result<std::shared_ptr<const CameoTable>> CameoTable::Shared() {
  static std::mutex mu;
  static std::shared_ptr<const CameoTable> cached;
  std::lock_guard<std::mutex> lock(mu);
  if (cached) return cached;
  Result<std::string> text = ReadDataFile("cameo/codes.tsv");
  if (!text.ok()) return text.status();
  auto table = std::make_shared<CameoTable>();
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    CameoCode c;
    std::string g;
    if (!std::getline(fields, c.code, '\t') || !std::getline(fields, c.label, '\t') || !std::getline(fields, g)) continue;
    c.goldstein = std::atof(g.c_str());
    table->codes_[c.code] = c;
  }
  cached = table;
  return cached;
}

const CameoCode* CameoTable::Find(const std::string& code) const {
  auto it = codes_.find(code);
  if (it != codes_.end()) return &it->second;
  it = codes_.find(Root(code));
  return it == codes_.end() ? nullptr : &it->second;
}

std::string Iso3Country(const std::string& iso2) {
  if (iso2.size() != 2) return {};
  icu::Locale loc("", iso2.c_str());
  const char* iso3 = loc.getISO3Country();
  return iso3 ? std::string(iso3) : std::string();
}

std::string ActorCode(const KnowledgeBase* kb, const std::string& id, const std::string& type, bool metonym,
                      const std::string& date) {
  if (!kb) return {};
  const KbEntity* e = kb->Get(id);
  if (!e) return {};
  std::string country = Iso3Country(e->country);
  const std::string& k = e->kind;
  if (metonym) return country + "GOV";
  if (k == "igo") return "IGO";
  if (k == "ngo") return "NGO";
  if (k == "gov") return country + "GOV";
  if (k == "mil") return country + "MIL";
  if (k == "media") return country + "MED";
  if (k == "company") return country + "BUS";
  if (k == "party") return country + "PTY";
  if (k == "person" || type == "PER") {
    for (const KbOfficeTerm& t : kb->OfficesOf(id)) {
      bool in_office = date.empty() || ((t.start.empty() || t.start <= date) && (t.end.empty() || date <= t.end));
      if (!in_office) continue;
      // office ids read "office:<cc>/<role>"; international offices have no country.
      std::string cc;
      auto colon = t.office_id.find(':'), slash = t.office_id.find('/');
      if (colon != std::string::npos && slash != std::string::npos && slash - colon - 1 == 2)
        cc = t.office_id.substr(colon + 1, 2);
      if (cc.empty()) return "IGO";
      for (char& c : cc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      // office:eu/..., office:un/...: not a country, an international body.
      if (Iso3Country(cc).empty()) return "IGO";
      bool military = t.office_id.find("chief-of") != std::string::npos ||
                      t.office_id.find("general-staff") != std::string::npos;
      return Iso3Country(cc) + (military ? "MIL" : "GOV");
    }
    return country;
  }
  return country;
}

namespace {

bool InsideQuote(const Article& a, Field f, uint32_t pos) {
  for (const Quote& q : a.quotes)
    if (q.span.field == f && q.span.start <= pos && pos < q.span.end && !q.fragment) return true;
  return false;
}

bool IsNegation(const LanguageLexicon& lex, const std::string& w) {
  return lex.negations.Contains(w) || w.rfind("n'", 0) == 0 || (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0);
}

std::string Mood(const LanguageLexicon& lex, const std::vector<std::string>& folded, size_t from, size_t verb) {
  std::string mood = "asserted";
  for (size_t k = from; k < verb; ++k) {
    if (IsNegation(lex, folded[k])) return "negated";
    if (lex.modals.MatchAt(folded, k) > 0) mood = "hypothetical";
    else if (mood == "asserted" && lex.intents.MatchAt(folded, k) > 0) mood = "intent";
  }
  return mood;
}

const std::string& EntityName(const Article& a, const std::string& id, const std::string& fallback) {
  for (const auto& e : a.entities)
    if (e.id == id) return e.name;
  return fallback;
}

}  // namespace

Status EventStage::Process(Article& a) {
  a.events.clear();
  const LanguageLexicon& lex = lex_->For(a.language);
  if (lex.event_phrases.empty()) return Status::OK();
  std::string reference = a.published && a.published->precision == "day" ? a.published->date : std::string();
  for (Field field : {Field::kTitle, Field::kText}) {
    const std::string& text = a.FieldText(field);
    if (text.empty()) continue;
    for (const SentenceRange& s : SentencesOf(a, field)) {
      std::vector<Word> words = SplitIntoWords(text, s.start, s.end);
      std::vector<std::string> folded;
      folded.reserve(words.size());
      for (const auto& w : words) folded.push_back(w.folded);
      std::vector<const Mention*> mentions;
      for (const Mention& m : a.mentions)
        if (m.span.field == field && m.span.start >= s.start && m.span.end <= s.end && !m.entity_id.empty() &&
            m.type != "MISC")
          mentions.push_back(&m);
      if (mentions.empty()) continue;
      std::sort(mentions.begin(), mentions.end(),
                [](const Mention* x, const Mention* y) { return x->span.start < y->span.start; });
      int found = 0;
      for (size_t i = 0; i < words.size() && found < 2; ++i) {
        std::string code;
        size_t len = lex.event_phrases.MatchAt(folded, i, &code);
        if (len == 0) continue;
        uint32_t vstart = words[i].start, vend = words[i + len - 1].end;
        if (InsideQuote(a, field, vstart)) { i += len - 1; continue; }
        const Mention* actor1 = nullptr;
        const Mention* actor2 = nullptr;
        for (const Mention* m : mentions)
          if (m->span.end <= vstart) actor1 = m;
        for (const Mention* m : mentions)
          if (m->span.start >= vend && (!actor1 || m->entity_id != actor1->entity_id)) { actor2 = m; break; }
        // Statements need someone they are about; everything needs an actor.
        if (!actor1 || (code.rfind("01", 0) == 0 && !actor2)) { i += len - 1; continue; }
        const CameoCode* cc = cameo_->Find(code);
        Event e;
        e.code = code;
        e.root = CameoTable::Root(code);
        e.label = cc ? cc->label : "";
        e.goldstein = cc ? cc->goldstein : 0.0;
        std::optional<ResolvedDate> stated = FindDateInWords(words, 0, words.size(), reference);
        e.date = stated ? stated->date : (a.published ? a.published->date : std::string());
        auto actor = [&](const Mention* m) {
          EventActor x;
          x.id = m->entity_id;
          x.name = EntityName(a, m->entity_id, m->text);
          x.code = ActorCode(kb_.get(), m->entity_id, m->type, m->metonym, e.date);
          return x;
        };
        e.actor1 = actor(actor1);
        if (actor2) e.actor2 = actor(actor2);
        // Place: a location after a locative preposition, not already an actor.
        for (const Mention* m : mentions) {
          if (m->type != "LOC" || m == actor1 || m == actor2) continue;
          auto w = std::lower_bound(words.begin(), words.end(), m->span.start,
                                    [](const Word& x, uint32_t p) { return x.start < p; });
          if (w == words.begin()) continue;
          const std::string& prep = (w - 1)->folded;
          if (prep == "in" || prep == "at" || prep == "a" || prep == "en" || prep == "im" || prep == "near" ||
              prep == "pres" || prep == "de" || prep == "from") {
            e.place_id = m->entity_id;
            e.place_name = EntityName(a, m->entity_id, m->text);
            if (kb_)
              if (const KbEntity* k = kb_->Get(m->entity_id)) e.place_country = k->country;
            break;
          }
        }
        e.mood = Mood(lex, folded, i >= 6 ? i - 6 : 0, i);
        e.span = {field, s.start, s.end};
        a.events.push_back(std::move(e));
        ++found;
        i += len - 1;
      }
    }
  }
  return Status::OK();
}

Result<std::unique_ptr<Stage>> MakeEventStage(std::shared_ptr<const KnowledgeBase> kb) {
  auto lex = Lexicons::Shared();
  if (!lex.ok()) return lex.status();
  auto cameo = CameoTable::Shared();
  if (!cameo.ok()) return cameo.status();
  return std::unique_ptr<Stage>(new EventStage(*lex, *cameo, std::move(kb)));
}

namespace {

double ToneOf(const LanguageLexicon& lex, const std::vector<std::string>& folded) {
  if (folded.empty()) return 0.0;
  int pos = 0, neg = 0;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (lex.tone_positive.MatchAt(folded, i) > 0) ++pos;
    if (lex.tone_negative.MatchAt(folded, i) > 0) ++neg;
  }
  return 100.0 * (pos - neg) / static_cast<double>(folded.size());
}

std::vector<std::string> FoldedWords(const std::string& text, uint32_t b, uint32_t e) {
  std::vector<std::string> out;
  for (auto& w : SplitIntoWords(text, b, e)) out.push_back(std::move(w.folded));
  return out;
}

}  // namespace

Status ToneStage::Process(Article& a) {
  const LanguageLexicon& lex = lex_->For(a.language);
  std::vector<std::string> all = FoldedWords(a.text, 0, static_cast<uint32_t>(a.text.size()));
  if (all.empty()) return Status::OK();
  a.tone = ToneOf(lex, all);

  // Per actor: the tone of the body sentences that mention each entity,
  // counted once per sentence however often it is named there.
  struct Counts {
    int positive = 0, negative = 0;
    size_t words = 0;
  };
  std::vector<SentenceRange> sentences = SentencesOf(a, Field::kText);
  std::vector<Counts> per_sentence(sentences.size());
  std::vector<bool> counted(sentences.size(), false);
  auto sentence_of = [&](uint32_t offset) -> int64_t {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](uint32_t o, const SentenceRange& s) { return o < s.start; });
    if (it == sentences.begin()) return -1;
    --it;
    return offset < it->end ? it - sentences.begin() : -1;
  };
  std::unordered_map<std::string, std::vector<int64_t>> sentences_of_entity;
  for (const Mention& m : a.mentions) {
    if (m.span.field != Field::kText || m.entity_id.empty()) continue;
    int64_t k = sentence_of(m.span.start);
    if (k < 0) continue;
    auto& v = sentences_of_entity[m.entity_id];
    if (v.empty() || v.back() != k) v.push_back(k);
    if (!counted[k]) {
      counted[k] = true;
      std::vector<std::string> words = FoldedWords(a.text, sentences[k].start, sentences[k].end);
      Counts& c = per_sentence[k];
      c.words = words.size();
      for (size_t i = 0; i < words.size(); ++i) {
        if (lex.tone_positive.MatchAt(words, i) > 0) ++c.positive;
        if (lex.tone_negative.MatchAt(words, i) > 0) ++c.negative;
      }
    }
  }
  for (EntityRef& e : a.entities) {
    auto it = sentences_of_entity.find(e.id);
    if (it == sentences_of_entity.end()) continue;
    std::vector<int64_t> ks = it->second;
    std::sort(ks.begin(), ks.end());
    ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
    Counts sum;
    for (int64_t k : ks) {
      sum.positive += per_sentence[k].positive;
      sum.negative += per_sentence[k].negative;
      sum.words += per_sentence[k].words;
    }
    if (sum.words > 0) e.tone = 100.0 * (sum.positive - sum.negative) / static_cast<double>(sum.words);
  }
  return Status::OK();
}

Result<std::unique_ptr<Stage>> MakeToneStage() {
  auto lex = Lexicons::Shared();
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Stage>(new ToneStage(*lex));
}

}  // namespace dragoman
