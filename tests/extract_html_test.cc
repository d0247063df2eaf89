// Body extraction from HTML: what must stay (paragraphs, headings inside the
// body, lists, blockquotes) and what must go (navigation, breadcrumbs, share
// bars, related lists, comments, cookie and newsletter notices, footers,
// scripts, styles), with the kinds of what was removed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dragoman/pipeline.h"
#include "extract/extractor.h"
#include "extract/gumbo_attr.h"
#include "extract/html_prepass.h"

namespace dragoman {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(DRAGOMAN_SOURCE_DIR) + "/tests/data/extract/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<Article> ExtractHtml(const std::string& html) {
  RawDocument doc;
  doc.origin.path = "fixture.html";
  doc.kind = RawDocument::Kind::kHtml;
  doc.bytes = html;
  return MakeDefaultExtractor(PipelineOptions{})->Extract(doc);
}

bool HasBoilerplate(const Article& a, const std::string& kind, const std::string& fragment) {
  for (const auto& b : a.boilerplate)
    if (b.kind == kind && b.text.find(fragment) != std::string::npos) return true;
  return false;
}

class ExtractHtmlArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string html = Fixture("news_article.html");
    ASSERT_FALSE(html.empty()) << "fixture missing";
    auto r = ExtractHtml(html);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    article_ = r.value();
  }
  bool Body(const std::string& s) const { return article_.text.find(s) != std::string::npos; }
  Article article_;
};

struct KeepCase {
  const char* what;
  const char* text;
};

TEST_F(ExtractHtmlArticleTest, KeepsBodyParagraphsHeadingsListsAndQuotes) {
  const KeepCase keep[] = {
      {"first paragraph", "switched on its first tidal turbine on Monday"},
      {"second paragraph", "Its blades turn slowly"},
      {"heading inside the body", "A modest start"},
      {"paragraph after the heading", "rated at half a megawatt"},
      {"list item 1", "Rated power: half a megawatt at peak flow."},
      {"list item 3", "Monitoring period: two full years of tides."},
      {"blockquote", "We wanted to learn on a scale where a mistake costs us a season"},
      {"last paragraph", "open the site to visiting school classes"},
  };
  for (const auto& k : keep) EXPECT_TRUE(Body(k.text)) << k.what << " lost:\n" << article_.text;
}

TEST_F(ExtractHtmlArticleTest, DropsBoilerplate) {
  const KeepCase drop[] = {
      {"navigation", "Economy"},
      {"breadcrumb", "Home >"},
      {"share bar", "Share on Facebook"},
      {"related list heading", "Related Articles"},
      {"related teaser", "Fishermen worry about new quotas"},
      {"comment", "keep the footpath open"},
      {"comment count", "3 Comments"},
      {"cookie banner", "We use cookies"},
      {"newsletter", "Sign up for our newsletter"},
      {"sidebar", "Storm warning for the weekend"},
      {"footer", "All rights reserved"},
      {"caption", "before it was lowered into the estuary"},
      {"read-more teaser", "Offshore wind farm delayed again"},
      {"tags", "tides\n"},
  };
  for (const auto& d : drop) EXPECT_FALSE(Body(d.text)) << d.what << " kept:\n" << article_.text;
}

TEST_F(ExtractHtmlArticleTest, DropsScriptsStylesAndHiddenMarkup) {
  for (const char* s : {"trackingSecret", "script text", "inline script inside the article", "font-family",
                        "template text", "svg text", "enable JavaScript"})
    EXPECT_FALSE(Body(s)) << s;
}

TEST_F(ExtractHtmlArticleTest, KeepsParagraphBreaks) {
  EXPECT_NE(article_.text.find("next winter.\n\nThe turbine sits"), std::string::npos) << article_.text;
  EXPECT_NE(article_.text.find("A modest start\n\nCouncil engineers"), std::string::npos) << article_.text;
}

TEST_F(ExtractHtmlArticleTest, RecordsWhatWasRemovedWithItsKind) {
  EXPECT_TRUE(HasBoilerplate(article_, "navigation", "Economy"));
  EXPECT_TRUE(HasBoilerplate(article_, "breadcrumb", "Science"));
  EXPECT_TRUE(HasBoilerplate(article_, "share", "Share on Facebook"));
  EXPECT_TRUE(HasBoilerplate(article_, "related", "Fishermen worry"));
  EXPECT_TRUE(HasBoilerplate(article_, "caption", "lowered into the estuary"));
  EXPECT_TRUE(HasBoilerplate(article_, "other", "keep the footpath open"));  // comment section
}

TEST(ExtractHtmlTest, ShortCallsToActionAfterTheLastParagraphGo) {
  std::string para =
      "<p>The council voted on Tuesday to extend the tram line to the northern districts, a plan that has been "
      "debated for more than a decade and that residents have long asked for.</p>";
  auto r = ExtractHtml("<html><body><article><h1>Tram line extended</h1>" + para + para + para +
                       "<p>Did you like this article?</p><p>Share it now!</p></article></body></html>");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("northern districts"), std::string::npos);
  EXPECT_EQ(r->text.find("Did you like this article?"), std::string::npos);
  EXPECT_EQ(r->text.find("Share it now!"), std::string::npos);
}

