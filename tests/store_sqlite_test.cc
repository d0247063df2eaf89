// The SQLite store: round trips, idempotence, search, filters, pages,
// migrations.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>

#include "dragoman/json_output.h"
#include "dragoman/store.h"
#include "store_test_util.h"

namespace dragoman {
namespace {

using testing::MakeArticle;
using testing::TempDir;

std::unique_ptr<Store> OpenOrDie(const std::string& path) {
  auto s = Store::Open(path);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(*s) : nullptr;
}

std::vector<std::string> Ids(const SearchPage& page) {
  std::vector<std::string> ids;
  for (const auto& h : page.hits) ids.push_back(h.article.id);
  return ids;
}

// An article with every layer filled, offsets in bytes of a non-ASCII text.
Article RichArticle() {
  Article a = MakeArticle("Séjourné à Kyiv", "Stéphane Séjourné a rencontré Dmytro Kouleba à Kyiv.\n\n"
                                             "« Nous sommes là », a dit le ministre.",
                          "fr", "Le Veilleur", "2024-02-23");
  a.authors = {"C. Duval"};
  a.source.url = "https://example.org/a";
  a.boilerplate = {{"Partager", "share"}};
  a.language_blocks = {{0, 10, "fr", 0.99}};
  a.entities = {{"kb:person/stephane-sejourne", "Stéphane Séjourné", "PER", "Q3500000"},
                {"kb:geo/kyiv", "Kyiv", "LOC", ""}};
  auto span = [&](Field f, const std::string& needle) {
    const std::string& t = a.FieldText(f);
    size_t p = t.find(needle);
    return Span{f, static_cast<uint32_t>(p), static_cast<uint32_t>(p + needle.size())};
  };
  a.mentions = {{span(Field::kText, "Stéphane Séjourné"), "Stéphane Séjourné", "PER", "kb:person/stephane-sejourne"},
                {span(Field::kTitle, "Séjourné"), "Séjourné", "PER", "kb:person/stephane-sejourne"},
                {span(Field::kText, "Kyiv"), "Kyiv", "LOC", "kb:geo/kyiv"}};
  Quote q;
  q.speaker = {"kb:person/stephane-sejourne", "Stéphane Séjourné", "ministre"};
  q.text = "Nous sommes là";
  q.span = span(Field::kText, "Nous sommes là");
  a.quotes = {q};
  Event e;
  e.code = "040";
  e.root = "04";
  e.label = "Consult";
  e.actor1 = {"kb:person/stephane-sejourne", "Stéphane Séjourné", "FRAGOV"};
  e.actor2 = {"kb:ukraine", "Ukraine", "UKR"};
  e.place_name = "Kyiv";
  e.place_id = "kb:geo/kyiv";
  e.place_country = "UA";
  e.date = "2024-02-23";
  e.goldstein = 1.0;
  e.mood = "asserted";
  e.span = span(Field::kText, "a rencontré");
  a.events = {e};
  a.tone = -0.5;
  a.simhash = 0xfedcba9876543210ULL;
  a.dedup_signature = std::string("\x01\x00sig\xff", 6);  // opaque bytes, zeros included
  return a;
}

TEST(StoreSqlite, RoundTripKeepsTheWholeRecord) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  Article a = RichArticle();
  auto r = store->PutBatch({a});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->inserted, 1u);
  auto got = store->GetArticle(a.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(ArticleToJson(*got), ArticleToJson(a));
  EXPECT_EQ(store->GetArticle("0000000000000000").status().code(), Code::kNotFound);

  // The layers are rows too, with code-point offsets as in the JSON.
  auto mentions = store->Mentions({a.id, "", 100});
  ASSERT_TRUE(mentions.ok());
  ASSERT_EQ(mentions->size(), 3u);
  const StoredMention& m = (*mentions)[0];
  EXPECT_EQ(m.text, "Stéphane Séjourné");
  EXPECT_EQ(m.start, 0u);
  EXPECT_EQ(m.end, 17u);  // code points, not bytes (19)
  auto quotes = store->Quotes({"", "kb:person/stephane-sejourne", 10});
  ASSERT_TRUE(quotes.ok());
  ASSERT_EQ(quotes->size(), 1u);
  EXPECT_EQ((*quotes)[0].quote.text, "Nous sommes là");
  EXPECT_EQ((*quotes)[0].article_id, a.id);
  auto events = store->Events({"", "kb:ukraine", 10});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].event.code, "040");
  EXPECT_EQ((*events)[0].event.place_country, "UA");
  auto top = store->TopEntities({});
  ASSERT_TRUE(top.ok());
  ASSERT_EQ(top->size(), 2u);
  EXPECT_EQ((*top)[0].entity.id, "kb:person/stephane-sejourne");
  EXPECT_EQ((*top)[0].mentions, 2u);
  EXPECT_EQ((*top)[0].entity.wikidata, "Q3500000");
  auto loc = store->TopEntities({"LOC", "", 10});
  ASSERT_TRUE(loc.ok());
  ASSERT_EQ(loc->size(), 1u);
  EXPECT_EQ((*loc)[0].entity.id, "kb:geo/kyiv");
  EXPECT_EQ(store->GetEntity("kb:geo/kyiv")->name, "Kyiv");

  uint64_t sig = 0;
  std::string bytes;
  ASSERT_TRUE(store->ForEachSignature([&](const StoredSignature& s) {
    EXPECT_EQ(s.id, a.id);
    EXPECT_FALSE(s.duplicate_of);
    sig = s.simhash;
    bytes = s.signature;
  }).ok());
  EXPECT_EQ(sig, a.simhash);
  EXPECT_EQ(bytes, a.dedup_signature);
  EXPECT_TRUE(store->Check().ok());
}

