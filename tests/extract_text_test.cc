// Plain text as scraped: line classification into body and boilerplate kinds,
// the headline line, and the lexicon file format.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/article_id.h"
#include "dragoman/pipeline.h"
#include "dragoman/utf8.h"
#include "extract/boilerplate_lexicon.h"
#include "extract/extractor.h"
#include "extract/metadata.h"
#include "extract/text_body.h"
#include "extract/text_util.h"
#include "random_pieces.h"

namespace dragoman {
namespace {

using extract::BoilerplateLexicon;
using extract::ExtractTextBody;

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(DRAGOMAN_SOURCE_DIR) + "/tests/data/extract/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string KindOf(const extract::TextBody& b, const std::string& fragment) {
  for (const auto& x : b.boilerplate)
    if (x.text == fragment) return x.kind;
  for (const auto& x : b.boilerplate)
    if (x.text.find(fragment) != std::string::npos) return x.kind;
  return "";
}

TEST(ExtractTextTest, ScrapedPageLinesAreClassified) {
  std::string page = Fixture("scraped_page.txt");
  ASSERT_FALSE(page.empty());
  auto b = ExtractTextBody(page, BoilerplateLexicon::Default());
  ASSERT_TRUE(b.headline.has_value());
  EXPECT_EQ(*b.headline, "Dockworkers in three ports vote to end their strike after a pay deal");
  struct Case {
    const char* fragment;
    const char* kind;
  } cases[] = {
      {"Home World Europe Dockworkers", "breadcrumb"},
      {"World Europe", "navigation"},
      {"Cranes idle at the container terminal", "caption"},
      {"Follow live: the port strike", "teaser"},
      {"Read also: Shipping rates", "teaser"},
      {"originally published on harbourwire.example", "other"},
      {"Related Articles", "related"},
      {"Truck drivers plan a go-slow", "teaser"},
      {"battery-powered ships", "teaser"},
  };
  for (const auto& c : cases) EXPECT_EQ(KindOf(b, c.fragment), c.kind) << c.fragment;
  bool lone_zero = false;
  for (const auto& x : b.boilerplate) lone_zero = lone_zero || (x.text == "0" && x.kind == "comment-count");
  EXPECT_TRUE(lone_zero);
  // Body: the dateline and all three paragraphs, nothing else.
  EXPECT_EQ(b.text,
            "ROTTERDAM, 14 March (Harbour Wire) –\n\n"
            "Dockworkers in three North Sea ports voted on Thursday to accept a pay offer and return to work, "
            "ending a strike that had left container ships waiting at anchor for nine days.\n\n"
            "The union said that 81 percent of its members had backed the deal, which raises wages by six "
            "percent this year and adds a bonus for night shifts.\n\n"
            "Port operators expect the backlog of ships to clear by the end of next week, although some "
            "shipping lines have already diverted cargo to other harbours.");
}

TEST(ExtractTextTest, TrackingIdsCountsAndDatePrefix) {
  auto b = ExtractTextBody(
      " date 2023-11-02 (Wire) The ministry published its annual report on Thursday, showing a rise in exports.\n\n"
      "Officials said the figures would be revised in the spring.\n"
      "Comment (0)\n"
      "WIRE02112023000012345678ID9988776655\n",
      BoilerplateLexicon::Default());
  EXPECT_EQ(b.text,
            "(Wire) The ministry published its annual report on Thursday, showing a rise in exports.\n\n"
            "Officials said the figures would be revised in the spring.");
  ASSERT_EQ(b.boilerplate.size(), 3u);
  EXPECT_EQ(b.boilerplate[0].text, "date 2023-11-02");
  EXPECT_EQ(b.boilerplate[0].kind, "other");
  EXPECT_EQ(b.boilerplate[1].kind, "comment-count");
  EXPECT_EQ(b.boilerplate[2].kind, "tracking-id");
}

TEST(ExtractTextTest, LongParagraphsAreNeverRemovedByPhrases) {
  // A body line that starts like a teaser but is a real paragraph stays.
  std::string para =
      "Read also the minority report, the committee said in a long statement on Friday, because it explains in "
      "detail why three members voted against the plan, which costs more than the town spends on roads in a "
      "decade and which, in their view, was rushed through without a proper hearing of the residents concerned.";
  auto b = ExtractTextBody("First paragraph of the story, with a clear and final stop.\n" + para + "\n",
                           BoilerplateLexicon::Default());
  EXPECT_NE(b.text.find(para), std::string::npos);
}

TEST(ExtractTextTest, RelatedHeadingInTheMiddleIsNotATail) {
  std::string text = "Opening paragraph of a report that runs on for a while, with details.\nRelated\n";
  for (int i = 0; i < 5; ++i)
    text += "Another full paragraph of the same article follows here, long and with a stop, number " +
            std::to_string(i) + ".\n";
  auto b = ExtractTextBody(text, BoilerplateLexicon::Default());
  EXPECT_NE(b.text.find("number 4."), std::string::npos) << b.text;
}

TEST(ExtractTextTest, EmptyTextIsNoContent) {
  RawDocument doc;
  doc.kind = RawDocument::Kind::kText;
  doc.bytes = "\n \n\t\n";
  auto r = MakeDefaultExtractor(PipelineOptions{})->Extract(doc);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kNoContent);
}

