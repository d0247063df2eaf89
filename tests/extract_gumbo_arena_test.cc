// gumbo parsing out of an arena (extract/gumbo_arena.h) builds the same tree
// as gumbo with malloc/free.
#include <gtest/gtest.h>

#include <gumbo.h>

#include <string>

#include "extract/gumbo_arena.h"
#include "extract/html_prepass.h"

namespace dragoman::extract {
namespace {

// Node types, tag names, attributes and text of a tree, in document order.
void Dump(const GumboNode* n, std::string& out) {
  switch (n->type) {
    case GUMBO_NODE_DOCUMENT: {
      out += "#document\n";
      const GumboVector& kids = n->v.document.children;
      for (unsigned i = 0; i < kids.length; ++i) Dump(static_cast<const GumboNode*>(kids.data[i]), out);
      return;
    }
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      const GumboElement& e = n->v.element;
      out += "<";
      out += e.tag == GUMBO_TAG_UNKNOWN ? std::string(e.original_tag.data, e.original_tag.length)
                                        : gumbo_normalized_tagname(e.tag);
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        out += std::string(" ") + a->name + "=" + a->value;
      }
      out += ">\n";
      for (unsigned i = 0; i < e.children.length; ++i) Dump(static_cast<const GumboNode*>(e.children.data[i]), out);
      out += "</>\n";
      return;
    }
    default:
      out += std::to_string(n->type) + ":" + n->v.text.text + "\n";
  }
}

std::string DumpDefault(const std::string& html) {
  GumboOutput* o = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string out;
  Dump(o->document, out);
  gumbo_destroy_output(&kGumboDefaultOptions, o);
  return out;
}

std::string DumpArena(const std::string& html) {
  ParsedHtml p(html, HtmlParser::kGumbo);
  std::string out;
  if (p.output()) Dump(p.output()->document, out);
  return out;
}

// Our own page with what breaks parsers: scripts and styles (a "</script>"
// inside a string), comments, CDATA in SVG, unclosed elements, stray end
// tags, entities, tables without tbody, a form, attributes without quotes.
const char* kPage = R"(<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Les quais &amp; le port</title>
<meta property="og:title" content="Grève au port : accord trouvé">
<script>var s = "</scr" + "ipt>"; if (a < b && c > d) { document.write("<p>x</p>"); }</script>
<style>p > a { color: red } /* </p> */</style>
<!-- a comment with <p>markup</p> inside -->
<script type="application/ld+json">{"headline": "Grève au port", "datePublished": "2024-04-21"}</script>
</head><body class=main>
<svg><![CDATA[ <p>not a paragraph</p> ]]><title>icône</title></svg>
<div id=nav><ul><li><a href=/a>Monde<li><a href=/b>Europe</ul></div>
<article><h1>Grève au port : accord trouvé</h1>
<p>Les dockers ont voté <b>la fin<i> de la grève</b> mardi</i>.
<p>« Nous avons obtenu ce que nous voulions », a déclaré un délégué.</p></span>
<table><tr><td>Salaire<td>+4 %</table>
<form><input name=q value="x"><textarea></p></textarea></form>
<noscript><img src=pixel.gif></noscript>
</article><footer>© 2024</footer></body></html>)";

TEST(GumboArenaTest, SameTreeAsMalloc) {
  std::string page = kPage;
  EXPECT_EQ(DumpArena(page), DumpDefault(page));
  std::string clean = PrepassHtml(page);  // what the extractor parses
  EXPECT_EQ(DumpArena(clean), DumpDefault(clean));
  // Malformed input: unclosed tags, a lone "<", a truncated comment.
  std::string broken = "<div><p>un <b>deux <i>trois</div> 4 < 5 <!-- fin";
  EXPECT_EQ(DumpArena(broken), DumpDefault(broken));
  EXPECT_EQ(DumpArena(""), DumpDefault(""));
}

TEST(GumboArenaTest, ReusedAcrossParsesAndNested) {
  std::string big;
  for (int i = 0; i < 3000; ++i) big += "<p class=c" + std::to_string(i) + ">Paragraphe numéro " + std::to_string(i) + "</p>\n";
  std::string small = kPage;
  // The arena is reset for every parse: trees of different pages in turn.
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(DumpArena(big), DumpDefault(big));
    EXPECT_EQ(DumpArena(small), DumpDefault(small));
  }
  // A second tree while the first is alive is parsed with malloc: both stay valid.
  ParsedHtml outer(small, HtmlParser::kGumbo);
  ParsedHtml inner(big, HtmlParser::kGumbo);
  std::string a, b;
  Dump(outer.output()->document, a);
  Dump(inner.output()->document, b);
  EXPECT_EQ(a, DumpDefault(small));
  EXPECT_EQ(b, DumpDefault(big));
}

TEST(GumboArenaTest, HandsOutAlignedMemoryAndCountsIt) {
  GumboArena arena;
  GumboOutput* o = arena.Parse(kPage);
  ASSERT_NE(o, nullptr);
  EXPECT_GT(arena.used_bytes(), 0u);
  EXPECT_GE(arena.held_bytes(), arena.used_bytes());
  EXPECT_EQ(reinterpret_cast<uintptr_t>(o) % 16, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(o->root) % 16, 0u);
  // A large page takes more blocks; the next parse gives back all but two.
  std::string large;
  for (int i = 0; i < 20000; ++i) large += "<div class=x><p>Ligne " + std::to_string(i) + "</p></div>\n";
  ASSERT_NE(arena.Parse(large), nullptr);
  EXPECT_GT(arena.held_bytes(), size_t{2} << 20);
  ASSERT_NE(arena.Parse(kPage), nullptr);
  EXPECT_LE(arena.held_bytes(), size_t{2} << 20);
}

}  // namespace
}  // namespace dragoman::extract
