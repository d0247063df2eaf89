// End to end: stories are assigned at ingest, and a user's merge survives a
// later ingest.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string Shell(const std::string& cmd, int* rc = nullptr) {
  std::string out;
  FILE* p = popen((cmd + " 2>/dev/null").c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  if (rc) *rc = WEXITSTATUS(status);
  return out;
}

std::vector<nlohmann::json> Stories(const std::string& db) {
  std::vector<nlohmann::json> out;
  std::string text = Shell(std::string(DRAGOMAN_BINARY) + " stories --db " + db + " --format jsonl");
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    if (nl > pos) out.push_back(nlohmann::json::parse(text.substr(pos, nl - pos)));
    pos = nl + 1;
  }
  return out;
}

TEST(StoriesCli, EveryArticleHasAStoryAndMergeSurvivesIngest) {
  fs::path dir = fs::temp_directory_path() / ("dragoman-stories-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string db = (dir / "s.db").string();
  fs::path text = fs::path(DRAGOMAN_SOURCE_DIR) / "examples/corpus/articles/text";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(text)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 6u);
  std::string bin = DRAGOMAN_BINARY;
  int rc = -1;
  Shell(bin + " ingest " + files[0].string() + " " + files[1].string() + " " + files[2].string() + " " +
          files[3].string() + " --db " + db,
      &rc);
  ASSERT_EQ(rc, 0);
  auto before = Stories(db);
  size_t articles = 0;
  for (const auto& s : before) articles += s["articles"].size();
  EXPECT_EQ(articles, 4u);  // every stored article is in exactly one story
  ASSERT_GE(before.size(), 2u);
  std::string a = before[0]["id"], b = before[1]["id"];
  Shell(bin + " story merge " + a + " " + b + " --db " + db, &rc);
  ASSERT_EQ(rc, 0);
  Shell(bin + " ingest " + files[4].string() + " " + files[5].string() + " --db " + db, &rc);
  ASSERT_EQ(rc, 0);
  auto after = Stories(db);
  size_t total = 0;
  bool merged_kept = false;
  for (const auto& s : after) {
    total += s["articles"].size();
    EXPECT_NE(s["id"], a);  // the merged-away story never comes back
    if (s["id"] == b) {
      std::set<std::string> ids(s["articles"].begin(), s["articles"].end());
      bool all = true;
      for (const auto& id : before[0]["articles"]) all = all && ids.count(id.get<std::string>());
      merged_kept = all;
    }
  }
  EXPECT_EQ(total, 6u);
  EXPECT_TRUE(merged_kept);
  fs::remove_all(dir);
}

}  // namespace
