// ParallelPipeline: the pipeline on worker threads, results in input order,
// the same output whatever the number of threads.
#include "core/parallel_pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "dragoman/json_output.h"
#include "dragoman/reader.h"
#include "extract/extractor.h"
#include "stories/dedup.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

RawDocument TextDoc(const std::string& path, const std::string& text) {
  RawDocument d;
  d.origin.path = path;
  d.origin.format = "txt";
  d.bytes = text;
  d.kind = RawDocument::Kind::kText;
  return d;
}

// A distinct text per i: a headline and two paragraphs of made-up words drawn
// by a generator seeded with i, so that no two texts share many words.
std::string Story(int i) {
  static const char* kSyllables[] = {"ba", "ko", "ri", "tel", "mun", "sa", "dor", "vi", "lek", "pa",
                                     "zu", "ner", "fi", "go", "tam", "she", "rol", "ki", "mo", "dax"};
  uint32_t state = 2654435761u * static_cast<uint32_t>(i + 1);
  auto word = [&] {
    std::string w;
    for (int k = 0, n = 2 + static_cast<int>(state % 2); k < n; ++k) {
      state = state * 1664525u + 1013904223u;
      w += kSyllables[(state >> 16) % 20];
    }
    return w;
  };
  auto sentence = [&](int words) {
    std::string out = word();
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    for (int k = 1; k < words; ++k) out += " " + word();
    return out + ".";
  };
  std::string text = "Report " + std::to_string(i) + ": " + sentence(5) + "\n\n";
  for (int k = 0; k < 5; ++k) text += sentence(12) + " ";
  text += "\n\n";
  for (int k = 0; k < 4; ++k) text += sentence(10) + " ";
  return text + "\n";
}

struct Delivered {
  std::vector<std::string> paths;
  std::vector<std::string> json;  // the article's record, or "error: reason"
};

// Runs `docs` through a ParallelPipeline with `jobs` workers and collects what the sink saw.
Delivered RunAll(const std::vector<RawDocument>& docs, int jobs, PipelineOptions options = {}) {
  auto pp = ParallelPipeline::Create(options, jobs);
  EXPECT_TRUE(pp.ok()) << pp.status().ToString();
  Delivered out;
  ParallelPipeline::Sink sink = [&](const Origin& origin, Result<Article>&& a) {
    out.paths.push_back(origin.path);
    out.json.push_back(a.ok() ? ArticleToJson(*a) : "error: " + a.status().ToString());
    return Status::OK();
  };
  for (RawDocument d : docs) EXPECT_TRUE((*pp)->Submit(std::move(d), sink).ok());
  EXPECT_TRUE((*pp)->Finish(sink).ok());
  return out;
}

TEST(ParallelPipeline, SameRecordsInInputOrderForAnyNumberOfThreads) {
  std::vector<RawDocument> docs;
  for (int i = 0; i < 60; ++i) docs.push_back(TextDoc("doc" + std::to_string(i) + ".txt", Story(i)));
  Delivered one = RunAll(docs, 0);
  ASSERT_EQ(one.paths.size(), 60u);
  for (int i = 0; i < 60; ++i) EXPECT_EQ(one.paths[i], "doc" + std::to_string(i) + ".txt");
  for (int jobs : {1, 3, 8}) {
    Delivered many = RunAll(docs, jobs);
    EXPECT_EQ(many.paths, one.paths) << jobs << " threads";
    EXPECT_EQ(many.json, one.json) << jobs << " threads";
  }
}

TEST(ParallelPipeline, SampleCorpusGivesTheSameOutputOnFourThreads) {
  fs::path corpus = fs::path(DRAGOMAN_SOURCE_DIR) / "examples" / "corpus" / "articles";
  std::vector<RawDocument> docs;
  ReadInputs({corpus.string()}, ReadOptions(), [&](RawDocument&& d) { docs.push_back(std::move(d)); },
             [](const Origin&, const Status&) {});
  ASSERT_GT(docs.size(), 50u);
  Delivered one = RunAll(docs, 0);
  Delivered four = RunAll(docs, 4);
  EXPECT_EQ(four.paths, one.paths);
  ASSERT_EQ(four.json.size(), one.json.size());
  for (size_t i = 0; i < one.json.size(); ++i) EXPECT_EQ(four.json[i], one.json[i]) << one.paths[i];
}

TEST(ParallelPipeline, TheFirstOfTwoCopiesInInputOrderIsTheOriginal) {
  // The copy (the same body under another outlet's headline) comes right
  // after the original, so that worker threads would often finish it first:
  // the ordered dedup stage must still see the original first.
  std::vector<RawDocument> docs;
  for (int i = 0; i < 40; ++i) {
    docs.push_back(TextDoc("a" + std::to_string(i) + ".txt", Story(i)));
    std::string copy = Story(i);
    copy.replace(0, copy.find('\n'), "Wire copy: bridge vote " + std::to_string(i));
    docs.push_back(TextDoc("b" + std::to_string(i) + ".txt", copy));
  }
  PipelineOptions options;
  options.stages = {"language", "dedup"};
  options.near_duplicates = std::make_shared<SharedNearDuplicateIndex>();
  auto pp = ParallelPipeline::Create(options, 4);
  ASSERT_TRUE(pp.ok());
  std::vector<Article> got;
  ParallelPipeline::Sink sink = [&](const Origin&, Result<Article>&& a) {
    EXPECT_TRUE(a.ok());
    if (a.ok()) got.push_back(std::move(*a));
    return Status::OK();
  };
  for (RawDocument& d : docs) ASSERT_TRUE((*pp)->Submit(std::move(d), sink).ok());
  ASSERT_TRUE((*pp)->Finish(sink).ok());
  ASSERT_EQ(got.size(), 80u);
  for (size_t i = 0; i < got.size(); i += 2) {
    EXPECT_FALSE(got[i].duplicate_of.has_value()) << i;
    ASSERT_TRUE(got[i + 1].duplicate_of.has_value()) << i;
    EXPECT_EQ(*got[i + 1].duplicate_of, got[i].id);
  }
}

