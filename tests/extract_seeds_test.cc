// The user's five seed articles (../shared/seeds, read at run time): every
// boilerplate block gold.json lists is removed from the body and kept in
// `boilerplate`, long body paragraphs all survive, and the headline is found
// where the gold names one. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "dragoman/pipeline.h"
#include "dragoman/utf8.h"
#include "extract/extractor.h"
#include "extract/text_util.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The quoted fragments of a gold description ("the breadcrumb 'Home Politics
// Monitor' before the title"): a quote opens after a space or at the start and
// closes before a space, punctuation or the end (so "d'État" stays inside).
std::vector<std::string> Quoted(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while ((i = s.find('\'', i)) != std::string::npos) {
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(') {
      ++i;
      continue;
    }
    size_t j = i + 1;
    size_t close = std::string::npos;
    while ((j = s.find('\'', j)) != std::string::npos) {
      if (j + 1 >= s.size() || s[j + 1] == ' ' || s[j + 1] == ',' || s[j + 1] == ')' || s[j + 1] == ':') {
        close = j;
        break;
      }
      ++j;
    }
    if (close == std::string::npos) break;
    std::string q = s.substr(i + 1, close - i - 1);
    // "...": a truncated quote; keep what precedes it.
    for (const char* ell : {"...", "\xE2\x80\xA6"}) {
      size_t e = q.find(ell);
      if (e != std::string::npos) q = q.substr(0, e);
    }
    while (!q.empty() && q.back() == ' ') q.pop_back();
    if (!q.empty()) out.push_back(q);
    i = close + 1;
  }
  // Unquoted ids: "the trailing line MENAFN0304...".
  size_t sp = s.rfind(' ');
  std::string last = sp == std::string::npos ? s : s.substr(sp + 1);
  size_t digits = 0;
  for (char c : last) digits += (c >= '0' && c <= '9');
  if (digits >= 8) out.push_back(last);
  return out;
}

std::string Fold(const std::string& s) { return extract::Collapse(FoldForMatch(s)); }

class ExtractSeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(DRAGOMAN_SHARED_DIR) / "seeds";
    if (!fs::exists(dir_ / "gold.json")) GTEST_SKIP() << "no " << dir_.string();
    gold_ = nlohmann::json::parse(Read(dir_ / "gold.json"), nullptr, false);
    ASSERT_FALSE(gold_.is_discarded());
  }
  Article Extract(const std::string& file) {
    RawDocument doc;
    doc.origin.path = (dir_ / file).string();
    doc.kind = RawDocument::Kind::kText;
    doc.bytes = Read(dir_ / file);
    auto r = MakeDefaultExtractor(PipelineOptions{})->Extract(doc);
    EXPECT_TRUE(r.ok()) << file << ": " << r.status().ToString();
    return r.ok() ? r.value() : Article{};
  }
  fs::path dir_;
  nlohmann::json gold_;
};

TEST_F(ExtractSeedsTest, EveryGoldBoilerplateBlockIsRemovedAndKept) {
  size_t checked = 0;
  for (const auto& g : gold_["articles"]) {
    std::string file = g["file"];
    Article a = Extract(file);
    std::string removed;
    for (const auto& b : a.boilerplate) (removed += Fold(b.text)) += '\n';
    for (const auto& desc : g["boilerplate"]) {
      for (const std::string& q : Quoted(desc.get<std::string>())) {
        std::string fq = Fold(q);
        if (fq.size() < 3) {
          // A lone count such as "0": no body paragraph may be just that.
          EXPECT_EQ(("\n\n" + a.text + "\n\n").find("\n\n" + q + "\n\n"), std::string::npos) << file << ": " << q;
          bool kept = false;
          for (const auto& b : a.boilerplate) kept = kept || b.text == q;
          EXPECT_TRUE(kept) << file << ": '" << q << "' not in boilerplate";
        } else {
          // No body paragraph is (or opens with) the removed block; the words
          // may still occur inside a sentence ("Le secrétaire d'État ...").
          std::istringstream paras(a.text);
          std::string para;
          while (std::getline(paras, para))
            EXPECT_NE(Fold(para).rfind(fq, 0), 0u) << file << ": body paragraph starts with '" << q << "'";
          EXPECT_NE(removed.find(fq), std::string::npos) << file << ": '" << q << "' not in boilerplate";
        }
        ++checked;
      }
    }
    // "everything from 'Related Articles' to the end": no line after it is body.
    for (const auto& desc : g["boilerplate"]) {
      if (desc.get<std::string>().find("to the end") == std::string::npos) continue;
      std::string raw = Read(dir_ / file);
      size_t at = raw.find("Related Articles");
      ASSERT_NE(at, std::string::npos);
      std::istringstream rest(raw.substr(at));
      std::string line;
      while (std::getline(rest, line)) {
        std::string t = extract::Collapse(line);
        if (t.size() > 3) {
          EXPECT_EQ(a.text.find(t), std::string::npos) << file << ": teaser kept: " << t;
        }
      }
    }
  }
  EXPECT_GE(checked, 12u);
}

TEST_F(ExtractSeedsTest, NoBodyParagraphIsLost) {
  for (const auto& g : gold_["articles"]) {
    std::string file = g["file"];
    Article a = Extract(file);
    std::istringstream raw(Read(dir_ / file));
    std::string line;
    size_t paragraphs = 0;
    while (std::getline(raw, line)) {
      std::string t = extract::Collapse(line);
      if (t.size() < 150) continue;  // every long line of these seeds is article text
      // The first paragraph of 000 carries a glued "date ..." prefix: compare its end.
      std::string tail = t.substr(t.size() - 120);
      EXPECT_NE(a.text.find(tail), std::string::npos) << file << ": lost paragraph ending '" << tail << "'";
      ++paragraphs;
    }
    EXPECT_GE(paragraphs, 3u) << file;
    EXPECT_EQ(a.text.find("\n\n\n"), std::string::npos) << file;
  }
}

TEST_F(ExtractSeedsTest, HeadlineWhereTheGoldHasOne) {
  for (const auto& g : gold_["articles"]) {
    std::string file = g["file"];
    Article a = Extract(file);
    if (g["title"].is_string()) {
      ASSERT_TRUE(a.title.has_value()) << file;
      EXPECT_EQ(*a.title, g["title"].get<std::string>()) << file;
      EXPECT_EQ(a.text.find(*a.title), std::string::npos) << file << ": headline left in the body";
    }
  }
}

}  // namespace
}  // namespace dragoman
