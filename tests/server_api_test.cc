// API tests against the real `dragoman serve` process on a loopback port.
//
// The suite writes a few small articles, stores them with the real
// `dragoman ingest`, then starts `dragoman serve --port 0` as a child process,
// reads the chosen port from its stderr (a pipe) and talks to it with
// cpp-httplib's client, as any client would. Each test starts its own server
// and stops it (SIGTERM, then waitpid) at the end.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "dragoman/store.h"
#include "store_test_util.h"

extern char** environ;

namespace dragoman {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Percent-encodes everything but unreserved characters (RFC 3986).
std::string UrlEncode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// Runs a command to completion; returns its exit status (or -1).
int RunToEnd(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A `dragoman serve` child process. Start() returns once the server has
// printed its address; the destructor stops it.
class ServeProcess {
 public:
  ~ServeProcess() { Stop(); }

  bool Start(const std::vector<std::string>& extra) {
    log_.clear();  // a restarted server prints a new address
    std::vector<std::string> argv = {DRAGOMAN_BINARY, "serve", "--port", "0"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return false;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    int rc = posix_spawn(&pid_, args[0], &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (rc != 0) {
      close(fds[0]);
      pid_ = -1;
      return false;
    }
    fd_ = fds[0];
    // Read stderr until the "serving ... on http://ADDR:PORT/" line (15 s at most).
    static const std::regex kLine(R"(serving .* on http://([0-9.]+):([0-9]+)/)");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, 200) <= 0) continue;
      char buf[512];
      ssize_t n = read(fd_, buf, sizeof buf);
      if (n <= 0) break;  // the child exited
      log_.append(buf, static_cast<size_t>(n));
      std::smatch m;
      if (std::regex_search(log_, m, kLine)) {
        address_ = m[1];
        port_ = std::stoi(m[2]);
        // Keep draining stderr so the child never blocks on a full pipe.
        drain_ = std::thread([fd = fd_] {
          char b[512];
          while (read(fd, b, sizeof b) > 0) {
          }
        });
        return true;
      }
    }
    return false;
  }

  void Stop() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      // Wait up to 5 s for a clean exit, then SIGKILL.
      for (int i = 0; i < 50; ++i) {
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
          exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
          pid_ = -1;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        pid_ = -1;
      }
    }
    if (drain_.joinable()) drain_.join();
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }

  int port() const { return port_; }
  const std::string& address() const { return address_; }
  const std::string& log() const { return log_; }
  int exit_status() const { return exit_status_; }
  pid_t pid() const { return pid_; }

  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(5, 0);
    c.set_read_timeout(10, 0);
    return c;
  }

 private:
  pid_t pid_ = -1;
  int fd_ = -1;
  int port_ = 0;
  int exit_status_ = -2;
  std::string address_;
  std::string log_;
  std::thread drain_;
};

json Article(const std::string& id, const std::string& title, const std::string& text, const std::string& outlet,
             const std::string& published) {
  return {{"id", id},         {"title", title}, {"text", text},        {"clean", true},
          {"outlet", outlet}, {"language", "en"}, {"published", published}, {"url", "https://example.org/" + id}};
}

class ServerApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // A server that dies mid-request must fail the test, not kill the test binary.
    signal(SIGPIPE, SIG_IGN);
    dir_ = new fs::path(fs::temp_directory_path() / ("dragoman-api-test-" + std::to_string(getpid())));
    fs::create_directories(*dir_ / "web");
    // The dashboard folder, and a secret file beside it that must never be served.
    std::ofstream(*dir_ / "web/index.html") << "<!doctype html><title>dashboard-index</title>\n";
    std::ofstream(*dir_ / "secret.txt") << "TOP-SECRET-CONTENT\n";
    // Seven articles: all mention "harbour" (for paging), three share a story
    // about a Geneva ceasefire, one has a unique word.
    std::vector<json> docs = {
        Article("api-a1", "Ceasefire talks open in Geneva",
                "Delegations met in Geneva on Monday for ceasefire talks. The harbour city hosted the first round. "
                "Foreign ministers said the ceasefire talks in Geneva would resume on Tuesday.",
                "Alpine Post", "2025-03-03T09:00:00Z"),
        Article("api-a2", "Geneva ceasefire talks resume",
                "Ceasefire talks resumed in Geneva on Tuesday. Negotiators from both sides returned to the harbour "
                "hotel where the Geneva ceasefire talks began on Monday.",
                "Lake Herald", "2025-03-04T10:00:00Z"),
        Article("api-a3", "Geneva talks end without a ceasefire",
                "The Geneva ceasefire talks ended on Wednesday without an agreement. Delegations left the harbour "
                "city and said the ceasefire talks in Geneva might resume next month.",
                "Alpine Post", "2025-03-05T11:00:00Z"),
        Article("api-a4", "Fishing fleet returns to harbour",
                "The fishing fleet returned to the harbour on Friday after a week of storms. Fishermen said the "
                "catch of cod was poor this season.",
                "Coast Daily", "2025-01-10T08:00:00Z"),
        Article("api-a5", "New bridge over the harbour",
                "Engineers opened a new bridge over the harbour on Thursday. The bridge links the old town "
                "with the station and cost forty million euros.",
                "Coast Daily", "2025-02-13T08:00:00Z"),
        Article("api-a6", "Harbour festival draws crowds",
                "Thousands of visitors came to the harbour festival on Saturday to watch the tall ships and the "
                "fireworks. The quokkaflute orchestra played at midnight.",
                "Lake Herald", "2025-04-12T20:00:00Z"),
        Article("api-a7", "Harbour master retires",
                "The harbour master retired on Monday after thirty years. She said the harbour had changed "
                "more in the last five years than in the twenty before.",
                "Alpine Post", "2025-05-05T07:00:00Z"),
    };
    {
      std::ofstream out(*dir_ / "articles.jsonl");
      for (const auto& d : docs) out << d.dump() << "\n";
    }
    ingest_status_ = RunToEnd({DRAGOMAN_BINARY, "ingest", (*dir_ / "articles.jsonl").string(), "--db",
                               (*dir_ / "store.db").string()});
  }

  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(*dir_, ec);
    delete dir_;
    dir_ = nullptr;
  }

  void SetUp() override { ASSERT_EQ(ingest_status_, 0) << "dragoman ingest failed"; }

  // Starts a server on the shared store (or `db`), with the test web root.
  void Serve(std::vector<std::string> extra = {}, std::string db = "") {
    if (db.empty()) db = (*dir_ / "store.db").string();
    std::vector<std::string> args = {"--db", db, "--web", (*dir_ / "web").string(), "--threads", "4"};
    args.insert(args.end(), extra.begin(), extra.end());
    ASSERT_TRUE(server_.Start(args)) << "dragoman serve did not start; stderr:\n" << server_.log();
  }

  void TearDown() override { server_.Stop(); }

  // GET returning (status, parsed JSON body or null).
  std::pair<int, json> GetJson(const std::string& path) {
    auto c = server_.Client();
    auto r = c.Get(path.c_str());
    if (!r) return {-1, nullptr};
    return {r->status, json::parse(r->body, nullptr, false)};
  }

  static void ExpectJsonError(int status, const json& body, int want) {
    EXPECT_EQ(status, want);
    ASSERT_TRUE(body.is_object()) << "error body is not JSON";
    ASSERT_TRUE(body.contains("error"));
    EXPECT_TRUE(body["error"]["message"].is_string());
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
  }

  static fs::path* dir_;
  static int ingest_status_;
  ServeProcess server_;
};

fs::path* ServerApiTest::dir_ = nullptr;
int ServerApiTest::ingest_status_ = -1;

