// dragoman eval quotes: quotes found and speakers right, against gold quotes.
#include <cstdio>

#include "cli/command.h"
#include "cli/eval_gold.h"
#include "dragoman/log.h"
#include "dragoman/utf8.h"
#include "entities/entity_stage.h"

namespace dragoman::cli {
namespace {

std::string Squash(const std::string& s) {
  std::string f = FoldForMatch(s), out;
  for (char c : f)
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

// Whether a description shares a content word (5+ letters, first letters
// compared so that plural and gender endings do not matter) with the gold
// description: "a UNESCO diplomat" ~ "UNESCO diplomat (anonymous)". Reported as
// an extra figure only: gold descriptions are English, ours are in the
// article's language.
bool DescriptionWordsMatch(const std::string& ours, const std::string& gold) {
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

// Whether a description is a noun phrase ("a European diplomat", "l'état-major
// ukrainien", "Séjourné's entourage") rather than a stray clause ("en las redes
// sociales", "path to membership"): it opens with a determiner in one of the
// project's languages, or holds a possessive.
bool IsDescription(const std::string& description) {
  std::string f = FoldForMatch(description);
  if (f.find("'s ") != std::string::npos || f.rfind("l'", 0) == 0 || f.rfind("un'", 0) == 0) return true;
  std::string first = f.substr(0, f.find(' '));
  static const char* kDeterminers[] = {"the", "a", "an", "one", "le", "la", "les", "un", "une", "des", "der",
                                       "die", "das", "ein", "eine", "einer", "el", "los", "las", "una", "unos",
                                       "unas", "il", "lo", "gli", "uno", "his", "her", "its", "their", "son",
                                       "sa", "ses", "leur", "sein", "seine", "ihr", "ihre", "su", "sus", "suo", "sua"};
  for (const char* d : kDeterminers)
    if (first == d) return true;
  return false;
}

// Whether our named speaker is the gold one: the same canonical name, or an
// entity the gold name is an alias of in the knowledge base ("Sergei Lavrov"
// and "Sergey Lavrov" are one person).
bool SameSpeaker(const Speaker& sp, const std::string& gold, const KnowledgeBase* kb) {
  if (sp.name.empty() && sp.id.empty()) return false;
  if (!sp.name.empty() && Squash(sp.name) == Squash(gold)) return true;
  if (!kb || sp.id.empty()) return false;
  for (const KbEntity* e : kb->Lookup(FoldForMatch(gold)))
    if (e->id == sp.id) return true;
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
  size_t anonymous_gold = 0, anonymous_words = 0;
  std::shared_ptr<const KnowledgeBase> kb = OpenKnowledgeBaseOrEmpty("");
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
        // The gold says the speaker is not named: right when we name no one
        // and describe them; the wording is checked for the extra figure only.
        right = sp.id.empty() && sp.name.empty() && IsDescription(sp.description);
        anonymous_words += right && DescriptionWordsMatch(sp.description, gq.speaker);
        ++anonymous_gold;
        if (!sp.id.empty() || !sp.name.empty()) ++wrong_person;
      } else {
        right = SameSpeaker(sp, gq.speaker, kb.get());
        if ((!sp.name.empty() || !sp.id.empty()) && !right) ++wrong_person;
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
                "\"wrong_person\":%zu,\"predicted_statements\":%zu,\"anonymous_gold\":%zu,"
                "\"anonymous_wording_shared\":%zu}\n",
                gold_quotes, found, recall, accuracy, wrong_person, predicted, anonymous_gold, anonymous_words);
  } else {
    std::printf("gold quotes         %zu\n", gold_quotes);
    std::printf("found               %zu (recall %.3f)\n", found, recall);
    std::printf("speaker right       %zu (accuracy %.3f)\n", speaker_right, accuracy);
    std::printf("wrong person named  %zu\n", wrong_person);
    std::printf("anonymous in gold   %zu (description shares a word with the gold one: %zu)\n", anonymous_gold,
                anonymous_words);
    std::printf("statements found    %zu (in the gold articles, fragments excluded)\n", predicted);
  }
  return kExitOk;
}

Registrar reg({
    "eval quotes",
    "score quotes and their speakers against gold quotes",
    "GOLD [--root DIR] [--format table|jsonl] [-v]",
    "Runs the pipeline over the articles a gold file names and checks each gold quote\n"
    "({\"speaker\", \"starts\", \"via\"}): found when a quote starts with the gold words. Speaker right:\n"
    "for a named gold speaker, when ours has the same canonical name or is the entity the gold name\n"
    "is an alias of in the knowledge base; for an anonymous gold speaker (\"... (anonymous)\"), when\n"
    "ours names no entity and is a description, a noun phrase opening with a determiner or holding\n"
    "a possessive (gold descriptions are English, ours are in the\n"
    "article's language: how many also share a content word is printed apart). 'wrong person'\n"
    "counts speakers we name (entity or name) that are not the gold speaker.",
    {FormatFlag(), {"root", "DIR", "folder the gold paths are relative to", "", false}},
    1,
    RunEvalQuotes,
});

}  // namespace
}  // namespace dragoman::cli
