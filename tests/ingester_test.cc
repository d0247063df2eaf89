// Ingester: batches into the store, inline or on a writer thread of its own.
#include "store/ingester.h"

#include <gtest/gtest.h>

#include <string>

#include "store_test_util.h"

namespace dragoman {
namespace {

using testing::MakeArticle;
using testing::TempDir;

Article Numbered(int i) {
  return MakeArticle("Bridge vote number " + std::to_string(i),
                     "The council of town " + std::to_string(i) + " voted on bridge " + std::to_string(i * 7) +
                         " after a hearing that lasted " + std::to_string(i % 9 + 1) + " hours.");
}

IngestCounts IngestNumbered(Store* store, int n, bool writer_thread) {
  Ingester ingester(store, nullptr, 100);
  if (writer_thread) ingester.start_writer();
  for (int i = 0; i < n; ++i) {
    Status s = ingester.Put(Origin{"a" + std::to_string(i) + ".txt", "", "", "txt"}, Numbered(i),
                            [](const Origin&, const Status&) {});
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  EXPECT_TRUE(ingester.Flush().ok());
  return ingester.counts();
}

TEST(Ingester, AWriterThreadStoresWhatWritingInlineStores) {
  TempDir dir;
  auto inline_store = Store::Open(dir.File("inline.db"));
  auto thread_store = Store::Open(dir.File("thread.db"));
  ASSERT_TRUE(inline_store.ok() && thread_store.ok());
  IngestCounts a = IngestNumbered(inline_store->get(), 1234, false);
  IngestCounts b = IngestNumbered(thread_store->get(), 1234, true);
  EXPECT_EQ(a.inserted, 1234u);
  EXPECT_EQ(b.inserted, 1234u);
  EXPECT_EQ(b.batches, 13u);  // 12 full batches of 100 and the rest at Flush
  // The writer thread's CPU time is counted when there is one.
  EXPECT_EQ(a.writer_cpu_s, 0.0);
  EXPECT_GT(b.writer_cpu_s, 0.0);
  auto sa = (*inline_store)->Stats();
  auto sb = (*thread_store)->Stats();
  ASSERT_TRUE(sa.ok() && sb.ok());
  EXPECT_EQ(sa->articles, 1234u);
  EXPECT_EQ(sb->articles, 1234u);
  EXPECT_EQ(sb->text_bytes, sa->text_bytes);
  // Every article is there, readable.
  auto got = (*thread_store)->GetArticle(Numbered(777).id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(*got->title, "Bridge vote number 777");
}

TEST(Ingester, AStoreFailureOnTheWriterThreadIsReturned) {
  TempDir dir;
  ASSERT_TRUE(Store::Open(dir.File("s.db")).ok());  // create it
  StoreOptions read_only;
  read_only.read_only = true;
  auto store = Store::Open(dir.File("s.db"), read_only);
  ASSERT_TRUE(store.ok());
  Ingester ingester(store->get(), nullptr, 10);
  ingester.start_writer();
  Status first_failure;
  for (int i = 0; i < 100 && first_failure.ok(); ++i)
    first_failure = ingester.Put(Origin{"a.txt", "", "", "txt"}, Numbered(i), [](const Origin&, const Status&) {});
  Status flushed = ingester.Flush();
  EXPECT_FALSE(flushed.ok());
  EXPECT_EQ(ingester.counts().inserted, 0u);
}

}  // namespace
}  // namespace dragoman