TEST_F(ServerApiTest, HealthzAndBindsLoopbackByDefault) {
  Serve();
  EXPECT_EQ(server_.address(), "127.0.0.1");
  auto [status, body] = GetJson("/healthz");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["status"], "ok");
  // The kernel's socket table: the listening socket is on 127.0.0.1 only.
  std::ifstream tcp("/proc/net/tcp");
  char want[16];
  std::snprintf(want, sizeof want, "0100007F:%04X", server_.port());
  char any[16];
  std::snprintf(any, sizeof any, "00000000:%04X", server_.port());
  bool loopback = false, wildcard = false;
  for (std::string line; std::getline(tcp, line);) {
    if (line.find(" 0A ") == std::string::npos) continue;  // LISTEN state
    if (line.find(want) != std::string::npos) loopback = true;
    if (line.find(any) != std::string::npos) wildcard = true;
  }
  EXPECT_TRUE(loopback) << "no LISTEN socket on 127.0.0.1:" << server_.port();
  EXPECT_FALSE(wildcard) << "listening on all interfaces";
}

TEST_F(ServerApiTest, SearchReturnsHighlightedSnippets) {
  Serve();
  auto [status, body] = GetJson("/api/search?q=quokkaflute");
  ASSERT_EQ(status, 200);
  ASSERT_EQ(body["results"].size(), 1u);
  const auto& hit = body["results"][0];
  EXPECT_EQ(hit["id"], "api-a6");
  EXPECT_EQ(hit["title"], "Harbour festival draws crowds");
  EXPECT_EQ(hit["outlet"], "Lake Herald");
  EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>quokkaflute</mark>"), std::string::npos) << hit["snippet"];
  EXPECT_TRUE(body["next"].is_null());
  // Filters narrow the results.
  auto [s2, by_outlet] = GetJson("/api/search?q=ceasefire&outlet=Alpine%20Post&limit=50");
  ASSERT_EQ(s2, 200);
  std::set<std::string> ids;
  for (const auto& r : by_outlet["results"]) ids.insert(r["id"]);
  EXPECT_EQ(ids, (std::set<std::string>{"api-a1", "api-a3"}));
  auto [s3, none] = GetJson("/api/search?q=nosuchwordanywhere");
  EXPECT_EQ(s3, 200);
  EXPECT_TRUE(none["results"].empty());
}

TEST_F(ServerApiTest, CursorPagingIsStableAndComplete) {
  Serve();
  auto [s_all, all] = GetJson("/api/search?q=harbour&limit=200");
  ASSERT_EQ(s_all, 200);
  std::vector<std::string> expected;
  for (const auto& r : all["results"]) expected.push_back(r["id"]);
  ASSERT_EQ(expected.size(), 7u);
  std::vector<std::string> paged;
  std::string cursor;
  for (int page = 0; page < 20; ++page) {
    std::string path = "/api/search?q=harbour&limit=2" + (cursor.empty() ? "" : "&cursor=" + UrlEncode(cursor));
    auto [s, body] = GetJson(path);
    ASSERT_EQ(s, 200) << path;
    ASSERT_LE(body["results"].size(), 2u);
    for (const auto& r : body["results"]) paged.push_back(r["id"]);
    // The same request gives the same page.
    auto [s_again, again] = GetJson(path);
    EXPECT_EQ(again, body) << "page not stable: " << path;
    if (body["next"].is_null()) break;
    cursor = body["next"].get<std::string>();
  }
  EXPECT_EQ(paged, expected);
  EXPECT_EQ(std::set<std::string>(paged.begin(), paged.end()).size(), paged.size()) << "an article on two pages";
}