TEST(StoreSqlite, ReputtingTheSameContentChangesNothing) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  std::vector<Article> batch = {MakeArticle("One", "First text about Kyiv."),
                                MakeArticle("Two", "Second text about Paris."), RichArticle()};
  batch.push_back(batch[0]);  // the same article twice in one batch
  auto r1 = store->PutBatch(batch);
  ASSERT_TRUE(r1.ok());
  EXPECT_EQ(r1->inserted, 3u);
  EXPECT_EQ(r1->unchanged, 1u);
  auto before = store->Stats();
  ASSERT_TRUE(before.ok());
  auto r2 = store->PutBatch(batch);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->inserted, 0u);
  EXPECT_EQ(r2->unchanged, 4u);
  auto after = store->Stats();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->articles, 3u);
  EXPECT_EQ(after->mentions, before->mentions);
  EXPECT_EQ(after->quotes, before->quotes);
  EXPECT_EQ(after->events, before->events);
  EXPECT_TRUE(store->Check().ok());
}

TEST(StoreSqlite, UpdateChangedReplacesARecordAndItsIndex) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  Article a = MakeArticle("Summit", "Leaders met in Vilnius.");
  ASSERT_TRUE(store->PutBatch({a}).ok());
  Article b = a;  // same id, richer analysis
  b.language = "lt";
  b.entities = {{"kb:geo/vilnius", "Vilnius", "LOC", ""}};
  b.mentions = {{{Field::kText, 15, 22}, "Vilnius", "LOC", "kb:geo/vilnius"}};
  auto kept = store->PutBatch({b});
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->unchanged, 1u);
  EXPECT_EQ(store->GetArticle(a.id)->language, "en");
  PutOptions update;
  update.update_changed = true;
  auto r = store->PutBatch({b}, update);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->updated, 1u);
  EXPECT_EQ(store->GetArticle(a.id)->language, "lt");
  auto again = store->PutBatch({b}, update);
  EXPECT_EQ(again->unchanged, 1u);
  SearchQuery q;
  q.text = "Vilnius";
  q.language = "lt";
  auto page = store->Search(q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(Ids(*page), std::vector<std::string>{a.id});
  EXPECT_EQ(store->Stats()->mentions, 1u);
  EXPECT_TRUE(store->Check().ok());
}

