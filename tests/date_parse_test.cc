// Date primitives: machine date strings, dates in free text in several
// languages, URL and id dates, relative days.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "extract/dates.h"

namespace dragoman {
namespace {

struct ParseCase {
  const char* input;
  const char* want;  // "" = no date
};

TEST(DateParse, MachineStrings) {
  const ParseCase cases[] = {
      {"2024-04-03", "2024-04-03"},
      {"2024-04-03T10:00:00+02:00", "2024-04-03"},
      {"2024-04-03 23:59:59", "2024-04-03"},
      {"20240403", "2024-04-03"},
      {"2024-04", "2024-04"},
      {"2024", "2024"},
      {"Wed, 03 Apr 2024 10:00:00 GMT", "2024-04-03"},
      {"2024/04/03", "2024-04-03"},
      {"03.04.2024", "2024-04-03"},
      {"1712138400", "2024-04-03"},
      {"April 3, 2024", "2024-04-03"},
      {"3 avril 2024", "2024-04-03"},
      {"2024-02-30", ""},
      {"not a date", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    auto d = ParseDateString(c.input);
    EXPECT_EQ(d ? d->ToString() : "", c.want) << c.input;
  }
}

TEST(DateParse, MonthFirstOnlyWhenAsked) {
  EXPECT_EQ(ParseDateString("04/03/2024", true)->ToString(), "2024-04-03");
  EXPECT_EQ(ParseDateString("04/03/2024", false)->ToString(), "2024-03-04");
  // A first number over 12 cannot be a month.
  EXPECT_EQ(ParseDateString("25/03/2024", true)->ToString(), "2024-03-25");
}

TEST(DateText, ManyLanguages) {
  const ParseCase cases[] = {
      {"Publié le 3 avril 2024 à 10h", "2024-04-03"},
      {"Veröffentlicht am 3. März 2024", "2024-03-03"},
      {"Madrid, 12 de marzo de 2024.", "2024-03-12"},
      {"Roma, 5 settembre 2023 -", "2023-09-05"},
      {"Lisboa, 7 de dezembro de 2022", "2022-12-07"},
      {"Amsterdam, 14 oktober 2021", "2021-10-14"},
      {"Warszawa, 3 kwietnia 2024", "2024-04-03"},
      {"Москва, 3 апреля 2024 года", "2024-04-03"},
      {"Published on Tuesday, April 2nd, 2024", "2024-04-02"},
      {"Sept. 9, 2020", "2020-09-09"},
      {"2024年4月3日 10時", "2024-04-03"},
      {"Stand: 03.04.24", "2024-04-03"},
      {"Python 3.6.10 is out", ""},
      {"call 12-03-45 now", ""},
      {"version 2.10.2024b", ""},
  };
  for (const auto& c : cases) {
    auto found = FindDatesInText(c.input);
    EXPECT_EQ(found.empty() ? "" : found[0].date.ToString(), c.want) << c.input;
  }
}

// The fast paths (no digit: no tokens; a month name looked up only with a
// number within four tokens) agree with the full scan: the farthest number a
// month-name shape reaches ("Apr. , de 2024"), a month name far from any
// number, and a page of words with a date at its end.
TEST(DateText, FastPathsAgreeWithTheFullScan) {
  EXPECT_TRUE(FindDatesInText("Published in April, as every year, by the committee").empty());
  EXPECT_TRUE(FindDatesInText("Mars et avril sans chiffre aucun").empty());
  FindDateOptions month_year;
  month_year.allow_month_year = true;
  auto far = FindDatesInText("seen in abril. , de 2024 only", month_year);
  ASSERT_EQ(far.size(), 1u);
  EXPECT_EQ(far[0].date.ToString(), "2024-04");
  std::string page;
  for (int i = 0; i < 200; ++i) page += "April may march on without numbers. ";
  page += "Updated: March 5, 2024";
  auto found = FindDatesInText(page);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date.ToString(), "2024-03-05");
  EXPECT_EQ(page.substr(found[0].start, found[0].end - found[0].start), "March 5, 2024");
}

// FindDatesInText tokenizes only the text around digits; its matches must be
// those of the whole-text scan, wherever the dates sit: pieces of date shapes
// (month names, ordinals, connectors, separators, CJK markers, no-break and
// thin spaces, a stray byte) strung at random with digit-free stretches of
// every length between them.
TEST(DateText, ScanAroundDigitsAgreesWithTheWholeScan) {
  const std::vector<std::string> pieces = {
      "3", "03", "2024", "24", "12", "31", "1", "2023-04-05", "05.04.2024", "5/4/24", "12:30", "2024年4月3日",
      "April", "avril", "abril", "März", "Sept.", "mars", "Tuesday", "de", "of", "del", "3rd", "1er", "th",
      "º", ".", ",", "-", "/", ":", "(", ")", "T", "updated", "le", "the", "word", "Published", "am", "\xC2\xA0",
      "\xE2\x80\xAF", "\xE2\x80\x89", "\xFF", "\xE2\x80\x94", "news", "a", "x1", "v2.3.1", "\n", "\t"};
  const std::vector<std::string> fillers = {"", "one ", "two words ", "and so on and so forth ",
                                            "la suite sans chiffre, rien de plus ici ; ni là. "};
  uint64_t state = 42;
  auto next = [&]() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33);
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    size_t parts = 1 + next() % 40;
    for (size_t k = 0; k < parts; ++k) {
      if (next() % 4 == 0) {
        size_t reps = next() % 6;
        const std::string& f = fillers[next() % fillers.size()];
        for (size_t r = 0; r < reps * 4; ++r) text += f;
      }
      text += pieces[next() % pieces.size()];
      size_t sep = next() % 5;
      text += sep == 0 ? "" : sep == 1 ? "  " : " ";
    }
    FindDateOptions o;
    o.allow_missing_year = round % 2 == 0;
    o.allow_month_year = round % 3 != 0;
    o.month_first = round % 5 == 0;
    o.max_matches = round % 7 == 0 ? 2 : 0;
    auto fast = FindDatesInText(text, o);
    auto whole = FindDatesInTextWhole(text, o);
    ASSERT_EQ(fast.size(), whole.size()) << text;
    for (size_t k = 0; k < fast.size(); ++k) {
      EXPECT_EQ(fast[k].start, whole[k].start) << text;
      EXPECT_EQ(fast[k].end, whole[k].end) << text;
      EXPECT_EQ(fast[k].date.ToString(), whole[k].date.ToString()) << text;
      EXPECT_EQ(static_cast<int>(fast[k].kind), static_cast<int>(whole[k].kind)) << text;
    }
  }
  // Dates far apart, each found, in order.
  std::string page = "Posted 3 April 2024.";
  for (int i = 0; i < 300; ++i) page += " words without any number";
  page += " Updated 2024-05-06, then";
  for (int i = 0; i < 30; ++i) page += " more words";
  page += " le 7 mars 2024";
  auto found = FindDatesInText(page);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].date.ToString(), "2024-04-03");
  EXPECT_EQ(found[1].date.ToString(), "2024-05-06");
  EXPECT_EQ(found[2].date.ToString(), "2024-03-07");
}