TEST_F(ServerApiTest, MalformedInputIsA400WithJsonNeverA500) {
  Serve();
  auto [s1, b1] = GetJson("/api/search?q=%22unclosed&syntax=fts");
  ExpectJsonError(s1, b1, 400);
  auto [s2, b2] = GetJson("/api/search?q=harbour&limit=abc");
  ExpectJsonError(s2, b2, 400);
  auto [s3, b3] = GetJson("/api/search?q=harbour&limit=0");
  ExpectJsonError(s3, b3, 400);
  auto [s4, b4] = GetJson("/api/entities?type=DINOSAUR");
  ExpectJsonError(s4, b4, 400);
  // Odd input of every kind: a client error or a result, never a server error.
  for (const char* path :
       {"/api/search?q=AND%20OR%20NOT&syntax=fts", "/api/search?q=NEAR(&syntax=fts", "/api/search?q=*&syntax=fts",
        "/api/search?q=%28%28%28&syntax=fts", "/api/search?q=harbour&cursor=garbage%00%ff",
        "/api/search?q=harbour&from=2025-13-99&to=yesterday", "/api/search?q=%ff%fe%fd",
        "/api/search?q=harbour&limit=99999999999999999999", "/api/stories?cursor=o:99999999999",
        "/api/stories/%ff%00", "/api/timeline/nobody", "/api/entities/nobody"}) {
    auto c = server_.Client();
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_LT(r->status, 500) << path << " -> " << r->body;
    EXPECT_FALSE(json::parse(r->body, nullptr, false).is_discarded()) << path << " body is not JSON: " << r->body;
  }
}

TEST_F(ServerApiTest, ArticleRoundTripAndUnknownIdIs404) {
  Serve();
  auto [s, a] = GetJson("/api/articles/api-a4");
  ASSERT_EQ(s, 200);
  EXPECT_EQ(a["id"], "api-a4");
  EXPECT_EQ(a["title"], "Fishing fleet returns to harbour");
  EXPECT_NE(a["text"].get<std::string>().find("catch of cod was poor"), std::string::npos);
  EXPECT_EQ(a["language"], "en");
  EXPECT_EQ(a["outlet"], "Coast Daily");
  auto [s404, e404] = GetJson("/api/articles/no-such-article-id");
  ExpectJsonError(s404, e404, 404);
  auto [s_bad, e_bad] = GetJson("/api/no-such-endpoint");
  ExpectJsonError(s_bad, e_bad, 404);
}

TEST_F(ServerApiTest, StatsEntitiesAndStoriesHaveTheirShapes) {
  Serve();
  auto [s, st] = GetJson("/api/stats");
  ASSERT_EQ(s, 200);
  EXPECT_EQ(st["articles"], 7);
  ASSERT_TRUE(st["languages"].is_array());
  ASSERT_FALSE(st["languages"].empty());
  EXPECT_EQ(st["languages"][0]["key"], "en");
  EXPECT_EQ(st["languages"][0]["count"], 7);
  EXPECT_TRUE(st["outlets"].is_array());
  EXPECT_EQ(st["outlets"].size(), 3u);

  auto [se, ents] = GetJson("/api/entities");
  ASSERT_EQ(se, 200);
  ASSERT_TRUE(ents["results"].is_array());
  EXPECT_TRUE(ents.contains("next"));
  for (const auto& e : ents["results"]) {
    EXPECT_TRUE(e["id"].is_string());
    EXPECT_TRUE(e["name"].is_string());
    EXPECT_TRUE(e["type"].is_string());
    EXPECT_GE(e["articles"].get<int>(), 1);
    EXPECT_GE(e["mentions"].get<int>(), e["articles"].get<int>());
  }

  auto [ss, stories] = GetJson("/api/stories");
  ASSERT_EQ(ss, 200);
  ASSERT_TRUE(stories["results"].is_array());
  EXPECT_TRUE(stories.contains("next"));
  EXPECT_EQ(stories["results"].size(), st["stories"].get<size_t>()) << stories.dump();
  std::set<std::string> in_stories;
  for (const auto& story : stories["results"]) {
    ASSERT_TRUE(story["id"].is_string());
    ASSERT_TRUE(story["articles"].is_array());
    EXPECT_FALSE(story["articles"].empty());
    EXPECT_TRUE(story["languages"].is_array());
    EXPECT_TRUE(story["outlets"].is_array());
    for (const auto& id : story["articles"]) in_stories.insert(id);
    auto [sd, detail] = GetJson("/api/stories/" + story["id"].get<std::string>());
    ASSERT_EQ(sd, 200);
    EXPECT_EQ(detail["id"], story["id"]);
    EXPECT_EQ(detail["articles"].size(), story["articles"].size());
    EXPECT_TRUE(detail["quotes"].is_array());
    EXPECT_TRUE(detail["events"].is_array());
    EXPECT_TRUE(detail["entities"].is_array());
  }
  // The story filter of search agrees with the story's article list.
  if (!stories["results"].empty()) {
    const auto& story = stories["results"][0];
    auto [sf, filtered] = GetJson("/api/search?story=" + UrlEncode(story["id"].get<std::string>()) +
                                  "&limit=200");
    ASSERT_EQ(sf, 200);
    EXPECT_EQ(filtered["results"].size(), story["articles"].size());
  }
  auto [s404, e404] = GetJson("/api/stories/no-such-story");
  ExpectJsonError(s404, e404, 404);
}

