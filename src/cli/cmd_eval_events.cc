// dragoman eval events: event precision, recall and F1 against gold events,
// precision from a hand-judged sample, and drawing such a sample.
//
// Three modes:
//   GOLD.jsonl              score the pipeline's events on the gold file's articles
//   --judged FILE [PATH...] precision of a hand-judged sample (FILE); with PATHs,
//                           the pipeline is rerun on them and the judgements are
//                           checked against what it produces now
//   --sample N PATH...      draw N events by a fixed rule for judging
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/command.h"
#include "cli/eval_gold.h"
#include "dragoman/json_output.h"
#include "dragoman/log.h"
#include "dragoman/pipeline.h"
#include "dragoman/reader.h"
#include "dragoman/utf8.h"
#include "events/words.h"

namespace dragoman::cli {
namespace {

using nlohmann::json;

// Letters and digits of the folded text: names compare equal across case,
// accents, spacing and punctuation ("U.S." ~ "US").
std::string Squash(const std::string& s) {
  std::string f = FoldForMatch(s), out;
  for (char c : f)
    if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) out += c;
  return out;
}

// Actor agreement: both absent, or the same name once squashed.
bool SameActor(const EventActor& ours, const std::string& gold) {
  if (gold.empty()) return ours.id.empty() && ours.name.empty();
  return !ours.name.empty() && Squash(ours.name) == Squash(gold);
}

// Byte span of a gold sentence in the field's text: the first place where the
// sentence's words (folded) follow each other, so that spacing, typographic
// marks and entity decoding do not matter. {0,0} when not found.
Span LocateSentence(const Article& a, Field field, const std::string& sentence) {
  const std::string& text = a.FieldText(field);
  std::vector<Word> words = SplitIntoWords(text, 0, static_cast<uint32_t>(text.size()));
  std::vector<Word> want = SplitIntoWords(sentence, 0, static_cast<uint32_t>(sentence.size()));
  if (want.empty() || want.size() > words.size()) return {field, 0, 0};
  for (size_t i = 0; i + want.size() <= words.size(); ++i) {
    size_t k = 0;
    while (k < want.size() && words[i + k].folded == want[k].folded) ++k;
    if (k == want.size()) return {field, words[i].start, words[i + k - 1].end};
  }
  return {field, 0, 0};
}

bool Overlaps(const Span& x, const Span& y) {
  return x.field == y.field && x.start < y.end && y.start < x.end;
}

struct Tally {
  size_t gold = 0, predicted = 0, matched = 0;  // matched: on article + sentence + root
  size_t actor1 = 0, actor2 = 0, both = 0, code = 0, mood = 0;
  void Add(const Tally& t) {
    gold += t.gold, predicted += t.predicted, matched += t.matched;
    actor1 += t.actor1, actor2 += t.actor2, both += t.both, code += t.code, mood += t.mood;
  }
};

double Ratio(size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

void PrintTallies(const std::map<std::string, Tally>& by_lang, bool jsonl) {
  Tally all;
  for (const auto& [lang, t] : by_lang) all.Add(t);
  std::vector<std::pair<std::string, Tally>> rows(by_lang.begin(), by_lang.end());
  rows.emplace_back("all", all);
  if (!jsonl)
    std::printf("%-5s %5s %5s %5s %6s %6s %6s %7s %7s %7s %7s %7s\n", "LANG", "GOLD", "PRED", "MATCH", "P", "R",
                "F1", "ACTOR", "TARGET", "BOTH", "CODE", "MOOD");
  for (const auto& [lang, t] : rows) {
    double p = Ratio(t.matched, t.predicted), r = Ratio(t.matched, t.gold);
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    if (jsonl) {
      json j = {{"language", lang},
                {"gold", t.gold},
                {"predicted", t.predicted},
                {"matched", t.matched},
                {"precision", p},
                {"recall", r},
                {"f1", f1},
                {"actor1_agreement", Ratio(t.actor1, t.matched)},
                {"actor2_agreement", Ratio(t.actor2, t.matched)},
                {"actors_agreement", Ratio(t.both, t.matched)},
                {"code_agreement", Ratio(t.code, t.matched)},
                {"mood_agreement", Ratio(t.mood, t.matched)}};
      std::printf("%s\n", j.dump().c_str());
    } else {
      std::printf("%-5s %5zu %5zu %5zu %6.3f %6.3f %6.3f %7.3f %7.3f %7.3f %7.3f %7.3f\n", lang.c_str(), t.gold,
                  t.predicted, t.matched, p, r, f1, Ratio(t.actor1, t.matched), Ratio(t.actor2, t.matched),
                  Ratio(t.both, t.matched), Ratio(t.code, t.matched), Ratio(t.mood, t.matched));
    }
  }
}

int RunGold(const Args& args) {
  std::string root = args.Get("root");
  if (root.empty() && args.positional().size() > 1) root = args.positional()[1];
  auto gold = LoadGoldEvents(args.positional()[0], root);
  if (!gold.ok()) {
    LogError(gold.status().ToString());
    return kExitUsage;
  }
  auto articles = AnalyzeGold(gold->set);
  if (!articles.ok()) {
    LogError(articles.status().ToString());
    return kExitFatal;
  }
  bool verbose = args.Has("verbose");
  // Only the fields the gold file annotates are scored (a gold file of body
  // events does not penalise headline events).
  std::set<std::string> fields;
  for (const auto& e : gold->events) fields.insert(e.field);
  std::map<std::string, std::vector<const GoldEvent*>> by_article;
  for (const auto& e : gold->events) by_article[e.article].push_back(&e);
  std::map<std::string, Tally> by_lang;
  int status = kExitOk;
  for (const auto& [key, events] : by_article) {
    auto it = articles->find(key);
    if (it == articles->end()) {
      LogError(key + ": the gold names an article the pipeline did not produce");
      status = kExitPartial;
      continue;
    }
    const Article& a = it->second;
    Tally& t = by_lang[a.language];
    std::vector<const Event*> predicted;
    for (const Event& e : a.events)
      if (fields.count(FieldName(e.span.field))) predicted.push_back(&e);
    t.predicted += predicted.size();
    std::vector<bool> used(predicted.size(), false);
    for (const GoldEvent* g : events) {
      ++t.gold;
      Field field = g->field == "title" ? Field::kTitle : Field::kText;
      Span where = LocateSentence(a, field, g->sentence);
      if (where.end == 0) {
        LogWarn(args.positional()[0] + ":" + std::to_string(g->line) + ": sentence not found in " + key);
        continue;
      }
      // The best unused prediction on this sentence with this root: most
      // agreement first, so that two events in one sentence pair up right.
      int best = -1, best_score = -1;
      for (size_t k = 0; k < predicted.size(); ++k) {
        const Event& e = *predicted[k];
        if (used[k] || !Overlaps(e.span, where) || e.root != g->root) continue;
        int score = SameActor(e.actor1, g->actor1) * 4 + SameActor(e.actor2, g->actor2) * 2 + (e.code == g->code);
        if (score > best_score) best = static_cast<int>(k), best_score = score;
      }
      if (best < 0) {
        if (verbose) std::printf("MISSED  %s: %s %s -> %s | %.90s\n", key.c_str(), g->code.c_str(), g->actor1.c_str(),
                                 g->actor2.c_str(), g->sentence.c_str());
        continue;
      }
      used[best] = true;
      const Event& e = *predicted[best];
      ++t.matched;
      bool a1 = SameActor(e.actor1, g->actor1), a2 = SameActor(e.actor2, g->actor2);
      t.actor1 += a1, t.actor2 += a2, t.both += a1 && a2;
      t.code += e.code == g->code;
      t.mood += e.mood == g->mood;
      if (verbose)
        std::printf("MATCHED %s: %s/%s %s/%s -> %s/%s%s\n", key.c_str(), e.code.c_str(), g->code.c_str(),
                    e.actor1.name.c_str(), g->actor1.c_str(), e.actor2.name.c_str(), g->actor2.c_str(),
                    e.mood == g->mood ? "" : (" mood " + e.mood + "/" + g->mood).c_str());
    }
    if (verbose)
      for (size_t k = 0; k < predicted.size(); ++k)
        if (!used[k]) {
          const Event& e = *predicted[k];
          std::printf("EXTRA   %s: %s %s -> %s (%s) | %.90s\n", key.c_str(), e.code.c_str(), e.actor1.name.c_str(),
                      e.actor2.name.c_str(), e.mood.c_str(),
                      a.FieldText(e.span.field).substr(e.span.start, e.span.end - e.span.start).c_str());
        }
  }
  PrintTallies(by_lang, args.Get("format") == "jsonl");
  return status;
}

// ---- hand-judged samples ----

// A stable id for an event: FNV-1a over the article id, the sentence's field
// and code-point offsets, the code and both actors' ids. The same pipeline on
// the same input gives the same id; changing who or what changes it.
std::string EventId(const Article& a, const Event& e, size_t start_cp, size_t end_cp) {
  std::string key = a.id + "|" + FieldName(e.span.field) + "|" + std::to_string(start_cp) + "|" +
                    std::to_string(end_cp) + "|" + e.code + "|" + e.actor1.id + "|" + e.actor2.id;
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ULL;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// One event the pipeline produced, as a judged file records it (no sentence
// text: offsets point into the source, which may not be ours to copy).
struct ProducedEvent {
  std::string id, article, source, language, field, code, mood, actor1, actor2, sentence;
  size_t start = 0, end = 0;
};

Result<std::vector<ProducedEvent>> ProduceEvents(const std::vector<std::string>& paths, size_t* failed) {
  PipelineOptions options;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) return pipeline.status();
  std::vector<ProducedEvent> out;
  *failed += ReadInputs(
      paths, ReadOptions{},
      [&](RawDocument&& doc) {
        Result<Article> a = (*pipeline)->Run(doc);
        if (!a.ok()) {
          LogError(doc.origin.Display() + ": " + a.status().ToString());
          ++*failed;
          return;
        }
        for (const Event& e : a->events) {
          const std::string& text = a->FieldText(e.span.field);
          ProducedEvent p;
          p.start = CodepointOffset(text, e.span.start);
          p.end = CodepointOffset(text, e.span.end);
          p.id = EventId(*a, e, p.start, p.end);
          p.article = a->id;
          p.source = doc.origin.Display();
          p.language = a->language;
          p.field = FieldName(e.span.field);
          p.code = e.code;
          p.mood = e.mood;
          p.actor1 = e.actor1.name;
          p.actor2 = e.actor2.name;
          p.sentence = text.substr(e.span.start, e.span.end - e.span.start);
          out.push_back(std::move(p));
        }
      },
      [&](const Origin& where, const Status& why) { LogError(where.Display() + ": " + why.ToString()); });
  return out;
}

json ProducedToJson(const ProducedEvent& p) {
  return {{"event", p.id},       {"article", p.article}, {"source", p.source},
          {"language", p.language}, {"field", p.field}, {"start", p.start},
          {"end", p.end},         {"code", p.code},       {"mood", p.mood},
          {"actor1", p.actor1.empty() ? json(nullptr) : json(p.actor1)},
          {"actor2", p.actor2.empty() ? json(nullptr) : json(p.actor2)}};
}

// The sampling rule: events ordered by FNV-1a of "SEED|event id", the first N.
uint64_t SampleKey(const std::string& seed, const std::string& id) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : seed + "|" + id) h = (h ^ c) * 1099511628211ULL;
  return h;
}