TEST(DateText, DatelineWithoutYearOnlyWhenAllowed) {
  std::string s = "BRUXELLES, 6 avr. (Cinktank.com) –";
  EXPECT_TRUE(FindDatesInText(s).empty());
  FindDateOptions o;
  o.allow_missing_year = true;
  auto found = FindDatesInText(s, o);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date.year, 0);
  EXPECT_EQ(found[0].date.month, 4);
  EXPECT_EQ(found[0].date.day, 6);
  EXPECT_EQ(s.substr(found[0].start, found[0].end - found[0].start), "6 avr.");
}

TEST(DateText, MonthNamesFromIcu) {
  EXPECT_EQ(MonthFromName("avr."), 4);
  EXPECT_EQ(MonthFromName("März"), 3);
  EXPECT_EQ(MonthFromName("marzo"), 3);
  EXPECT_EQ(MonthFromName("Sept"), 9);
  EXPECT_EQ(MonthFromName("мая"), 5);
  EXPECT_EQ(MonthFromName("okt"), 10);
  EXPECT_EQ(MonthFromName("table"), 0);
  // A locale's own abbreviation wins over another language's informal
  // prefix ("mar" opens Finnish "marraskuu", November).
  EXPECT_EQ(MonthFromName("Mar"), 3);
  EXPECT_EQ(MonthFromName("marras"), 11);
  // Words of ASCII letters are looked up by their lower case, the others by
  // their fold: both give the same answer whatever the case.
  for (const char* w : {"SEPTEMBER", "September", "sEpT", "Mai", "MAI", "Dec", "DEZ"})
    EXPECT_EQ(MonthFromName(w), MonthFromName(std::string(w) + "."));
  EXPECT_EQ(MonthFromName("MARZO"), 3);
  EXPECT_EQ(MonthFromName("MÄRZ"), 3);
  EXPECT_EQ(MonthFromName("Tuesday"), 0);
  EXPECT_EQ(WeekdayFromName("TUESDAY"), WeekdayFromName("tuesday"));
  EXPECT_GE(WeekdayFromName("Tuesday"), 0);
}

