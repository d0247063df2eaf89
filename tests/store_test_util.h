// Helpers for the store and CLI tests: temporary folders and articles.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

#include "core/article_id.h"
#include "dragoman/article.h"

namespace dragoman::testing {

// A fresh folder under the system temp dir, removed at destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "dragoman-test-XXXXXX").string();
    char* p = mkdtemp(tmpl.data());
    if (p) path_ = p;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// An article with an id derived from its content, as the pipeline makes them.
inline Article MakeArticle(const std::string& title, const std::string& text, const std::string& language = "en",
                           const std::string& outlet = "", const std::string& date = "") {
  Article a;
  a.title = title;
  a.text = text;
  a.language = language;
  a.language_confidence = 0.9;
  if (!outlet.empty()) a.outlet = outlet;
  if (!date.empty()) {
    std::string precision = date.size() == 10 ? "day" : date.size() == 7 ? "month" : "year";
    a.published = PublishedDate{date, precision, "test"};
  }
  a.source.path = "test/" + title + ".txt";
  a.source.format = "txt";
  a.id = ArticleId(a);
  return a;
}

}  // namespace dragoman::testing
