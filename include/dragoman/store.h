// The Store: where analyzed articles live, searchable. One interface, several
// backends: SQLite (one file, the default) today; PostgreSQL for shared
// deployments later. No backend type leaks through this header: callers see
// articles, queries, pages and counts, never a database handle.
//
// Writes are idempotent and keyed by the article id (a hash of the normalized
// content): putting an article whose id is already stored changes nothing.
// Each PutBatch is one transaction: after a crash or a kill the store holds
// whole batches only, and re-running the same ingest resumes without
// duplicates.
//
// Thread-safety: a Store object is not thread-safe (it caches prepared
// statements). Open one Store per thread; several processes may open the same
// SQLite file (readers never block the writer in WAL mode).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/status.h"

namespace dragoman {

struct StoreOptions {
  // Create the store when it does not exist. When false, opening a missing
  // store fails with NotFound.
  bool create_if_missing = true;
  // Open for reading only. An older schema cannot be migrated then: Open fails
  // with Unsupported and says so.
  bool read_only = false;
  // How long a writer waits for another writer before failing (milliseconds).
  int busy_timeout_ms = 10000;
  // Page cache of the backend in MiB (bounded memory: see docs/STORE.md).
  int cache_mib = 64;
};

struct PutOptions {
  // When an article with the same id is stored and its stored record differs
  // (the pipeline improved since), replace it. Default: keep what is stored.
  bool update_changed = false;
};

// What one PutBatch did. inserted + unchanged + updated == articles given.
struct PutResult {
  size_t inserted = 0;
  size_t unchanged = 0;        // same id already stored (or earlier in the same batch)
  size_t updated = 0;          // replaced because update_changed and the record differed
  size_t near_duplicates = 0;  // inserted articles that carry duplicate_of
};

// The indexed columns of an article, without its text and layers.
struct ArticleSummary {
  std::string id;
  std::optional<std::string> title, outlet, published, url, duplicate_of, story_id;
  std::string language = "und";
  std::string format;
  std::string source;  // Origin::Display()
  uint64_t text_bytes = 0;
};

struct SearchQuery {
  // Full-text query. By default in FTS5 syntax: words (all must match),
  // "exact phrases", OR, NOT, prefix*, NEAR(a b, 5), title:word. Matching
  // ignores case and diacritics ("Sejourne" finds "Séjourné"). Empty: no text
  // condition, filters only (ordered by insertion).
  std::string text;
  // When true, `text` is plain words: each is matched literally (no operators),
  // so "l'OTAN" or "Nizhny-Novgorod" need no quoting.
  bool plain = false;
  // Filters; empty means no filter.
  std::string language;   // ISO 639-1
  std::string outlet;     // exact outlet name
  std::string entity_id;  // articles that mention this entity
  std::string story_id;   // articles of this story
  std::string from, to;   // YYYY[-MM[-DD]], inclusive; an article whose date is
                          // only a month or a year matches when it overlaps
  bool include_duplicates = true;  // false: skip articles with duplicate_of
  size_t limit = 20;               // hits per page (1..10000)
  std::string cursor;              // next_cursor (or a hit's cursor) of the previous page
  // Ranking window (text queries): matches are ranked by BM25 in windows of
  // this many, newest (last stored) first. When a query matches at most this
  // many articles (after filters) the order is plain BM25; a word found in
  // most of the store costs this many BM25 evaluations per page, not one per
  // match. 1..100000; default 1000.
  size_t rank_window = 1000;
  // Snippet: markers around matched words, and about how many words.
  std::string highlight_open = "[", highlight_close = "]";
  int snippet_words = 24;
};

struct SearchHit {
  ArticleSummary article;
  // Relevance (BM25, higher is better; 0 when the query has no text).
  double score = 0.0;
  // A passage of the body around the matches, matched words between the
  // highlight markers ("…" where the passage was cut).
  std::string snippet;
  // Pass as SearchQuery::cursor to get the hits after this one.
  std::string cursor;
};

// Hits of a text query come in ranking windows (SearchQuery::rank_window
// matches each, newest window first); within a window they are ordered by
// score, then by insertion order. Without text, in insertion order. The same
// store and query always give the same pages, and paging with next_cursor
// visits every match exactly once.
struct SearchPage {
  std::vector<SearchHit> hits;
  std::string next_cursor;  // empty when this page is the last
};

struct CountRow {
  std::string key;  // empty for "unknown" (no outlet, no date)
  uint64_t count = 0;
};

struct EntityCount {
  EntityRef entity;
  uint64_t articles = 0;  // articles mentioning it
  uint64_t mentions = 0;  // mentions in all
};

struct EntityQuery {
  std::string type;    // PER|ORG|LOC|MISC; empty for all
  std::string language;  // only articles in this language; empty for all
  size_t limit = 20;
};

struct StatsOptions {
  size_t top_entities = 10;  // 0: do not compute them
};

// Counts that describe a store. Every list is in a fixed order (count
// descending then key, months chronologically), so the same store always
// gives the same stats.
struct StoreStats {
  int schema_version = 0;
  uint64_t articles = 0, near_duplicates = 0, text_bytes = 0;
  uint64_t entities = 0, mentions = 0, quotes = 0, events = 0, stories = 0;
  std::vector<CountRow> by_language, by_outlet, by_format, by_month;
  std::vector<EntityCount> top_entities;
};

// A stored mention with the article it occurs in. Offsets are code points
// into the named field, as in OUTPUT.md.
struct StoredMention {
  std::string article_id;
  std::string entity_id;
  Field field = Field::kText;
  uint32_t start = 0, end = 0;
  std::string text;
};

struct StoredQuote {
  std::string article_id;
  Quote quote;  // span offsets are code points (OUTPUT.md)
};

struct StoredEvent {
  std::string article_id;
  Event event;  // span offsets are code points (OUTPUT.md)
};

struct RowQuery {
  std::string article_id;  // only rows of this article
  std::string entity_id;   // mentions of / quotes by / events with this entity
  size_t limit = 100;
};

// A story as the stories stage computes it. Articles not named by any story
// keep no story.
struct StoryRecord {
  std::string id;
  std::string title;
  std::string start, end;  // YYYY-MM-DD or empty
  std::vector<std::string> article_ids;
};

// A page of the stories list: most articles first, then by id.
struct StoryListQuery {
  size_t limit = 50;   // stories per page (1..1000)
  std::string cursor;  // next_cursor of the previous page; empty for the first
};

struct StoryListItem {
  StoryRecord story;                   // with its article ids in insertion order
  std::vector<std::string> languages;  // of its articles, sorted, unique
  std::vector<std::string> outlets;    // of its articles, sorted, unique
};

struct StoryListPage {
  std::vector<StoryListItem> stories;
  std::string next_cursor;  // empty when this page is the last
};

// What the dedup index needs of a stored article.
struct StoredSignature {
  std::string id;
  std::string signature;  // opaque bytes from the dedup stage; empty when none
  uint64_t simhash = 0;   // Article::simhash
  std::optional<std::string> duplicate_of;
};

struct ScanOptions {
  std::string language;             // only this language; empty for all
  bool skip_duplicates = false;     // skip articles with duplicate_of
  // When set (YYYY-MM-DD): only articles whose publication date starts on or
  // after it (an indexed range), plus undated ones among the `recent_undated`
  // most recently stored. Used to restore a time window instead of the store.
  std::string published_from;
  size_t recent_undated = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens a store by URI: "path/to/file.db", "sqlite:path" or "file:path" for
  // SQLite. "postgres://..." and "postgresql://..." are reserved for the
  // PostgreSQL backend (Unsupported for now). Applies pending schema
  // migrations (docs/STORE.md).
  static Result<std::unique_ptr<Store>> Open(const std::string& uri, const StoreOptions& options = {});