// IsCollapsed() lets BlockKey() skip a second collapsing pass: it must say
// true exactly when Collapse() would change nothing.
TEST(ExtractTextUtilTest, IsCollapsedAgreesWithCollapse) {
  for (std::string s : {"", "a", "two words", " lead", "trail ", "dou  ble", "tab\there", "line\nbreak",
                        "no\xC2\xA0" "break", "soft\xC2\xADhyphen", "zero\xE2\x80\x8Bwidth", "ideo\xE3\x80\x80space",
                        "bom\xEF\xBB\xBF", "«guillemets» – dash “quotes” …", "thin\xE2\x80\xAFspace", "ctrl\x01" "char",
                        "caf\xC3\xA9 \xEF\xBC\xAE"}) {
    EXPECT_EQ(extract::IsCollapsed(s), extract::Collapse(s) == s) << s;
  }
  // A fold can bring a space ("¨" is a space and a mark): the key is collapsed.
  EXPECT_EQ(extract::BlockKey("Umlaut \xC2\xA8 sign"), "umlaut sign");
  EXPECT_EQ(extract::BlockKey("  Read more:  "), "read more");
  // Commas of four scripts, among other bytes that share their lead bytes.
  EXPECT_EQ(extract::CountCommas("a, b\xEF\xBC\x8C c\xE3\x80\x81 d\xD8\x8C e \xEF\xBC\x8E\xE3\x80\x82\xD8\xA7"), 4u);
}

TEST(ExtractTextUtilTest, CountCharsAndWordsSkipEverySpace) {
  // Characters are code points other than white space (ASCII, no-break,
  // thin, ideographic); words are runs between them. A control byte and the
  // soft hyphen are not spaces.
  EXPECT_EQ(extract::CountChars(""), 0u);
  EXPECT_EQ(extract::CountChars("two words"), 8u);
  EXPECT_EQ(extract::CountChars(" a\tb\nc\rd\fe\vf "), 6u);
  EXPECT_EQ(extract::CountChars("caf\xC3\xA9\xC2\xA0" "cr\xC3\xA8me"), 9u);
  EXPECT_EQ(extract::CountChars("a\xE2\x80\xAF" "b\xE2\x80\x89" "c\xE3\x80\x80" "d\xE2\x81\x9F" "e"), 5u);
  EXPECT_EQ(extract::CountChars("soft\xC2\xADhyphen\x01\xE2\x80\x94\xEF\xBC\x8C"), 14u);
  EXPECT_EQ(extract::CountWords(""), 0u);
  EXPECT_EQ(extract::CountWords("  one\xC2\xA0two\xE3\x80\x80three\tfour\xE2\x80\x94" "five  "), 4u);
  EXPECT_EQ(extract::CountWords("caf\xC3\xA9 cr\xC3\xA8me \xE2\x80\x94 br\xC3\xBBl\xC3\xA9" "e"), 4u);
}

