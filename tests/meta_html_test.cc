// HTML metadata: title, outlet, authors, canonical URL and publication date
// from small pages written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata.h"

namespace dragoman {
namespace {

// Parses `html` and runs FillHtmlMetadata with an optional page URL.
Article Meta(const std::string& html, const std::string& url = "") {
  GumboOutput* dom = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  RawDocument doc;
  doc.kind = RawDocument::Kind::kHtml;
  doc.origin.url = url;
  Article a;
  FillHtmlMetadata(dom, doc, a);
  gumbo_destroy_output(&kGumboDefaultOptions, dom);
  return a;
}

std::string Date(const Article& a) { return a.published ? a.published->date : ""; }

TEST(MetaHtml, OpenGraphTitleSiteAndPublishedTime) {
  Article a = Meta(R"(<html><head>
    <title>Storm hits the coast | Daily Example</title>
    <meta property="og:title" content="Storm hits the coast">
    <meta property="og:site_name" content="Daily Example">
    <meta property="article:published_time" content="2024-04-03T08:00:00+02:00">
    <meta property="article:modified_time" content="2024-04-05T09:00:00+02:00">
    <meta name="author" content="By Jane Doe | Reuters">
    <link rel="canonical" href="https://daily.example.com/a/storm">
    </head><body><p>Text.</p></body></html>)");
  EXPECT_EQ(a.title.value_or(""), "Storm hits the coast");
  EXPECT_EQ(a.outlet.value_or(""), "Daily Example");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Jane Doe");
  EXPECT_EQ(a.source.url, "https://daily.example.com/a/storm");
  EXPECT_EQ(Date(a), "2024-04-03");
  EXPECT_EQ(a.published->precision, "day");
  EXPECT_EQ(a.published->evidence, "meta article:published_time");
}

TEST(MetaHtml, JsonLdGraphWithAuthorsAndPublisher) {
  Article a = Meta(R"(<html><head><title>x</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Example Site"},
      {"@type":"NewsArticle","headline":"Ministers meet in Brussels",
       "datePublished":"2022-04-06T10:00:00Z","dateModified":"2022-04-07T10:00:00Z",
       "author":[{"@type":"Person","name":"Ana Pérez"},{"@type":"Person","name":"Max Muster"}],
       "publisher":{"@type":"Organization","name":"Example News"}}]}</script>
    </head><body></body></html>)");
  EXPECT_EQ(a.title.value_or(""), "Ministers meet in Brussels");
  EXPECT_EQ(a.outlet.value_or(""), "Example News");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0], "Ana Pérez");
  EXPECT_EQ(Date(a), "2022-04-06");
  EXPECT_EQ(a.published->evidence, "JSON-LD datePublished");
}

