// `dragoman eval events`: a tiny gold file that the command must score as
// known numbers, a judged sample whose precision it must recompute, and a
// malformed gold line that must be reported with its line number.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string Shell(const std::string& cmd, int* rc, bool keep_stderr = false) {
  std::string out;
  FILE* p = popen((cmd + (keep_stderr ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  *rc = WEXITSTATUS(pclose(p));
  return out;
}

std::vector<nlohmann::json> Lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    if (nl > pos) out.push_back(nlohmann::json::parse(text.substr(pos, nl - pos)));
    pos = nl + 1;
  }
  return out;
}

class EventsEvalCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dragoman-evt-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    // Four body sentences: a meeting, an attack, no event, a condemnation.
    std::ofstream(dir_ / "a.jsonl")
        << R"({"id": "evtest1", "language": "en", "published": "2024-05-14", "clean": true, )"
        << R"("title": "Blinken in Kyiv", "text": "Antony Blinken met Volodymyr Zelensky in Kyiv on Tuesday.\n\n)"
        << R"(Russia attacked Ukraine with drones on Monday night.\n\nThe weather in the capital was mild and dry.\n\n)"
        << R"(France condemned Russia on Wednesday."})" << "\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(EventsEvalCli, ScoresATinyGoldFileAsKnownNumbers) {
  // Gold: the meeting (all right), the attack (root right, detailed code and
  // target wrong on purpose), an event on the weather sentence the pipeline
  // cannot find. The condemnation is not in the gold: a false positive.
  std::ofstream(dir_ / "gold.jsonl")
      << R"({"article": "a.jsonl#line 1", "field": "text", "sentence": "Antony Blinken met Volodymyr Zelensky in Kyiv on Tuesday.", "code": "040", "actor1": "Antony Blinken", "actor2": "Volodymyr Zelensky"})"
      << "\n# a comment line\n"
      << R"({"article": "a.jsonl#line 1", "field": "text", "sentence": "Russia attacked Ukraine with drones on Monday night.", "code": "195", "actor1": "Russia", "actor2": "Poland"})"
      << "\n"
      << R"({"article": "a.jsonl#line 1", "field": "text", "sentence": "The weather in the capital was mild and dry.", "code": "042", "actor1": "Antony Blinken", "actor2": null})"
      << "\n";
  int rc = -1;
  auto rows = Lines(Shell(std::string(DRAGOMAN_BINARY) + " eval events " + (dir_ / "gold.jsonl").string() +
                              " --format jsonl",
                          &rc));
  ASSERT_EQ(rc, 0);
  ASSERT_EQ(rows.size(), 2u);  // en, all
  const auto& all = rows[1];
  EXPECT_EQ(all["language"], "all");
  EXPECT_EQ(all["gold"], 3);
  EXPECT_EQ(all["predicted"], 3);
  EXPECT_EQ(all["matched"], 2);
  EXPECT_NEAR(all["precision"].get<double>(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(all["recall"].get<double>(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(all["f1"].get<double>(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(all["actor1_agreement"].get<double>(), 1.0, 1e-9);
  EXPECT_NEAR(all["actor2_agreement"].get<double>(), 0.5, 1e-9);
  EXPECT_NEAR(all["code_agreement"].get<double>(), 0.5, 1e-9);
}

TEST_F(EventsEvalCli, RecomputesPrecisionOfAJudgedSample) {
  std::ofstream(dir_ / "judged.jsonl")
      << R"({"event": "00000000000000a1", "language": "en", "judgement": "correct"})" << "\n"
      << R"({"event": "00000000000000a2", "language": "fr", "judgement": "wrong", "error": "target"})" << "\n"
      << R"({"event": "00000000000000a3", "language": "fr", "judgement": "correct"})" << "\n";
  int rc = -1;
  auto rows = Lines(Shell(std::string(DRAGOMAN_BINARY) + " eval events --judged " +
                              (dir_ / "judged.jsonl").string() + " --format jsonl",
                          &rc));
  ASSERT_EQ(rc, 0);
  ASSERT_EQ(rows.size(), 4u);  // en, fr, all, errors
  EXPECT_EQ(rows[2]["language"], "all");
  EXPECT_EQ(rows[2]["judged"], 3);
  EXPECT_NEAR(rows[2]["precision"].get<double>(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(rows[1]["precision"].get<double>(), 0.5, 1e-9);
  EXPECT_EQ(rows[3]["errors"]["target"], 1);
}

TEST_F(EventsEvalCli, SampledEventsAreFoundAgainByTheirIds) {
  int rc = -1;
  std::string input = (dir_ / "a.jsonl").string();
  auto sample = Lines(Shell(std::string(DRAGOMAN_BINARY) + " eval events --sample 2 " + input + " --format jsonl", &rc));
  ASSERT_EQ(rc, 0);
  ASSERT_EQ(sample.size(), 2u);
  std::ofstream judged(dir_ / "judged.jsonl");
  for (const auto& s : sample)
    judged << nlohmann::json{{"event", s["event"]}, {"language", s["language"]}, {"judgement", "correct"}}.dump()
           << "\n";
  judged.close();
  auto rows = Lines(Shell(std::string(DRAGOMAN_BINARY) + " eval events --judged " + (dir_ / "judged.jsonl").string() +
                              " " + input + " --format jsonl",
                          &rc));
  ASSERT_EQ(rc, 0);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[1]["language"], "all");
  EXPECT_EQ(rows[1]["still_produced"], 2);
}

TEST_F(EventsEvalCli, MalformedGoldLineIsAUsageErrorNamingTheLine) {
  std::ofstream(dir_ / "bad.jsonl") << R"({"article": "a.jsonl#line 1", "sentence": "x", "code": "040"})" << "\n"
                                    << R"({"article": "a.jsonl#line 1", "code": "040"})" << "\n";
  int rc = -1;
  std::string err = Shell(std::string(DRAGOMAN_BINARY) + " eval events " + (dir_ / "bad.jsonl").string(), &rc, true);
  EXPECT_EQ(rc, 2);
  EXPECT_NE(err.find("bad.jsonl:2"), std::string::npos) << err;
}

}  // namespace
