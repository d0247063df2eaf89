// Dates stated in a sentence ("on Monday (February 26)", "le 11 mars",
// "am 3. März 2024", "el 12 de marzo", "in March"), resolved against a
// reference date (the article's publication date).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "events/words.h"

namespace dragoman {

struct ResolvedDate {
  std::string date;       // YYYY-MM-DD, YYYY-MM or YYYY
  std::string precision;  // day|month|year
};

// Civil date arithmetic on YYYY-MM-DD strings.
struct CalendarDay {
  int y = 0, m = 0, d = 0;
  static std::optional<CalendarDay> Parse(const std::string& ymd);  // accepts YYYY-MM-DD
  long DaysSinceEpoch() const;
  static CalendarDay FromDays(long days);
  int Weekday() const;  // 0 = Monday .. 6 = Sunday
  std::string ToString() const;
};

// The first date expression in `words`, resolved against `reference`
// (YYYY-MM-DD; may be empty, then only dates with a year resolve).
// A weekday alone resolves to the closest such day on or before the reference.
// A day and month without a year take the reference's year, or the year before
// when that would put the date more than a month after the reference.
std::optional<ResolvedDate> FindDateInWords(const std::vector<Word>& words, size_t begin, size_t end,
                                            const std::string& reference);

// Month number (1-12) of a folded month name or abbreviation in en/fr/de/es/it/pt/nl; 0 when none.
int MonthFromWord(const std::string& folded);
// Weekday (0 = Monday) of a folded weekday name in en/fr/de/es/it; -1 when none.
int WeekdayFromWord(const std::string& folded);

}  // namespace dragoman
