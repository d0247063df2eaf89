// libxml2's HTML parser building the gumbo-shaped tree (extract/libxml_tree.h):
// the node types, tags, attributes and text the extractor reads.
#include <gtest/gtest.h>

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/gumbo_arena.h"
#include "extract/html_prepass.h"
#include "extract/libxml_tree.h"
#include "random_pieces.h"

namespace dragoman::extract {
namespace {

const GumboNode* Kid(const GumboNode* n, unsigned i) {
  const GumboVector& v = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
  return i < v.length ? static_cast<const GumboNode*>(v.data[i]) : nullptr;
}

// Elements with `tag`, in document order.
void Find(const GumboNode* n, GumboTag tag, std::vector<const GumboNode*>& out) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
  if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag) out.push_back(n);
  for (unsigned i = 0; const GumboNode* k = Kid(n, i); ++i) Find(k, tag, out);
}

std::vector<const GumboNode*> Find(const GumboOutput* o, GumboTag tag) {
  std::vector<const GumboNode*> out;
  Find(o->document, tag, out);
  return out;
}

// Text under a node, with "|" between text nodes.
void Text(const GumboNode* n, std::string& out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
    if (!out.empty()) out += '|';
    out += n->v.text.text;
    return;
  }
  for (unsigned i = 0; const GumboNode* k = Kid(n, i); ++i) Text(k, out);
}

std::string Text(const GumboNode* n) {
  std::string out;
  Text(n, out);
  return out;
}

// Parent and index links agree with the children vectors; depth reached.
size_t CheckLinks(const GumboNode* n, size_t depth = 0) {
  size_t deepest = depth;
  for (unsigned i = 0; const GumboNode* k = Kid(n, i); ++i) {
    EXPECT_EQ(k->parent, n);
    EXPECT_EQ(k->index_within_parent, i);
    deepest = std::max(deepest, CheckLinks(k, depth + 1));
  }
  return deepest;
}

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

TEST(LibxmlTreeTest, DocumentHtmlHeadBody) {
  ParsedHtml p("<!DOCTYPE html><html lang=de><head><title>Titel</title></head><body><p>Text</p></body></html>",
               HtmlParser::kLibxml2);
  const GumboOutput* o = p.output();
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->document->type, GUMBO_NODE_DOCUMENT);
  ASSERT_NE(o->root, nullptr);
  EXPECT_EQ(o->root->v.element.tag, GUMBO_TAG_HTML);
  EXPECT_STREQ(Attr(o->root, "lang"), "de");
  ASSERT_EQ(Find(o, GUMBO_TAG_HEAD).size(), 1u);
  ASSERT_EQ(Find(o, GUMBO_TAG_BODY).size(), 1u);
  EXPECT_EQ(Text(Find(o, GUMBO_TAG_TITLE)[0]), "Titel");
  CheckLinks(o->document);
}

TEST(LibxmlTreeTest, ImpliedHtmlAndBody) {
  ParsedHtml p("<p>Nur ein Absatz", HtmlParser::kLibxml2);
  const GumboOutput* o = p.output();
  ASSERT_NE(o->root, nullptr);
  ASSERT_EQ(Find(o, GUMBO_TAG_BODY).size(), 1u);
  auto ps = Find(o, GUMBO_TAG_P);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0]->parent->v.element.tag, GUMBO_TAG_BODY);
}

TEST(LibxmlTreeTest, EmptyAndBlankPagesStillHaveARoot) {
  for (const char* html : {"", "   ", "<!-- nothing -->"}) {
    ParsedHtml p(html, HtmlParser::kLibxml2);
    ASSERT_NE(p.output(), nullptr) << html;
    ASSERT_NE(p.output()->root, nullptr) << html;
    EXPECT_EQ(p.output()->root->v.element.tag, GUMBO_TAG_HTML);
  }
}

