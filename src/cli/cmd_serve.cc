// dragoman serve: the HTTP API and the dashboard.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/command.h"
#include "dragoman/log.h"
#include "server/server.h"

namespace dragoman::cli {
namespace {

Server* g_server = nullptr;

void OnSignal(int) {
  if (g_server) g_server->Stop();
}

int RunServe(const Args& args) {
  ServerOptions o;
  o.db = args.Get("db");
  o.bind = args.Get("bind");
  long long port = 0;
  if (!args.GetInt("port", &port) || port < 0 || port > 65535) {
    LogError("serve: --port must be a number from 0 to 65535");
    return kExitUsage;
  }
  o.port = static_cast<int>(port);
  o.token = args.Get("token");
  if (o.token.empty())
    if (const char* t = std::getenv("DRAGOMAN_TOKEN")) o.token = t;
  o.protect_reads = args.Has("protect-reads");
  if (o.protect_reads && o.token.empty()) {
    LogError("serve: --protect-reads needs a token (--token or DRAGOMAN_TOKEN)");
    return kExitUsage;
  }
  o.web_root = args.Get("web");
  // Positive integer flags: --threads, --readers, --cache-mib (0 allowed).
  auto int_flag = [&](const char* name, long long lo, long long hi, int* out) {
    if (!args.Has(name)) return true;
    long long v = 0;
    if (!args.GetInt(name, &v) || v < lo || v > hi) {
      LogError(std::string("serve: --") + name + " must be " + std::to_string(lo) + ".." + std::to_string(hi));
      return false;
    }
    *out = static_cast<int>(v);
    return true;
  };
  if (!int_flag("threads", 1, 4096, &o.threads) || !int_flag("readers", 1, 64, &o.readers) ||
      !int_flag("cache-mib", 0, 65536, &o.cache_mib) || !int_flag("reader-cache-mib", 1, 4096, &o.reader_cache_mib))
    return kExitUsage;
  if (args.Has("max-body")) {
    long long max_body = 0;
    if (!args.GetInt("max-body", &max_body) || max_body < 1) {
      LogError("serve: --max-body must be a positive number of bytes");
      return kExitUsage;
    }
    o.max_body_bytes = static_cast<size_t>(max_body);
  }
  Server server(o);
  g_server = &server;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  Status s = server.Run([&](int p) {
    std::fprintf(stderr, "dragoman: serving %s on http://%s:%d/ (writes %s)\n", o.db.c_str(), o.bind.c_str(), p,
                 o.token.empty() ? "disabled: no token" : "need the bearer token");
    std::fflush(stderr);
  });
  g_server = nullptr;
  if (!s.ok()) {
    LogError(s.ToString());
    return kExitFatal;
  }
  return kExitOk;
}

Registrar reg({
    "serve",
    "serve the HTTP API and the web dashboard",
    "--db FILE [--port 8080] [--bind 127.0.0.1] [--token TOKEN]",
    "Serves the JSON API (docs/openapi.yaml, also at /api/openapi.yaml) and the dashboard\n"
    "over one store. Reads are open unless --protect-reads; POST /api/ingest needs\n"
    "'Authorization: Bearer TOKEN' with the token from --token or DRAGOMAN_TOKEN (without one,\n"
    "writes are refused). Listens on 127.0.0.1 unless --bind says otherwise. /healthz and\n"
    "/metrics (Prometheus text) are always open. --port 0 picks a free port.",
    {DbFlag(), {"port", "PORT", "TCP port", "8080", false}, {"bind", "ADDR", "address to listen on", "127.0.0.1", false},
     {"token", "TOKEN", "bearer token for writes (or DRAGOMAN_TOKEN)", "", false},
     {"protect-reads", "", "require the token for reads too", "", false},
     {"web", "DIR", "dashboard folder (default: the source tree's web/)", "", false},
     {"threads", "N", "HTTP threads: connections served at once (keep-alive)", "256", false},
     {"readers", "N", "read-only store connections shared by the requests", "4", false},
     {"reader-cache-mib", "MIB", "SQLite page cache of each reader", "16", false},
     {"cache-mib", "MIB", "response cache for GET API replies (0: off)", "64", false},
     {"max-body", "BYTES", "largest request body accepted (larger: 413)", "67108864", false}},
    0,
    RunServe,
});

}  // namespace
}  // namespace dragoman::cli
