// The SQLite schema, as a list of migrations applied in order. The version a
// file has is its `PRAGMA user_version`; docs/STORE.md describes every table.
// Never edit a released migration: add a new one.
#pragma once

#include <vector>

namespace dragoman::sqlite {

struct Migration {
  int version;      // user_version after this migration
  const char* sql;  // the DDL (no parameters)
  // When true, the backend re-derives the new tables' rows from every stored
  // record after running `sql` (in the same transaction).
  bool backfill_layers;
};

// Migrations in order; the last one's version is the latest schema.
const std::vector<Migration>& Migrations();

// Pragmas applied on every open (not part of the file's schema).
constexpr const char* kConnectionPragmas =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "PRAGMA temp_store=MEMORY;"
    "PRAGMA foreign_keys=OFF;";

}  // namespace dragoman::sqlite
