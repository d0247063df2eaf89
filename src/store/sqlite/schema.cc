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

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kAll = {
      {1, kV1, false},
      {2, kV2, true},
      {3, kV3, false},
      {4, kV4, false},
  };
  return kAll;
}

}  // namespace dragoman::sqlite