TEST_F(ServerApiTest, EtagGivesNotModified) {
  Serve();
  auto c = server_.Client();
  for (const char* path : {"/api/stats", "/api/search?q=harbour", "/api/articles/api-a1"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << path;
    std::string etag = r->get_header_value("ETag");
    ASSERT_FALSE(etag.empty()) << path;
    auto again = c.Get(path, {{"If-None-Match", etag}});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 304) << path;
    EXPECT_TRUE(again->body.empty());
    auto stale = c.Get(path, {{"If-None-Match", "\"0000000000000000\""}});
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->status, 200) << path;
    EXPECT_EQ(stale->body, r->body);
  }
}

TEST_F(ServerApiTest, IngestNeedsTheTokenAndMakesTheArticleSearchable) {
  // A private copy of the store: this test writes.
  fs::path db = *dir_ / "ingest.db";
  fs::copy_file(*dir_ / "store.db", db, fs::copy_options::overwrite_existing);
  Serve({"--token", "s3cret-token"}, db.string());
  auto c = server_.Client();
  std::string doc = Article("api-new", "Zeppelin lands at the harbour",
                            "A zeppelin named Wanderfalke landed at the harbour on Sunday, the first in fifty years.",
                            "Coast Daily", "2025-06-01T12:00:00Z")
                        .dump() +
                    "\n";
  auto none = c.Post("/api/ingest", doc, "application/x-ndjson");
  ASSERT_TRUE(none);
  ExpectJsonError(none->status, json::parse(none->body, nullptr, false), 401);
  auto wrong = c.Post("/api/ingest", {{"Authorization", "Bearer wrong-token!"}}, doc, "application/x-ndjson");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  auto [s_before, before] = GetJson("/api/search?q=wanderfalke");
  EXPECT_TRUE(before["results"].empty());

  auto ok = c.Post("/api/ingest", {{"Authorization", "Bearer s3cret-token"}}, doc, "application/x-ndjson");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->status, 200) << ok->body;
  json reply = json::parse(ok->body);
  EXPECT_EQ(reply["inserted"], 1);
  EXPECT_EQ(reply["articles"], json::array({"api-new"}));
  auto [s_after, after] = GetJson("/api/search?q=wanderfalke");
  ASSERT_EQ(s_after, 200);
  ASSERT_EQ(after["results"].size(), 1u);
  EXPECT_EQ(after["results"][0]["id"], "api-new");

  auto empty = c.Post("/api/ingest", {{"Authorization", "Bearer s3cret-token"}}, "", "application/x-ndjson");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 400);

  // The metrics count the write.
  auto m = c.Get("/metrics");
  ASSERT_TRUE(m);
  EXPECT_NE(m->body.find("dragoman_articles_ingested_total 1"), std::string::npos) << m->body;
  EXPECT_NE(m->body.find("dragoman_http_requests_total{route=\"/api/ingest\",status=\"401\"} 2"), std::string::npos)
      << m->body;
}

