#include "events/words.h"

#include <unicode/uchar.h>

#include <unordered_set>

#include "dragoman/utf8.h"

namespace dragoman {
namespace {

bool IsWordChar(char32_t c) { return u_isalnum(static_cast<UChar32>(c)) || u_hasBinaryProperty(c, UCHAR_DIACRITIC); }
bool IsInnerJoiner(char32_t c) { return c == '\'' || c == 0x2019 || c == '-' || c == 0x2011 || c == '.'; }

const std::unordered_set<std::string>& Abbreviations() {
  static const std::unordered_set<std::string> kAbbrev = {
      "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jr", "sr", "m",
      "mm", "mme", "mlle", "me", "u.s", "u.k", "u.n", "e.u", "no", "vs", "etc", "inc", "corp", "ltd", "co",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fevr",
      "avr", "juil", "déc", "dec", "hr", "fr", "sr", "sra", "dña", "nr", "bzw", "z.b", "ca", "vgl", "dt",
      "gén", "gen", "cf", "p", "pp", "art", "al"};
  return kAbbrev;
}

}  // namespace

std::vector<Word> SplitIntoWords(const std::string& text, uint32_t begin, uint32_t end) {
  std::vector<Word> words;
  std::string_view s(text);
  size_t i = begin;
  while (i < end) {
    size_t at = i;
    char32_t c = DecodeUtf8(s, i);
    if (!IsWordChar(c)) continue;
    size_t word_start = at, word_end = i;
    bool cap = u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
    while (i < end) {
      size_t j = i;
      char32_t d = DecodeUtf8(s, j);
      if (IsWordChar(d)) {
        i = j;
        word_end = j;
        continue;
      }
      if (IsInnerJoiner(d) && j < end) {
        size_t k = j;
        char32_t e = DecodeUtf8(s, k);
        if (IsWordChar(e)) {
          i = k;
          word_end = k;
          continue;
        }
      }
      break;
    }
    Word w;
    w.start = static_cast<uint32_t>(word_start);
    w.end = static_cast<uint32_t>(word_end);
    w.folded = FoldForMatch(s.substr(word_start, word_end - word_start));
    w.capitalized = cap;
    words.push_back(std::move(w));
  }
  return words;
}

std::vector<SentenceRange> SplitSentences(const std::string& text) {
  std::vector<SentenceRange> out;
  std::string_view s(text);
  size_t start = 0, i = 0;
  auto push = [&](size_t end) {
    size_t b = start, e = end;
    while (b < e && (s[b] == ' ' || s[b] == '\n' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\t')) --e;
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    start = end;
  };
  while (i < s.size()) {
    // Paragraph breaks always end a sentence.
    if (s[i] == '\n' && i + 1 < s.size() && s[i + 1] == '\n') {
      push(i);
      i += 2;
      continue;
    }
    size_t at = i;
    char32_t c = DecodeUtf8(s, i);
    if (c != '.' && c != '!' && c != '?' && c != 0x2026) continue;
    // Absorb closing quotes and brackets after the mark.
    size_t j = i;
    while (j < s.size()) {
      size_t k = j;
      char32_t d = DecodeUtf8(s, k);
      if (d == '"' || d == 0x201D || d == 0x00BB || d == 0x2019 || d == ')' || d == 0x201C || d == 0x202F ||
          d == 0x00A0 || d == '.') {
        if ((d == 0x202F || d == 0x00A0) && !(k < s.size() && s.substr(k).rfind("\xC2\xBB", 0) == 0)) break;
        j = k;
      } else {
        break;
      }
    }
    if (j >= s.size()) break;
    if (s[j] != ' ' && s[j] != '\n') continue;
    size_t k = j;
    while (k < s.size() && (s[k] == ' ')) ++k;
    if (k >= s.size()) break;
    size_t n = k;
    char32_t next = DecodeUtf8(s, n);
    bool starts_new = u_isupper(static_cast<UChar32>(next)) || next == '"' || next == 0x201C ||
                      next == 0x00AB || next == 0x201E || u_isdigit(static_cast<UChar32>(next)) || s[j] == '\n';
    if (!starts_new) continue;
    if (c == '.') {
      // The word before the period: an abbreviation or an initial does not end a sentence.
      size_t w = at;
      while (w > start && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != '(') --w;
      std::string word = FoldForMatch(s.substr(w, at - w));
      size_t cps = 0;
      for (size_t q = 0; q < word.size(); ++q)
        if ((static_cast<unsigned char>(word[q]) & 0xC0) != 0x80) ++cps;
      if (cps == 1 || Abbreviations().count(word)) continue;
    }
    push(j);
    i = j;
  }
  push(s.size());
  return out;
}

std::vector<SentenceRange> SentencesOf(const Article& article, Field field) {
  std::vector<SentenceRange> out;
  for (const auto& s : article.sentences)
    if (s.field == field) out.push_back({s.start, s.end});
  if (!out.empty()) return out;
  return SplitSentences(article.FieldText(field));
}

bool IsFormerWord(const std::string& word) {
  // Elided articles glue on: "l'ancienne", "dell'ex".
  std::string w = word;
  auto apostrophe = w.find('\'');
  if (apostrophe != std::string::npos && apostrophe <= 4) w = w.substr(apostrophe + 1);
  static const char* kWords[] = {"former", "ex", "ancien", "ancienne", "anciens", "ehemalige", "ehemaliger",
                                 "ehemaligen", "fruhere", "fruherer", "antiguo", "antigua", "expresidente",
                                 "exprimer", "exministro", "exministra"};
  for (const char* k : kWords)
    if (w == k) return true;
  return w.rfind("ex-", 0) == 0;
}

}  // namespace dragoman