TEST(LibxmlTreeTest, Html5ElementsKeepTheirTags) {
  ParsedHtml p(
      "<body><header><nav>Menü</nav></header><main><article><section><h1>Kopf</h1>"
      "<figure><img src=a.jpg><figcaption>Bild</figcaption></figure>"
      "<p>Am <time datetime=\"2024-03-05\">5. März</time> geschrieben.</p></section></article>"
      "<aside>Mehr</aside></main><footer>Fuß</footer><custom-widget>x</custom-widget></body>",
      HtmlParser::kLibxml2);
  const GumboOutput* o = p.output();
  for (GumboTag t : {GUMBO_TAG_HEADER, GUMBO_TAG_NAV, GUMBO_TAG_MAIN, GUMBO_TAG_ARTICLE, GUMBO_TAG_SECTION,
                     GUMBO_TAG_FIGURE, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_TIME, GUMBO_TAG_ASIDE, GUMBO_TAG_FOOTER})
    EXPECT_EQ(Find(o, t).size(), 1u) << gumbo_normalized_tagname(t);
  auto times = Find(o, GUMBO_TAG_TIME);
  ASSERT_EQ(times.size(), 1u);
  EXPECT_STREQ(Attr(times[0], "datetime"), "2024-03-05");
  EXPECT_EQ(times[0]->parent->v.element.tag, GUMBO_TAG_P);
  // The section sits in the article, the article in main.
  auto sec = Find(o, GUMBO_TAG_SECTION);
  EXPECT_EQ(sec[0]->parent->v.element.tag, GUMBO_TAG_ARTICLE);
  EXPECT_EQ(sec[0]->parent->parent->v.element.tag, GUMBO_TAG_MAIN);
  // An unknown element keeps its name.
  auto unknown = Find(o, GUMBO_TAG_UNKNOWN);
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(std::string(unknown[0]->v.element.original_tag.data, unknown[0]->v.element.original_tag.length),
            "custom-widget");
  EXPECT_EQ(Text(unknown[0]), "x");
}

TEST(LibxmlTreeTest, UnclosedParagraphsAndListItemsStaySeparate) {
  ParsedHtml p("<body><p>Erster<p>Zweiter<div>Block</div><ul><li>eins<li>zwei</ul><p>Dritter</body>",
               HtmlParser::kLibxml2);
  const GumboOutput* o = p.output();
  auto ps = Find(o, GUMBO_TAG_P);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(Text(ps[0]), "Erster");
  EXPECT_EQ(Text(ps[1]), "Zweiter");  // closed by the <div>
  EXPECT_EQ(Text(ps[2]), "Dritter");
  for (const GumboNode* n : ps) EXPECT_EQ(n->parent->v.element.tag, GUMBO_TAG_BODY);
  auto lis = Find(o, GUMBO_TAG_LI);
  ASSERT_EQ(lis.size(), 2u);
  EXPECT_EQ(Text(lis[0]), "eins");
  EXPECT_EQ(Text(lis[1]), "zwei");
}

TEST(LibxmlTreeTest, EntitiesDecodedInTextAndAttributes) {
  ParsedHtml p(
      "<body><p title=\"Fish &amp; Chips &eacute;\">Caf&eacute; &amp; Bar &#8217;n&#x2019; &lt;ok&gt;&nbsp;"
      "&hellip; &euro; &unknownentity; AT&T</p></body>",
      HtmlParser::kLibxml2);
  auto ps = Find(p.output(), GUMBO_TAG_P);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_STREQ(Attr(ps[0], "title"), "Fish & Chips \xC3\xA9");
  std::string t = Text(ps[0]);
  t.erase(std::remove(t.begin(), t.end(), '|'), t.end());
  EXPECT_EQ(t,
            "Caf\xC3\xA9 & Bar \xE2\x80\x99n\xE2\x80\x99 <ok>\xC2\xA0\xE2\x80\xA6 \xE2\x82\xAC &unknownentity; AT&T");
  // Adjacent character runs are one text node, as in gumbo.
  EXPECT_EQ(ps[0]->v.element.children.length, 1u);
}