TEST(MetaHtml, BrokenJsonLdStillGivesTheDate) {
  Article a = Meta(R"(<html><head><script type="application/ld+json">
    {"@type":"Article","headline":"Broken", "datePublished": "2021-11-19", "author": {"name": "X"</script>
    </head><body></body></html>)");
  EXPECT_EQ(Date(a), "2021-11-19");
}

TEST(MetaHtml, TitleTagWithoutSiteSuffixAndBestH1) {
  Article a = Meta(R"(<html><head><title>Flood warnings extended in the north - Example Gazette</title></head>
    <body><h1>Example Gazette</h1><h1>Flood warnings extended in the north</h1></body></html>)");
  EXPECT_EQ(a.title.value_or(""), "Flood warnings extended in the north");
  EXPECT_EQ(StripSiteFromTitle("Le Monde – Les ministres se réunissent à Bruxelles", "Le Monde"),
            "Les ministres se réunissent à Bruxelles");
  EXPECT_EQ(StripSiteFromTitle("Headline here | Site", ""), "Headline here");
}

TEST(MetaHtml, OutletFallsBackToTheDomain) {
  Article a = Meta("<html><head><title>Some page title here</title></head><body></body></html>",
                   "https://www.rtl.be/info/some-page");
  EXPECT_EQ(a.outlet.value_or(""), "rtl.be");
}

TEST(MetaHtml, TimeElementMarkedAsPublished) {
  Article a = Meta(R"(<html><body><article><header>
    <time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10. Februar 2019</time>
    <time class="updated" datetime="2019-03-01T09:30:10+01:00">1. März 2019</time>
    </header><p>Text.</p></article></body></html>)");
  EXPECT_EQ(Date(a), "2019-02-10");
}

TEST(MetaHtml, UrlDateBeatsALaterRepublication) {
  Article a = Meta(R"(<html><head><meta property="article:published_time" content="2019-06-17"></head>
    <body></body></html>)",
                   "https://example.com/home/2017/7/12/story");
  EXPECT_EQ(Date(a), "2017-07-12");
}

TEST(MetaHtml, DateClassAndPublishedPhrase) {
  Article a = Meta(R"(<html><body><div class="sidebar"><span class="date">01.01.2020</span></div>
    <div class="content"><p class="meta">Veröffentlicht am 14. Dezember 2015 von Max</p><p>Text.</p></div>
    </body></html>)");
  EXPECT_EQ(Date(a), "2015-12-14");
  EXPECT_NE(a.published->evidence.find("veroffentlicht"), std::string::npos);
}

TEST(MetaHtml, CommentDatesLoseAgainstTheArticle) {
  Article a = Meta(R"(<html><body><article><p>Posted 3 March 2020</p></article>
    <section class="comments"><p>5 March 2020</p><p>5 March 2020</p><p>5 March 2020</p></section>
    </body></html>)");
  EXPECT_EQ(Date(a), "2020-03-03");
}

TEST(MetaHtml, CrawlTimeWidgetIsNoDate) {
  Article a = Meta(R"(<html><body><div class="date">Aktuelle Zeit: 14.10.2020, 12:18</div>
    <p>Beitrag vom 21.01.2009</p></body></html>)");
  EXPECT_EQ(Date(a), "2009-01-21");
}

TEST(MetaHtml, ShownModificationDateOfARepublishedPage) {
  Article a = Meta(R"(<html><head><script type="application/ld+json">
    {"@type":"Article","datePublished":"2019-10-15T16:59:59Z","dateModified":"2020-03-12T14:42:17Z"}</script>
    </head><body><article><p class="byline">Updated March 12, 2020</p><p>Text.</p></article></body></html>)");
  EXPECT_EQ(Date(a), "2020-03-12");
  EXPECT_NE(a.published->evidence.find("2019-10-15"), std::string::npos);
  // When the page shows its publication date, that one stays.
  Article b = Meta(R"(<html><head><script type="application/ld+json">
    {"@type":"Article","datePublished":"2019-10-15T16:59:59Z","dateModified":"2020-03-12T14:42:17Z"}</script>
    </head><body><article><p>October 15, 2019, updated March 12, 2020</p></article></body></html>)");
  EXPECT_EQ(Date(b), "2019-10-15");
}

TEST(MetaHtml, DateLineUnderTheHeadlineBeatsAGenericDateMeta) {
  Article a = Meta(R"(<html><head><meta name="date" content="2020-04-29T11:52:23"></head><body>
    <p>Archive: 1 January 2019</p>
    <h1>Data leak at a defence company</h1><p>28 April 2020, 18:00</p><p>Text.</p></body></html>)");
  EXPECT_EQ(Date(a), "2020-04-28");
}

TEST(MetaHtml, CopyrightYearIsNoPublicationDate) {
  // A footer's copyright year is the year the site rendered the page.
  Article a = Meta("<html><body><p>Nothing dated here.</p><footer>© 2019 Example</footer></body></html>");
  EXPECT_FALSE(a.published.has_value());
}

TEST(MetaHtml, DateGluedToABylineIsStillSeen) {
  // Inline elements without white space between them are shown apart.
  Article a = Meta(R"(<html><body><article><h1>Crocs and cowboy boots</h1>
    <div><a href="#a"><span>Tanja Example</span></a><span>3.11.2023</span></div>
    <p>Text of the article.</p></article></body></html>)");
  EXPECT_EQ(Date(a), "2023-11-03");
}

TEST(MetaHtml, ShownDayWinsOverUtcMarkupOneDayOff) {
  // 02:11 UTC on the 9th is the evening of the 8th in the Americas; the page
  // shows the 8th.
  Article a = Meta(R"(<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-11-09T02:11:03+00:00"}
    </script></head><body><h1>Two people stabbed</h1><p>Posted: November 8, 2023</p>
    <p>Text.</p></body></html>)");
  EXPECT_EQ(Date(a), "2023-11-08");
  EXPECT_NE(a.published->evidence.find("time zone"), std::string::npos);
  // Written in a local zone, the day is already the publisher's: no shift.
  Article b = Meta(R"(<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-11-09T02:11:03-05:00"}
    </script></head><body><h1>Two people stabbed</h1><p>Posted: November 8, 2023</p>
    <p>Text.</p></body></html>)");
  EXPECT_EQ(Date(b), "2023-11-09");
}

