// End-to-end: the real dragoman binary ingests into a temporary store, then
// search, show and stats read it back. Exit codes as in src/cli/command.h.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "store_test_util.h"

namespace dragoman {
namespace {

using nlohmann::json;
using testing::RunDragoman;
using testing::TempDir;
using testing::WriteFile;

std::vector<json> JsonLines(const std::string& out) {
  std::vector<json> lines;
  size_t pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    if (nl == std::string::npos) nl = out.size();
    std::string line = out.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    json j = json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << line;
    lines.push_back(j);
  }
  return lines;
}

class CliStore : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_.File("in/a.txt"),
              "Ministers meet in Paris\n\nForeign minister Stéphane Séjourné received his American counterpart in "
              "Paris on Tuesday.\n\nThe two men spoke about air defence for Ukraine.\n");
    WriteFile(dir_.File("in/b.txt"),
              "Sommet à Vilnius\n\nLes dirigeants de l'alliance se sont réunis à Vilnius pour parler de "
              "l'Ukraine.\n\nAucune date d'adhésion n'a été fixée.\n");
    WriteFile(dir_.File("in/sub/c.txt"),
              "Grain exports resume\n\nShips left the port of Odesa with grain after weeks of blockade, officials "
              "said.\n");
    db_ = dir_.File("store.db");
  }
  testing::RunResult Run(std::vector<std::string> args) { return RunDragoman(args, dir_.path()); }

  TempDir dir_;
  std::string db_;
};

