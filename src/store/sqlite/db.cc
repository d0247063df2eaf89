#include "store/sqlite/db.h"

#include <mutex>

namespace dragoman::sqlite {

Status Db::Open(const std::string& path, bool create, bool read_only) {
  // Once per process, before SQLite initializes: no memory statistics. With
  // them every allocation SQLite makes (FTS5 makes one per term and doclist
  // while indexing) takes a global mutex; nothing here reads them. When SQLite
  // was already initialized by someone else the call fails and changes nothing.
  static std::once_flag no_memstatus;
  std::call_once(no_memstatus, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  Close();
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  // One connection per thread: no SQLite-level mutex needed.
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    Close();
    if (rc == SQLITE_CANTOPEN) return Status::NotFound(path + ": cannot open store (" + msg + ")");
    return Status::IOError(path + ": " + msg);
  }
  sqlite3_extended_result_codes(db_, 1);
  return Status::OK();
}

void Db::Close() {
  if (db_) {
    sqlite3_close_v2(db_);
    db_ = nullptr;
  }
}

Status Db::Exec(const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    Code code = (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB ? Code::kCorruption : Code::kIOError;
    return Status(code, msg);
  }
  return Status::OK();
}

Result<Stmt> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr);
  if (rc != SQLITE_OK) return Error("prepare");
  return Stmt(s);
}

Status Db::Error(const std::string& what) const {
  int rc = sqlite3_extended_errcode(db_);
  std::string msg = what + ": " + sqlite3_errmsg(db_);
  switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(msg);
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return Status::IOError(msg);
    default:
      return Status::Internal(msg);
  }
}

Status Db::StepError(int rc, const std::string& what) const {
  (void)rc;
  return Error(what);
}

Result<int64_t> Db::QueryInt(const char* sql) {
  auto st = Prepare(sql);
  if (!st.ok()) return st.status();
  int rc = st->Step();
  if (rc == SQLITE_ROW) return st->Int(0);
  if (rc == SQLITE_DONE) return int64_t{0};
  return StepError(rc, sql);
}

Transaction::~Transaction() {
  if (open_) db_->Exec("ROLLBACK");
}

Status Transaction::Begin() {
  Status s = db_->Exec("BEGIN IMMEDIATE");
  if (s.ok()) open_ = true;
  return s;
}

Status Transaction::Commit() {
  Status s = db_->Exec("COMMIT");
  if (s.ok()) open_ = false;
  return s;
}

}  // namespace dragoman::sqlite
