#include "store/sqlite/sqlite_store.h"

#include <cerrno>
#include <cinttypes>
#include <climits>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "dragoman/json_output.h"
#include "dragoman/utf8.h"
#include "store/date_range.h"
#include "store/sqlite/schema.h"

namespace dragoman::sqlite {
namespace {

int64_t ToInt64(uint64_t v) {
  int64_t r;
  std::memcpy(&r, &v, sizeof r);
  return r;
}
uint64_t ToUint64(int64_t v) {
  uint64_t r;
  std::memcpy(&r, &v, sizeof r);
  return r;
}

// Search cursor: "c2.<window>.<16 hex digits of the raw score's bits>.<seq>".
// <window> is the exclusive upper seq bound of the hit's ranking window (0:
// the first window, no bound); <seq> 0 means "from the start of that window".
// The version-1 form "c1.<bits>.<seq>" (before ranking windows) reads as
// window 0.
struct SearchCursor {
  int64_t window = 0;
  double raw_score = 0;
  int64_t seq = 0;
};

std::string MakeCursor(int64_t window, double raw_score, int64_t seq) {
  uint64_t bits;
  std::memcpy(&bits, &raw_score, sizeof bits);
  char buf[96];
  std::snprintf(buf, sizeof buf, "c2.%" PRId64 ".%016" PRIx64 ".%" PRId64, window, bits, seq);
  return buf;
}

bool ParseCursor(const std::string& c, SearchCursor* out) {
  unsigned long long bits = 0;
  long long w = 0, s = 0;
  int consumed = 0;
  if (c.size() > 80) return false;
  if (c.rfind("c1.", 0) == 0) {
    if (std::sscanf(c.c_str(), "c1.%16llx.%lld%n", &bits, &s, &consumed) != 2) return false;
    if (c.size() < 20) return false;
  } else if (std::sscanf(c.c_str(), "c2.%lld.%16llx.%lld%n", &w, &bits, &s, &consumed) != 3) {
    return false;
  }
  if (static_cast<size_t>(consumed) != c.size() || s < 0 || w < 0) return false;
  // Exactly 16 hex digits for the score, between two dots.
  size_t dot = c[1] == '2' ? c.find('.', 3) : 2;
  if (dot == std::string::npos || c.find('.', dot + 1) != dot + 17) return false;
  uint64_t b = bits;
  std::memcpy(&out->raw_score, &b, sizeof b);
  out->window = w;
  out->seq = s;
  return true;
}

bool HasWordChar(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80 || std::isalnum(c)) return true;
  return false;
}

// Plain words -> an FTS5 query in which each word is a quoted phrase (so no
// character has an operator meaning).
std::string PlainToFts(const std::string& text) {
  std::string out, word;
  auto flush = [&]() {
    if (!word.empty() && HasWordChar(word)) {
      if (!out.empty()) out += ' ';
      out += '"';
      for (char c : word) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
    else word += c;
  }
  flush();
  return out;
}

// Reads the summary columns (a.seq, a.id, a.title, a.outlet, a.published,
// a.url, a.duplicate_of, a.story_id, a.language, a.format, a.source,
// a.text_bytes) starting at column `c`.
ArticleSummary ReadSummary(const Stmt& s, int c) {
  ArticleSummary a;
  a.id = s.Text(c + 1);
  a.title = s.OptText(c + 2);
  a.outlet = s.OptText(c + 3);
  a.published = s.OptText(c + 4);
  a.url = s.OptText(c + 5);
  a.duplicate_of = s.OptText(c + 6);
  a.story_id = s.OptText(c + 7);
  a.language = s.Text(c + 8);
  a.format = s.Text(c + 9);
  a.source = s.Text(c + 10);
  a.text_bytes = static_cast<uint64_t>(s.Int(c + 11));
  return a;
}

// The SQL texts. Static strings: statements are cached by their address.
const char kInsertArticle[] =
    "INSERT INTO articles(id, language, outlet, format, source, url, title, published, pub_start, pub_end, "
    "text_bytes, simhash, duplicate_of, signature) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14) "
    "ON CONFLICT(id) DO NOTHING";
const char kUpdateArticle[] =
    "UPDATE articles SET language=?2, outlet=?3, format=?4, source=?5, url=?6, title=?7, published=?8, "
    "pub_start=?9, pub_end=?10, text_bytes=?11, simhash=?12, duplicate_of=?13, signature=?14 WHERE id=?1";
const char kInsertRecord[] = "INSERT INTO records(seq, record) VALUES(?1, ?2)";
const char kUpdateRecord[] = "UPDATE records SET record=?2 WHERE seq=?1";
const char kInsertFts[] = "INSERT INTO articles_fts(rowid, title, body) VALUES(?1, ?2, ?3)";
const char kDeleteFts[] =
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) "
    "SELECT 'delete', seq, title, body FROM fts_content WHERE seq=?1";
const char kSelectSeqRecord[] =
    "SELECT a.seq, r.record FROM articles AS a JOIN records AS r ON r.seq = a.seq WHERE a.id=?1";
const char kInsertEntity[] =
    "INSERT INTO entities(id, name, type, wikidata) VALUES(?1,?2,?3,?4) ON CONFLICT(id) DO NOTHING";
const char kInsertArticleEntity[] =
    "INSERT INTO article_entities(entity_id, article, mentions) VALUES(?1,?2,?3) "
    "ON CONFLICT(entity_id, article) DO UPDATE SET mentions = mentions + excluded.mentions";
const char kInsertMention[] =
    "INSERT INTO mentions(article, entity_id, field, start, \"end\", text, metonym, via_role) "
    "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)";
const char kInsertQuote[] =
    "INSERT INTO quotes(article, speaker_id, speaker_name, speaker_description, text, field, start, \"end\", via, "
    "fragment) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)";
const char kInsertEvent[] =
    "INSERT INTO events(article, code, root, label, actor1_id, actor1_name, actor1_code, actor2_id, actor2_name, "
    "actor2_code, place_id, place_name, place_country, date, goldstein, mood, field, start, \"end\") "
    "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)";
const char kDeleteMentions[] = "DELETE FROM mentions WHERE article=?1";
const char kDeleteArticleEntities[] = "DELETE FROM article_entities WHERE article=?1";
const char kDeleteQuotes[] = "DELETE FROM quotes WHERE article=?1";
const char kDeleteEvents[] = "DELETE FROM events WHERE article=?1";
const char kGetRecord[] =
    "SELECT r.record FROM articles AS a JOIN records AS r ON r.seq = a.seq WHERE a.id=?1";
const char kResolveId[] = "SELECT id FROM articles WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 2";

// Filters shared by both search statements: ?2 language, ?3 outlet, ?4 from,
// ?5 to, ?6 story, ?7 entity, ?8 include duplicates, ?9/?10 cursor, ?11 limit.
#define DRAGOMAN_SEARCH_FILTERS                                                                        \
  "(?2 IS NULL OR a.language = ?2) AND (?3 IS NULL OR a.outlet = ?3) "                                \
  "AND (?4 IS NULL OR a.pub_end >= ?4) AND (?5 IS NULL OR a.pub_start <= ?5) "                        \
  "AND (?6 IS NULL OR a.story_id = ?6) "                                                               \
  "AND (?7 IS NULL OR EXISTS (SELECT 1 FROM article_entities AS e WHERE e.entity_id = ?7 AND e.article = a.seq)) " \
  "AND (?8 = 1 OR a.duplicate_of IS NULL) "

// One ranking window: the full-text index is the outer loop, walked newest
// first (FTS5 serves ORDER BY rowid DESC itself), each match checked against
// the filters by primary key, and BM25 computed for the window's rows only.
// ?9 exclusive upper and ?11 inclusive lower seq bound (always bound: FTS5
// takes plain rowid ranges into its own scan), ?10 the window size.
// The full-text index stays the outer loop even for a story's few articles:
// as the inner loop it would start a new FTS5 cursor per row, and BM25
// recounts a word's documents for each new cursor (2 s for 1,000 rows of a
// word in every article). A story's seq range bounds the scan instead.
const char kSearchWindow[] =
    "SELECT articles_fts.rowid, bm25(articles_fts, 4.0, 1.0) FROM articles_fts CROSS JOIN articles AS a "
    "WHERE articles_fts MATCH ?1 AND articles_fts.rowid < ?9 AND articles_fts.rowid >= ?11 "
    "AND a.seq = articles_fts.rowid AND " DRAGOMAN_SEARCH_FILTERS
    "ORDER BY articles_fts.rowid DESC LIMIT ?10";
// The same without filters: no row of `articles` is read per match.
const char kSearchWindowNoFilter[] =
    "SELECT rowid, bm25(articles_fts, 4.0, 1.0) FROM articles_fts WHERE articles_fts MATCH ?1 "
    "AND rowid < ?9 AND rowid >= ?11 "
    "AND (?2 IS NULL AND ?3 IS NULL AND ?4 IS NULL AND ?5 IS NULL AND ?6 IS NULL AND ?7 IS NULL AND ?8 = 1) "
    "ORDER BY rowid DESC LIMIT ?10";
const char kStorySeqRange[] = "SELECT min(seq), max(seq) FROM articles WHERE story_id = ?1";
const char kSummaryBySeq[] =
    "SELECT a.seq, a.id, a.title, a.outlet, a.published, a.url, a.duplicate_of, a.story_id, a.language, "
    "a.format, a.source, a.text_bytes FROM articles AS a WHERE a.seq = ?1";
const char kSearchFilters[] =
    "SELECT 0.0, a.seq, a.id, a.title, a.outlet, a.published, a.url, a.duplicate_of, a.story_id, a.language, "
    "a.format, a.source, a.text_bytes FROM articles AS a WHERE (?1 IS NULL OR 1) AND " DRAGOMAN_SEARCH_FILTERS
    "AND (?9 IS NULL OR a.seq > ?10) ORDER BY a.seq LIMIT ?11";
const char kSnippet[] =
    "SELECT snippet(articles_fts, 1, ?2, ?3, '…', ?4) FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?5";
const char kLead[] = "SELECT substr(json_extract(record, '$.text'), 1, ?2), length(json_extract(record, '$.text')) "
                     "FROM records WHERE seq = ?1";

// The dedup stage's signature bytes of an article (empty when that stage
// did not run).
const std::string& DedupSignature(const Article& a) { return a.dedup_signature; }

std::string FieldString(Field f) { return FieldName(f); }
Field FieldFrom(const std::string& s) { return s == "title" ? Field::kTitle : Field::kText; }

}  // namespace