TEST_F(ServerApiTest, WritesAreRefusedWithoutAServerToken) {
  Serve();
  auto c = server_.Client();
  auto r = c.Post("/api/ingest", {{"Authorization", "Bearer anything"}}, "{\"text\":\"x\"}\n", "application/x-ndjson");
  ASSERT_TRUE(r);
  ExpectJsonError(r->status, json::parse(r->body, nullptr, false), 403);
}

TEST_F(ServerApiTest, OversizeBodyIs413) {
  Serve({"--token", "tok", "--max-body", "100000"});
  auto c = server_.Client();
  std::string big(300000, 'x');
  auto r = c.Post("/api/ingest", {{"Authorization", "Bearer tok"}}, big, "text/plain");
  ASSERT_TRUE(r);
  ExpectJsonError(r->status, json::parse(r->body, nullptr, false), 413);
  // The server is still up.
  auto h = c.Get("/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
}

TEST_F(ServerApiTest, NoPathTraversalInStaticFiles) {
  Serve();
  auto c = server_.Client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("dashboard-index"), std::string::npos);
  for (const char* path :
       {"/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/web/../secret.txt", "/web/../../secret.txt",
        "/./../secret.txt", "/index.html/../../secret.txt", "/....//secret.txt", "/%252e%252e/secret.txt",
        "//etc/passwd", "/web/../CMakeLists.txt", "/../CMakeLists.txt"}) {
    auto r = c.Get(path);
    if (!r) continue;  // the client refused to send it: nothing served
    EXPECT_GE(r->status, 400) << path;
    EXPECT_LT(r->status, 500) << path;
    EXPECT_EQ(r->body.find("TOP-SECRET"), std::string::npos) << path;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
    EXPECT_EQ(r->body.find("cmake_minimum_required"), std::string::npos) << path;
  }
  auto r = c.Get("/../secret.txt");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
}

TEST_F(ServerApiTest, MetricsCountRequests) {
  Serve();
  auto c = server_.Client();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(c.Get("/api/search?q=harbour"));
  ASSERT_TRUE(c.Get("/api/search?q=harbour&limit=abc"));
  auto m = c.Get("/metrics");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->status, 200);
  EXPECT_NE(m->body.find("# TYPE dragoman_http_requests_total counter"), std::string::npos);
  EXPECT_NE(m->body.find("dragoman_http_requests_total{route=\"/api/search\",status=\"200\"} 3"), std::string::npos)
      << m->body;
  EXPECT_NE(m->body.find("dragoman_http_requests_total{route=\"/api/search\",status=\"400\"} 1"), std::string::npos)
      << m->body;
  EXPECT_NE(m->body.find("dragoman_http_request_duration_seconds_count{route=\"/api/search\"} 4"), std::string::npos)
      << m->body;
}

