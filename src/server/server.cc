#include "server/server.h"

#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "dragoman/json_output.h"
#include "dragoman/log.h"
#include "dragoman/pipeline.h"
#include "dragoman/reader.h"
#include "dragoman/store.h"
#include "dragoman/utf8.h"
#include "server/reader_pool.h"
#include "server/response_cache.h"


namespace dragoman {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

// Request metrics in Prometheus text format.
class Metrics {
 public:
  void Observe(const std::string& route, int status, double seconds) {
    std::lock_guard<std::mutex> lock(mu_);
    ++requests_[{route, status}];
    auto& h = latency_[route];
    for (size_t i = 0; i < kBuckets.size(); ++i)
      if (seconds <= kBuckets[i]) ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
  }
  void AddIngested(uint64_t n) { ingested_ += n; }
  void SetCache(const ResponseCache* cache) { cache_ = cache; }
  void SetQueue(int64_t n) { queue_ = n; }
  std::string Render() const {
    std::lock_guard<std::mutex> lock(mu_);
    std::ostringstream o;
    o << "# HELP dragoman_http_requests_total HTTP requests by route and status.\n"
         "# TYPE dragoman_http_requests_total counter\n";
    for (const auto& [k, n] : requests_)
      o << "dragoman_http_requests_total{route=\"" << k.first << "\",status=\"" << k.second << "\"} " << n << "\n";
    o << "# HELP dragoman_http_request_duration_seconds Request latency by route.\n"
         "# TYPE dragoman_http_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_) {
      for (size_t i = 0; i < kBuckets.size(); ++i)
        o << "dragoman_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kBuckets[i] << "\"} "
          << h.buckets[i] << "\n";
      o << "dragoman_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << h.count << "\n";
      o << "dragoman_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << "\n";
      o << "dragoman_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count << "\n";
    }
    o << "# HELP dragoman_articles_ingested_total Articles stored through POST /api/ingest.\n"
         "# TYPE dragoman_articles_ingested_total counter\n"
         "dragoman_articles_ingested_total "
      << ingested_.load() << "\n"
      << "# HELP dragoman_ingest_queue_length Ingest requests waiting for the writer.\n"
         "# TYPE dragoman_ingest_queue_length gauge\n"
         "dragoman_ingest_queue_length "
      << queue_.load() << "\n";
    if (cache_) {
      o << "# HELP dragoman_response_cache_hits_total GET API replies served from the response cache.\n"
           "# TYPE dragoman_response_cache_hits_total counter\n"
           "dragoman_response_cache_hits_total "
        << cache_->hits() << "\n"
        << "# HELP dragoman_response_cache_misses_total GET API replies computed from the store.\n"
           "# TYPE dragoman_response_cache_misses_total counter\n"
           "dragoman_response_cache_misses_total "
        << cache_->misses() << "\n"
        << "# HELP dragoman_response_cache_bytes Bytes held by the response cache.\n"
           "# TYPE dragoman_response_cache_bytes gauge\n"
           "dragoman_response_cache_bytes "
        << cache_->bytes() << "\n";
    }
    return o.str();
  }

 private:
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
  struct Histogram {
    std::array<uint64_t, 10> buckets{};
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::atomic<uint64_t> ingested_{0};
  std::atomic<int64_t> queue_{0};
  const ResponseCache* cache_ = nullptr;
};

json Error(const std::string& code, const std::string& message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

int HttpStatusFor(const Status& s) {
  switch (s.code()) {
    case Code::kInvalidArgument: return 400;
    case Code::kNotFound: return 404;
    case Code::kTooLarge: return 413;
    case Code::kUnsupported: return 415;
    case Code::kCorruption:
    case Code::kNoContent: return 422;
    default: return 500;
  }
}

json SummaryJson(const ArticleSummary& a) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  return {{"id", a.id},          {"title", opt(a.title)},     {"outlet", opt(a.outlet)},
          {"published", opt(a.published)}, {"url", opt(a.url)}, {"language", a.language},
          {"story", opt(a.story_id)}, {"duplicate_of", opt(a.duplicate_of)}, {"format", a.format}};
}

std::string Param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  httplib::Server http;
  Metrics metrics;
  std::mutex write_mu;
  std::unique_ptr<Pipeline> pipeline;  // guarded by write_mu
  std::unique_ptr<Store> writer;       // guarded by write_mu
  std::mutex map_mu;
  std::string world_map;  // cached GeoJSON

