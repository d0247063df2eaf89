#include "events/event_date.h"

#include "extract/dates.h"

#include <cstdio>
#include <cstdlib>
#include <unordered_map>

namespace dragoman {
namespace {

const std::unordered_map<std::string, int>& Months() {
  static const std::unordered_map<std::string, int> kMonths = [] {
    std::unordered_map<std::string, int> m;
    const char* names[12][14] = {
        {"january", "jan", "janvier", "janv", "januar", "jan", "enero", "ene", "gennaio", "janeiro", "januari", "jänner", "janner", nullptr},
        {"february", "feb", "fevrier", "fevr", "fev", "februar", "febrero", "febbraio", "fevereiro", "februari", nullptr},
        {"march", "mar", "mars", "marz", "maerz", "marzo", "marco", "maart", nullptr},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", nullptr},
        {"may", "mai", "mayo", "maggio", "maio", "mei", nullptr},
        {"june", "jun", "juin", "juni", "junio", "giugno", "junho", nullptr},
        {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho", nullptr},
        {"august", "aug", "aout", "agosto", "augustus", nullptr},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", nullptr},
        {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", nullptr},
        {"november", "nov", "novembre", "noviembre", "novembro", nullptr},
        {"december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", nullptr},
    };
    for (int i = 0; i < 12; ++i)
      for (int k = 0; k < 14 && names[i][k]; ++k) m.emplace(names[i][k], i + 1);
    return m;
  }();
  return kMonths;
}

const std::unordered_map<std::string, int>& Weekdays() {
  static const std::unordered_map<std::string, int> kDays = {
      {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3}, {"friday", 4}, {"saturday", 5}, {"sunday", 6},
      {"lundi", 0}, {"mardi", 1}, {"mercredi", 2}, {"jeudi", 3}, {"vendredi", 4}, {"samedi", 5}, {"dimanche", 6},
      {"montag", 0}, {"dienstag", 1}, {"mittwoch", 2}, {"donnerstag", 3}, {"freitag", 4}, {"samstag", 5}, {"sonntag", 6},
      {"lunes", 0}, {"martes", 1}, {"miercoles", 2}, {"jueves", 3}, {"viernes", 4}, {"sabado", 5}, {"domingo", 6},
      {"lunedi", 0}, {"martedi", 1}, {"mercoledi", 2}, {"giovedi", 3}, {"venerdi", 4}, {"sabato", 5}};
  return kDays;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "11", "11er", "1st", "3." (the tokenizer drops the period) -> 11.
int DayNumber(const std::string& s) {
  std::string digits;
  for (char c : s) {
    if (c >= '0' && c <= '9') digits += c;
    else break;
  }
  if (digits.empty() || digits.size() > 2) return 0;
  std::string rest = s.substr(digits.size());
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th" && rest != "er" && rest != "e")
    return 0;
  int d = std::atoi(digits.c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int YearNumber(const std::string& s) {
  if (!AllDigits(s) || s.size() != 4) return 0;
  int y = std::atoi(s.c_str());
  return y >= 1900 && y <= 2100 ? y : 0;
}

}  // namespace

int MonthFromWord(const std::string& f) {
  auto it = Months().find(f);
  return it == Months().end() ? 0 : it->second;
}

int WeekdayFromWord(const std::string& f) {
  auto it = Weekdays().find(f);
  return it == Weekdays().end() ? -1 : it->second;
}

std::optional<CalendarDay> CalendarDay::Parse(const std::string& s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  CalendarDay d{std::atoi(s.substr(0, 4).c_str()), std::atoi(s.substr(5, 2).c_str()), std::atoi(s.substr(8, 2).c_str())};
  if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31) return std::nullopt;
  return d;
}

// The arithmetic is the extract stage's date library's (one implementation).
long CalendarDay::DaysSinceEpoch() const { return DaysFromCivil(CivilDate{y, m, d}); }

CalendarDay CalendarDay::FromDays(long z) {
  CivilDate c = CivilFromDays(z);
  return {c.year, c.month, c.day};
}

int CalendarDay::Weekday() const { return (WeekdayOf(CivilDate{y, m, d}) + 6) % 7; }

std::string CalendarDay::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::optional<ResolvedDate> FindDateInWords(const std::vector<Word>& w, size_t begin, size_t end,
                                            const std::string& reference) {
  std::optional<CalendarDay> ref = CalendarDay::Parse(reference);
  auto with_year = [&](int year, int month, int day) -> std::optional<ResolvedDate> {
    if (year == 0) {
      if (!ref) return std::nullopt;
      year = ref->y;
      CalendarDay c{year, month, day ? day : 1};
      // A date more than a month after the reference belongs to the year before.
      if (c.DaysSinceEpoch() - ref->DaysSinceEpoch() > 31) year -= 1;
    }
    char buf[16];
    if (day) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      return ResolvedDate{buf, "day"};
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return ResolvedDate{buf, "month"};
  };
  for (size_t i = begin; i < end; ++i) {
    const std::string& f = w[i].folded;
    // <day> [de] <month> [[de] <year>]  (fr, de, es, it)
    if (int day = DayNumber(f)) {
      size_t j = i + 1;
      if (j < end && w[j].folded == "de") ++j;
      if (j < end) {
        if (int month = MonthFromWord(w[j].folded)) {
          size_t k = j + 1;
          if (k < end && w[k].folded == "de") ++k;
          int year = k < end ? YearNumber(w[k].folded) : 0;
          return with_year(year, month, day);
        }
      }
    }
    if (int month = MonthFromWord(f)) {
      // "may" is also a verb: only as a month with a number beside it.
      // <month> <day>[,] [<year>]  (en)
      if (i + 1 < end) {
        if (int day = DayNumber(w[i + 1].folded)) {
          int year = i + 2 < end ? YearNumber(w[i + 2].folded) : 0;
          return with_year(year, month, day);
        }
        if (int year = YearNumber(w[i + 1].folded)) return with_year(year, month, 0);
      }
      // "in March" / "en mars" / "im März"
      if (f != "may" && f != "mar" && i > begin &&
          (w[i - 1].folded == "in" || w[i - 1].folded == "en" || w[i - 1].folded == "im" || w[i - 1].folded == "de"))
        return with_year(0, month, 0);
    }
    int wd = WeekdayFromWord(f);
    if (wd >= 0 && ref) {
      // "on Monday (February 26)": an explicit date right after wins.
      if (i + 2 < end) {
        if (int month = MonthFromWord(w[i + 1].folded))
          if (int day = DayNumber(w[i + 2].folded)) return with_year(0, month, day);
        if (int day = DayNumber(w[i + 1].folded))
          if (int month = MonthFromWord(w[i + 2].folded)) return with_year(0, month, day);
      }
      long back = (ref->Weekday() - wd + 7) % 7;
      return ResolvedDate{CalendarDay::FromDays(ref->DaysSinceEpoch() - back).ToString(), "day"};
    }
  }
  return std::nullopt;
}

}  // namespace dragoman