TEST_F(ServerApiTest, StoriesListPagesByCursorInTheStoresOrder) {
  // A store of its own with 120 stories (1 to 3 articles each), written
  // through the Store API.
  fs::path db = *dir_ / "stories.db";
  fs::remove(db);
  std::vector<StoryRecord> all;
  {
    auto store = Store::Open(db.string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<dragoman::Article> batch;
    for (int i = 0; i < 240; ++i)
      batch.push_back(testing::MakeArticle("Item " + std::to_string(i), "Body " + std::to_string(i),
                                           i % 3 ? "en" : "de", "Outlet " + std::to_string(i % 4)));
    ASSERT_TRUE((*store)->PutBatch(batch).ok());
    std::vector<StoryRecord> stories;
    size_t next = 0;
    for (int s = 0; s < 120; ++s) {
      StoryRecord r{"st-" + std::to_string((s * 7) % 120), "Story " + std::to_string(s), "2025-01-01", "2025-01-02", {}};
      for (int k = 0; k <= s % 3; ++k) r.article_ids.push_back(batch[next++].id);
      stories.push_back(r);
    }
    ASSERT_TRUE((*store)->ReplaceStories(stories).ok());
    auto listed = (*store)->Stories(1000);
    ASSERT_TRUE(listed.ok());
    all = *listed;
  }
  ASSERT_EQ(all.size(), 120u);
  Serve({}, db.string());
  std::vector<json> paged;
  std::string cursor;
  int pages = 0;
  for (;;) {
    std::string path = "/api/stories" + (cursor.empty() ? "" : "?cursor=" + UrlEncode(cursor));
    auto [s, body] = GetJson(path);
    ASSERT_EQ(s, 200) << path;
    ASSERT_LE(body["results"].size(), 50u);
    for (const auto& r : body["results"]) paged.push_back(r);
    ++pages;
    if (body["next"].is_null()) break;
    cursor = body["next"].get<std::string>();
    ASSERT_LT(pages, 10);
  }
  EXPECT_EQ(pages, 3);
  ASSERT_EQ(paged.size(), all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(paged[i]["id"], all[i].id) << i;
    EXPECT_EQ(paged[i]["title"], all[i].title);
    EXPECT_EQ(paged[i]["start"], "2025-01-01");
    EXPECT_EQ(paged[i]["articles"], json(all[i].article_ids));
    EXPECT_TRUE(paged[i]["languages"].is_array());
    EXPECT_FALSE(paged[i]["outlets"].empty());
  }
  auto [s_bad, bad] = GetJson("/api/stories?cursor=not-a-cursor");
  ExpectJsonError(s_bad, bad, 400);
}

TEST_F(ServerApiTest, CachedRepliesFollowWritesOfOtherProcesses) {
  for (const char* cache : {"64", "0"}) {
    SCOPED_TRACE(std::string("--cache-mib ") + cache);
    // A fresh copy per run (a file of its own: the last run's WAL stays beside its copy).
    fs::path db = *dir_ / (std::string("external-writes-") + cache + ".db");
    fs::copy_file(*dir_ / "store.db", db, fs::copy_options::overwrite_existing);
    Serve({"--cache-mib", cache}, db.string());
    auto [s1, before] = GetJson("/api/stats");
    ASSERT_EQ(s1, 200);
    EXPECT_EQ(before["articles"], 7);
    auto [s2, again] = GetJson("/api/stats");
    EXPECT_EQ(again, before);
    auto [s3, none] = GetJson("/api/search?q=gondolier");
    EXPECT_TRUE(none["results"].empty());
    {
      // Another connection writes (as a separate `dragoman ingest` would).
      auto store = Store::Open(db.string());
      ASSERT_TRUE(store.ok());
      ASSERT_TRUE((*store)->PutBatch({testing::MakeArticle("Gondolier strike", "The gondolier union went on strike.",
                                                           "en", "Lake Herald", "2025-06-02")})
                      .ok());
    }
    auto [s4, after] = GetJson("/api/stats");
    ASSERT_EQ(s4, 200);
    EXPECT_EQ(after["articles"], 8);
    auto [s5, found] = GetJson("/api/search?q=gondolier");
    ASSERT_EQ(s5, 200);
    EXPECT_EQ(found["results"].size(), 1u);
    auto c = server_.Client();
    auto m = c.Get("/metrics");
    ASSERT_TRUE(m);
    if (std::string(cache) == "0") {
      EXPECT_EQ(m->body.find("dragoman_response_cache_hits_total"), std::string::npos);
    } else {
      // The second /api/stats came from the cache; the writes made misses.
      EXPECT_NE(m->body.find("dragoman_response_cache_hits_total 1\n"), std::string::npos) << m->body;
      EXPECT_NE(m->body.find("dragoman_response_cache_misses_total 4\n"), std::string::npos) << m->body;
    }
    server_.Stop();
  }
}

TEST_F(ServerApiTest, StopsCleanlyOnSigterm) {
  Serve();
  auto c = server_.Client();
  ASSERT_TRUE(c.Get("/healthz"));
  server_.Stop();
  EXPECT_EQ(server_.exit_status(), 0) << "serve did not exit 0 on SIGTERM";
}

}  // namespace
}  // namespace dragoman