// Attribute values passed through the pre-pass's table reach the tree
// decoded exactly as libxml2 decodes the same values in the markup.
TEST(LibxmlTreeTest, TableValuesDecodeAsLibxmlDecodesThem) {
  const std::vector<std::string> raws = {
      "Fish &amp; Chips &eacute;", "&#8217;n&#x2019;", "&#233", "x&#65;y&#X42;z", "&copy 2024", "AT&T",
      "&unknown; &amp", "&lt;b&gt;", "&euro;&hellip;&nbsp;&AElig;", "a&&b", "&", "100% & more &#38;",
      "2024-04-03T10:00:00+02:00", "", "caf\xC3\xA9 \xE6\x97\xA5", "&#x1F600;", "&amp;amp;", "&Amp;",
      "&#x;", "&#", "a&#0;b", "&#xD800;", "&#1114112;", "x&#99999999999;y", "&#xFFFE;z"};
  for (const std::string& raw : raws) {
    std::string html = "<body><p title=\"" + raw + "\" class=\"" + raw + "\">x</p></body>";
    ParsedHtml inline_parse("<body><p class=\"" + raw + "\">x</p></body>", HtmlParser::kLibxml2);
    auto want = Find(inline_parse.output(), GUMBO_TAG_P);
    ASSERT_EQ(want.size(), 1u);
    TextTable values;
    std::string clean = PrepassHtml(html, 256, nullptr, &values);
    ASSERT_EQ(values.size(), 2u) << raw;  // the class and the text "x" (title is not kept on <p>)
    ParsedHtml table_parse(clean, values);
    auto got = Find(table_parse.output(), GUMBO_TAG_P);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_STREQ(Attr(got[0], "class"), Attr(want[0], "class")) << raw;
    EXPECT_EQ(Attr(got[0], "title"), nullptr);
    std::string direct;
    AppendDecodedAttributeValue(raw, direct);
    EXPECT_EQ(direct, Attr(want[0], "class")) << raw;
  }
}

// Markup the pre-pass did not write (a <textarea>'s content is copied raw)
// keeps libxml2's values; an index out of the table's range is a value.
TEST(LibxmlTreeTest, TableParseKeepsValuesItDidNotIndex) {
  TextTable values = {"lead"};
  ParsedHtml p("<body><p class=\"0\">a</p><b class=\"7\">b</b><i class=\"x1\">c</i><u hidden>d</u></body>", values);
  const GumboOutput* o = p.output();
  EXPECT_STREQ(Attr(Find(o, GUMBO_TAG_P)[0], "class"), "lead");
  EXPECT_STREQ(Attr(Find(o, GUMBO_TAG_B)[0], "class"), "7");
  EXPECT_STREQ(Attr(Find(o, GUMBO_TAG_I)[0], "class"), "x1");
  EXPECT_STREQ(Attr(Find(o, GUMBO_TAG_U)[0], "hidden"), "");
}

// Text runs and script contents passed through the pre-pass's table reach
// the tree as libxml2 reads the same text in the markup: references (valid,
// invalid, legacy without ';', unknown), NUL, controls, U+FFFE, and text that
// holds the table's own marks.
TEST(LibxmlTreeTest, TableTextReadsAsLibxmlReadsTheMarkup) {
  const std::vector<std::string> runs = {
      "Caf&eacute; &amp; Bar &#8217;n&#x2019; &lt;ok&gt;", "a&nbsp b &copy2024 &notin; &not it &amp; AT&T",
      "x&#0;y&#xD800;z&#;w&#x;v&#99999999999;u", "&bogus; &amp w &Amp; &foo-bar; &amp.x; & alone",
      std::string("nul\0byte", 8), "ctl\x01\x0b\x0c\x1f" "end\r\nline", "non\xEF\xBF\xBE" "char\xEF\xBF\xBF.",
      "\xEF\xB7\x90" "12 looks like a mark \xEF\xB7\x91" "0", "caf\xC3\xA9 \xE6\x97\xA5 \xF0\x9F\x98\x80",
      "&#65;&#x42;&#X43;&#68", "ends with &", "&&&#38;&", "   spaced out   ",
      "&amp" + std::string(40, 'x') + "; &nbsp" + std::string(40, 'y') + " end"};
  for (const std::string& run : runs) {
    std::string html = "<body><div><p>" + run + "</p><p>" + run + "<b>bold</b>" + run + "</p></div></body>";
    ParsedHtml inline_parse(PrepassHtml(html), HtmlParser::kLibxml2);
    TextTable table;
    std::string clean = PrepassHtml(html, 256, nullptr, &table);
    ParsedHtml table_parse(clean, table);
    EXPECT_EQ(Text(Find(table_parse.output(), GUMBO_TAG_DIV)[0]), Text(Find(inline_parse.output(), GUMBO_TAG_DIV)[0]))
        << run;
    std::string direct;
    AppendDecodedText(run, direct);
    EXPECT_EQ(direct, Text(Find(inline_parse.output(), GUMBO_TAG_P)[0])) << run;
  }
}

