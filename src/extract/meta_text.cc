// Metadata from scraped plain text (FillTextMetadata, declared in metadata.h):
// the headline line, outlet markers and datelines, "originally published on"
// and "Source :" lines, bylines, and publication dates from explicit date
// lines, ids that embed a date and source URLs. Reads `doc.bytes` directly so
// it works whatever the body extractor kept or cut.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/utf8.h"
#include "extract/dates.h"
#include "extract/meta_util.h"
#include "extract/metadata.h"
#include "extract/text_body.h"

namespace dragoman {
namespace {

using meta::Collapse;

std::vector<std::string> NonEmptyLines(std::string_view s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    std::string line = Collapse(s.substr(pos, nl - pos));
    if (!line.empty()) out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

bool StartsWithFolded(const std::string& folded, std::string_view prefix) {
  return folded.size() >= prefix.size() && folded.compare(0, prefix.size(), prefix) == 0;
}

// FoldForMatch(lines.text[i]): the fold the classifier made when it is known,
// else made in `scratch`.
const std::string& FoldOf(const extract::SourceLines& lines, size_t i, std::string& scratch) {
  if (lines.folded[i]) return lines.fold[i];
  scratch = FoldForMatch(lines.text[i]);
  return scratch;
}

// Words that open a breadcrumb trail.
const char* const kHomeWords[] = {"home", "accueil", "startseite", "start", "inicio", "portada", "home page",
                                  "pagina inicial", "inizio", "strona glowna", "главная", "anasayfa"};

// Length of the home word that `line` starts with (folded), 0 when none.
size_t HomePrefix(const std::string& line, const std::string* fold = nullptr) {
  std::string scratch;
  if (!fold) scratch = FoldForMatch(line);
  const std::string& f = fold ? *fold : scratch;
  for (const char* h : kHomeWords) {
    size_t n = std::strlen(h);
    if (StartsWithFolded(f, h) && f.size() > n && (f[n] == ' ' || f[n] == '>' || f[n] == '/')) {
      // Map the folded length back onto the original: home words are ASCII
      // or keep their byte length through folding in the cases listed.
      return std::min(n, line.size());
    }
  }
  return 0;
}

std::string StripEllipsis(std::string s) {
  for (const char* e : {"...", "\xE2\x80\xA6"}) {
    size_t n = std::strlen(e);
    if (s.size() >= n && s.compare(s.size() - n, n, e) == 0) s.erase(s.size() - n);
  }
  return Collapse(s);
}

// Words of a folded string.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> w;
  size_t p = 0;
  while (p < s.size()) {
    size_t e = s.find(' ', p);
    if (e == std::string::npos) e = s.size();
    if (e > p) w.push_back(s.substr(p, e - p));
    p = e + 1;
  }
  return w;
}

struct Breadcrumb {
  size_t line = 0;         // index of the breadcrumb line
  size_t title_line = 0;   // index of the headline it repeats
  std::string between;     // labels between the home word and the headline
};

// A breadcrumb line ("Home Section Headline...") followed within a few lines
// by the headline alone.
std::optional<Breadcrumb> FindBreadcrumb(const extract::SourceLines& source) {
  const std::vector<std::string>& lines = source.text;
  for (size_t i = 0; i < std::min<size_t>(lines.size(), 4); ++i) {
    size_t home = HomePrefix(lines[i], source.folded[i] ? &source.fold[i] : nullptr);
    if (!home) continue;
    std::string crumb = StripEllipsis(lines[i]);
    std::string fcrumb = FoldForMatch(crumb);
    for (size_t j = i + 1; j < std::min(lines.size(), i + 6); ++j) {
      const std::string& cand = lines[j];
      if (WordCount(cand) < 3) continue;
      std::string fc = FoldForMatch(cand);
      size_t at = fcrumb.find(fc);
      if (at == std::string::npos) {
        // A truncated copy: the longest tail of the breadcrumb (>= 3 words)
        // that opens the candidate.
        std::vector<std::string> cw = Words(fcrumb);
        for (size_t k = 1; k + 3 <= cw.size(); ++k) {
          std::string tail;
          for (size_t m = k; m < cw.size(); ++m) tail += (m > k ? " " : "") + cw[m];
          if (StartsWithFolded(fc, tail)) {
            at = fcrumb.size() - tail.size();
            break;
          }
        }
      }
      if (at == std::string::npos) continue;
      Breadcrumb b;
      b.line = i;
      b.title_line = j;
      // Labels between the home word and the headline, from the folded
      // positions (home words are ASCII, so folded and original prefixes of
      // the labels only differ in case and accents: take the original words).
      std::vector<std::string> ow = Words(crumb), fw = Words(fcrumb);
      std::vector<std::string> hw = Words(FoldForMatch(crumb.substr(0, home)));
      size_t words_before_title = Words(fcrumb.substr(0, at)).size();
      for (size_t m = hw.size(); m < words_before_title && m < ow.size(); ++m)
        b.between += (b.between.empty() ? "" : " ") + ow[m];
      return b;
    }
  }
  return std::nullopt;
}

// A headline as the first line: short, several words, not a sentence, and
// followed by a longer paragraph.
std::optional<size_t> HeadlineLine(const extract::SourceLines& source) {
  const std::vector<std::string>& lines = source.text;
  if (lines.size() < 2) return std::nullopt;
  const std::string& l = lines[0];
  if (l.size() > 200 || WordCount(l) < 3) return std::nullopt;
  char last = l.back();
  if (last == '.' || last == ':' || last == ';' || last == ',') return std::nullopt;
  if (HomePrefix(l, source.folded[0] ? &source.fold[0] : nullptr)) return std::nullopt;
  if (lines[1].size() <= l.size()) return std::nullopt;
  if (!FindDatesInText(l).empty()) return std::nullopt;
  return 0;
}

bool AllCapsWords(std::string_view s) {
  // "BRUXELLES", "NEW YORK", "SAN JOSÉ" (with separators).
  size_t letters = 0;
  size_t i = 0;
  while (i < s.size()) {
    char32_t cp = DecodeUtf8(s, i);
    if (cp == ' ' || cp == ',' || cp == '-' || cp == '.' || cp == '/' || cp == '\'') continue;
    std::string one;
    AppendUtf8(one, cp);
    std::string folded = FoldForMatch(one);
    // A lower-case letter folds to itself; an upper-case one does not.
    bool is_lower = folded == one && !(cp >= '0' && cp <= '9');
    if (is_lower) return false;
    ++letters;
  }
  return letters >= 2;
}

// Outlet marker at the head of the body: "BRUXELLES, 6 avr. (Cinktank.com) –",
// "date 2024-04-03 (MENAFN) ...", "PARIS (AFP) -", "(Reuters) -".
struct Dateline {
  std::string outlet;
  std::string line;
  std::optional<CivilDate> date;  // year may be 0
};

std::optional<Dateline> FindDateline(const std::vector<std::string>& lines, size_t from) {
  for (size_t i = from; i < std::min(lines.size(), from + 12); ++i) {
    const std::string& l = lines[i];
    size_t open = l.find('(');
    if (open == std::string::npos || open > 80) continue;
    size_t close = l.find(')', open);
    if (close == std::string::npos || close - open < 3 || close - open > 42) continue;
    std::string inner = Collapse(l.substr(open + 1, close - open - 1));
    if (WordCount(inner) > 4 || inner.find_first_of("0123456789") == 0) continue;
    // After the marker: a dash, or body text, or the end of the line.
    std::string after = Collapse(l.substr(close + 1));
    bool dash = after.empty() || after.rfind("-", 0) == 0 || after.rfind("\xE2\x80\x93", 0) == 0 ||
                after.rfind("\xE2\x80\x94", 0) == 0 || after.rfind(":", 0) == 0;
    std::string prefix = Collapse(l.substr(0, open));
    // What precedes: nothing, a place in capitals, date expressions, "date".
    FindDateOptions o;
    o.allow_missing_year = true;
    std::vector<DateMatch> dates = FindDatesInText(prefix, o);
    std::string rest;
    size_t p = 0;
    for (const DateMatch& m : dates) {
      rest += prefix.substr(p, m.start - p) + " ";
      p = m.end;
    }
    rest += prefix.substr(p);
    rest = Collapse(rest);
    std::string frest = FoldForMatch(rest);
    if (frest == "date" || frest == "date:" || frest == "dated") rest.clear();
    while (!rest.empty() && std::strchr(",.-: ", rest.back())) rest.pop_back();
    bool ok_prefix = rest.empty() || AllCapsWords(rest);
    if (!ok_prefix) continue;
    if (rest.empty() && dates.empty() && !dash) continue;  // "(Photo) Text..." is no dateline
    Dateline d;
    d.outlet = inner;
    d.line = Collapse(l.substr(0, std::min(l.size(), close + 1)));
    if (!dates.empty()) d.date = dates.front().date;
    return d;
  }
  return std::nullopt;
}

std::string TrimPunct(std::string s) {
  while (!s.empty() && std::strchr(" .,;:)!?\"'", s.back())) s.pop_back();
  while (!s.empty() && std::strchr(" (\"'", s.front())) s.erase(0, 1);
  return s;
}

// "originally published on rtl.be", "Source : https://thanhnien.vn/...".
struct OriginalSource {
  std::string outlet;
  std::string url;   // when the line gives one
  std::string line;
};

bool IsAscii(std::string_view s) {
  // Eight bytes at a time, then the rest.
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    any |= w;
  }
  for (; i < s.size(); ++i) any |= static_cast<unsigned char>(s[i]);
  return (any & 0x8080808080808080ULL) == 0;
}

// Whether an ASCII string holds "pub", "appeared" or "erschienen" in any case.
bool MayHoldOriginallyAscii(std::string_view s) {
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  auto at = [&](size_t i, std::string_view w) {
    if (i + w.size() > s.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (lower(s[i + k]) != w[k]) return false;
    return true;
  };
  // Bytes that may open one of the words: p, a, e in either case.
  struct Openers {
    bool at[256] = {};
    constexpr Openers() { at['p'] = at['P'] = at['a'] = at['A'] = at['e'] = at['E'] = true; }
  };
  static constexpr Openers kOpens;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!kOpens.at[static_cast<unsigned char>(s[i])]) continue;
    char c = lower(s[i]);
    if (c == 'p' && at(i, "pub")) return true;
    if (c == 'a' && at(i, "appeared")) return true;
    if (c == 'e' && at(i, "erschienen")) return true;
  }
  return false;
}

