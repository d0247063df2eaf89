// dragoman analyze: the per-article pipeline without a store (OUTPUT.md).
#include <cstdio>
#include <string>

#include "cli/command.h"
#include "core/parallel_pipeline.h"
#include "dragoman/json_output.h"
#include "dragoman/log.h"
#include "dragoman/pipeline.h"
#include "dragoman/reader.h"

namespace dragoman::cli {
namespace {

std::string Cell(const std::optional<std::string>& s, size_t width) {
  std::string v = s ? *s : "-";
  if (v.size() > width) v = v.substr(0, width - 1) + "~";
  return v;
}

int RunAnalyze(const Args& args) {
  PipelineOptions options;
  options.until = args.Get("until");
  options.stages = args.GetList("stages");
  int jobs = 0;
  if (!GetJobs(args, &jobs)) return kExitUsage;
  auto pipeline = ParallelPipeline::Create(options, jobs);
  if (!pipeline.ok()) {
    LogError(pipeline.status().ToString());
    return kExitUsage;
  }
  bool jsonl = args.Get("format") == "jsonl";
  if (!jsonl) std::printf("%-16s %-4s %-10s %-20s %s\n", "ID", "LANG", "DATE", "OUTLET", "TITLE");
  size_t failed = 0, articles = 0;
  ReadOptions read_options;
  auto on_error = [&](const Origin& where, const Status& why) {
    LogError(where.Display() + ": " + why.ToString());
  };
  // Results come back in input order whatever --jobs is.
  ParallelPipeline::Sink print = [&](const Origin& origin, Result<Article>&& a) {
    if (!a.ok()) {
      on_error(origin, a.status());
      ++failed;
      return Status::OK();
    }
    ++articles;
    if (jsonl) {
      std::string line = ArticleToJson(*a);
      line += '\n';
      std::fwrite(line.data(), 1, line.size(), stdout);
    } else {
      std::printf("%-16s %-4s %-10s %-20s %s\n", a->id.c_str(), a->language.c_str(),
                  a->published ? a->published->date.c_str() : "-", Cell(a->outlet, 20).c_str(),
                  Cell(a->title, 60).c_str());
    }
    return Status::OK();
  };
  failed += ReadInputs(
      args.positional(), read_options, [&](RawDocument&& doc) { (void)(*pipeline)->Submit(std::move(doc), print); },
      on_error);
  (void)(*pipeline)->Finish(print);
  LogInfo(std::to_string(articles) + " articles, " + std::to_string(failed) + " failed");
  return failed ? kExitPartial : kExitOk;
}

Registrar reg({
    "analyze",
    "run the pipeline on files and print one record per article",
    "PATH... [--format jsonl|table]",
    "Reads files, folders (recursively), archives and feeds, or '-' for stdin, and prints one\n"
    "record per article found (OUTPUT.md). Inputs that cannot be read are reported on stderr\n"
    "and the run goes on; the exit status is 3 when any input failed.",
    {FormatFlag(), JobsFlag(), {"until", "STAGE", "stop after this stage (extract, language, ...)", "", false},
     {"stages", "LIST", "run only these stages, comma-separated (e.g. language,entities)", "", false}},
    1,
    RunAnalyze,
});

}  // namespace
}  // namespace dragoman::cli
