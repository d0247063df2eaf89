#include "events/events.h"

#include <unicode/locid.h>

#include <algorithm>
#include <mutex>
#include <unordered_map>
#include <sstream>

#include "core/data_path.h"
#include "dragoman/utf8.h"
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

// `comma_before[k]`: a comma separates word k from the word before it.
std::string Mood(const LanguageLexicon& lex, const std::vector<std::string>& folded,
                 const std::vector<bool>& comma_before, size_t from, size_t verb) {
  std::string mood = "asserted";
  // A cue's scope ends at an earlier event phrase: in "neither supporting nor
  // enabling Ukraine's strikes" the negation is about the support, not the strikes.
  for (size_t k = verb; k-- > from;)
    if (lex.event_phrases.MatchAt(folded, k) > 0) {
      from = k + 1;
      break;
    }
  // "said it would study the proposal but warned": an adversative ends the
  // scope of the cues before it.
  for (size_t k = verb; k-- > from;) {
    const std::string& w = folded[k];
    bool coordinated = (w == "and" || w == "et" || w == "und" || w == "y" || w == "e") && k < comma_before.size() &&
                       comma_before[k];
    if (w == "but" || w == "mais" || w == "aber" || w == "pero" || w == "ma" || w == "sino" || w == "jedoch" ||
        coordinated) {
      from = k + 1;
      break;
    }
  }
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

namespace {

// Words before a name that make it a place, a source or a time, not a doer or
// a target ("in Madrid", "from Beijing", "on Telegram", "nach Medienberichten").
bool IsLocative(const std::string& w) {
  static const char* kWords[] = {"in", "at", "from", "near", "on", "into", "to", "via", "a", "dans", "depuis",
                                 "vers", "pres", "sur", "im", "aus", "bei", "nach", "auf", "am", "zu", "en",
                                 "desde", "hacia", "nel", "nella", "da", "dal", "dalla", "tra", "fra"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// Articles and other determiners: an event phrase right after one is a noun
// ("the attack", "une frappe", "ein Angriff") whose doer the sentence rarely
// names before it ("Zelensky called the attack deliberate").
bool IsArticle(const std::string& w) {
  static const char* kWords[] = {"the", "a", "an", "this", "that", "another", "le", "la", "les", "l'", "un",
                                 "une", "des", "du", "ce", "cette", "der", "die", "das", "den", "dem", "des",
                                 "ein", "eine", "einen", "einem", "einer", "el", "los", "las", "una", "il", "lo",
                                 "gli", "uno", "un'", "d'un", "d'une", "qu'un", "qu'une", "dell'", "un'altra"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// Words that make the phrase before them passive when they follow it
// ("was received by X", "sera reçu par X", "wurde von X empfangen").
bool IsAgentMarker(const std::string& w) {
  return w == "by" || w == "par" || w == "von" || w == "vom" || w == "por" || w == "da" || w == "dal" ||
         w == "dalla" || w == "from";
}

// Codes whose phrase is ambiguous without a counterpart: host/receive
// ("recibe cargamentos"), negotiate, sign ("firmó el segundo [gol]").
bool NeedsTarget(const std::string& code) {
  return code == "043" || code == "046" || code == "057" || code.rfind("01", 0) == 0;
}

// Codes whose target may be a place: visits, and force used against a site.
bool PlaceMayBeTarget(const std::string& code) {
  return code.rfind("042", 0) == 0 || code.rfind("043", 0) == 0 || code.rfind("18", 0) == 0 ||
         code.rfind("19", 0) == 0 || code.rfind("20", 0) == 0;
}

bool InsideParens(const std::string& text, uint32_t sentence_start, uint32_t pos) {
  int depth = 0;
  for (uint32_t k = sentence_start; k < pos && k < text.size(); ++k) {
    if (text[k] == '(') ++depth;
    else if (text[k] == ')' && depth > 0) --depth;
  }
  return depth > 0;
}

// Relative pronouns that open a clause after a comma.
bool IsRelative(const std::string& w) {
  static const char* kWords[] = {"which", "who", "whose", "qui", "dont", "lequel", "laquelle",
                                 "welche", "welcher", "que", "quien", "quienes", "cuyo", "che", "cui", "il quale"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// Punctuation between two words that ends a noun phrase.
bool BoundaryBetweenWords(const std::string& text, uint32_t a_end, uint32_t b_start) {
  for (uint32_t k = a_end; k < b_start && k < text.size(); ++k)
    if (text[k] == ',' || text[k] == ';' || text[k] == ':' || text[k] == '.' || text[k] == '(' || text[k] == ')')
      return true;
  return false;
}

bool AllUpper(const std::string& s) {
  bool letters = false;
  for (unsigned char c : s) {
    if (std::islower(c)) return false;
    letters = letters || std::isupper(c);
  }
  return letters && s.size() > 3;
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
      if (words.empty()) continue;
      std::vector<std::string> folded;
      folded.reserve(words.size());
      for (const auto& w : words) folded.push_back(w.folded);
      std::vector<bool> comma_before(words.size(), false);
      for (size_t k = 1; k < words.size(); ++k)
        comma_before[k] = text.find(',', words[k - 1].end) < words[k].start;
      // The word index a byte offset falls at (first word starting at or after it).
      auto word_at = [&](uint32_t pos) {
        return static_cast<size_t>(std::lower_bound(words.begin(), words.end(), pos,
                                                    [](const Word& x, uint32_t p) { return x.start < p; }) -
                                   words.begin());
      };
      // Mentions that can be actors or targets: linked, not MISC, not inside a
      // quote (words said), not in parentheses, not a dateline (KYIV, ...) and
      // not the agency that carried the story.
      struct Candidate {
        const Mention* m;
        size_t first, last;  // word indices
        bool locative;       // after "in/at/from/à/en/..."
        bool place;          // a city or region that is not a metonym for a government
      };
      std::vector<Candidate> mentions;
      for (const Mention& m : a.mentions) {
        if (m.span.field != field || m.span.start < s.start || m.span.end > s.end || m.entity_id.empty() ||
            m.type == "MISC")
          continue;
        if (InsideQuote(a, field, m.span.start) || InsideParens(text, s.start, m.span.start)) continue;
        if (m.type == "LOC" && AllUpper(m.text)) continue;
        if (m.type == "LOC" && m.span.start == words.front().start && words.size() > 2) {
          size_t w = word_at(m.span.end);
          if (w < words.size() && comma_before[w] && std::isdigit(static_cast<unsigned char>(folded[w][0])))
            continue;  // "Bruselas, 18 dic (EFE).-": a dateline
        }
        // "a former Estonian prime minister": not the office's current holder.
        if (m.via_role) {
          size_t w = word_at(m.span.start);
          bool former = false;
          for (size_t k = w >= 3 ? w - 3 : 0; k < std::min(words.size(), w + 2); ++k)
            former = former || IsFormerWord(folded[k]);
          if (former) continue;
        }
        if (lex_->agencies().count(FoldForMatch(m.text))) continue;
        // Actors are known entities, or people named in full: an unknown
        // single word or a run of words the recognizer glued together ("Il",
        // "Caesars", "Sánchez y Zelenski") is more often noise than an actor.
        if (m.entity_id.rfind("kb:", 0) != 0) {
          bool full_person = m.type == "PER" && std::count(m.text.begin(), m.text.end(), ' ') >= 1 &&
                             std::count(m.text.begin(), m.text.end(), ' ') <= 2 && !m.via_role;
          for (const char* glue : {" y ", " and ", " et ", " und ", " e "})
            if (m.text.find(glue) != std::string::npos) full_person = false;
          if (!full_person) continue;
        }
        Candidate c{&m, word_at(m.span.start), word_at(m.span.end > 0 ? m.span.end - 1 : 0), false, false};
        // A mention that no word of the sentence starts in (punctuation, a
        // symbol the word splitter skips) cannot be an actor.
        if (c.first >= words.size()) continue;
        if (c.last > 0) --c.last;
        c.last = std::max(c.first, std::min(c.last, words.size() - 1));
        // People are not places: "telefonato a Donald Trump", "parlé à Zelensky".
        if (c.first > 0) c.locative = IsLocative(folded[c.first - 1]) && m.type != "PER";
        if (kb_ && !m.metonym)
          if (const KbEntity* k = kb_->Get(m.entity_id)) c.place = k->kind == "city" || k->kind == "region";
        if (kb_)
          if (const KbEntity* k = kb_->Get(m.entity_id); k && k->kind == "media") continue;
        mentions.push_back(c);
      }
      if (mentions.empty()) continue;
      // Relative clauses set off by commas (", which organized a summit in
      // favour of Ukraine,"): names inside them are neither the actor nor the
      // target of a phrase outside them.
      std::vector<int> clause(words.size(), 0);
      int clause_id = 0;
      for (size_t k = 1; k < words.size(); ++k) {
        if (!IsRelative(folded[k]) || text.find(',', words[k - 1].end) >= words[k].start) continue;
        ++clause_id;
        for (size_t j = k; j < words.size(); ++j) {
          if (j > k && text.find(',', words[j - 1].end) < words[j].start) break;
          clause[j] = clause_id;
        }
      }
      std::sort(mentions.begin(), mentions.end(),
                [](const Candidate& x, const Candidate& y) { return x.m->span.start < y.m->span.start; });
      int found = 0;
      const std::vector<Candidate> sentence_mentions = mentions;
      for (size_t i = 0; i < words.size() && found < 2; ++i) {
        mentions = sentence_mentions;
        std::string code;
        size_t len = lex.event_phrases.MatchAt(folded, i, &code);
        if (len == 0) continue;
        uint32_t vstart = words[i].start, vend = words[i + len - 1].end;
        if (InsideQuote(a, field, vstart)) { i += len - 1; continue; }
        // A noun after an article ("the attack", "une frappe") names an event
        // whose doer is not the name before it, unless a possessive says so
        // ("Ukraine's drone strike").
        // "Ukraine's strikes", "Russia's continuing attacks".
        auto possessive = [&](size_t k) {
          return folded[k].size() > 2 && folded[k].compare(folded[k].size() - 2, 2, "'s") == 0;
        };
        bool possessive_before = (i > 0 && possessive(i - 1)) || (i > 1 && possessive(i - 2));
        // "the Russian invasion", "une future force": one adjective between.
        // A name in between is the doer ("La Russie a frappé", "the Russian
        // invasion" with the demonym linked).
        bool name_between = false;
        if (i > 0)
          for (const Candidate& c : mentions) name_between = name_between || (c.first <= i - 1 && i - 1 <= c.last);
        bool noun_use = i > 0 && IsArticle(folded[i - 1]);
        for (size_t back = 2; back <= 3 && i >= back && !noun_use && !possessive_before && !name_between; ++back) {
          if (lex.event_phrases.MatchAt(folded, i - back + 1) > 0) break;
          bool name = false;
          for (const Candidate& c : mentions) name = name || (c.first <= i - back + 1 && i - back + 1 <= c.last);
          // "the possibility of sending troops": the article belongs to the head noun.
          const std::string& between = folded[i - back + 1];
          bool preposition = between == "of" || between == "de" || between == "du" || between == "des" ||
                             between == "von" || between == "di" || between == "del" || between == "to" ||
                             between == "a" || between == "zu";
          if (name || preposition || BoundaryBetweenWords(text, words[i - back].end, words[i - back + 1].start))
            break;
          noun_use = IsArticle(folded[i - back]);
        }
        // Force told with a demonym next to it ("a Russian missile struck", "des
        // drones ukrainiens ont frappé", "a Russian strike", "une frappe russe"):
        // the demonym's country did it, rather than a name further back.
        const KbEntity* demonym_actor = nullptr;
        bool force = code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0 || code.rfind("20", 0) == 0;
        if (force && kb_) {
          auto country_of = [&](size_t k) -> const KbEntity* {
            std::optional<std::string> cc = kb_->DemonymCountry(folded[k]);
            if (!cc) return nullptr;
            std::string id = "kb:country/";
            for (char ch : *cc) id += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            return kb_->Get(id);
          };
          if (noun_use && i + len < words.size() &&
              !BoundaryBetweenWords(text, words[i + len - 1].end, words[i + len].start))
            demonym_actor = country_of(i + len);
          for (size_t back = 1; back <= 3 && i >= back && !demonym_actor; ++back) {
            size_t k = i - back;
            if (BoundaryBetweenWords(text, words[k].end, words[k + 1].start)) break;
            if (back > 1 && lex.event_phrases.MatchAt(folded, k) > 0) break;
            bool name = false;
            for (const Candidate& c : mentions) name = name || (c.first <= k && k <= c.last);
            if (name) break;
            demonym_actor = country_of(k);
          }
        }
        if (noun_use && !demonym_actor) { i += len - 1; continue; }
        // What an appeal asks for is not a deed ("urged Putin to withdraw and
        // begin talks", "called on Russia to agree"), nor what a threat
        // threatens ("threatens sanctions against"): only the appeal or the
        // threat is coded.
        bool requested = false;
        for (const Event& prev : a.events)
          requested = requested || (prev.span.field == field && prev.span.start == s.start &&
                                    (prev.root == "02" || prev.root == "13"));
        if (requested) { i += len - 1; continue; }
        // An inverted attribution (", a annoncé le gouverneur X", ", said X")
        // is a quote's business: the name before it is not the speaker.
        if (code.rfind("01", 0) == 0 && comma_before[i]) { i += len - 1; continue; }
        const Candidate* actor1 = nullptr;
        const Candidate* actor2 = nullptr;
        // Names in another relative clause than the phrase's are left out.
        std::vector<Candidate> all_mentions;
        all_mentions.swap(mentions);
        for (const Candidate& c : all_mentions)
          if (clause[c.first] == 0 || clause[c.first] == clause[i]) mentions.push_back(c);
        // actor1: the nearest name before the phrase that is neither a place
        // after a locative nor a mere city.
        // German puts the participle last ("Scholz habe den Krieg gegen die
        // Ukraine verurteilt"): the subject is the first name, not the nearest.
        bool verb_final = a.language == "de";
        uint32_t clause_start = s.start;
        for (uint32_t k = s.start; k < vstart; ++k)
          if (text[k] == ':' || text[k] == ';') clause_start = k + 1;
        for (const Candidate& c : mentions)
          if (c.m->span.start >= clause_start && c.m->span.end <= vstart && !c.locative && !c.place &&
              !(verb_final && actor1))
            actor1 = &c;
        // Passive: "was received by X" makes X the actor and the subject the target.
        bool passive = i + len < folded.size() && IsAgentMarker(folded[i + len]);
        size_t agent_at = i + len;  // the agent marker's word, when passive
        if (passive) demonym_actor = nullptr;
        if (demonym_actor) actor1 = nullptr;
        // A relative clause's subject is the word before its pronoun ("the army
        // that is attacking", "l'armée qui attaque"): a name further back is not it.
        for (size_t back = 1; back <= 3 && i >= back && actor1; ++back) {
          size_t k = i - back;
          if (!IsRelative(folded[k]) && folded[k] != "that") continue;
          // "said that its drones attacked", "afirmó que sus drones": a complement, not a relative.
          bool complement = folded[k] == "que" || (k > 0 && lex.reporting_verbs.Contains(folded[k - 1]));
          if (!complement && actor1->last + 1 != k && actor1->last < k) actor1 = nullptr;
          break;
        }
        // "Spain had been criticised", "fue atacado": without an agent the
        // doer is unknown and the subject is the target, not the actor.
        if (!passive && i > 0) {
          static const char* kAux[] = {"been", "was", "were", "be", "being", "is", "are", "ete", "etait", "sont",
                                       "wurde", "wurden", "worden", "fue", "fueron", "sido", "stato", "stata",
                                       "stati", "state"};
          bool aux = false;
          for (const char* x : kAux) aux = aux || folded[i - 1] == x;
          // "is sending weapons", "were attacking": a progressive, not a passive.
          const std::string& head = folded[i];
          bool progressive = head.size() > 4 && head.compare(head.size() - 3, 3, "ing") == 0;
          // The agent may come a few words later ("è stato ricevuto venerdì a
          // Pechino dal presidente Xi", "was received on Friday by Xi").
          if (aux && !progressive)
            for (size_t k = i + len; k < std::min(folded.size(), i + len + 5); ++k) {
              if (BoundaryBetweenWords(text, words[k - 1].end, words[k].start)) break;
              if (IsAgentMarker(folded[k]) && folded[k] != "from") {
                passive = true;
                agent_at = k;
                break;
              }
            }
          // A demonym before a passive names the target's side, not the doer.
          if (aux && !progressive && (!passive || demonym_actor)) { i += len - 1; continue; }
        }
        size_t window = code.rfind("01", 0) == 0 ? 5 : 10;
        for (const Candidate& c : mentions) {
          if (c.m->span.start < vend || c.first > i + len + window) continue;
          if (passive) {
            // The agent right after its marker, or after a title ("dal presidente cinese Xi Jinping").
            if (c.first <= agent_at) continue;
            if (c.first <= agent_at + 3 && !c.place) {
              const Candidate* subject = actor1;
              actor1 = &c;
              actor2 = subject;
            }
            break;
          }
          if (actor1 && c.m->entity_id == actor1->m->entity_id) continue;
          if (demonym_actor && c.m->entity_id == demonym_actor->id) continue;
          bool locative = c.locative && c.first != i + len;  // "called on Russia": the phrase's own preposition
          // "strikes on Ukraine's grid", "sanctions on Russia": the target.
          if (locative && (code.rfind("1", 0) == 0 || code.rfind("2", 0) == 0) && c.first > 0) {
            const std::string& p = folded[c.first - 1];
            if (p == "on" || p == "sur" || p == "auf" || p == "su") locative = false;
          }
          // "sending weapons to Ukraine", "livrer des armes à l'Ukraine": aid goes to its target.
          if (locative && code.rfind("07", 0) == 0 && c.first > 0) {
            const std::string& p = folded[c.first - 1];
            if (p == "to" || p == "a" || p == "an") locative = false;
          }
          // A place is a target only of visits and of force; a place after a
          // locative is where, not whom, unless the phrase is a visit ("arrived in").
          bool visit = code.rfind("042", 0) == 0;
          // "said at a news conference with Kuleba": company, not the topic.
          if (code.rfind("01", 0) == 0 && c.first > 0) {
            bool adjunct = false;
            for (size_t k = c.first >= 2 ? c.first - 2 : 0; k < c.first; ++k) {
              const std::string& p = folded[k];
              adjunct = adjunct || p == "with" || p == "avec" || p == "mit" || p == "con" || p == "bei";
            }
            if (adjunct) continue;
          }
          if ((locative && !visit) || (c.place && !PlaceMayBeTarget(code))) continue;
          actor2 = &c;
          break;
        }
        // German verb-final clauses name the target before the verb ("Scholz
        // habe Putin aufgefordert").
        if (verb_final && !passive && actor1) {
          for (const Candidate& c : mentions)
            if (c.m->span.start > actor1->m->span.end && c.m->span.end <= vstart && c.m->span.start >= clause_start &&
                c.m->entity_id != actor1->m->entity_id && !c.locative && !c.place)
              actor2 = &c;
        }
        if (passive && actor2 == nullptr && actor1 && actor1->m->span.end <= vstart) {
          // "X was hit by drones": X is the target, the doer is not named.
          i += len - 1;
          continue;
        }
        // Everything needs an actor; some phrases also need a target.
        if ((!actor1 && !demonym_actor) || (NeedsTarget(code) && !actor2)) { i += len - 1; continue; }
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
        if (demonym_actor) {
          e.actor1.id = demonym_actor->id;
          e.actor1.name = demonym_actor->name;
          e.actor1.code = ActorCode(kb_.get(), demonym_actor->id, demonym_actor->type, false, e.date);
        } else {
          e.actor1 = actor(actor1->m);
        }
        if (actor2) e.actor2 = actor(actor2->m);
        // Place: a location after a locative preposition, not already an actor.
        for (const Candidate& c : mentions) {
          const Mention* m = c.m;
          if (m->type != "LOC" || &c == actor1 || &c == actor2 || c.first == 0) continue;
          const std::string& prep = folded[c.first - 1];
          if (prep == "in" || prep == "at" || prep == "a" || prep == "en" || prep == "im" || prep == "near" ||
              prep == "pres" || prep == "de" || prep == "from") {
            e.place_id = m->entity_id;
            e.place_name = EntityName(a, m->entity_id, m->text);
            if (kb_)
              if (const KbEntity* k = kb_->Get(m->entity_id)) e.place_country = k->country;
            break;
          }
        }
        // Cues before a possessor ("neither enabling Ukraine's strikes") are
        // about the verb that governs it, not about the possessed event.
        e.mood = possessive_before ? "asserted" : Mood(lex, folded, comma_before, i >= 12 ? i - 12 : 0, i);
        // German puts modals after the participle ("gesprochen werden könne").
        if (verb_final && e.mood == "asserted")
          for (size_t k = i + len; k < folded.size(); ++k) {
            if (BoundaryBetweenWords(text, words[k - 1].end, words[k].start)) break;
            if (lex.modals.MatchAt(folded, k) > 0) e.mood = "hypothetical";
          }
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