TEST(ParallelPipeline, AFailedDocumentIsReportedInItsPlaceWithItsOrigin) {
  std::vector<RawDocument> docs = {TextDoc("good1.txt", Story(1)), TextDoc("empty.txt", "   \n\n  "),
                                   TextDoc("good2.txt", Story(2))};
  Delivered d = RunAll(docs, 2);
  ASSERT_EQ(d.paths, (std::vector<std::string>{"good1.txt", "empty.txt", "good2.txt"}));
  EXPECT_EQ(d.json[0].rfind("error", 0), std::string::npos);
  EXPECT_EQ(d.json[1].rfind("error", 0), 0u) << d.json[1];
  EXPECT_EQ(d.json[2].rfind("error", 0), std::string::npos);
}

TEST(ParallelPipeline, ASinkFailureStopsTheRun) {
  auto pp = ParallelPipeline::Create(PipelineOptions{}, 2);
  ASSERT_TRUE(pp.ok());
  int calls = 0;
  ParallelPipeline::Sink sink = [&](const Origin&, Result<Article>&&) {
    ++calls;
    return calls == 3 ? Status::IOError("disk full") : Status::OK();
  };
  Status last;
  for (int i = 0; i < 50 && last.ok(); ++i) last = (*pp)->Submit(TextDoc("d.txt", Story(i)), sink);
  if (last.ok()) last = (*pp)->Finish(sink);
  EXPECT_EQ(last.code(), Code::kIOError);
  EXPECT_EQ(calls, 3);  // nothing is delivered after the failure
  EXPECT_EQ((*pp)->Finish(sink).code(), Code::kIOError);
}

class ThrowingStage : public Stage {
 public:
  const char* name() const override { return "throwing"; }
  std::vector<std::string> assigns_layers() const override { return {}; }
  Status Process(Article& a) override {
    if (a.text.find("explode") != std::string::npos) throw std::runtime_error("stage blew up");
    return Status::OK();
  }
};

TEST(ParallelPipeline, AStageThatThrowsOnAWorkerFailsOnlyThatDocument) {
  auto make = [] {
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<ThrowingStage>());
    return std::move(*Pipeline::Create(MakeDefaultExtractor(PipelineOptions{}), std::move(stages)));
  };
  std::vector<std::unique_ptr<Pipeline>> workers;
  workers.push_back(make());
  workers.push_back(make());
  ParallelPipeline pp(make(), std::move(workers));
  std::vector<std::string> results;
  ParallelPipeline::Sink sink = [&](const Origin& o, Result<Article>&& a) {
    results.push_back(o.path + (a.ok() ? ": ok" : ": " + a.status().message()));
    return Status::OK();
  };
  ASSERT_TRUE(pp.Submit(TextDoc("fine.txt", Story(1)), sink).ok());
  ASSERT_TRUE(pp.Submit(TextDoc("bad.txt", Story(2) + "\nThen it would explode, they said.\n"), sink).ok());
  ASSERT_TRUE(pp.Submit(TextDoc("fine2.txt", Story(3)), sink).ok());
  ASSERT_TRUE(pp.Finish(sink).ok());
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0], "fine.txt: ok");
  EXPECT_NE(results[1].find("stage blew up"), std::string::npos) << results[1];
  EXPECT_EQ(results[2], "fine2.txt: ok");
}

PipelineOptions ExtractOnly() {
  PipelineOptions options;
  options.until = "extract";
  return options;
}

TEST(ParallelPipeline, KeepsABoundedNumberOfDocumentsInFlight) {
  auto pp = ParallelPipeline::Create(ExtractOnly(), 2);
  ASSERT_TRUE(pp.ok());
  size_t delivered = 0, submitted = 0, most_in_flight = 0;
  ParallelPipeline::Sink sink = [&](const Origin&, Result<Article>&&) {
    ++delivered;
    return Status::OK();
  };
  for (int i = 0; i < 200; ++i) {
    ASSERT_TRUE((*pp)->Submit(TextDoc("d.txt", Story(i)), sink).ok());
    ++submitted;
    most_in_flight = std::max(most_in_flight, submitted - delivered);
  }
  ASSERT_TRUE((*pp)->Finish(sink).ok());
  EXPECT_EQ(delivered, 200u);
  EXPECT_LT(most_in_flight, (*pp)->capacity());
}

}  // namespace
}  // namespace dragoman
