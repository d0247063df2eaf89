// dragoman bench: end-to-end speed and memory of analyze and ingest on a large
// corpus, generated from the sample (or given).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "bench/synthetic_corpus.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "cli/store_util.h"
#include "dragoman/log.h"
#include "dragoman/pipeline.h"
#include "dragoman/reader.h"
#include "dragoman/store.h"
#include "core/parallel_pipeline.h"
#include "store/ingester.h"

namespace dragoman::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

double CpuSeconds() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

long PeakRssKib() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;  // KiB on Linux
}

// Runs `phase` in a child process, so that its peak memory is its own, and
// returns the JSON object the child wrote (with "error" on failure).
json InChild(const std::function<json()>& phase) {
  int fds[2];
  if (pipe(fds) != 0) return {{"error", "pipe failed"}};
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) return {{"error", "fork failed"}};
  if (pid == 0) {
    close(fds[0]);
    json r = phase();
    r["peak_rss_mib"] = PeakRssKib() / 1024.0;
    std::string s = r.dump();
    size_t off = 0;
    while (off < s.size()) {
      ssize_t n = write(fds[1], s.data() + off, s.size() - off);
      if (n <= 0) break;
      off += static_cast<size_t>(n);
    }
    close(fds[1]);
    _exit(0);
  }
  close(fds[1]);
  std::string buf;
  char chunk[4096];
  ssize_t n;
  while ((n = read(fds[0], chunk, sizeof chunk)) > 0) buf.append(chunk, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  json r = json::parse(buf, nullptr, false);
  if (r.is_discarded() || !r.is_object()) return {{"error", "the benchmark process failed (status " + std::to_string(status) + ")"}};
  return r;
}

json Rates(const json& base, size_t articles, uint64_t bytes, double wall, double cpu) {
  json r = base;
  r["articles"] = articles;
  r["input_mb"] = bytes / 1e6;
  r["wall_s"] = wall;
  r["cpu_s"] = cpu;
  r["articles_per_s"] = wall > 0 ? articles / wall : 0.0;
  r["mb_per_s"] = wall > 0 ? bytes / 1e6 / wall : 0.0;
  return r;
}

json AnalyzePhase(const std::string& corpus, const PipelineOptions& options, int jobs) {
  auto pipeline = ParallelPipeline::Create(options, jobs);
  if (!pipeline.ok()) return {{"error", pipeline.status().ToString()}};
  size_t articles = 0, failed = 0;
  uint64_t bytes = 0;
  Progress progress("analyze", "articles", 0);
  auto start = std::chrono::steady_clock::now();
  double cpu0 = CpuSeconds();
  ParallelPipeline::Sink count = [&](const Origin&, Result<Article>&& a) {
    if (a.ok()) ++articles;
    else ++failed;
    progress.Update(articles, 0);
    return Status::OK();
  };
  failed += ReadInputs(
      {corpus}, ReadOptions(),
      [&](RawDocument&& doc) {
        bytes += doc.bytes.size();
        (void)(*pipeline)->Submit(std::move(doc), count);
      },
      [](const Origin&, const Status&) {});
  (void)(*pipeline)->Finish(count);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  progress.Finish();
  return Rates({{"phase", "analyze"}, {"failed", failed}, {"jobs", jobs}}, articles, bytes, wall,
               CpuSeconds() - cpu0);
}

json IngestPhase(const std::string& corpus, const std::string& db, const PipelineOptions& options, int jobs,
                 size_t batch) {
  auto pipeline = ParallelPipeline::Create(options, jobs);
  if (!pipeline.ok()) return {{"error", pipeline.status().ToString()}};
  auto store = Store::Open(db);
  if (!store.ok()) return {{"error", store.status().ToString()}};
  Ingester ingester(store->get(), &(*pipeline)->pipeline(), batch);
  if (jobs > 0) ingester.start_writer();
  Progress progress("ingest", "articles", 0);
  auto start = std::chrono::steady_clock::now();
  double cpu0 = CpuSeconds();
  uint64_t bytes = 0;
  ParallelPipeline::Sink put = [&](const Origin& origin, Result<Article>&& a) {
    Status s = ingester.Put(origin, std::move(a), [](const Origin&, const Status&) {});
    progress.Update(ingester.counts().articles, 0);
    return s;
  };
  Status fatal;
  size_t read_failed = ReadInputs(
      {corpus}, ReadOptions(),
      [&](RawDocument&& doc) {
        if (!fatal.ok()) return;
        bytes += doc.bytes.size();
        fatal = (*pipeline)->Submit(std::move(doc), put);
      },
      [](const Origin&, const Status&) {});
  if (fatal.ok()) fatal = (*pipeline)->Finish(put);
  if (fatal.ok()) fatal = ingester.Flush();
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  progress.Finish();
  if (!fatal.ok()) return {{"error", fatal.ToString()}};
  const IngestCounts c = ingester.counts();
  store->reset();  // checkpoints the WAL, so the file size is final
  std::error_code ec;
  uint64_t db_bytes = fs::file_size(db, ec);
  json r = Rates({{"phase", "ingest"},
                  {"failed", read_failed + c.failed},
                  {"inserted", c.inserted},
                  {"near_duplicates", c.near_duplicates},
                  {"store_mb", db_bytes / 1e6},
                  {"writer_cpu_s", c.writer_cpu_s},
                  {"jobs", jobs},
                  {"batch", batch}},
                 c.articles, bytes, wall, CpuSeconds() - cpu0);
  return r;
}

