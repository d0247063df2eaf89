// Extraction speed: HTML pages per second on a synthetic ~80 KB news page
// (navigation, scripts, article, related list, comments, footer), and scraped
// plain text per second on a ~3 KB page with breadcrumb, captions and teasers.
#include <benchmark/benchmark.h>

#include <string>

#include "dragoman/pipeline.h"
#include "extract/dates.h"
#include "extract/extractor.h"
#include "extract/gumbo_arena.h"
#include "extract/html_prepass.h"
#include "extract/text_util.h"

namespace dragoman {
namespace {

std::string SyntheticHtml() {
  std::string h =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council approves the new bridge "
      "| Example Daily</title><meta property=\"og:site_name\" content=\"Example Daily\">"
      "<style>body{margin:0}.nav li{display:inline}</style></head><body class=\"article-page\">"
      "<header class=\"site-header\"><nav class=\"main-menu\"><ul>";
  for (int i = 0; i < 60; ++i)
    h += "<li class=\"menu-item\"><a href=\"/section/" + std::to_string(i) + "\" data-track=\"nav-" +
         std::to_string(i) + "\">Section number " + std::to_string(i) + "</a></li>";
  h += "</ul></nav></header><script>window.dataLayer=[];for(var i=0;i<100;i++){dataLayer.push({k:i});}</script>"
       "<main><article class=\"story\"><h1>Council approves the new bridge across the river</h1>"
       "<div class=\"byline\">By A. Reporter, 3 April 2024</div><div class=\"story-body\">";
  for (int i = 0; i < 40; ++i) {
    h += "<p>Paragraph " + std::to_string(i) +
         " of the story explains, in plain words, how the council voted, what the bridge will cost, when the "
         "works begin, and why residents on both banks have argued about it for more than a decade.</p>";
    if (i % 8 == 7)
      h += "<h2>Part " + std::to_string(i / 8) + "</h2><figure><img src=\"/img/" + std::to_string(i) +
           ".jpg\" srcset=\"/img/a.jpg 1x, /img/b.jpg 2x\"><figcaption>A photo caption for part " +
           std::to_string(i / 8) + "</figcaption></figure>";
  }
  h += "</div></article><section class=\"related\"><h3>Related Articles</h3><ul>";
  for (int i = 0; i < 20; ++i)
    h += "<li><a href=\"/story/" + std::to_string(i) + "\">Another headline about local affairs, number " +
         std::to_string(i) + "</a></li>";
  h += "</ul></section><section id=\"comments\">";
  for (int i = 0; i < 30; ++i)
    h += "<div class=\"comment\"><span class=\"author\">reader" + std::to_string(i) +
         "</span><p>I think the bridge is a fine idea, though the cost worries me a little, comment " +
         std::to_string(i) + ".</p></div>";
  h += "</section></main><aside class=\"sidebar\"><h4>Most read</h4><ol>";
  for (int i = 0; i < 15; ++i) h += "<li><a href=\"/top/" + std::to_string(i) + "\">Popular story " + std::to_string(i) + "</a></li>";
  h += "</ol></aside><footer><p>© 2024 Example Daily. All rights reserved.</p><ul>";
  for (int i = 0; i < 40; ++i) h += "<li><a href=\"/f/" + std::to_string(i) + "\">Footer link " + std::to_string(i) + "</a></li>";
  h += "</ul></footer><script>(function(){var s=document.createElement('script');s.src='/a.js';})();</script>";
  while (h.size() < 80 * 1024) h += "<script>var padding='" + std::string(1024, 'x') + "';</script>";
  h += "</body></html>";
  return h;
}

std::string SyntheticText() {
  std::string t =
      "Home News Local Council approves the new bridge across the river\nNews Local\n\n"
      "Council approves the new bridge across the river\n\n0\n\nThe river at dawn\n\nThe river at dawn\n\n";
  for (int i = 0; i < 22; ++i)
    t += "Paragraph " + std::to_string(i) +
         " explains how the council voted, what the bridge will cost and when the works begin, in a few "
         "plain sentences.\n\n";
  t += "Read also: Ferry timetable changes after the storm\n\nRelated Articles\n\nNews Local\n\n"
       "Another headline about local affairs\n\nA short teaser that stops in the middle...\n";
  return t;
}

// Extracts the same document once per iteration.
void ExtractRepeatedly(benchmark::State& state, RawDocument::Kind kind, std::string bytes) {
  auto extractor = MakeDefaultExtractor(PipelineOptions{});
  RawDocument doc;
  doc.kind = kind;
  doc.bytes = std::move(bytes);
  for (auto _ : state) {
    Result<Article> a = extractor->Extract(doc);
    if (!a.ok()) state.SkipWithError(a.status().ToString().c_str());
    benchmark::DoNotOptimize(a);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(doc.bytes.size()));
  state.counters["page_bytes"] = static_cast<double>(doc.bytes.size());
}

void BM_ExtractHtml(benchmark::State& state) { ExtractRepeatedly(state, RawDocument::Kind::kHtml, SyntheticHtml()); }
BENCHMARK(BM_ExtractHtml)->Unit(benchmark::kMicrosecond);

void BM_ExtractText(benchmark::State& state) { ExtractRepeatedly(state, RawDocument::Kind::kText, SyntheticText()); }
BENCHMARK(BM_ExtractText)->Unit(benchmark::kMicrosecond);

// Parse only: the pre-passed synthetic page into a tree, with gumbo (arg 0)
// or libxml2 (arg 1), as the extractor parses it.
void BM_ParseHtml(benchmark::State& state) {
  const std::string clean = extract::PrepassHtml(SyntheticHtml());
  const auto parser = state.range(0) ? extract::HtmlParser::kLibxml2 : extract::HtmlParser::kGumbo;
  for (auto _ : state) {
    extract::ParsedHtml tree(clean, parser);
    benchmark::DoNotOptimize(tree.output());
  }
  state.SetLabel(state.range(0) ? "libxml2" : "gumbo");
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(clean.size()));
  state.counters["page_bytes"] = static_cast<double>(clean.size());
}
BENCHMARK(BM_ParseHtml)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// Visible text of a news page as the metadata walk sees it: navigation with
// numbers, prose in French and English, a few dates in several shapes.
std::string SyntheticVisibleText() {
  std::string t;
  for (int i = 0; i < 60; ++i) t += "Section " + std::to_string(i) + "\n";
  for (int i = 0; i < 40; ++i) {
    t += "Le conseil a vot\xC3\xA9 le projet du pont, dont le co\xC3\xBBt reste discut\xC3\xA9 depuis des "
         "ann\xC3\xA9" "es, et les travaux commencent bient\xC3\xB4t. The council voted on the bridge, paragraph " +
         std::to_string(i) + ", and residents on both banks argued about it.\n";
    if (i % 10 == 3) t += "Published on 3 April 2024, updated 2024-04-05 at 10:30.\n";
    if (i % 10 == 7) t += "Mis \xC3\xA0 jour le 12 mars 2024\n";
  }
  return t;
}

// The date search over a page's visible text (the metadata reader runs it
// once per page): arg 0 tokenizes around digits only (FindDatesInText), arg 1
// the whole text (FindDatesInTextWhole, the scan before).
void BM_FindDatesInText(benchmark::State& state) {
  const std::string text = SyntheticVisibleText();
  FindDateOptions o;
  o.allow_month_year = false;
  size_t found = 0;
  const bool whole = state.range(0) != 0;
  state.SetLabel(whole ? "whole text" : "around digits");
  for (auto _ : state) {
    auto m = whole ? FindDatesInTextWhole(text, o) : FindDatesInText(text, o);
    found = m.size();
    benchmark::DoNotOptimize(m);
  }
  state.counters["dates"] = static_cast<double>(found);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_FindDatesInText)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// Character count of extracted text (per text node and block in html_body).
void BM_CountChars(benchmark::State& state) {
  const std::string text = SyntheticVisibleText();
  for (auto _ : state) benchmark::DoNotOptimize(extract::CountChars(text));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_CountChars)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace dragoman