TEST(StoreSqlite, PutBatchWithRecordsMadeByTheCallerStoresThem) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  std::vector<Article> batch = {MakeArticle("One", "First text about Zanzibar."), RichArticle()};
  std::vector<std::string> records = {ArticleToJson(batch[0]), ArticleToJson(batch[1])};
  auto r = store->PutBatch(batch, records, PutOptions());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->inserted, 2u);
  auto got = store->GetArticle(batch[1].id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(ArticleToJson(*got), records[1]);
  // The same records as PutBatch makes itself: with update_changed nothing differs.
  PutOptions update;
  update.update_changed = true;
  EXPECT_EQ(store->PutBatch(batch, update)->unchanged, 2u);
  SearchQuery q;
  q.text = "Zanzibar";
  EXPECT_EQ(Ids(*store->Search(q)), std::vector<std::string>{batch[0].id});
  // One record per article, or nothing is written.
  Article c = MakeArticle("Three", "Third text.");
  EXPECT_EQ(store->PutBatch({c}, {}, PutOptions()).status().code(), Code::kInvalidArgument);
  EXPECT_EQ(store->Stats()->articles, 2u);
}

TEST(StoreSqlite, BatchWithoutIdWritesNothing) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  Article ok = MakeArticle("Fine", "A text.");
  Article bad = MakeArticle("Bad", "Another text.");
  bad.id.clear();
  auto r = store->PutBatch({ok, bad});
  EXPECT_EQ(r.status().code(), Code::kInvalidArgument);
  EXPECT_EQ(store->Stats()->articles, 0u);
}

TEST(StoreSqlite, SearchFoldsDiacriticsAndCase) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  Article fr = MakeArticle("Visite", "Stéphane Séjourné est arrivé à Kyiv.", "fr");
  Article en = MakeArticle("Visit", "Foreign minister Stephane Sejourne arrived in Kyiv.", "en");
  Article other = MakeArticle("Other", "Nothing about the minister here.", "en");
  ASSERT_TRUE(store->PutBatch({fr, en, other}).ok());
  for (const char* query : {"Sejourne", "séjourné", "SEJOURNE", "sejourn*"}) {
    SearchQuery q;
    q.text = query;
    auto page = store->Search(q);
    ASSERT_TRUE(page.ok()) << query << ": " << page.status().ToString();
    auto list = Ids(*page);
    std::set<std::string> ids(list.begin(), list.end());
    EXPECT_EQ(ids, (std::set<std::string>{fr.id, en.id})) << query;
  }
  SearchQuery q;
  q.text = "Sejourne";
  q.language = "fr";
  auto page = store->Search(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->hits.size(), 1u);
  EXPECT_GT(page->hits[0].score, 0.0);
  EXPECT_NE(page->hits[0].snippet.find("[Séjourné]"), std::string::npos) << page->hits[0].snippet;
  EXPECT_EQ(*page->hits[0].article.title, "Visite");
}

TEST(StoreSqlite, DecomposedQueryAndOutletFindComposedText) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  Article fr = MakeArticle("Visite", "Stéphane Séjourné est arrivé à Kyiv.", "fr", "Le Télégramme");
  Article other = MakeArticle("Other", "Nothing about the minister here.", "en", "Le Télégramme");
  ASSERT_TRUE(store->PutBatch({fr, other}).ok());
  SearchQuery q;
  q.text = "Se\xCC\x81journe\xCC\x81";  // e + U+0301, as some keyboards and systems send it
  q.outlet = "Le Te\xCC\x81le\xCC\x81gramme";
  auto page = store->Search(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(Ids(*page), std::vector<std::string>{fr.id});
}

