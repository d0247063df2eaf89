#include "extract/dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/reldatefmt.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "dragoman/utf8.h"

namespace dragoman {
namespace {

// Locales whose month and weekday names the text scanner knows. Croatian is
// left out on purpose: its "listopad" is October where Czech and Polish use
// the same word for November.
constexpr const char* kLocales[] = {
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "cs", "sk", "sv", "da", "nb",
    "fi", "tr", "ro", "hu", "ca", "el", "lt", "lv", "et", "sl", "bg", "sr_Latn", "id", "ms",
    "vi", "af", "ga", "eu", "gl", "is", "sq", "be", "kk", "az", "mk", "sr",
    // Arabic (Egyptian and Levantine month names), Hebrew, Persian, Hindi.
    "ar", "ar_SY", "he", "fa", "hi"};

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Folds a name for lookup: lower case, no diacritics, no trailing dots or spaces.
std::string FoldName(std::string_view s) {
  std::string f = FoldForMatch(s);
  while (!f.empty() && (f.back() == '.' || f.back() == ' ')) f.pop_back();
  size_t b = 0;
  while (b < f.size() && f[b] == ' ') ++b;
  return f.substr(b);
}

// Number of code points in a UTF-8 string.
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Prefix of `s` holding `n` code points.
std::string PrefixCodePoints(std::string_view s, size_t n) {
  size_t i = 0, seen = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == n) break;
      ++seen;
    }
    ++i;
  }
  return std::string(s.substr(0, i));
}

// Name -> value tables, built once. A name that means different values in
// different locales is dropped (value -1) rather than guessed.
struct Lexicon {
  std::unordered_map<std::string, int> months;    // 1..12
  std::unordered_map<std::string, int> weekdays;  // 0..6
  std::unordered_map<std::string, int> relative;  // -1, 0, +1

  static void Put(std::unordered_map<std::string, int>& m, const std::string& key, int v) {
    if (key.empty()) return;
    auto [it, inserted] = m.emplace(key, v);
    if (!inserted && it->second != v) it->second = -100;
  }

  Lexicon() {
    std::unordered_map<std::string, int> prefixes;  // first 3/4 letters of full names
    using Sym = icu::DateFormatSymbols;
    const Sym::DtContextType contexts[] = {Sym::FORMAT, Sym::STANDALONE};
    const Sym::DtWidthType widths[] = {Sym::WIDE, Sym::ABBREVIATED};
    for (const char* code : kLocales) {
      icu::Locale loc(code);
      UErrorCode st = U_ZERO_ERROR;
      Sym sym(loc, st);
      if (U_FAILURE(st)) continue;
      for (auto ctx : contexts) {
        for (auto width : widths) {
          int32_t n = 0;
          const icu::UnicodeString* names = sym.getMonths(n, ctx, width);
          for (int32_t i = 0; i < n && i < 12; ++i) {
            std::string f = FoldName(ToUtf8(names[i]));
            Put(months, f, i + 1);
            // Common informal abbreviations: the first 3 and 4 letters of
            // the full name ("sept", "janv" is ICU's own, "märz" -> "marz").
            if (width == Sym::WIDE && CodePoints(f) > 4) {
              Put(prefixes, PrefixCodePoints(f, 3), i + 1);
              Put(prefixes, PrefixCodePoints(f, 4), i + 1);
            }
          }
          const icu::UnicodeString* days = sym.getWeekdays(n, ctx, width);
          for (int32_t i = 1; i < n && i <= 7; ++i) Put(weekdays, FoldName(ToUtf8(days[i])), i - 1);
        }
      }
      st = U_ZERO_ERROR;
      icu::RelativeDateTimeFormatter fmt(loc, st);
      if (U_SUCCESS(st)) {
        const std::pair<UDateDirection, int> dirs[] = {
            {UDAT_DIRECTION_LAST, -1}, {UDAT_DIRECTION_THIS, 0}, {UDAT_DIRECTION_NEXT, 1}};
        for (auto [dir, v] : dirs) {
          icu::UnicodeString out;
          UErrorCode s2 = U_ZERO_ERROR;
          fmt.format(dir, UDAT_ABSOLUTE_DAY, out, s2);
          if (U_SUCCESS(s2)) Put(relative, FoldName(ToUtf8(out)), v);
        }
      }
    }
    // An informal prefix never overrides a locale's own name: "mar" is
    // March in English, not the start of Finnish "marraskuu".
    for (const auto& [k, v] : prefixes)
      if (!months.count(k)) months.emplace(k, v);
    // Short tokens that are ordinary words far more often than months.
    for (const char* w : {"ma", "me", "se", "de", "le", "la", "li", "lu", "gi", "je", "ve", "sa", "di",
                          "do", "fr", "mi", "so", "mo", "tu", "we", "th", "su", "a", "i", "o"}) {
      months.erase(w);
      weekdays.erase(w);
    }
  }
};