std::optional<OriginalSource> FindOriginalSource(const extract::SourceLines& source) {
  const std::vector<std::string>& lines = source.text;
  static const char* kOriginally[] = {"originally published on", "originally published by",
                                      "originally published at", "originally appeared on",
                                      "originally published in", "first published on", "first appeared on",
                                      "initialement publie sur", "initialement publie par",
                                      "publie a l'origine sur", "zuerst erschienen auf", "zuerst erschienen bei",
                                      "publicado originalmente en", "publicado originalmente em",
                                      "pubblicato originariamente su", "oorspronkelijk gepubliceerd op"};
  static const char* kSource[] = {"source", "sources", "quelle", "fuente", "fonte", "bron", "zrodlo", "kaynak",
                                  "источник", "nguon"};
  // From the end: such lines close the article.
  std::string scratch;
  for (size_t n = 0; n < lines.size(); ++n) {
    const size_t at = lines.size() - 1 - n;
    const std::string& l = lines[at];
    if (l.size() > 400) continue;
    bool may_name_source = l.find(':') != std::string::npos;
    // The fold of an all-ASCII line is the line in lower case: such a line
    // without a colon is passed by without folding it when it does not hold
    // one of the three words below in any case.
    if (!may_name_source && IsAscii(l) && !MayHoldOriginallyAscii(l)) continue;
    const std::string& f = FoldOf(source, at, scratch);
    // Each phrase holds "pub", "appeared" or "erschienen"; a source label
    // needs a colon in the line. Most lines hold neither and are passed by
    // with three searches instead of twenty-six.
    bool may_say_originally = f.find("pub") != std::string::npos || f.find("appeared") != std::string::npos ||
                              f.find("erschienen") != std::string::npos;
    if (!may_say_originally && !may_name_source) continue;
    for (const char* k : kOriginally) {
      if (!may_say_originally) break;
      size_t p = f.find(k);
      if (p == std::string::npos) continue;
      // The folded text keeps ASCII byte positions for the tail we want when
      // the phrase is ASCII; take the original tail by word count instead.
      std::vector<std::string> fw = Words(f.substr(0, p + std::strlen(k)));
      std::vector<std::string> ow = Words(l);
      if (ow.size() <= fw.size()) continue;
      std::string what = TrimPunct(ow[fw.size()]);
      if (what.rfind("http", 0) == 0) {
        return OriginalSource{HostOfUrl(what), what, l};
      }
      // "rtl.be", or a name of up to 4 words.
      std::string name = what;
      for (size_t m = fw.size() + 1; m < ow.size() && m < fw.size() + 4 && name.find('.') == std::string::npos;
           ++m)
        name += " " + ow[m];
      name = TrimPunct(name);
      if (!name.empty()) return OriginalSource{name, "", l};
    }
    for (const char* k : kSource) {
      if (!may_name_source) break;
      size_t n_k = std::strlen(k);
      if (!StartsWithFolded(f, k)) continue;
      std::string_view rest = std::string_view(f).substr(n_k);
      size_t i = 0;
      while (i < rest.size() && (rest[i] == ' ' || rest[i] == ':')) ++i;
      if (i == 0 || rest.substr(0, i).find(':') == std::string_view::npos) continue;
      // Take the original text after the colon.
      size_t colon = l.find(':');
      if (colon == std::string::npos) continue;
      std::string what = TrimPunct(Collapse(l.substr(colon + 1)));
      if (what.empty() || what.size() > 300) continue;
      size_t sp = what.find(' ');
      std::string first = what.substr(0, sp);
      if (first.rfind("http", 0) == 0 || first.rfind("www.", 0) == 0) {
        std::string url = first.rfind("www.", 0) == 0 ? "http://" + first : first;
        return OriginalSource{HostOfUrl(url), url, l};
      }
      if (WordCount(what) <= 4) return OriginalSource{what, "", l};
    }
  }
  return std::nullopt;
}