TEST(LibxmlTreeTest, TableScriptsReadAsLibxmlReadsThem) {
  std::string html = "<html><head><script type=\"application/ld+json\">{\"headline\": \"Fish &amp; Chips <b>\", "
                     "\"n\": \"a" + std::string(1, '\0') + "b\x01" "c\"}</script><title>T\xEF\xB7\x90" "3 &amp; more"
                     "</title></head><body><p>x</p><script>var d = {\"published_at\": \"2019-03-02\"};</script>"
                     "</body></html>";
  ParsedHtml inline_parse(PrepassHtml(html), HtmlParser::kLibxml2);
  TextTable table;
  std::string clean = PrepassHtml(html, 256, nullptr, &table);
  EXPECT_EQ(clean.find("published_at"), std::string::npos);  // the scripts' text went to the table
  ParsedHtml table_parse(clean, table);
  auto want = Find(inline_parse.output(), GUMBO_TAG_SCRIPT);
  auto got = Find(table_parse.output(), GUMBO_TAG_SCRIPT);
  ASSERT_EQ(want.size(), 2u);
  ASSERT_EQ(got.size(), 2u);
  for (size_t i = 0; i < 2; ++i) EXPECT_EQ(Text(got[i]), Text(want[i]));
  EXPECT_NE(Text(got[0]).find("Fish &amp; Chips <b>"), std::string::npos);  // no references in scripts
  // A mark in copied raw content (<title>) is not taken for one.
  auto titles = Find(table_parse.output(), GUMBO_TAG_TITLE);
  ASSERT_EQ(titles.size(), 1u);
  EXPECT_EQ(Text(titles[0]), "T\xEF\xBF\xBD" "3 & more");
}

// The whole tree, for comparing two parses: elements with their attributes,
// text nodes in brackets.
void Serialize(const GumboNode* n, std::string& out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    out += '[';
    out += n->v.text.text;
    out += ']';
    return;
  }
  if (n->type == GUMBO_NODE_ELEMENT) {
    const GumboElement& e = n->v.element;
    out += '<';
    out += e.tag == GUMBO_TAG_UNKNOWN ? std::string(e.original_tag.data, e.original_tag.length)
                                      : std::string(gumbo_normalized_tagname(e.tag));
    for (unsigned i = 0; i < e.attributes.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
      out += ' ';
      out += a->name;
      out += "={";
      out += a->value;
      out += '}';
    }
    out += '>';
  }
  for (unsigned i = 0; const GumboNode* k = Kid(n, i); ++i) Serialize(k, out);
  if (n->type == GUMBO_NODE_ELEMENT) out += "</>";
}

