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

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <vector>

namespace dragoman::testing {

struct RunResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out, err;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// Starts the dragoman binary with `args`, stdout and stderr going to files in
// `dir`. Returns the child's pid.
inline pid_t StartDragoman(const std::vector<std::string>& args, const std::string& dir) {
  pid_t pid = fork();
  if (pid == 0) {
    int out = open((dir + "/.stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open((dir + "/.stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(out, 1);
    dup2(err, 2);
    int in = open("/dev/null", O_RDONLY);
    dup2(in, 0);
    std::vector<char*> argv;
    std::string bin = DRAGOMAN_BINARY;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

// Runs the dragoman binary to completion.
inline RunResult RunDragoman(const std::vector<std::string>& args, const std::string& dir) {
  pid_t pid = StartDragoman(args, dir);
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadAll(dir + "/.stdout");
  r.err = ReadAll(dir + "/.stderr");
  return r;
}

}  // namespace dragoman::testing