// A repeated short label that the breadcrumb names between the home word and
// the headline ("Home Politics Monitor <headline>" with "Politics Monitor"
// alone on several lines): the site's name or section masthead.
std::string RepeatedLabel(const std::vector<std::string>& lines, const std::string& between) {
  if (between.empty() || WordCount(between) > 4) return "";
  size_t count = 0;
  for (const std::string& l : lines)
    if (l == between) ++count;
  return count >= 2 ? between : "";
}

// "By Jane Doe", "Par Jean Dupont", "Von Max Muster", "Por Ana Pérez".
std::vector<std::string> FindBylines(const extract::SourceLines& source, size_t from) {
  const std::vector<std::string>& lines = source.text;
  std::vector<std::string> out;
  std::string scratch;
  for (size_t i = from; i < std::min(lines.size(), from + 8); ++i) {
    const std::string& l = lines[i];
    if (l.size() > 120) continue;
    const std::string& f = FoldOf(source, i, scratch);
    for (const char* pre : {"by ", "par ", "von ", "por ", "door ", "di ", "av ", "af "}) {
      if (!StartsWithFolded(f, pre)) continue;
      std::string rest = l.substr(std::strlen(pre));
      // Names: capitalised words, "and"/"et"/"und"/"y" between names.
      for (const char* sep : {" and ", " et ", " und ", " y ", " e ", " en ", " & ", ", "}) {
        size_t p;
        while ((p = rest.find(sep)) != std::string::npos) rest.replace(p, std::strlen(sep), ";");
      }
      size_t start = 0;
      while (start <= rest.size()) {
        size_t e = rest.find(';', start);
        if (e == std::string::npos) e = rest.size();
        std::string a = CleanAuthor(rest.substr(start, e - start));
        if (!a.empty() && WordCount(a) <= 5 && std::isupper(static_cast<unsigned char>(a[0])))
          out.push_back(a);
        start = e + 1;
      }
      if (!out.empty()) return out;
    }
  }
  return out;
}