Result<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path, const StoreOptions& options) {
  std::unique_ptr<SqliteStore> store(new SqliteStore());
  store->path_ = path;
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (!exists && (!options.create_if_missing || options.read_only))
    return Status::NotFound(path + ": no store here (run 'dragoman ingest PATH --db " + path + "' first)");
  DRAGOMAN_RETURN_IF_ERROR(store->db_.Open(path, options.create_if_missing, options.read_only));
  sqlite3_busy_timeout(store->db_.get(), options.busy_timeout_ms);
  // A file that is not a database fails here with "file is not a database".
  auto version = store->db_.QueryInt("PRAGMA user_version");
  if (!version.ok()) return Status(version.status().code(), path + ": " + version.status().message());
  if (!options.read_only) {
    Status s = store->db_.Exec(kConnectionPragmas);
    if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  }
  char cache[64];
  std::snprintf(cache, sizeof cache, "PRAGMA cache_size=-%d", options.cache_mib * 1024);
  DRAGOMAN_RETURN_IF_ERROR(store->db_.Exec(cache));
  Status s = store->Migrate(options.read_only);
  if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  return std::unique_ptr<Store>(std::move(store));
}

Status SqliteStore::Migrate(bool read_only) {
  auto v = db_.QueryInt("PRAGMA user_version");
  if (!v.ok()) return v.status();
  version_ = static_cast<int>(*v);
  const auto& all = Migrations();
  int latest = all.back().version;
  if (version_ > latest) {
    return Status::Unsupported("store schema version " + std::to_string(version_) +
                               " is newer than this dragoman understands (" + std::to_string(latest) +
                               "): use a newer dragoman");
  }
  if (version_ == 0) {
    auto tables = db_.QueryInt("SELECT count(*) FROM sqlite_master");
    if (!tables.ok()) return tables.status();
    if (*tables > 0) return Status::InvalidArgument("this SQLite file is not a dragoman store (no schema version)");
  }
  if (version_ == latest) return Status::OK();
  if (read_only) {
    return Status::Unsupported("store schema version " + std::to_string(version_) + " needs migrating to " +
                               std::to_string(latest) + ": open it once for writing");
  }
  for (const auto& m : all) {
    if (m.version <= version_) continue;
    // Each migration and its new user_version commit together: a crash leaves
    // the file at the previous version, and the next open retries.
    Transaction tx(&db_);
    DRAGOMAN_RETURN_IF_ERROR(tx.Begin());
    Status s = db_.Exec(m.sql);
    if (!s.ok()) return Status(s.code(), "migration to version " + std::to_string(m.version) + ": " + s.message());
    if (m.backfill_layers) DRAGOMAN_RETURN_IF_ERROR(BackfillLayers());
    std::string set = "PRAGMA user_version=" + std::to_string(m.version);
    DRAGOMAN_RETURN_IF_ERROR(db_.Exec(set.c_str()));
    DRAGOMAN_RETURN_IF_ERROR(tx.Commit());
    version_ = m.version;
  }
  return Status::OK();
}

Status SqliteStore::BackfillLayers() {
  auto scan = db_.Prepare("SELECT seq, record FROM records ORDER BY seq");
  if (!scan.ok()) return scan.status();
  int rc;
  while ((rc = scan->Step()) == SQLITE_ROW) {
    Result<Article> a = ArticleFromJson(scan->Text(1));
    if (!a.ok()) return Status::Corruption("record " + std::to_string(scan->Int(0)) + ": " + a.status().message());
    DRAGOMAN_RETURN_IF_ERROR(InsertLayers(scan->Int(0), *a));
  }
  if (rc != SQLITE_DONE) return db_.StepError(rc, "backfill");
  return Status::OK();
}

void SqliteStore::ResetStatements() {
  for (auto& [sql, st] : stmts_) sqlite3_reset(st.get());
}

Result<Stmt*> SqliteStore::Get(const char* sql) {
  auto it = stmts_.find(sql);
  if (it == stmts_.end()) {
    auto st = db_.Prepare(sql);
    if (!st.ok()) return st.status();
    it = stmts_.emplace(sql, std::move(*st)).first;
  } else {
    it->second.Reset();
  }
  return &it->second;
}