TEST(StoreSqlite, TitleMatchesRankFirst) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  Article body = MakeArticle("Weather report", "Rain over the city; the drone show was cancelled. More rain later.");
  Article title = MakeArticle("Drone strikes", "Attacks hit two refineries overnight, officials said on Monday.");
  ASSERT_TRUE(store->PutBatch({body, title}).ok());
  SearchQuery q;
  q.text = "drone";
  auto page = store->Search(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->hits.size(), 2u);
  EXPECT_EQ(page->hits[0].article.id, title.id);
  EXPECT_GE(page->hits[0].score, page->hits[1].score);
}

TEST(StoreSqlite, FiltersNarrowTheHits) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  Article a = MakeArticle("A", "Talks on Ukraine aid in Brussels.", "en", "Wire One", "2024-03-10");
  Article b = MakeArticle("B", "Talks on Ukraine aid in Paris.", "en", "Wire Two", "2024-04");
  Article c = MakeArticle("C", "Discussions sur l'aide à l'Ukraine.", "fr", "Wire One", "2023");
  Article d = MakeArticle("D", "Talks on Ukraine aid, copied.", "en", "Wire Two", "2024-04-20");
  d.duplicate_of = a.id;
  Article e = RichArticle();  // mentions kb:geo/kyiv, fr, 2024-02-23
  ASSERT_TRUE(store->PutBatch({a, b, c, d, e}).ok());
  auto run = [&](SearchQuery q) {
    if (q.text.empty()) q.text = "ukraine OR kyiv";
    auto page = store->Search(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    auto ids = page.ok() ? Ids(*page) : std::vector<std::string>{};
    return std::set<std::string>(ids.begin(), ids.end());
  };
  using S = std::set<std::string>;
  SearchQuery q;
  EXPECT_EQ(run(q), (S{a.id, b.id, c.id, d.id, e.id}));
  q.language = "fr";
  EXPECT_EQ(run(q), (S{c.id, e.id}));
  q = {};
  q.outlet = "Wire Two";
  EXPECT_EQ(run(q), (S{b.id, d.id}));
  q = {};
  q.from = "2024-04-01";  // b is dated only by its month: it overlaps
  EXPECT_EQ(run(q), (S{b.id, d.id}));
  q.to = "2024-04-10";
  EXPECT_EQ(run(q), (S{b.id}));
  q = {};
  q.to = "2023-12";
  EXPECT_EQ(run(q), (S{c.id}));
  q = {};
  q.entity_id = "kb:geo/kyiv";
  EXPECT_EQ(run(q), (S{e.id}));
  q = {};
  q.include_duplicates = false;
  EXPECT_EQ(run(q), (S{a.id, b.id, c.id, e.id}));
  // Filters without words: insertion order.
  q = {};
  q.text = "";
  q.outlet = "Wire One";
  auto page = store->Search(q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(Ids(*page), (std::vector<std::string>{a.id, c.id}));
  EXPECT_FALSE(page->hits[0].snippet.empty());
  // Stories.
  auto unknown = store->ReplaceStories({{"story-1", "Aid talks", "2024-03-10", "2024-04-20", {a.id, d.id, "nope"}}});
  ASSERT_TRUE(unknown.ok());
  EXPECT_EQ(*unknown, 1u);
  q = {};
  q.story_id = "story-1";
  EXPECT_EQ(run(q), (S{a.id, d.id}));
  auto stories = store->Stories(10);
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ((*stories)[0].article_ids, (std::vector<std::string>{a.id, d.id}));
  // Bad dates are the caller's error.
  q = {};
  q.text = "ukraine";
  q.from = "March 2024";
  EXPECT_EQ(store->Search(q).status().code(), Code::kInvalidArgument);
}

TEST(StoreSqlite, CursorPagesAreStableAndComplete) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  std::vector<Article> batch;
  for (int i = 0; i < 47; ++i) {
    std::string text = "Report " + std::to_string(i) + ": the ministers met.";
    for (int k = 0; k < i % 5; ++k) text += " Ministers again.";  // different scores, many ties
    batch.push_back(MakeArticle("Report " + std::to_string(i), text));
  }
  ASSERT_TRUE(store->PutBatch(batch).ok());
  for (std::string words : {"ministers", ""}) {
    SearchQuery q;
    q.text = words;
    q.limit = 10;
    std::vector<std::string> all;
    std::vector<std::vector<std::string>> pages;
    std::vector<std::string> cursors;
    do {
      cursors.push_back(q.cursor);
      auto page = store->Search(q);
      ASSERT_TRUE(page.ok()) << page.status().ToString();
      pages.push_back(Ids(*page));
      all.insert(all.end(), pages.back().begin(), pages.back().end());
      if (!page->next_cursor.empty()) {
        EXPECT_EQ(page->next_cursor, page->hits.back().cursor);
      }
      q.cursor = page->next_cursor;
      ASSERT_LT(pages.size(), 10u);
    } while (!q.cursor.empty());
    EXPECT_EQ(pages.size(), 5u) << words;
    EXPECT_EQ(all.size(), 47u);
    EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), 47u);  // no overlap, nothing lost
    // The same cursor gives the same page again.
    q.cursor = cursors[2];
    auto again = store->Search(q);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(Ids(*again), pages[2]);
  }
  SearchQuery q;
  q.text = "ministers";
  q.cursor = "garbage";
  EXPECT_EQ(store->Search(q).status().code(), Code::kInvalidArgument);
}