  int listen_fd = -1;                    // the listening socket, set while binding
  std::unique_ptr<ReaderPool> readers;   // set by Run()
  std::unique_ptr<ResponseCache> cache;  // set by Run()

  bool Authorized(const httplib::Request& req) const {
    if (options.token.empty()) return false;
    std::string want = "Bearer " + options.token;
    std::string got = req.get_header_value("Authorization");
    // Constant-time comparison.
    if (got.size() != want.size()) return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < got.size(); ++i) diff |= static_cast<unsigned char>(got[i] ^ want[i]);
    return diff == 0;
  }

  // JSON reply with an ETag (a hash of the body). Route() turns it into a
  // 304 when the client already has it, and keeps it in the response cache.
  static void Reply(const httplib::Request& req, httplib::Response& res, const json& body, int status = 200) {
    (void)req;
    std::string text = body.dump(-1, ' ', false, json::error_handler_t::replace);
    res.status = status;
    if (status == 200) {
      char etag[32];
      std::snprintf(etag, sizeof etag, "\"%016llx\"", static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
      res.set_header("ETag", etag);
      res.set_header("Cache-Control", "no-cache");
    }
    res.body = std::move(text);
    res.set_header("Content-Type", kJson);
  }

  // Sends a cached or computed 200 reply, or a 304 when the client's
  // If-None-Match names its ETag.
  static void SendCached(const httplib::Request& req, httplib::Response& res, const ResponseCache::Entry& e) {
    res.status = 200;
    res.set_header("ETag", e.etag);
    res.set_header("Cache-Control", "no-cache");
    if (req.get_header_value("If-None-Match") == e.etag) {
      res.status = 304;
      return;
    }
    res.set_content(e.body, kJson);
  }

  static void Fail(httplib::Response& res, int status, const std::string& code, const std::string& message) {
    res.status = status;
    res.set_content(Error(code, message).dump(-1, ' ', false, json::error_handler_t::replace), kJson);
  }

  static void Fail(httplib::Response& res, const Status& s) {
    Fail(res, HttpStatusFor(s), CodeName(s.code()), s.message());
  }

  // Wraps a handler: auth for reads when asked, the response cache, a store
  // borrowed from the pool, metrics, and a JSON 500 for anything unexpected.
  httplib::Server::Handler Route(const std::string& route,
                                 std::function<void(const httplib::Request&, httplib::Response&, Store&)> fn) {
    return [this, route, fn](const httplib::Request& req, httplib::Response& res) {
      auto t0 = std::chrono::steady_clock::now();
      if (options.protect_reads && !Authorized(req)) {
        Fail(res, 401, "unauthorized", "this server requires a bearer token for reads");
      } else {
        Serve(req, res, fn);
      }
      metrics.Observe(route, res.status,
                      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    };
  }

  // A reply being computed. Requests for the same target at the same
  // generation that arrive meanwhile wait for it instead of computing it again
  // (a burst of clients asking for the same new query costs one query).
  struct Flight {
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;                                  // guarded by mu
    std::shared_ptr<const ResponseCache::Entry> entry;  // guarded by mu; null: no cacheable reply
  };
  std::mutex flights_mu;
  std::map<std::pair<std::string, uint64_t>, std::shared_ptr<Flight>> flights;  // guarded by flights_mu

  void Serve(const httplib::Request& req, httplib::Response& res,
             const std::function<void(const httplib::Request&, httplib::Response&, Store&)>& fn) {
    // The generation is read before the store: a write committed while this
    // reply is computed leaves it under the older generation (a later miss),
    // never a stale reply under the newer one.
    std::optional<uint64_t> generation;
    if (options.cache_mib > 0) {
      auto v = readers->DataVersion();
      if (v.ok()) generation = *v;
    }
    std::shared_ptr<Flight> flight;
    bool leader = false;
    if (generation) {
      if (auto hit = cache->Get(req.target, *generation)) return SendCached(req, res, *hit);
      std::lock_guard<std::mutex> lock(flights_mu);
      auto& f = flights[{req.target, *generation}];
      if (!f) {
        f = std::make_shared<Flight>();
        leader = true;
      }
      flight = f;
    }
    if (flight && !leader) {
      std::unique_lock<std::mutex> lock(flight->mu);
      flight->cv.wait_for(lock, std::chrono::seconds(options.timeout_seconds), [&] { return flight->done; });
      if (flight->entry) {
        auto entry = flight->entry;
        lock.unlock();
        return SendCached(req, res, *entry);
      }
      // The first request failed or is still at it: compute this one here.
    }
    // The leader publishes what it computed (or nothing) on every way out.
    std::shared_ptr<const ResponseCache::Entry> published;
    struct Publish {
      Impl* self;
      const std::string& target;
      std::optional<uint64_t> generation;
      std::shared_ptr<Flight> flight;
      std::shared_ptr<const ResponseCache::Entry>* entry;
      ~Publish() {
        if (!flight) return;
        {
          std::lock_guard<std::mutex> lock(flight->mu);
          flight->done = true;
          flight->entry = *entry;
        }
        flight->cv.notify_all();
        std::lock_guard<std::mutex> lock(self->flights_mu);
        self->flights.erase({target, *generation});
      }
    } publish{this, req.target, generation, leader ? flight : nullptr, &published};
    {
      auto store = readers->Acquire();
      if (!store.ok()) return Fail(res, 503, "store unavailable", store.status().ToString());
      try {
        fn(req, res, **store);
      } catch (const std::exception& e) {
        return Fail(res, 500, "internal error", e.what());
      }
    }
    if (res.status != 200 || !res.has_header("ETag")) return;
    auto entry = std::make_shared<ResponseCache::Entry>();
    entry->etag = res.get_header_value("ETag");
    entry->body = std::move(res.body);
    res.body.clear();
    SendCached(req, res, *entry);
    if (generation) cache->Put(req.target, *generation, entry);
    published = std::move(entry);
  }

  void Setup();
  void Search(const httplib::Request&, httplib::Response&, Store&);
  void Entity(const httplib::Request&, httplib::Response&, Store&);
  void Ingest(const httplib::Request&, httplib::Response&);
  std::string WorldMap();
};

std::string Server::Impl::WorldMap() {
  std::lock_guard<std::mutex> lock(map_mu);
  if (!world_map.empty()) return world_map;
  // Country shapes from npm world-countries (fetched by scripts/setup.sh),
  // rounded to 0.1 degree: small enough for the dashboard's SVG map.
  fs::path dir = fs::path(DRAGOMAN_SOURCE_DIR) / ".deps/npm/world-countries/data";
  if (const char* home = std::getenv("DRAGOMAN_HOME"); home && *home) {
    fs::path alt = fs::path(home) / ".deps/npm/world-countries/data";
    if (fs::exists(alt)) dir = alt;
  }
  json features = json::array();
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().string().size() > 9 && e.path().string().ends_with(".geo.json")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::function<json(const json&)> round = [&](const json& v) -> json {
    if (v.is_number()) return std::round(v.get<double>() * 10.0) / 10.0;
    if (!v.is_array()) return v;
    json out = json::array();
    for (const auto& x : v) {
      json r = round(x);
      if (!out.empty() && r.is_array() && r.size() == 2 && r[0].is_number() && out.back() == r) continue;
      out.push_back(r);
    }
    return out;
  };
  for (const auto& f : files) {
    std::ifstream in(f);
    json j = json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.contains("features")) continue;
    for (auto& feat : j["features"]) {
      std::string code = f.filename().string().substr(0, 3);
      for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      features.push_back({{"type", "Feature"},
                          {"properties", {{"cca3", code}, {"cca2", feat["properties"].value("cca2", "")}}},
                          {"geometry", {{"type", feat["geometry"]["type"]}, {"coordinates", round(feat["geometry"]["coordinates"])}}}});
    }
  }
  world_map = json({{"type", "FeatureCollection"}, {"features", features}}).dump();
  return world_map;
}