TEST(ExtractHtmlTest, AllNavigationPageIsNoContent) {
  auto r = ExtractHtml(Fixture("all_navigation.html"));
  ASSERT_FALSE(r.ok()) << "returned a menu as an article:\n" << r->text;
  EXPECT_EQ(r.status().code(), Code::kNoContent);
  EXPECT_NE(r.status().message().find("no article found"), std::string::npos);
}

TEST(ExtractHtmlTest, EmptyPageIsNoContent) {
  for (const char* html : {"", "<html></html>", "<html><body>   </body></html>"}) {
    auto r = ExtractHtml(html);
    EXPECT_FALSE(r.ok()) << html;
    EXPECT_EQ(r.status().code(), Code::kNoContent) << html;
  }
}

TEST(ExtractHtmlTest, DeepNestingSurvives) {
  // 100,000 unclosed <div> levels around one paragraph, then the same with
  // closing tags and with inline elements.
  const std::string para =
      "<p>Deep inside the nested markup sits one real paragraph, long enough to count as the article, with "
      "commas, clauses and a final stop.</p>";
  for (const std::string open : {"<div>", "<span>", "<b><i>"}) {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += open;
    html += para;
    auto r = ExtractHtml(html);
    ASSERT_TRUE(r.ok()) << open << ": " << r.status().ToString();
    EXPECT_NE(r->text.find("Deep inside the nested markup"), std::string::npos) << open;
  }
  std::string closed = "<html><body>";
  for (int i = 0; i < 100000; ++i) closed += "<div>";
  closed += para;
  for (int i = 0; i < 100000; ++i) closed += "</div>";
  closed += "<p>After the nesting ends, a second paragraph follows, with its own words, and it should be kept.</p>";
  auto r = ExtractHtml(closed);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("Deep inside the nested markup"), std::string::npos);
}

TEST(ExtractHtmlTest, PrepassBoundsNesting) {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "x";
  extract::PrepassStats st;
  std::string out = extract::PrepassHtml(html, 256, &st);
  EXPECT_EQ(st.dropped_tags, 5000u - 256u);
  EXPECT_NE(out.find('x'), std::string::npos);
}

// The pre-pass's one table look-up gives every name the classes the former
// separate name lists gave it (copied here from the code they replaced), and
// no class to any other name: prefixes, extensions, upper case, other tags.
TEST(ExtractHtmlTest, PrepassTagClassesAgreeWithTheNameLists) {
  using L = std::vector<std::string_view>;
  const L kVoid = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "spacer",
                   "isindex", "menuitem"};
  const L kClosesSame = {"p", "li", "dt", "dd", "option", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                         "a", "optgroup", "rt", "rp"};
  const L kClosesOpenDivs = {"address", "article", "aside", "blockquote", "button", "center", "details",
                             "dialog", "dir", "dl", "fieldset", "figcaption", "figure", "footer", "form",
                             "header", "hgroup", "main", "menu", "nav", "ol", "section", "summary", "ul",
                             "li", "dd", "dt"};
  const L kScope = {"table", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "html", "body", "object",
                    "marquee", "applet", "template", "select"};
  const L kDropped = {"style", "noscript", "template", "svg", "math", "iframe", "object", "noembed", "noframes",
                      "script"};
  const L kRaw = {"script", "textarea", "title", "xmp"};
  const L kDiv = {"div"};
  const std::pair<const L*, unsigned> lists[] = {
      {&kVoid, extract::kTagVoid},          {&kClosesSame, extract::kTagClosesSame},
      {&kClosesOpenDivs, extract::kTagClosesOpenDivs}, {&kScope, extract::kTagScopeBoundary},
      {&kDropped, extract::kTagDropped},    {&kRaw, extract::kTagRaw},
      {&kDiv, extract::kTagDiv}};
  auto expected = [&](std::string_view n) {
    unsigned c = 0;
    for (const auto& [list, bit] : lists)
      for (std::string_view k : *list)
        if (n == k) c |= bit;
    return c;
  };
  std::vector<std::string> names = {"", "span", "b", "i", "em", "strong", "ul2", "h7", "h", "x", "z", "tablex",
                                    "blockquotes", "figcaptions", "custom-element", "d", "di", "divs",
                                    "scripts", "scrip", "q", "s", "u", "\xc3\xa9t\xc3\xa9", "1a", "-"};
  for (const auto& [list, bit] : lists) {
    for (std::string_view k : *list) {
      std::string n(k);
      names.push_back(n);
      names.push_back(n + "x");
      names.push_back(n.substr(0, n.size() - 1));
      names.push_back("x" + n);
      std::string up = n;
      for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      names.push_back(up);
      for (size_t i = 0; i < n.size(); ++i) {  // one letter changed
        std::string m = n;
        m[i] = m[i] == 'z' ? 'a' : static_cast<char>(m[i] + 1);
        names.push_back(m);
      }
    }
  }
  for (const std::string& n : names) EXPECT_EQ(extract::ClassifyTag(n), expected(n)) << n;
}

