// dragoman eval extract: body extraction measured on trafilatura's evaluation
// set (pages with snippets that must and must not appear in the body), scored
// the way trafilatura scores it, with the speed of the extractor.
#include <cstdio>
#include <vector>

#include <cld2/internal/lang_script.h>
#include <cld2/public/compact_lang_det.h>
#include <unicode/ucnv.h>
#include <uchardet.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "dragoman/log.h"
#include "dragoman/pipeline.h"
#include "dragoman/utf8.h"
#include "extract/extractor.h"
#include "extract/text_util.h"

namespace dragoman::cli {
namespace {

namespace fs = std::filesystem;

std::string DefaultSet() {
#ifdef DRAGOMAN_SOURCE_DIR
  return std::string(DRAGOMAN_SOURCE_DIR) + "/../shared/eval/trafilatura-eval";
#else
  return "../shared/eval/trafilatura-eval";
#endif
}

Result<std::string> ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::IOError(p.string() + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<std::string> ReadGzip(const fs::path& p) {
  gzFile f = gzopen(p.c_str(), "rb");
  if (!f) return Status::IOError(p.string() + ": cannot open");
  std::string out;
  char buf[65536];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  int err = 0;
  const char* msg = gzerror(f, &err);
  std::string why = (n < 0 && msg) ? msg : "";
  gzclose(f);
  if (n < 0) return Status::Corruption(p.string() + ": " + why);
  return out;
}

// The charset a page declares in its first 4 KiB (<meta charset>, http-equiv).
std::string DeclaredCharset(const std::string& html) {
  std::string head = html.substr(0, 4096);
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t p = head.find("charset=");
  if (p == std::string::npos) return "";
  p += 8;
  while (p < head.size() && (head[p] == '"' || head[p] == '\'' || head[p] == ' ')) ++p;
  size_t e = p;
  while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_'))
    ++e;
  return head.substr(p, e - p);
}

bool ConvertToUtf8(const std::string& in, const std::string& charset, std::string& out) {
  UErrorCode err = U_ZERO_ERROR;
  out.assign(in.size() * 3 + 16, '\0');
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()), in.data(),
                           static_cast<int32_t>(in.size()), &err);
  if (U_FAILURE(err)) return false;
  out.resize(static_cast<size_t>(n));
  return true;
}

// Pages in the set use several legacy charsets: decode the way a browser
// would (declared charset, else detection), falling back to repair.
std::string DecodeHtml(const std::string& raw) {
  if (raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) return RepairUtf8(raw.substr(3));
  std::string cs = DeclaredCharset(raw);
  bool valid = IsValidUtf8(raw);
  if (valid && (cs.empty() || cs == "utf-8" || cs == "utf8")) return raw;
  std::string out;
  if (!cs.empty() && cs != "utf-8" && cs != "utf8") {
    if (cs == "iso-8859-1" || cs == "latin1" || cs == "us-ascii") cs = "windows-1252";  // as browsers do
    if (ConvertToUtf8(raw, cs, out)) return out;
  }
  if (valid) return raw;
  uchardet_t ud = uchardet_new();
  uchardet_handle_data(ud, raw.data(), raw.size());
  uchardet_data_end(ud);
  std::string guess = uchardet_get_charset(ud);
  uchardet_delete(ud);
  if (!guess.empty() && ConvertToUtf8(raw, guess, out)) return out;
  return RepairUtf8(raw);
}

// CPU time of the calling thread, in seconds: the machine this runs on is
// often shared, and wall time then measures the neighbours.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct Page {
  std::string url, file, lang;
  std::vector<std::string> with, without;
  std::string html;  // UTF-8
  std::string output;
  bool failed = false;
  std::string error;
  double seconds = 0;  // extraction time, first run
};

std::string LanguageOf(const Page& p, const nlohmann::json& entry) {
  std::string text;
  for (const auto& s : p.with) (text += s) += ' ';
  bool reliable = false;
  CLD2::Language l = CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()), true, &reliable);
  if (l != CLD2::UNKNOWN_LANGUAGE && text.size() >= 40) return CLD2::LanguageCode(l);
  if (entry.contains("region") && entry["region"].is_string()) {
    std::string r = entry["region"].get<std::string>();
    if (r == "DE" || r == "AT" || r == "CH") return "de";
    if (r == "FR") return "fr";
  }
  return "und";
}