TEST(ExtractLexiconTest, FileFormat) {
  BoilerplateLexicon lex;
  ASSERT_TRUE(lex.AddText("# comment\nrelated tail Related Articles\nteaser start Lire aussi\n"
                          "other prefix Source\nshare line Share\nother contains uses cookies\n",
                          "test")
                  .ok());
  EXPECT_EQ(lex.size(), 5u);
  auto tail = lex.Match("Related articles:");
  ASSERT_TRUE(tail);
  EXPECT_EQ(tail->kind, "related");
  EXPECT_EQ(tail->mode, extract::LexiconMode::kTail);
  EXPECT_TRUE(lex.Match("Lire aussi:   La suite du feuilleton"));
  EXPECT_TRUE(lex.Match("À LIRE AUSSI") == std::nullopt);  // not in this lexicon
  EXPECT_TRUE(lex.Match("Source : https://example.org/a"));
  EXPECT_FALSE(lex.Match("Sources close to the mayor said the vote was delayed"));  // prefix needs a separator
  EXPECT_TRUE(lex.Match("Share (12)"));
  EXPECT_TRUE(lex.Match("This site uses cookies to measure its audience."));
}

TEST(ExtractLexiconTest, BadLinesNameFileAndLine) {
  BoilerplateLexicon lex;
  Status s = lex.AddText("related tail Related\nbogus line Something\n", "xx.txt");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("xx.txt:2"), std::string::npos) << s.message();
  s = lex.AddText("share sometimes Share\n", "yy.txt");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("yy.txt:1"), std::string::npos);
}

TEST(ExtractLexiconTest, ShippedLexiconsCoverSevenLanguages) {
  const auto& lex = BoilerplateLexicon::Default();
  const char* phrases[] = {"Related Articles", "Lire aussi", "Weitere Artikel", "Noticias relacionadas",
                           "Leggi anche",      "Leia também", "Gerelateerde artikelen"};
  for (const char* p : phrases) EXPECT_TRUE(lex.Match(p)) << p;
}

TEST(ExtractLexiconTest, BracketsAroundTheBlockAndNumberedLabels) {
  // "(Credit: ...)" is compared without its brackets; a number may sit
  // between a prefix phrase and its separator ("Figure 4:"), but a label and
  // a number alone, or a year, are not the phrase.
  EXPECT_EQ(extract::BlockKey("(Credit: Jane Doe)"), "credit: jane doe");
  EXPECT_EQ(extract::BlockKey("[Advertisement]"), "advertisement");
  EXPECT_EQ(extract::BlockKey("(a) first (b) second"), "(a) first (b) second");  // not one bracket pair
  BoilerplateLexicon lex;
  ASSERT_TRUE(lex.AddText("caption prefix Plate\nother line Advertisement\n", "test").ok());
  EXPECT_TRUE(lex.Match("(Plate: the harbour at dawn)"));
  EXPECT_TRUE(lex.Match("[Advertisement]"));
  EXPECT_TRUE(lex.Match("Plate 4: the harbour at dawn"));
  EXPECT_TRUE(lex.Match("Plate12 - the quay"));
  EXPECT_FALSE(lex.Match("Plate 4 shows the harbour at dawn"));
  EXPECT_FALSE(lex.Match("Plate 2024: a year of tides"));
  EXPECT_FALSE(lex.Match("Plates of the harbour were shown at the museum."));
}

TEST(ExtractLexiconTest, ShippedLexiconsKnowPictureCredits) {
  const auto& lex = BoilerplateLexicon::Default();
  for (const char* p : {"Abbildung 3: Querschnitt der Mole", "(Bild: Erika Muster)", "Fotos: Max Muster",
                        "Beitragsbild: Hafen am Morgen", "(Credit: Jane Doe / Harbour Press)",
                        "Image illustrative : un ferry", "Fotos: archivo", "Harbour at dawn. \xC2\xA9 Jane Doe"})
    EXPECT_TRUE(lex.Match(p)) << p;
  // A long paragraph that mentions a copyright sign is not a credit.
  std::string para(320, 'a');
  EXPECT_FALSE(lex.Match(para + " \xC2\xA9 2024"));
}

TEST(ExtractLexiconTest, ShippedLexiconsKnowImageZoomAndPermalinkLabels) {
  const auto& lex = BoilerplateLexicon::Default();
  for (const char* p : {"Vergrößern Der neue Anleger am Morgen", "Enlarge this image", "Permalink https://example.org/p/1",
                        "Permalien https://example.org/p/1", "Aktualisiert am 3. Mai 2024", "Auch lesen: Der neue Anleger"})
    EXPECT_TRUE(lex.Match(p)) << p;
}