// The attribute filter keeps what the body and metadata readers read, on the
// elements they read it on, and nothing else: a near miss of a name, another
// element, data-* names about other things, a style that cannot hide.
TEST(ExtractHtmlTest, PrepassKeepsTheAttributesTheReadersRead) {
  const std::vector<std::string_view> anywhere = {"class",   "id",       "role",     "itemprop", "itemtype",
                                                  "hidden",  "content",  "datetime", "pubdate",  "property"};
  const std::vector<std::pair<std::string_view, std::string_view>> only_on = {
      {"href", "link"}, {"rel", "a"},      {"rel", "link"},        {"type", "script"}, {"name", "meta"},
      {"value", "meta"}, {"http-equiv", "meta"}, {"lang", "html"}, {"title", "abbr"}};
  const std::vector<std::string_view> elements = {"div", "a", "link", "meta", "script", "html", "abbr", "img", "p"};
  auto near_misses = [](std::string_view k) {
    std::vector<std::string> out = {std::string(k) + "s", std::string(k.substr(1))};
    for (size_t i = 0; i < k.size(); ++i) {
      std::string m(k);
      m[i] = m[i] == 'z' ? 'a' : static_cast<char>(m[i] + 1);
      out.push_back(m);
    }
    return out;
  };
  for (std::string_view el : elements) {
    for (std::string_view k : anywhere) {
      EXPECT_TRUE(extract::KeepHtmlAttribute(el, k, "x")) << el << " " << k;
      for (const std::string& m : near_misses(k)) {
        if (std::find(anywhere.begin(), anywhere.end(), m) == anywhere.end()) {
          EXPECT_FALSE(extract::KeepHtmlAttribute(el, m, "x")) << el << " " << m;
        }
      }
    }
    for (const auto& [k, on] : only_on) {
      bool want = false;
      for (const auto& [k2, on2] : only_on) want = want || (k2 == k && on2 == el);
      EXPECT_EQ(extract::KeepHtmlAttribute(el, k, "x"), want) << el << " " << k;
    }
    for (std::string_view k : {"src", "alt", "dir", "charset", "xml:lang", "itemscope", "onclick", "srcset", "width",
                               "aria-label", "data-src", "data-", "data-id"})
      EXPECT_FALSE(extract::KeepHtmlAttribute(el, k, "x")) << el << " " << k;
    for (std::string_view k : {"data-date", "data-timestamp", "data-published", "data-author-id", "data-utime"})
      EXPECT_TRUE(extract::KeepHtmlAttribute(el, k, "x")) << el << " " << k;
    for (std::string_view v : {"display:none", "DISPLAY: None", "visibility:hidden", "color:red;visibility: HIDDEN",
                               "display&#58;none"})
      EXPECT_TRUE(extract::KeepHtmlAttribute(el, "style", v)) << v;
    for (std::string_view v : {"color:red", "display:block", "width:10px; nonne", ""})
      EXPECT_FALSE(extract::KeepHtmlAttribute(el, "style", v)) << v;
  }
}

// Scripts the metadata reader reads survive the pre-pass (JSON-LD in any
// case, untyped or JSON scripts naming a publication or creation date); other
// scripts lose their content.
TEST(ExtractHtmlTest, PrepassKeepsTheScriptsThatMayCarryADate) {
  auto kept = [](const std::string& script) {
    std::string out = extract::PrepassHtml("<head>" + script + "</head>");
    return out.find("2019") != std::string::npos;
  };
  EXPECT_TRUE(kept("<script type=\"application/ld+json\">{\"x\": 2019}</script>"));
  EXPECT_TRUE(kept("<script type=\"application/LD+JSON\">{\"x\": 2019}</script>"));
  EXPECT_TRUE(kept("<script>window.data = {\"published_at\": \"2019-03-02\"}</script>"));
  EXPECT_TRUE(kept("<script type=\"application/json\">{\"created\": \"2019-03-02\"}</script>"));
  EXPECT_TRUE(kept("<script>var page = {\"date\": \"2019-03-02\"}</script>"));
  EXPECT_FALSE(kept("<script type=\"text/javascript\">var published = \"2019\";</script>"));
  EXPECT_FALSE(kept("<script>var year = 2019; track(year);</script>"));
  EXPECT_FALSE(kept("<style>.published { width: 2019px }</style>"));
}

// The extract stage finds a date that only a page's data script carries.
TEST(ExtractHtmlTest, DateFromAPageDataScript) {
  std::string para = "<p>The council approved the new tram line after a long debate about its cost and its route "
                     "through the old town, and work is to start in the spring.</p>";
  auto r = ExtractHtml("<html><head><script>window.__DATA__ = {\"article\": {\"published_at\": "
                       "\"2019-03-02T08:00:00Z\"}};</script></head><body><article><h1>Tram line approved</h1>" +
                       para + para + para + "</article></body></html>");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->published.has_value());
  EXPECT_EQ(r->published->date, "2019-03-02");
}

// A framework's page data that embeds JSON-LD text (so it is also read as
// JSON-LD) is still searched for date keys, camelCase "createdAt" included.
TEST(ExtractHtmlTest, DateFromPageDataThatEmbedsJsonLd) {
  std::string para = "<p>The council approved the new tram line after a long debate about its cost and its route "
                     "through the old town, and work is to start in the spring.</p>";
  auto r = ExtractHtml("<html><head><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\": {\"seo\": "
                       "{\"@context\": \"https://schema.org\", \"@type\": \"WebSite\"}, \"article\": {\"createdAt\": "
                       "\"2022-01-31T15:58:43+01:00\"}}}</script></head><body><article><h1>Tram line approved</h1>" +
                       para + para + para + "</article></body></html>");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->published.has_value());
  EXPECT_EQ(r->published->date, "2022-01-31");
  EXPECT_NE(r->published->evidence.find("createdAt"), std::string::npos) << r->published->evidence;
}

