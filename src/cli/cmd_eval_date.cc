// dragoman eval date: publication-date accuracy on htmldate's evaluation sets
// (and trafilatura's evaldata.json `date` field), scored the way htmldate
// scores: output equal to the gold day -> TP, no output -> FN (TN when the
// gold has no date), any other output -> FP.
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "dragoman/log.h"
#include "dragoman/utf8.h"
#include "extract/gumbo_arena.h"
#include "extract/metadata.h"
#include "read/charset.h"

namespace dragoman::cli {
namespace {

namespace fs = std::filesystem;

std::string DefaultShared() {
#ifdef DRAGOMAN_SOURCE_DIR
  return std::string(DRAGOMAN_SOURCE_DIR) + "/../shared";
#else
  return "../shared";
#endif
}

bool ReadFile(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

bool Gunzip(const fs::path& p, std::string* out) {
  gzFile f = gzopen(p.string().c_str(), "rb");
  if (!f) return false;
  out->clear();
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  bool ok = n == 0;
  gzclose(f);
  return ok;
}

struct Item {
  std::string url, file;
  std::string gold;  // empty = no date
};

// Reads an evaluation file: { url: {file, date}, ... }. Bare NaN (no date)
// is turned into null first: JSON has no NaN.
bool LoadSet(const fs::path& p, std::vector<Item>* items, std::string* why) {
  std::string text;
  if (!ReadFile(p, &text)) {
    *why = "cannot read";
    return false;
  }
  std::string fixed;
  fixed.reserve(text.size());
  bool in_str = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_str) {
      fixed += c;
      if (c == '\\' && i + 1 < text.size()) fixed += text[++i];
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == '"') in_str = true;
    if (text.compare(i, 3, "NaN") == 0) {
      fixed += "null";
      i += 2;
      continue;
    }
    fixed += c;
  }
  nlohmann::json j = nlohmann::json::parse(fixed, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    *why = "not a JSON object";
    return false;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it->is_object() || !it->contains("file")) continue;
    auto d = it->find("date");
    if (d == it->end()) continue;  // trafilatura entries without date gold
    Item item;
    item.url = it.key();
    item.file = (*it)["file"].is_string() ? (*it)["file"].get<std::string>() : "";
    if (d->is_string()) {
      item.gold = d->get<std::string>();
      // trafilatura's evaldata.json writes "" for pages nobody dated: no gold.
      if (item.gold.empty()) continue;
    }
    items->push_back(item);
  }
  return true;
}

struct Score {
  size_t pages = 0, tp = 0, fp = 0, fn = 0, tn = 0, missing = 0;
  double seconds = 0;
  void Add(const Score& o) {
    pages += o.pages, tp += o.tp, fp += o.fp, fn += o.fn, tn += o.tn, missing += o.missing;
    seconds += o.seconds;
  }
};