TEST(StoreSqlite, MalformedQueriesAreInvalidArgumentsNotFailures) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_TRUE(store->PutBatch({MakeArticle("NATO", "L'OTAN et Nizhny-Novgorod.", "fr")}).ok());
  for (const char* bad : {"foo AND", "\"unbalanced", "nosuchcolumn:word", "(a OR", "l'OTAN", "NEAR(", "*"}) {
    SearchQuery q;
    q.text = bad;
    auto page = store->Search(q);
    EXPECT_EQ(page.status().code(), Code::kInvalidArgument) << bad << ": " << page.status().ToString();
  }
  // --plain takes the same words literally.
  SearchQuery q;
  q.text = "l'OTAN Nizhny-Novgorod";
  q.plain = true;
  auto page = store->Search(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->hits.size(), 1u);
  q.text = "\"";
  EXPECT_EQ(store->Search(q).status().code(), Code::kInvalidArgument);
  // The store is still fine.
  EXPECT_TRUE(store->Check().ok());
}

TEST(StoreSqlite, StatsAreCompleteAndOrdered) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  std::vector<Article> batch = {
      MakeArticle("1", "one", "en", "Beta", "2024-05-02"), MakeArticle("2", "two", "fr", "Alpha", "2023-11-30"),
      MakeArticle("3", "three", "en", "Beta", "2024-05"),  MakeArticle("4", "four", "de", "", ""),
      MakeArticle("5", "five", "fr", "Gamma", "2024")};
  ASSERT_TRUE(store->PutBatch(batch).ok());
  auto s = store->Stats();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->articles, 5u);
  EXPECT_EQ(s->schema_version, LatestStoreSchemaVersion());
  auto rows = [](const std::vector<CountRow>& v) {
    std::vector<std::pair<std::string, uint64_t>> out;
    for (const auto& r : v) out.emplace_back(r.key, r.count);
    return out;
  };
  using V = std::vector<std::pair<std::string, uint64_t>>;
  EXPECT_EQ(rows(s->by_language), (V{{"en", 2}, {"fr", 2}, {"de", 1}}));
  EXPECT_EQ(rows(s->by_outlet), (V{{"Beta", 2}, {"", 1}, {"Alpha", 1}, {"Gamma", 1}}));
  EXPECT_EQ(rows(s->by_format), (V{{"txt", 5}}));
  EXPECT_EQ(rows(s->by_month), (V{{"2023-11", 1}, {"2024", 1}, {"2024-05", 2}, {"", 1}}));
}

