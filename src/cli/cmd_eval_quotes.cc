// dragoman eval quotes: quotes found and speakers right, against gold quotes.
#include <cstdio>

#include "cli/command.h"
#include "cli/eval_gold.h"
#include "dragoman/log.h"
#include "dragoman/utf8.h"

namespace dragoman::cli {
namespace {

std::string Squash(const std::string& s) {
  std::string f = FoldForMatch(s), out;
  for (char c : f)
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

// A described speaker matches an anonymous gold speaker when they share a word
// ("a UNESCO diplomat" ~ "UNESCO diplomat (anonymous)").
bool DescriptionMatches(const std::string& ours, const std::string& gold) {
  std::string g = FoldForMatch(gold), o = FoldForMatch(ours);
  size_t start = 0;
  while (start < g.size()) {
    size_t end = g.find_first_of(" ()", start);
    std::string w = g.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (w.size() >= 5 && w != "anonymous" && o.find(w.substr(0, w.size() - 1)) != std::string::npos) return true;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return false;
}

int RunEvalQuotes(const Args& args) {
  auto gold = LoadGold(args.positional()[0], args.Get("root"));
  if (!gold.ok()) {
    LogError(gold.status().ToString());
    return kExitUsage;
  }
  auto articles = AnalyzeGold(*gold);
  if (!articles.ok()) {
    LogError(articles.status().ToString());
    return kExitFatal;
  }
  size_t gold_quotes = 0, found = 0, speaker_right = 0, wrong_person = 0, predicted = 0;
  bool verbose = args.Has("verbose");
  for (const auto& g : gold->articles) {
    auto it = articles->find(g.key);
    if (it == articles->end()) continue;
    const Article& a = it->second;
    for (const Quote& q : a.quotes) predicted += !q.fragment;
    for (const GoldQuote& gq : g.quotes) {
      ++gold_quotes;
      std::string want = Squash(gq.starts);
      const Quote* match = nullptr;
      for (const Quote& q : a.quotes)
        if (Squash(q.text).rfind(want.substr(0, std::min<size_t>(want.size(), 30)), 0) == 0) match = &q;
      if (!match) {
        if (verbose) std::printf("MISSED   %s: \"%s\"\n", g.key.c_str(), gq.starts.c_str());
        continue;
      }
      ++found;
      bool anonymous = gq.speaker.find("anonymous") != std::string::npos;
      const Speaker& sp = match->speaker;
      bool right = false;
      if (anonymous) {
        right = sp.id.empty() && DescriptionMatches(sp.description, gq.speaker);
        if (!sp.id.empty()) ++wrong_person;
      } else {
        right = !sp.name.empty() && Squash(sp.name) == Squash(gq.speaker);
        if (!sp.name.empty() && !right) ++wrong_person;
      }
      speaker_right += right;
      if (verbose)
        std::printf("%s %s: \"%.40s\" -> %s%s (gold: %s)\n", right ? "RIGHT  " : "WRONG  ", g.key.c_str(),
                    gq.starts.c_str(), sp.name.empty() ? sp.description.c_str() : sp.name.c_str(),
                    sp.id.empty() ? "" : (" [" + sp.id + "]").c_str(), gq.speaker.c_str());
    }
  }
  double recall = gold_quotes ? static_cast<double>(found) / gold_quotes : 0;
  double accuracy = found ? static_cast<double>(speaker_right) / found : 0;
  if (args.Get("format") == "jsonl") {
    std::printf("{\"gold_quotes\":%zu,\"found\":%zu,\"recall\":%.4f,\"speaker_accuracy\":%.4f,"
                "\"wrong_person\":%zu,\"predicted_statements\":%zu}\n",
                gold_quotes, found, recall, accuracy, wrong_person, predicted);
  } else {
    std::printf("gold quotes         %zu\n", gold_quotes);
    std::printf("found               %zu (recall %.3f)\n", found, recall);
    std::printf("speaker right       %zu (accuracy %.3f)\n", speaker_right, accuracy);
    std::printf("wrong person named  %zu\n", wrong_person);
    std::printf("statements found    %zu (in the gold articles, fragments excluded)\n", predicted);
  }
  return kExitOk;
}

Registrar reg({
    "eval quotes",
    "score quotes and their speakers against gold quotes",
    "GOLD [--root DIR] [--format table|jsonl] [-v]",
    "Runs the pipeline over the articles a gold file names and checks each gold quote\n"
    "({\"speaker\", \"starts\", \"via\"}): found when a quote starts with the gold words, speaker right\n"
    "when the canonical name matches, or, for an anonymous gold speaker, when ours is a description\n"
    "sharing its head word. 'wrong person' counts named speakers that are not the gold speaker.",
    {FormatFlag(), {"root", "DIR", "folder the gold paths are relative to", "", false}},
    1,
    RunEvalQuotes,
});

}  // namespace
}  // namespace dragoman::cli