int RunSample(const Args& args) {
  long long n = 0;
  if (!args.GetInt("sample", &n) || n <= 0) {
    LogError("--sample wants a positive number");
    return kExitUsage;
  }
  if (args.positional().empty()) {
    LogError("--sample needs the inputs to draw from (PATH...)");
    return kExitUsage;
  }
  size_t failed = 0;
  auto produced = ProduceEvents(args.positional(), &failed);
  if (!produced.ok()) {
    LogError(produced.status().ToString());
    return kExitFatal;
  }
  std::string seed = args.Get("seed");
  std::vector<ProducedEvent> all = std::move(*produced);
  std::sort(all.begin(), all.end(), [&](const ProducedEvent& x, const ProducedEvent& y) {
    return SampleKey(seed, x.id) < SampleKey(seed, y.id);
  });
  if (all.size() > static_cast<size_t>(n)) all.resize(static_cast<size_t>(n));
  bool jsonl = args.Get("format") == "jsonl";
  for (const ProducedEvent& p : all) {
    if (jsonl) {
      json j = ProducedToJson(p);
      // For the judge's eyes only; leave it out of files kept in the repository.
      j["sentence"] = p.sentence;
      std::printf("%s\n", j.dump().c_str());
    } else {
      std::printf("%s %s %s %s [%s] %s -> %s\n    %s\n", p.id.c_str(), p.source.c_str(), p.language.c_str(),
                  p.code.c_str(), p.mood.c_str(), p.actor1.c_str(), p.actor2.c_str(), p.sentence.c_str());
    }
  }
  LogInfo(std::to_string(all.size()) + " events sampled");
  return failed ? kExitPartial : kExitOk;
}