struct DateEvidence {
  CivilDate date;
  std::string evidence;
};

std::optional<DateEvidence> LeadingDateLine(const extract::SourceLines& source) {
  const std::vector<std::string>& lines = source.text;
  std::string scratch;
  // "date 2024-04-03 ...", "Date: 3 April 2024", "Datum: 03.04.2024".
  for (size_t i = 0; i < std::min<size_t>(lines.size(), 3); ++i) {
    const std::string& f = FoldOf(source, i, scratch);
    for (const char* k : {"date", "datum", "fecha", "data", "published", "publie le", "veroffentlicht am",
                          "publicado", "pubblicato"}) {
      if (!StartsWithFolded(f, k)) continue;
      size_t kl = std::strlen(k);
      if (f.size() > kl && std::isalpha(static_cast<unsigned char>(f[kl]))) continue;  // "database"
      // Skip as many words in the original as the key has (folding may
      // change byte lengths: "Publié" vs "publie").
      size_t key_words = WordCount(k), off = 0;
      for (size_t w = 0; w < key_words && off < lines[i].size(); ++w) {
        size_t sp = lines[i].find(' ', off);
        off = sp == std::string::npos ? lines[i].size() : (w + 1 < key_words ? sp + 1 : sp);
      }
      if (off < lines[i].size() && lines[i][off] != ' ' && lines[i][off] != ':') {
        // "date:2024-04-03": the key ends inside the word.
        off = std::strlen(k);
      }
      std::string_view rest = std::string_view(lines[i]).substr(off);
      size_t skip = 0;
      while (skip < rest.size() && std::strchr(" :", rest[skip])) ++skip;
      if (skip == 0) continue;
      FindDateOptions o;
      o.max_matches = 1;
      auto m = FindDatesInText(rest.substr(skip), o);
      if (m.empty() || m[0].start != 0 || !m[0].date.IsDay()) continue;
      std::string shown = Collapse(lines[i].substr(0, off + skip + m[0].end));
      return DateEvidence{m[0].date, "leading '" + shown + "' line"};
    }
  }
  return std::nullopt;
}