#define DRAGOMAN_STMT(var, sql)            \
  auto var##_r = Get(sql);                 \
  if (!var##_r.ok()) return var##_r.status(); \
  Stmt& var = **var##_r

// Runs a statement that returns no rows.
#define DRAGOMAN_STEP_DONE(stmt, what)                                  \
  do {                                                                  \
    int _rc = (stmt).Step();                                            \
    if (_rc != SQLITE_DONE && _rc != SQLITE_ROW) return db_.StepError(_rc, what); \
  } while (0)

Status SqliteStore::InsertArticleRows(int64_t seq, const Article& a, const std::string& record, bool update) {
  (void)seq;
  DRAGOMAN_STMT(st, update ? kUpdateArticle : kInsertArticle);
  st.Bind(1, a.id);
  st.Bind(2, a.language.empty() ? std::string("und") : a.language);
  st.Bind(3, a.outlet);
  st.Bind(4, a.source.format);
  st.Bind(5, a.source.Display());
  st.BindOrNull(6, a.source.url);
  st.Bind(7, a.title);
  if (a.published && !a.published->date.empty()) {
    st.Bind(8, a.published->date);
    auto range = DateRange(a.published->date);
    if (range) {
      st.Bind(9, range->first);
      st.Bind(10, range->second);
    }
  }
  st.Bind(11, static_cast<int64_t>(a.text.size()));
  st.Bind(12, ToInt64(a.simhash));
  st.Bind(13, a.duplicate_of);
  const std::string& signature = DedupSignature(a);
  if (!signature.empty()) st.BindBlob(14, signature);
  (void)record;
  DRAGOMAN_STEP_DONE(st, "store article " + a.id);
  return Status::OK();
}

Result<PutResult> SqliteStore::PutBatch(const std::vector<Article>& articles, const PutOptions& options) {
  std::vector<std::string> records;
  records.reserve(articles.size());
  for (const auto& a : articles) records.push_back(ArticleToJson(a));
  return PutBatch(articles, records, options);
}

Result<PutResult> SqliteStore::PutBatch(const std::vector<Article>& articles, const std::vector<std::string>& records,
                                        const PutOptions& options) {
  if (records.size() != articles.size())
    return Status::InvalidArgument("PutBatch: " + std::to_string(records.size()) + " records for " +
                                   std::to_string(articles.size()) + " articles");
  for (const auto& a : articles)
    if (a.id.empty()) return Status::InvalidArgument("article from " + a.source.Display() + " has no id");
  PutResult result;
  Transaction tx(&db_);
  DRAGOMAN_RETURN_IF_ERROR(tx.Begin());
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    const std::string& record = records[i];
    DRAGOMAN_RETURN_IF_ERROR(InsertArticleRows(0, a, record, /*update=*/false));
    int64_t seq;
    if (sqlite3_changes(db_.get()) == 0) {
      if (!options.update_changed) {
        ++result.unchanged;
        continue;
      }
      DRAGOMAN_STMT(sel, kSelectSeqRecord);
      sel.Bind(1, a.id);
      int rc = sel.Step();
      if (rc != SQLITE_ROW) return db_.StepError(rc, "read stored " + a.id);
      seq = sel.Int(0);
      if (sel.Text(1) == record) {
        ++result.unchanged;
        continue;
      }
      // Replace: drop the old index entry and layer rows, then write anew.
      DRAGOMAN_STMT(del, kDeleteFts);
      del.Bind(1, seq);
      DRAGOMAN_STEP_DONE(del, "unindex " + a.id);
      DRAGOMAN_RETURN_IF_ERROR(DeleteLayers(seq));
      DRAGOMAN_RETURN_IF_ERROR(InsertArticleRows(seq, a, record, /*update=*/true));
      DRAGOMAN_STMT(rec, kUpdateRecord);
      rec.Bind(1, seq);
      rec.Bind(2, record);
      DRAGOMAN_STEP_DONE(rec, "store record " + a.id);
      ++result.updated;
    } else {
      seq = sqlite3_last_insert_rowid(db_.get());
      DRAGOMAN_STMT(rec, kInsertRecord);
      rec.Bind(1, seq);
      rec.BindStatic(2, record);
      DRAGOMAN_STEP_DONE(rec, "store record " + a.id);
      ++result.inserted;
      if (a.duplicate_of) ++result.near_duplicates;
    }
    DRAGOMAN_STMT(fts, kInsertFts);
    fts.Bind(1, seq);
    if (a.title) fts.BindStatic(2, *a.title);
    fts.BindStatic(3, a.text);
    DRAGOMAN_STEP_DONE(fts, "index " + a.id);
    DRAGOMAN_RETURN_IF_ERROR(InsertLayers(seq, a));
  }
  DRAGOMAN_RETURN_IF_ERROR(tx.Commit());
  return result;
}

Status SqliteStore::DeleteLayers(int64_t seq) {
  for (const char* sql : {kDeleteMentions, kDeleteArticleEntities, kDeleteQuotes, kDeleteEvents}) {
    DRAGOMAN_STMT(st, sql);
    st.Bind(1, seq);
    DRAGOMAN_STEP_DONE(st, "delete layers");
  }
  return Status::OK();
}

Status SqliteStore::InsertLayers(int64_t seq, const Article& a) {
  if (!a.entities.empty()) {
    // Mentions per entity, as ArticleToJson writes them (a mention whose
    // entity is not listed is not part of the record either).
    std::map<std::string, int64_t> counts;
    for (const auto& e : a.entities) counts.emplace(e.id, 0);
    for (const auto& m : a.mentions) {
      auto it = counts.find(m.entity_id);
      if (it == counts.end()) continue;
      ++it->second;
      DRAGOMAN_STMT(st, kInsertMention);
      const std::string& text = a.FieldText(m.span.field);
      st.Bind(1, seq);
      st.Bind(2, m.entity_id);
      st.Bind(3, FieldString(m.span.field));
      st.Bind(4, static_cast<int64_t>(CodepointOffset(text, m.span.start)));
      st.Bind(5, static_cast<int64_t>(CodepointOffset(text, m.span.end)));
      st.Bind(6, m.text);
      st.Bind(7, m.metonym ? 1 : 0);
      st.Bind(8, m.via_role ? 1 : 0);
      DRAGOMAN_STEP_DONE(st, "store mention");
    }
    for (const auto& e : a.entities) {
      DRAGOMAN_STMT(ent, kInsertEntity);
      ent.Bind(1, e.id);
      ent.Bind(2, e.name);
      ent.Bind(3, e.type);
      ent.BindOrNull(4, e.wikidata);
      DRAGOMAN_STEP_DONE(ent, "store entity " + e.id);
      DRAGOMAN_STMT(ae, kInsertArticleEntity);
      ae.Bind(1, e.id);
      ae.Bind(2, seq);
      ae.Bind(3, counts[e.id]);
      DRAGOMAN_STEP_DONE(ae, "store article entity " + e.id);
      counts[e.id] = 0;  // an entity listed twice adds its mentions once
    }
  }
  for (const auto& q : a.quotes) {
    DRAGOMAN_STMT(st, kInsertQuote);
    const std::string& text = a.FieldText(q.span.field);
    st.Bind(1, seq);
    st.BindOrNull(2, q.speaker.id);
    st.BindOrNull(3, q.speaker.name);
    st.BindOrNull(4, q.speaker.description);
    st.Bind(5, q.text);
    st.Bind(6, FieldString(q.span.field));
    st.Bind(7, static_cast<int64_t>(CodepointOffset(text, q.span.start)));
    st.Bind(8, static_cast<int64_t>(CodepointOffset(text, q.span.end)));
    st.BindOrNull(9, q.via);
    st.Bind(10, q.fragment ? 1 : 0);
    DRAGOMAN_STEP_DONE(st, "store quote");
  }
  for (const auto& e : a.events) {
    DRAGOMAN_STMT(st, kInsertEvent);
    const std::string& text = a.FieldText(e.span.field);
    st.Bind(1, seq);
    st.Bind(2, e.code);
    st.Bind(3, e.root);
    st.Bind(4, e.label);
    st.BindOrNull(5, e.actor1.id);
    st.BindOrNull(6, e.actor1.name);
    st.BindOrNull(7, e.actor1.code);
    st.BindOrNull(8, e.actor2.id);
    st.BindOrNull(9, e.actor2.name);
    st.BindOrNull(10, e.actor2.code);
    st.BindOrNull(11, e.place_id);
    st.BindOrNull(12, e.place_name);
    st.BindOrNull(13, e.place_country);
    st.BindOrNull(14, e.date);
    st.Bind(15, e.goldstein);
    st.BindOrNull(16, e.mood);
    st.Bind(17, FieldString(e.span.field));
    st.Bind(18, static_cast<int64_t>(CodepointOffset(text, e.span.start)));
    st.Bind(19, static_cast<int64_t>(CodepointOffset(text, e.span.end)));
    DRAGOMAN_STEP_DONE(st, "store event");
  }
  return Status::OK();
}

