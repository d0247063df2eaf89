#include "events/quotes.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

#include "dragoman/utf8.h"
#include "events/words.h"

namespace dragoman {
namespace {

constexpr uint32_t kMaxQuoteBytes = 4000;

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009; }

// Closing marks that may end a quote opened by `open`.
bool Closes(char32_t open, char32_t c) {
  switch (open) {
    case 0x201C: return c == 0x201D;
    case 0x201E: return c == 0x201C || c == 0x201D;
    case 0x00AB: return c == 0x00BB;
    case '"': return c == '"';
    case 0x2018: return c == 0x2019;
    case 0x2039: return c == 0x203A;
    case 0x300C: return c == 0x300D;
    case 0x201D: return c == 0x201D;  // Swedish/Finnish ”…”
  }
  return false;
}

bool IsOpener(char32_t c) {
  return c == 0x201C || c == 0x201E || c == 0x00AB || c == '"' || c == 0x2018 || c == 0x2039 || c == 0x300C;
}

char32_t PrevChar(std::string_view s, size_t pos) {
  if (pos == 0) return 0;
  size_t b = pos - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  size_t i = b;
  return DecodeUtf8(s, i);
}

char32_t NextChar(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  return DecodeUtf8(s, pos);
}

bool LeftContextOpens(std::string_view s, size_t pos) {
  char32_t p = PrevChar(s, pos);
  return p == 0 || IsSpace(p) || p == '(' || p == '[' || p == ':' || p == 0x2014 || p == 0x2013 || p == '-' ||
         p == '/';
}

bool RightContextCloses(std::string_view s, size_t after) {
  char32_t n = NextChar(s, after);
  return n == 0 || !(u_isalnum(static_cast<UChar32>(n)));
}

}  // namespace

std::vector<QuoteSpan> FindQuoteSpans(const std::string& text) {
  std::vector<QuoteSpan> out;
  std::string_view s(text);
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    char32_t c = DecodeUtf8(s, i);
    if (!IsOpener(c)) continue;
    // Straight and single quotes need a word boundary on the left: 5'11" or it's.
    if ((c == '"' || c == 0x2018) && !LeftContextOpens(s, at)) continue;
    size_t j = i;
    size_t close_at = std::string::npos, close_end = 0;
    while (j < s.size() && j - at < kMaxQuoteBytes) {
      // A paragraph break ends the search unless the next paragraph reopens the
      // quote (the convention for quotes over several paragraphs) or the quote
      // is French (« left open over paragraphs).
      if (s[j] == '\n' && j + 1 < s.size() && s[j + 1] == '\n') {
        size_t k = j;
        while (k < s.size() && (s[k] == '\n' || s[k] == ' ')) ++k;
        size_t k2 = k;
        char32_t first = k < s.size() ? DecodeUtf8(s, k2) : 0;
        if (first == c || c == 0x00AB) {
          j = (first == c) ? k2 : k;
          continue;
        }
        break;
      }
      size_t m = j;
      char32_t d = DecodeUtf8(s, j);
      if (Closes(c, d) && (c != '"' && c != 0x2018 ? true : RightContextCloses(s, j))) {
        // ’ is also an apostrophe: only a closer when no letter follows.
        if (c == 0x2018 && !RightContextCloses(s, j)) continue;
        close_at = m;
        close_end = j;
        break;
      }
    }
    if (close_at == std::string::npos) continue;
    QuoteSpan q;
    q.open = static_cast<uint32_t>(at);
    q.close = static_cast<uint32_t>(close_end);
    size_t b = i, e = close_at;
    // Trim spaces (including French non-breaking ones) and a trailing comma.
    while (b < e) {
      size_t k = b;
      if (!IsSpace(DecodeUtf8(s, k))) break;
      b = k;
    }
    while (e > b) {
      size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
      size_t k2 = k;
      char32_t d = DecodeUtf8(s, k2);
      if (IsSpace(d) || d == ',') e = k;
      else break;
    }
    if (e > b) {
      q.inner_start = static_cast<uint32_t>(b);
      q.inner_end = static_cast<uint32_t>(e);
      out.push_back(q);
    }
    i = close_end;
  }
  return out;
}

