// A thin RAII layer over the SQLite C API, private to the SQLite backend.
// Every statement is prepared once and bound with values: no SQL is ever built
// from user input.
//
// Thread-safety: none; one Db (and its statements) per thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dragoman/status.h"

namespace dragoman::sqlite {

// A prepared statement. Reset() before rebinding; the object owns the handle.
class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3_stmt* s) : s_(s) {}  // NOLINT
  Stmt(Stmt&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept {
    if (this != &o) {
      if (s_) sqlite3_finalize(s_);
      s_ = o.s_;
      o.s_ = nullptr;
    }
    return *this;
  }
  ~Stmt() {
    if (s_) sqlite3_finalize(s_);
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool valid() const { return s_ != nullptr; }
  sqlite3_stmt* get() const { return s_; }

  // Clears bindings and rewinds.
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  // Parameters are 1-based, as in SQLite.
  void Bind(int i, std::string_view v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  void BindStatic(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::optional<std::string>& v) {
    if (v) Bind(i, *v);
    else BindNull(i);
  }
  // Binds NULL for an empty string (an absent filter).
  void BindOrNull(int i, const std::string& v) {
    if (v.empty()) BindNull(i);
    else Bind(i, v);
  }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(s_, i); }
  void BindBlob(int i, std::string_view v) {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(s_); }

  int64_t Int(int col) const { return sqlite3_column_int64(s_, col); }
  double Double(int col) const { return sqlite3_column_double(s_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(s_, col);
    int n = sqlite3_column_bytes(s_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
  }
  std::string Blob(int col) const {
    const void* p = sqlite3_column_blob(s_, col);
    int n = sqlite3_column_bytes(s_, col);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
  }
  std::optional<std::string> OptText(int col) const {
    if (IsNull(col)) return std::nullopt;
    return Text(col);
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

// An open database connection.
class Db {
 public:
  Db() = default;
  ~Db() { Close(); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens (and with `create`, creates) the file. `read_only` opens without write access.
  Status Open(const std::string& path, bool create, bool read_only);
  void Close();
  sqlite3* get() const { return db_; }

  // Runs one or more statements that take no parameters (schema scripts, pragmas).
  Status Exec(const char* sql);
  Result<Stmt> Prepare(std::string_view sql);
  // The last error of this connection, with `what` in front.
  Status Error(const std::string& what) const;
  // Status for a failed step of `stmt` (rc as returned by Step()).
  Status StepError(int rc, const std::string& what) const;

  // One integer from a query with no parameters ("PRAGMA user_version").
  Result<int64_t> QueryInt(const char* sql);

 private:
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when it goes out of scope uncommitted.
class Transaction {
 public:
  explicit Transaction(Db* db) : db_(db) {}
  ~Transaction();
  Status Begin();
  Status Commit();

 private:
  Db* db_;
  bool open_ = false;
};

}  // namespace dragoman::sqlite
