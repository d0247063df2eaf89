// dragoman serve: the HTTP JSON API and the web dashboard over one store.
//
// Connections: each open connection is served by one of `threads` HTTP
// threads for as long as it stays open (cpp-httplib's model), so `threads`
// bounds the keep-alive connections served at once; an idle one gives its
// thread back after 5 s or 1000 requests. Store reads go through a pool of
// `readers` read-only Store handles (SQLite in WAL mode: readers never block
// the writer), borrowed for the duration of one request: the number of
// SQLite connections and page caches stays fixed however many clients come.
// Replies to GET API requests are kept in a response cache keyed by the
// request target and the store's data version: any committed write (this
// server's POST /api/ingest or another process) invalidates them all.
// Writes (POST /api/ingest) need the bearer token and go through one writer,
// one request at a time. Every error is a JSON body {"error": {"code",
// "message"}} with a 4xx status for bad input; nothing a client sends causes
// a 500.
//
// Thread-safety: Run() blocks; Stop() may be called from another thread.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>

#include "dragoman/status.h"

namespace dragoman {

struct ServerOptions {
  std::string db;                    // store URI (a SQLite file)
  std::string bind = "127.0.0.1";    // address to listen on. Default: loopback only
  int port = 8080;                   // 0 picks a free port. Default: 8080
  std::string token;                 // bearer token for writes; empty: writes refused
  bool protect_reads = false;        // require the token for reads too. Default: false
  std::string web_root;              // dashboard files. Default: <source>/web
  size_t max_body_bytes = 64u << 20; // largest request body. Default: 64 MiB
  int threads = 256;                 // HTTP threads (= connections served at once). Default: 256
  int readers = 4;                   // pooled read-only store handles. Default: 4
  int reader_cache_mib = 16;         // SQLite page cache per reader, MiB. Default: 16
  int cache_mib = 64;                // response cache, MiB; 0 turns it off. Default: 64
  int timeout_seconds = 10;          // read/write timeout per request. Default: 10
};

class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  // Listens and serves until Stop(). Prints nothing; `on_listening(port)` is
  // called once the socket is bound.
  Status Run(const std::function<void(int port)>& on_listening);
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dragoman