// On random pages made of tags, attributes with references, text with
// references, controls and the table's marks, scripts, comments and stray
// '<', the pre-pass with its table gives the very tree that libxml2 builds
// from the pre-pass's markup alone. (Not NUL: the reader removes it, and
// libxml2 may end a page at one, which text in the table cannot do.)
TEST(LibxmlTreeTest, TableParseBuildsTheSameTreeOnRandomPages) {
  const std::vector<std::string> pieces = {
      "<p>", "</p>", "<div class=\"a&amp;b\" id=x>", "</div>", "text ", "&amp;", "&nbsp", "&#233;", "&#0;",
      "\x01", "<b>", "</b>", "<script>var x = {\"created\": \"&amp;\"};</script>",
      "<script type=\"application/ld+json\">{\"a\": 1}</script>", "<br>", " ", "\n  ", "<", "</>", "</!x>", "&",
      "\xC3\xA9", "\xEF\xB7\x90" "1", "\xEF\xB7\x91" "0", "<a href='x' rel=author>", "</a>",
      "<span title=\"t&lt;\" style=\"display:none\">", "</span>", "<table><tr><td>", "</td></tr></table>", "<li>",
      "<ul>", "</ul>", "<!-- c -->", "<title>T</title>", "<meta content=\"2020&#45;01\" name=date>", "<abbr title=",
      "\"", "'", ">", "<time datetime=\"2020-01-02\">", "</time>", "&copy2024", "&unknown;", "<section>",
      "</section>", "<img src=x alt=\"&quot;\">", "1", "<h1>", "</h1>"};
  RandomPieces gen(pieces, 11);
  for (int round = 0; round < 3000; ++round) {
    std::string html = gen.Join(1 + gen.Next() % 40);
    ParsedHtml inline_parse(PrepassHtml(html), HtmlParser::kLibxml2);
    TextTable table;
    std::string clean = PrepassHtml(html, 256, nullptr, &table);
    ParsedHtml table_parse(clean, table);
    std::string want, got;
    Serialize(inline_parse.output()->document, want);
    Serialize(table_parse.output()->document, got);
    ASSERT_EQ(got, want) << round << ": " << html;
  }
}

// HTML5 ignores "</>" and reads "</" with another non-letter as a bogus
// comment up to the next '>': neither leaves text, with or without a table.
TEST(LibxmlTreeTest, BogusEndTagsLeaveNoText) {
  std::string html = "<body><p>a</>b</!-- c -->d</#>e</ f>g</p></body>";
  ParsedHtml inline_parse(PrepassHtml(html), HtmlParser::kLibxml2);
  TextTable table;
  std::string clean = PrepassHtml(html, 256, nullptr, &table);
  ParsedHtml table_parse(clean, table);
  for (const ParsedHtml* p : {&inline_parse, &table_parse}) {
    std::string t = Text(Find(p->output(), GUMBO_TAG_P)[0]);
    t.erase(std::remove(t.begin(), t.end(), '|'), t.end());
    EXPECT_EQ(t, "abdeg");
  }
}

TEST(LibxmlTreeTest, LegacyEntitiesWithoutSemicolonDecodedInText) {
  // HTML5 reads "&nbsp" and the other Latin-1 names without their ';' in
  // text; libxml2 needs the ';', which the pre-pass writes.
  EXPECT_EQ(PrepassHtml("<p>a&nbsp b &copy2024 &notin; &not it &amp; AT&T &#8217; &nbsp;</p>"),
            "<p>a&nbsp; b &copy;2024 &notin; &not; it &amp; AT&T &#8217; &nbsp;</p>");
  std::string clean = PrepassHtml("<body><p>Preis&nbsp 5&nbsp;&euro; &copy 2024 Caf&eacute Fa&szlig</p></body>");
  ParsedHtml p(clean, HtmlParser::kLibxml2);
  ParsedHtml g(clean, HtmlParser::kGumbo);
  auto ps = Find(p.output(), GUMBO_TAG_P);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(Text(ps[0]), "Preis\xC2\xA0 5\xC2\xA0\xE2\x82\xAC \xC2\xA9 2024 Caf\xC3\xA9 Fa\xC3\x9F");
  EXPECT_EQ(Text(ps[0]), Text(Find(g.output(), GUMBO_TAG_P)[0]));
}