// With a table the markup holds indexes and marks, and the table the raw
// attribute values (entities undecoded, a huge data: URI shortened), text runs
// and kept scripts' contents, in document order; white space stays.
TEST(ExtractHtmlTest, PrepassMovesTextToTheTable) {
  std::string uri = "data:image/png;base64," + std::string(3000, 'A');
  std::string html = "<html lang=de><body><div class='lead x' id=main onclick=\"go()\">Text <a href=/x rel=author "
                     "title=t>Autor</a></div>\n  <img src=a.png><meta property=\"og:title\" content=\"Fish &amp; Chips\">"
                     "<p style=\"display:none\" data-x=\"" + uri + "\" class=\"" + uri + "\" hidden>h &amp; i</p>"
                     "<script>var d = {\"created\": 1};</script></body></html>";
  extract::TextTable values;
  std::string out = extract::PrepassHtml(html, 256, nullptr, &values);
  const std::string m = std::string(extract::kTextRunMark), sm = std::string(extract::kScriptTextMark);
  EXPECT_EQ(out, "<html lang=\"0\"><body><div class=\"1\" id=\"2\">" + m + "3<a rel=\"4\">" + m + "5</a></div>\n  <img>"
                 "<meta property=\"6\" content=\"7\"><p style=\"8\" class=\"9\" hidden>" + m + "10</p><script>" + sm +
                 "11</script></body></html>");
  const std::vector<std::string_view> want = {"de",           "lead x", "main", "Text ",       "author",
                                              "Autor",        "og:title", "Fish &amp; Chips", "display:none",
                                              "data:,",       "h &amp; i", "var d = {\"created\": 1};"};
  EXPECT_EQ(values, want);
  // Without a table, the same attributes and the text stay in the markup.
  EXPECT_EQ(extract::PrepassHtml(html),
            "<html lang=\"de\"><body><div class='lead x' id=\"main\">Text <a rel=\"author\">Autor</a></div>\n  <img>"
            "<meta property=\"og:title\" content=\"Fish &amp; Chips\"><p style=\"display:none\" class=\"data:,\" "
            "hidden>h &amp; i</p><script>var d = {\"created\": 1};</script></body></html>");
}

TEST(ExtractHtmlTest, FindAttrAgreesWithGumbo) {
  const char* names[] = {"Class", "ID", "class", "data-x", "itemprop", "", "HIDDEN", "idx", "i", "STYLE", "r\xc3\xb4le",
                         "property", "Property"};
  std::vector<GumboAttribute> attrs(std::size(names));
  std::vector<void*> ptrs;
  for (size_t i = 0; i < attrs.size(); ++i) {
    attrs[i].name = names[i];
    attrs[i].value = names[i];
    ptrs.push_back(&attrs[i]);
  }
  GumboElement e{};
  e.attributes = {ptrs.data(), static_cast<unsigned>(ptrs.size()), static_cast<unsigned>(ptrs.size())};
  GumboElement none{};
  for (const char* q : {"class", "id", "data-x", "itemprop", "hidden", "style", "role", "property", "i", "idx",
                        "title", "cla", "classes", "data", "r\xc3\xb4le"}) {
    EXPECT_EQ(extract::FindAttr(e, q), gumbo_get_attribute(&e.attributes, q)) << q;
    EXPECT_EQ(extract::FindAttr(none, q), nullptr) << q;
  }
  EXPECT_STREQ(extract::AttrValue(e, "class"), "Class");
  EXPECT_EQ(extract::AttrValue(e, "title"), nullptr);
}

TEST(ExtractHtmlTest, HugeInlineDataUriSurvives) {
  std::string html = "<html><body><article><p>A paragraph before the picture, with enough words to be the body of "
                     "this short page, and a final stop.</p><img src=\"data:image/png;base64,";
  html.append(8u << 20, 'A');
  html += "\"><p>A paragraph after the picture, also long enough to be read as part of the article text.</p>"
          "</article></body></html>";
  auto r = ExtractHtml(html);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("before the picture"), std::string::npos);
  EXPECT_NE(r->text.find("after the picture"), std::string::npos);
  EXPECT_EQ(r->text.find("AAAA"), std::string::npos);
}

TEST(ExtractHtmlTest, UnclosedMarkupKeepsParagraphs) {
  auto r = ExtractHtml(
      "<html><body><div class=content><p>First paragraph of an old page that never closes its tags, "
      "written long enough to count, with commas, and a stop.<p>Second paragraph, also unclosed, which "
      "must still come out as its own paragraph, separate from the first.<div><b>bold never closed");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("and a stop.\n\nSecond paragraph"), std::string::npos) << r->text;
}