// "MENAFN03042024000045015687ID1108052812": ddmmyyyy after the MENAFN prefix.
std::optional<DateEvidence> MenafnId(std::string_view s, std::string* id_out) {
  size_t p = 0;
  while ((p = s.find("MENAFN", p)) != std::string_view::npos) {
    size_t d = p + 6, e = d;
    while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
    if (e - d >= 12 && e + 2 < s.size() && s[e] == 'I' && s[e + 1] == 'D') {
      auto num = [&](size_t at, size_t n) { return std::atoi(std::string(s.substr(at, n)).c_str()); };
      int day = num(d, 2), month = num(d + 2, 2), year = num(d + 4, 4);
      size_t f = e + 2;
      while (f < s.size() && s[f] >= '0' && s[f] <= '9') ++f;
      if (id_out) *id_out = std::string(s.substr(p, f - p));
      if (year >= 1995 && month >= 1 && day >= 1 && IsValidCivil(year, month, day))
        return DateEvidence{CivilDate{year, month, day},
                            "the MENAFN tracking id " + std::string(s.substr(p, 14)) + "... (ddmmyyyy)"};
    }
    p += 6;
  }
  return std::nullopt;
}

}  // namespace

void FillTextMetadata(const RawDocument& doc, Article& article) {
  std::string repaired;
  std::string_view raw = doc.bytes;
  if (!IsValidUtf8(raw)) {
    repaired = RepairUtf8(raw);
    raw = repaired;
  }
  FillTextMetadata(doc, raw, article, extract::SplitSourceLines(raw));
}

