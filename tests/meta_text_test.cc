// Plain-text metadata: headline lines, datelines and outlet markers,
// original-source lines, bylines and dates, on texts written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata.h"
#include "extract/meta_util.h"

namespace dragoman {
namespace {

Article TextMeta(const std::string& text) {
  RawDocument doc;
  doc.bytes = text;
  Article a;
  a.text = text;
  FillTextMetadata(doc, a);
  return a;
}

std::string Date(const Article& a) { return a.published ? a.published->date : ""; }

TEST(MetaText, LeadingDateLineAndMenafnId) {
  Article a = TextMeta(
      " date 2023-11-20 (MENAFN) Officials met in Geneva on Monday to discuss the grain deal, which expired.\n\n"
      "The talks will continue next week, according to people familiar with them.\n\n"
      "MENAFN20112023000045015687ID1107452811");
  EXPECT_EQ(a.outlet.value_or(""), "MENAFN");
  EXPECT_EQ(Date(a), "2023-11-20");
  EXPECT_EQ(a.published->precision, "day");
  EXPECT_NE(a.published->evidence.find("date 2023-11-20"), std::string::npos);
  EXPECT_NE(a.published->evidence.find("MENAFN"), std::string::npos);
  EXPECT_FALSE(a.title.has_value());  // the first line is body text
}

TEST(MetaText, MenafnIdAloneIsDayMonthYear) {
  Article a = TextMeta("Body text of an article that is long enough to be a paragraph.\n\nMENAFN05012022000045015687ID1103338");
  EXPECT_EQ(Date(a), "2022-01-05");
}

TEST(MetaText, DatelineWithAgencyAndYear) {
  Article a = TextMeta(
      "Ministers agree on new sanctions package\n\n"
      "BRUSSELS, 12 March 2024 (Reuters) - European Union ministers agreed on Tuesday on a new package of sanctions.\n\n"
      "More text follows here in a second paragraph.");
  EXPECT_EQ(a.title.value_or(""), "Ministers agree on new sanctions package");
  EXPECT_EQ(a.outlet.value_or(""), "Reuters");
  EXPECT_EQ(Date(a), "2024-03-12");
  EXPECT_NE(a.published->evidence.find("dateline"), std::string::npos);
}

TEST(MetaText, DatelineWithoutYearDatesNothingAlone) {
  Article a = TextMeta(
      "Accueil Monde Les ministres se réunissent à Bruxelles pour...\n\n"
      "Les ministres se réunissent à Bruxelles pour parler de l'Ukraine\n\n"
      "BRUXELLES, 6 avr. (Agence Exemple) –\n\n"
      "Les ministres des affaires étrangères se réunissent mercredi et jeudi au siège de l'organisation.");
  EXPECT_EQ(a.title.value_or(""), "Les ministres se réunissent à Bruxelles pour parler de l'Ukraine");
  EXPECT_EQ(a.outlet.value_or(""), "Agence Exemple");
  EXPECT_FALSE(a.published.has_value());
}

TEST(MetaText, DatelineWithoutYearTakesTheYearOfOtherEvidence) {
  RawDocument doc;
  doc.bytes = "PARIS, 6 avr. (AFP) - Le texte de l'article commence ici et continue longtemps.";
  doc.published = "2022-04-07";
  Article a;
  a.text = doc.bytes;
  FillTextMetadata(doc, a);
  EXPECT_EQ(a.outlet.value_or(""), "AFP");
  // The container's date wins; the dateline agrees on the year only.
  EXPECT_EQ(Date(a), "2022-04-07");
}

TEST(MetaText, AgencyCitedInTheTextIsNoOutlet) {
  Article a = TextMeta(
      "French officials said on Monday that talks would go on. The Associated Press (AP) reported on the developments "
      "and quoted two officials who spoke on condition of anonymity.\nA second paragraph.");
  EXPECT_FALSE(a.outlet.has_value());
  EXPECT_FALSE(a.title.has_value());
  EXPECT_FALSE(a.published.has_value());
}

TEST(MetaText, OriginallyPublishedOnAndSourceUrl) {
  Article a = TextMeta("Headline of the story goes here\n\nBody paragraph text that is longer than the headline.\n\n"
                       "This article is originally published on example.be\n\nRelated Articles");
  EXPECT_EQ(a.original_outlet.value_or(""), "example.be");

  Article b = TextMeta("Le texte de l'article, assez long pour être un paragraphe.\n"
                       "Source : https://www.example.vn/tin-tuc-185240917083015123.htm\nComment (0)");
  EXPECT_EQ(b.original_outlet.value_or(""), "example.vn");
  EXPECT_EQ(Date(b), "2024-09-17");
  EXPECT_NE(b.published->evidence.find("source URL"), std::string::npos);
}

// Lines are passed by unless their fold holds "pub"/"appeared"/"erschienen"
// or they hold a colon: lines in capitals, with accents or in Cyrillic are
// still found.
TEST(MetaText, OriginalSourceLinesInCapitalsAndOtherScripts) {
  Article a = TextMeta("Headline of the story goes here\n\nBody paragraph text that is longer than the headline.\n\n"
                       "THIS ARTICLE WAS ORIGINALLY PUBLISHED ON example.org\n\nRelated Articles");
  EXPECT_EQ(a.original_outlet.value_or(""), "example.org");
  Article b = TextMeta("Le texte de l'article, assez long pour être un paragraphe.\n\n"
                       "Cet article a été INITIALEMENT PUBLIÉ SUR exemple.fr\n");
  EXPECT_EQ(b.original_outlet.value_or(""), "exemple.fr");
  Article c = TextMeta("Текст статьи, достаточно длинный, чтобы быть абзацем.\n\n"
                       "ИСТОЧНИК: Пример Новости\n");
  EXPECT_EQ(c.original_outlet.value_or(""), "Пример Новости");
  Article d = TextMeta("Der Text des Artikels, lang genug für einen Absatz.\n\n"
                       "Zuerst ERSCHIENEN auf beispiel.de\n");
  EXPECT_EQ(d.original_outlet.value_or(""), "beispiel.de");
}

// All-ASCII lines without a colon are passed by unfolded when they lack
// "pub", "appeared" and "erschienen" in any case: the check must see them in
// every case mix.
TEST(MetaText, OriginalSourceAsciiLinesInAnyCase) {
  const char* lines[][2] = {{"It First APPEARED On example.net", "example.net"},
                            {"Zuerst ErSchienen Bei beispiel.at", "beispiel.at"},
                            {"Story originally PuBlished at example.com", "example.com"}};
  for (const auto& [line, outlet] : lines) {
    Article a = TextMeta(std::string("Headline of the story goes here\n\nBody paragraph text that is longer than the "
                                     "headline.\n\n") +
                         line + "\n\nRelated Articles");
    EXPECT_EQ(a.original_outlet.value_or(""), outlet) << line;
  }
  Article none = TextMeta("Headline of the story goes here\n\nThe pubs appear on every corner of example.net\n");
  EXPECT_FALSE(none.original_outlet.has_value());
}

// meta::Collapse copies runs of bytes at a time: the same output as a byte
// by byte collapse of ASCII white space and NBSP.
TEST(MetaText, CollapseMatchesByteByByte) {
  auto reference = [](std::string_view s) {
    std::string out;
    bool space = false;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
      if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        ws = true;
        ++i;
      }
      if (ws) {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += static_cast<char>(c);
    }
    return out;
  };
  const std::string pieces[] = {" ", "\t", "\n", "\r\n", "\f\v", "\xC2\xA0", "\xC2", "\xC2\xA9", "\xA0",
                                "word", "x", "\xC3\xA9t\xC3\xA9", "\xE2\x80\xAF", "."};
  const size_t n = sizeof(pieces) / sizeof(pieces[0]);
  // Every sequence of up to four pieces.
  for (size_t a = 0; a < n; ++a)
    for (size_t b = 0; b <= n; ++b)
      for (size_t c = 0; c <= n; ++c)
        for (size_t d = 0; d <= n; ++d) {
          std::string s = pieces[a];
          if (b < n) s += pieces[b];
          if (c < n) s += pieces[c];
          if (d < n) s += pieces[d];
          ASSERT_EQ(meta::Collapse(s), reference(s)) << s;
        }
}

TEST(MetaText, BreadcrumbGivesTitleAndRepeatedLabelGivesOutlet) {
  Article a = TextMeta(
      "Home World Report Leaders meet in Rome to discuss the future of the alliance\n"
      "World Report\n\n"
      "Leaders meet in Rome to discuss the future of the alliance\n\n"
      "The leaders of the alliance met in Rome on Tuesday to discuss its future and its budget.\n\n"
      "Related Articles\n\nWorld Report\n\nAnother story\n\nWorld Report\n\nYet another story");
  EXPECT_EQ(a.title.value_or(""), "Leaders meet in Rome to discuss the future of the alliance");
  EXPECT_EQ(a.outlet.value_or(""), "World Report");
  EXPECT_FALSE(a.published.has_value());
}

TEST(MetaText, Bylines) {
  Article a = TextMeta("Storm hits the coast overnight\n\nBy Jane Doe and John Smith\n\n"
                       "A storm hit the coast overnight, cutting power to thousands of homes.");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0], "Jane Doe");
  EXPECT_EQ(a.authors[1], "John Smith");
}

TEST(MetaText, PublishedPhraseInTheHeader) {
  Article a = TextMeta("Publié le 3 avril 2024\n\nLe texte de l'article commence ici et continue.");
  EXPECT_EQ(Date(a), "2024-04-03");
}

TEST(MetaText, FutureDatesAreRejected) {
  Article a = TextMeta("date 2999-01-01 (Example) Body text that is long enough to be a paragraph here.");
  EXPECT_FALSE(a.published.has_value());
}

}  // namespace
}  // namespace dragoman