TEST(ExtractHtmlTest, JsonLdArticleBodyWhenDomHasLittle) {
  std::string body =
      "The council met on Tuesday and agreed to repair the old lighthouse before the summer season. "
      "The works will take four months, and the path to the beach stays open.";
  std::string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" +
                     body + "\\n" + body + "\"}</script></head><body><div id=app></div></body></html>";
  auto r = ExtractHtml(html);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("repair the old lighthouse"), std::string::npos);
  EXPECT_NE(r->text.find("stays open.\n\nThe council"), std::string::npos) << r->text;
}

TEST(ExtractHtmlTest, CleanTextIsKeptUnchanged) {
  RawDocument doc;
  doc.kind = RawDocument::Kind::kCleanText;
  doc.bytes = "Related Articles\nHome > News\n  spacing   kept  ";
  auto r = MakeDefaultExtractor(PipelineOptions{})->Extract(doc);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, doc.bytes);
  EXPECT_TRUE(r->boilerplate.empty());
}

TEST(ExtractHtmlTest, ContainerMetadataIsKeptWhenThePageHasNone) {
  RawDocument doc;
  doc.kind = RawDocument::Kind::kHtml;
  doc.bytes = "<html><body><p>A plain page with one paragraph that is long enough to be an article body, "
              "and nothing else at all.</p></body></html>";
  doc.title = "Feed title";
  doc.outlet = "Feed outlet";
  doc.authors = {"A. Writer"};
  auto r = MakeDefaultExtractor(PipelineOptions{})->Extract(doc);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->title.has_value());
  EXPECT_EQ(*r->title, "Feed title");
  EXPECT_EQ(r->outlet.value_or(""), "Feed outlet");
  ASSERT_EQ(r->authors.size(), 1u);
}

// Pages for the container-joining and tail rules: a six-paragraph article
// with the parts around it that real templates put there.
namespace split {

const char* const kBody[] = {
    "The harbour authority opened the new ferry terminal on Saturday, after three years of building work on the "
    "eastern quay, and the first boat left for the island shortly after nine in the morning.",
    "Passengers now board through a glass hall, which replaces the old wooden sheds, and the crossing to the island "
    "takes forty minutes instead of the fifty it took with the older, slower boats.",
    "The operator plans six departures a day in summer, four in winter, and an extra late boat on Fridays, when "
    "commuters who work on the mainland return home for the weekend.",
    "Local traders hope that the terminal brings more day visitors to the old town, whose shops, cafes and small "
    "museums have struggled to fill their rooms since the pandemic.",
    "The final cost was slightly above the budget approved by the council, mostly because the quay needed deeper "
    "foundations than the engineers had expected, and the works ran two months late.",
    "The council said it would publish the full accounts of the project in the autumn, together with the first "
    "figures on passenger numbers, so that residents can judge the result themselves.",
};
const char* const kLead =
    "A glass hall replaces the wooden sheds of the eastern quay and shortens the crossing to the island.";
const char* const kBio = "Jane Doe has covered transport and the harbour for this paper since she joined it in the spring.";
const char* const kNewsletter =
    "<div class='newsletter'><h3>The morning newsletter</h3><p>Every weekday at seven in your inbox</p>"
    "<p>Sign up free of charge</p></div>";

std::string Paragraphs(size_t from = 0, size_t to = 6) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += std::string("<p>") + kBody[i] + "</p>";
  return out;
}

std::string Page(const std::string& inner) {
  return "<html><body><div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>" + inner +
         "<div class='bottom'>All rights reserved</div></body></html>";
}

