#include "extract/text_body.h"

#include <unordered_map>

#include "dragoman/utf8.h"
#include "extract/meta_util.h"
#include "extract/text_util.h"

namespace dragoman::extract {
namespace {

enum class V : uint8_t {
  kBody,
  kHeadline,
  kBreadcrumb,
  kNavigation,
  kRelated,
  kTeaser,
  kCaption,
  kCommentCount,
  kTrackingId,
  kShare,
  kOther
};

const char* VName(V v) {
  switch (v) {
    case V::kBreadcrumb: return "breadcrumb";
    case V::kNavigation: return "navigation";
    case V::kRelated: return "related";
    case V::kTeaser: return "teaser";
    case V::kCaption: return "caption";
    case V::kCommentCount: return "comment-count";
    case V::kTrackingId: return "tracking-id";
    case V::kShare: return "share";
    default: return "other";
  }
}

V FromKind(const std::string& k) {
  if (k == "breadcrumb") return V::kBreadcrumb;
  if (k == "navigation") return V::kNavigation;
  if (k == "related") return V::kRelated;
  if (k == "teaser") return V::kTeaser;
  if (k == "caption") return V::kCaption;
  if (k == "comment-count") return V::kCommentCount;
  if (k == "tracking-id") return V::kTrackingId;
  if (k == "share") return V::kShare;
  return V::kOther;
}

struct Line {
  std::string text;  // white space collapsed
  std::string key;   // BlockKey(text)
  std::string fold;  // FoldForMatch(text) when has_fold (short lines: folded for the key)
  bool has_fold = false;
  size_t chars = 0;
  size_t words = 0;
  V v = V::kBody;
  int source = -1;  // its entry in the source lines, when they are asked for
};

// Whether meta::Collapse (ASCII white space and no-break spaces) may give
// another line than Collapse (which also takes the other Unicode spaces and
// drops invisible characters) for `raw`: it may only where `raw` holds one of
// those characters.
bool MetaCollapseDiffers(std::string_view raw) {
  const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
  const size_t n = raw.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = p[i];
    if (c < 0xC2) continue;
    if (c == 0xC2) {
      if (i + 1 < n && p[i + 1] == 0xAD) return true;  // soft hyphen U+00AD
      continue;
    }
    if (i + 2 >= n) continue;
    unsigned char c1 = p[i + 1], c2 = p[i + 2];
    if (c == 0xE2 && c1 == 0x80 && (c2 <= 0x8B || c2 == 0xAF)) return true;  // U+2000..U+200B, U+202F
    if (c == 0xE2 && c1 == 0x81 && (c2 == 0x9F || c2 == 0xA0)) return true;  // U+205F, U+2060
    if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return true;                  // U+3000
    if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) return true;                  // U+FEFF
  }
  return false;
}

// Where a source line comes from: a classifier line, or its own text (a line
// that meta::Collapse reads otherwise, or one the classifier cut).
struct SourceRef {
  int line = -1;
  std::string own;
  std::string own_fold;
  bool own_folded = false;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// One token of letters, digits, '-' and '_' with at least 8 digits and 12
// characters: a tracking or article id such as MENAFN03042024000045015687ID1108052812.
bool LooksLikeTrackingId(const std::string& t) {
  if (t.size() < 12 || t.size() > 80) return false;
  size_t digits = 0;
  for (char c : t) {
    if (IsDigit(c)) {
      ++digits;
    } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_')) {
      return false;
    }
  }
  return digits >= 8;
}

bool AllDigits(const std::string& t) {
  if (t.empty()) return false;
  for (char c : t)
    if (!IsDigit(c)) return false;
  return true;
}