int RunEvalDate(const Args& args) {
  std::vector<std::string> sets = args.GetAll("set");
  std::string shared = DefaultShared();
  if (sets.empty()) {
    sets = {shared + "/eval/htmldate-eval/eval_default.json", shared + "/eval/htmldate-eval/eval_mediacloud_2020.json"};
  }
  long long limit = 0;
  if (args.Has("limit") && !args.GetInt("limit", &limit)) {
    LogError("--limit: not an integer: " + args.Get("limit"));
    return kExitUsage;
  }
  bool use_url = !args.Has("no-url");
  bool show_errors = args.Has("errors");
  bool jsonl = args.Get("format") == "jsonl";

  std::vector<std::pair<std::string, Score>> results;
  Score total;
  int exit_code = kExitOk;
  for (const std::string& set : sets) {
    std::vector<Item> items;
    std::string why;
    if (!LoadSet(set, &items, &why)) {
      LogError(set + ": " + why);
      exit_code = kExitPartial;
      continue;
    }
    fs::path html_dir = fs::path(set).parent_path() / "html";
    Score s;
    for (const Item& item : items) {
      if (limit > 0 && s.pages >= static_cast<size_t>(limit)) break;
      std::string raw;
      fs::path gz = html_dir / (item.file + ".gz");
      if (!Gunzip(gz, &raw) && !ReadFile(html_dir / item.file, &raw)) {
        LogError(gz.string() + ": cannot read");
        ++s.missing;
        continue;
      }
      std::string html = read::DecodeToUtf8(std::move(raw), "", true).text;
      auto t0 = std::chrono::steady_clock::now();
      // The extract stage's pre-pass and parser (extract/gumbo_arena.h).
      if (!IsValidUtf8(html)) html = RepairUtf8(html);
      extract::ParsedPage dom(html);
      RawDocument doc;
      doc.kind = RawDocument::Kind::kHtml;
      if (use_url) doc.origin.url = item.url;
      Article article;
      FillHtmlMetadata(dom.output(), doc, article);
      s.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      ++s.pages;
      std::string out = article.published ? article.published->date : "";
      if (out.empty()) {
        item.gold.empty() ? ++s.tn : ++s.fn;
      } else if (out == item.gold) {
        ++s.tp;
      } else {
        ++s.fp;
      }
      if (show_errors && out != item.gold)
        std::fprintf(stderr, "%s\t%s\tgold=%s\tgot=%s\t%s\n", item.file.c_str(), item.url.c_str(),
                     item.gold.empty() ? "-" : item.gold.c_str(), out.empty() ? "-" : out.c_str(),
                     article.published ? article.published->evidence.c_str() : "");
    }
    results.emplace_back(fs::path(set).filename().string(), s);
    total.Add(s);
  }
  if (results.size() > 1) results.emplace_back("overall", total);

  auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
  if (!jsonl)
    std::printf("%-26s %6s %5s %5s %5s %4s %9s %7s %8s %6s %8s\n", "SET", "PAGES", "TP", "FP", "FN", "TN",
                "PRECISION", "RECALL", "ACCURACY", "F1", "PAGES/S");
  for (const auto& [name, s] : results) {
    double p = ratio(s.tp, s.tp + s.fp), r = ratio(s.tp, s.tp + s.fn);
    double acc = ratio(s.tp + s.tn, s.pages), f1 = ratio(2.0 * s.tp, 2.0 * s.tp + s.fp + s.fn);
    double pps = ratio(s.pages, s.seconds);
    if (jsonl) {
      nlohmann::json j = {{"set", name}, {"pages", s.pages}, {"tp", s.tp}, {"fp", s.fp}, {"fn", s.fn},
                          {"tn", s.tn}, {"precision", p}, {"recall", r}, {"accuracy", acc}, {"f1", f1},
                          {"pages_per_second", pps}, {"missing_files", s.missing}, {"url_given", use_url}};
      std::printf("%s\n", j.dump().c_str());
    } else {
      std::printf("%-26s %6zu %5zu %5zu %5zu %4zu %9.3f %7.3f %8.3f %6.3f %8.0f\n", name.c_str(), s.pages, s.tp,
                  s.fp, s.fn, s.tn, p, r, acc, f1, pps);
    }
    if (s.missing) exit_code = kExitPartial;
  }
  return exit_code;
}

Registrar reg({
    "eval date",
    "score publication-date extraction on htmldate-style evaluation sets",
    "[--set FILE]... [--limit N] [--no-url] [--errors] [--format jsonl|table]",
    "Reads evaluation files shaped { url: {\"file\": NAME, \"date\": \"YYYY-MM-DD\" | NaN} } and the\n"
    "pages in html/NAME.gz next to them, runs the extract stage's pre-pass, HTML parser and\n"
    "metadata reader on each page (as analyze does), and scores the publication date as htmldate does: the day string equal to the gold is a\n"
    "true positive, no date a false negative (true negative when the gold has none), any other\n"
    "output a false positive. Prints precision, recall, accuracy and F1 per set and overall, and\n"
    "pages per second (pre-pass, parsing and metadata only, single thread). Default sets: htmldate's\n"
    "eval_default.json and eval_mediacloud_2020.json under ../shared/eval/htmldate-eval. The\n"
    "trafilatura set (trafilatura-eval/evaldata.json) works too: pages without a date field, or\n"
    "with an empty one, are skipped.",
    {FormatFlag(),
     {"set", "FILE", "evaluation file (repeatable)", "", true},
     {"limit", "N", "at most N pages per set", "", false},
     {"no-url", "", "do not give the page URL to the extractor (HTML alone)", "", false},
     {"errors", "", "print every page whose date is wrong or missing on stderr", "", false}},
    0,
    RunEvalDate,
});

}  // namespace
}  // namespace dragoman::cli