TEST(StoreSqlite, ScansArticlesInInsertionOrder) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  std::vector<Article> batch = {MakeArticle("z", "last letter", "en"), MakeArticle("a", "first letter", "fr"),
                                MakeArticle("m", "middle letter", "en")};
  batch[2].duplicate_of = batch[0].id;
  ASSERT_TRUE(store->PutBatch(batch).ok());
  std::vector<std::string> seen;
  ASSERT_TRUE(store->ForEachArticle({}, [&](Article&& a) {
    seen.push_back(*a.title);
    return true;
  }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"z", "a", "m"}));
  seen.clear();
  ScanOptions only;
  only.language = "en";
  only.skip_duplicates = true;
  ASSERT_TRUE(store->ForEachArticle(only, [&](Article&& a) {
    seen.push_back(*a.title);
    return true;
  }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"z"}));
}

TEST(StoreSqlite, ResolvesUniqueIdPrefixes) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  Article a = MakeArticle("x", "some text");
  a.id = "abcd1111";
  Article b = MakeArticle("y", "other text");
  b.id = "abcd2222";
  ASSERT_TRUE(store->PutBatch({a, b}).ok());
  EXPECT_EQ(*store->ResolveId("abcd1"), "abcd1111");
  EXPECT_EQ(store->ResolveId("abcd").status().code(), Code::kInvalidArgument);
  EXPECT_EQ(store->ResolveId("ffff").status().code(), Code::kNotFound);
}

// The schema of version 1, written by hand as an old dragoman left it.
const char* kVersion1Schema = R"sql(
CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, language TEXT NOT NULL, outlet TEXT,
  format TEXT NOT NULL, source TEXT NOT NULL, url TEXT, title TEXT, published TEXT, pub_start TEXT, pub_end TEXT,
  text_bytes INTEGER NOT NULL, simhash INTEGER NOT NULL DEFAULT 0, duplicate_of TEXT);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_pub_start ON articles(pub_start);
CREATE TABLE records (seq INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE VIEW fts_content(seq, title, body) AS
  SELECT seq, json_extract(record, '$.title'), json_extract(record, '$.text') FROM records;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='fts_content', content_rowid='seq',
  tokenize='unicode61 remove_diacritics 2');
PRAGMA user_version=1;
)sql";