Result<Article> SqliteStore::GetArticle(const std::string& id) {
  ResetStatements();
  DRAGOMAN_STMT(st, kGetRecord);
  st.Bind(1, id);
  int rc = st.Step();
  if (rc == SQLITE_DONE) return Status::NotFound("no article with id '" + id + "'");
  if (rc != SQLITE_ROW) return db_.StepError(rc, "read article");
  Result<Article> a = ArticleFromJson(st.Text(0));
  if (!a.ok()) return Status::Corruption("article " + id + ": " + a.status().message());
  return a;
}

Result<std::string> SqliteStore::ResolveId(const std::string& prefix) {
  ResetStatements();
  if (prefix.size() < 4) return Status::InvalidArgument("an id prefix needs at least 4 characters");
  DRAGOMAN_STMT(st, kResolveId);
  st.Bind(1, prefix);
  st.Bind(2, prefix + "\xff");
  std::vector<std::string> ids;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) ids.push_back(st.Text(0));
  if (rc != SQLITE_DONE) return db_.StepError(rc, "resolve id");
  if (ids.empty()) return Status::NotFound("no article with an id starting with '" + prefix + "'");
  if (ids.size() > 1) return Status::InvalidArgument("several articles have an id starting with '" + prefix + "'");
  return ids[0];
}

Result<std::vector<std::pair<double, int64_t>>> SqliteStore::RankWindow(Stmt& st, int64_t upper, size_t n) {
  sqlite3_reset(st.get());  // keeps the query's bindings
  st.Bind(9, upper > 0 ? std::min(upper, upper_bound_) : upper_bound_);
  st.Bind(10, static_cast<int64_t>(n));
  st.Bind(11, lower_bound_);
  std::vector<std::pair<double, int64_t>> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.emplace_back(st.Double(1), st.Int(0));
  if (rc != SQLITE_DONE) return db_.StepError(rc, "search");
  return out;
}