std::string Text(const std::string& html) {
  auto r = ExtractHtml(html);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r->text : "";
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace split

TEST(ExtractHtmlJoinTest, LeadInASiblingBlockJoinsTheBody) {
  // The lead sits in the header block next to the headline, the body in the
  // next block: one article in two containers.
  std::string text = split::Text(split::Page(
      "<div class='wrap'><div class='head'><h1>Ferry terminal opens</h1><div class='intro'><p>" +
      std::string(split::kLead) + "</p><span>Photo: harbour office</span></div></div><div class='text'>" +
      split::Paragraphs() + "</div></div>"));
  EXPECT_TRUE(split::Has(text, "shortens the crossing to the island.")) << text;
  EXPECT_TRUE(split::Has(text, "the first boat left for the island")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_LT(text.find("shortens the crossing"), text.find("the first boat left")) << "page order kept";
}

TEST(ExtractHtmlJoinTest, LinkDenseTeaserStripBetweenTheHalvesIsNotJoined) {
  // Teasers with summaries between the lead and the body: the lead joins,
  // the strip (mostly links) does not, though its summaries are sentences.
  std::string teasers;
  for (int i = 0; i < 4; ++i)
    teasers += "<li><a href='/a" + std::to_string(i) + "'>Another headline about a different story, number " +
               std::to_string(i) + "</a> A short summary of that other story.</li>";
  std::string text = split::Text(split::Page(
      "<div class='wrap'><div class='head'><h1>Ferry terminal opens</h1><div class='intro'><p>" +
      std::string(split::kLead) + "</p></div></div><div class='strip'><ul>" + teasers +
      "</ul></div><div class='text'>" + split::Paragraphs() + "</div></div>"));
  EXPECT_TRUE(split::Has(text, "shortens the crossing to the island.")) << text;
  EXPECT_TRUE(split::Has(text, "the first boat left for the island")) << text;
  EXPECT_FALSE(split::Has(text, "Another headline")) << text;
  EXPECT_FALSE(split::Has(text, "summary of that other story")) << text;
}

TEST(ExtractHtmlJoinTest, ProseAfterTheContainerDoesNotJoin) {
  // A paragraph in a block after the article's end (a bio, a teaser) stays
  // out even though it reads as prose.
  std::string text = split::Text(split::Page("<div class='wrap'><div class='text'>" + split::Paragraphs() +
                                             "</div><div class='x'><div class='y'><p>" + split::kBio +
                                             "</p></div></div></div>"));
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_FALSE(split::Has(text, "Jane Doe")) << text;
}

TEST(ExtractHtmlJoinTest, TailAfterABoilerplateBlockIsCut) {
  // A newsletter box after the last paragraph ends the article; the short
  // paragraph after it (an author note) is the page's tail.
  auto r = ExtractHtml(split::Page("<article><h1>Ferry terminal opens</h1>" + split::Paragraphs() +
                                   split::kNewsletter + "<p>" + split::kBio + "</p></article>"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(split::Has(r->text, "judge the result themselves.")) << r->text;
  EXPECT_FALSE(split::Has(r->text, "Jane Doe")) << r->text;
  EXPECT_FALSE(split::Has(r->text, "morning newsletter")) << r->text;
  EXPECT_TRUE(HasBoilerplate(*r, "other", "Jane Doe"));
}

TEST(ExtractHtmlJoinTest, BoilerplateBlockInTheMiddleKeepsTheTextAfterIt) {
  // The same box after two of six paragraphs: most of the text follows, so
  // it is not a tail.
  std::string text = split::Text(split::Page("<article><h1>Ferry terminal opens</h1>" + split::Paragraphs(0, 2) +
                                             split::kNewsletter + split::Paragraphs(2, 6) + "</article>"));
  EXPECT_TRUE(split::Has(text, "the first boat left for the island")) << text;
  EXPECT_TRUE(split::Has(text, "an extra late boat on Fridays")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_FALSE(split::Has(text, "morning newsletter")) << text;
}

TEST(ExtractHtmlJoinTest, SmallMetaBlockWithAContentWordIsBoilerplate) {
  // "entry-meta": a content word and a weak cue; on a small block without
  // prose the cue wins, while "entry-content" around the paragraphs stays.
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1><div class='entry-meta'>Posted in Transport by Jane Doe, harbour "
      "correspondent</div><div class='entry-content'>" +
      split::Paragraphs() + "</div></article>"));
  EXPECT_FALSE(split::Has(text, "Posted in Transport")) << text;
  EXPECT_TRUE(split::Has(text, "the first boat left for the island")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
}

TEST(ExtractHtmlJoinTest, AuthorBioBlockIsBoilerplate) {
  std::string text = split::Text(split::Page("<article><h1>Ferry terminal opens</h1>" + split::Paragraphs() +
                                             "<div class='bio'><p>Jane Doe writes about transport, the harbour and "
                                             "the islands for the paper.</p></div></article>"));
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_FALSE(split::Has(text, "Jane Doe")) << text;
}

TEST(ExtractHtmlJoinTest, ArticleHeaderWithItsLeadIsKept) {
  // A <header> is page chrome unless it holds a prose paragraph with few
  // links: then it is the article's header, lead included.
  std::string text = split::Text(split::Page(
      "<article><header><h1>Ferry terminal opens</h1><p>" + std::string(split::kLead) +
      " The first boat of the day left shortly after nine, with the mayor and two hundred passengers on "
      "board.</p></header><div class='body'>" +
      split::Paragraphs() + "</div></article>"));
  EXPECT_TRUE(split::Has(text, "with the mayor and two hundred passengers on board.")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
}

TEST(ExtractHtmlJoinTest, CaptionInsideAClassWordIsACaption) {
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1>" + split::Paragraphs(0, 1) +
      "<figure><img src='a.jpg'><div class='icaption_inline'>The new glass hall on the eastern quay, seen from the "
      "water</div></figure>" +
      split::Paragraphs(1, 6) + "</article>"));
  EXPECT_FALSE(split::Has(text, "seen from the water")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
}

TEST(ExtractHtmlJoinTest, TocAndAffiliateNoticeBlocksAreBoilerplate) {
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1><div class='toc'><div>Contents of this page at a glance</div></div>" +
      split::Paragraphs(0, 3) +
      "<div class='affiliate-notice'><span>We may earn a commission from the shops named in this text</span></div>" +
      split::Paragraphs(3, 6) + "</article>"));
  EXPECT_FALSE(split::Has(text, "Contents of this page")) << text;
  EXPECT_FALSE(split::Has(text, "commission")) << text;
  EXPECT_TRUE(split::Has(text, "the first boat left for the island")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
}

TEST(ExtractHtmlTailTest, ClosingExclamationOfTheAuthorIsKept) {
  // After the last paragraph: a closing exclamation of four or more words
  // without links stays; a short call to action ("Tell your friends!") and a
  // question to the reader go.
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1>" + split::Paragraphs() +
      "<p>See you on the first boat on Saturday!</p><p>Tell your friends!</p><p>Did you enjoy this story?</p>"
      "</article>"));
  EXPECT_TRUE(split::Has(text, "See you on the first boat on Saturday!")) << text;
  EXPECT_FALSE(split::Has(text, "Tell your friends")) << text;
  EXPECT_FALSE(split::Has(text, "enjoy this story")) << text;
}

TEST(ExtractHtmlTailTest, LinkedClosingExclamationIsStillACall) {
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1>" + split::Paragraphs() +
      "<p><a href='/events'>All our summer events in one place!</a></p></article>"));
  EXPECT_FALSE(split::Has(text, "summer events")) << text;
}