void Server::Impl::Search(const httplib::Request& req, httplib::Response& res, Store& store) {
  SearchQuery q;
  q.text = Param(req, "q");
  q.plain = Param(req, "syntax") != "fts";
  q.language = Param(req, "lang");
  q.outlet = Param(req, "outlet");
  q.entity_id = Param(req, "entity");
  q.story_id = Param(req, "story");
  q.from = Param(req, "from");
  q.to = Param(req, "to");
  q.cursor = Param(req, "cursor");
  q.highlight_open = "<mark>";
  q.highlight_close = "</mark>";
  std::string limit = Param(req, "limit");
  if (!limit.empty()) {
    char* end = nullptr;
    long n = std::strtol(limit.c_str(), &end, 10);
    if (*end || n < 1 || n > 200) return Fail(res, 400, "invalid argument", "limit must be between 1 and 200");
    q.limit = static_cast<size_t>(n);
  }
  auto page = store.Search(q);
  if (!page.ok()) return Fail(res, page.status());
  json results = json::array();
  for (const auto& h : page->hits) {
    json r = SummaryJson(h.article);
    r["score"] = h.score;
    r["snippet"] = h.snippet;
    results.push_back(r);
  }
  // Facets over this page's results (languages and outlets at a glance).
  Reply(req, res, {{"results", results}, {"next", page->next_cursor.empty() ? json(nullptr) : json(page->next_cursor)}});
}