Result<SearchPage> SqliteStore::Search(const SearchQuery& query) {
  // Stored text is NFC (the extract stage composes it): so are the query's
  // words and outlet, whatever form the caller typed them in.
  std::optional<SearchQuery> composed;
  if ((!query.text.empty() && IsValidUtf8(query.text) && !IsNfc(query.text)) ||
      (!query.outlet.empty() && IsValidUtf8(query.outlet) && !IsNfc(query.outlet))) {
    composed = query;
    if (IsValidUtf8(composed->text)) composed->text = ToNfc(composed->text);
    if (IsValidUtf8(composed->outlet)) composed->outlet = ToNfc(composed->outlet);
  }
  const SearchQuery& q = composed ? *composed : query;
  ResetStatements();
  if (q.limit == 0 || q.limit > 10000) return Status::InvalidArgument("limit must be between 1 and 10000");
  if (q.rank_window == 0 || q.rank_window > 100000)
    return Status::InvalidArgument("rank window must be between 1 and 100000");
  std::string match = q.plain ? PlainToFts(q.text) : q.text;
  bool has_text = false;
  for (char c : match) has_text = has_text || !(c == ' ' || c == '\t' || c == '\n' || c == '\r');
  if (q.plain && !q.text.empty() && !has_text)
    return Status::InvalidArgument("search query '" + q.text + "' has no word to look for");
  std::optional<std::pair<std::string, std::string>> from, to;
  if (!q.from.empty() && !(from = DateRange(q.from)))
    return Status::InvalidArgument("--from '" + q.from + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!q.to.empty() && !(to = DateRange(q.to)))
    return Status::InvalidArgument("--to '" + q.to + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  SearchCursor cursor;
  bool has_cursor = !q.cursor.empty();
  if (has_cursor && !ParseCursor(q.cursor, &cursor))
    return Status::InvalidArgument("cursor '" + q.cursor + "' is malformed (pass a cursor a search printed)");

  bool filtered = !q.language.empty() || !q.outlet.empty() || from || to || !q.story_id.empty() ||
                  !q.entity_id.empty() || !q.include_duplicates;
  // Seq bounds of the scan: the whole store, or the story's range.
  upper_bound_ = INT64_MAX;
  lower_bound_ = 0;
  if (has_text && !q.story_id.empty()) {
    DRAGOMAN_STMT(range, kStorySeqRange);
    range.Bind(1, q.story_id);
    if (range.Step() != SQLITE_ROW) return db_.Error("search: story range");
    if (sqlite3_column_type(range.get(), 0) == SQLITE_NULL) return SearchPage{};  // no such story
    lower_bound_ = range.Int(0);
    upper_bound_ = range.Int(1) + 1;
  }
  const char* sql = !has_text ? kSearchFilters : filtered ? kSearchWindow : kSearchWindowNoFilter;
  DRAGOMAN_STMT(st, sql);
  if (has_text) st.Bind(1, match);
  st.BindOrNull(2, q.language);
  st.BindOrNull(3, q.outlet);
  if (from) st.Bind(4, from->first);
  if (to) st.Bind(5, to->second);
  st.BindOrNull(6, q.story_id);
  st.BindOrNull(7, q.entity_id);
  st.Bind(8, q.include_duplicates ? 1 : 0);

  // The page's hits as (window, raw score, seq), in page order.
  struct Key {
    int64_t window;
    double raw;
    int64_t seq;
  };
  std::vector<Key> keys;
  std::string next;
  // A malformed FTS5 query fails at the first step ("fts5: syntax error near
  // ...", "no such column: ..."): that is the caller's input, not a store error.
  auto search_error = [&](const Status& s) -> Status {
    if (has_text && (sqlite3_errcode(db_.get()) & 0xff) == SQLITE_ERROR) {
      return Status::InvalidArgument("search query '" + q.text + "' is malformed (" + sqlite3_errmsg(db_.get()) +
                                     "); quote words with special characters (\"l'OTAN\") or use --plain");
    }
    return s;
  };
  if (!has_text) {
    if (has_cursor && cursor.seq > 0) {
      st.Bind(9, 1);
      st.Bind(10, cursor.seq);
    }
    st.Bind(11, static_cast<int64_t>(q.limit + 1));
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      if (keys.size() == q.limit) {
        next = MakeCursor(0, 0.0, keys.back().seq);
        break;
      }
      keys.push_back({0, 0.0, st.Int(1)});
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_.StepError(rc, "search");
  } else {
    // Walk the ranking windows from the cursor's, newest first.
    int64_t window = has_cursor ? cursor.window : 0;
    bool after = has_cursor && cursor.seq > 0;
    bool more = false;
    for (;;) {
      auto cands = RankWindow(st, window, q.rank_window);
      if (!cands.ok()) return search_error(cands.status());
      if (cands->empty()) break;
      bool full = cands->size() == q.rank_window;
      int64_t low = cands->back().second;  // newest first: the last is the oldest
      std::sort(cands->begin(), cands->end());
      auto it = cands->begin();
      if (after) {
        it = std::upper_bound(cands->begin(), cands->end(), std::make_pair(cursor.raw_score, cursor.seq));
      }
      for (; it != cands->end(); ++it) {
        if (keys.size() == q.limit) {
          more = true;
          break;
        }
        keys.push_back({window, it->first, it->second});
      }
      if (more || !full) break;
      // This window is used up: the next one holds the older matches.
      window = low;
      after = false;
      if (keys.size() == q.limit) {
        auto probe = RankWindow(st, window, 1);
        if (!probe.ok()) return probe.status();
        if (!probe->empty()) next = MakeCursor(window, 0.0, 0);
        break;
      }
    }
    if (more) next = MakeCursor(keys.back().window, keys.back().raw, keys.back().seq);
  }

  SearchPage page;
  page.next_cursor = next;
  for (const Key& k : keys) {
    DRAGOMAN_STMT(sum, kSummaryBySeq);
    sum.Bind(1, k.seq);
    int rc = sum.Step();
    if (rc != SQLITE_ROW) return db_.StepError(rc, "search: read article " + std::to_string(k.seq));
    SearchHit hit;
    hit.score = k.raw == 0.0 ? 0.0 : -k.raw;
    hit.article = ReadSummary(sum, 0);
    hit.cursor = MakeCursor(k.window, k.raw, k.seq);
    page.hits.push_back(std::move(hit));
  }
  // Snippets for the page's hits only.
  for (size_t i = 0; i < page.hits.size(); ++i) {
    SearchHit& hit = page.hits[i];
    if (has_text) {
      DRAGOMAN_STMT(sn, kSnippet);
      sn.Bind(1, match);
      sn.Bind(2, q.highlight_open);
      sn.Bind(3, q.highlight_close);
      sn.Bind(4, static_cast<int64_t>(std::max(1, std::min(q.snippet_words, 64))));
      sn.Bind(5, keys[i].seq);
      if (sn.Step() == SQLITE_ROW) hit.snippet = sn.Text(0);
    } else {
      DRAGOMAN_STMT(ld, kLead);
      int chars = std::max(1, q.snippet_words) * 7;
      ld.Bind(1, keys[i].seq);
      ld.Bind(2, static_cast<int64_t>(chars));
      if (ld.Step() == SQLITE_ROW) {
        hit.snippet = ld.Text(0);
        if (ld.Int(1) > chars) hit.snippet += "…";
      }
    }
  }
  return page;
}

namespace {
Status CollectCounts(Db& db, const char* sql, std::vector<CountRow>* out) {
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) out->push_back({st->Text(0), static_cast<uint64_t>(st->Int(1))});
  if (rc != SQLITE_DONE) return db.StepError(rc, "stats");
  return Status::OK();
}
}  // namespace

Result<StoreStats> SqliteStore::Stats(const StatsOptions& options) {
  ResetStatements();
  // Counters kept by triggers (schema v5, stat_counts): a few rows, whatever
  // the size of the store. Lists skip counts that dropped to 0, as a GROUP BY
  // over the articles would.
  StoreStats s;
  s.schema_version = version_;
  {
    DRAGOMAN_STMT(st, "SELECT key, n FROM stat_counts WHERE kind = 'total'");
    std::map<std::string, uint64_t*> totals = {
        {"articles", &s.articles}, {"near_duplicates", &s.near_duplicates}, {"text_bytes", &s.text_bytes},
        {"entities", &s.entities}, {"mentions", &s.mentions},   {"quotes", &s.quotes},
        {"events", &s.events},     {"stories", &s.stories}};
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      auto it = totals.find(st.Text(0));
      if (it != totals.end()) *it->second = static_cast<uint64_t>(std::max<int64_t>(0, st.Int(1)));
    }
    if (rc != SQLITE_DONE) return db_.StepError(rc, "stats");
  }
  DRAGOMAN_RETURN_IF_ERROR(CollectCounts(
      db_, "SELECT key, n FROM stat_counts WHERE kind = 'language' AND n > 0 ORDER BY n DESC, key", &s.by_language));
  // Outlet keys are '' (none) or 'v' + the outlet: sorting by key sorts as
  // SQL sorts the outlets themselves (NULL first).
  DRAGOMAN_RETURN_IF_ERROR(CollectCounts(
      db_, "SELECT substr(key, 2), n FROM stat_counts WHERE kind = 'outlet' AND n > 0 ORDER BY n DESC, key",
      &s.by_outlet));
  DRAGOMAN_RETURN_IF_ERROR(CollectCounts(
      db_, "SELECT key, n FROM stat_counts WHERE kind = 'format' AND n > 0 ORDER BY n DESC, key", &s.by_format));
  // Months in calendar order; an article dated only by its year counts under
  // "YYYY", one without a date under "".
  DRAGOMAN_RETURN_IF_ERROR(CollectCounts(
      db_, "SELECT key, n FROM stat_counts WHERE kind = 'month' AND n > 0 ORDER BY key = '', key", &s.by_month));
  if (options.top_entities > 0) {
    EntityQuery eq;
    eq.limit = options.top_entities;
    auto top = TopEntities(eq);
    if (!top.ok()) return top.status();
    s.top_entities = std::move(*top);
  }
  return s;
}

Status SqliteStore::ForEachArticle(const ScanOptions& options, const std::function<bool(Article&&)>& fn) {
  // A statement of its own: `fn` may call other methods of this store.
  auto st = db_.Prepare(
      "SELECT a.id, r.record FROM articles AS a JOIN records AS r ON r.seq = a.seq "
      "WHERE (?1 IS NULL OR a.language = ?1) AND (?2 = 0 OR a.duplicate_of IS NULL) "
      "AND (?3 IS NULL OR a.pub_start >= ?3 OR (a.pub_start IS NULL AND "
      "a.seq > (SELECT coalesce(max(seq), 0) FROM articles) - ?4)) ORDER BY a.seq");
  if (!st.ok()) return st.status();
  st->BindOrNull(1, options.language);
  st->Bind(2, options.skip_duplicates ? 1 : 0);
  st->BindOrNull(3, options.published_from);
  st->Bind(4, static_cast<int64_t>(options.recent_undated));
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) {
    Result<Article> a = ArticleFromJson(st->Text(1));
    if (!a.ok()) return Status::Corruption("article " + st->Text(0) + ": " + a.status().message());
    if (!fn(std::move(*a))) return Status::OK();
  }
  if (rc != SQLITE_DONE) return db_.StepError(rc, "scan articles");
  return Status::OK();
}