TEST(StoreSqlite, MigratesAVersion1File) {
  TempDir dir;
  std::string path = dir.File("old.db");
  Article a = RichArticle();
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, kVersion1Schema, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db,
                                 "INSERT INTO articles(seq, id, language, outlet, format, source, title, published, "
                                 "pub_start, pub_end, text_bytes) VALUES(1, ?1, 'fr', 'Le Veilleur', 'txt', 'x.txt', "
                                 "?2, '2024-02-23', '2024-02-23', '2024-02-23', 10)",
                                 -1, &st, nullptr),
              SQLITE_OK);
    sqlite3_bind_text(st, 1, a.id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, a.title->c_str(), -1, SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    std::string record = ArticleToJson(a);
    ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO records(seq, record) VALUES(1, ?1)", -1, &st, nullptr), SQLITE_OK);
    sqlite3_bind_text(st, 1, record.c_str(), -1, SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    ASSERT_EQ(sqlite3_exec(db, "INSERT INTO articles_fts(articles_fts) VALUES('rebuild')", nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  // Read-only opening refuses to migrate and says so.
  StoreOptions ro;
  ro.read_only = true;
  EXPECT_EQ(Store::Open(path, ro).status().code(), Code::kUnsupported);

  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), LatestStoreSchemaVersion());
  // Version 2 derived the layers from the stored record.
  auto top = store->TopEntities({});
  ASSERT_TRUE(top.ok());
  ASSERT_EQ(top->size(), 2u);
  EXPECT_EQ((*top)[0].entity.id, "kb:person/stephane-sejourne");
  EXPECT_EQ(store->Quotes({a.id, "", 10})->size(), 1u);
  // Version 3 added stories.
  EXPECT_TRUE(store->ReplaceStories({{"s1", "t", "", "", {a.id}}}).ok());
  SearchQuery q;
  q.text = "sejourne";
  q.story_id = "s1";
  auto page = store->Search(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(Ids(*page), std::vector<std::string>{a.id});
  // Idempotent: the migrated article is still "already stored".
  EXPECT_EQ(store->PutBatch({a})->unchanged, 1u);
  EXPECT_TRUE(store->Check().ok());
  store.reset();
  // Opening again migrates nothing and keeps the data.
  auto reopened = OpenOrDie(path);
  EXPECT_EQ(reopened->Stats()->articles, 1u);
  EXPECT_EQ(reopened->Stats()->mentions, 3u);
  // Version 5 filled its counters from the migrated rows; the triggers kept
  // them since (the story written after the migration).
  auto stats = reopened->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->stories, 1u);
  EXPECT_EQ(stats->entities, 2u);
  EXPECT_EQ(stats->quotes, 1u);
  EXPECT_EQ(stats->events, 1u);
  EXPECT_EQ(stats->text_bytes, 10u);
  ASSERT_EQ(stats->by_outlet.size(), 1u);
  EXPECT_EQ(stats->by_outlet[0].key, "Le Veilleur");
  ASSERT_EQ(stats->by_month.size(), 1u);
  EXPECT_EQ(stats->by_month[0].key, "2024-02");
  auto stories = reopened->ListStories({});
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories->stories.size(), 1u);
  EXPECT_EQ(stories->stories[0].languages, std::vector<std::string>{"fr"});
  reopened.reset();
  // Version 6 set the full-text index's merge settings in its config table,
  // and the index still finds the migrated article (phrase, folded accents).
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT k, v FROM articles_fts_config WHERE k <> 'version' ORDER BY k", -1, &st,
                                 nullptr),
              SQLITE_OK);
    std::vector<std::string> config;
    while (sqlite3_step(st) == SQLITE_ROW)
      config.push_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) + "=" +
                       reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    EXPECT_EQ(config, (std::vector<std::string>{"automerge=8", "crisismerge=32", "hashsize=16777216"}));
  }
  auto again = OpenOrDie(path);
  SearchQuery phrase;
  phrase.text = "\"Stéphane Sejourne\"";
  auto found = again->Search(phrase);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(Ids(*found), std::vector<std::string>{a.id});
}

TEST(StoreSqlite, RefusesWhatItCannotOpen) {
  TempDir dir;
  // Newer than this build.
  std::string newer = dir.File("newer.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(newer.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE t(x); PRAGMA user_version=999;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  EXPECT_EQ(Store::Open(newer).status().code(), Code::kUnsupported);
  // Some other application's database.
  std::string foreign = dir.File("foreign.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(foreign.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE t(x);", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  EXPECT_EQ(Store::Open(foreign).status().code(), Code::kInvalidArgument);
  // Not a database at all.
  std::string text = dir.File("notes.db");
  FILE* f = std::fopen(text.c_str(), "w");
  std::fputs("just some notes, long enough to not be mistaken for an empty database file....................\n", f);
  std::fclose(f);
  auto bad = Store::Open(text);
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("notes.db"), std::string::npos);
  // Missing, without create.
  StoreOptions no_create;
  no_create.create_if_missing = false;
  EXPECT_EQ(Store::Open(dir.File("missing.db"), no_create).status().code(), Code::kNotFound);
  // Backends that do not exist yet.
  EXPECT_EQ(Store::Open("postgres://localhost/news").status().code(), Code::kUnsupported);
  EXPECT_EQ(Store::Open("mysql://x").status().code(), Code::kUnsupported);
  auto via_uri = Store::Open("sqlite:" + dir.File("uri.db"));
  EXPECT_TRUE(via_uri.ok()) << via_uri.status().ToString();
}

}  // namespace
}  // namespace dragoman