// The plain-text extractor folds each line once and shares the fold: the
// body's fold must be the fold of the body text, the block keys the keys of a
// fresh fold, and the id it sets the id ArticleId gives the finished article.
std::string SharedFoldSample() {
  std::string long_line;
  for (int i = 0; i < 40; ++i) long_line += "Ärzte in Zürich ÉTUDIENT la CRISE; ";  // over 400 chars
  return "Accueil › Économie › Le marché\n"
         "Le marché s'effondre à Genève\n"
         "date 2024-04-03 Les investisseurs ont vendu leurs titres mardi, disent les analystes à Genève.\n"
         "\xC2\xA0" "Des Zürcher Händler sagen: \xE2\x80\x9C" "Das ist übertrieben\xE2\x80\x9D.\xC2\xA0\n" +
         long_line + "\n" +
         "Ο ΠΡΩΘΥΠΟΥΡΓΟΣ δήλωσε ότι η ΑΓΟΡΆ θα ανακάμψει σύντομα, σύμφωνα με ανακοίνωση.\n"
         "Bad \xFF" " byte and a combining e\xCC\x81 mark and \xEF\xAC\x81 ligature in this line of text here.\n"
         "Partager sur Facebook\n"
         "Lire aussi : Le franc reste fort\n";
}

TEST(ExtractTextTest, SharedFoldIsTheFoldOfTheBody) {
  const std::string text = SharedFoldSample();
  extract::TextBody b = ExtractTextBody(RepairUtf8(text), BoilerplateLexicon::Default());
  ASSERT_FALSE(b.text.empty());
  EXPECT_NE(b.text.find("\n\n"), std::string::npos);
  EXPECT_EQ(b.folded, FoldForMatch(b.text));
  // Also for text that was not repaired first.
  extract::TextBody raw = ExtractTextBody(text, BoilerplateLexicon::Default());
  EXPECT_EQ(raw.folded, FoldForMatch(raw.text));
  for (std::string t : {"a", "Only one line.", "Un été à Paris.\n\nSecond paragraphe, très long."}) {
    extract::TextBody one = ExtractTextBody(t, BoilerplateLexicon::Default());
    EXPECT_EQ(one.folded, FoldForMatch(one.text)) << t;
  }
}

TEST(ExtractTextUtilTest, BlockKeyOfFoldIsBlockKey) {
  for (std::string s : {"Related Articles:", "Comment (12)", "ÉCONOMIE »", "[Anzeige]", "Lire aussi…",
                        "Ο ΠΡΩΘΥΠΟΥΡΓΟΣ 3", "e\xCC\x81t\xC3\xA9 \xC2\xA8", "plain words"}) {
    EXPECT_EQ(extract::BlockKeyOfFold(FoldForMatch(s)), extract::BlockKey(s)) << s;
  }
}

// Documents whose lines the two collapsing rules read differently or alike:
// no-break, thin, ideographic and other Unicode spaces, soft hyphens,
// zero-width spaces, word joiners and byte-order marks inside and alone on a
// line, tabs and carriage returns, a leading "date" glued to the first
// paragraph, lines over 400 characters, and the metadata the reader looks for.
std::vector<std::string> SourceLineSamples() {
  std::string long_line;
  for (int i = 0; i < 40; ++i) long_line += "Une phrase assez longue pour passer les quatre cents caractères. ";
  return {
      SharedFoldSample(),
      "Home World Ministers meet in Brussels\nMinisters meet in Brussels\nBy Jane Doe and John Roe\n"
      "BRUSSELS (Agency) – The ministers met on Wednesday to talk about aid.\n\n" + long_line +
          "\nThis article was originally published on example.org.\n",
      "date 2024-04-03 (Wire) Ministers met on Wednesday in the capital, officials said.\n"
      "Second paragraph\xC2\xA0with a no-break space and a soft\xC2\xADhyphen.\n"
      "\xE2\x80\x8B\n\xEF\xBB\xBF\n \t \r\n"
      "Thin\xE2\x80\x89space, ideographic\xE3\x80\x80space and word\xE2\x81\xA0joiner in one line.\n"
      "Source : https://example.org/2024/04/03/ministers-meet\n",
      "  Leading and trailing spaces  \nΟ ΠΡΩΘΥΠΟΥΡΓΟΣ ΜΙΛΗΣΕ\xC2\xA0ΣΗΜΕΡΑ ΣΤΗ ΒΟΥΛΗ ΓΙΑ ΤΗΝ ΟΙΚΟΝΟΜΙΑ\n"
      "Министр заявил\xE2\x80\x8B, что переговоры продолжатся в следующем месяце.\n"
      "Quelle: Deutsche Welle\nZuerst erschienen auf example.de\n",
      "only one line",
      "\n\n\xE2\x80\x8B\n",
  };
}

