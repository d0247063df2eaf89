#include "store/sqlite/schema.h"

namespace dragoman::sqlite {

// Version 1: articles (narrow indexed columns), their full JSON records in a
// table of their own (so that scans of `articles` stay small), and the FTS5
// index over title and body. The index is an external-content table whose
// content is a view over the records: the text is stored once.
static const char* kV1 = R"sql(
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  language TEXT NOT NULL,
  outlet TEXT,
  format TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT,
  title TEXT,
  published TEXT,
  pub_start TEXT,
  pub_end TEXT,
  text_bytes INTEGER NOT NULL,
  simhash INTEGER NOT NULL DEFAULT 0,
  duplicate_of TEXT
);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_pub_start ON articles(pub_start);
CREATE TABLE records (
  seq INTEGER PRIMARY KEY,
  record TEXT NOT NULL
);
CREATE VIEW fts_content(seq, title, body) AS
  SELECT seq, json_extract(record, '$.title'), json_extract(record, '$.text') FROM records;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body,
  content='fts_content', content_rowid='seq',
  tokenize='unicode61 remove_diacritics 2'
);
)sql";

// Version 2: the annotation layers as rows (entities, mentions, quotes,
// events), derived from the records so that they can be queried. Offsets are
// code points, as in the JSON records.
static const char* kV2 = R"sql(
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  wikidata TEXT
) WITHOUT ROWID;
CREATE TABLE article_entities (
  entity_id TEXT NOT NULL,
  article INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity_id, article)
) WITHOUT ROWID;
CREATE INDEX article_entities_article ON article_entities(article);
CREATE TABLE mentions (
  article INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  metonym INTEGER NOT NULL DEFAULT 0,
  via_role INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_article ON mentions(article);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE quotes (
  article INTEGER NOT NULL,
  speaker_id TEXT,
  speaker_name TEXT,
  speaker_description TEXT,
  text TEXT NOT NULL,
  field TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  via TEXT,
  fragment INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE TABLE events (
  article INTEGER NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  label TEXT NOT NULL,
  actor1_id TEXT, actor1_name TEXT, actor1_code TEXT,
  actor2_id TEXT, actor2_name TEXT, actor2_code TEXT,
  place_id TEXT, place_name TEXT, place_country TEXT,
  date TEXT,
  goldstein REAL NOT NULL,
  mood TEXT,
  field TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_actor1 ON events(actor1_id);
CREATE INDEX events_actor2 ON events(actor2_id);
)sql";

// Version 3: stories. The stories stage replaces the table and sets each
// article's story_id.
static const char* kV3 = R"sql(
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT,
  start TEXT,
  "end" TEXT,
  articles INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
ALTER TABLE articles ADD COLUMN story_id TEXT;
CREATE INDEX articles_story ON articles(story_id);
)sql";

// Version 4: the near-duplicate signature of each article (opaque bytes the
// dedup stage computes, stories/near_dup.h), so that the dedup index can be
// rebuilt at start-up without re-reading texts.
static const char* kV4 = R"sql(
ALTER TABLE articles ADD COLUMN signature BLOB;
)sql";

