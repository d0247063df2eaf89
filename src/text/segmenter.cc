#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <unordered_set>

#include "dragoman/utf8.h"

namespace dragoman {
namespace {

// Abbreviations that keep their period, per language (lower case, no period).
// Titles never end a sentence; the others do not when a digit or a lower-case
// word follows.
struct AbbrevTable {
  const char* lang;
  const char* titles;  // space-separated
  const char* others;
};
constexpr AbbrevTable kAbbrevs[] = {
    {"en", "mr mrs ms messrs dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres maj cpl pvt supt insp det",
     "mt ft jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co no nos vs etc approx dept est vol fig univ "
     "assn bros ave blvd rd p pp ca cf al e.g i.e u.s u.k u.n a.m p.m"},
    {"fr", "m mm mme mmes mlle mlles mgr dr pr me st ste gén gal col cdt cne lt sgt",
     "janv fév févr fevr avr juil sept oct nov déc dec etc cf av bd boul av.-j.-c apr. p ex env vol no n°"},
    {"de", "hr hrn fr dr prof st sr jr gen",
     "nr bzw usw ca vgl jan feb märz mär apr jun jul aug sept sep okt nov dez z.b d.h u.a s.o str"},
    {"es", "sr sra srta sres dr dra d dña ud uds gral gen sto sta",
     "ene feb mar abr jun jul ago sep sept oct nov dic etc pág núm av avda"},
    {"it", "sig sigg dott dr prof on avv ing gen", "gen feb mar apr mag giu lug ago set ott nov dic ecc"},
    {"pt", "sr sra dr dra prof", "jan fev mar abr mai jun jul ago set out nov dez etc"},
    {"nl", "dhr mevr dr prof mr drs ir", "jan feb mrt apr jun jul aug sep okt nov dec enz bijv"},
};

// Words after which an apostrophe marks an elision ("l'OTAN", "qu'il").
constexpr const char* kElisionsFr = "l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu";
constexpr const char* kElisionsIt = "l d un dell all dall nell sull quell bell sant c nessun";

void AddWords(const char* list, std::unordered_set<std::string>* out) {
  std::string w;
  for (const char* p = list;; ++p) {
    if (*p == ' ' || *p == '\0') {
      if (!w.empty()) {
        if (w.back() == '.') w.pop_back();
        out->insert(w);
      }
      w.clear();
      if (*p == '\0') break;
    } else {
      w += *p;
    }
  }
}

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Character classes the scanner needs.
enum class Cls { kSpace, kWord, kDigit, kApos, kHyphen, kPeriod, kComma, kOther };

Cls Classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= '0' && cp <= '9') return Cls::kDigit;
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return Cls::kWord;
    switch (cp) {
      case ' ': case '\t': case '\n': case '\r': case '\f': case '\v': return Cls::kSpace;
      case '\'': return Cls::kApos;
      case '-': return Cls::kHyphen;
      case '.': return Cls::kPeriod;
      case ',': return Cls::kComma;
      default: return Cls::kOther;
    }
  }
  if (cp == 0x2019 || cp == 0x02BC) return Cls::kApos;  // ’ and modifier apostrophe
  if (cp == 0x2010 || cp == 0x2011) return Cls::kHyphen;
  if (u_isUWhiteSpace(cp) || cp == 0x00A0 || cp == 0x202F || cp == 0x200B) return Cls::kSpace;
  if (u_isdigit(cp)) return Cls::kDigit;
  if (u_isalpha(cp)) return Cls::kWord;
  int8_t t = u_charType(cp);
  if (t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK) return Cls::kWord;
  return Cls::kOther;
}

struct Cp {
  char32_t cp;
  uint32_t start, end;
  Cls cls;
};

std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return r;
}

bool IsClosingQuote(char32_t cp) { return cp == 0x00BB || cp == 0x201D || cp == 0x2019 || cp == '"' || cp == 0x203A; }

}  // namespace

struct Segmenter::Impl {
  std::unordered_set<std::string> titles, others, elisions;
  bool english_clitics = false;
  std::unique_ptr<icu::BreakIterator> sentence_iter;
};

Segmenter::Segmenter(std::string language) : language_(std::move(language)), impl_(std::make_unique<Impl>()) {
  const AbbrevTable* table = &kAbbrevs[0];
  for (const auto& t : kAbbrevs) {
    if (language_ == t.lang) table = &t;
  }
  AddWords(table->titles, &impl_->titles);
  AddWords(table->others, &impl_->others);
  if (language_ == "fr") AddWords(kElisionsFr, &impl_->elisions);
  if (language_ == "it") AddWords(kElisionsIt, &impl_->elisions);
  impl_->english_clitics = language_ == "en";
  UErrorCode status = U_ZERO_ERROR;
  std::string locale = (language_.empty() || language_ == "und" ? std::string("en") : language_) + "@ss=standard";
  impl_->sentence_iter.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    impl_->sentence_iter.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
}

Segmenter::~Segmenter() = default;

bool Segmenter::IsAbbreviation(std::string_view word) const {
  std::string w = FoldForMatch(word);
  return impl_->titles.count(w) || impl_->others.count(w);
}

