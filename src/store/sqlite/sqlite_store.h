// The SQLite backend of the Store: one file, WAL journal, FTS5 full-text index.
// See docs/STORE.md for the schema and its versions.
//
// Thread-safety: not thread-safe (one connection, cached statements). Open one
// SqliteStore per thread or process.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "dragoman/store.h"
#include "store/sqlite/db.h"

namespace dragoman::sqlite {

class SqliteStore : public Store {
 public:
  // Opens (or creates) `path` and migrates it to the latest schema.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  Result<PutResult> PutBatch(const std::vector<Article>& articles, const PutOptions& options) override;
  Result<PutResult> PutBatch(const std::vector<Article>& articles, const std::vector<std::string>& records,
                             const PutOptions& options) override;
  Result<Article> GetArticle(const std::string& id) override;
  Result<std::string> ResolveId(const std::string& prefix) override;
  Result<SearchPage> Search(const SearchQuery& query) override;
  Result<StoreStats> Stats(const StatsOptions& options) override;
  Status ForEachArticle(const ScanOptions& options, const std::function<bool(Article&&)>& fn) override;
  Status ForEachSignature(const std::function<void(const StoredSignature&)>& fn) override;
  Result<std::vector<EntityCount>> TopEntities(const EntityQuery& query) override;
  Result<EntityRef> GetEntity(const std::string& id) override;
  Result<std::vector<StoredMention>> Mentions(const RowQuery& query) override;
  Result<std::vector<StoredQuote>> Quotes(const RowQuery& query) override;
  Result<std::vector<StoredEvent>> Events(const RowQuery& query) override;
  Result<size_t> ReplaceStories(const std::vector<StoryRecord>& stories) override;
  Result<std::vector<StoryRecord>> Stories(size_t limit) override;
  Result<StoryListPage> ListStories(const StoryListQuery& query) override;
  Status UpsertStories(const std::vector<StoryRecord>& stories, const std::vector<std::string>& removed) override;
  Result<StoryRecord> GetStory(const std::string& id) override;
  Result<std::string> StoryOfArticle(const std::string& article_id) override;
  Result<std::string> NewestStoryEnd() override;
  Status Check() override;
  Result<uint64_t> DataVersion() override;
  int schema_version() const override { return version_; }
  const char* backend() const override { return "sqlite"; }

 private:
  Result<size_t> WriteStoryRows(const std::vector<StoryRecord>& stories);
  // One ranking window of a text search: up to `n` matches passing the
  // filters with seq < `upper` (0: no bound) and within [lower_bound_,
  // upper_bound_), newest first, as (raw BM25 score, seq). `st` is the window
  // statement with the query and filters bound.
  Result<std::vector<std::pair<double, int64_t>>> RankWindow(Stmt& st, int64_t upper, size_t n);
  Status StoryArticleIds(StoryRecord* story);
  SqliteStore() = default;
  Status Migrate(bool read_only);
  Status BackfillLayers();
  // Rewinds every cached statement. A statement left on a row keeps its read
  // transaction (an old snapshot) open: each public read starts with this,
  // so that it sees every write committed before it began.
  void ResetStatements();
  // The statement for this SQL text, prepared on first use and reset.
  Result<Stmt*> Get(const char* sql);
  // Inserts the rows derived from an article's layers (entities, mentions,
  // quotes, events) for the article stored at `seq`.
  Status InsertLayers(int64_t seq, const Article& a);
  Status DeleteLayers(int64_t seq);
  Status InsertArticleRows(int64_t seq, const Article& a, const std::string& record, bool update);

  Db db_;
  std::string path_;
  int64_t lower_bound_ = 0, upper_bound_ = INT64_MAX;  // of the current Search's scan
  int version_ = 0;
  // Statements keyed by their (static) SQL text.
  std::map<const char*, Stmt> stmts_;
};

}  // namespace dragoman::sqlite