namespace {

struct FieldView {
  Field field;
  const std::string* text;
  std::vector<Word> words;
  std::vector<SentenceRange> sentences;
};

// True when the text between two words holds punctuation that ends a phrase.
bool BoundaryBetween(const std::string& text, uint32_t a_end, uint32_t b_start) {
  for (uint32_t k = a_end; k < b_start; ++k) {
    char ch = text[k];
    if (ch == '.' && k == a_end) {
      // "M. Blinken", "Mr. Rubio", "Dr. Tedros": a title's full stop, not a sentence's.
      uint32_t w = k;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
      if (k - w >= 1 && k - w <= 3 && std::isupper(static_cast<unsigned char>(text[w]))) continue;
    }
    if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '.' || ch == '!' || ch == '?')
      return true;
    if (static_cast<unsigned char>(ch) >= 0x80) {
      size_t q = k;
      char32_t d = DecodeUtf8(text, q);
      if (d == 0x2014 || d == 0x2013 || d == 0x201C || d == 0x201D || d == 0x00AB || d == 0x00BB) return true;
    }
  }
  return false;
}

// True when a comma separates two words (an apposition or a clause between a
// subject and its verb: "X, the bloc's chief, said").
bool CommaBetween(const std::string& text, uint32_t a_end, uint32_t b_start) {
  for (uint32_t k = a_end; k < b_start; ++k)
    if (text[k] == ',') return true;
  return false;
}