Status SqliteStore::ForEachSignature(const std::function<void(const StoredSignature&)>& fn) {
  auto st = db_.Prepare("SELECT id, signature, simhash, duplicate_of FROM articles ORDER BY seq");
  if (!st.ok()) return st.status();
  int rc;
  StoredSignature sig;
  while ((rc = st->Step()) == SQLITE_ROW) {
    sig.id = st->Text(0);
    sig.signature = st->Blob(1);
    sig.simhash = ToUint64(st->Int(2));
    sig.duplicate_of = st->OptText(3);
    fn(sig);
  }
  if (rc != SQLITE_DONE) return db_.StepError(rc, "scan signatures");
  return Status::OK();
}

Result<std::vector<EntityCount>> SqliteStore::TopEntities(const EntityQuery& q) {
  ResetStatements();
  // Without a language filter: the per-entity counters (schema v5,
  // entity_counts) read in the order of their index, stopping at the limit.
  // With one: counted over that language's articles.
  static const char kCounted[] =
      "SELECT e.id, e.name, e.type, e.wikidata, c.articles, c.mentions "
      "FROM entity_counts AS c JOIN entities AS e ON e.id = c.entity_id "
      "WHERE c.articles > 0 AND (?1 IS NULL OR e.type = ?1) AND ?2 IS NULL "
      "ORDER BY c.articles DESC, c.mentions DESC, c.entity_id LIMIT ?3";
  static const char kByLanguage[] =
      "SELECT e.id, e.name, e.type, e.wikidata, count(*) AS n, sum(ae.mentions) AS m "
      "FROM article_entities AS ae JOIN entities AS e ON e.id = ae.entity_id "
      "WHERE (?1 IS NULL OR e.type = ?1) AND (?2 IS NULL OR EXISTS (SELECT 1 FROM articles AS a "
      "WHERE a.seq = ae.article AND a.language = ?2)) "
      "GROUP BY ae.entity_id ORDER BY n DESC, m DESC, e.id LIMIT ?3";
  DRAGOMAN_STMT(st, q.language.empty() ? kCounted : kByLanguage);
  st.BindOrNull(1, q.type);
  st.BindOrNull(2, q.language);
  st.Bind(3, static_cast<int64_t>(q.limit));
  std::vector<EntityCount> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    EntityCount c;
    c.entity = {st.Text(0), st.Text(1), st.Text(2), st.Text(3)};
    c.articles = static_cast<uint64_t>(st.Int(4));
    c.mentions = static_cast<uint64_t>(st.Int(5));
    out.push_back(std::move(c));
  }
  if (rc != SQLITE_DONE) return db_.StepError(rc, "top entities");
  return out;
}

Result<EntityRef> SqliteStore::GetEntity(const std::string& id) {
  ResetStatements();
  DRAGOMAN_STMT(st, "SELECT id, name, type, wikidata FROM entities WHERE id = ?1");
  st.Bind(1, id);
  int rc = st.Step();
  if (rc == SQLITE_DONE) return Status::NotFound("no entity with id '" + id + "'");
  if (rc != SQLITE_ROW) return db_.StepError(rc, "read entity");
  return EntityRef{st.Text(0), st.Text(1), st.Text(2), st.Text(3)};
}

// Row queries come in three shapes so that each uses an index: by article, by
// entity, or neither (a bounded scan).
Result<std::vector<StoredMention>> SqliteStore::Mentions(const RowQuery& q) {
  ResetStatements();
  static const char kByArticle[] =
      "SELECT a.id, m.entity_id, m.field, m.start, m.\"end\", m.text FROM articles AS a "
      "JOIN mentions AS m ON m.article = a.seq WHERE a.id = ?1 AND (?2 IS NULL OR m.entity_id = ?2) "
      "ORDER BY m.rowid LIMIT ?3";
  static const char kByEntity[] =
      "SELECT a.id, m.entity_id, m.field, m.start, m.\"end\", m.text FROM mentions AS m "
      "JOIN articles AS a ON a.seq = m.article WHERE m.entity_id = ?2 AND ?1 IS NULL ORDER BY m.article, m.rowid "
      "LIMIT ?3";
  static const char kAll[] =
      "SELECT a.id, m.entity_id, m.field, m.start, m.\"end\", m.text FROM mentions AS m "
      "JOIN articles AS a ON a.seq = m.article WHERE ?1 IS NULL AND ?2 IS NULL ORDER BY m.rowid LIMIT ?3";
  DRAGOMAN_STMT(st, !q.article_id.empty() ? kByArticle : !q.entity_id.empty() ? kByEntity : kAll);
  st.BindOrNull(1, q.article_id);
  st.BindOrNull(2, q.entity_id);
  st.Bind(3, static_cast<int64_t>(q.limit));
  std::vector<StoredMention> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    StoredMention m;
    m.article_id = st.Text(0);
    m.entity_id = st.Text(1);
    m.field = FieldFrom(st.Text(2));
    m.start = static_cast<uint32_t>(st.Int(3));
    m.end = static_cast<uint32_t>(st.Int(4));
    m.text = st.Text(5);
    out.push_back(std::move(m));
  }
  if (rc != SQLITE_DONE) return db_.StepError(rc, "mentions");
  return out;
}

Result<std::vector<StoredQuote>> SqliteStore::Quotes(const RowQuery& q) {
  ResetStatements();
  static const char kByArticle[] =
      "SELECT a.id, q.speaker_id, q.speaker_name, q.speaker_description, q.text, q.field, q.start, q.\"end\", "
      "q.via, q.fragment FROM articles AS a JOIN quotes AS q ON q.article = a.seq "
      "WHERE a.id = ?1 AND (?2 IS NULL OR q.speaker_id = ?2) ORDER BY q.rowid LIMIT ?3";
  static const char kByEntity[] =
      "SELECT a.id, q.speaker_id, q.speaker_name, q.speaker_description, q.text, q.field, q.start, q.\"end\", "
      "q.via, q.fragment FROM quotes AS q JOIN articles AS a ON a.seq = q.article "
      "WHERE q.speaker_id = ?2 AND ?1 IS NULL ORDER BY q.article, q.rowid LIMIT ?3";
  static const char kAll[] =
      "SELECT a.id, q.speaker_id, q.speaker_name, q.speaker_description, q.text, q.field, q.start, q.\"end\", "
      "q.via, q.fragment FROM quotes AS q JOIN articles AS a ON a.seq = q.article "
      "WHERE ?1 IS NULL AND ?2 IS NULL ORDER BY q.rowid LIMIT ?3";
  DRAGOMAN_STMT(st, !q.article_id.empty() ? kByArticle : !q.entity_id.empty() ? kByEntity : kAll);
  st.BindOrNull(1, q.article_id);
  st.BindOrNull(2, q.entity_id);
  st.Bind(3, static_cast<int64_t>(q.limit));
  std::vector<StoredQuote> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    StoredQuote r;
    r.article_id = st.Text(0);
    r.quote.speaker = {st.Text(1), st.Text(2), st.Text(3)};
    r.quote.text = st.Text(4);
    r.quote.span = {FieldFrom(st.Text(5)), static_cast<uint32_t>(st.Int(6)), static_cast<uint32_t>(st.Int(7))};
    r.quote.via = st.Text(8);
    r.quote.fragment = st.Int(9) != 0;
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return db_.StepError(rc, "quotes");
  return out;
}