struct Judged {
  std::string id, language, judgement, error;
  int line = 0;
};

int RunJudged(const Args& args) {
  std::string path = args.Get("judged");
  std::ifstream in(path);
  if (!in) {
    LogError("cannot open judged file " + path);
    return kExitUsage;
  }
  std::vector<Judged> judged;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
    json j = json::parse(line, nullptr, false);
    std::string where = path + ":" + std::to_string(n) + ": ";
    if (j.is_discarded() || !j.is_object()) {
      LogError(where + "not a JSON object");
      return kExitUsage;
    }
    Judged d;
    d.line = n;
    d.id = j.value("event", std::string());
    d.language = j.value("language", std::string("und"));
    d.judgement = j.value("judgement", std::string());
    if (j.contains("error") && j["error"].is_string()) d.error = j["error"].get<std::string>();
    if (d.id.empty() || (d.judgement != "correct" && d.judgement != "wrong")) {
      LogError(where + "needs \"event\" and \"judgement\": \"correct\" or \"wrong\"");
      return kExitUsage;
    }
    judged.push_back(d);
  }
  // With inputs: which judged events does the pipeline still produce?
  std::set<std::string> now;
  bool rerun = !args.positional().empty();
  size_t produced_count = 0, failed = 0;
  if (rerun) {
    auto produced = ProduceEvents(args.positional(), &failed);
    if (!produced.ok()) {
      LogError(produced.status().ToString());
      return kExitFatal;
    }
    produced_count = produced->size();
    for (const auto& p : *produced) now.insert(p.id);
  }
  struct Count {
    size_t judged = 0, correct = 0, still = 0, still_correct = 0;
  };
  std::map<std::string, Count> by_lang;
  std::map<std::string, size_t> errors;
  for (const Judged& d : judged) {
    for (const std::string& lang : {d.language, std::string("all")}) {
      Count& c = by_lang[lang];
      ++c.judged;
      c.correct += d.judgement == "correct";
      if (now.count(d.id)) {
        ++c.still;
        c.still_correct += d.judgement == "correct";
      }
    }
    if (d.judgement == "wrong") ++errors[d.error.empty() ? "unspecified" : d.error];
  }
  bool jsonl = args.Get("format") == "jsonl";
  if (!jsonl)
    std::printf("%-5s %6s %7s %9s%s\n", "LANG", "JUDGED", "CORRECT", "PRECISION",
                rerun ? "  STILL-PRODUCED  PRECISION-OF-THOSE" : "");
  // "all" last.
  std::vector<std::string> order;
  for (const auto& [lang, c] : by_lang)
    if (lang != "all") order.push_back(lang);
  order.push_back("all");
  for (const std::string& lang : order) {
    const Count& c = by_lang[lang];
    if (jsonl) {
      json j = {{"language", lang}, {"judged", c.judged}, {"correct", c.correct},
                {"precision", Ratio(c.correct, c.judged)}};
      if (rerun) {
        j["still_produced"] = c.still;
        j["precision_of_still_produced"] = Ratio(c.still_correct, c.still);
      }
      std::printf("%s\n", j.dump().c_str());
    } else {
      std::printf("%-5s %6zu %7zu %9.3f", lang.c_str(), c.judged, c.correct, Ratio(c.correct, c.judged));
      if (rerun) std::printf("  %14zu  %18.3f", c.still, Ratio(c.still_correct, c.still));
      std::printf("\n");
    }
  }
  if (jsonl) {
    json e = json::object();
    for (const auto& [k, v] : errors) e[k] = v;
    std::printf("%s\n", json({{"errors", e}}).dump().c_str());
    if (rerun) std::printf("%s\n", json({{"events_produced_now", produced_count}}).dump().c_str());
  } else {
    for (const auto& [k, v] : errors) std::printf("wrong: %-14s %zu\n", k.c_str(), v);
    if (rerun) std::printf("events the pipeline produces now: %zu\n", produced_count);
  }
  return failed ? kExitPartial : kExitOk;
}

