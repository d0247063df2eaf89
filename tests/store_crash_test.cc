// A kill -9 in the middle of an ingest leaves a valid store holding whole
// batches, and the next ingest completes it without duplicates.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "bench/synthetic_corpus.h"
#include "dragoman/store.h"
#include "store_test_util.h"

namespace dragoman {
namespace {

using testing::TempDir;

// Paragraphs in the project's own words, the raw material of the corpus.
const char* kSample =
    "Foreign ministers of the alliance met in Brussels on Thursday to discuss air defence for Ukraine.\n"
    "The French minister said that Paris would deliver more shells before the summer, while Washington "
    "promised a new package of aid.\n"
    "Officials in Kyiv welcomed the decision but asked for faster deliveries of interceptors and radars.\n"
    "Analysts noted that several members still disagree on strikes against targets inside Russian territory.\n"
    "The summit in Vilnius had set out a path towards membership without fixing any date for it.\n"
    "Germany announced a plan to train pilots, and the Netherlands confirmed the transfer of aircraft.\n";

// Rows committed so far, read through a separate connection; -1 before the
// schema exists.
int64_t CountArticles(const std::string& db_path) {
  sqlite3* db = nullptr;
  int64_t n = -1;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 1000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM articles", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return n;
}

TEST(StoreCrash, KillDuringIngestLeavesWholeBatchesAndResumes) {
  TempDir dir;
  SyntheticOptions options;
  options.text_bytes = 1000;
  auto corpus = SyntheticCorpus::FromTexts({kSample}, options);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  constexpr size_t kArticles = 3000;
  constexpr int64_t kBatch = 100;
  std::string input = dir.File("corpus");
  uint64_t bytes = 0;
  ASSERT_TRUE(corpus->WriteFolder(input, kArticles, /*html=*/false, &bytes).ok());
  std::string db = dir.File("store.db");

  pid_t pid = testing::StartDragoman({"ingest", input, "--db", db, "--batch", std::to_string(kBatch)}, dir.path());
  int64_t seen = -1;
  bool exited = false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    int status;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    seen = CountArticles(db);
    if (seen >= 3 * kBatch) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_FALSE(exited) << "the ingest finished before it could be killed: make the corpus larger";
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));

  int64_t after_kill;
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Status check = (*store)->Check();
    EXPECT_TRUE(check.ok()) << check.ToString();
    after_kill = static_cast<int64_t>((*store)->Stats()->articles);
  }
  EXPECT_GE(after_kill, seen);
  EXPECT_LT(after_kill, static_cast<int64_t>(kArticles));
  EXPECT_EQ(after_kill % kBatch, 0) << "a batch was half written";

  auto resumed = testing::RunDragoman({"ingest", input, "--db", db, "-v"}, dir.path());
  EXPECT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find(std::to_string(kArticles - after_kill) + " new, " + std::to_string(after_kill) +
                             " already stored"),
            std::string::npos)
      << resumed.err;
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok());
  EXPECT_TRUE((*store)->Check().ok());
  EXPECT_EQ((*store)->Stats()->articles, kArticles);
}

}  // namespace
}  // namespace dragoman