const Lexicon& Lex() {
  static const Lexicon kLex;
  return kLex;
}

int Lookup(const std::unordered_map<std::string, int>& m, std::string_view word, int none) {
  if (word.empty() || word.size() > 40) return none;
  // A word of ASCII letters folds to its lower case (FoldForMatch lower-cases
  // ASCII and leaves it otherwise as it is; no dot or space to trim).
  bool letters = true;
  for (char c : word) letters = letters && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  if (letters) {
    char buf[40];
    for (size_t k = 0; k < word.size(); ++k) buf[k] = static_cast<char>(word[k] | 0x20);
    auto it = m.find(std::string(buf, word.size()));
    if (it == m.end() || it->second == -100) return none;
    return it->second;
  }
  auto it = m.find(FoldName(word));
  if (it == m.end() || it->second == -100) return none;
  return it->second;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int ParseInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// ---- Tokenizer for FindDatesInText ----

struct Tok {
  enum Type { kNum, kWord, kPunct } type;
  size_t start, end;
  bool space_before;  // whitespace between the previous token and this one
  int value = 0;      // numbers
  int digits = 0;
  mutable int month = -2;  // words: lazily looked up month (-2 = not yet)
};

bool IsLetterAt(std::string_view s, size_t i, size_t* next) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *next = i + 1;
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  size_t j = i;
  char32_t cp = DecodeUtf8(s, j);
  *next = j;
  return u_isalpha(static_cast<UChar32>(cp));
}

bool IsSpaceAt(std::string_view s, size_t i, size_t* next) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
    *next = i + 1;
    return true;
  }
  // NBSP, narrow NBSP, thin space.
  if (s.compare(i, 2, "\xC2\xA0") == 0) {
    *next = i + 2;
    return true;
  }
  if (s.compare(i, 3, "\xE2\x80\xAF") == 0 || s.compare(i, 3, "\xE2\x80\x89") == 0) {
    *next = i + 3;
    return true;
  }
  return false;
}

// Tokens of s[from, s.size()), with offsets into `s`. `from` must be 0 or
// follow ASCII white space.
std::vector<Tok> Tokenize(std::string_view s, size_t from = 0) {
  std::vector<Tok> toks;
  toks.reserve((s.size() - from) / 6 + 8);
  bool space = true;
  size_t i = from;
  while (i < s.size()) {
    size_t next;
    if (IsSpaceAt(s, i, &next)) {
      space = true;
      i = next;
      continue;
    }
    if (IsDigit(s[i])) {
      size_t j = i;
      while (j < s.size() && IsDigit(s[j])) ++j;
      Tok t{Tok::kNum, i, j, space};
      t.digits = static_cast<int>(j - i);
      t.value = t.digits <= 9 ? ParseInt(s.substr(i, j - i)) : -1;
      toks.push_back(t);
      i = j;
    } else if (IsLetterAt(s, i, &next)) {
      size_t j = next;
      while (j < s.size() && IsLetterAt(s, j, &next)) j = next;
      toks.push_back(Tok{Tok::kWord, i, j, space});
      i = j;
    } else {
      size_t j = i;
      DecodeUtf8(s, j);
      if (j == i) j = i + 1;
      toks.push_back(Tok{Tok::kPunct, i, j, space});
      i = j;
    }
    space = false;
  }
  return toks;
}