int RunEvalEvents(const Args& args) {
  if (args.Has("judged")) return RunJudged(args);
  if (args.Has("sample")) return RunSample(args);
  if (args.positional().empty()) {
    LogError("eval events: give a gold events file (GOLD.jsonl), --judged FILE or --sample N");
    return kExitUsage;
  }
  return RunGold(args);
}

Registrar reg({
    "eval events",
    "score events against gold events, or precision of a hand-judged sample",
    "GOLD.jsonl [ROOT] | --judged FILE [PATH...] | --sample N PATH... [--format table|jsonl] [-v]",
    "GOLD.jsonl: runs the pipeline over the articles the gold names and scores its events, per\n"
    "language. A predicted event matches a gold event when it is in the same article, its sentence\n"
    "overlaps the gold sentence, and the CAMEO root code (01-20) is the same; matching is one to one.\n"
    "P = matched/predicted, R = matched/gold. Among matched events: ACTOR and TARGET say how often\n"
    "actor1 and actor2 are the gold ones (canonical names, compared without case, accents or\n"
    "punctuation; an absent actor2 agrees with a null one), CODE the full CAMEO code, MOOD the mood.\n"
    "Only the fields (text/title) the gold annotates are scored. Gold paths are relative to the gold\n"
    "file's folder, or ROOT (--root). Format, one JSON object per line:\n"
    "  {\"article\": \"PATH[#item N]\", \"field\": \"text\", \"sentence\": \"...\", \"code\": \"042\",\n"
    "   \"root\": \"04\", \"actor1\": \"Antony Blinken\", \"actor2\": \"Ukraine\" | null,\n"
    "   \"mood\": \"asserted|negated|hypothetical|intent\"}  (docs/EVAL-EVENTS.md)\n"
    "--sample N PATH...: runs the pipeline on PATHs and prints N events chosen by a fixed rule\n"
    "(ordered by FNV-1a of \"SEED|event id\", first N), each with its sentence, for judging.\n"
    "--judged FILE: precision = correct/judged from a judged sample (one object per line with\n"
    "\"event\", \"language\", \"judgement\": \"correct|wrong\", \"error\"); with PATHs the pipeline is\n"
    "rerun and the judged events it still produces are counted (ids change when actor, code or\n"
    "sentence change).",
    {FormatFlag(),
     {"root", "DIR", "folder the gold paths are relative to", "", false},
     {"judged", "FILE", "a hand-judged sample: report its precision", "", false},
     {"sample", "N", "draw N events from PATH... for judging", "", false},
     {"seed", "TEXT", "seed of the sampling rule", "dragoman", false}},
    0,
    RunEvalEvents,
});

}  // namespace
}  // namespace dragoman::cli
