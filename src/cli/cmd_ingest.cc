// dragoman ingest: the pipeline, then the store.
#include <chrono>
#include <filesystem>
#include <string>

#include "cli/command.h"
#include "cli/progress.h"
#include "cli/store_util.h"
#include "core/parallel_pipeline.h"
#include "dragoman/log.h"
#include "dragoman/pipeline.h"
#include "dragoman/reader.h"
#include "store/ingester.h"
#include "stories/dedup.h"
#include "stories/story_assigner.h"

namespace dragoman::cli {
namespace {

int RunIngest(const Args& args) {
  long long batch_size = 500;
  if (args.Has("batch") && (!args.GetInt("batch", &batch_size) || batch_size < 1 || batch_size > 100000)) {
    LogError("--batch must be a number between 1 and 100000");
    return kExitUsage;
  }
  PipelineOptions pipeline_options;
  pipeline_options.until = args.Get("until");
  pipeline_options.near_duplicates = std::make_shared<SharedNearDuplicateIndex>();
  int jobs = 0;
  if (!GetJobs(args, &jobs)) return kExitUsage;
  auto pipeline = ParallelPipeline::Create(pipeline_options, jobs);
  if (!pipeline.ok()) {
    LogError(pipeline.status().ToString());
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStoreFromArgs(args, /*create=*/true);
  if (!store) return kExitFatal;
  // Near-duplicates: the articles stored by earlier runs go into the index
  // first, so that a copy ingested today points to the original stored last week.
  const std::string& until = pipeline_options.until;
  if (until.empty() || until == "all" || until == "dedup") {
    Status restored = RestoreNearDuplicateIndex(*store, *pipeline_options.near_duplicates);
    if (!restored.ok()) {
      LogError("store " + args.Get("db") + ": " + restored.ToString());
      return kExitFatal;
    }
  }

  PutOptions put;
  put.update_changed = args.Has("update");
  Ingester ingester(store.get(), &(*pipeline)->pipeline(), static_cast<size_t>(batch_size), put);
  // Stories: restore the clusterer from the store, then place each new article.
  std::unique_ptr<StoryAssigner> stories;
  if (!args.Has("no-stories")) {
    auto loaded = StoryAssigner::Load(store.get());
    if (!loaded.ok()) {
      LogError(loaded.status().ToString());
      return kExitFatal;
    }
    stories = std::move(*loaded);
    ingester.set_story_assigner(stories.get());
  }
  // The store is written on a thread of its own while the pipeline goes on.
  if (jobs > 0) ingester.start_writer();
  auto start = std::chrono::steady_clock::now();

  // Progress is measured in bytes of input files: a file counts as done when
  // the reader moves on to the next one.
  uint64_t total = 0;
  {
    Progress probe("", "", 0);
    if (probe.enabled()) total = InputBytes(args.positional());
  }
  Progress progress("ingest", "articles", total);
  uint64_t done_bytes = 0;
  std::string current_path;

  size_t read_errors = 0;
  Status fatal;
  auto on_error = [&](const Origin& where, const Status& why) {
    progress.Finish();
    LogError(where.Display() + ": " + why.ToString());
  };
  // Articles come back from the pipeline threads in input order, so the store,
  // the near-duplicate groups and the stories are the same for any --jobs.
  ParallelPipeline::Sink store_article = [&](const Origin& origin, Result<Article>&& article) {
    Status s = ingester.Put(origin, std::move(article), on_error);
    progress.Update(ingester.counts().articles, done_bytes);
    return s;
  };
  read_errors = ReadInputs(
      args.positional(), ReadOptions(),
      [&](RawDocument&& doc) {
        if (!fatal.ok()) return;  // the store failed: read on without work
        if (progress.enabled() && doc.origin.path != current_path) {
          std::error_code ec;
          if (!current_path.empty() && current_path != "-") done_bytes += std::filesystem::file_size(current_path, ec);
          current_path = doc.origin.path;
        }
        fatal = (*pipeline)->Submit(std::move(doc), store_article);
      },
      on_error);
  if (fatal.ok()) fatal = (*pipeline)->Finish(store_article);
  if (fatal.ok()) fatal = ingester.Flush();
  progress.Finish();
  const IngestCounts c = ingester.counts();
  if (!fatal.ok()) {
    LogError("store " + args.Get("db") + ": " + fatal.ToString() + " (the batches written before stay valid)");
    return kExitFatal;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  size_t failed = read_errors + c.failed;
  char rate[64];
  std::snprintf(rate, sizeof rate, "%.0f", seconds > 0 ? c.articles / seconds : 0.0);
  LogInfo("ingest: " + std::to_string(c.articles) + " articles, " + std::to_string(c.inserted) + " new, " +
          std::to_string(c.unchanged) + " already stored, " + std::to_string(c.updated) + " updated, " +
          std::to_string(c.near_duplicates) + " near-duplicates, " + std::to_string(failed) + " failed in " +
          FormatDuration(seconds) + " (" + rate + " articles/s)");
  return failed ? kExitPartial : kExitOk;
}

Registrar reg({
    "ingest",
    "run the pipeline on files and store the articles",
    "PATH... [--db FILE]",
    "Reads files, folders (recursively), archives and feeds, or '-' for stdin, runs the pipeline\n"
    "and stores each article in the store (created when missing). Writes are idempotent: an\n"
    "article already stored (same content, same id) is left as it is, so re-running an ingest\n"
    "that was interrupted resumes it. Each batch is one transaction. Inputs that cannot be read\n"
    "are reported on stderr and the run goes on; the exit status is 3 when any input failed,\n"
    "4 when the store cannot be written. -v prints a summary line.",
    {DbFlag(),
     JobsFlag(),
     {"batch", "N", "articles per transaction", "500", false},
     {"update", "", "replace stored articles whose record changed (after a pipeline upgrade)", "", false},
     {"until", "STAGE", "stop the pipeline after this stage", "", false},
     {"no-stories", "", "do not cluster articles into stories", "", false}},
    1,
    RunIngest,
});

}  // namespace
}  // namespace dragoman::cli
