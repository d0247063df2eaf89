// A linear pre-pass over raw HTML before gumbo sees it. It
//  - drops the contents of <script> (except JSON-LD, which metadata reads), <style>, <noscript>, <template>, <svg>, <math>, <iframe>,
//    <object> and comments: the extractor never reads them, and gumbo's
//    tokenizer spends much of its time in them;
//  - keeps only the attributes the extractor and the metadata reader use
//    (class id role itemprop itemtype itemscope hidden style type href rel
//    name property content charset http-equiv datetime lang title pubdate
//    xml:lang dir value src alt, and data-* names mentioning date, time,
//    publish or author) and shortens values over 2 KiB that are data: URIs
//    (inline images);
//  - writes the </div> end tags that a block's end tag implies in HTML5
//    ("<section><div>text</section>"): libxml2's parser would ignore the
//    block's end tag while a div opened inside it is open;
//  - bounds element nesting: start tags deeper than `max_depth` open elements
//    (and their matching end tags) are dropped, keeping their text. Gumbo's
//    tree builder scans its stack of open elements for every tag, so a page
//    nested 100,000 levels deep would otherwise take minutes.
// Pure function of its input; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dragoman::extract {

struct PrepassStats {
  size_t dropped_tags = 0;     // start and end tags removed by the depth bound
  size_t max_depth_seen = 0;   // deepest nesting met (counting dropped levels)
  size_t shortened_uris = 0;   // data: URIs cut short
};

std::string PrepassHtml(std::string_view html, size_t max_depth = 256, PrepassStats* stats = nullptr);

}  // namespace dragoman::extract