// Where the sample to generate from is: --sample, else the bundled corpus,
// else the shared seeds next to the source tree.
std::string FindSample(const Args& args) {
  if (args.Has("sample")) return args.Get("sample");
  std::error_code ec;
  for (std::string p : {std::string("examples/corpus/articles"), std::string(DRAGOMAN_SOURCE_DIR) + "/examples/corpus/articles",
                        std::string(DRAGOMAN_SOURCE_DIR) + "/../shared/seeds"}) {
    if (fs::is_directory(p, ec)) return p;
  }
  return "";
}

void PrintRow(const json& r) {
  if (r.contains("error")) {
    std::printf("%-8s failed: %s\n", r.value("phase", "?").c_str(), r["error"].get<std::string>().c_str());
    return;
  }
  double cpu = r["cpu_s"].get<double>();
  std::printf("%-8s %10s articles %9.2f MB %8.2f s (cpu %.2f s) %8.0f articles/s %7.2f MB/s (per cpu-second: %.0f articles, %.2f MB) %7.1f MiB peak",
              r["phase"].get<std::string>().c_str(), Thousands(r["articles"].get<uint64_t>()).c_str(),
              r["input_mb"].get<double>(), r["wall_s"].get<double>(), cpu, r["articles_per_s"].get<double>(),
              r["mb_per_s"].get<double>(), cpu > 0 ? r["articles"].get<double>() / cpu : 0.0,
              cpu > 0 ? r["input_mb"].get<double>() / cpu : 0.0, r["peak_rss_mib"].get<double>());
  if (r.contains("store_mb")) std::printf("  store %.1f MB", r["store_mb"].get<double>());
  if (r.value("writer_cpu_s", 0.0) > 0) std::printf("  (store writer thread: cpu %.2f s)", r["writer_cpu_s"].get<double>());
  std::printf("\n");
}