struct Counts {
  size_t tp = 0, fn = 0, fp = 0, tn = 0, pages = 0;
  void Add(const Counts& o) {
    tp += o.tp, fn += o.fn, fp += o.fp, tn += o.tn, pages += o.pages;
  }
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double Accuracy() const {
    size_t all = tp + fn + fp + tn;
    return all ? static_cast<double>(tp + tn) / all : 0;
  }
};

Counts Score(const Page& p, std::vector<std::string>* missing, std::vector<std::string>* unwanted) {
  Counts c;
  c.pages = 1;
  std::string out = extract::Collapse(p.output);
  for (const auto& s : p.with) {
    if (out.find(extract::Collapse(s)) != std::string::npos) {
      ++c.tp;
    } else {
      ++c.fn;
      if (missing) missing->push_back(s);
    }
  }
  for (const auto& s : p.without) {
    if (out.find(extract::Collapse(s)) != std::string::npos) {
      ++c.fp;
      if (unwanted) unwanted->push_back(s);
    } else {
      ++c.tn;
    }
  }
  return c;
}

nlohmann::json CountsJson(const Counts& c) {
  return {{"pages", c.pages}, {"tp", c.tp}, {"fn", c.fn}, {"fp", c.fp}, {"tn", c.tn},
          {"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()}, {"accuracy", c.Accuracy()}};
}

int RunEvalExtract(const Args& args) {
  fs::path set = args.Has("set") ? fs::path(args.Get("set")) : fs::path(DefaultSet());
  long long limit = 0, runs = 1;
  if (args.Has("limit") && (!args.GetInt("limit", &limit) || limit < 0)) {
    LogError("--limit: expected a non-negative integer");
    return kExitUsage;
  }
  if (args.Has("runs") && (!args.GetInt("runs", &runs) || runs < 1)) {
    LogError("--runs: expected a positive integer");
    return kExitUsage;
  }
  std::string format = args.Get("format");
  if (format.empty()) format = "table";
  if (format != "table" && format != "jsonl") {
    LogError("--format: expected table or jsonl");
    return kExitUsage;
  }
  std::string only = args.Get("page");
  auto raw = ReadFile(set / "evaldata.json");
  if (!raw.ok()) {
    LogError(raw.status().ToString() + " (use --set DIR to point at trafilatura's evaluation set)");
    return kExitFatal;
  }
  nlohmann::json data = nlohmann::json::parse(*raw, nullptr, false);
  if (data.is_discarded() || !data.is_object()) {
    LogError((set / "evaldata.json").string() + ": not a JSON object");
    return kExitFatal;
  }
  // Pages in file order, sorted by URL for a stable run.
  std::vector<Page> pages;
  size_t read_errors = 0;
  for (const auto& [url, entry] : data.items()) {
    if (limit > 0 && pages.size() >= static_cast<size_t>(limit)) break;
    if (!entry.is_object() || !entry.contains("file")) continue;
    Page p;
    p.url = url;
    p.file = entry["file"].get<std::string>();
    if (!only.empty() && p.file != only) continue;
    for (const auto& s : entry.value("with", nlohmann::json::array()))
      if (s.is_string()) p.with.push_back(s.get<std::string>());
    for (const auto& s : entry.value("without", nlohmann::json::array()))
      if (s.is_string()) p.without.push_back(s.get<std::string>());
    fs::path html = set / "html" / (p.file + ".gz");
    auto bytes = fs::exists(html) ? ReadGzip(html) : ReadFile(set / "html" / p.file);
    if (!bytes.ok()) {
      LogError(bytes.status().ToString());
      ++read_errors;
      continue;
    }
    p.html = DecodeHtml(*bytes);
    p.lang = LanguageOf(p, entry);
    pages.push_back(std::move(p));
  }
  if (pages.empty()) {
    LogError("no pages to evaluate in " + set.string());
    return kExitFatal;
  }
  if (args.Has("write-html")) {
    fs::path dir = args.Get("write-html");
    std::error_code ec;
    fs::create_directories(dir, ec);
    for (const Page& p : pages) {
      std::ofstream out(dir / (p.file + ".html"), std::ios::binary);
      out << p.html;
      if (!out) {
        LogError((dir / p.file).string() + ": cannot write");
        return kExitFatal;
      }
    }
  }
  size_t bytes = 0;
  for (const Page& p : pages) bytes += p.html.size();

  std::string engine = "dragoman";
  std::vector<double> totals, walls;
  if (args.Has("predictions")) {
    // Score another extractor's output: JSON lines {"file": ..., "text": ...}.
    engine = args.Get("engine").empty() ? "external" : args.Get("engine");
    std::map<std::string, std::string> predicted;
    std::ifstream in(args.Get("predictions"));
    if (!in) {
      LogError(args.Get("predictions") + ": cannot open");
      return kExitFatal;
    }
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("file") || !j.contains("text")) {
        LogError(args.Get("predictions") + ":" + std::to_string(line_no) + ": expected {\"file\", \"text\"}");
        return kExitFatal;
      }
      std::string f = j["file"].get<std::string>();
      if (f.size() > 5 && f.compare(f.size() - 5, 5, ".html") == 0) f.resize(f.size() - 5);
      predicted[f] = j["text"].is_string() ? j["text"].get<std::string>() : "";
    }
    for (Page& p : pages) {
      auto it = predicted.find(p.file);
      if (it == predicted.end()) {
        p.failed = true;
        p.error = "no prediction";
      } else {
        p.output = it->second;
      }
    }
  } else {
    // Single-threaded; the clock covers extraction (pre-pass, parse, body,
    // metadata) only, not reading or decoding the files.
    auto extractor = MakeDefaultExtractor(PipelineOptions{});
    for (long long r = 0; r < runs; ++r) {
      double total = 0, wall = 0;
      for (Page& p : pages) {
        RawDocument doc;
        doc.origin.path = p.file;
        doc.origin.url = p.url;
        doc.origin.format = "html";
        doc.kind = RawDocument::Kind::kHtml;
        doc.bytes = p.html;
        auto t0 = std::chrono::steady_clock::now();
        double c0 = ThreadCpuSeconds();
        Result<Article> a = extractor->Extract(doc);
        double took = ThreadCpuSeconds() - c0;
        wall += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        total += took;
        if (r > 0) continue;
        p.seconds = took;
        if (a.ok()) {
          p.output = std::move(a->text);
        } else {
          p.failed = true;
          p.error = a.status().ToString();
        }
      }
      totals.push_back(total);
      walls.push_back(wall);
    }
  }
  std::sort(totals.begin(), totals.end());
  std::sort(walls.begin(), walls.end());
  double seconds = totals.empty() ? 0 : totals[totals.size() / 2];
  double wall_seconds = walls.empty() ? 0 : walls[walls.size() / 2];

  Counts all;
  std::map<std::string, Counts> by_lang;
  size_t failed = 0;
  for (const Page& p : pages) {
    std::vector<std::string> missing, unwanted;
    Counts c = Score(p, &missing, &unwanted);
    all.Add(c);
    by_lang[p.lang].Add(c);
    if (p.failed) ++failed;
    if (format == "jsonl" && (args.Has("pages") || !only.empty())) {
      nlohmann::json j = {{"file", p.file}, {"url", p.url}, {"language", p.lang}, {"tp", c.tp}, {"fn", c.fn},
                          {"fp", c.fp}, {"tn", c.tn}, {"missing", missing}, {"unwanted", unwanted}};
      if (p.failed) j["error"] = p.error;
      if (p.seconds > 0) j["ms"] = p.seconds * 1000;
      if (!only.empty()) j["text"] = p.output;
      std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    }
  }
  double pages_per_s = seconds > 0 ? pages.size() / seconds : 0;
  double mb_per_s = seconds > 0 ? bytes / 1e6 / seconds : 0;
  if (format == "jsonl") {
    nlohmann::json j = CountsJson(all);
    j["engine"] = engine;
    j["set"] = set.string();
    j["no_output"] = failed;
    j["read_errors"] = read_errors;
    j["bytes"] = bytes;
    if (seconds > 0) {
      j["cpu_seconds_median"] = seconds;
      j["wall_seconds_median"] = wall_seconds;
      j["runs"] = runs;
      j["pages_per_s"] = pages_per_s;
      j["mb_per_s"] = mb_per_s;
    }
    nlohmann::json langs = nlohmann::json::object();
    for (const auto& [l, c] : by_lang) langs[l] = CountsJson(c);
    j["by_language"] = langs;
    std::printf("%s\n", j.dump().c_str());
  } else {
    std::printf("%-8s %6s %6s %6s %6s %6s %9s %7s %7s %8s\n", "LANG", "PAGES", "TP", "FN", "FP", "TN", "PRECISION",
                "RECALL", "F1", "ACCURACY");
    auto row = [](const std::string& name, const Counts& c) {
      std::printf("%-8s %6zu %6zu %6zu %6zu %6zu %9.3f %7.3f %7.3f %8.3f\n", name.c_str(), c.pages, c.tp, c.fn, c.fp,
                  c.tn, c.Precision(), c.Recall(), c.F1(), c.Accuracy());
    };
    std::vector<std::pair<std::string, Counts>> langs(by_lang.begin(), by_lang.end());
    std::sort(langs.begin(), langs.end(), [](const auto& a, const auto& b) { return a.second.pages > b.second.pages; });
    for (const auto& [l, c] : langs) row(l, c);
    row("all", all);
    std::printf("engine %s: %zu pages, %.1f MB, %zu without output", engine.c_str(), pages.size(), bytes / 1e6, failed);
    if (seconds > 0)
      std::printf(", %.3f s CPU (median of %lld) = %.1f pages/s, %.2f MB/s single-threaded (wall %.3f s)", seconds,
                  runs, pages_per_s, mb_per_s, wall_seconds);
    std::printf("\n");
  }
  return read_errors ? kExitPartial : kExitOk;
}

