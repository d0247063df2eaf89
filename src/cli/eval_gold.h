// Gold files for `dragoman eval quotes|events|stories`, and running the
// pipeline over the articles they name.
//
// Gold format (the one ../shared/seeds/gold.json and examples/corpus/gold.json
// use): {"articles": [{"file": "PATH[#record N|#item N|#line N]",
//   "story": "label", "quotes": [{"speaker": "...", "starts": "...", "via": "..."}]}]}.
// PATH is relative to the gold file's folder unless --root says otherwise.
// For stories a plain TSV also works: "PATH<TAB>label" per line.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/status.h"

namespace dragoman::cli {

struct GoldQuote {
  std::string speaker, starts, via;
};

struct GoldArticle {
  std::string key;  // "PATH" or "PATH#record N", relative to the root
  std::string story;
  std::vector<GoldQuote> quotes;
};

struct GoldSet {
  std::string root;  // folder the keys are relative to
  std::vector<GoldArticle> articles;
};

Result<GoldSet> LoadGold(const std::string& path, const std::string& root_override);

// Runs the default pipeline over every file the gold names, in gold order, and
// returns the articles by gold key. Inputs that fail are reported on stderr.
Result<std::map<std::string, Article>> AnalyzeGold(const GoldSet& gold);

// "path#record 3" relative to root.
std::string RelativeKey(const std::string& root, const Origin& origin);

}  // namespace dragoman::cli