void Server::Impl::Entity(const httplib::Request& req, httplib::Response& res, Store& store) {
  std::string id = req.matches[1];
  auto entity = store.GetEntity(id);
  if (!entity.ok()) return Fail(res, entity.status());
  RowQuery rq;
  rq.entity_id = id;
  rq.limit = 5000;
  auto mentions = store.Mentions(rq);
  if (!mentions.ok()) return Fail(res, mentions.status());
  // Aliases seen, per language; mentions per month; co-occurring entities.
  std::map<std::string, std::map<std::string, int>> aliases;
  std::map<std::string, int> per_month;
  std::map<std::string, int> co;
  std::set<std::string> articles;
  for (const auto& m : *mentions) articles.insert(m.article_id);
  std::map<std::string, std::string> names;
  size_t scanned = 0;
  for (const auto& aid : articles) {
    if (++scanned > 500) break;
    auto a = store.GetArticle(aid);
    if (!a.ok()) continue;
    std::string month = a->published && a->published->date.size() >= 7 ? a->published->date.substr(0, 7) : "unknown";
    ++per_month[month];
    for (const auto& m : a->mentions)
      if (m.entity_id == id) ++aliases[a->language][m.text];
    for (const auto& e : a->entities)
      if (e.id != id) {
        ++co[e.id];
        names[e.id] = e.name;
      }
  }
  json alias_json = json::object();
  for (const auto& [lang, forms] : aliases) {
    json list = json::array();
    for (const auto& [form, n] : forms) list.push_back({{"text", form}, {"count", n}});
    alias_json[lang] = list;
  }
  std::vector<std::pair<int, std::string>> top;
  for (const auto& [eid, n] : co) top.push_back({-n, eid});
  std::sort(top.begin(), top.end());
  json co_json = json::array();
  for (size_t i = 0; i < top.size() && i < 25; ++i)
    co_json.push_back({{"id", top[i].second}, {"name", names[top[i].second]}, {"count", -top[i].first}});
  json months = json::array();
  for (const auto& [m, n] : per_month) months.push_back({{"month", m}, {"count", n}});
  RowQuery lim;
  lim.entity_id = id;
  lim.limit = 50;
  json quotes = json::array(), events = json::array();
  if (auto qs = store.Quotes(lim); qs.ok())
    for (const auto& q : *qs)
      quotes.push_back({{"article", q.article_id}, {"text", q.quote.text}, {"via", q.quote.via},
                        {"speaker", {{"id", q.quote.speaker.id}, {"name", q.quote.speaker.name},
                                     {"description", q.quote.speaker.description}}}});
  if (auto es = store.Events(lim); es.ok())
    for (const auto& e : *es)
      events.push_back({{"article", e.article_id}, {"code", e.event.code}, {"label", e.event.label},
                        {"actor1", e.event.actor1.name}, {"actor2", e.event.actor2.name}, {"date", e.event.date},
                        {"mood", e.event.mood}, {"place", e.event.place_name}});
  Reply(req, res,
        {{"id", entity->id}, {"name", entity->name}, {"type", entity->type},
         {"wikidata", entity->wikidata.empty() ? json(nullptr) : json(entity->wikidata)},
         {"articles", articles.size()}, {"mentions", mentions->size()}, {"aliases", alias_json},
         {"mentions_by_month", months}, {"cooccurring", co_json}, {"quotes", quotes}, {"events", events}});
}