TEST(LibxmlTreeTest, WhitespaceTextAndScripts) {
  ParsedHtml p(
      "<html><head><script type=\"application/ld+json\">{\"a\": \"<b>x</b> & y\"}</script></head>"
      "<body><div>\n  <p>Eins</p>\n  <p>Zwei</p>\n</div><input hidden></body></html>",
      HtmlParser::kLibxml2);
  const GumboOutput* o = p.output();
  auto scripts = Find(o, GUMBO_TAG_SCRIPT);
  ASSERT_EQ(scripts.size(), 1u);
  ASSERT_EQ(scripts[0]->v.element.children.length, 1u);
  const GumboNode* json = Kid(scripts[0], 0);
  EXPECT_EQ(json->type, GUMBO_NODE_TEXT);
  EXPECT_STREQ(json->v.text.text, "{\"a\": \"<b>x</b> & y\"}");
  auto divs = Find(o, GUMBO_TAG_DIV);
  ASSERT_EQ(divs.size(), 1u);
  ASSERT_EQ(divs[0]->v.element.children.length, 5u);
  EXPECT_EQ(Kid(divs[0], 0)->type, GUMBO_NODE_WHITESPACE);
  EXPECT_EQ(Kid(divs[0], 1)->v.element.tag, GUMBO_TAG_P);
  EXPECT_EQ(Kid(divs[0], 2)->type, GUMBO_NODE_WHITESPACE);
  EXPECT_STREQ(Kid(divs[0], 2)->v.text.text, "\n  ");
  auto inputs = Find(o, GUMBO_TAG_INPUT);
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_STREQ(Attr(inputs[0], "hidden"), "");  // a valueless attribute reads as "", as in gumbo
}

TEST(LibxmlTreeTest, MisnestedAndStrayTagsKeepAllText) {
  ParsedHtml p("<body></span><div><b>fett<i>beides</b>kursiv</i></div></td><p>Ende</p></div></div></body>",
               HtmlParser::kLibxml2);
  const GumboOutput* o = p.output();
  std::string t = Text(o->root);
  t.erase(std::remove(t.begin(), t.end(), '|'), t.end());
  EXPECT_EQ(t, "fettbeideskursivEnde");
  ASSERT_EQ(Find(o, GUMBO_TAG_P).size(), 1u);
  CheckLinks(o->document);
}

TEST(LibxmlTreeTest, InputIsUtf8WhateverTheMetaSays) {
  // The extractor hands over UTF-8; a stale charset declaration must not
  // make the parser re-decode it.
  ParsedHtml p(
      "<html><head><meta charset=\"windows-1252\"><meta http-equiv=\"Content-Type\" "
      "content=\"text/html; charset=iso-8859-1\"></head><body><p>Gr\xC3\xBC\xC3\x9F \xE6\x97\xA5\xE6\x9C\xAC"
      "</p></body></html>",
      HtmlParser::kLibxml2);
  auto ps = Find(p.output(), GUMBO_TAG_P);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(Text(ps[0]), "Gr\xC3\xBC\xC3\x9F \xE6\x97\xA5\xE6\x9C\xAC");
}

TEST(LibxmlTreeTest, NulBytesDoNotEndThePage) {
  std::string html = "<body><p>vor";
  html += '\0';
  html += "nach</p><p>weiter</p></body>";
  ParsedHtml p(html, HtmlParser::kLibxml2);
  auto ps = Find(p.output(), GUMBO_TAG_P);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(Text(ps[1]), "weiter");
}

TEST(LibxmlTreeTest, DeepNestingAfterThePrepassIsBounded) {
  std::string html = "<body>";
  for (int i = 0; i < 100000; ++i) html += "<div><span>";
  html += "tief unten";
  for (int i = 0; i < 100000; ++i) html += "</span></div>";
  html += "<p>danach</p></body>";
  std::string clean = PrepassHtml(html);
  ParsedHtml p(clean, HtmlParser::kLibxml2);
  const GumboOutput* o = p.output();
  EXPECT_LE(CheckLinks(o->document), 300u);
  std::string t = Text(o->root);
  EXPECT_NE(t.find("tief unten"), std::string::npos);
  EXPECT_NE(t.find("danach"), std::string::npos);
}

TEST(LibxmlTreeTest, DeepNestingWithoutThePrepassStillReturns) {
  // The parser itself, handed a hostile page directly: a tree comes back
  // and the text before the deep part is in it.
  std::string html = "<body><p>oben</p>";
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "unten";
  ParsedHtml p(html, HtmlParser::kLibxml2);
  ASSERT_NE(p.output()->root, nullptr);
  EXPECT_NE(Text(p.output()->root).find("oben"), std::string::npos);
}