class Matcher {
 public:
  // Matches in s[from, s.size()).
  Matcher(std::string_view s, const FindDateOptions& o, size_t from = 0) : s_(s), o_(o), t_(Tokenize(s, from)) {}

  // Appends the matches to `out`, up to o_.max_matches in all.
  void Run(std::vector<DateMatch>& out) {
    size_t i = 0;
    while (i < t_.size()) {
      DateMatch m;
      size_t used = 0;
      if (Try(i, &m, &used)) {
        out.push_back(m);
        if (o_.max_matches && out.size() >= o_.max_matches) break;
        i += used;
      } else {
        ++i;
      }
    }
  }

 private:
  std::string_view Text(size_t i) const { return s_.substr(t_[i].start, t_[i].end - t_[i].start); }
  bool IsNum(size_t i, int min_digits, int max_digits) const {
    return i < t_.size() && t_[i].type == Tok::kNum && t_[i].digits >= min_digits &&
           t_[i].digits <= max_digits;
  }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < t_.size() && t_[i].type == Tok::kPunct && Text(i) == p;
  }
  bool NumberWithin(size_t from, size_t count) const {
    for (size_t k = from; k < t_.size() && k < from + count; ++k)
      if (t_[k].type == Tok::kNum) return true;
    return false;
  }
  bool Adjacent(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  int Month(size_t i) const {
    if (i >= t_.size() || t_[i].type != Tok::kWord) return 0;
    if (t_[i].month == -2) t_[i].month = Lookup(Lex().months, Text(i), 0);
    return t_[i].month;
  }
  bool WordIs(size_t i, std::initializer_list<std::string_view> words) const {
    if (i >= t_.size() || t_[i].type != Tok::kWord) return false;
    std::string f = FoldName(Text(i));
    for (auto w : words)
      if (f == w) return true;
    return false;
  }
  // The token before `i` must not glue a number onto the match ("12.03.2024.5").
  bool CleanLeft(size_t i) const {
    if (i == 0 || t_[i].space_before) return true;
    const Tok& p = t_[i - 1];
    if (p.type == Tok::kNum || p.type == Tok::kWord) return false;
    if (i >= 2 && !p.space_before && t_[i - 2].type == Tok::kNum) return false;
    return true;
  }
  bool CleanRight(size_t j) const {  // j = index after the match
    if (j >= t_.size() || t_[j].space_before) return true;
    const Tok& n = t_[j];
    if (n.type == Tok::kNum || n.type == Tok::kWord) return false;
    if ((Text(j) == "." || Text(j) == "-" || Text(j) == "/") && j + 1 < t_.size() &&
        !t_[j + 1].space_before && t_[j + 1].type == Tok::kNum)
      return false;
    return true;
  }
  static int Year2(int yy) {
    int now = TodayUtc().year % 100;
    return yy <= now + 1 ? 2000 + yy : 1900 + yy;
  }
  bool Emit(size_t first, size_t last, int y, int m, int d, DateMatch::Kind kind, DateMatch* out,
            size_t* used) const {
    if (y != 0 && (y < 1900 || y > 2100)) return false;
    if (m < 1 || m > 12) return false;
    if (d != 0 && (d < 1 || d > (y ? DaysInMonth(y, m) : DaysInMonth(2000, m)))) return false;
    out->date = CivilDate{y, m, d};
    out->start = t_[first].start;
    out->end = t_[last].end;
    out->kind = kind;
    *used = last - first + 1;
    return true;
  }

  // Skips an ordinal suffix after a day number: "3rd", "1er", "3." (German),
  // "3º". Returns the index after it.
  size_t SkipOrdinal(size_t i) const {
    if (i < t_.size() && Adjacent(i) && t_[i].type == Tok::kWord &&
        WordIs(i, {"st", "nd", "rd", "th", "er", "re", "eme", "o", "a"}))
      return i + 1;
    if (IsPunct(i, "º") || IsPunct(i, "°")) return i + 1;
    return i;
  }
  size_t SkipDot(size_t i) const { return IsPunct(i, ".") && Adjacent(i) ? i + 1 : i; }
  size_t SkipComma(size_t i) const { return IsPunct(i, ",") ? i + 1 : i; }
  // Connectors between day, month and year: "de", "of", "del", "th".
  size_t SkipConnector(size_t i) const {
    if (WordIs(i, {"de", "of", "del", "do", "da"})) return i + 1;
    return i;
  }

  bool Try(size_t i, DateMatch* out, size_t* used) const {
    const Tok& t = t_[i];
    if (t.type == Tok::kNum) {
      if (!CleanLeft(i)) return false;
      // CJK: 2024年4月3日, 2024년 4월 3일.
      if (t.digits == 4 && i + 4 < t_.size()) {
        size_t j = i + 1;
        std::string_view yk = j < t_.size() ? Text(j) : "";
        if ((yk == "年" || yk == "년") && IsNum(j + 1, 1, 2)) {
          std::string_view mk = j + 2 < t_.size() ? Text(j + 2) : "";
          if ((mk == "月" || mk == "월") && IsNum(j + 3, 1, 2) && j + 4 < t_.size() &&
              (Text(j + 4) == "日" || Text(j + 4) == "일"))
            return Emit(i, j + 4, t.value, t_[j + 1].value, t_[j + 3].value, DateMatch::Kind::kCjk, out,
                        used);
        }
      }
      // ISO-like: 2024-04-03, 2024/04/03, 2024.04.03.
      if (t.digits == 4 && IsNum(i + 2, 1, 2) && IsNum(i + 4, 1, 2) && Adjacent(i + 1) &&
          Adjacent(i + 2) && Adjacent(i + 3) && Adjacent(i + 4)) {
        std::string_view sep = Text(i + 1);
        if ((sep == "-" || sep == "/" || sep == ".") && IsPunct(i + 3, sep) && CleanRightIso(i + 5))
          return Emit(i, i + 4, t.value, t_[i + 2].value, t_[i + 4].value, DateMatch::Kind::kIso, out,
                      used);
      }
      // Numeric day-first or month-first: 03.04.2024, 03/04/2024, 3-4-2024, 03.04.24.
      if (t.digits <= 2 && IsNum(i + 2, 1, 2) && Adjacent(i + 1) && Adjacent(i + 2) &&
          Adjacent(i + 3) && Adjacent(i + 4) && (IsNum(i + 4, 4, 4) || IsNum(i + 4, 2, 2))) {
        std::string_view sep = Text(i + 1);
        if ((sep == "." || sep == "/" || sep == "-") && IsPunct(i + 3, sep) && CleanRight(i + 5)) {
          int y = t_[i + 4].digits == 4 ? t_[i + 4].value : Year2(t_[i + 4].value);
          // Two-digit years only in the strict dd.mm.yy shape ("Python 3.6.10" is no date).
          if (t_[i + 4].digits == 2 && (sep == "-" || t.digits != 2 || t_[i + 2].digits != 2))
            return false;
          int a = t.value, b = t_[i + 2].value;
          bool month_first = o_.month_first && sep == "/";
          int d = month_first ? b : a, m = month_first ? a : b;
          if (m > 12 && d <= 12) std::swap(d, m);
          return Emit(i, i + 4, y, m, d, DateMatch::Kind::kNumeric, out, used);
        }
      }
      // Textual day-first: 3 avril 2024, 3. März 2024, 12 de marzo de 2024, 6 avr.
      if (t.digits <= 2 && t.value >= 1 && t.value <= 31) {
        size_t j = SkipOrdinal(i + 1);
        j = SkipDot(j);
        j = SkipConnector(j);
        int m = Month(j);
        if (m > 0) {
          size_t k = SkipDot(j + 1);
          // Two names for one month: "24 نيسان / أبريل 2020" (Levantine and
          // Egyptian Arabic), "3 Mai / May 2024".
          if (IsPunct(k, "/") && Month(k + 1) == m) k = SkipDot(k + 2);
          size_t after_month = k;
          k = SkipComma(k);
          k = SkipConnector(k);
          if (IsNum(k, 4, 4) && CleanRight(k + 1))
            return Emit(i, k, t_[k].value, m, t.value, DateMatch::Kind::kTextual, out, used);
          if (o_.allow_missing_year && !IsNum(k, 1, 3))
            return Emit(i, after_month - 1, 0, m, t.value, DateMatch::Kind::kTextual, out, used);
        }
      }
      return false;
    }
    if (t.type == Tok::kWord) {
      // Every shape that starts with a month name has a number within the
      // next four tokens ("Apr. 3", "April, de 2024"): most words of a page
      // are not looked up at all.
      if (!NumberWithin(i + 1, 4)) return false;
      int m = Month(i);
      if (m <= 0 || !CleanLeft(i)) return false;
      size_t j = SkipDot(i + 1);
      // Month-first: April 3, 2024; Apr. 3rd 2024; March 3 (no year).
      if (IsNum(j, 1, 2) && t_[j].value >= 1 && t_[j].value <= 31) {
        size_t k = SkipOrdinal(j + 1);
        size_t after_day = k;
        k = SkipComma(k);
        if (IsNum(k, 4, 4) && CleanRight(k + 1))
          return Emit(i, k, t_[k].value, m, t_[j].value, DateMatch::Kind::kTextual, out, used);
        if (o_.allow_missing_year && CleanRight(after_day) && !IsPunct(after_day, ":"))
          return Emit(i, after_day - 1, 0, m, t_[j].value, DateMatch::Kind::kTextual, out, used);
        return false;
      }
      // Month and year: April 2024, avril 2024, März 2024.
      size_t k = SkipComma(j);
      k = SkipConnector(k);
      if (o_.allow_month_year && IsNum(k, 4, 4) && CleanRight(k + 1) && t_[k].value >= 1900)
        return Emit(i, k, t_[k].value, m, 0, DateMatch::Kind::kTextual, out, used);
    }
    return false;
  }
  // After an ISO date a "T10:00" or " 10:00" time may follow: that is fine.
  bool CleanRightIso(size_t j) const {
    if (j >= t_.size() || t_[j].space_before) return true;
    if (t_[j].type == Tok::kWord) return Text(j)[0] == 'T' || Text(j)[0] == 't';
    return CleanRight(j);
  }

  std::string_view s_;
  const FindDateOptions& o_;
  std::vector<Tok> t_;
};

}  // namespace