  // Stores a batch in one transaction (all or nothing). Articles need an id.
  virtual Result<PutResult> PutBatch(const std::vector<Article>& articles, const PutOptions& options = {}) = 0;
  // The same, with each article's JSON record already made: records[i] is
  // ArticleToJson(articles[i]) (json_output.h), so that a caller can
  // serialize on another thread than the one that writes. The default
  // ignores them.
  virtual Result<PutResult> PutBatch(const std::vector<Article>& articles, const std::vector<std::string>& records,
                                     const PutOptions& options) {
    (void)records;
    return PutBatch(articles, options);
  }

  // The full stored record. NotFound when no article has this id.
  virtual Result<Article> GetArticle(const std::string& id) = 0;
  // The id of the one article whose id starts with `prefix` (at least 4
  // characters). NotFound when none, InvalidArgument when several.
  virtual Result<std::string> ResolveId(const std::string& prefix) = 0;

  // Full-text search with filters. InvalidArgument for a malformed query or
  // cursor (the message says what is wrong).
  virtual Result<SearchPage> Search(const SearchQuery& query) = 0;

  virtual Result<StoreStats> Stats(const StatsOptions& options = {}) = 0;

  // Calls `fn` for each stored article in insertion order until it returns
  // false. Reads one article at a time (bounded memory).
  virtual Status ForEachArticle(const ScanOptions& options, const std::function<bool(Article&&)>& fn) = 0;
  // Near-duplicate signatures of every stored article, in insertion order, to
  // rebuild a near-duplicate index at start-up without reading texts.
  virtual Status ForEachSignature(const std::function<void(const StoredSignature&)>& fn) = 0;

