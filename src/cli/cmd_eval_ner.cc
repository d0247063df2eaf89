// dragoman eval ner: precision, recall and F1 of entity recognition on
// labelled files (CoNLL-2003, WikiNER/WikiNEuRal, HIPE-2020), with the speed.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "dragoman/log.h"
#include "entities/entity_stage.h"
#include "entities/ner_eval.h"
#include "entities/ner_lexicon.h"
#include "entities/recognizer.h"

namespace dragoman::cli {
namespace {

// "wikineural-fr-dev.conll.gz" -> fr, "eng.testa" -> en, "HIPE-...-test-fr.tsv" -> fr.
std::string LanguageFromPath(const std::string& path) {
  std::string base = path.substr(path.find_last_of('/') + 1);
  if (base.rfind("eng.", 0) == 0) return "en";
  static const char* kLangs[] = {"en", "fr", "de", "es", "it", "nl", "pl", "pt", "ru"};
  for (const char* l : kLangs) {
    std::string code(l);
    for (const std::string& pat : {"-" + code + "-", "-" + code + ".", "_" + code + ".", "-" + code + "_"}) {
      if (base.find(pat) != std::string::npos) return code;
    }
  }
  return "en";
}

int RunEvalNer(const Args& args) {
  bool jsonl = args.Get("format") == "jsonl";
  std::string ner_dir = FindNerDataDir(args.Get("data"));
  auto kb = OpenKnowledgeBaseOrEmpty(args.Get("data"));
  int rc = kExitOk;
  NerScores total;
  for (const std::string& path : args.positional()) {
    auto corpus = ReadBioFile(path, args.Get("input-format"));
    if (!corpus.ok()) {
      LogError(corpus.status().ToString());
      rc = kExitPartial;
      continue;
    }
    std::string lang = args.Has("lang") ? args.Get("lang") : LanguageFromPath(path);
    auto lex = NerLexicon::Load(ner_dir, lang);
    if (!lex.ok()) {
      LogError(lex.status().ToString());
      return kExitFatal;
    }
    Recognizer rec(kb.get(), *lex);
    NerEvalOptions eo;
    long long max_errors = 0;
    if (args.GetInt("errors", &max_errors) && max_errors > 0) eo.max_errors = static_cast<size_t>(max_errors);
    long long passes = 2;
    if (args.GetInt("passes", &passes)) eo.passes = static_cast<int>(passes);
    NerScores s = EvaluateNer(*corpus, rec, eo);
    for (const auto& e : s.errors) std::fprintf(stderr, "%s\n", e.c_str());
    double tps = s.seconds > 0 ? s.tokens / s.seconds : 0;
    if (jsonl) {
      nlohmann::json j;
      j["file"] = path;
      j["language"] = lang;
      j["format"] = corpus->format;
      j["tokens"] = s.tokens;
      j["sentences"] = s.sentences;
      j["tokens_per_second"] = static_cast<long long>(tps);
      for (const auto& [type, ts] : s.by_type) {
        j["types"][type] = {{"precision", ts.precision()}, {"recall", ts.recall()}, {"f1", ts.f1()},
                            {"gold", ts.gold}, {"predicted", ts.predicted}, {"correct", ts.correct}};
      }
      for (const auto& [gold_type, outcomes] : s.confusion) {
        for (const auto& [outcome, count] : outcomes) j["confusion"][gold_type][outcome] = count;
      }
      j["micro"] = {{"precision", s.micro.precision()}, {"recall", s.micro.recall()}, {"f1", s.micro.f1()}};
      j["micro_per_org_loc"] = {{"precision", s.micro_pol.precision()}, {"recall", s.micro_pol.recall()},
                                {"f1", s.micro_pol.f1()}};
      std::printf("%s\n", j.dump().c_str());
    } else {
      std::printf("%s (%s, %s, %zu sentences, %zu tokens, %.0f tokens/s)\n", path.c_str(), lang.c_str(),
                  corpus->format.c_str(), s.sentences, s.tokens, tps);
      std::printf("  %-14s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "pred", "ok");
      auto row = [](const std::string& name, const TypeScore& ts) {
        std::printf("  %-14s %9.4f %9.4f %9.4f %7zu %7zu %7zu\n", name.c_str(), ts.precision(), ts.recall(), ts.f1(),
                    ts.gold, ts.predicted, ts.correct);
      };
      for (const auto& [type, ts] : s.by_type) row(type, ts);
      row("micro", s.micro);
      row("PER+ORG+LOC", s.micro_pol);
      // Confusion: rows are gold types (O: predictions overlapping no gold
      // span), columns the type predicted on exactly the gold span, "span"
      // for a wrong boundary, "missed" for nothing there.
      std::vector<std::string> cols;
      for (const auto& [type, ts] : s.by_type) cols.push_back(type);
      cols.push_back("span");
      cols.push_back("missed");
      std::printf("  %-14s", "gold \\ pred");
      for (const auto& c : cols) std::printf(" %7s", c.c_str());
      std::printf("\n");
      for (const auto& [gold_type, outcomes] : s.confusion) {
        std::printf("  %-14s", gold_type.c_str());
        for (const auto& c : cols) {
          auto it = outcomes.find(c);
          std::printf(" %7zu", it == outcomes.end() ? size_t{0} : it->second);
        }
        std::printf("\n");
      }
    }
  }
  return rc;
}

Registrar reg({
    "eval ner",
    "score entity recognition on CoNLL, WikiNEuRal or HIPE files",
    "FILE... [--lang xx] [--format table|jsonl] [--errors N] [--passes 1|2]",
    "Reads labelled NER files (4-column IOB1 as CoNLL-2003, 2-column TOKEN TAG IOB2 as WikiNER and\n"
    "WikiNEuRal, gzip allowed, HIPE-2020 TSV with pers/loc/org mapped to PER/LOC/ORG), runs the\n"
    "recognizer on the given tokens (two passes per document, as the entities stage: the first only\n"
    "teaches the document context; --passes 1 for one) and prints precision, recall and F1 per type and micro-averaged\n"
    "(exact span match, as conlleval), over all types and over PER+ORG+LOC, with tokens per second,\n"
    "and a confusion table: for each gold type, the type predicted on exactly its span, \"span\" when\n"
    "only a prediction with other boundaries overlaps it, \"missed\" when none; row O counts predictions\n"
    "that overlap no gold entity.\n"
    "The language comes from the file name (wikineural-fr-dev -> fr, eng.testa -> en) unless --lang.",
    {{"format", "FMT", "output: table or jsonl", "table", false},
     {"lang", "xx", "language of the files (default: from the file name)", "", false},
     {"input-format", "FMT", "auto, conll, iob2 or hipe", "auto", false},
     {"errors", "N", "print up to N sentences with errors to stderr", "", false},
     {"passes", "N", "passes over each document: 2 (as analyze) or 1", "2", false},
     {"data", "DIR", "data folder holding the knowledge base and ner/ lexicons", "", false}},
    1,
    RunEvalNer,
});

}  // namespace
}  // namespace dragoman::cli