TEST(ExtractTextTest, SourceLinesAreTheMetadataReadersLines) {
  size_t folded = 0;
  for (const std::string& raw : SourceLineSamples()) {
    std::string text = RepairUtf8(raw);
    extract::SourceLines lines;
    ExtractTextBody(text, BoilerplateLexicon::Default(), &lines);
    extract::SourceLines alone = extract::SplitSourceLines(text);
    EXPECT_EQ(lines.text, alone.text) << text;
    ASSERT_EQ(lines.fold.size(), lines.text.size());
    ASSERT_EQ(lines.folded.size(), lines.text.size());
    for (size_t i = 0; i < lines.text.size(); ++i) {
      if (!lines.folded[i]) continue;
      ++folded;
      EXPECT_EQ(lines.fold[i], FoldForMatch(lines.text[i])) << lines.text[i];
    }
  }
  EXPECT_GT(folded, 10u);  // most lines come with their fold
}

TEST(ExtractTextTest, SharedSourceLinesGiveTheSameMetadata) {
  for (const std::string& raw : SourceLineSamples()) {
    std::string text = RepairUtf8(raw);
    RawDocument doc;
    doc.kind = RawDocument::Kind::kText;
    doc.bytes = raw;
    auto with_body = [&](Article& a, extract::SourceLines* lines) {
      extract::TextBody body = ExtractTextBody(text, BoilerplateLexicon::Default(), lines);
      a.text = body.text;
      a.boilerplate = body.boilerplate;
      if (body.headline) a.title = *body.headline;
    };
    Article alone, shared;
    with_body(alone, nullptr);
    FillTextMetadata(doc, alone);
    extract::SourceLines lines;
    with_body(shared, &lines);
    FillTextMetadata(doc, text, shared, std::move(lines));
    EXPECT_EQ(shared.title, alone.title) << text;
    EXPECT_EQ(shared.outlet, alone.outlet) << text;
    EXPECT_EQ(shared.original_outlet, alone.original_outlet) << text;
    EXPECT_EQ(shared.authors, alone.authors) << text;
    EXPECT_EQ(shared.published.has_value(), alone.published.has_value()) << text;
    if (shared.published && alone.published) {
      EXPECT_EQ(shared.published->date, alone.published->date) << text;
      EXPECT_EQ(shared.published->evidence, alone.published->evidence) << text;
    }
  }
}

// IsCollapsed and CountCollapsed read eight bytes at a time where they can:
// random lines of words, spaces (single, double, first, last, at every offset
// of an eight-byte block), tabs, control bytes, no-break and other Unicode
// spaces, invisible characters and other multi-byte letters give what the
// definitions say (Collapse(s) == s; CountChars and CountWords).
// Commas counted eight bytes at a time where a block holds neither ',' nor a
// high byte: the same count as one byte at a time, on random mixes of commas,
// ASCII, the three multi-byte commas, their lead bytes alone and other UTF-8.
TEST(ExtractTextUtilTest, CountCommasSkipsBlocksExactly) {
  auto slow = [](std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == ',') {
        ++n;
      } else if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) {
        ++n;
        i += 2;
      } else if (s.compare(i, 2, "\xD8\x8C") == 0) {
        ++n;
        ++i;
      }
    }
    return n;
  };
  RandomPieces random({",", "a", "bc", "word ", "\xEF\xBC\x8C", "\xE3\x80\x81", "\xD8\x8C", "\xEF", "\xE3",
                       "\xD8", "\xC3\xA9", "\xE3\x80\x82", "        ", ",,", "\xEF\xBC"},
                      7);
  for (int t = 0; t < 3000; ++t) {
    std::string s = random.Join(static_cast<size_t>(t % 40));
    EXPECT_EQ(extract::CountCommas(s), slow(s)) << t;
  }
}

