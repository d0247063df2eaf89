// Runs the real `dragoman analyze` on a folder of good and broken inputs.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <sstream>

#include "read_test_util.h"

namespace dragoman {
namespace {

using namespace testing_read;

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

int RunShell(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const char* kStory =
    "The regional parliament approved the new water plan on Thursday after a long debate.\n\n"
    "Farmers' groups welcomed the vote, while two opposition parties said the budget was too small.\n\n"
    "The plan funds repairs to three reservoirs and a study of the river basin.\n";

TEST(ReadCli, AnalyzeReportsEachBrokenFileOnceAndPrintsTheGoodOnes) {
  TempDir dir;
  std::string in = (dir.path() / "in").string();
  dir.Write("in/good.txt", kStory);
  dir.Write("in/good.jsonl",
            "{\"id\": \"j1\", \"text\": \"Rail workers ended their strike on Monday after a pay deal.\"}\n"
            "{\"id\": \"j2\", \"text\": \"The city opened a new library in the old market hall.\"}\n");
  dir.Write("in/bad-line.jsonl", "{\"id\": \"j3\", \"text\": \"Snow closed the mountain pass for a day.\"}\n{oops\n");
  dir.Write("in/empty.txt", "");
  dir.Write("in/blob.bin", std::string("\x01\x02\x00\x03garbage\x00\xff", 13));
  dir.Write("in/cut.txt.gz", Gzip(std::string(200000, 'w')).substr(0, 200));
  dir.Write("in/bomb.rss",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aa\"><!ENTITY b \"&a;&a;\">]>"
            "<rss><channel><item><description>&b;</description></item></channel></rss>");
  std::string out = (dir.path() / "out.jsonl").string();
  std::string err = (dir.path() / "err.txt").string();
  int rc = RunShell(std::string(DRAGOMAN_BINARY) + " analyze '" + in + "' --format jsonl --until extract >'" + out +
               "' 2>'" + err + "'");
  EXPECT_EQ(rc, 3);
  std::vector<std::string> records = Lines(Slurp(out));
  std::vector<std::string> errors = Lines(Slurp(err));
  ASSERT_EQ(records.size(), 4u) << Slurp(out) << Slurp(err);
  std::string all_out = Slurp(out);
  for (const char* id : {"\"j1\"", "\"j2\"", "\"j3\""}) EXPECT_NE(all_out.find(id), std::string::npos) << id;
  EXPECT_NE(all_out.find("good.txt"), std::string::npos);
  ASSERT_EQ(errors.size(), 5u) << Slurp(err);
  for (const char* name : {"bad-line.jsonl#line 2", "empty.txt", "blob.bin", "cut.txt.gz", "bomb.rss"}) {
    int hits = 0;
    for (const auto& e : errors) hits += e.find(name) != std::string::npos;
    EXPECT_EQ(hits, 1) << name << "\n" << Slurp(err);
  }
}

TEST(ReadCli, AnalyzeReadsGzippedStdin) {
  TempDir dir;
  std::string gz = dir.Write("in.jsonl.gz", Gzip("{\"id\": \"s1\", \"text\": \"Read from standard input.\"}\n"));
  std::string out = (dir.path() / "out.jsonl").string();
  int rc = RunShell(std::string(DRAGOMAN_BINARY) + " analyze - --format jsonl --until extract <'" + gz + "' >'" + out +
               "' 2>/dev/null");
  EXPECT_EQ(rc, 0);
  std::vector<std::string> records = Lines(Slurp(out));
  ASSERT_EQ(records.size(), 1u);
  EXPECT_NE(records[0].find("\"s1\""), std::string::npos);
}

}  // namespace
}  // namespace dragoman