TEST(LibxmlTreeTest, BlockEndTagClosesDivsLeftOpenInside) {
  // The pre-pass writes the </div> end tags HTML5 implies: libxml2 alone
  // would ignore </button> and </section> below and keep the rest of the
  // page inside them.
  EXPECT_EQ(PrepassHtml("<section><div>a<span>b</section>"), "<section><div>a<span>b</div></section>");
  EXPECT_EQ(PrepassHtml("<ul><li><div>a</li><li>b</li></ul>"), "<ul><li><div>a</div></li><li>b</li></ul>");
  // Not across a table cell, where neither parser closes from outside.
  EXPECT_EQ(PrepassHtml("<section><table><tr><td><div>a</section>"), "<section><table><tr><td><div>a</section>");
  std::string clean = PrepassHtml(
      "<body><header><button class=menu><div class=inner><div></button></div><p>Nach dem Knopf</p></header>"
      "<section><div>Text<div>mehr</section><p>Danach</p></body>");
  ParsedHtml p(clean, HtmlParser::kLibxml2);
  auto ps = Find(p.output(), GUMBO_TAG_P);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0]->parent->v.element.tag, GUMBO_TAG_HEADER);
  EXPECT_EQ(ps[1]->parent->v.element.tag, GUMBO_TAG_BODY);
  EXPECT_TRUE(Find(p.output(), GUMBO_TAG_BUTTON)[0]->v.element.children.length > 0);
  CheckLinks(p.output()->document);
}

TEST(LibxmlTreeTest, TwoTreesAliveAtOnce) {
  // The second parse on a thread gets an arena of its own; the first tree
  // stays valid.
  ParsedHtml a("<body><p>erste Seite</p></body>", HtmlParser::kLibxml2);
  {
    ParsedHtml b("<body><p>zweite Seite</p></body>", HtmlParser::kLibxml2);
    EXPECT_EQ(Text(Find(b.output(), GUMBO_TAG_P)[0]), "zweite Seite");
  }
  EXPECT_EQ(Text(Find(a.output(), GUMBO_TAG_P)[0]), "erste Seite");
  ParsedHtml c("<body><p>dritte Seite</p></body>", HtmlParser::kLibxml2);
  EXPECT_EQ(Text(Find(c.output(), GUMBO_TAG_P)[0]), "dritte Seite");
  EXPECT_EQ(Text(Find(a.output(), GUMBO_TAG_P)[0]), "erste Seite");
}

// The visible text of a page of our own is the same with either parser.
TEST(LibxmlTreeTest, SameTextAsGumboOnAnOrdinaryPage) {
  const char* page =
      "<!DOCTYPE html><html><head><title>Hafen &amp; Stadt</title></head><body>"
      "<div class=nav><ul><li><a href=/a>Welt</a><li><a href=/b>Europa</a></ul></div>"
      "<article><h1>Streik beendet</h1><p>Die Arbeiter haben <b>am Dienstag</b> abgestimmt.</p>"
      "<p>\xE2\x80\x9EWir haben erreicht, was wir wollten\xE2\x80\x9C, sagte ein Sprecher.<br>Zweite Zeile.</p>"
      "<table><tr><td>Lohn</td><td>+4 %</td></tr></table></article><footer>\xC2\xA9 2024</footer></body></html>";
  ParsedHtml g(page, HtmlParser::kGumbo);
  ParsedHtml x(page, HtmlParser::kLibxml2);
  auto flat = [](std::string s) {
    s.erase(std::remove(s.begin(), s.end(), '|'), s.end());
    return s;
  };
  EXPECT_EQ(flat(Text(x.output()->root)), flat(Text(g.output()->root)));
  EXPECT_EQ(Find(x.output(), GUMBO_TAG_P).size(), Find(g.output(), GUMBO_TAG_P).size());
  EXPECT_EQ(Find(x.output(), GUMBO_TAG_TD).size(), Find(g.output(), GUMBO_TAG_TD).size());
  EXPECT_EQ(Find(x.output(), GUMBO_TAG_BR).size(), 1u);
}

}  // namespace
}  // namespace dragoman::extract