void FillTextMetadata(const RawDocument& doc, std::string_view raw, Article& article, extract::SourceLines source) {
  std::vector<std::string>& lines = source.text;
  if (lines.empty()) source = extract::SplitSourceLines(article.text);
  source.fold.resize(lines.size());
  source.folded.resize(lines.size(), 0);
  // Blocks the body extractor removed are still metadata sources.
  for (const BoilerplateBlock& b : article.boilerplate)
    for (std::string& l : NonEmptyLines(b.text))
      if (std::find(lines.begin(), lines.end(), l) == lines.end()) {
        lines.push_back(std::move(l));
        source.fold.emplace_back();
        source.folded.push_back(0);
      }
  DateBounds bounds;

  // Title.
  std::optional<Breadcrumb> crumb = FindBreadcrumb(source);
  size_t body_from = 0;
  if (!article.title || article.title->empty()) {
    if (crumb) {
      article.title = lines[crumb->title_line];
    } else if (auto h = HeadlineLine(source)) {
      article.title = lines[*h];
    } else if (doc.title) {
      article.title = doc.title;
    }
  }
  if (crumb) body_from = crumb->title_line + 1;
  else if (article.title && !lines.empty() && lines[0] == *article.title) body_from = 1;

  // Outlet: a dateline marker, the MENAFN id, a repeated masthead label, the
  // container's outlet.
  std::optional<Dateline> dl = FindDateline(lines, body_from);
  std::string menafn_id;
  std::optional<DateEvidence> menafn = MenafnId(raw, &menafn_id);
  std::string outlet;
  if (dl) outlet = dl->outlet;
  if (outlet.empty() && !menafn_id.empty()) outlet = "MENAFN";
  if (outlet.empty() && crumb) outlet = RepeatedLabel(lines, crumb->between);
  if (!outlet.empty()) article.outlet = outlet;
  else if (!article.outlet && doc.outlet) article.outlet = doc.outlet;

  // Original outlet.
  std::optional<OriginalSource> orig = FindOriginalSource(source);
  if (orig && !orig->outlet.empty()) article.original_outlet = orig->outlet;

  // Authors.
  if (article.authors.empty()) {
    article.authors = FindBylines(source, body_from);
    if (article.authors.empty()) article.authors = doc.authors;
  }

  // Publication date, strongest evidence first.
  std::vector<DateEvidence> found;
  if (auto d = LeadingDateLine(source)) found.push_back(*d);
  if (menafn) found.push_back(*menafn);
  if (orig && !orig->url.empty()) {
    std::string how;
    if (auto d = DateFromUrl(orig->url, &how); d && d->IsDay())
      found.push_back({*d, "the source URL (" + how + "): " + meta::Clip(orig->url, 120)});
  }
  if (doc.published) {
    if (auto d = ParseDateString(*doc.published)) found.push_back({*d, "date given by the container (feed/record)"});
  }
  if (!doc.origin.url.empty()) {
    std::string how;
    if (auto d = DateFromUrl(doc.origin.url, &how); d && d->IsDay())
      found.push_back({*d, how + " " + meta::Clip(doc.origin.url, 120)});
  }
  // A dated dateline ("BRUXELLES, 6 avr. 2022 (Agency)"): with its year, or
  // with the year of other evidence in the same month.
  if (dl && dl->date) {
    if (dl->date->year != 0) {
      found.push_back({*dl->date, "dateline '" + dl->line + "'"});
    } else if (found.empty()) {
      // Without a year the dateline alone dates nothing: say so in the logs
      // of the decision, leave `published` empty.
    } else {
      CivilDate with_year{found.front().date.year, dl->date->month, dl->date->day};
      if (IsValidCivil(with_year.year, with_year.month, with_year.day))
        found.insert(found.begin() + 1,
                     {with_year, "dateline '" + dl->line + "' with the year from " + found.front().evidence});
    }
  }
  std::optional<DateEvidence> best;
  for (const DateEvidence& e : found) {
    if (!bounds.Contains(e.date)) continue;
    if (!best) {
      best = e;
    } else if (best->date == e.date && best->evidence.find(e.evidence) == std::string::npos &&
               e.evidence.rfind("date given", 0) != 0) {
      best->evidence += "; agrees with " + e.evidence;
    }
  }
  if (best) article.published = PublishedDate{best->date.ToString(), best->date.Precision(), best->evidence};
}

}  // namespace dragoman
