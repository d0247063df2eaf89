// Gold files for `dragoman eval quotes|events|stories`, and running the
// pipeline over the articles they name.
//
// Gold format (the one ../shared/seeds/gold.json and examples/corpus/gold.json
// use): {"articles": [{"file": "PATH[#record N|#item N|#line N]",
//   "story": "label", "quotes": [{"speaker": "...", "starts": "...", "via": "..."}]}]}.
// PATH is relative to the gold file's folder unless --root says otherwise.
// For stories a plain TSV also works: "PATH<TAB>label" per line.
//
// Gold events (`dragoman eval events`) are JSONL, one event per line:
//   {"article": "PATH[#record N|#item N|#line N]", "field": "text|title",
//    "sentence": "the sentence, as in the article", "code": "CAMEO code",
//    "root": "01".."20" (optional, else the code's first two digits),
//    "actor1": "canonical name", "actor2": "canonical name" | null,
//    "actor1_code"/"actor2_code": CAMEO actor codes (optional),
//    "mood": "asserted|negated|hypothetical|intent" (optional, default asserted),
//    "date", "place", "story": optional, informative}
// Lines that are blank or start with '#' are skipped.
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

struct GoldEvent {
  std::string article;  // key, as GoldArticle::key
  std::string field = "text";
  std::string sentence, code, root, actor1, actor2, actor1_code, actor2_code, mood = "asserted";
  int line = 0;  // 1-based line in the gold file
};

struct GoldEvents {
  GoldSet set;  // the articles the events name, for AnalyzeGold
  std::vector<GoldEvent> events;
};

// Reads a gold events JSONL file; an error names the file, line and reason.
Result<GoldEvents> LoadGoldEvents(const std::string& path, const std::string& root_override);

Result<GoldSet> LoadGold(const std::string& path, const std::string& root_override);

// Runs the default pipeline over every file the gold names, in gold order, and
// returns the articles by gold key. Inputs that fail are reported on stderr.
Result<std::map<std::string, Article>> AnalyzeGold(const GoldSet& gold);

// "path#record 3" relative to root.
std::string RelativeKey(const std::string& root, const Origin& origin);

}  // namespace dragoman::cli
