#include <gtest/gtest.h>

#include <chrono>

#include "read_test_util.h"

namespace dragoman {
namespace {

using namespace testing_read;

bool Has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

TEST(ReadFeed, Rss2ItemsWithMetadata) {
  Collected c = ReadPaths({Fixture("rss.xml")});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ASSERT_EQ(c.docs.size(), 3u);
  const RawDocument& a = c.docs[0];
  EXPECT_EQ(a.origin.format, "rss");
  EXPECT_EQ(a.origin.record, "item 1");
  EXPECT_EQ(a.origin.url, "https://gazette.example.org/2024/03/ferry");
  EXPECT_EQ(a.kind, RawDocument::Kind::kHtml);  // content:encoded wins over description
  EXPECT_TRUE(Has(a.bytes, "<p>The ferry to the islands sailed again"));
  EXPECT_TRUE(Has(a.bytes, "the pier &amp; the ramps"));
  EXPECT_FALSE(Has(a.bytes, "teaser"));
  EXPECT_EQ(a.title.value_or(""), "Ferry service resumes after storm");
  EXPECT_EQ(a.published.value_or(""), "Tue, 12 Mar 2024 08:30:00 +0000");
  EXPECT_EQ(a.outlet.value_or(""), "Harbour Gazette");
  EXPECT_EQ(a.language.value_or(""), "en");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Mara Quill");

  const RawDocument& b = c.docs[1];
  EXPECT_EQ(b.kind, RawDocument::Kind::kText);
  EXPECT_EQ(b.title.value_or(""), "Council & port agree on new quay");
  EXPECT_TRUE(Has(b.bytes, "signed a plan for a new quay"));
  ASSERT_EQ(b.authors.size(), 1u);
  EXPECT_EQ(b.authors[0], "Oren Blake");

  const RawDocument& d = c.docs[2];
  EXPECT_EQ(d.kind, RawDocument::Kind::kHtml);  // escaped markup in description
  EXPECT_TRUE(Has(d.bytes, "<b>waterfront</b>"));
  EXPECT_FALSE(d.published.has_value());
}

TEST(ReadFeed, AtomEntriesWithMetadata) {
  Collected c = ReadPaths({Fixture("atom.xml")});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ASSERT_EQ(c.docs.size(), 3u);
  const RawDocument& a = c.docs[0];
  EXPECT_EQ(a.origin.format, "atom");
  EXPECT_EQ(a.origin.record, "item 1");
  EXPECT_EQ(a.origin.url, "https://courrier.example.fr/mediatheque");  // rel=alternate, not rel=edit
  EXPECT_EQ(a.kind, RawDocument::Kind::kHtml);
  EXPECT_TRUE(Has(a.bytes, "<p>Après six mois de travaux"));
  EXPECT_EQ(a.published.value_or(""), "2024-04-02T09:15:00+02:00");
  EXPECT_EQ(a.outlet.value_or(""), "Le Courrier du Val");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Inès Garnier");

  const RawDocument& b = c.docs[1];
  EXPECT_EQ(b.kind, RawDocument::Kind::kText);
  EXPECT_EQ(b.published.value_or(""), "2024-04-03T07:00:00+02:00");  // updated when no published
  EXPECT_EQ(b.origin.url, "https://courrier.example.fr/marche");

  const RawDocument& x = c.docs[2];
  EXPECT_EQ(x.kind, RawDocument::Kind::kHtml);
  EXPECT_TRUE(Has(x.bytes, "<em>à l'unanimité</em>")) << x.bytes;
}

TEST(ReadFeed, XmlBombFailsFastWithOneClearError) {
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY lol \"lol\">\n";
  bomb += "  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
  for (int i = 2; i <= 9; ++i) {
    std::string prev = "&lol" + std::to_string(i - 1) + ";";
    bomb += "  <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) bomb += prev;
    bomb += "\">\n";
  }
  bomb += "]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title>"
          "<description>&lol9;</description></item></channel></rss>\n";
  TempDir dir;
  std::string path = dir.Write("bomb.rss", bomb);
  auto start = std::chrono::steady_clock::now();
  Collected c = ReadPaths({path});
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.errors[0].first.path, path);
  EXPECT_EQ(c.errors[0].second.code(), Code::kUnsupported);
  EXPECT_TRUE(Has(c.errors[0].second.message(), "entity-expansion bomb"));
  // Refused before any expansion (a billion "lol"s would take seconds and GBs).
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 1000);
}

