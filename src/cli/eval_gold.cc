#include "cli/eval_gold.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "dragoman/log.h"
#include "dragoman/pipeline.h"
#include "dragoman/reader.h"

namespace dragoman::cli {
namespace fs = std::filesystem;

std::string RelativeKey(const std::string& root, const Origin& origin) {
  std::error_code ec;
  std::string rel = fs::relative(fs::path(origin.path), fs::path(root), ec).generic_string();
  if (ec || rel.empty()) rel = origin.path;
  return origin.record.empty() ? rel : rel + "#" + origin.record;
}

Result<GoldSet> LoadGold(const std::string& path, const std::string& root_override) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open gold file " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  GoldSet gold;
  gold.root = root_override.empty() ? fs::path(path).parent_path().string() : root_override;
  if (gold.root.empty()) gold.root = ".";
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    // PATH<TAB>label lines.
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto tab = line.find('\t');
      if (tab == std::string::npos) return Status::InvalidArgument(path + ": expected PATH<TAB>label lines or JSON");
      gold.articles.push_back({line.substr(0, tab), line.substr(tab + 1), {}});
    }
    return gold;
  }
  if (!j.contains("articles") || !j["articles"].is_array())
    return Status::InvalidArgument(path + ": no \"articles\" array");
  for (const auto& a : j["articles"]) {
    GoldArticle g;
    g.key = a.value("file", std::string());
    if (g.key.empty()) continue;
    if (a.contains("story") && a["story"].is_string()) g.story = a["story"].get<std::string>();
    if (a.contains("quotes") && a["quotes"].is_array()) {
      for (const auto& q : a["quotes"]) {
        GoldQuote gq;
        if (q.contains("speaker") && q["speaker"].is_string()) gq.speaker = q["speaker"].get<std::string>();
        if (q.contains("starts") && q["starts"].is_string()) gq.starts = q["starts"].get<std::string>();
        if (q.contains("via") && q["via"].is_string()) gq.via = q["via"].get<std::string>();
        g.quotes.push_back(gq);
      }
    }
    gold.articles.push_back(std::move(g));
  }
  return gold;
}

Result<GoldEvents> LoadGoldEvents(const std::string& path, const std::string& root_override) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open gold events file " + path);
  GoldEvents out;
  out.set.root = root_override.empty() ? fs::path(path).parent_path().string() : root_override;
  if (out.set.root.empty()) out.set.root = ".";
  std::set<std::string> keys;
  std::string line;
  int n = 0;
  auto str = [](const nlohmann::json& j, const char* k) {
    return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    std::string where = path + ":" + std::to_string(n) + ": ";
    if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument(where + "not a JSON object");
    GoldEvent e;
    e.line = n;
    e.article = str(j, "article");
    e.sentence = str(j, "sentence");
    e.code = str(j, "code");
    if (e.article.empty() || e.sentence.empty() || e.code.empty())
      return Status::InvalidArgument(where + "\"article\", \"sentence\" and \"code\" are required");
    if (std::string f = str(j, "field"); !f.empty()) {
      if (f != "text" && f != "title") return Status::InvalidArgument(where + "\"field\" must be text or title");
      e.field = f;
    }
    e.root = str(j, "root");
    if (e.root.empty()) e.root = e.code.substr(0, 2);
    if (e.code.size() < 2 || e.code.compare(0, 2, e.root) != 0)
      return Status::InvalidArgument(where + "\"root\" " + e.root + " does not start code " + e.code);
    e.actor1 = str(j, "actor1");
    e.actor2 = str(j, "actor2");
    e.actor1_code = str(j, "actor1_code");
    e.actor2_code = str(j, "actor2_code");
    if (std::string m = str(j, "mood"); !m.empty()) e.mood = m;
    if (keys.insert(e.article).second) out.set.articles.push_back({e.article, str(j, "story"), {}});
    out.events.push_back(std::move(e));
  }
  return out;
}

Result<std::map<std::string, Article>> AnalyzeGold(const GoldSet& gold) {
  PipelineOptions options;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) return pipeline.status();
  std::vector<std::string> files;
  std::set<std::string> seen;
  for (const auto& g : gold.articles) {
    std::string file = g.key.substr(0, g.key.find('#'));
    if (seen.insert(file).second) files.push_back((fs::path(gold.root) / file).string());
  }
  std::map<std::string, Article> out;
  ReadInputs(
      files, ReadOptions{},
      [&](RawDocument&& doc) {
        Result<Article> a = (*pipeline)->Run(doc);
        if (!a.ok()) {
          LogWarn(doc.origin.Display() + ": " + a.status().ToString());
          return;
        }
        out.emplace(RelativeKey(gold.root, doc.origin), std::move(*a));
      },
      [](const Origin& where, const Status& why) { LogWarn(where.Display() + ": " + why.ToString()); });
  return out;
}

}  // namespace dragoman::cli
