// The store's serving paths (schema v5): search ranking windows and their
// cursors, the stories list by keyset cursor, counters kept by triggers
// (Stats and TopEntities equal to direct counts), the data version, and
// reads that see writes committed by another connection.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

#include "dragoman/store.h"
#include "store_test_util.h"

namespace dragoman {
namespace {

using testing::MakeArticle;
using testing::TempDir;

std::unique_ptr<Store> OpenOrDie(const std::string& path, bool read_only = false) {
  StoreOptions o;
  o.read_only = read_only;
  o.create_if_missing = !read_only;
  auto s = Store::Open(path, o);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(*s) : nullptr;
}

std::vector<std::string> Ids(const SearchPage& page) {
  std::vector<std::string> ids;
  for (const auto& h : page.hits) ids.push_back(h.article.id);
  return ids;
}

// Every page of a query, following next_cursor.
std::vector<SearchHit> AllPages(Store& store, SearchQuery q, size_t* pages = nullptr) {
  std::vector<SearchHit> all;
  size_t n = 0;
  do {
    auto page = store.Search(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    if (!page.ok()) break;
    EXPECT_LE(page->hits.size(), q.limit);
    all.insert(all.end(), page->hits.begin(), page->hits.end());
    q.cursor = page->next_cursor;
    if (++n > 1000) break;
  } while (!q.cursor.empty());
  if (pages) *pages = n;
  return all;
}

// 30 articles that all say "harbour", 0 to 4 more times; every third in
// outlet "North". Stored in one batch: seq order = vector order.
std::vector<Article> HarbourArticles() {
  std::vector<Article> batch;
  for (int i = 0; i < 30; ++i) {
    std::string text = "Report " + std::to_string(i) + " from the harbour.";
    for (int k = 0; k < (i * 7) % 5; ++k) text += " The harbour again.";
    batch.push_back(MakeArticle("Report " + std::to_string(i), text, "en", i % 3 == 0 ? "North" : "South"));
  }
  return batch;
}

TEST(StoreServing, SearchPagesAcrossRankWindowsVisitEveryMatchOnce) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  auto batch = HarbourArticles();
  ASSERT_TRUE(store->PutBatch(batch).ok());
  SearchQuery q;
  q.text = "harbour";
  q.limit = 3;  // pages end inside windows and at their edges
  q.rank_window = 4;
  size_t pages = 0;
  auto hits = AllPages(*store, q, &pages);
  ASSERT_EQ(hits.size(), 30u);
  EXPECT_EQ(pages, 10u);
  std::set<std::string> seen;
  for (const auto& h : hits) seen.insert(h.article.id);
  EXPECT_EQ(seen.size(), 30u) << "an article on two pages, or one lost";
  // Windows of 4, newest first; within a window by score (higher first).
  for (size_t w = 0; w < 30; w += 4) {
    std::set<std::string> want, got;
    for (size_t i = w; i < std::min<size_t>(w + 4, 30); ++i) {
      want.insert(batch[29 - i].id);
      got.insert(hits[i].article.id);
      if (i > w) EXPECT_GE(hits[i - 1].score, hits[i].score) << "window " << w / 4 << " not ranked";
    }
    EXPECT_EQ(got, want) << "window " << w / 4;
  }
  // A window as large as the matches: plain BM25 order, the same as before
  // windows existed (score, then insertion order).
  q.rank_window = 1000;
  auto ranked = AllPages(*store, q);
  ASSERT_EQ(ranked.size(), 30u);
  for (size_t i = 1; i < ranked.size(); ++i) EXPECT_GE(ranked[i - 1].score, ranked[i].score);
  q.rank_window = 30;  // exactly full: the probe for an older window finds none
  EXPECT_EQ(AllPages(*store, q).size(), 30u);
}

TEST(StoreServing, RankWindowsCountFilteredMatchesAndCursorsAreStable) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  auto batch = HarbourArticles();
  ASSERT_TRUE(store->PutBatch(batch).ok());
  SearchQuery q;
  q.text = "harbour";
  q.outlet = "North";
  q.limit = 2;
  q.rank_window = 3;
  auto hits = AllPages(*store, q);
  ASSERT_EQ(hits.size(), 10u);
  std::set<std::string> want;
  for (int i = 0; i < 30; i += 3) want.insert(batch[i].id);
  std::set<std::string> got;
  for (const auto& h : hits) got.insert(h.article.id);
  EXPECT_EQ(got, want);
  // The first window holds the 3 newest North articles (27, 24, 21).
  std::set<std::string> first = {hits[0].article.id, hits[1].article.id, hits[2].article.id};
  EXPECT_EQ(first, (std::set<std::string>{batch[27].id, batch[24].id, batch[21].id}));
  // A hit's cursor gives the hits after it, the same every time.
  q.cursor = hits[3].cursor;
  auto a = store->Search(q), b = store->Search(q);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(Ids(*a), Ids(*b));
  EXPECT_EQ(Ids(*a), (std::vector<std::string>{hits[4].article.id, hits[5].article.id}));
  // A cursor from before ranking windows ("c1.<score bits>.<seq>") still reads.
  q.cursor = "c1.0000000000000000.0";
  EXPECT_TRUE(store->Search(q).ok());
  for (const char* bad : {"c2.x.0000000000000000.1", "c2.1.00.1", "c2.1.0000000000000000.1.2", "c2.-1.0000000000000000.1",
                          "c3.1.0000000000000000.1"}) {
    q.cursor = bad;
    EXPECT_EQ(store->Search(q).status().code(), Code::kInvalidArgument) << bad;
  }
  q.cursor.clear();
  q.rank_window = 0;
  EXPECT_EQ(store->Search(q).status().code(), Code::kInvalidArgument);
}

TEST(StoreServing, StoryFilterWithTextUsesTheStorysArticles) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  auto batch = HarbourArticles();
  ASSERT_TRUE(store->PutBatch(batch).ok());
  ASSERT_TRUE(store->ReplaceStories({{"st", "Harbour", "", "", {batch[1].id, batch[5].id, batch[9].id}}}).ok());
  SearchQuery q;
  q.text = "harbour";
  q.story_id = "st";
  q.limit = 1;
  q.rank_window = 2;
  auto hits = AllPages(*store, q);
  std::set<std::string> got;
  for (const auto& h : hits) got.insert(h.article.id);
  EXPECT_EQ(got, (std::set<std::string>{batch[1].id, batch[5].id, batch[9].id}));
  EXPECT_EQ(hits.size(), 3u);
}