std::string CivilDate::ToString() const {
  char buf[16];
  if (day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

const char* CivilDate::Precision() const { return day ? "day" : month ? "month" : "year"; }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool IsValidCivil(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0) return false;
  if (month == 0) return day == 0;
  return day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil algorithm.
long DaysFromCivil(const CivilDate& d) {
  int y = d.year - (d.month <= 2);
  int m = d.month, day = d.day ? d.day : 1;
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int WeekdayOf(const CivilDate& d) {
  long z = DaysFromCivil(d);
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

CivilDate AddDays(const CivilDate& d, int days) { return CivilFromDays(DaysFromCivil(d) + days); }

CivilDate TodayUtc() {
  auto now = std::chrono::system_clock::now();
  long days = static_cast<long>(
      std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24);
  return CivilFromDays(days);
}

bool DateBounds::Contains(const CivilDate& d) const {
  if (d.year == 0) return false;
  // Compare at the date's own precision.
  CivilDate lo{earliest.year, d.month ? earliest.month : 0, d.day ? earliest.day : 0};
  CivilDate hi{latest.year, d.month ? latest.month : 0, d.day ? latest.day : 0};
  return !(d < lo) && !(hi < d);
}

std::optional<CivilDate> ParseDateString(std::string_view s, bool month_first) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  if (s.empty() || s.size() > 200) return std::nullopt;
  // All digits: compact ISO or a Unix timestamp.
  size_t nd = 0;
  while (nd < s.size() && IsDigit(s[nd])) ++nd;
  if (nd == s.size()) {
    if (nd == 8) {
      int y = ParseInt(s.substr(0, 4)), m = ParseInt(s.substr(4, 2)), d = ParseInt(s.substr(6, 2));
      if (y >= 1900 && y <= 2100 && m >= 1 && IsValidCivil(y, m, d) && d >= 1) return CivilDate{y, m, d};
      return std::nullopt;
    }
    if (nd == 4) {
      int y = ParseInt(s);
      if (y >= 1900 && y <= 2100) return CivilDate{y, 0, 0};
      return std::nullopt;
    }
    if (nd == 10 || nd == 13) {
      long long secs = std::stoll(std::string(s.substr(0, 10)));
      if (secs < 631152000LL) return std::nullopt;  // before 1990: not a timestamp we trust
      return CivilFromDays(static_cast<long>(secs / 86400));
    }
    return std::nullopt;
  }
  // ISO 8601 with separators, maybe with a time: 2024-04-03T10:00:00Z, 2024-04.
  if (nd == 4 && s.size() >= 7 && (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
    size_t i = 5, j = i;
    while (j < s.size() && IsDigit(s[j])) ++j;
    if (j - i >= 1 && j - i <= 2) {
      int y = ParseInt(s.substr(0, 4)), m = ParseInt(s.substr(i, j - i));
      if (j == s.size() && y >= 1900 && y <= 2100 && m >= 1 && m <= 12) return CivilDate{y, m, 0};
      if (j < s.size() && s[j] == s[4]) {
        size_t k = j + 1, e = k;
        while (e < s.size() && IsDigit(s[e])) ++e;
        if (e - k >= 1 && e - k <= 2 && (e == s.size() || !IsDigit(s[e]))) {
          int d = ParseInt(s.substr(k, e - k));
          if (y >= 1900 && y <= 2100 && m >= 1 && d >= 1 && IsValidCivil(y, m, d)) return CivilDate{y, m, d};
        }
      }
    }
  }
  FindDateOptions o;
  o.month_first = month_first;
  o.max_matches = 1;
  std::vector<DateMatch> found = FindDatesInText(s, o);
  if (!found.empty() && found[0].date.year != 0) return found[0].date;
  return std::nullopt;
}

std::vector<DateMatch> FindDatesInTextWhole(std::string_view text, const FindDateOptions& options) {
  std::vector<DateMatch> out;
  if (std::find_if(text.begin(), text.end(), IsDigit) == text.end()) return out;
  Matcher(text, options).Run(out);
  return out;
}

// Every date shape holds a number token (numbers are runs of ASCII digits),
// starts at most 4 tokens before one, looks 2 tokens further back
// (CleanLeft) and at most 13 tokens past it; a token that no number follows
// within 4 tokens starts no match. So only the text around digits needs
// tokenizing: it is cut into chunks at ASCII white space (which no token
// holds, and after which a token starts with space_before set, as in the
// whole text), and each run of chunks from kBefore chunks before a chunk
// with a digit to kAfter chunks after one is matched on its own. Every chunk
// holds at least one token, so the margins hold in tokens too; runs closer
// than kBefore + kAfter chunks are merged, so no margin overlaps another
// run. The matches are those of FindDatesInTextWhole, in the same order.
std::vector<DateMatch> FindDatesInText(std::string_view text, const FindDateOptions& options) {
  constexpr size_t kBefore = 8, kAfter = 16;
  std::vector<DateMatch> out;
  const char* p = text.data();
  const size_t n = text.size();
  if (std::find_if(text.begin(), text.end(), IsDigit) == text.end()) return out;
  auto ascii_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t ring[kBefore];  // starts of the last kBefore chunks
  size_t chunks = 0;
  size_t run_start = std::string_view::npos, run_end = 0, quiet = 0;  // chunks since the last digit
  auto match = [&](size_t from, size_t to) {
    if (options.max_matches && out.size() >= options.max_matches) return;
    Matcher(text.substr(0, to), options, from).Run(out);
  };
  size_t i = 0;
  while (i < n) {
    while (i < n && ascii_space(p[i])) ++i;
    if (i >= n) break;
    size_t c0 = i;
    bool digit = false;
    for (; i < n && !ascii_space(p[i]); ++i) digit = digit || IsDigit(p[i]);
    size_t c1 = i;
    if (digit) {
      if (run_start == std::string_view::npos) run_start = chunks >= kBefore ? ring[chunks % kBefore] : 0;
      quiet = 0;
      run_end = c1;
    } else if (run_start != std::string_view::npos) {
      ++quiet;
      if (quiet <= kAfter) run_end = c1;
      if (quiet == kBefore + kAfter) {
        match(run_start, run_end);
        run_start = std::string_view::npos;
      }
    }
    ring[chunks % kBefore] = c0;
    ++chunks;
  }
  if (run_start != std::string_view::npos) match(run_start, run_end);
  return out;
}

int MonthFromName(std::string_view word) { return Lookup(Lex().months, word, 0); }
int WeekdayFromName(std::string_view word) { return Lookup(Lex().weekdays, word, -1); }

std::optional<int> RelativeDayFromWord(std::string_view word) {
  int v = Lookup(Lex().relative, word, -100);
  if (v == -100) return std::nullopt;
  return v;
}

std::optional<CivilDate> ResolveRelativeDay(std::string_view word, const CivilDate& anchor,
                                            bool prefer_future) {
  if (!anchor.IsDay()) return std::nullopt;
  if (auto rel = RelativeDayFromWord(word)) return AddDays(anchor, *rel);
  int wd = WeekdayFromName(word);
  if (wd < 0) return std::nullopt;
  int today = WeekdayOf(anchor);
  int delta = prefer_future ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
  return AddDays(anchor, delta);
}

std::optional<CivilDate> DateFromDigitRun(std::string_view d) {
  auto num = [&](size_t p, size_t n) { return ParseInt(d.substr(p, n)); };
  auto time_ok = [&](size_t p) {
    return p + 6 <= d.size() && num(p, 2) < 24 && num(p + 2, 2) < 60 && num(p + 4, 2) < 60;
  };
  CivilDate today = TodayUtc();
  auto plausible = [&](int y, int m, int day) {
    return y >= 1995 && y <= today.year + 1 && m >= 1 && day >= 1 && IsValidCivil(y, m, day);
  };
  if (d.size() == 8 && plausible(num(0, 4), num(4, 2), num(6, 2)))
    return CivilDate{num(0, 4), num(4, 2), num(6, 2)};
  for (size_t p = 0; p + 14 <= d.size(); ++p) {
    int y = num(p, 4), m = num(p + 4, 2), day = num(p + 6, 2);
    if (plausible(y, m, day) && time_ok(p + 8)) return CivilDate{y, m, day};
  }
  for (size_t p = 0; p + 12 <= d.size(); ++p) {
    int y = 2000 + num(p, 2), m = num(p + 2, 2), day = num(p + 4, 2);
    if (plausible(y, m, day) && time_ok(p + 6)) return CivilDate{y, m, day};
  }
  return std::nullopt;
}

std::string HostOfUrl(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) {
    if (url.substr(0, 2) != "//") return "";
    scheme = 0;
    url.remove_prefix(2);
  } else {
    url.remove_prefix(scheme + 3);
  }
  size_t end = url.find_first_of("/?#");
  std::string_view host = url.substr(0, end);
  size_t at = host.rfind('@');
  if (at != std::string_view::npos) host.remove_prefix(at + 1);
  size_t colon = host.find(':');
  if (colon != std::string_view::npos) host = host.substr(0, colon);
  std::string h;
  for (char c : host) h += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (h.rfind("www.", 0) == 0) h = h.substr(4);
  if (h.find('.') == std::string::npos) return "";
  return h;
}

std::optional<CivilDate> DateFromUrl(std::string_view url, std::string* how) {
  // Only the part after the host: a host name holds no dates.
  size_t scheme = url.find("://");
  size_t path_start = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path_start == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path_start);
  // An archived copy (/web/20110106023242/http://site/...): the archive's
  // timestamp is the crawl time; the original URL inside is what counts.
  if (p.rfind("/web/", 0) == 0) {
    size_t slash = p.find('/', 5);
    if (slash != std::string_view::npos && slash > 5 && IsDigit(p[5])) {
      std::string_view inner = p.substr(slash + 1);
      if (inner.find("://") == std::string_view::npos) {
        std::string with_scheme = "http://" + std::string(inner);
        return DateFromUrl(with_scheme, how);
      }
      return DateFromUrl(inner, how);
    }
  }
  CivilDate today = TodayUtc();
  auto ok_year = [&](int y) { return y >= 1995 && y <= today.year + 1; };
  auto set_how = [&](const char* h) {
    if (how) *how = h;
  };
  // Digit runs with the separators between them.
  struct Run {
    size_t start, end;
  };
  std::vector<Run> runs;
  for (size_t i = 0; i < p.size();) {
    if (IsDigit(p[i])) {
      size_t j = i;
      while (j < p.size() && IsDigit(p[j])) ++j;
      runs.push_back({i, j});
      i = j;
    } else {
      ++i;
    }
  }
  auto is_sep = [](char c) { return c == '/' || c == '-' || c == '_' || c == '.'; };
  auto len = [](const Run& r) { return r.end - r.start; };
  auto val = [&](const Run& r) { return ParseInt(p.substr(r.start, r.end - r.start)); };
  // Boundaries: a run must not touch letters ("mp3-2024" is fine, "a2024" is not).
  auto bounded = [&](const Run& r) {
    bool left = r.start == 0 || !std::isalnum(static_cast<unsigned char>(p[r.start - 1]));
    bool right = r.end == p.size() || !std::isalnum(static_cast<unsigned char>(p[r.end]));
    return left && right;
  };
  std::optional<CivilDate> month_only;
  for (size_t k = 0; k < runs.size(); ++k) {
    const Run& a = runs[k];
    bool has_b = k + 1 < runs.size() && runs[k + 1].start == a.end + 1 && is_sep(p[a.end]);
    bool has_c = has_b && k + 2 < runs.size() && runs[k + 2].start == runs[k + 1].end + 1 &&
                 is_sep(p[runs[k + 1].end]);
    if (len(a) == 4 && ok_year(val(a)) && has_b && len(runs[k + 1]) <= 2) {
      int y = val(a), m = val(runs[k + 1]);
      if (m < 1 || m > 12) continue;
      // The day must end its segment: "/2023/10/3-fragen-an" is a month
      // archive with a slug that starts with a number.
      bool day_ends = has_c && (runs[k + 2].end == p.size() || p[runs[k + 2].end] == '/' ||
                                p[runs[k + 2].end] == '.' || p[runs[k + 2].end] == '?' ||
                                (len(runs[k + 2]) == 2 && (p[runs[k + 2].end] == '-' || p[runs[k + 2].end] == '_')));
      if (has_c && len(runs[k + 2]) <= 2 && day_ends) {
        int d = val(runs[k + 2]);
        if (d >= 1 && IsValidCivil(y, m, d)) {
          set_how("URL path");
          return CivilDate{y, m, d};
        }
      }
      // A month alone: "/2019/04/", "/2019/4/", "2019-04"; "2019-4" is an
      // issue number more often than a month.
      if (!month_only && (runs[k + 1].end == p.size() || is_sep(p[runs[k + 1].end])) &&
          (len(runs[k + 1]) == 2 || p[a.end] == '/'))
        month_only = CivilDate{y, m, 0};
      continue;
    }
    if (len(a) <= 2 && has_c && len(runs[k + 1]) <= 2 && len(runs[k + 2]) == 4 && bounded(a)) {
      int d = val(a), m = val(runs[k + 1]), y = val(runs[k + 2]);
      if (ok_year(y) && m >= 1 && d >= 1 && IsValidCivil(y, m, d)) {
        set_how("URL path");
        return CivilDate{y, m, d};
      }
    }
    if (len(a) == 8 && bounded(a)) {
      if (auto d = DateFromDigitRun(p.substr(a.start, 8))) {
        set_how("URL path (yyyyMMdd)");
        return d;
      }
    }
    if (len(a) >= 12 && len(a) <= 24) {
      if (auto d = DateFromDigitRun(p.substr(a.start, len(a)))) {
        set_how("article number in the URL (date and time digits)");
        return d;
      }
    }
  }
  if (month_only) {
    set_how("URL path (year and month)");
    return month_only;
  }
  return std::nullopt;
}

}  // namespace dragoman