TEST(ReadFeed, TruncatedFeedKeepsItemsBeforeTheBreak) {
  std::string feed = Slurp(Fixture("rss.xml"));
  size_t cut = feed.find("<item>", feed.find("<item>", feed.find("<item>") + 1) + 1) + 20;  // inside item 3
  Collected c = ReadBytes(std::string_view(feed).substr(0, cut), "cut.rss");
  EXPECT_EQ(c.docs.size(), 2u);
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.errors[0].first.record, "item 3");
  EXPECT_EQ(c.errors[0].second.code(), Code::kCorruption);
  EXPECT_TRUE(Has(c.errors[0].second.message(), "XML error at line")) << c.ErrorLines();
}

// libxml2 stops at a well-formedness error: the items before it are kept, the
// error names the broken item.
TEST(ReadFeed, BrokenItemMidFeedIsReportedAndEarlierItemsAreKept) {
  std::string feed =
      "<rss version=\"2.0\"><channel><title>T</title>\n"
      "<item><title>One</title><description>First body.</description></item>\n"
      "<item><title>Two</title><description>Fish & chips <b>bold</description></item>\n"
      "<item><title>Three</title><description>Third body.</description></item>\n"
      "</channel></rss>\n";
  Collected c = ReadBytes(feed, "broken.rss");
  ASSERT_EQ(c.docs.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.docs.front().title.value_or(""), "One");
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.errors[0].first.record, "item 2");
}

TEST(ReadFeed, ItemWithoutBodyIsReported) {
  std::string feed =
      "<rss version=\"2.0\"><channel><title>T</title>"
      "<item><title>Only a title</title><link>https://e.org/1</link></item>"
      "<item><title>Full</title><description>Some words of body text.</description></item>"
      "</channel></rss>";
  Collected c = ReadBytes(feed, "f.xml");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].origin.record, "item 2");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].first.record, "item 1");
  EXPECT_EQ(c.errors[0].first.url, "https://e.org/1");
  EXPECT_EQ(c.errors[0].second.code(), Code::kNoContent);
}

TEST(ReadFeed, DeclaredLatin1FeedIsReadAsUtf8) {
  std::string feed =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xE9</title>"
      "<item><title>D\xE9j\xE0</title><description>Le d\xE9put\xE9 a parl\xE9.</description></item></channel></rss>";
  Collected c = ReadBytes(feed, "latin.rss");
  ASSERT_EQ(c.docs.size(), 1u) << c.ErrorLines();
  EXPECT_EQ(c.docs[0].title.value_or(""), "Déjà");
  EXPECT_EQ(c.docs[0].bytes, "Le député a parlé.");
  EXPECT_EQ(c.docs[0].outlet.value_or(""), "Café");
}

TEST(ReadFeed, Rss091WithExternalDoctypeAndHtmlEntities) {
  std::string feed =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
      "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>Old</title>"
      "<item><title>Caf&eacute; news</title><description>Open&nbsp;again on Monday.</description></item>"
      "<item><title>Second</title><description>Another item.</description></item></channel></rss>";
  Collected c = ReadBytes(feed, "old.rss");
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  ASSERT_EQ(c.docs.size(), 2u) << c.ErrorLines();
  EXPECT_EQ(c.docs[1].bytes, "Another item.");
}

TEST(ReadFeed, GzippedFeed) {
  TempDir dir;
  Collected c = ReadPaths({dir.Write("feed.xml.gz", Gzip(Slurp(Fixture("atom.xml"))))});
  EXPECT_TRUE(c.errors.empty()) << c.ErrorLines();
  EXPECT_EQ(c.docs.size(), 3u);
}

}  // namespace
}  // namespace dragoman