// Version 5: serving a big store. An index in the stories list's order (a
// page is an index seek, not a sort of every story); counters kept by
// triggers in the same transaction as every write, so Stats and the
// top-entities list read a few rows instead of scanning the store.
// stat_counts keys: kind 'total' (articles, near_duplicates, text_bytes,
// entities, mentions, quotes, events, stories), 'language', 'format',
// 'month' (first 7 characters of published, '' when undated) and 'outlet'
// ('' for no outlet, otherwise 'v' + the outlet, so that a missing outlet and
// an empty one stay apart and sort as SQL sorts NULL before ''). Counts that
// drop to 0 stay as rows with n = 0; readers skip them.
static const char* kV5 = R"sql(
CREATE INDEX stories_order ON stories(articles DESC, id);
CREATE TABLE stat_counts (
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE TABLE entity_counts (
  entity_id TEXT PRIMARY KEY,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX entity_counts_order ON entity_counts(articles DESC, mentions DESC, entity_id);

INSERT INTO stat_counts(kind, key, n)
  SELECT 'total', 'articles', count(*) FROM articles
  UNION ALL SELECT 'total', 'near_duplicates', count(*) FROM articles WHERE duplicate_of IS NOT NULL
  UNION ALL SELECT 'total', 'text_bytes', coalesce(sum(text_bytes), 0) FROM articles
  UNION ALL SELECT 'total', 'entities', count(*) FROM entities
  UNION ALL SELECT 'total', 'mentions', count(*) FROM mentions
  UNION ALL SELECT 'total', 'quotes', count(*) FROM quotes
  UNION ALL SELECT 'total', 'events', count(*) FROM events
  UNION ALL SELECT 'total', 'stories', count(*) FROM stories;
INSERT INTO stat_counts(kind, key, n) SELECT 'language', language, count(*) FROM articles GROUP BY language;
INSERT INTO stat_counts(kind, key, n) SELECT 'format', format, count(*) FROM articles GROUP BY format;
INSERT INTO stat_counts(kind, key, n)
  SELECT 'outlet', CASE WHEN outlet IS NULL THEN '' ELSE 'v' || outlet END AS k, count(*) FROM articles GROUP BY k;
INSERT INTO stat_counts(kind, key, n)
  SELECT 'month', coalesce(substr(published, 1, 7), '') AS m, count(*) FROM articles GROUP BY m;
INSERT INTO entity_counts(entity_id, articles, mentions)
  SELECT entity_id, count(*), sum(mentions) FROM article_entities GROUP BY entity_id;

CREATE TRIGGER articles_count_insert AFTER INSERT ON articles BEGIN
  INSERT INTO stat_counts(kind, key, n) VALUES
    ('total', 'articles', 1), ('total', 'near_duplicates', NEW.duplicate_of IS NOT NULL),
    ('total', 'text_bytes', NEW.text_bytes), ('language', NEW.language, 1), ('format', NEW.format, 1),
    ('outlet', CASE WHEN NEW.outlet IS NULL THEN '' ELSE 'v' || NEW.outlet END, 1),
    ('month', coalesce(substr(NEW.published, 1, 7), ''), 1)
  ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER articles_count_delete AFTER DELETE ON articles BEGIN
  INSERT INTO stat_counts(kind, key, n) VALUES
    ('total', 'articles', -1), ('total', 'near_duplicates', -(OLD.duplicate_of IS NOT NULL)),
    ('total', 'text_bytes', -OLD.text_bytes), ('language', OLD.language, -1), ('format', OLD.format, -1),
    ('outlet', CASE WHEN OLD.outlet IS NULL THEN '' ELSE 'v' || OLD.outlet END, -1),
    ('month', coalesce(substr(OLD.published, 1, 7), ''), -1)
  ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER articles_count_update AFTER UPDATE OF language, outlet, format, published, duplicate_of, text_bytes
ON articles BEGIN
  INSERT INTO stat_counts(kind, key, n) VALUES
    ('total', 'near_duplicates', -(OLD.duplicate_of IS NOT NULL)),
    ('total', 'text_bytes', -OLD.text_bytes), ('language', OLD.language, -1), ('format', OLD.format, -1),
    ('outlet', CASE WHEN OLD.outlet IS NULL THEN '' ELSE 'v' || OLD.outlet END, -1),
    ('month', coalesce(substr(OLD.published, 1, 7), ''), -1)
  ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
  INSERT INTO stat_counts(kind, key, n) VALUES
    ('total', 'near_duplicates', NEW.duplicate_of IS NOT NULL),
    ('total', 'text_bytes', NEW.text_bytes), ('language', NEW.language, 1), ('format', NEW.format, 1),
    ('outlet', CASE WHEN NEW.outlet IS NULL THEN '' ELSE 'v' || NEW.outlet END, 1),
    ('month', coalesce(substr(NEW.published, 1, 7), ''), 1)
  ON CONFLICT(kind, key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER entities_count_insert AFTER INSERT ON entities BEGIN
  INSERT INTO stat_counts(kind, key, n) VALUES ('total', 'entities', 1) ON CONFLICT(kind, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER entities_count_delete AFTER DELETE ON entities BEGIN
  UPDATE stat_counts SET n = n - 1 WHERE kind = 'total' AND key = 'entities';
END;
CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
  INSERT INTO stat_counts(kind, key, n) VALUES ('total', 'mentions', 1) ON CONFLICT(kind, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
  UPDATE stat_counts SET n = n - 1 WHERE kind = 'total' AND key = 'mentions';
END;
CREATE TRIGGER quotes_count_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO stat_counts(kind, key, n) VALUES ('total', 'quotes', 1) ON CONFLICT(kind, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER quotes_count_delete AFTER DELETE ON quotes BEGIN
  UPDATE stat_counts SET n = n - 1 WHERE kind = 'total' AND key = 'quotes';
END;
CREATE TRIGGER events_count_insert AFTER INSERT ON events BEGIN
  INSERT INTO stat_counts(kind, key, n) VALUES ('total', 'events', 1) ON CONFLICT(kind, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER events_count_delete AFTER DELETE ON events BEGIN
  UPDATE stat_counts SET n = n - 1 WHERE kind = 'total' AND key = 'events';
END;
CREATE TRIGGER stories_count_insert AFTER INSERT ON stories BEGIN
  INSERT INTO stat_counts(kind, key, n) VALUES ('total', 'stories', 1) ON CONFLICT(kind, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER stories_count_delete AFTER DELETE ON stories BEGIN
  UPDATE stat_counts SET n = n - 1 WHERE kind = 'total' AND key = 'stories';
END;
CREATE TRIGGER article_entities_count_insert AFTER INSERT ON article_entities BEGIN
  INSERT INTO entity_counts(entity_id, articles, mentions) VALUES (NEW.entity_id, 1, NEW.mentions)
  ON CONFLICT(entity_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions;
END;
CREATE TRIGGER article_entities_count_update AFTER UPDATE ON article_entities BEGIN
  UPDATE entity_counts SET articles = articles - 1, mentions = mentions - OLD.mentions WHERE entity_id = OLD.entity_id;
  INSERT INTO entity_counts(entity_id, articles, mentions) VALUES (NEW.entity_id, 1, NEW.mentions)
  ON CONFLICT(entity_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions;
END;
CREATE TRIGGER article_entities_count_delete AFTER DELETE ON article_entities BEGIN
  UPDATE entity_counts SET articles = articles - 1, mentions = mentions - OLD.mentions WHERE entity_id = OLD.entity_id;
END;
)sql";

// Version 6: cheaper full-text indexing, same index. FTS5 writes each
// transaction's new terms as a segment and merges segments of one level into
// the next when `automerge` of them exist (default 4); at 4 a million
// articles in 2,000 batches rewrite every posting about log4(2,000) = 5.5
// times. At 8 it is about 3.7 times, for at most 7 segments per level for a
// query to read (BM25 scores, snippets and phrase matching do not depend on
// the segments). `crisismerge` (default 16) follows. `hashsize` (default
// 1 MiB) is the memory of pending terms before a segment is written in the
// middle of a transaction: a batch of 500 articles of 3 KB has 1.5 MB of
// text, which made two segments of each batch. The settings are rows of the
// index's own config table, so they stay with the file.
static const char* kV6 = R"sql(
INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', 8);
INSERT INTO articles_fts(articles_fts, rank) VALUES('crisismerge', 32);
INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 16777216);
)sql";

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kAll = {
      {1, kV1, false},
      {2, kV2, true},
      {3, kV3, false},
      {4, kV4, false},
      {5, kV5, false},
      {6, kV6, false},
  };
  return kAll;
}

}  // namespace dragoman::sqlite