// 40 stories of 1 to 4 articles (many ties on the count), ids out of order.
void WriteStories(Store& store, std::vector<Article>* articles) {
  std::vector<Article> batch;
  for (int i = 0; i < 100; ++i)
    batch.push_back(MakeArticle("Story article " + std::to_string(i), "Text " + std::to_string(i),
                                i % 2 ? "en" : "fr", "Outlet " + std::to_string(i % 3)));
  ASSERT_TRUE(store.PutBatch(batch).ok());
  std::vector<StoryRecord> stories;
  size_t next = 0;
  for (int s = 0; s < 40; ++s) {
    StoryRecord r;
    r.id = "story-" + std::to_string((s * 17) % 40) + (s % 2 ? "/x" : ".y");
    r.title = "Story " + std::to_string(s);
    for (int k = 0; k <= s % 4 && next < batch.size(); ++k) r.article_ids.push_back(batch[next++].id);
    stories.push_back(r);
  }
  ASSERT_TRUE(store.ReplaceStories(stories).ok());
  *articles = batch;
}

TEST(StoreServing, StoriesListPagesFollowTheIndexOrder) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  std::vector<Article> articles;
  WriteStories(*store, &articles);
  auto all = store->Stories(1000);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 40u);
  // The order: most articles first, then by id.
  for (size_t i = 1; i < all->size(); ++i) {
    const auto &a = (*all)[i - 1], &b = (*all)[i];
    ASSERT_TRUE(a.article_ids.size() > b.article_ids.size() ||
                (a.article_ids.size() == b.article_ids.size() && a.id < b.id))
        << a.id << " before " << b.id;
  }
  std::map<std::string, std::string> language, outlet;
  for (const auto& a : articles) {
    language[a.id] = a.language;
    outlet[a.id] = *a.outlet;
  }
  // Pages of 7 by keyset cursor give the same list.
  StoryListQuery q;
  q.limit = 7;
  std::vector<StoryListItem> paged;
  int pages = 0;
  do {
    auto page = store->ListStories(q);
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    paged.insert(paged.end(), page->stories.begin(), page->stories.end());
    q.cursor = page->next_cursor;
    ASSERT_LT(++pages, 20);
  } while (!q.cursor.empty());
  EXPECT_EQ(pages, 6);
  ASSERT_EQ(paged.size(), all->size());
  for (size_t i = 0; i < paged.size(); ++i) {
    EXPECT_EQ(paged[i].story.id, (*all)[i].id);
    EXPECT_EQ(paged[i].story.article_ids, (*all)[i].article_ids);
    std::set<std::string> ls, os;
    for (const auto& id : paged[i].story.article_ids) {
      ls.insert(language[id]);
      os.insert(outlet[id]);
    }
    EXPECT_EQ(paged[i].languages, std::vector<std::string>(ls.begin(), ls.end()));
    EXPECT_EQ(paged[i].outlets, std::vector<std::string>(os.begin(), os.end()));
  }
  // Offset cursors ("o:N", the first API's) still read.
  q.cursor = "o:14";
  auto third = store->ListStories(q);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->stories.front().story.id, (*all)[14].id);
  for (const char* bad : {"garbage", "s1.", "s1.x.story", "s1.3", "o:", "o:12x", "o:-1"}) {
    q.cursor = bad;
    EXPECT_EQ(store->ListStories(q).status().code(), Code::kInvalidArgument) << bad;
  }
  // The list is served by the index: no sort of the stories table.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(dir.File("s.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "EXPLAIN QUERY PLAN SELECT articles, id FROM stories WHERE articles < 3 "
                               "ORDER BY articles DESC, id LIMIT 10",
                               -1, &st, nullptr),
            SQLITE_OK);
  std::string plan;
  while (sqlite3_step(st) == SQLITE_ROW) plan += std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 3))) + "\n";
  sqlite3_finalize(st);
  sqlite3_close(db);
  EXPECT_NE(plan.find("stories_order"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
}

// Runs a query on the file with a connection of its own; the first column
// of each row as text, the second as an integer.
std::vector<std::pair<std::string, int64_t>> Query(const std::string& path, const char* sql) {
  std::vector<std::pair<std::string, int64_t>> out;
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db) << "\n" << sql;
  while (st && sqlite3_step(st) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(st, 0);
    out.emplace_back(t ? reinterpret_cast<const char*>(t) : "", sqlite3_column_int64(st, 1));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

int64_t Count(const std::string& path, const char* sql) {
  auto rows = Query(path, (std::string("SELECT '', (") + sql + ")").c_str());
  return rows.empty() ? -1 : rows[0].second;
}

// Stats() against the same figures counted directly over the tables.
void ExpectStatsEqualDirectCounts(Store& store, const std::string& path) {
  auto s = store.Stats();
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->articles, Count(path, "SELECT count(*) FROM articles"));
  EXPECT_EQ(s->near_duplicates, Count(path, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"));
  EXPECT_EQ(s->text_bytes, Count(path, "SELECT coalesce(sum(text_bytes), 0) FROM articles"));
  EXPECT_EQ(s->entities, Count(path, "SELECT count(*) FROM entities"));
  EXPECT_EQ(s->mentions, Count(path, "SELECT count(*) FROM mentions"));
  EXPECT_EQ(s->quotes, Count(path, "SELECT count(*) FROM quotes"));
  EXPECT_EQ(s->events, Count(path, "SELECT count(*) FROM events"));
  EXPECT_EQ(s->stories, Count(path, "SELECT count(*) FROM stories"));
  auto rows = [](const std::vector<CountRow>& v) {
    std::vector<std::pair<std::string, int64_t>> out;
    for (const auto& r : v) out.emplace_back(r.key, static_cast<int64_t>(r.count));
    return out;
  };
  EXPECT_EQ(rows(s->by_language),
            Query(path, "SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY n DESC, language"));
  EXPECT_EQ(rows(s->by_outlet), Query(path, "SELECT coalesce(outlet, ''), count(*) AS n FROM articles GROUP BY outlet "
                                            "ORDER BY n DESC, outlet"));
  EXPECT_EQ(rows(s->by_format),
            Query(path, "SELECT format, count(*) AS n FROM articles GROUP BY format ORDER BY n DESC, format"));
  EXPECT_EQ(rows(s->by_month), Query(path, "SELECT coalesce(substr(published, 1, 7), '') AS m, count(*) FROM articles "
                                           "GROUP BY m ORDER BY m = '', m"));
  // Top entities: the counters against the aggregate over article_entities.
  auto top = store.TopEntities({"", "", 50});
  ASSERT_TRUE(top.ok());
  std::vector<std::pair<std::string, int64_t>> got;
  for (const auto& e : *top) got.emplace_back(e.entity.id + "/" + std::to_string(e.mentions), e.articles);
  EXPECT_EQ(got, Query(path, "SELECT ae.entity_id || '/' || sum(ae.mentions), count(*) AS n FROM article_entities AS ae "
                             "JOIN entities AS e ON e.id = ae.entity_id GROUP BY ae.entity_id "
                             "ORDER BY n DESC, sum(ae.mentions) DESC, ae.entity_id LIMIT 50"));
}

Article WithEntities(Article a, const std::vector<std::pair<std::string, int>>& entities) {
  for (const auto& [id, mentions] : entities) {
    a.entities.push_back({id, "Name of " + id, "PER", ""});
    for (int k = 0; k < mentions; ++k) a.mentions.push_back({{Field::kText, 0, 1}, a.text.substr(0, 1), "PER", id});
  }
  return a;
}

TEST(StoreServing, StatsEqualDirectCountsThroughEveryKindOfWrite) {
  TempDir dir;
  std::string path = dir.File("s.db");
  auto store = OpenOrDie(path);
  ExpectStatsEqualDirectCounts(*store, path);  // empty
  std::vector<Article> batch = {
      WithEntities(MakeArticle("1", "one", "en", "Beta", "2024-05-02"), {{"e:a", 2}, {"e:b", 1}}),
      WithEntities(MakeArticle("2", "two", "fr", "Alpha", "2023-11-30"), {{"e:a", 1}}),
      MakeArticle("3", "three", "en", "Beta", "2024-05"),
      MakeArticle("4", "four", "de", "", ""),
      WithEntities(MakeArticle("5", "five", "fr", "Gamma", "2024"), {{"e:c", 3}, {"e:b", 1}})};
  batch[3].outlet.reset();       // no outlet at all
  batch[2].outlet = std::string();  // an empty outlet: a group of its own
  batch[4].duplicate_of = batch[1].id;
  batch[0].quotes.push_back(Quote{});
  batch[0].quotes.back().text = "o";
  batch[0].quotes.back().span = {Field::kText, 0, 1};
  ASSERT_TRUE(store->PutBatch(batch).ok());
  ExpectStatsEqualDirectCounts(*store, path);
  // The same batch again changes nothing.
  ASSERT_EQ(store->PutBatch(batch)->unchanged, 5u);
  ExpectStatsEqualDirectCounts(*store, path);
  // Updates move counts between groups and replace layers.
  std::vector<Article> changed = batch;
  changed[0].outlet = "Alpha";
  changed[0].language = "de";
  changed[0].entities.clear();
  changed[0].mentions.clear();
  changed[0].quotes.clear();
  changed[1].published = PublishedDate{"2025-01-01", "day", "test"};
  changed[4].duplicate_of.reset();
  changed[4] = WithEntities(changed[4], {{"e:d", 1}});
  PutOptions update;
  update.update_changed = true;
  auto put = store->PutBatch(changed, update);
  ASSERT_TRUE(put.ok());
  EXPECT_EQ(put->updated, 3u);
  ExpectStatsEqualDirectCounts(*store, path);
  // Stories: replaced, upserted, removed.
  ASSERT_TRUE(store->ReplaceStories({{"s1", "a", "", "", {batch[0].id}}, {"s2", "b", "", "", {batch[1].id}}}).ok());
  ExpectStatsEqualDirectCounts(*store, path);
  ASSERT_TRUE(store->UpsertStories({{"s3", "c", "", "", {batch[2].id}}}, {"s1"}).ok());
  ExpectStatsEqualDirectCounts(*store, path);
  EXPECT_EQ(store->Stats()->stories, 2u);
  ASSERT_TRUE(store->ReplaceStories({}).ok());
  ExpectStatsEqualDirectCounts(*store, path);
}

TEST(StoreServing, ReadsSeeWritesOfAnotherConnectionAndTheDataVersionMoves) {
  TempDir dir;
  std::string path = dir.File("s.db");
  auto writer = OpenOrDie(path);
  ASSERT_TRUE(writer->PutBatch({MakeArticle("First", "the first lighthouse")}).ok());
  auto reader = OpenOrDie(path, /*read_only=*/true);
  ASSERT_TRUE(reader);
  auto v0 = reader->DataVersion();
  ASSERT_TRUE(v0.ok());
  EXPECT_EQ(*reader->DataVersion(), *v0) << "no write, same version";
  // Reads that leave a statement on a row (one article, one story).
  auto id = MakeArticle("First", "the first lighthouse").id;
  ASSERT_TRUE(reader->GetArticle(id).ok());
  ASSERT_TRUE(reader->Stats().ok());
  ASSERT_TRUE(writer->PutBatch({MakeArticle("Second", "the second lighthouse")}).ok());
  EXPECT_NE(*reader->DataVersion(), *v0);
  // The reader sees the new article at once: no snapshot kept from before.
  EXPECT_EQ(reader->Stats()->articles, 2u);
  SearchQuery q;
  q.text = "lighthouse";
  auto page = reader->Search(q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->hits.size(), 2u);
}

}  // namespace
}  // namespace dragoman