  // Entities, most mentioned first (by articles, then mentions, then id).
  virtual Result<std::vector<EntityCount>> TopEntities(const EntityQuery& query) = 0;
  virtual Result<EntityRef> GetEntity(const std::string& id) = 0;
  virtual Result<std::vector<StoredMention>> Mentions(const RowQuery& query) = 0;
  virtual Result<std::vector<StoredQuote>> Quotes(const RowQuery& query) = 0;
  virtual Result<std::vector<StoredEvent>> Events(const RowQuery& query) = 0;

  // Replaces all stories with these (one transaction) and sets each named
  // article's story. Unknown article ids are ignored and counted in the result.
  virtual Result<size_t> ReplaceStories(const std::vector<StoryRecord>& stories) = 0;
  // The first `limit` stories, most articles first, then by id.
  virtual Result<std::vector<StoryRecord>> Stories(size_t limit) = 0;
  // One page of the same list, from a cursor (an index seek: the cost of a
  // page does not grow with the number of stories). InvalidArgument for a
  // malformed cursor.
  virtual Result<StoryListPage> ListStories(const StoryListQuery& query) = 0;
  // In one transaction: deletes the stories named in `removed`, then stores
  // each record (insert or replace) and sets the story of each article it
  // lists. Other stories are left as they are (incremental clustering).
  virtual Status UpsertStories(const std::vector<StoryRecord>& stories, const std::vector<std::string>& removed) = 0;
  // One story and its article ids (in insertion order); NotFound when absent.
  // Two indexed lookups, whatever the number of stories.
  virtual Result<StoryRecord> GetStory(const std::string& id) = 0;
  // The story an article belongs to; empty when it has none. NotFound when no
  // article has this id. One indexed lookup.
  virtual Result<std::string> StoryOfArticle(const std::string& article_id) = 0;
  // The latest end date (YYYY-MM-DD) of any stored story; empty when none is dated.
  virtual Result<std::string> NewestStoryEnd() = 0;

  // A full consistency check of the backend (SQLite: integrity_check and the
  // FTS index). OK when the store is sound; Corruption with details otherwise.
  virtual Status Check() = 0;

  // A number that changes whenever another connection or process commits a
  // write to the store (SQLite: PRAGMA data_version); this object's own
  // writes do not change it. For caches of query results: a result computed
  // when DataVersion() was V is still current while it is V.
  virtual Result<uint64_t> DataVersion() = 0;

  virtual int schema_version() const = 0;
  // "sqlite", later "postgres".
  virtual const char* backend() const = 0;
};

// The latest schema version this build writes (docs/STORE.md lists them).
int LatestStoreSchemaVersion();

}  // namespace dragoman