// "date 2024-04-03 ", "Date: 03/04/2024 " at the start of a line: the length of
// the prefix (0 when there is none).
size_t LeadingDatePrefix(const std::string& t) {
  std::string_view s(t);
  size_t i = 0;
  if (s.size() < 12) return 0;
  std::string head;
  for (size_t k = 0; k < 4 && k < s.size(); ++k) head += static_cast<char>(std::tolower(static_cast<unsigned char>(s[k])));
  if (head != "date") return 0;
  i = 4;
  if (i < s.size() && s[i] == ':') ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  size_t start = i, digits = 0;
  while (i < s.size() && (IsDigit(s[i]) || s[i] == '-' || s[i] == '/' || s[i] == '.')) {
    if (IsDigit(s[i])) ++digits;
    ++i;
  }
  if (digits < 6 || i - start < 8) return 0;
  // An optional time "12:30" or "12:30:00".
  size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  size_t t0 = j;
  while (j < s.size() && (IsDigit(s[j]) || s[j] == ':')) ++j;
  if (j - t0 >= 4 && s.substr(t0, j - t0).find(':') != std::string_view::npos) i = j;
  if (i >= s.size() || s[i] != ' ') return 0;
  return i;
}

// The longest suffix of `a` starting at a word boundary that is a prefix of
// `b` (both BlockKeys); its length in bytes.
size_t SuffixPrefixOverlap(const std::string& a, const std::string& b) {
  for (size_t start = 0; start < a.size(); ++start) {
    if (start > 0 && a[start - 1] != ' ') continue;
    size_t len = a.size() - start;
    if (len <= b.size() && b.compare(0, len, a, start, len) == 0) return len;
  }
  return 0;
}

bool Headline(const Line& l) {
  if (l.chars < 15 || l.chars > 300 || l.words < 3) return false;
  std::string_view t = TrimView(l.text);
  return !t.empty() && t.back() != '.' && t.back() != ':';
}

}  // namespace

SourceLines SplitSourceLines(std::string_view text) {
  SourceLines out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line = meta::Collapse(text.substr(pos, nl - pos));
    if (!line.empty()) out.text.push_back(std::move(line));
    pos = nl + 1;
  }
  out.fold.resize(out.text.size());
  out.folded.assign(out.text.size(), 0);
  return out;
}