TEST(ExtractTextUtilTest, CollapsedChecksAndCountsByEightBytes) {
  std::mt19937 rng(11);
  const char* pieces[] = {"a", "b", " ", "  ", "\t", "\n", "\r", "\x01", "\xC2\xA0", "\xC2\xAD", "\xC2\xA9",
                          "\xE2\x80\x89", "\xE2\x80\x8B", "\xE2\x80\x99", "\xE2\x81\xA0", "\xE3\x80\x80",
                          "\xEF\xBB\xBF", "\xEF\xBC\x8C", "\xC3\xA9", "\x7F", "Hello", "world!"};
  const size_t kPieces = sizeof(pieces) / sizeof(pieces[0]);
  size_t collapsed = 0;
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    if (k % 2 == 0) {
      int len = static_cast<int>(rng() % 24);
      for (int j = 0; j < len; ++j) s += pieces[rng() % kPieces];
    } else {
      int words = static_cast<int>(rng() % 12);
      for (int j = 0; j < words; ++j) {
        if (j) s += ' ';
        int letters = 1 + static_cast<int>(rng() % 9);
        for (int q = 0; q < letters; ++q) s += static_cast<char>('a' + rng() % 26);
      }
      if (rng() % 5 == 0) s.insert(rng() % (s.size() + 1), pieces[rng() % kPieces]);
    }
    bool is = extract::IsCollapsed(s);
    ASSERT_EQ(is, extract::Collapse(s) == s) << "[" << s << "]";
    if (!is || s.empty()) continue;
    ++collapsed;
    size_t chars = 0, words = 0;
    extract::CountCollapsed(s, chars, words);
    EXPECT_EQ(chars, extract::CountChars(s)) << s;
    EXPECT_EQ(words, extract::CountWords(s)) << s;
  }
  EXPECT_GT(collapsed, 5000u);
  // Long lines: the counts are added up block by block.
  const char* words[] = {"a", "bb", "été", "ж", "東京", "xyzzy", "\xC2\xA9"};
  for (int k = 0; k < 200; ++k) {
    std::string s;
    int n = 1 + static_cast<int>(rng() % 1500);
    for (int j = 0; j < n; ++j) {
      if (j) s += ' ';
      s += words[rng() % 7];
    }
    ASSERT_TRUE(extract::IsCollapsed(s));
    size_t chars = 0, count = 0;
    extract::CountCollapsed(s, chars, count);
    EXPECT_EQ(chars, extract::CountChars(s));
    EXPECT_EQ(count, extract::CountWords(s));
  }
}

TEST(ExtractTextTest, ExtractorIdIsTheArticleIdOfTheArticle) {
  RawDocument doc;
  doc.kind = RawDocument::Kind::kText;
  doc.bytes = SharedFoldSample();
  auto r = MakeDefaultExtractor(PipelineOptions{})->Extract(doc);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_FALSE(r->id.empty());
  EXPECT_EQ(r->id, ArticleId(*r));
  EXPECT_EQ(ContentHashOfFolds(FoldForMatch("Été"), FoldForMatch("Un  TEXTE\n\nà lire")),
            ContentHash("Été", "Un  TEXTE\n\nà lire"));
  // An id the container gives is kept.
  doc.id = "given-id";
  auto given = MakeDefaultExtractor(PipelineOptions{})->Extract(doc);
  ASSERT_TRUE(given.ok());
  EXPECT_EQ(given->id, "given-id");
}

TEST(ExtractTextTest, DecomposedTextComesOutComposed) {
  // Text saved on systems that write accents as separate combining marks.
  RawDocument doc;
  doc.origin.path = "nfd.txt";
  doc.kind = RawDocument::Kind::kText;
  doc.bytes =
      "Le ministre Ste\xCC\x81phane Se\xCC\x81journe\xCC\x81 est arrive\xCC\x81 a\xCC\x80 Kyiv mardi "
      "pour une visite de deux jours consacre\xCC\x81" "e a\xCC\x80 l'aide militaire.\n\n"
      "Il doit rencontrer le pre\xCC\x81sident ukrainien et son homologue dans la capitale.\n";
  doc.title = "Se\xCC\x81journe\xCC\x81 a\xCC\x80 Kyiv";
  auto r = MakeDefaultExtractor(PipelineOptions{})->Extract(doc);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(IsNfc(r->text));
  EXPECT_NE(r->text.find("Stéphane Séjourné est arrivé à Kyiv"), std::string::npos) << r->text;
  ASSERT_TRUE(r->title.has_value());
  EXPECT_TRUE(IsNfc(*r->title)) << *r->title;
}

}  // namespace
}  // namespace dragoman
