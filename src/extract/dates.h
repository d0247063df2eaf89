// Date primitives for metadata extraction: a civil date with precision,
// parsers for machine-readable date strings (ISO 8601, RFC 822, numeric and
// textual forms), a scanner that finds date expressions in free text in many
// languages (month and weekday names come from ICU's DateFormatSymbols, the
// words for "yesterday/today/tomorrow" from ICU's RelativeDateTimeFormatter),
// dates embedded in URLs and in numeric ids, and relative-day resolution.
//
// Thread-safety: every function is safe to call from several threads; the
// name lexicon is built once, on first use, behind a function-local static.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dragoman {

// A calendar date. month == 0 means year precision; day == 0 month precision.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;

  bool operator==(const CivilDate& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
  bool operator<(const CivilDate& o) const {
    if (year != o.year) return year < o.year;
    if (month != o.month) return month < o.month;
    return day < o.day;
  }
  // "YYYY-MM-DD", "YYYY-MM" or "YYYY".
  std::string ToString() const;
  // "day", "month" or "year".
  const char* Precision() const;
  bool IsDay() const { return day != 0; }
};

// Days in `month` of `year` (Gregorian); 0 for an invalid month.
int DaysInMonth(int year, int month);
// True for a real date (month/day may be 0 for coarser precision).
bool IsValidCivil(int year, int month, int day);
// Days since 1970-01-01 for a day-precision date, and back.
long DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(long days);
// 0 = Sunday ... 6 = Saturday.
int WeekdayOf(const CivilDate& d);
CivilDate AddDays(const CivilDate& d, int days);
// Today's date in UTC (only used as an upper bound for plausibility, never as
// a publication date).
CivilDate TodayUtc();

// Bounds for a plausible publication date: not before 1995-01-01 and not
// after `latest` (default: today).
struct DateBounds {
  CivilDate earliest{1995, 1, 1};
  CivilDate latest = TodayUtc();
  bool Contains(const CivilDate& d) const;
};

// Parses a date value written by a machine: ISO 8601 ("2024-04-03",
// "2024-04-03T10:00:00+02:00", "20240403", "2024-04"), RFC 822/1123
// ("Wed, 03 Apr 2024 10:00:00 GMT"), "2024/04/03", "03.04.2024", "04/03/2024",
// Unix timestamps (10 or 13 digits), and the textual forms FindDatesInText
// knows ("April 3, 2024", "3 avril 2024"). Returns nullopt when the string
// holds no complete, valid date at least at year precision.
std::optional<CivilDate> ParseDateString(std::string_view s, bool month_first = false);

// One date expression found in free text.
struct DateMatch {
  CivilDate date;      // year == 0 when the text gives no year ("6 avr.")
  size_t start = 0;    // byte offsets of the expression
  size_t end = 0;
  enum class Kind { kIso, kNumeric, kTextual, kCjk } kind = Kind::kIso;
};

struct FindDateOptions {
  // For "04/03/2024": month first (US) or day first (most of the world).
  bool month_first = false;
  // Report day+month expressions without a year ("6 avr.", "March 3").
  bool allow_missing_year = false;
  // Report "April 2024" (month precision) expressions.
  bool allow_month_year = true;
  // Stop after this many matches (0 = no limit).
  size_t max_matches = 0;
};

// Finds date expressions in UTF-8 text, in document order.
std::vector<DateMatch> FindDatesInText(std::string_view text, const FindDateOptions& options = {});
// The same, tokenizing the whole text (FindDatesInText tokenizes only the
// text around digits): the reference the tests compare it with.
std::vector<DateMatch> FindDatesInTextWhole(std::string_view text, const FindDateOptions& options = {});

// Month number (1-12) for a month name or abbreviation in any supported
// locale ("avr.", "März", "marzo", "Sept", "мая"); 0 when unknown.
int MonthFromName(std::string_view word);
// Weekday (0 = Sunday) for a weekday name in any supported locale; -1 when unknown.
int WeekdayFromName(std::string_view word);
// -1 for "yesterday", 0 for "today", +1 for "tomorrow" in any supported
// locale ("hier", "gestern", "ayer", ...); nullopt otherwise.
std::optional<int> RelativeDayFromWord(std::string_view word);

// Resolves a relative day reference against a known anchor date (the date the
// text was written): "yesterday" -> anchor - 1; a weekday name -> the most
// recent such day on or before the anchor (news speaks of the past week), or
// the next one when `prefer_future`. Returns nullopt for words it does not know
// or when the anchor is not at day precision.
std::optional<CivilDate> ResolveRelativeDay(std::string_view word, const CivilDate& anchor,
                                            bool prefer_future = false);

// A date embedded in a URL: path segments /2024/04/03/, /2024-04-03/,
// /20240403/, slug parts "-2024-04-03-", /2024/04/ (month precision), and
// numeric article ids holding a date followed by a time
// ("...-185250312065749437.htm" -> 2025-03-12). `how` (optional) receives a
// short description of the rule that matched.
std::optional<CivilDate> DateFromUrl(std::string_view url, std::string* how = nullptr);

// A date inside a run of digits: yyyyMMdd or yyMMdd followed by a valid
// HHmmss time, anywhere in the run (article numbers such as
// 185250312065749437 -> 2025-03-12). nullopt when no such position exists.
std::optional<CivilDate> DateFromDigitRun(std::string_view digits);

// Host of a URL without "www." ("https://www.rtl.be/x" -> "rtl.be"); empty
// when the string is not a URL.
std::string HostOfUrl(std::string_view url);

}  // namespace dragoman