Registrar reg({
    "eval extract",
    "measure body extraction on trafilatura's evaluation set (precision, recall, F1, speed)",
    "[--set DIR] [--limit N] [--format table|jsonl]",
    "Reads DIR/evaldata.json and DIR/html/*.gz (trafilatura's evaluation data; default\n"
    "../shared/eval/trafilatura-eval next to the source tree), extracts the body of every page and\n"
    "scores it as trafilatura does: each 'with' snippet found in the body (after white space is\n"
    "collapsed) is a true positive, else a false negative; each 'without' snippet found is a false\n"
    "positive, else a true negative. Prints precision, recall, F1 and accuracy overall and per\n"
    "language (CLD2 on the gold snippets, else the region field), and the extractor's speed\n"
    "(single-threaded, extraction only, CPU time of the thread, median of --runs). With --predictions FILE it scores\n"
    "another extractor's output instead (JSON lines {\"file\", \"text\"}); --write-html DIR writes the\n"
    "decoded UTF-8 pages so that another extractor reads exactly what dragoman read.",
    {{"set", "DIR", "evaluation set folder", "../shared/eval/trafilatura-eval", false},
     {"limit", "N", "evaluate the first N pages only (0: all)", "0", false},
     FormatFlag(),
     {"runs", "N", "time the extraction N times and report the median", "1", false},
     {"predictions", "FILE", "score JSON lines {\"file\",\"text\"} from another extractor", "", false},
     {"engine", "NAME", "name printed for --predictions", "external", false},
     {"write-html", "DIR", "write each decoded page to DIR/<file>.html", "", false},
     {"page", "FILE", "evaluate one page (its 'file' name) and print its text with --format jsonl", "", false},
     {"pages", "", "with --format jsonl, print one record per page (misses and unwanted snippets)", "", false}},
    0,
    RunEvalExtract,
});

}  // namespace
}  // namespace dragoman::cli