Result<std::vector<StoredEvent>> SqliteStore::Events(const RowQuery& q) {
  ResetStatements();
#define DRAGOMAN_EVENT_COLS                                                                                 \
  "SELECT a.id, v.code, v.root, v.label, v.actor1_id, v.actor1_name, v.actor1_code, v.actor2_id, "          \
  "v.actor2_name, v.actor2_code, v.place_id, v.place_name, v.place_country, v.date, v.goldstein, v.mood, " \
  "v.field, v.start, v.\"end\" "
  static const char kByArticle[] = DRAGOMAN_EVENT_COLS
      "FROM articles AS a JOIN events AS v ON v.article = a.seq WHERE a.id = ?1 "
      "AND (?2 IS NULL OR v.actor1_id = ?2 OR v.actor2_id = ?2) ORDER BY v.rowid LIMIT ?3";
  static const char kByEntity[] = DRAGOMAN_EVENT_COLS
      "FROM events AS v JOIN articles AS a ON a.seq = v.article WHERE (v.actor1_id = ?2 OR v.actor2_id = ?2) "
      "AND ?1 IS NULL ORDER BY v.article, v.rowid LIMIT ?3";
  static const char kAll[] = DRAGOMAN_EVENT_COLS
      "FROM events AS v JOIN articles AS a ON a.seq = v.article WHERE ?1 IS NULL AND ?2 IS NULL "
      "ORDER BY v.rowid LIMIT ?3";
#undef DRAGOMAN_EVENT_COLS
  DRAGOMAN_STMT(st, !q.article_id.empty() ? kByArticle : !q.entity_id.empty() ? kByEntity : kAll);
  st.BindOrNull(1, q.article_id);
  st.BindOrNull(2, q.entity_id);
  st.Bind(3, static_cast<int64_t>(q.limit));
  std::vector<StoredEvent> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    StoredEvent r;
    r.article_id = st.Text(0);
    Event& e = r.event;
    e.code = st.Text(1);
    e.root = st.Text(2);
    e.label = st.Text(3);
    e.actor1 = {st.Text(4), st.Text(5), st.Text(6)};
    e.actor2 = {st.Text(7), st.Text(8), st.Text(9)};
    e.place_id = st.Text(10);
    e.place_name = st.Text(11);
    e.place_country = st.Text(12);
    e.date = st.Text(13);
    e.goldstein = st.Double(14);
    e.mood = st.Text(15);
    e.span = {FieldFrom(st.Text(16)), static_cast<uint32_t>(st.Int(17)), static_cast<uint32_t>(st.Int(18))};
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return db_.StepError(rc, "events");
  return out;
}

// Stores story rows and sets each listed article's story; the caller holds the
// transaction. Returns how many listed article ids were not stored.
Result<size_t> SqliteStore::WriteStoryRows(const std::vector<StoryRecord>& stories) {
  size_t unknown = 0;
  for (const auto& s : stories) {
    if (s.id.empty()) return Status::InvalidArgument("a story needs an id");
    DRAGOMAN_STMT(ins, "INSERT INTO stories(id, title, start, \"end\", articles) VALUES(?1,?2,?3,?4,?5) "
                       "ON CONFLICT(id) DO UPDATE SET title=excluded.title, start=excluded.start, "
                       "\"end\"=excluded.\"end\", articles=excluded.articles");
    ins.Bind(1, s.id);
    ins.BindOrNull(2, s.title);
    ins.BindOrNull(3, s.start);
    ins.BindOrNull(4, s.end);
    ins.Bind(5, static_cast<int64_t>(s.article_ids.size()));
    DRAGOMAN_STEP_DONE(ins, "store story " + s.id);
    for (const auto& id : s.article_ids) {
      DRAGOMAN_STMT(up, "UPDATE articles SET story_id = ?1 WHERE id = ?2");
      up.Bind(1, s.id);
      up.Bind(2, id);
      DRAGOMAN_STEP_DONE(up, "assign story " + s.id);
      if (sqlite3_changes(db_.get()) == 0) ++unknown;
    }
  }
  return unknown;
}

Result<size_t> SqliteStore::ReplaceStories(const std::vector<StoryRecord>& stories) {
  Transaction tx(&db_);
  DRAGOMAN_RETURN_IF_ERROR(tx.Begin());
  DRAGOMAN_RETURN_IF_ERROR(db_.Exec("DELETE FROM stories; UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL;"));
  Result<size_t> unknown = WriteStoryRows(stories);
  if (!unknown.ok()) return unknown.status();
  DRAGOMAN_RETURN_IF_ERROR(tx.Commit());
  return *unknown;
}

Status SqliteStore::UpsertStories(const std::vector<StoryRecord>& stories, const std::vector<std::string>& removed) {
  Transaction tx(&db_);
  DRAGOMAN_RETURN_IF_ERROR(tx.Begin());
  for (const auto& id : removed) {
    DRAGOMAN_STMT(del, "DELETE FROM stories WHERE id = ?1");
    del.Bind(1, id);
    DRAGOMAN_STEP_DONE(del, "delete story " + id);
    DRAGOMAN_STMT(clear, "UPDATE articles SET story_id = NULL WHERE story_id = ?1");
    clear.Bind(1, id);
    DRAGOMAN_STEP_DONE(clear, "clear story " + id);
  }
  Result<size_t> written = WriteStoryRows(stories);
  if (!written.ok()) return written.status();
  return tx.Commit();
}

Status SqliteStore::StoryArticleIds(StoryRecord* story) {
  DRAGOMAN_STMT(st, "SELECT id FROM articles WHERE story_id = ?1 ORDER BY seq");
  st.Bind(1, story->id);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) story->article_ids.push_back(st.Text(0));
  if (rc != SQLITE_DONE) return db_.StepError(rc, "story articles");
  return Status::OK();
}

Result<std::vector<StoryRecord>> SqliteStore::Stories(size_t limit) {
  ResetStatements();
  std::vector<StoryRecord> out;
  {
    // Index stories_order (v5) serves this order.
    DRAGOMAN_STMT(st, "SELECT id, title, start, \"end\" FROM stories ORDER BY articles DESC, id LIMIT ?1");
    st.Bind(1, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) out.push_back({st.Text(0), st.Text(1), st.Text(2), st.Text(3), {}});
    if (rc != SQLITE_DONE) return db_.StepError(rc, "stories");
  }
  for (auto& s : out) DRAGOMAN_RETURN_IF_ERROR(StoryArticleIds(&s));
  return out;
}

namespace {
// Stories list cursor: "s1.<articles of the last story>.<its id>" (the id is
// the rest of the string, dots and all). "o:<offset>" (the server's first
// cursors) is still read.
std::string MakeStoryCursor(int64_t articles, const std::string& id) {
  return "s1." + std::to_string(articles) + "." + id;
}
}  // namespace