void Segmenter::Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<TokenSpan>* out) const {
  // Decode once into classified code points.
  std::vector<Cp> cps;
  cps.reserve(end - begin);
  for (size_t i = begin; i < end;) {
    size_t s = i;
    unsigned char c = static_cast<unsigned char>(text[i]);
    char32_t cp = c < 0x80 ? (++i, c) : DecodeUtf8(text, i);
    cps.push_back({cp, static_cast<uint32_t>(s), static_cast<uint32_t>(i), Classify(cp)});
  }
  const size_t n = cps.size();
  auto is_alnum = [&](size_t k) { return k < n && (cps[k].cls == Cls::kWord || cps[k].cls == Cls::kDigit); };
  auto is_letter = [&](size_t k) { return k < n && cps[k].cls == Cls::kWord; };
  auto lower_of = [&](size_t a, size_t b) { return AsciiLower(text.substr(cps[a].start, cps[b - 1].end - cps[a].start)); };

  size_t i = 0;
  while (i < n) {
    Cls cls = cps[i].cls;
    if (cls == Cls::kSpace) { ++i; continue; }
    if (cls == Cls::kWord || cls == Cls::kDigit) {
      size_t a = i;
      size_t seg_start = i;  // start of the current dot-free segment (for U.S.)
      bool all_digits = true;
      bool dotted = false;
      for (;;) {
        while (is_alnum(i)) {
          if (cps[i].cls != Cls::kDigit) all_digits = false;
          ++i;
        }
        if (i >= n) break;
        Cls c = cps[i].cls;
        if (c == Cls::kHyphen && is_alnum(i + 1)) { ++i; seg_start = i; continue; }
        if ((c == Cls::kComma || c == Cls::kPeriod) && all_digits && i > a && i + 1 < n && cps[i + 1].cls == Cls::kDigit) {
          ++i;  // 1,000 and 2.5
          continue;
        }
        // U.S. / e.g.: one letter, a period, one letter.
        if (c == Cls::kPeriod && i - seg_start == 1 && is_letter(i - 1) && is_letter(i + 1) &&
            (i + 2 >= n || cps[i + 2].cls == Cls::kPeriod)) {
          ++i;
          seg_start = i;
          dotted = true;
          continue;
        }
        if (c == Cls::kApos && is_letter(i + 1)) {
          // French elision: emit "l'" and go on with the next word.
          if (!impl_->elisions.empty() && !all_digits) {
            std::string w = FoldForMatch(text.substr(cps[a].start, cps[i - 1].end - cps[a].start));
            if (impl_->elisions.count(w)) {
              out->push_back({cps[a].start, cps[i].end});
              ++i;
              a = i;
              seg_start = i;
              all_digits = true;
              continue;
            }
          }
          if (impl_->english_clitics) {
            // Ukraine's / don't / they're: split before the apostrophe.
            size_t k = i + 1;
            while (is_letter(k)) ++k;
            std::string tail = lower_of(i + 1, k);
            if (tail == "s" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d" || tail == "m") {
              out->push_back({cps[a].start, cps[i - 1].end});
              out->push_back({cps[i].start, cps[k - 1].end});
              i = k;
              a = n;  // nothing left to emit for this word
              break;
            }
            if (tail == "t" && i > a && (cps[i - 1].cp == 'n' || cps[i - 1].cp == 'N') && i - 1 > a) {
              out->push_back({cps[a].start, cps[i - 2].end});
              out->push_back({cps[i - 1].start, cps[k - 1].end});
              i = k;
              a = n;
              break;
            }
          }
          ++i;  // O'Brien, D'Artagnan
          continue;
        }
        break;
      }
      if (a >= n) continue;
      // A trailing period stays with initials, dotted words and abbreviations.
      uint32_t tok_end = cps[i - 1].end;
      if (i < n && cps[i].cls == Cls::kPeriod && !(i + 1 < n && cps[i + 1].cls == Cls::kPeriod)) {
        bool keep = dotted;
        if (!keep && i - a == 1 && is_letter(a) && u_isupper(cps[a].cp)) keep = true;  // initial "J."
        if (!keep && !all_digits) {
          std::string w = FoldForMatch(text.substr(cps[a].start, tok_end - cps[a].start));
          keep = impl_->titles.count(w) || impl_->others.count(w);
        }
        if (keep) {
          tok_end = cps[i].end;
          ++i;
        }
      }
      out->push_back({cps[a].start, tok_end});
      continue;
    }
    // English possessive of a plural ("allies'") and other lone apostrophes.
    if (cls == Cls::kPeriod) {
      size_t a = i;
      while (i < n && cps[i].cls == Cls::kPeriod) ++i;  // "..." is one token
      out->push_back({cps[a].start, cps[i - 1].end});
      continue;
    }
    if (cls == Cls::kHyphen && i + 1 < n && cps[i + 1].cls == Cls::kHyphen) {
      size_t a = i;
      while (i < n && cps[i].cls == Cls::kHyphen) ++i;
      out->push_back({cps[a].start, cps[i - 1].end});
      continue;
    }
    out->push_back({cps[i].start, cps[i].end});
    ++i;
  }
}