TEST(ExtractHtmlTailTest, PublisherPromptsWithoutClassCuesAreBoilerplate) {
  // Ad labels, app and channel prompts, tag lines and syndication notices
  // that many outlets print in plain paragraphs around the article, in the
  // languages the lexicons cover.
  const char* const kPrompts[] = {
      "Anzeige - Jetzt im Handel erhältlich",
      "Dieser Beitrag enthält Werbung für eine Teemarke.",
      "Alle Angaben ohne Gewähr",
      "Wir respektieren deine Privatsphäre und geben nichts weiter.",
      "Tagged: ferries, harbour",
      "Get the news on your phone with our app for iOS and Android.",
      "Never miss a story from the harbour: sign up here",
      "This material may not be published, broadcast, rewritten or redistributed.",
      "Síguenos en las redes sociales",
      "Visita nuestro canal de YouTube para ver el vídeo.",
      "Warning: Undefined variable $teaser in /var/www/site/index.php on line 12",
  };
  std::string prompts;
  for (const char* p : kPrompts) prompts += std::string("<p>") + p + "</p>";
  std::string text = split::Text(split::Page("<article><h1>Ferry terminal opens</h1><p>Anzeige</p>" +
                                             split::Paragraphs() + prompts + "</article>"));
  EXPECT_TRUE(split::Has(text, "the first boat left for the island")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  for (const char* p : {"Anzeige", "Werbung", "Gew", "Privatsph", "Tagged", "iOS", "Never miss", "broadcast",
                        "guenos", "YouTube", "index.php"})
    EXPECT_FALSE(split::Has(text, p)) << p << " in:\n" << text;
}

TEST(ExtractHtmlTeaserTest, ShortLinkedParagraphBetweenProseIsATeaser) {
  // "<label>: <linked title>" between two paragraphs, in any language, and a
  // linked line set off by arrows: teasers for other pages.
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1>" + split::Paragraphs(0, 3) +
      "<p>Otra historia: <a href='/x'>El puerto nuevo abre sus puertas al público</a></p>" +
      "<p>&gt;&gt; <a href='/y'>Harbour pilots strike over the new night shifts at the terminal</a> &lt;&lt;</p>" + split::Paragraphs(3, 6) +
      "</article>"));
  EXPECT_TRUE(split::Has(text, "the first boat left for the island")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_FALSE(split::Has(text, "puerto nuevo")) << text;
  EXPECT_FALSE(split::Has(text, "Harbour pilots")) << text;
}

TEST(ExtractHtmlTeaserTest, LinkedAddressesListItemsHeadingsAndLineListsStay) {
  // A link whose text is the address, a mail address, a linked list item, a
  // linked heading and a paragraph cut into lines (a list of dates and
  // titles) stay.
  // Each sits between two paragraphs (three link-dense blocks in a row are a
  // link list, another rule).
  const char* const kItems[] = {
      "<p><a href='http://example.org/timetable'>http://example.org/timetable</a></p>",
      "<p><a href='mailto:desk@example.org'>desk@example.org</a></p>",
      "<ul><li><a href='/a'>Timetable for the summer season and its departures</a></li></ul>",
      "<h3><a href='/c'>How the crossing got ten minutes shorter this year</a></h3>",
      "<p>2019-2022<br><a href='/d'>Building the eastern quay, part one</a></p>",
  };
  std::string inner = "<article><h1>Ferry terminal opens</h1>";
  for (size_t i = 0; i < 5; ++i) inner += split::Paragraphs(i, i + 1) + kItems[i];
  std::string text = split::Text(split::Page(inner + split::Paragraphs(5, 6) + "</article>"));
  for (const char* keep : {"http://example.org/timetable", "desk@example.org", "Timetable for the summer season",
                           "How the crossing got ten minutes shorter", "Building the eastern quay"})
    EXPECT_TRUE(split::Has(text, keep)) << keep << " lost:\n" << text;
}

TEST(ExtractHtmlTailTest, IntroductionsLeftAtTheEndAreBoilerplate) {
  // A heading and a colon line whose list was removed (a link list) end the
  // body: they go. A heading before the last paragraph stays, and so does a
  // last heading that reads as a sentence (a pull quote).
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1>" + split::Paragraphs(0, 3) + "<h2>The new timetable</h2>" +
      split::Paragraphs(3, 6) +
      "<h3>More from the harbour desk</h3><p>Further reading:</p>"
      "<ul><li><a href='/1'>Pilots</a></li><li><a href='/2'>Tides</a></li><li><a href='/3'>Quays</a></li></ul>"
      "</article>"));
  EXPECT_TRUE(split::Has(text, "The new timetable")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_FALSE(split::Has(text, "More from the harbour desk")) << text;
  EXPECT_FALSE(split::Has(text, "Further reading")) << text;
  std::string quote = split::Text(split::Page("<article><h1>Ferry terminal opens</h1>" + split::Paragraphs() +
                                              "<h4>The sea does not wait for the council.</h4></article>"));
  EXPECT_TRUE(split::Has(quote, "The sea does not wait for the council.")) << quote;
}

