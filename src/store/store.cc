// Store::Open: chooses the backend from the URI.
#include "dragoman/store.h"

#include "store/sqlite/schema.h"
#include "store/sqlite/sqlite_store.h"

namespace dragoman {

int LatestStoreSchemaVersion() { return sqlite::Migrations().back().version; }

Result<std::unique_ptr<Store>> Store::Open(const std::string& uri, const StoreOptions& options) {
  if (uri.empty()) return Status::InvalidArgument("no store given (--db FILE)");
  if (uri.rfind("postgres://", 0) == 0 || uri.rfind("postgresql://", 0) == 0) {
    return Status::Unsupported(uri.substr(0, uri.find(':')) +
                               ": the PostgreSQL backend is not built yet; use a SQLite file (--db FILE.db)");
  }
  std::string path = uri;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  else if (path.rfind("file:", 0) == 0) path = path.substr(5);
  if (path.rfind("//", 0) == 0) path = path.substr(2);
  if (path.empty()) return Status::InvalidArgument("store URI '" + uri + "' names no file");
  if (path.find("://") != std::string::npos)
    return Status::Unsupported(uri + ": unknown store URI scheme (use FILE.db, sqlite:FILE or postgres://...)");
  return sqlite::SqliteStore::Open(path, options);
}

}  // namespace dragoman