TEST(DateText, ArabicMonthsAndDoubleMonthNames) {
  auto one = [](const char* s) {
    auto v = FindDatesInText(s);
    return v.size() == 1 ? v[0].date.ToString() : std::string("n=") + std::to_string(v.size());
  };
  EXPECT_EQ(one("Updated Mar 12, 2020 @ 10:42 am"), "2020-03-12");
  EXPECT_EQ(one("24 أبريل 2020"), "2020-04-24");
  // Levantine and Egyptian names of one month, side by side.
  EXPECT_EQ(one("الجمعة 24 نيسان / أبريل 2020"), "2020-04-24");
}

TEST(DateUrl, PathsAndIds) {
  const ParseCase cases[] = {
      {"https://example.com/2024/04/03/some-story", "2024-04-03"},
      {"https://example.com/news/2024-04-03/some-story.html", "2024-04-03"},
      {"https://example.com/20240403/story", "2024-04-03"},
      {"https://example.com/2024/04/story.html", "2024-04"},
      {"https://example.com/2023/10/3-questions-for-x/", "2023-10"},
      {"https://example.com/2019/4/story.html", "2019-04"},
      {"https://example.com/issues/2019-4/story.html", ""},  // issue 4 of 2019
      {"https://thanhnien.vn/hon-30-nuoc-185250312065749437.htm", "2025-03-12"},
      {"https://web.archive.org/web/20110106023242/http://example.de/2010/12/29/post", "2010-12-29"},
      {"https://example.com/story-1234567", ""},
      {"https://2024.example.com/", ""},
  };
  for (const auto& c : cases) {
    auto d = DateFromUrl(c.input);
    EXPECT_EQ(d ? d->ToString() : "", c.want) << c.input;
  }
}

TEST(DateUrl, DigitRunNeedsATimeAfterTheDate) {
  EXPECT_EQ(DateFromDigitRun("185250312065749437")->ToString(), "2025-03-12");
  EXPECT_EQ(DateFromDigitRun("20240403121500")->ToString(), "2024-04-03");
  EXPECT_FALSE(DateFromDigitRun("185250312999999437"));
  EXPECT_EQ(HostOfUrl("https://www.rtl.be/info/x"), "rtl.be");
  EXPECT_EQ(HostOfUrl("not a url"), "");
}

TEST(DateRelative, ResolvedAgainstAnAnchor) {
  CivilDate anchor{2024, 4, 3};  // a Wednesday
  EXPECT_EQ(WeekdayOf(anchor), 3);
  EXPECT_EQ(ResolveRelativeDay("yesterday", anchor)->ToString(), "2024-04-02");
  EXPECT_EQ(ResolveRelativeDay("hier", anchor)->ToString(), "2024-04-02");
  EXPECT_EQ(ResolveRelativeDay("gestern", anchor)->ToString(), "2024-04-02");
  EXPECT_EQ(ResolveRelativeDay("ayer", anchor)->ToString(), "2024-04-02");
  EXPECT_EQ(ResolveRelativeDay("Tuesday", anchor)->ToString(), "2024-04-02");
  EXPECT_EQ(ResolveRelativeDay("lundi", anchor)->ToString(), "2024-04-01");
  EXPECT_EQ(ResolveRelativeDay("mercredi", anchor)->ToString(), "2024-04-03");
  EXPECT_EQ(ResolveRelativeDay("Donnerstag", anchor, true)->ToString(), "2024-04-04");
  // Without a day-precision anchor nothing can be resolved.
  EXPECT_FALSE(ResolveRelativeDay("yesterday", CivilDate{2024, 4, 0}));
  EXPECT_FALSE(ResolveRelativeDay("banana", anchor));
}

TEST(DateBoundsTest, RejectsImplausibleDates) {
  DateBounds b;
  b.latest = CivilDate{2024, 12, 31};
  EXPECT_TRUE(b.Contains(CivilDate{2024, 4, 3}));
  EXPECT_FALSE(b.Contains(CivilDate{1994, 12, 31}));
  EXPECT_FALSE(b.Contains(CivilDate{2025, 1, 1}));
  EXPECT_TRUE(b.Contains(CivilDate{2024, 0, 0}));
}

}  // namespace
}  // namespace dragoman