int RunBench(const Args& args) {
  long long n = 20000;
  if (!args.GetInt("articles", &n) || n < 1) {
    LogError("--articles must be a positive number");
    return kExitUsage;
  }
  bool html = args.Has("html");
  bool jsonl = args.Get("format") == "jsonl";
  std::error_code ec;
  std::string work = args.Get("work");
  if (work.empty()) work = (fs::temp_directory_path(ec) / ("dragoman-bench-" + std::to_string(getpid()))).string();
  bool own_work = !args.Has("work") && !args.Has("keep");
  fs::create_directories(work, ec);
  if (ec) {
    LogError(work + ": " + ec.message());
    return kExitFatal;
  }
  long long batch = 500;
  if (args.Has("batch") && (!args.GetInt("batch", &batch) || batch < 1 || batch > 100000)) {
    LogError("--batch must be a number between 1 and 100000");
    return kExitUsage;
  }
  std::string db = args.Has("db") ? args.Get("db") : work + "/bench.db";
  if (fs::exists(db, ec)) {
    LogError(db + ": exists; the benchmark ingests into a fresh store (remove it or name another)");
    return kExitUsage;
  }

  json header = {{"kind", html ? "html" : "text"}};
  std::string corpus;
  if (args.Has("corpus")) {
    corpus = args.Get("corpus");
    if (!fs::exists(corpus, ec)) {
      LogError(corpus + ": no such file or folder");
      return kExitUsage;
    }
    header["corpus"] = corpus;
  } else {
    std::string sample = FindSample(args);
    if (sample.empty()) {
      LogError("no sample to generate from: pass --sample DIR or --corpus PATH");
      return kExitUsage;
    }
    SyntheticOptions options;
    long long size = 0;
    if (args.GetInt("size", &size) && size > 0) (html ? options.html_bytes : options.text_bytes) = size;
    auto gen = SyntheticCorpus::FromPath(sample, options);
    if (!gen.ok()) {
      LogError(gen.status().ToString());
      return kExitUsage;
    }
    corpus = work + "/corpus";
    if (fs::exists(corpus, ec)) {
      LogError(corpus + ": exists; choose an empty --work folder");
      return kExitUsage;
    }
    uint64_t bytes = 0;
    auto t0 = std::chrono::steady_clock::now();
    LogInfo("bench: writing " + std::to_string(n) + (html ? " HTML pages" : " plain-text articles") + " to " + corpus);
    Status s = gen->WriteFolder(corpus, static_cast<size_t>(n), html, &bytes);
    if (!s.ok()) {
      LogError(s.ToString());
      return kExitFatal;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    header["sample"] = sample;
    header["sample_paragraphs"] = gen->paragraphs();
    header["generated"] = n;
    header["generated_mb"] = bytes / 1e6;
    header["average_bytes"] = bytes / static_cast<double>(n);
    header["generate_s"] = secs;
  }
  if (!jsonl) {
    std::printf("corpus: %s", corpus.c_str());
    if (header.contains("generated"))
      std::printf(" (%s %s generated from %s, %.0f bytes on average)", Thousands(n).c_str(),
                  html ? "HTML pages" : "plain-text articles", header["sample"].get<std::string>().c_str(),
                  header["average_bytes"].get<double>());
    std::printf("\n");
  }
  PipelineOptions pipeline_options;
  pipeline_options.until = args.Get("until");
  pipeline_options.stages = args.GetList("stages");
  int jobs = 0;
  if (!GetJobs(args, &jobs)) return kExitUsage;
  header["jobs"] = jobs;
  {
    auto probe = Pipeline::Create(pipeline_options);
    if (!probe.ok()) {
      LogError(probe.status().ToString());
      return kExitUsage;
    }
    std::string stages = "extract";
    for (const auto& st : (*probe)->stages()) stages += std::string(",") + st->name();
    header["stages"] = stages;
    if (!jsonl) std::printf("pipeline: %s (%d worker threads)\n", stages.c_str(), jobs);
  }
  std::vector<json> rows;
  if (!args.Has("skip-analyze")) rows.push_back(InChild([&] { return AnalyzePhase(corpus, pipeline_options, jobs); }));
  if (!jsonl && !rows.empty()) PrintRow(rows.back());
  if (!args.Has("skip-ingest")) rows.push_back(InChild([&] { return IngestPhase(corpus, db, pipeline_options, jobs, static_cast<size_t>(batch)); }));
  if (!jsonl && !args.Has("skip-ingest")) PrintRow(rows.back());
  int rc = kExitOk;
  for (const auto& r : rows)
    if (r.contains("error")) rc = kExitFatal;
  if (jsonl) {
    json all = header;
    all["phases"] = rows;
    std::printf("%s\n", all.dump().c_str());
  }
  if (own_work) {
    fs::remove_all(work, ec);
  } else {
    LogInfo("bench: kept " + work);
  }
  return rc;
}

Registrar reg({
    "bench",
    "measure analyze and ingest speed and memory end to end",
    "[--articles N] [--html] [--corpus PATH] [--db FILE] [--format jsonl|table]",
    "Generates a corpus of N articles from the sample (examples/corpus/articles, or --sample DIR):\n"
    "paragraphs shuffled and perturbed so that no two articles are copies; plain text of about\n"
    "3 KB, or with --html pages of about 80 KB. Or reads --corpus PATH as given. Then, each in a\n"
    "process of its own, times 'analyze' (read + pipeline, no store) and 'ingest' (read +\n"
    "pipeline + SQLite store, --batch articles per transaction), and prints articles/s, MB/s of\n"
    "input and the peak resident memory (getrusage). Work files go to a temporary folder that\n"
    "is removed afterwards (--work DIR and --keep keep them).",
    {{"articles", "N", "how many articles to generate", "20000", false},
     JobsFlag(),
     {"html", "", "generate HTML pages instead of plain text", "", false},
     {"size", "BYTES", "average article size to generate (default 3000, html 80000)", "", false},
     {"corpus", "PATH", "use this corpus instead of generating one", "", false},
     {"sample", "DIR", "the sample to generate from", "", false},
     {"db", "FILE", "the store to ingest into (must not exist; default: in the work folder)", "", false},
     {"work", "DIR", "folder for the generated corpus and store (kept)", "", false},
     {"keep", "", "keep the temporary work folder", "", false},
     {"until", "STAGE", "stop the pipeline after this stage (extract: measure reading and the store)", "", false},
     {"stages", "LIST", "run only these stages, comma-separated (language,dedup: the issue's plain analyze)", "", false},
     {"batch", "N", "articles per transaction in the ingest phase (as 'dragoman ingest --batch')", "500", false},
     {"skip-analyze", "", "only measure ingest", "", false},
     {"skip-ingest", "", "only measure analyze", "", false},
     FormatFlag()},
    0,
    RunBench,
});

}  // namespace
}  // namespace dragoman::cli