void Server::Impl::Ingest(const httplib::Request& req, httplib::Response& res) {
  auto t0 = std::chrono::steady_clock::now();
  auto done = [&] {
    metrics.Observe("/api/ingest", res.status,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  };
  if (options.token.empty()) {
    Fail(res, 403, "forbidden", "writes are disabled: start the server with --token or DRAGOMAN_TOKEN");
    return done();
  }
  if (!Authorized(req)) {
    res.set_header("WWW-Authenticate", "Bearer");
    Fail(res, 401, "unauthorized", "a valid 'Authorization: Bearer TOKEN' header is required");
    return done();
  }
  if (req.body.empty()) {
    Fail(res, 400, "invalid argument", "empty body: send a document, JSONL, a feed or a WARC");
    return done();
  }
  metrics.SetQueue(1);
  std::lock_guard<std::mutex> lock(write_mu);
  metrics.SetQueue(0);
  if (!writer) {
    auto store = Store::Open(options.db);
    if (!store.ok()) {
      Fail(res, store.status());
      return done();
    }
    writer = std::move(*store);
    auto p = Pipeline::Create(PipelineOptions{});
    if (!p.ok()) {
      Fail(res, p.status());
      return done();
    }
    pipeline = std::move(*p);
  }
  // The readers sniff the format from the bytes: write them to a private file.
  fs::path tmp = fs::temp_directory_path() / ("dragoman-ingest-" + std::to_string(::getpid()) + "-" +
                                              std::to_string(reinterpret_cast<uintptr_t>(&req)));
  {
    std::ofstream out(tmp, std::ios::binary);
    out.write(req.body.data(), static_cast<std::streamsize>(req.body.size()));
  }
  std::vector<Article> batch;
  json errors = json::array();
  ReadInputs(
      {tmp.string()}, ReadOptions{},
      [&](RawDocument&& doc) {
        doc.origin.path = "upload";
        auto a = pipeline->Run(doc);
        if (!a.ok()) {
          errors.push_back({{"record", doc.origin.Display()}, {"reason", a.status().ToString()}});
          return;
        }
        batch.push_back(std::move(*a));
      },
      [&](const Origin& where, const Status& why) {
        std::string rec = where.record.empty() ? "upload" : "upload#" + where.record;
        errors.push_back({{"record", rec}, {"reason", why.ToString()}});
      });
  std::error_code ec;
  fs::remove(tmp, ec);
  auto put = writer->PutBatch(batch);
  if (!put.ok()) {
    Fail(res, put.status());
    return done();
  }
  metrics.AddIngested(put->inserted);
  json ids = json::array();
  for (const auto& a : batch) ids.push_back(a.id);
  res.status = errors.empty() ? 200 : (batch.empty() ? 422 : 207);
  res.set_content(json({{"articles", ids}, {"inserted", put->inserted}, {"unchanged", put->unchanged},
                        {"errors", errors}})
                      .dump(-1, ' ', false, json::error_handler_t::replace),
                  kJson);
  done();
}

void Server::Impl::Setup() {
  http.new_task_queue = [n = options.threads] { return new httplib::ThreadPool(static_cast<size_t>(n)); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.timeout_seconds, 0);
  http.set_write_timeout(options.timeout_seconds, 0);
  // An open connection holds an HTTP thread: after 1000 requests (or 5 s
  // idle) it is closed so that waiting connections get a turn.
  http.set_keep_alive_max_count(1000);
  // Replies go out in several writes (headers, then body): with Nagle's
  // algorithm the body waited for the client's delayed ACK, 40 ms on every
  // request.
  http.set_tcp_nodelay(true);
  // The listening socket, to widen its backlog once bound (see Run()).
  http.set_socket_options([this](socket_t sock) {
    httplib::default_socket_options(sock);
    listen_fd = sock;
  });

  http.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("{\"status\":\"ok\"}", kJson);
  });
  http.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(metrics.Render(), "text/plain; version=0.0.4");
  });
  http.Get("/api/openapi.yaml", [](const httplib::Request&, httplib::Response& res) {
    std::ifstream in(fs::path(DRAGOMAN_SOURCE_DIR) / "docs/openapi.yaml");
    std::stringstream ss;
    ss << in.rdbuf();
    res.set_content(ss.str(), "application/yaml");
  });
  http.Get("/api/search", Route("/api/search", [this](auto& req, auto& res, Store& s) { Search(req, res, s); }));
  http.Get(R"(/api/articles/([0-9A-Za-z:_-]{4,64}))", Route("/api/articles", [](auto& req, auto& res, Store& s) {
             auto id = s.ResolveId(req.matches[1]);
             if (!id.ok()) return Fail(res, id.status());
             auto a = s.GetArticle(*id);
             if (!a.ok()) return Fail(res, a.status());
             Reply(req, res, json::parse(ArticleToJson(*a)));
           }));
  http.Get("/api/stories", Route("/api/stories", [](auto& req, auto& res, Store& s) {
             // One page by a seek in the stories' order index; the languages
             // and outlets of each story come from its articles' indexed rows.
             StoryListQuery q;
             q.cursor = Param(req, "cursor");
             auto page = s.ListStories(q);
             if (!page.ok()) return Fail(res, page.status());
             json out = json::array();
             for (const auto& item : page->stories) {
               const StoryRecord& st = item.story;
               out.push_back({{"id", st.id}, {"title", st.title}, {"start", st.start}, {"end", st.end},
                              {"articles", st.article_ids}, {"languages", item.languages},
                              {"outlets", item.outlets}});
             }
             Reply(req, res, {{"results", out},
                              {"next", page->next_cursor.empty() ? json(nullptr) : json(page->next_cursor)}});
           }));
  http.Get(R"(/api/stories/(.{1,200}))", Route("/api/stories/{id}", [](auto& req, auto& res, Store& s) {
             std::string id = req.matches[1];
             // One story by id (not the whole list: a big store has tens of thousands).
             auto story = s.GetStory(id);
             if (!story.ok()) return Fail(res, story.status());
             {
               const StoryRecord& st = *story;
               json articles = json::array(), quotes = json::array(), events = json::array();
               std::map<std::string, int> entity_counts;
               std::map<std::string, std::string> names;
               for (const auto& aid : st.article_ids) {
                 auto a = s.GetArticle(aid);
                 if (!a.ok()) continue;
                 articles.push_back({{"id", a->id}, {"title", a->title ? json(*a->title) : json(nullptr)},
                                     {"language", a->language}, {"outlet", a->outlet ? json(*a->outlet) : json(nullptr)},
                                     {"published", a->published ? json(a->published->date) : json(nullptr)}});
                 for (const auto& q : a->quotes)
                   if (!q.fragment)
                     quotes.push_back({{"article", a->id}, {"text", q.text}, {"via", q.via},
                                       {"speaker", q.speaker.name.empty() ? q.speaker.description : q.speaker.name}});
                 for (const auto& e : a->events)
                   events.push_back({{"article", a->id}, {"date", e.date}, {"code", e.code}, {"label", e.label},
                                     {"actor1", e.actor1.name}, {"actor2", e.actor2.name}, {"mood", e.mood}});
                 for (const auto& e : a->entities) {
                   ++entity_counts[e.id];
                   names[e.id] = e.name;
                 }
               }
               std::sort(events.begin(), events.end(),
                         [](const json& x, const json& y) { return x["date"].get<std::string>() < y["date"].get<std::string>(); });
               json ents = json::array();
               std::vector<std::pair<int, std::string>> top;
               for (const auto& [eid, n] : entity_counts) top.push_back({-n, eid});
               std::sort(top.begin(), top.end());
               for (size_t i = 0; i < top.size() && i < 30; ++i)
                 ents.push_back({{"id", top[i].second}, {"name", names[top[i].second]}, {"count", -top[i].first}});
               return Reply(req, res, {{"id", st.id}, {"title", st.title}, {"start", st.start}, {"end", st.end},
                                       {"articles", articles}, {"quotes", quotes}, {"events", events},
                                       {"entities", ents}});
             }
           }));
  http.Get("/api/entities", Route("/api/entities", [](auto& req, auto& res, Store& s) {
             EntityQuery q;
             q.type = Param(req, "type");
             q.language = Param(req, "lang");
             if (!q.type.empty() && q.type != "PER" && q.type != "ORG" && q.type != "LOC" && q.type != "MISC")
               return Fail(res, 400, "invalid argument", "type must be PER, ORG, LOC or MISC");
             q.limit = 100;
             auto top = s.TopEntities(q);
             if (!top.ok()) return Fail(res, top.status());
             json out = json::array();
             for (const auto& e : *top)
               out.push_back({{"id", e.entity.id}, {"name", e.entity.name}, {"type", e.entity.type},
                              {"articles", e.articles}, {"mentions", e.mentions}});
             Reply(req, res, {{"results", out}, {"next", nullptr}});
           }));
  // Entity and story ids may hold "/" (kb:country/ua): the id is the rest of the path.
  http.Get(R"(/api/entities/(.{1,200}))",
           Route("/api/entities/{id}", [this](auto& req, auto& res, Store& s) { Entity(req, res, s); }));
  auto rows = [](auto& req, auto& res, Store& s, bool quotes) {
    RowQuery q;
    q.entity_id = Param(req, quotes ? "speaker" : "actor");
    q.limit = 200;
    json out = json::array();
    if (quotes) {
      auto r = s.Quotes(q);
      if (!r.ok()) return Fail(res, r.status());
      for (const auto& x : *r)
        out.push_back({{"article", x.article_id}, {"text", x.quote.text}, {"via", x.quote.via},
                       {"fragment", x.quote.fragment},
                       {"speaker", {{"id", x.quote.speaker.id}, {"name", x.quote.speaker.name},
                                    {"description", x.quote.speaker.description}}}});
    } else {
      std::string code = Param(req, "code");
      auto r = s.Events(q);
      if (!r.ok()) return Fail(res, r.status());
      for (const auto& x : *r) {
        if (!code.empty() && x.event.code.rfind(code, 0) != 0) continue;
        out.push_back({{"article", x.article_id}, {"code", x.event.code}, {"root", x.event.root},
                       {"label", x.event.label}, {"date", x.event.date}, {"mood", x.event.mood},
                       {"goldstein", x.event.goldstein},
                       {"actor1", {{"id", x.event.actor1.id}, {"name", x.event.actor1.name}, {"code", x.event.actor1.code}}},
                       {"actor2", {{"id", x.event.actor2.id}, {"name", x.event.actor2.name}, {"code", x.event.actor2.code}}},
                       {"place", {{"id", x.event.place_id}, {"name", x.event.place_name}, {"country", x.event.place_country}}}});
      }
    }
    Reply(req, res, {{"results", out}, {"next", nullptr}});
  };
  http.Get("/api/quotes", Route("/api/quotes", [rows](auto& req, auto& res, Store& s) { rows(req, res, s, true); }));
  http.Get("/api/events", Route("/api/events", [rows](auto& req, auto& res, Store& s) { rows(req, res, s, false); }));
  http.Get(R"(/api/timeline/(.{1,200}))", Route("/api/timeline", [](auto& req, auto& res, Store& s) {
             std::string id = req.matches[1];
             RowQuery q;
             q.entity_id = id;
             q.limit = 2000;
             auto mentions = s.Mentions(q);
             if (!mentions.ok()) return Fail(res, mentions.status());
             std::set<std::string> seen;
             json items = json::array();
             for (const auto& m : *mentions) {
               if (!seen.insert(m.article_id).second) continue;
               auto a = s.GetArticle(m.article_id);
               if (!a.ok()) continue;
               json evs = json::array();
               for (const auto& e : a->events)
                 if (e.actor1.id == id || e.actor2.id == id)
                   evs.push_back({{"date", e.date}, {"label", e.label}, {"actor1", e.actor1.name}, {"actor2", e.actor2.name},
                                  {"mood", e.mood}});
               items.push_back({{"article", a->id}, {"title", a->title ? json(*a->title) : json(nullptr)},
                                {"date", a->published ? json(a->published->date) : json(nullptr)}, {"events", evs}});
             }
             std::sort(items.begin(), items.end(), [](const json& x, const json& y) {
               return x["date"].dump() < y["date"].dump();
             });
             Reply(req, res, {{"entity", id}, {"results", items}});
           }));
  http.Get("/api/graph", Route("/api/graph", [](auto& req, auto& res, Store& s) {
             // Co-mention network of the most mentioned entities.
             EntityQuery q;
             q.limit = 60;
             auto top = s.TopEntities(q);
             if (!top.ok()) return Fail(res, top.status());
             std::set<std::string> keep;
             json nodes = json::array();
             for (const auto& e : *top) {
               keep.insert(e.entity.id);
               nodes.push_back({{"id", e.entity.id}, {"name", e.entity.name}, {"type", e.entity.type}, {"weight", e.articles}});
             }
             std::map<std::pair<std::string, std::string>, int> edges;
             ScanOptions so;
             int scanned = 0;
             Status st = s.ForEachArticle(so, [&](Article&& a) {
               std::vector<std::string> ids;
               for (const auto& e : a.entities)
                 if (keep.count(e.id)) ids.push_back(e.id);
               std::sort(ids.begin(), ids.end());
               for (size_t i = 0; i < ids.size(); ++i)
                 for (size_t j = i + 1; j < ids.size(); ++j) ++edges[{ids[i], ids[j]}];
               return ++scanned < 20000;
             });
             if (!st.ok()) return Fail(res, st);
             json links = json::array();
             for (const auto& [k, w] : edges) links.push_back({{"source", k.first}, {"target", k.second}, {"weight", w}});
             Reply(req, res, {{"nodes", nodes}, {"edges", links}});
           }));
  http.Get("/api/stats", Route("/api/stats", [](auto& req, auto& res, Store& s) {
             auto st = s.Stats();
             if (!st.ok()) return Fail(res, st.status());
             auto rows = [](const std::vector<CountRow>& v) {
               json out = json::array();
               for (const auto& r : v) out.push_back({{"key", r.key.empty() ? json(nullptr) : json(r.key)}, {"count", r.count}});
               return out;
             };
             json top = json::array();
             for (const auto& e : st->top_entities)
               top.push_back({{"id", e.entity.id}, {"name", e.entity.name}, {"type", e.entity.type}, {"articles", e.articles}});
             Reply(req, res, {{"articles", st->articles}, {"near_duplicates", st->near_duplicates},
                              {"entities", st->entities}, {"quotes", st->quotes}, {"events", st->events},
                              {"stories", st->stories}, {"languages", rows(st->by_language)},
                              {"outlets", rows(st->by_outlet)}, {"formats", rows(st->by_format)},
                              {"months", rows(st->by_month)}, {"top_entities", top}});
           }));
  http.Get("/api/map/world", [this](const httplib::Request& req, httplib::Response& res) {
    std::string map = WorldMap();
    res.set_header("Cache-Control", "max-age=86400");
    (void)req;
    res.set_content(map, "application/geo+json");
  });
  http.Post("/api/ingest", [this](const httplib::Request& req, httplib::Response& res) { Ingest(req, res); });

  // Static dashboard files: only regular files inside web_root, no traversal.
  http.Get(R"(/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
    std::string rel = req.matches[1];
    if (rel.empty()) rel = "index.html";
    if (rel.rfind("api/", 0) == 0) return Fail(res, 404, "not found", "no such endpoint: /" + rel);
    fs::path root = fs::weakly_canonical(options.web_root);
    fs::path file = fs::weakly_canonical(root / rel);
    auto [r_end, f_it] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
    std::error_code ec;
    if (r_end != root.end() || !fs::is_regular_file(file, ec)) {
      return Fail(res, 404, "not found", "no such file");
    }
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string ext = file.extension().string();
    const char* type = ext == ".html" ? "text/html; charset=utf-8"
                       : ext == ".js" ? "text/javascript; charset=utf-8"
                       : ext == ".css" ? "text/css; charset=utf-8"
                       : ext == ".svg" ? "image/svg+xml"
                       : ext == ".json" ? kJson
                                        : "application/octet-stream";
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content(ss.str(), type);
  });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) {
      std::string msg = res.status == 413 ? "request body too large" : "request failed";
      res.set_content(Error(std::to_string(res.status), msg).dump(), kJson);
    }
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    Fail(res, 500, "internal error", "unexpected failure");
  });
}

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  if (impl_->options.web_root.empty()) impl_->options.web_root = std::string(DRAGOMAN_SOURCE_DIR) + "/web";
}