std::vector<TokenSpan> Segmenter::Sentences(std::string_view text) const {
  std::vector<TokenSpan> raw;
  if (text.empty()) return raw;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::BreakIterator> it(impl_->sentence_iter->clone());
  if (U_FAILURE(status) || !it) {
    if (ut) utext_close(ut);
    raw.push_back({0, static_cast<uint32_t>(text.size())});
  } else {
    it->setText(ut, status);
    int32_t prev = it->first();
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      raw.push_back({static_cast<uint32_t>(prev), static_cast<uint32_t>(b)});
      prev = b;
    }
    utext_close(ut);
  }
  auto is_space = [&](uint32_t pos, uint32_t* next) {
    size_t i = pos;
    char32_t cp = DecodeUtf8(text, i);
    *next = static_cast<uint32_t>(i);
    return Classify(cp) == Cls::kSpace;
  };
  // Fix-ups on raw ICU ranges: move leading closing quotes back, merge after
  // titles, initials and abbreviations.
  std::vector<TokenSpan> merged;
  for (size_t k = 0; k < raw.size(); ++k) {
    TokenSpan s = raw[k];
    if (!merged.empty()) {
      // Leading closing quote: belongs to the previous sentence.
      uint32_t p = s.start;
      while (p < s.end) {
        uint32_t nx;
        if (is_space(p, &nx)) { p = nx; continue; }
        size_t q = p;
        char32_t cp = DecodeUtf8(text, q);
        if (IsClosingQuote(cp) && cp != '"' && cp != 0x2019) {
          merged.back().end = static_cast<uint32_t>(q);
          s.start = static_cast<uint32_t>(q);
          p = s.start;
          continue;
        }
        break;
      }
      // Previous sentence ends with an abbreviation that does not end sentences.
      std::string_view prev = text.substr(merged.back().start, merged.back().end - merged.back().start);
      size_t e = prev.size();
      while (e > 0 && (prev[e - 1] == ' ' || prev[e - 1] == '\t')) --e;
      bool newline_between = prev.find('\n', e) != std::string_view::npos;
      if (!newline_between && e > 0 && prev[e - 1] == '.') {
        size_t w = e - 1;
        while (w > 0 && (IsAsciiAlnum(static_cast<unsigned char>(prev[w - 1])) || static_cast<unsigned char>(prev[w - 1]) >= 0x80 || prev[w - 1] == '.'))
          --w;
        std::string_view word = prev.substr(w, e - 1 - w);
        // The next visible character.
        char32_t next_cp = 0;
        for (size_t q = s.start; q < s.end;) {
          size_t before = q;
          char32_t cp = DecodeUtf8(text, q);
          if (Classify(cp) != Cls::kSpace) { next_cp = cp; (void)before; break; }
        }
        std::string fw = FoldForMatch(word);
        bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
        bool title = impl_->titles.count(fw) > 0;
        bool other = impl_->others.count(fw) > 0 || fw.find('.') != std::string::npos;
        bool next_small = next_cp != 0 && (u_isdigit(next_cp) || u_islower(next_cp) || next_cp == '(' || next_cp == ',');
        if (!word.empty() && (title || initial || (other && next_small))) {
          merged.back().end = s.end;
          continue;
        }
      }
    }
    merged.push_back(s);
  }
  // Trim white space and drop empty ranges.
  std::vector<TokenSpan> out;
  out.reserve(merged.size());
  for (TokenSpan s : merged) {
    while (s.start < s.end) {
      uint32_t nx;
      if (!is_space(s.start, &nx)) break;
      s.start = nx;
    }
    while (s.end > s.start) {
      // Step back one code point.
      uint32_t b = s.end - 1;
      while (b > s.start && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
      uint32_t nx;
      if (!is_space(b, &nx)) break;
      s.end = b;
    }
    if (s.start < s.end) out.push_back(s);
  }
  return out;
}

void Segmenter::Segment(std::string_view text, Field field, std::vector<Sentence>* sentences,
                        std::vector<Token>* tokens) const {
  std::vector<TokenSpan> toks;
  for (const TokenSpan& s : Sentences(text)) {
    sentences->push_back({s.start, s.end, field});
    toks.clear();
    Tokenize(text, s.start, s.end, &toks);
    for (const auto& t : toks) tokens->push_back({t.start, t.end, field});
  }
}

SegmentStage::SegmentStage() = default;
SegmentStage::~SegmentStage() = default;

const Segmenter& SegmentStage::ForLanguage(const std::string& language) {
  for (const auto& s : segmenters_) {
    if (s->language() == language) return *s;
  }
  segmenters_.push_back(std::make_unique<Segmenter>(language));
  return *segmenters_.back();
}

Status SegmentStage::Process(Article& article) {
  const Segmenter& seg = ForLanguage(article.language);
  article.sentences.clear();
  article.tokens.clear();
  if (article.title) seg.Segment(*article.title, Field::kTitle, &article.sentences, &article.tokens);
  seg.Segment(article.text, Field::kText, &article.sentences, &article.tokens);
  return Status::OK();
}

}  // namespace dragoman