TextBody ExtractTextBody(std::string_view text, const BoilerplateLexicon& lexicon, SourceLines* source_lines) {
  std::vector<Line> lines;
  std::vector<SourceRef> sources;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    bool collapsed = IsCollapsed(raw);  // most lines are
    std::string t = collapsed ? std::string(raw) : Collapse(raw);
    pos = nl + 1;
    int source = -1;
    if (source_lines) {
      if (collapsed || !MetaCollapseDiffers(raw)) {
        // meta::Collapse(raw) is `t`: the source line is this line.
        if (!t.empty()) {
          sources.push_back({static_cast<int>(lines.size()), {}, {}, false});
          source = static_cast<int>(sources.size()) - 1;
        }
      } else if (std::string m = meta::Collapse(raw); !m.empty()) {
        sources.push_back({-1, std::move(m), {}, false});
      }
    }
    if (t.empty()) continue;
    Line l;
    l.source = source;
    CountCollapsed(t, l.chars, l.words);
    if (l.chars <= 400) {
      if (TrimView(t).size() == t.size()) {  // a collapsed line has no space at either end
        l.fold = FoldForMatch(t);
        l.has_fold = true;
        l.key = BlockKeyOfFold(l.fold);
      } else {
        l.key = BlockKey(t);
      }
    }
    l.text = std::move(t);
    lines.push_back(std::move(l));
  }
  TextBody out;
  const size_t n = lines.size();
  std::vector<BoilerplateBlock> leading;  // pieces cut from inside a line
  int headline = -1;

  // 1. Breadcrumb that ends with the headline (or a truncated copy of it).
  const size_t top = std::min<size_t>(n, 8);
  for (size_t j = 1; j < top && headline < 0; ++j) {
    if (!Headline(lines[j])) continue;
    const std::string& title = lines[j].key;
    for (size_t i = 0; i < j; ++i) {
      const std::string& crumb = lines[i].key;
      if (crumb.size() <= 10 || crumb == title) continue;
      bool repeats = crumb.size() > title.size() && crumb.compare(crumb.size() - title.size(), title.size(), title) == 0;
      if (!repeats) {
        size_t overlap = SuffixPrefixOverlap(crumb, title);
        repeats = overlap >= std::min<size_t>(20, title.size()) && overlap < crumb.size() &&
                  CountWords(std::string_view(crumb).substr(crumb.size() - overlap)) >= 3;
      }
      if (!repeats) continue;
      headline = static_cast<int>(j);
      lines[i].v = V::kBreadcrumb;
      // Short lines before the headline that the breadcrumb spells out are section labels.
      for (size_t k = 0; k < j; ++k) {
        if (k == i || lines[k].words > 6 || EndsLikeSentence(lines[k].text)) continue;
        if (crumb.find(lines[k].key) != std::string::npos) lines[k].v = V::kNavigation;
      }
      break;
    }
  }
  if (headline >= 0) lines[headline].v = V::kHeadline;

  // 2. Lines repeated: photo captions printed twice in a row, section labels.
  std::unordered_map<std::string, std::vector<size_t>> seen;
  for (size_t i = 0; i < n; ++i) {
    if (lines[i].v != V::kBody || lines[i].key.empty() || lines[i].words > 12) continue;
    if (EndsLikeSentence(lines[i].text) && lines[i].words > 6) continue;
    seen[lines[i].key].push_back(i);
  }
  for (auto& [key, at] : seen) {
    if (at.size() < 2) continue;
    bool adjacent = false;
    for (size_t k = 1; k < at.size(); ++k) adjacent = adjacent || at[k] == at[k - 1] + 1;
    if (adjacent && lines[at[0]].words >= 2) {
      for (size_t i : at) lines[i].v = V::kCaption;
    } else if (lines[at[0]].words <= 6) {
      for (size_t i : at) lines[i].v = V::kNavigation;
    }
  }
  // A label repeated later that also sits right above the headline.
  if (headline > 0) {
    for (int k = headline - 1; k >= 0 && k >= headline - 2; --k)
      if (lines[k].v == V::kBody && lines[k].words <= 4 && !EndsLikeSentence(lines[k].text) &&
          seen.count(lines[k].key) && seen[lines[k].key].size() >= 2)
        lines[k].v = V::kNavigation;
  }

  // 3. Phrases, ids, counts.
  size_t total_chars = 0;
  for (const Line& l : lines) total_chars += l.chars;
  size_t before = 0;
  int tail = -1;
  for (size_t i = 0; i < n; ++i) {
    Line& l = lines[i];
    size_t chars_before = before;
    before += l.chars;
    if (l.v != V::kBody) continue;
    if (LooksLikeTrackingId(l.text)) {
      l.v = V::kTrackingId;
      continue;
    }
    if (AllDigits(l.text) && l.text.size() <= 5) {
      l.v = V::kCommentCount;
      continue;
    }
    if (l.key.empty()) continue;
    auto hit = lexicon.MatchKey(l.key, l.chars);
    if (!hit) {
      if (l.chars <= 3 && HasNoLetters(l.text)) l.v = V::kOther;  // "|", "•", "—"
      continue;
    }
    l.v = FromKind(hit->kind);
    if (hit->mode == LexiconMode::kTail) {
      // A trailing section: what follows is shorter than what came before and
      // holds no long paragraph.
      size_t after = total_chars - chars_before - l.chars;
      bool long_para = false;
      for (size_t k = i + 1; k < n; ++k) long_para = long_para || lines[k].chars > 400;
      if (chars_before > 0 && after * 10 < chars_before * 6 && !long_para) {
        tail = static_cast<int>(i);
        break;
      }
    }
  }
  if (tail >= 0) {
    lines[tail].v = V::kRelated;
    for (size_t k = tail + 1; k < n; ++k) lines[k].v = V::kTeaser;
  }

  // 4. A headline without a breadcrumb: a short first line without a final
  // stop, followed by a longer line that reads as prose.
  if (headline < 0) {
    size_t first = 0;
    while (first < n && lines[first].v != V::kBody) ++first;
    if (first < n && first + 1 < n && Headline(lines[first]) && lines[first].chars <= 200) {
      const Line& h = lines[first];
      size_t next = first + 1;
      while (next < n && lines[next].v != V::kBody) ++next;
      bool dateline = h.text.find('(') != std::string::npos &&
                      (h.text.back() == '-' || h.text.compare(h.text.size() - 3 < h.text.size() ? h.text.size() - 3 : 0, 3, "\xE2\x80\x93") == 0);
      if (!dateline && next < n && lines[next].chars > h.chars * 2 && EndsLikeSentence(lines[next].text) &&
          !EndsLikeSentence(h.text) && h.text.back() != '?' && h.text.back() != '!') {
        headline = static_cast<int>(first);
        lines[first].v = V::kHeadline;
      }
    }
  }

  // 5. A date glued to the first body line ("date 2024-04-03 (MENAFN) ...").
  for (size_t i = 0; i < n; ++i) {
    if (lines[i].v != V::kBody) continue;
    size_t cut = LeadingDatePrefix(lines[i].text);
    if (cut > 0 && cut < lines[i].text.size()) {
      if (lines[i].source >= 0) {
        // The source line is the whole line: it keeps its own copy.
        SourceRef& r = sources[static_cast<size_t>(lines[i].source)];
        r.line = -1;
        r.own = lines[i].text;
        r.own_fold = lines[i].fold;
        r.own_folded = lines[i].has_fold;
      }
      leading.push_back({lines[i].text.substr(0, cut), "other"});
      lines[i].text = std::string(TrimView(std::string_view(lines[i].text).substr(cut)));
      lines[i].has_fold = false;
      lines[i].v = V::kBody;
      // Keep the removed prefix in page order: emitted just before the line.
      lines[i].key.assign(1, '\x01');  // marker: emit `leading` before this line
    }
    break;
  }

  // Assemble: body joined by blank lines; boilerplate in order, consecutive
  // lines of one kind merged into one block.
  V last = V::kBody;
  for (size_t i = 0; i < n; ++i) {
    Line& l = lines[i];
    if (l.key == "\x01") {
      for (auto& b : leading) out.boilerplate.push_back(std::move(b));
      last = V::kBody;
    }
    if (l.v == V::kBody) {
      if (!out.text.empty()) {
        out.text += "\n\n";
        out.folded += "\n\n";
      }
      out.text += l.text;
      // Folding works word by word, words ending at ASCII white space, so the
      // folds of the lines joined the same way are the fold of the text.
      if (l.has_fold) {
        out.folded += l.fold;
      } else {
        out.folded += FoldForMatch(l.text);
      }
      last = V::kBody;
    } else if (l.v == V::kHeadline) {
      if (!out.headline) out.headline = l.text;
      last = V::kHeadline;
    } else {
      if (last == l.v && !out.boilerplate.empty()) {
        out.boilerplate.back().text += '\n';
        out.boilerplate.back().text += l.text;
      } else {
        out.boilerplate.push_back({l.text, VName(l.v)});
      }
      last = l.v;
    }
  }
  if (source_lines) {
    // The lines are not read past this point: their text and fold move.
    source_lines->text.clear();
    source_lines->fold.clear();
    source_lines->folded.clear();
    source_lines->text.reserve(sources.size());
    source_lines->fold.reserve(sources.size());
    source_lines->folded.reserve(sources.size());
    for (SourceRef& r : sources) {
      if (r.line >= 0) {
        Line& l = lines[static_cast<size_t>(r.line)];
        source_lines->text.push_back(std::move(l.text));
        source_lines->fold.push_back(l.has_fold ? std::move(l.fold) : std::string());
        source_lines->folded.push_back(l.has_fold ? 1 : 0);
      } else {
        source_lines->text.push_back(std::move(r.own));
        source_lines->fold.push_back(std::move(r.own_fold));
        source_lines->folded.push_back(r.own_folded ? 1 : 0);
      }
    }
  }
  return out;
}

}  // namespace dragoman::extract