TEST_F(CliStore, IngestThenSearchShowStats) {
  auto ingest = Run({"ingest", dir_.File("in"), "--db", db_});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_EQ(ingest.err, "") << "quiet by default, no progress bar off a terminal";
  EXPECT_EQ(ingest.out, "");

  // Diacritics folded; jsonl hits carry id, score, snippet and cursor.
  auto search = Run({"search", "Sejourne", "--db", db_, "--format", "jsonl"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  auto hits = JsonLines(search.out);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0]["source"].get<std::string>().find("a.txt"), std::string::npos) << hits[0].dump();
  EXPECT_NE(hits[0]["snippet"].get<std::string>().find("[Séjourné]"), std::string::npos) << hits[0].dump();
  EXPECT_TRUE(hits[0]["cursor"].is_string());
  std::string id = hits[0]["id"];

  auto table = Run({"search", "ukraine", "--db", db_});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("SCORE"), std::string::npos);
  EXPECT_NE(table.out.find("[Ukraine]"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("l'[Ukraine]"), std::string::npos) << table.out;

  // Pages: one hit per page, the cursor on stderr leads to the other.
  auto page1 = Run({"search", "ukraine", "--db", db_, "--limit", "1", "--format", "jsonl"});
  ASSERT_EQ(page1.exit_code, 0);
  auto marker = page1.err.find("--cursor ");
  ASSERT_NE(marker, std::string::npos) << page1.err;
  std::string cursor = page1.err.substr(marker + 9);
  cursor = cursor.substr(0, cursor.find('\n'));
  auto page2 = Run({"search", "ukraine", "--db", db_, "--limit", "1", "--cursor", cursor, "--format", "jsonl"});
  ASSERT_EQ(page2.exit_code, 0) << page2.err;
  ASSERT_EQ(JsonLines(page2.out).size(), 1u);
  EXPECT_NE(JsonLines(page1.out)[0]["id"], JsonLines(page2.out)[0]["id"]);
  EXPECT_EQ(page2.err.find("--cursor"), std::string::npos) << "the last page offers no cursor";

  auto show = Run({"show", id, "--db", db_, "--format", "jsonl"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  auto record = JsonLines(show.out);
  ASSERT_EQ(record.size(), 1u);
  EXPECT_EQ(record[0]["id"], id);
  EXPECT_NE(record[0]["text"].get<std::string>().find("Stéphane Séjourné"), std::string::npos);
  EXPECT_EQ(record[0]["source"]["format"], "txt");

  auto readable = Run({"show", id.substr(0, 8), "--db", db_});
  ASSERT_EQ(readable.exit_code, 0) << readable.err;
  EXPECT_NE(readable.out.find("Ministers meet in Paris"), std::string::npos);
  EXPECT_NE(readable.out.find("The two men spoke"), std::string::npos);

  auto stats = Run({"stats", "--db", db_, "--format", "jsonl"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  auto s = JsonLines(stats.out);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]["articles"], 3);
  EXPECT_EQ(s[0]["by_format"][0]["key"], "txt");
  EXPECT_EQ(s[0]["by_format"][0]["count"], 3);
  auto text_stats = Run({"stats", "--db", db_});
  ASSERT_EQ(text_stats.exit_code, 0);
  EXPECT_NE(text_stats.out.find("languages:"), std::string::npos);
  EXPECT_NE(text_stats.out.find("formats:"), std::string::npos);
  EXPECT_EQ(Run({"stats", "--db", db_}).out, text_stats.out) << "the same store prints the same";
}

TEST_F(CliStore, ReingestIsIdempotent) {
  ASSERT_EQ(Run({"ingest", dir_.File("in"), "--db", db_}).exit_code, 0);
  auto before = Run({"stats", "--db", db_, "--format", "jsonl"});
  auto again = Run({"ingest", dir_.File("in"), "--db", db_, "-v"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 new, 3 already stored"), std::string::npos) << again.err;
  EXPECT_EQ(Run({"stats", "--db", db_, "--format", "jsonl"}).out, before.out);
}

TEST_F(CliStore, NearDuplicatesFoundAcrossIngestRuns) {
  // A wire story, stored in a first run; a syndicated copy with its own header
  // and footer arrives in a second run and must point to it.
  const std::string body =
      "Grain ships leave Odesa\n\nThree ships loaded with maize and wheat left the port of Odesa on Monday under "
      "the corridor agreement, the ministry of infrastructure said. Insurers had raised their premiums after the "
      "strikes on the port last week, and the captains waited two days for an escort before sailing towards the "
      "Bosphorus.\n\nThe ministry expects ten more ships to leave before the end of the month if the weather "
      "holds and the corridor stays open.\n";
  WriteFile(dir_.File("first/wire.txt"), body);
  WriteFile(dir_.File("second/copy.txt"),
            "Regional Herald - Business\n\n" + body + "\nRead more business news on our website.\n");
  ASSERT_EQ(Run({"ingest", dir_.File("first"), "--db", db_}).exit_code, 0);
  auto second = Run({"ingest", dir_.File("second"), "--db", db_, "-v"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("1 near-duplicates"), std::string::npos) << second.err;

  auto stats = Run({"stats", "--db", db_, "--format", "jsonl"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(JsonLines(stats.out).at(0)["near_duplicates"], 1) << stats.out;
  auto copy = Run({"search", "Regional Herald", "--db", db_, "--format", "jsonl"});
  ASSERT_EQ(copy.exit_code, 0) << copy.err;
  auto hits = JsonLines(copy.out);
  ASSERT_EQ(hits.size(), 1u) << copy.out;
  auto record = JsonLines(Run({"show", hits[0]["id"], "--db", db_, "--format", "jsonl"}).out);
  ASSERT_EQ(record.size(), 1u);
  ASSERT_TRUE(record[0]["duplicate_of"].is_string()) << record[0].dump();
  auto original = JsonLines(Run({"show", record[0]["duplicate_of"], "--db", db_, "--format", "jsonl"}).out);
  ASSERT_EQ(original.size(), 1u);
  EXPECT_NE(original[0]["source"]["path"].get<std::string>().find("wire.txt"), std::string::npos)
      << original[0].dump();
}

TEST_F(CliStore, ExitCodes) {
  // Some inputs fail: the rest is stored, exit 3, one error line per failure.
  WriteFile(dir_.File("in/empty.txt"), "");
  auto partial = Run({"ingest", dir_.File("in"), dir_.File("missing"), "--db", db_});
  EXPECT_EQ(partial.exit_code, 3);
  EXPECT_NE(partial.err.find("empty.txt"), std::string::npos) << partial.err;
  EXPECT_NE(partial.err.find("missing"), std::string::npos) << partial.err;
  auto stats = JsonLines(Run({"stats", "--db", db_, "--format", "jsonl"}).out);
  ASSERT_EQ(stats.size(), 1u);
  EXPECT_EQ(stats[0]["articles"], 3);

  EXPECT_EQ(Run({"search", "zanzibar", "--db", db_}).exit_code, 1);
  auto malformed = Run({"search", "ukraine AND", "--db", db_});
  EXPECT_EQ(malformed.exit_code, 2);
  EXPECT_NE(malformed.err.find("malformed"), std::string::npos) << malformed.err;
  EXPECT_EQ(Run({"search", "ukraine", "--db", db_, "--from", "yesterday"}).exit_code, 2);
  EXPECT_EQ(Run({"search", "ukraine", "--db", db_, "--cursor", "xyz"}).exit_code, 2);
  EXPECT_EQ(Run({"search", "ukraine", "--db", db_, "--limit", "0"}).exit_code, 2);
  EXPECT_EQ(Run({"search", "l'OTAN", "--db", db_, "--plain"}).exit_code, 1);
  EXPECT_EQ(Run({"search", "--db", db_}).exit_code, 2) << "a query is required";
  EXPECT_EQ(Run({"show", "ffffffffffffffff", "--db", db_}).exit_code, 1);
  EXPECT_EQ(Run({"search", "ukraine", "--db", dir_.File("nope.db")}).exit_code, 4);
  EXPECT_EQ(Run({"stats", "--db", dir_.File("nope.db")}).exit_code, 4);
  EXPECT_EQ(Run({"show", "abcd", "--db", dir_.File("nope.db")}).exit_code, 4);
  EXPECT_EQ(Run({"ingest", dir_.File("in"), "--db", "postgres://localhost/x"}).exit_code, 4);
  EXPECT_EQ(Run({"ingest", dir_.File("in"), "--db", db_, "--batch", "zero"}).exit_code, 2);
  for (const char* cmd : {"ingest", "search", "show", "stats", "bench"}) {
    auto help = Run({cmd, "--help"});
    EXPECT_EQ(help.exit_code, 0) << cmd;
    EXPECT_NE(help.out.find("--db"), std::string::npos) << cmd;
  }
}

// On a terminal, ingest draws a progress line (count and rate) on stderr and
// clears it at the end.
TEST_F(CliStore, ProgressBarOnlyOnATerminal) {
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  ASSERT_GE(master, 0);
  ASSERT_EQ(grantpt(master), 0);
  ASSERT_EQ(unlockpt(master), 0);
  std::string slave_name = ptsname(master);
  std::string bin = DRAGOMAN_BINARY;
  std::string in = dir_.File("in");
  pid_t pid = fork();
  if (pid == 0) {
    int slave = open(slave_name.c_str(), O_RDWR);
    dup2(slave, 1);
    dup2(slave, 2);
    close(master);
    execl(bin.c_str(), bin.c_str(), "ingest", in.c_str(), "--db", db_.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(master, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << out;
  EXPECT_NE(out.find("\ringest 1 articles"), std::string::npos) << out;
  EXPECT_NE(out.find("/s ["), std::string::npos) << out;
  EXPECT_NE(out.find("\r\x1b[K"), std::string::npos) << "the line is cleared at the end: " << out;
}

}  // namespace
}  // namespace dragoman