Result<StoryListPage> SqliteStore::ListStories(const StoryListQuery& q) {
  ResetStatements();
  if (q.limit == 0 || q.limit > 1000) return Status::InvalidArgument("limit must be between 1 and 1000");
  auto malformed = [&]() {
    return Status::InvalidArgument("stories cursor '" + q.cursor + "' is malformed (pass the 'next' of a page)");
  };
  // Rows as (articles, id, title, start, end); one more than a page to know
  // whether another page follows.
  struct Row {
    int64_t articles;
    StoryRecord story;
  };
  std::vector<Row> rows;
  size_t want = q.limit + 1;
  auto collect = [&](Stmt& st) -> Status {
    int rc = SQLITE_DONE;
    while (rows.size() < want && (rc = st.Step()) == SQLITE_ROW)
      rows.push_back({st.Int(0), {st.Text(1), st.Text(2), st.Text(3), st.Text(4), {}}});
    if (rows.size() < want && rc != SQLITE_DONE) return db_.StepError(rc, "stories");
    return Status::OK();
  };
#define DRAGOMAN_STORY_COLS "SELECT articles, id, title, start, \"end\" FROM stories "
  if (q.cursor.empty() || q.cursor.rfind("o:", 0) == 0) {
    int64_t offset = 0;
    if (!q.cursor.empty()) {
      char* end = nullptr;
      errno = 0;
      unsigned long long v = std::strtoull(q.cursor.c_str() + 2, &end, 10);
      if (q.cursor.size() == 2 || *end || errno || v > INT64_MAX / 2) return malformed();
      offset = static_cast<int64_t>(v);
    }
    DRAGOMAN_STMT(st, DRAGOMAN_STORY_COLS "ORDER BY articles DESC, id LIMIT ?1 OFFSET ?2");
    st.Bind(1, static_cast<int64_t>(want));
    st.Bind(2, offset);
    DRAGOMAN_RETURN_IF_ERROR(collect(st));
  } else {
    // Keyset seek: the rest of the stories with the same count after the id,
    // then the stories with fewer articles. Both are seeks in stories_order.
    if (q.cursor.rfind("s1.", 0) != 0) return malformed();
    size_t dot = q.cursor.find('.', 3);
    if (dot == std::string::npos || dot == 3 || dot > 22) return malformed();
    std::string count = q.cursor.substr(3, dot - 3);
    for (char c : count)
      if (c < '0' || c > '9') return malformed();
    int64_t articles = std::stoll(count);
    std::string id = q.cursor.substr(dot + 1);
    {
      DRAGOMAN_STMT(st, DRAGOMAN_STORY_COLS "WHERE articles = ?1 AND id > ?2 ORDER BY id LIMIT ?3");
      st.Bind(1, articles);
      st.Bind(2, id);
      st.Bind(3, static_cast<int64_t>(want));
      DRAGOMAN_RETURN_IF_ERROR(collect(st));
    }
    if (rows.size() < want) {
      DRAGOMAN_STMT(st, DRAGOMAN_STORY_COLS "WHERE articles < ?1 ORDER BY articles DESC, id LIMIT ?2");
      st.Bind(1, articles);
      st.Bind(2, static_cast<int64_t>(want - rows.size()));
      DRAGOMAN_RETURN_IF_ERROR(collect(st));
    }
  }
#undef DRAGOMAN_STORY_COLS
  StoryListPage page;
  if (rows.size() > q.limit) {
    rows.pop_back();
    page.next_cursor = MakeStoryCursor(rows.back().articles, rows.back().story.id);
  }
  for (auto& r : rows) {
    StoryListItem item;
    item.story = std::move(r.story);
    // Ids, languages and outlets of its articles: index articles_story.
    DRAGOMAN_STMT(st, "SELECT id, language, outlet FROM articles WHERE story_id = ?1 ORDER BY seq");
    st.Bind(1, item.story.id);
    std::set<std::string> langs, outlets;
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      item.story.article_ids.push_back(st.Text(0));
      langs.insert(st.Text(1));
      if (auto o = st.OptText(2)) outlets.insert(*o);
    }
    if (rc != SQLITE_DONE) return db_.StepError(rc, "story articles");
    item.languages.assign(langs.begin(), langs.end());
    item.outlets.assign(outlets.begin(), outlets.end());
    page.stories.push_back(std::move(item));
  }
  return page;
}

Result<StoryRecord> SqliteStore::GetStory(const std::string& id) {
  ResetStatements();
  StoryRecord s;
  {
    DRAGOMAN_STMT(st, "SELECT id, title, start, \"end\" FROM stories WHERE id = ?1");
    st.Bind(1, id);
    int rc = st.Step();
    if (rc == SQLITE_DONE) return Status::NotFound("no story with id '" + id + "'");
    if (rc != SQLITE_ROW) return db_.StepError(rc, "story");
    s = {st.Text(0), st.Text(1), st.Text(2), st.Text(3), {}};
  }
  DRAGOMAN_RETURN_IF_ERROR(StoryArticleIds(&s));
  return s;
}

Result<std::string> SqliteStore::StoryOfArticle(const std::string& article_id) {
  ResetStatements();
  DRAGOMAN_STMT(st, "SELECT story_id FROM articles WHERE id = ?1");
  st.Bind(1, article_id);
  int rc = st.Step();
  if (rc == SQLITE_DONE) return Status::NotFound("no article with id '" + article_id + "'");
  if (rc != SQLITE_ROW) return db_.StepError(rc, "article story");
  std::string story = st.Text(0);
  sqlite3_reset(st.get());
  return story;
}

Result<std::string> SqliteStore::NewestStoryEnd() {
  ResetStatements();
  DRAGOMAN_STMT(st, "SELECT max(\"end\") FROM stories WHERE \"end\" <> ''");
  int rc = st.Step();
  if (rc != SQLITE_ROW) return db_.StepError(rc, "newest story");
  std::string end = st.Text(0);
  sqlite3_reset(st.get());
  return end;
}

Result<uint64_t> SqliteStore::DataVersion() {
  ResetStatements();
  DRAGOMAN_STMT(st, "PRAGMA data_version");
  int rc = st.Step();
  if (rc != SQLITE_ROW) return db_.StepError(rc, "data version");
  uint64_t v = static_cast<uint64_t>(st.Int(0));
  sqlite3_reset(st.get());  // ends the read transaction the pragma opened
  return v;
}

Status SqliteStore::Check() {
  auto st = db_.Prepare("PRAGMA integrity_check");
  if (!st.ok()) return st.status();
  std::string problems;
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) {
    std::string line = st->Text(0);
    if (line != "ok") problems += (problems.empty() ? "" : "; ") + line;
  }
  if (rc != SQLITE_DONE) return db_.StepError(rc, "integrity check");
  if (!problems.empty()) return Status::Corruption(path_ + ": " + problems);
  // The full-text index against its content.
  Status s = db_.Exec("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')");
  if (!s.ok()) return Status::Corruption(path_ + ": full-text index: " + s.message());
  auto orphans = db_.QueryInt(
      "SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM records AS r JOIN articles AS a ON a.seq = r.seq)");
  if (!orphans.ok()) return orphans.status();
  if (*orphans != 0) return Status::Corruption(path_ + ": " + std::to_string(*orphans) + " articles without a record");
  return Status::OK();
}

}  // namespace dragoman::sqlite