Server::~Server() = default;

Status Server::Run(const std::function<void(int port)>& on_listening) {
  // The store must exist and be readable before we listen.
  {
    StoreOptions so;
    so.create_if_missing = false;
    auto s = Store::Open(impl_->options.db, so);
    if (!s.ok()) return s.status();
  }
  impl_->readers = std::make_unique<ReaderPool>(impl_->options.db, static_cast<size_t>(std::max(1, impl_->options.readers)),
                                                std::max(1, impl_->options.reader_cache_mib));
  impl_->cache = std::make_unique<ResponseCache>(static_cast<size_t>(std::max(0, impl_->options.cache_mib)) << 20);
  if (impl_->options.cache_mib > 0) impl_->metrics.SetCache(impl_->cache.get());
  impl_->Setup();
  int port = impl_->options.port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(impl_->options.bind);
    if (port < 0) return Status::IOError("cannot bind " + impl_->options.bind);
  } else if (!impl_->http.bind_to_port(impl_->options.bind, port)) {
    return Status::IOError("cannot listen on " + impl_->options.bind + ":" + std::to_string(port));
  }
  // cpp-httplib listens with a backlog of 5 (compiled into Debian's
  // library): a burst of new connections overflows it, the kernel drops the
  // handshakes' last ACKs and clients wait for retransmits (1, 3, 7 s). Listen
  // again on the same socket with the system's maximum.
  if (impl_->listen_fd >= 0) ::listen(impl_->listen_fd, SOMAXCONN);
  if (on_listening) on_listening(port);
  if (!impl_->http.listen_after_bind()) return Status::IOError("server stopped with an error");
  return Status::OK();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace dragoman