TEST(ExtractHtmlTailTest, ProseAfterAReadMoreBoxInsideTheArticleIsKept) {
  // "Read more" and one linked title inside the article, then the article
  // goes on: two link-free prose paragraphs in a row end the trailing
  // section the heading opened. A list of titles and blurbs after it at the
  // end of the page still goes.
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1>" + split::Paragraphs(0, 2) +
      "<h3>Read more</h3><p><a href='/p'>Harbour pilots strike over the night shifts at the new terminal</a></p>" +
      split::Paragraphs(2, 6) + "</article>"));
  EXPECT_TRUE(split::Has(text, "six departures a day")) << text;
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_FALSE(split::Has(text, "Harbour pilots")) << text;
  std::string teasers = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1>" + split::Paragraphs() +
      "<h3>Read more</h3><p><a href='/p'>Harbour pilots strike over the night shifts</a></p>"
      "<p>The pilots want a second crew on every late boat, and the operator says it cannot pay for one.</p>"
      "<p><a href='/q'>Island school gets a new roof</a></p>"
      "<p>The roof of the island school was replaced in the holidays, paid for by a grant from the region.</p>"
      "</article>"));
  EXPECT_FALSE(split::Has(teasers, "second crew")) << teasers;
  EXPECT_FALSE(split::Has(teasers, "roof of the island school")) << teasers;
}

TEST(ExtractHtmlJoinTest, PostMetadataSiblingIsNotJoined) {
  // The WordPress "postmetadata" line next to the entry: a weak cue on a
  // sibling of the chosen block keeps it out, even when it reads as prose.
  std::string text = split::Text(split::Page(
      "<div class='post'><h2>Ferry terminal opens</h2><div class='entry'>" + split::Paragraphs() +
      "</div><p class='postmetadata'>Written on Saturday at nine in the morning and kept under Harbour and "
      "Ferries. You can follow any responses to this story through the feed.</p></div>"));
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_FALSE(split::Has(text, "Written on Saturday")) << text;
}

TEST(ExtractHtmlTest, RubyReadingsAreNotText) {
  // Furigana over kanji (<rt>, with <rp> brackets for old browsers) would
  // split every word of the body: only the base text is kept.
  std::string para =
      "<p><ruby>港<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby>に<ruby>新<rt>あたら</rt></ruby>しい"
      "フェリーのターミナルができました。島までの時間が短くなり、朝九時に最初の船が出ました。"
      "町の店は観光客が増えることを期待しています。</p>";
  std::string text = split::Text("<html><body><article>" + para + para + para + "</article></body></html>");
  EXPECT_TRUE(split::Has(text, "港に新しいフェリー")) << text;
  EXPECT_FALSE(split::Has(text, "みなと")) << text;
  EXPECT_FALSE(split::Has(text, "(")) << text;
}

TEST(ExtractHtmlTailTest, LabelsRunTogetherByLineBreaksAreBoilerplate) {
  // Widget labels in one block, cut by <br>: most lines are lexicon phrases.
  // A paragraph with one such line among lines of text stays.
  std::string text = split::Text(split::Page(
      "<article><h1>Ferry terminal opens</h1>" + split::Paragraphs(0, 3) +
      "<div>Back to top<br>Print<br>12 ferries a day</div>" + split::Paragraphs(3, 5) +
      "<p>Timetable changes from May<br>Learn more<br>The first boat leaves at nine.</p>" + split::Paragraphs(5, 6) +
      "</article>"));
  EXPECT_TRUE(split::Has(text, "judge the result themselves.")) << text;
  EXPECT_FALSE(split::Has(text, "Back to top")) << text;
  EXPECT_TRUE(split::Has(text, "Timetable changes from May")) << text;
}

TEST(ExtractHtmlTest, LabelsAboveTheHeadlineAreBoilerplate) {
  // A kicker and a bookmark label just above the <h1> go; a sentence there
  // (a standfirst placed above the headline) stays.
  std::string text = split::Text(split::Page("<article><div class='kicker'>Harbour</div><div>Save for later</div>"
                                             "<h1>Ferry terminal opens</h1>" + split::Paragraphs() + "</article>"));
  EXPECT_TRUE(split::Has(text, "Ferry terminal opens")) << text;
  EXPECT_FALSE(split::Has(text, "Harbour\n")) << text;
  EXPECT_FALSE(split::Has(text, "Save for later")) << text;
  std::string standfirst = split::Text(split::Page("<article><p>The island gets a faster crossing.</p>"
                                                   "<h1>Ferry terminal opens</h1>" + split::Paragraphs() + "</article>"));
  EXPECT_TRUE(split::Has(standfirst, "The island gets a faster crossing.")) << standfirst;
}

}  // namespace
}  // namespace dragoman
