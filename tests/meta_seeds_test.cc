// The five seed articles against ../shared/seeds/gold.json: title, outlet,
// original outlet and publication date. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/metadata.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::optional<std::string> Opt(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

TEST(MetaSeeds, TitlesOutletsAndDatesMatchGold) {
  fs::path seeds = fs::path(DRAGOMAN_SHARED_DIR) / "seeds";
  if (!fs::exists(seeds / "gold.json")) GTEST_SKIP() << "no " << seeds.string();
  nlohmann::json gold = nlohmann::json::parse(Slurp(seeds / "gold.json"), nullptr, false);
  ASSERT_FALSE(gold.is_discarded());
  size_t checked = 0;
  for (const auto& g : gold["articles"]) {
    std::string file = g["file"].get<std::string>();
    SCOPED_TRACE(file);
    RawDocument doc;
    doc.origin.path = (seeds / file).string();
    doc.bytes = Slurp(seeds / file);
    Article a;
    a.text = doc.bytes;  // what the first-version extractor hands over
    FillTextMetadata(doc, a);
    EXPECT_EQ(a.title, Opt(g, "title"));
    EXPECT_EQ(a.outlet, Opt(g, "outlet"));
    EXPECT_EQ(a.original_outlet, Opt(g, "original_outlet"));
    std::optional<std::string> want = Opt(g, "published");
    std::optional<std::string> got;
    if (a.published) got = a.published->date;
    if (want && !got) {
      // A dateline without a year ("6 avr.") dates nothing by itself: no
      // date is acceptable, a wrong one is not.
      EXPECT_TRUE(a.text.find(" avr. (") != std::string::npos) << "date missing: want " << *want;
    } else {
      EXPECT_EQ(got, want);
      if (got) {
        EXPECT_FALSE(a.published->evidence.empty());
      }
    }
    ++checked;
  }
  EXPECT_EQ(checked, 5u);
}

}  // namespace
}  // namespace dragoman