// Determiners that open a descriptive noun phrase ("the minister", "le ministre").
bool IsDeterminer(const std::string& w) {
  static const char* kWords[] = {"the", "a", "an", "le", "la", "les", "l'", "un", "une", "der", "die", "das",
                                 "ein", "eine", "el", "los", "las", "una", "il", "lo", "gli", "uno", "un'"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

bool HasPossessive(const std::string& text, uint32_t start, uint32_t end) {
  std::string_view s(text.data() + start, end - start);
  return s.find("'s ") != std::string_view::npos || s.find("\xE2\x80\x99s ") != std::string_view::npos ||
         s.find("'s") == s.size() - 2 || s.find(" d'") != std::string_view::npos;
}

class Attributor {
 public:
  Attributor(const Article& a, const LanguageLexicon& lex, const Lexicons& all, const KnowledgeBase* kb)
      : a_(a), lex_(lex), all_(all), kb_(kb) {}

  void Run(Field field, std::vector<Quote>& out) {
    FieldView v;
    v.field = field;
    v.text = &a_.FieldText(field);
    if (v.text->empty()) return;
    std::vector<QuoteSpan> spans = FindQuoteSpans(*v.text);
    if (spans.empty()) return;
    v.words = SplitIntoWords(*v.text, 0, static_cast<uint32_t>(v.text->size()));
    v.sentences = SentencesOf(a_, field);
    for (const QuoteSpan& q : spans) out.push_back(Attribute(v, q, out));
  }

 private:
  // Indices [b, e) of words inside [start, end).
  std::pair<size_t, size_t> WordsIn(const FieldView& v, uint32_t start, uint32_t end) const {
    auto lo = std::lower_bound(v.words.begin(), v.words.end(), start,
                               [](const Word& w, uint32_t x) { return w.start < x; });
    auto hi = std::lower_bound(v.words.begin(), v.words.end(), end,
                               [](const Word& w, uint32_t x) { return w.end <= x; });
    size_t b = lo - v.words.begin(), e = hi - v.words.begin();
    return {b, std::max(b, e)};
  }

  SentenceRange SentenceAt(const FieldView& v, uint32_t pos) const {
    for (const auto& s : v.sentences)
      if (s.start <= pos && pos < s.end) return s;
    // Between sentences: the paragraph around pos.
    const std::string& t = *v.text;
    size_t b = t.rfind("\n\n", pos);
    b = b == std::string::npos ? 0 : b + 2;
    size_t e = t.find("\n\n", pos);
    e = e == std::string::npos ? t.size() : e;
    return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  }

  std::vector<std::string> Folded(const FieldView& v, size_t b, size_t e) const {
    std::vector<std::string> out;
    for (size_t k = b; k < e; ++k) out.push_back(v.words[k].folded);
    return out;
  }

  // The speaker noun phrase starting at word b (after an inverted verb).
  std::pair<size_t, size_t> PhraseAfter(const FieldView& v, size_t b, size_t limit) const {
    size_t e = b;
    // "..., ha scritto in una nota": no speaker after the verb.
    if (b < limit && lex_.np_stops.Contains(v.words[b].folded) && !IsDeterminer(v.words[b].folded)) return {b, b};
    while (e < limit && e - b < 8) {
      if (e > b && BoundaryBetween(*v.text, v.words[e - 1].end, v.words[e].start)) break;
      const std::string& w = v.words[e].folded;
      if (e > b && lex_.np_stops.Contains(w)) break;
      ++e;
    }
    return {b, e};
  }

  // The subject phrase that ends at word e (before a verb).
  std::pair<size_t, size_t> PhraseBefore(const FieldView& v, size_t floor, size_t e) const {
    size_t b = e;
    while (b > floor && e - b < 8) {
      if (b < e && BoundaryBetween(*v.text, v.words[b - 1].end, v.words[b].start)) break;
      --b;
    }
    return {b, e};
  }

  // The speaker phrase [b, e): a person, an organization or a description; a
  // definite description of someone the article named before ("the
  // minister", "le chef de l'État", "der CDU-Politiker", "le gouverneur") is
  // that person when exactly one fits it.
  Speaker Resolve(const FieldView& v, size_t b, size_t e, uint32_t quote_start,
                  const std::vector<Quote>& earlier) const {
    Speaker sp = ResolvePhrase(v, b, e, quote_start, earlier);
    if (sp.id.empty() && sp.name.empty() && !sp.description.empty())
      if (const EntityRef* p = DescribedPerson(v, b, e, quote_start, earlier)) {
        sp.id = p->id;
        sp.name = NameOf(p->id, p->name);
        sp.description.clear();
      }
    return sp;
  }

  // Whether `person` fits the description's words: it holds (or, with "former",
  // held) the office they name, through the knowledge base ("le chef de
  // l'État", "la ex primera ministra"); or they are the title written next to
  // one of the person's names earlier ("le gouverneur régional Pavel Malkov"
  // ... "le gouverneur"); or a noun for a public person ("politician",
  // "CDU-Politiker") with a country or party that is the person's.
  bool FitsDescription(const FieldView& v, const std::vector<std::string>& words, bool former,
                       const EntityRef& person, uint32_t before) const {
    const KbEntity* entity = kb_ ? kb_->Get(person.id) : nullptr;
    std::string date = a_.published && a_.published->precision == "day" ? a_.published->date : std::string();
    if (entity) {
      std::string role;
      for (const std::string& w : words) role += (role.empty() ? "" : " ") + w;
      if (std::optional<std::string> office = kb_->RoleToOffice(role, entity->country)) {
        for (const KbOfficeTerm& t : kb_->OfficesOf(person.id)) {
          if (t.office_id != *office) continue;
          bool held = former ? (!t.end.empty() && (date.empty() || t.end <= date))
                             : (date.empty() || ((t.start.empty() || t.start <= date) && (t.end.empty() || date <= t.end)));
          if (held) return true;
        }
        return false;
      }
    }
    if (former) return false;
    // A title written before or inside a mention of the person.
    for (const Mention& m : a_.mentions) {
      if (m.span.field != v.field || m.entity_id != person.id || m.span.end > before) continue;
      auto [mb, me] = WordsIn(v, m.span.start, m.span.end);
      size_t from = mb >= 4 ? mb - 4 : 0;
      for (size_t k = mb; k > from; --k)
        if (BoundaryBetween(*v.text, v.words[k - 1].end, v.words[k].start)) {
          from = k;
          break;
        }
      size_t seen = 0;
      for (const std::string& w : words) {
        bool here = false;
        for (size_t k = from; k < me && !here; ++k) here = v.words[k].folded == w;
        seen += here;
      }
      if (seen == words.size() && me > mb) return true;
    }
    // A noun for a public person with a country or party that fits.
    if (!entity || entity->country.empty()) return false;
    bool noun = false;
    std::string country;
    for (const std::string& w : words) {
      std::string head = w, modifier;
      auto hyphen = w.rfind('-');
      if (hyphen != std::string::npos) {
        head = w.substr(hyphen + 1);
        modifier = w.substr(0, hyphen);
      }
      if (lex_.person_nouns.Contains(head)) {
        noun = true;
        if (modifier.empty()) continue;
      } else {
        modifier = w;
      }
      std::string cc;
      if (auto d = kb_->DemonymCountry(modifier)) cc = *d;
      if (cc.empty())
        for (const KbEntity* o : kb_->Lookup(modifier))
          if (o->type == "ORG" && !o->country.empty() && (o->kind == "party" || o->kind == "gov")) {
            cc = o->country;
            break;
          }
      if (cc.empty()) continue;
      if (!country.empty() && country != cc) return false;
      country = cc;
    }
    return noun && !country.empty() && country == entity->country;
  }

  // The one person named before `before` whom the definite description [b, e)
  // fits (see FitsDescription), or null. When several fit ("le chef de l'État"
  // after Zelensky and Macron), the speaker of the quote just before, if he
  // fits: the description goes on with him; else no one.
  const EntityRef* DescribedPerson(const FieldView& v, size_t b, size_t e, uint32_t before,
                                   const std::vector<Quote>& earlier) const {
    const std::string& first = v.words[b].folded;
    bool elided = first.rfind("l'", 0) == 0 && first.size() > 2;
    if (!IsDeterminer(first) && !elided) return nullptr;
    uint32_t start = v.words[b].start, end = v.words[e - 1].end;
    // A known person or a full name inside names someone: not a bare
    // description (an unknown single word is noise: "chef de l'État").
    for (const Mention& m : a_.mentions)
      if (m.span.field == v.field && m.type == "PER" && !m.via_role && m.span.end > start && m.span.start < end &&
          (m.entity_id.rfind("kb:", 0) == 0 || m.text.find(' ') != std::string::npos))
        return nullptr;
    std::vector<std::string> words;
    bool former = false;
    for (size_t k = b; k < e; ++k) {
      std::string w = v.words[k].folded;
      if (k == b) {
        if (!elided) continue;
        w = w.substr(2);
      }
      if (IsFormerWord(w)) {
        former = true;
        continue;
      }
      words.push_back(w);
    }
    if (words.empty()) return nullptr;
    std::string previous_speaker;
    for (const Quote& q : earlier)
      if (q.span.field == v.field && q.span.end <= before && !q.fragment) previous_speaker = q.speaker.id;
    const EntityRef* found = nullptr;
    const EntityRef* previous = nullptr;
    bool several = false;
    for (const EntityRef& r : a_.entities) {
      // Known people and full names only: an unknown single word ("Staff",
      // "Transports") is a piece of a description, not a person.
      if (r.type != "PER" || (r.id.rfind("kb:", 0) != 0 && r.name.find(' ') == std::string::npos)) continue;
      bool named_before = false;
      for (const Mention& m : a_.mentions)
        named_before = named_before || (m.span.field == v.field && m.entity_id == r.id && m.span.end <= before);
      if (!named_before || !FitsDescription(v, words, former, r, before)) continue;
      if (r.id == previous_speaker) previous = &r;
      several = several || (found && found->id != r.id);
      found = &r;
    }
    if (several) return previous;  // two fit: the previous speaker, or no guess
    return found;
  }

  Speaker ResolvePhrase(const FieldView& v, size_t b, size_t e, uint32_t quote_start,
                        const std::vector<Quote>& earlier) const {
    Speaker sp;
    if (b >= e) return sp;
    uint32_t start = v.words[b].start, end = v.words[e - 1].end;
    if (lex_.pronouns.Contains(v.words[b].folded) && e - b == 1) return PersonBefore(v.field, quote_start, earlier);
    std::string surface = v.text->substr(start, end - start);
    // A linked mention inside the phrase: prefer people, then organizations.
    const Mention* best = nullptr;
    for (const Mention& m : a_.mentions) {
      if (m.span.field != v.field || m.span.end <= start || m.span.start >= end) continue;
      if (m.entity_id.empty()) continue;
      if (!best || (m.type == "PER" && best->type != "PER") ||
          (m.type == best->type && m.span.end - m.span.start > best->span.end - best->span.start))
        best = &m;
    }
    bool former = false;
    for (size_t k = b; k < e; ++k) former = former || IsFormerWord(v.words[k].folded);
    // Possessives describe someone near the name, not the named one:
    // "Séjourné's entourage", "l'entourage d'Emmanuel Macron", "a source close to X".
    bool possessed = false;
    if (best) {
      std::string after = v.text->substr(best->span.end, std::min<size_t>(4, v.text->size() - best->span.end));
      possessed = after.rfind("'s", 0) == 0 || after.rfind("\xE2\x80\x99s", 0) == 0;
      if (best->span.start > start) {
        std::string pre = FoldForMatch(v.text->substr(start, best->span.start - start));
        bool headed = !v.words[b].capitalized || IsDeterminer(v.words[b].folded);
        for (const char* of : {" of ", " de ", " d'", " du ", " des ", " von ", " des ", " del ", " di ", " della ",
                               " to ", " proche ", " cercano "})
          if (headed && (" " + pre).size() >= std::strlen(of) &&
              (" " + pre).compare((" " + pre).size() - std::strlen(of), std::strlen(of), of) == 0)
            possessed = true;
      }
    } else if (HasPossessive(*v.text, start, end + 1)) {
      possessed = true;
    }
    if (possessed) {
      sp.description = surface;
      return sp;
    }
    // An indefinite noun phrase never names a known person ("a UNESCO
    // diplomat", "un diplomate européen", "una fuente"), and an organization
    // or place that modifies a head after it is not the speaker ("a UNESCO
    // diplomat", "Ukrainian intelligence source").
    static const char* kIndefinite[] = {"a", "an", "one", "un", "une", "ein", "eine", "einer", "uno", "una", "un'",
                                        "unos", "unas", "des", "certains", "several", "some"};
    bool indefinite = false;
    for (const char* d : kIndefinite) indefinite = indefinite || v.words[b].folded == d;
    bool modifier = best && best->type != "PER" && !best->via_role && best->span.end < end;
    // An organization's leaders or members speaking together ("NATO leaders
    // declared", "les dirigeants des pays de l'OTAN"): the organization.
    if (best && best->type == "ORG" && !indefinite && best->entity_id.rfind("kb:", 0) == 0) {
      static const char* kCollective[] = {"leaders", "officials", "members", "allies", "ministers", "governments",
                                          "dirigeants", "responsables", "membres", "allies", "ministres",
                                          "verbundeten", "mitglieder", "lideres", "dirigentes", "miembros",
                                          "aliados", "alleati", "membri", "ministri", "staats-"};
      bool collective = false;
      for (size_t k = b; k < e && !collective; ++k)
        for (const char* c : kCollective) collective = collective || v.words[k].folded == c;
      if (collective) {
        sp.id = best->entity_id;
        sp.name = NameOf(best->entity_id, best->text);
        return sp;
      }
    }
    if (best && (indefinite || modifier) && !(best->type == "PER" && !indefinite)) {
      sp.description = surface;
      return sp;
    }
    if (best && (best->type == "PER" || best->type == "ORG" || best->metonym || best->via_role)) {
      // A role that names a past holder ("the former prime minister") is not
      // the office's current holder the role resolution may have picked.
      if (best->via_role && former) {
        sp.description = surface;
        return sp;
      }
      // A title glued to a name the recognizer did not split ("ECB President
      // Christine Lagarde" as one new entity): the person the article names
      // elsewhere with that surname.
      if (best->entity_id.rfind("kb:", 0) != 0) {
        // An unknown entity that covers part of a short capitalised name
        // ("Tony Estanguet" with only "Estanguet" recognised): the name as written.
        bool all_caps = e - b <= 3;
        for (size_t k = b; k < e; ++k) all_caps = all_caps && v.words[k].capitalized;
        if (all_caps && best->type != "PER" && best->span.end - best->span.start < end - start &&
            !IsDeterminer(v.words[b].folded)) {
          sp.name = surface;
          return sp;
        }
        if (const EntityRef* p = PersonBySurname(v.words[e - 1].folded)) {
          sp.id = p->id;
          sp.name = p->name;
          return sp;
        }
        if (const KbEntity* p = PersonNamedAtEnd(v, b, e)) {
          sp.id = p->id;
          sp.name = p->name;
          return sp;
        }
        // An unknown "name" inside a description ("le ministre des Transports",
        // "le chef de l'État"): the description, not a made-up person.
        if (IsDeterminer(v.words[b].folded)) {
          sp.description = surface;
          return sp;
        }
      }
      sp.id = best->entity_id;
      sp.name = NameOf(best->entity_id, best->text);
      return sp;
    }
    // A bare surname or titled surname ("M. Blinken") of a person the article
    // names elsewhere.
    if (v.words[e - 1].capitalized)
      if (const EntityRef* p = PersonBySurname(v.words[e - 1].folded)) {
        sp.id = p->id;
        sp.name = p->name;
        return sp;
      }
    // A bare name (no entity layer yet) is still a name; anything else describes.
    bool all_caps_words = true;
    for (size_t k = b; k < e; ++k) all_caps_words = all_caps_words && v.words[k].capitalized;
    if (all_caps_words && e - b <= 3) {
      auto agency = all_.agencies().find(FoldForMatch(surface));
      sp.name = agency != all_.agencies().end() ? agency->second : surface;
    } else {
      sp.description = surface;
    }
    return sp;
  }

  // A person of the knowledge base whose full name (two to five words) ends
  // the phrase [b, e): the name after a title the recognizer kept with it.
  const KbEntity* PersonNamedAtEnd(const FieldView& v, size_t b, size_t e) const {
    if (!kb_) return nullptr;
    for (size_t n = std::min<size_t>(5, e - b); n >= 2; --n) {
      std::string alias;
      for (size_t k = e - n; k < e; ++k) alias += (k > e - n ? " " : "") + v.words[k].folded;
      for (const KbEntity* c : kb_->Lookup(alias))
        if (c->kind == "person") return c;
    }
    return nullptr;
  }

  // The linked person of the article whose name ends with this folded word.
  const EntityRef* PersonBySurname(const std::string& folded) const {
    if (folded.size() < 3) return nullptr;
    const EntityRef* found = nullptr;
    for (const EntityRef& r : a_.entities) {
      if (r.type != "PER" || r.id.rfind("kb:", 0) != 0) continue;
      std::string name = FoldForMatch(r.name);
      auto sp = name.rfind(' ');
      std::string last = sp == std::string::npos ? name : name.substr(sp + 1);
      if (last != folded) continue;
      if (found && found->id != r.id) return nullptr;  // two people share it: no guess
      found = &r;
    }
    return found;
  }

  std::string NameOf(const std::string& id, const std::string& fallback) const {
    for (const auto& e : a_.entities)
      if (e.id == id) return e.id.rfind("new:PER", 0) == 0 ? TrimTitle(e.name) : e.name;
    return fallback;
  }

  // A person the knowledge base does not know, with a title glued on by the
  // recognizer ("Consiglio Giorgia Meloni", "CDU-Chef Friedrich Merz"): the
  // name is the last word, the lower-case particles before it (von, der, da)
  // and one given name.
  static std::string TrimTitle(const std::string& name) {
    std::vector<std::string> parts;
    std::string cur;
    for (char ch : name) {
      if (ch == ' ') {
        if (!cur.empty()) parts.push_back(cur);
        cur.clear();
      } else {
        cur += ch;
      }
    }
    if (!cur.empty()) parts.push_back(cur);
    if (parts.size() < 3) return name;
    size_t k = parts.size() - 1;
    while (k > 0 && std::islower(static_cast<unsigned char>(parts[k - 1][0]))) --k;
    if (k > 0) --k;
    std::string out;
    for (size_t j = k; j < parts.size(); ++j) out += (j > k ? " " : "") + parts[j];
    return out;
  }

  // The last person named before `pos` in this field (or the last quote's speaker).
  Speaker PersonBefore(Field field, uint32_t pos, const std::vector<Quote>& earlier) const {
    Speaker sp;
    const Mention* last = nullptr;
    for (const Mention& m : a_.mentions)
      if (m.span.field == field && m.type == "PER" && m.span.end <= pos && !m.entity_id.empty() &&
          (!last || m.span.start > last->span.start))
        last = &m;
    const Quote* last_quote = nullptr;
    for (const Quote& q : earlier)
      if (q.span.field == field && q.span.end <= pos && (!q.speaker.id.empty() || !q.speaker.name.empty()))
        last_quote = &q;
    if (last_quote && (!last || last_quote->span.start > last->span.start)) return last_quote->speaker;
    // The person the text was about: the first person (the subject, most
    // often) of the sentence that named someone last, not whoever came last
    // ("Blinken ... s'entretenir avec son homologue Kouleba. ... il a affirmé").
    if (last) {
      for (const SentenceRange& s : SentencesOf(a_, field)) {
        if (last->span.start < s.start || last->span.start >= s.end) continue;
        for (const Mention& m : a_.mentions)
          if (m.span.field == field && m.type == "PER" && !m.entity_id.empty() && m.span.start >= s.start &&
              m.span.start < last->span.start) {
            last = &m;
            break;
          }
        break;
      }
    }
    if (last) {
      sp.id = last->entity_id;
      sp.name = NameOf(last->entity_id, last->text);
    }
    return sp;
  }

  std::string ViaIn(const FieldView& v, const SentenceRange& s, const QuoteSpan& q) const {
    auto [b, e] = WordsIn(v, s.start, s.end);
    for (size_t k = b; k < e; ++k) {
      if (v.words[k].start >= q.open && v.words[k].end <= q.close) continue;
      // Agency names, possibly with an elided article (l'AFP).
      for (size_t len = std::min<size_t>(3, e - k); len >= 1; --len) {
        std::string name;
        for (size_t t = k; t < k + len; ++t) name += (t > k ? " " : "") + v.words[t].folded;
        if (name.rfind("l'", 0) == 0) name = name.substr(2);
        auto it = all_.agencies().find(name);
        if (it == all_.agencies().end()) continue;
        // A cue word just before: to, told, par, selon, according, gegenüber, laut, según, a.
        if (k == b) break;
        static const char* kCues[] = {"to", "told", "par", "selon", "according", "gegenuber", "laut",
                                      "segun", "a", "by", "de", "a la", "agencia", "agence", "told", "via"};
        for (size_t back = 1; back <= 2 && k >= b + back; ++back) {
          const std::string& cue = v.words[k - back].folded;
          for (const char* c : kCues)
            if (cue == c) return it->second;
        }
        if (v.words[k].folded.rfind("l'", 0) == 0) return it->second;
        break;
      }
    }
    return {};
  }

  // The subject phrase [nb, ne) of a reporting verb, looking past appositions
  // and clauses set off by commas ("Josep Borrell, the EU's foreign policy
  // chief, said"; "Stoltenberg, attending his last summit before Mark Rutte
  // takes over, said"; "Rubio, por su parte, dijo"): when the phrase next to
  // the verb names no one, or is a clause (starts lower case, no determiner),
  // the chunk before the comma is tried, twice at most.
  Speaker Subject(const FieldView& v, size_t floor, size_t nb, size_t ne, uint32_t quote_start,
                  const std::vector<Quote>& earlier) const {
    Speaker sp = Resolve(v, nb, ne, quote_start, earlier);
    // A person named right before the verb is its subject ("..., and Mr Trump
    // told him"): no looking further back.
    bool subject_at_verb = false;
    for (const Mention& m : a_.mentions)
      subject_at_verb = subject_at_verb || (m.span.field == v.field && m.type == "PER" && m.entity_id == sp.id &&
                                            m.span.end == v.words[ne - 1].end);
    if (!sp.id.empty() && subject_at_verb) return sp;
    // The phrase may have been cut at its length limit inside a long clause:
    // start from the clause's first word.
    size_t cur = nb;
    while (cur > floor && !CommaBetween(*v.text, v.words[cur - 1].end, v.words[cur].start) &&
           !BoundaryBetween(*v.text, v.words[cur - 1].end, v.words[cur].start))
      --cur;
    for (int hop = 0; hop < 2 && cur > floor; ++hop) {
      if (!CommaBetween(*v.text, v.words[cur - 1].end, v.words[cur].start)) break;
      bool clause = !v.words[cur].capitalized && !IsDeterminer(v.words[cur].folded);
      if (!sp.id.empty() && !clause) break;
      auto [pb, pe] = PhraseBefore(v, floor, cur);
      if (pe <= pb) break;
      Speaker prev = Resolve(v, pb, pe, quote_start, earlier);
      if (!prev.id.empty()) return prev;
      if (clause && sp.id.empty() && !prev.description.empty()) sp = prev;
      cur = pb;
    }
    return sp;
  }

  Quote Attribute(const FieldView& v, const QuoteSpan& q, const std::vector<Quote>& earlier) const {
    Quote out;
    out.span = {v.field, q.inner_start, q.inner_end};
    out.text = v.text->substr(q.inner_start, q.inner_end - q.inner_start);
    SentenceRange s_open = SentenceAt(v, q.open), s_close = SentenceAt(v, q.close > 0 ? q.close - 1 : 0);
    auto [bb, be] = WordsIn(v, s_open.start, q.open);          // words before the quote
    auto [ab, ae] = WordsIn(v, q.close, std::max(q.close, s_close.end));  // words after
    auto [ib, ie] = WordsIn(v, q.inner_start, q.inner_end);
    size_t inner_words = ie - ib;
    bool standalone = (be - bb) <= 1 && (ae - ab) == 0;
    out.fragment = inner_words <= 5 && !standalone && !((be - bb) == 0 && ae - ab <= 4);
    std::vector<std::string> after = Folded(v, ab, ae), before = Folded(v, bb, be);

    // Which words are reporting verbs, and how long.
    auto verb_at = [&](const std::vector<std::string>& ws, size_t k) { return lex_.reporting_verbs.MatchAt(ws, k); };

    // A. Inverted: “…,” warns X  /  « … », a déclaré X.
    if (!after.empty()) {
      size_t len = verb_at(after, 0);
      if (len == 0 && after.size() > 1 && !BoundaryBetween(*v.text, q.close, v.words[ab].start)) len = 0;
      if (len > 0) {
        bool pronoun_inside = false;
        for (size_t k = 0; k < len; ++k)
          pronoun_inside = pronoun_inside || after[k].find("-t-") != std::string::npos;
        if (pronoun_inside) {
          out.speaker = PersonBefore(v.field, q.open, earlier);
        } else {
          auto [nb, ne] = PhraseAfter(v, ab + len, ae);
          // No phrase after the verb ("..., ha scritto in una nota"): the
          // person the text is about, from this or the previous sentence.
          out.speaker = ne > nb ? Resolve(v, nb, ne, q.open, earlier) : PersonBefore(v.field, q.open, earlier);
        }
        out.via = ViaIn(v, s_close, q);
        return Finish(out);
      }
      // B. Subject then verb: “…,” Blinken told reporters. Not for a fragment
      // inside a sentence ("an 'irreversible' path ... and promised"): the
      // words after it continue the sentence, they do not attribute it.
      // An apposition may sit between the name and the verb ("…," Tony
      // Estanguet, the head of the organising committee, told the crowd).
      size_t apposition_end = 0;
      for (size_t k = 1; k < std::min<size_t>(after.size(), 14) && !(out.fragment && be > bb); ++k) {
        bool comma = CommaBetween(*v.text, v.words[ab + k - 1].end, v.words[ab + k].start);
        if (BoundaryBetween(*v.text, v.words[ab + k - 1].end, v.words[ab + k].start) && !comma) break;
        if (comma && apposition_end == 0) apposition_end = k;
        if (k >= 8 && apposition_end == 0) break;
        if (verb_at(after, k) > 0) {
          // With an apposition, the name before it speaks, else the phrase does.
          Speaker named = apposition_end ? Resolve(v, ab, ab + apposition_end, q.open, earlier) : Speaker{};
          out.speaker = !named.id.empty() || !named.name.empty() ? named : Subject(v, ab, ab, ab + k, q.open, earlier);
          out.via = ViaIn(v, s_close, q);
          return Finish(out);
        }
      }
    }
    // C. A marker before: according to X, “…” / selon X, « … ».
    for (size_t k = 0; k < before.size(); ++k) {
      size_t len = lex_.attribution_markers.MatchAt(before, k);
      if (len == 0) continue;
      auto [nb, ne] = PhraseAfter(v, bb + k + len, be);
      // "Nach Angaben des Kremls sagte Putin, ...": the marker names the
      // channel; a reporting verb after it says who spoke.
      bool verb_follows = false;
      for (size_t j = nb - bb; j < before.size() && !verb_follows; ++j) verb_follows = verb_at(before, j) > 0;
      if (verb_follows) continue;
      if (ne > nb) {
        out.speaker = Resolve(v, nb, ne, q.open, earlier);
        if (out.speaker.name.size() && all_.agencies().count(FoldForMatch(out.speaker.name))) {
          // "selon AP": the agency is the source of the words.
        }
        out.via = ViaIn(v, s_open, q);
        return Finish(out);
      }
    }
    // D. Subject and verb before the quote: X said: “…” / X a déclaré que « … ».
    for (size_t k = before.size(); k-- > 0;) {
      size_t len = verb_at(before, k);
      if (len == 0) continue;
      // A longer phrase may start a word or two earlier ("a déclaré", "a-t-il dit").
      for (size_t j = k >= 2 ? k - 2 : 0; j < k; ++j) {
        size_t l = verb_at(before, j);
        if (l > 0 && j + l > k) {
          len = l;
          k = j;
          break;
        }
      }
      auto [nb, ne] = PhraseBefore(v, bb, bb + k);
      // A verb-second clause opened by a marker ("Nach Angaben des Kremls
      // sagte Putin"): the subject follows the verb.
      bool opened_by_marker = ne > nb && lex_.attribution_markers.MatchAt(before, nb - bb) > 0;
      if (ne > nb && !opened_by_marker) {
        out.speaker = Subject(v, bb, nb, ne, q.open, earlier);
        out.via = ViaIn(v, s_open, q);
        return Finish(out);
      }
      // "said X:" inverted before the quote.
      auto [pb, pe] = PhraseAfter(v, bb + k + len, be);
      if (pe > pb) {
        out.speaker = Resolve(v, pb, pe, q.open, earlier);
        out.via = ViaIn(v, s_open, q);
        return Finish(out);
      }
    }
    // E. A quote standing alone: the speaker of the quote or the person just before.
    if (standalone || (be - bb) + (ae - ab) <= 3) {
      out.speaker = PersonBefore(v.field, q.open, earlier);
      out.via = ViaIn(v, s_open, q);
      return Finish(out);
    }
    // F. No reporting verb: the sentence's subject, when it is a person named
    // before the quote ("Merz stellte sich hinter Kiew: „…“", "Zelensky a
    // dénoncé une attaque « … »"): the first person in the sentence.
    for (const Mention& m : a_.mentions)
      if (m.span.field == v.field && m.type == "PER" && !m.entity_id.empty() && m.span.start >= s_open.start &&
          m.span.end <= q.open) {
        auto [mb, me] = WordsIn(v, m.span.start, m.span.end);
        if (mb > bb && lex_.np_stops.Contains(v.words[mb - 1].folded)) continue;  // "with X", "à X"
        out.speaker.id = m.entity_id;
        out.speaker.name = NameOf(m.entity_id, m.text);
        out.via = ViaIn(v, s_open, q);
        break;
      }
    return Finish(out);
  }

  static Quote Finish(Quote q) { return q; }

  const Article& a_;
  const LanguageLexicon& lex_;
  const Lexicons& all_;
  const KnowledgeBase* kb_;  // may be null
};

}  // namespace

Status QuoteStage::Process(Article& article) {
  article.quotes.clear();
  const LanguageLexicon& lex = lex_->For(article.language);
  Attributor attributor(article, lex, *lex_, kb_.get());
  std::vector<Quote> quotes;
  attributor.Run(Field::kTitle, quotes);
  attributor.Run(Field::kText, quotes);
  article.quotes = std::move(quotes);
  return Status::OK();
}

Result<std::unique_ptr<Stage>> MakeQuoteStage(std::shared_ptr<const KnowledgeBase> kb) {
  auto lex = Lexicons::Shared();
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Stage>(new QuoteStage(*lex, std::move(kb)));
}

}  // namespace dragoman