TEST(MetaHtml, ArticleDateBeatsAnEmbeddedVideosUploadDate) {
  Article a = Meta(R"(<html><head><script type="application/ld+json">
    [{"@context":"http://schema.org","@type":"VideoObject","uploadDate":"2018-02-23T21:32:02Z"},
     {"@context":"http://schema.org","@type":"Article","datePublished":"2020-10-13T20:48:33Z"}]
    </script></head><body><p>Text.</p></body></html>)");
  EXPECT_EQ(Date(a), "2020-10-13");
}

TEST(MetaHtml, StructuredSourcesDisagreeTheShownOneWins) {
  Article a = Meta(R"(<html><head>
    <meta property="article:published_time" content="2015-01-16T10:00:00+01:00">
    <meta property="og:pubdate" content="2017-12-01T12:01:11+01:00">
    </head><body><h1>Export bookmarks</h1><p>Text of the article.</p>
    <p class="meta">01.12.2017, 15:20</p></body></html>)");
  EXPECT_EQ(Date(a), "2017-12-01");
}

TEST(MetaHtml, LeadImageUploadPathAsALateResort) {
  Article a = Meta(R"(<html><head>
    <meta name="twitter:image" content="https://example.org/files/2016/05/04/report-og.png">
    </head><body><p>Nothing dated here.</p></body></html>)");
  EXPECT_EQ(Date(a), "2016-05-04");
  EXPECT_NE(a.published->evidence.find("lead image"), std::string::npos);
}

TEST(MetaHtml, FrequentDateTiesGoToTheLatest) {
  Article a = Meta("<html><body><ul><li>Post of 18.09.2008</li><li>Post of 21.01.2009</li></ul></body></html>");
  EXPECT_EQ(Date(a), "2009-01-21");
}

TEST(MetaHtml, NoEvidenceNoDate) {
  Article a = Meta("<html><body><p>Nothing dated here.</p></body></html>");
  EXPECT_FALSE(a.published.has_value());
}

TEST(MetaHtml, ContainerDateWhenThePageHasNone) {
  std::string html = "<html><body><p>Nothing dated here.</p></body></html>";
  GumboOutput* dom = gumbo_parse(html.c_str());
  RawDocument doc;
  doc.published = "Wed, 03 Apr 2024 10:00:00 GMT";
  Article a;
  FillHtmlMetadata(dom, doc, a);
  gumbo_destroy_output(&kGumboDefaultOptions, dom);
  EXPECT_EQ(Date(a), "2024-04-03");
  EXPECT_EQ(a.published->evidence, "date given by the container (feed/record)");
}

TEST(MetaHtml, ContainerDateBeatsACopyrightYear) {
  std::string html = "<html><body><p>Nothing dated here.</p><footer>© 2019 Example</footer></body></html>";
  GumboOutput* dom = gumbo_parse(html.c_str());
  RawDocument doc;
  doc.published = "2024-04-03T10:00:00Z";
  Article a;
  FillHtmlMetadata(dom, doc, a);
  gumbo_destroy_output(&kGumboDefaultOptions, dom);
  EXPECT_EQ(Date(a), "2024-04-03");
}

TEST(MetaHtml, CleansAuthors) {
  EXPECT_EQ(CleanAuthor("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(CleanAuthor("Par Jean Dupont, le 3 avril 2024"), "Jean Dupont");
  EXPECT_EQ(CleanAuthor("Von Max Muster | dpa"), "Max Muster");
  EXPECT_EQ(CleanAuthor("Por Ana Pérez - 12 de marzo de 2024"), "Ana Pérez");
  EXPECT_EQ(CleanAuthor("3 April 2024"), "");
  EXPECT_EQ(CleanAuthor("jane@example.com"), "");
}

}  // namespace
}  // namespace dragoman
