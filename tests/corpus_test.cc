// Consistency checks for the bundled sample corpus (examples/corpus/) and its
// gold files: everything the gold names exists and says what the gold says, so
// that the evaluation commands and the other tests can rely on it.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace dragoman {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCorpus = fs::path(DRAGOMAN_SOURCE_DIR) / "examples" / "corpus";

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

json LoadGold() { return json::parse(ReadFile(kCorpus / "gold.json")); }

// "feeds/x.xml#item 3" -> {"feeds/x.xml", "item", 3}; a plain path gives kind "".
struct Address {
  std::string file;
  std::string kind;
  int index = -1;
};

Address ParseAddress(const std::string& s) {
  Address a;
  auto hash = s.find('#');
  a.file = s.substr(0, hash);
  if (hash != std::string::npos) {
    std::istringstream rest(s.substr(hash + 1));
    rest >> a.kind >> a.index;
  }
  return a;
}

// Inflates every gzip member of data in turn (WARC.gz files are one member
// per record). Returns false if any member is corrupt or the data is truncated.
bool GunzipAll(const std::string& data, std::string* out, int* members) {
  *members = 0;
  size_t pos = 0;
  while (pos < data.size()) {
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return false;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + pos));
    zs.avail_in = static_cast<uInt>(data.size() - pos);
    char buf[16384];
    int rc;
    do {
      zs.next_out = reinterpret_cast<Bytef*>(buf);
      zs.avail_out = sizeof(buf);
      rc = inflate(&zs, Z_NO_FLUSH);
      if (rc != Z_OK && rc != Z_STREAM_END) {
        inflateEnd(&zs);
        return false;
      }
      out->append(buf, sizeof(buf) - zs.avail_out);
    } while (rc != Z_STREAM_END && zs.avail_in > 0);
    bool ended = rc == Z_STREAM_END;
    pos = data.size() - zs.avail_in;
    inflateEnd(&zs);
    if (!ended) return false;
    ++*members;
  }
  return *members > 0;
}

struct WarcRecord {
  std::string type;
  std::string http_content_type;  // for response records
};

// Splits uncompressed WARC data into records using their Content-Length.
std::vector<WarcRecord> ParseWarc(const std::string& w) {
  std::vector<WarcRecord> recs;
  size_t pos = 0;
  while (pos < w.size()) {
    size_t head_end = w.find("\r\n\r\n", pos);
    if (head_end == std::string::npos || w.compare(pos, 9, "WARC/1.1\r") != 0) break;
    std::string head = w.substr(pos, head_end - pos);
    WarcRecord r;
    size_t len = 0;
    std::istringstream hs(head);
    std::string line;
    while (std::getline(hs, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.rfind("WARC-Type: ", 0) == 0) r.type = line.substr(11);
      if (line.rfind("Content-Length: ", 0) == 0) len = std::stoul(line.substr(16));
    }
    std::string block = w.substr(head_end + 4, len);
    if (r.type == "response") {
      size_t ct = block.find("Content-Type: ");
      size_t eol = block.find("\r\n", ct);
      if (ct != std::string::npos && ct < block.find("\r\n\r\n")) r.http_content_type = block.substr(ct + 14, eol - ct - 14);
    }
    recs.push_back(r);
    pos = head_end + 4 + len + 4;  // block, then CRLF CRLF
  }
  return recs;
}

size_t CountOccurrences(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

TEST(CorpusGold, EveryGoldFileExistsAndEveryFormatIsPresent) {
  json gold = LoadGold();
  const json& arts = gold.at("articles");
  ASSERT_GE(arts.size(), 60u);
  std::set<std::string> formats, ids;
  for (const auto& a : arts) {
    std::string file = a.at("file").get<std::string>();
    EXPECT_TRUE(ids.insert(file).second) << "address listed twice: " << file;
    Address ad = ParseAddress(file);
    EXPECT_TRUE(fs::is_regular_file(kCorpus / ad.file)) << ad.file;
    formats.insert(a.at("format").get<std::string>());
  }
  for (const char* f : {"txt", "html", "rss", "atom", "jsonl", "warc"}) {
    EXPECT_TRUE(formats.count(f)) << "no article in format " << f;
  }
}

TEST(CorpusGold, EveryCorpusFileIsInTheGold) {
  json gold = LoadGold();
  std::set<std::string> files;
  for (const auto& a : gold.at("articles")) files.insert(ParseAddress(a.at("file")).file);
  int seen = 0;
  // articles/ holds the inputs and nothing else, so that `dragoman ingest
  // examples/corpus/articles` reads exactly the gold's articles.
  for (const auto& e : fs::recursive_directory_iterator(kCorpus / "articles")) {
    if (!e.is_regular_file()) continue;
    std::string rel = fs::relative(e.path(), kCorpus).generic_string();
    EXPECT_TRUE(files.count(rel)) << "file without gold: " << rel;
    ++seen;
  }
  EXPECT_EQ(seen, static_cast<int>(files.size()));
}

TEST(CorpusGold, AtLeastFourLanguagesAndEveryStoryDescribed) {
  json gold = LoadGold();
  const json& stories = gold.at("stories");
  std::map<std::string, int> langs, per_story;
  for (const auto& a : gold.at("articles")) {
    langs[a.at("language").get<std::string>()]++;
    std::string s = a.at("story").get<std::string>();
    per_story[s]++;
    EXPECT_TRUE(stories.contains(s)) << "story label without description: " << s;
  }
  for (const char* l : {"en", "fr", "de", "es"}) EXPECT_GE(langs[l], 5) << l;
  EXPECT_GE(langs.size(), 4u);
  for (auto it = stories.begin(); it != stories.end(); ++it) {
    EXPECT_GT(per_story[it.key()], 0) << "described story with no article: " << it.key();
    EXPECT_FALSE(it.value().get<std::string>().empty());
  }
  EXPECT_GE(stories.size(), 14u);
}

TEST(CorpusGold, DuplicatesPointToAnOriginalInTheSameStory) {
  json gold = LoadGold();
  std::map<std::string, std::string> story_of;
  for (const auto& a : gold.at("articles")) story_of[a.at("file")] = a.at("story");
  int dups = 0;
  for (const auto& a : gold.at("articles")) {
    if (a.at("duplicate_of").is_null()) continue;
    ++dups;
    std::string orig = a.at("duplicate_of");
    ASSERT_TRUE(story_of.count(orig)) << orig;
    EXPECT_EQ(story_of[orig], a.at("story").get<std::string>()) << a.at("file");
    EXPECT_NE(orig, a.at("file").get<std::string>());
  }
  EXPECT_GE(dups, 4);
}

TEST(CorpusGold, PlainTextArticlesContainTheirGoldSpans) {
  json gold = LoadGold();
  int checked = 0;
  for (const auto& a : gold.at("articles")) {
    if (a.at("format") != "txt") continue;
    std::string text = ReadFile(kCorpus / a.at("file").get<std::string>());
    ASSERT_FALSE(text.empty()) << a.at("file");
    for (const auto& e : a.at("entities"))
      for (const auto& s : e.at("aliases_seen"))
        EXPECT_NE(text.find(s.get<std::string>()), std::string::npos) << a.at("file") << ": " << s;
    for (const auto& q : a.at("quotes"))
      EXPECT_NE(text.find(q.at("starts").get<std::string>()), std::string::npos) << a.at("file") << ": " << q;
    for (const auto& b : a.at("boilerplate"))
      EXPECT_NE(text.find(b.get<std::string>()), std::string::npos) << a.at("file") << ": " << b;
    for (const auto& m : a.at("must_contain"))
      EXPECT_NE(text.find(m.get<std::string>()), std::string::npos) << a.at("file") << ": " << m;
    ++checked;
  }
  EXPECT_GE(checked, 20);
}

TEST(CorpusFormats, WarcGzIsValidAndRecordNumbersMatchTheGold) {
  json gold = LoadGold();
  std::map<std::string, std::vector<int>> wanted;
  for (const auto& a : gold.at("articles")) {
    if (a.at("format") != "warc") continue;
    Address ad = ParseAddress(a.at("file"));
    ASSERT_EQ(ad.kind, "record");
    wanted[ad.file].push_back(ad.index);
  }
  ASSERT_FALSE(wanted.empty());
  for (const auto& [file, indices] : wanted) {
    std::string raw = ReadFile(kCorpus / file);
    ASSERT_GE(raw.size(), 2u);
    EXPECT_EQ(static_cast<unsigned char>(raw[0]), 0x1f);
    EXPECT_EQ(static_cast<unsigned char>(raw[1]), 0x8b);
    std::string w;
    int members = 0;
    ASSERT_TRUE(GunzipAll(raw, &w, &members)) << file << " is not valid gzip";
    std::vector<WarcRecord> recs = ParseWarc(w);
    EXPECT_EQ(static_cast<int>(recs.size()), members) << "one gzip member per record";
    ASSERT_GE(recs.size(), 8u);
    EXPECT_EQ(recs[0].type, "warcinfo");
    int html = 0, other = 0, requests = 0;
    for (const auto& r : recs) {
      if (r.type == "request") ++requests;
      if (r.type != "response") continue;
      if (r.http_content_type.rfind("text/html", 0) == 0) ++html; else ++other;
    }
    EXPECT_GE(requests, 1);
    EXPECT_GE(other, 1) << "a non-HTML response that readers must skip";
    EXPECT_EQ(html, static_cast<int>(indices.size())) << "every HTML response is a gold article";
    // "#record N" is 1-based over all records (warcinfo is record 1), as the
    // WARC reader numbers them.
    for (int i : indices) {
      ASSERT_GE(i, 1);
      ASSERT_LE(i, static_cast<int>(recs.size()));
      EXPECT_EQ(recs[i - 1].type, "response") << "record " << i;
      EXPECT_EQ(recs[i - 1].http_content_type.rfind("text/html", 0), 0u) << "record " << i;
    }
  }
}

TEST(CorpusFormats, FeedsAndJsonlHoldExactlyTheGoldItems) {
  json gold = LoadGold();
  std::map<std::string, std::vector<const json*>> members;
  for (const auto& a : gold.at("articles")) {
    std::string fmt = a.at("format");
    if (fmt == "rss" || fmt == "atom" || fmt == "jsonl") members[ParseAddress(a.at("file")).file].push_back(&a);
  }
  ASSERT_GE(members.size(), 3u);
  for (const auto& [file, arts] : members) {
    std::string data = ReadFile(kCorpus / file);
    std::string fmt = (*arts[0]).at("format");
    if (fmt == "rss") {
      EXPECT_NE(data.find("<rss version=\"2.0\""), std::string::npos);
      EXPECT_EQ(CountOccurrences(data, "<item>"), arts.size()) << file;
      EXPECT_EQ(CountOccurrences(data, "<content:encoded>"), arts.size()) << file;
    } else if (fmt == "atom") {
      EXPECT_NE(data.find("http://www.w3.org/2005/Atom"), std::string::npos);
      EXPECT_EQ(CountOccurrences(data, "<entry>"), arts.size()) << file;
    } else {
      std::vector<json> lines;
      std::istringstream in(data);
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty()) lines.push_back(json::parse(line));
      }
      ASSERT_EQ(lines.size(), arts.size()) << file;
      for (const json* a : arts) {
        Address ad = ParseAddress(a->at("file"));
        ASSERT_EQ(ad.kind, "line");
        ASSERT_GE(ad.index, 1);  // JSONL lines are 1-based
        ASSERT_LE(ad.index, static_cast<int>(lines.size()));
        const json& rec = lines[ad.index - 1];
        EXPECT_EQ(rec.at("title"), a->at("title")) << a->at("file");
        EXPECT_TRUE(rec.contains("text") || rec.contains("html")) << a->at("file");
        if (rec.contains("text")) {
          std::string text = rec.at("text");
          for (const auto& q : a->at("quotes")) {
            if (q.at("field") == "text") {
              EXPECT_NE(text.find(q.at("starts").get<std::string>()), std::string::npos) << a->at("file");
            }
          }
        }
      }
    }
    // Items and lines are numbered 1..n without gaps, as the readers number them.
    std::set<int> idx;
    for (const json* a : arts) idx.insert(ParseAddress(a->at("file")).index);
    EXPECT_EQ(idx.size(), arts.size()) << file;
    EXPECT_EQ(*idx.begin(), 1) << file;
    EXPECT_EQ(*idx.rbegin(), static_cast<int>(arts.size())) << file;
  }
}

TEST(CorpusFormats, LegacyCharsetPagesDeclareTheirCharset) {
  int legacy = 0;
  for (const auto& e : fs::directory_iterator(kCorpus / "articles" / "html")) {
    std::string page = ReadFile(e.path());
    std::string lower = page;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool declares_legacy = lower.find("charset=\"iso-8859-1\"") != std::string::npos ||
                           lower.find("charset=iso-8859-1") != std::string::npos ||
                           lower.find("charset=windows-1252") != std::string::npos ||
                           lower.find("charset=\"windows-1252\"") != std::string::npos;
    bool has_high_bytes = false, valid_utf8 = true;
    for (size_t i = 0; i < page.size() && valid_utf8; ++i) {
      unsigned char c = page[i];
      if (c < 0x80) continue;
      has_high_bytes = true;
      size_t need = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
      if (need == 0 || i + need >= page.size()) {
        valid_utf8 = false;
        break;
      }
      for (size_t k = 1; k <= need; ++k)
        if ((static_cast<unsigned char>(page[i + k]) & 0xC0) != 0x80) valid_utf8 = false;
      i += need;
    }
    if (declares_legacy) {
      ++legacy;
      EXPECT_TRUE(has_high_bytes && !valid_utf8) << e.path() << " declares a legacy charset but is not in one";
    }
  }
  EXPECT_GE(legacy, 2);
}

TEST(CorpusGold, EventsReferToGoldArticlesWithEveryMood) {
  json gold = LoadGold();
  std::set<std::string> files;
  for (const auto& a : gold.at("articles")) files.insert(a.at("file"));
  std::ifstream in(kCorpus / "events_gold.jsonl");
  std::string line;
  int n = 0;
  std::map<std::string, int> moods;
  int intent = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    json e = json::parse(line);
    ++n;
    EXPECT_TRUE(files.count(e.at("article"))) << e.at("article");
    std::string code = e.at("code");
    EXPECT_GE(code.size(), 3u);
    EXPECT_EQ(code.substr(0, 2), e.at("root").get<std::string>());
    int root = std::stoi(code.substr(0, 2));
    EXPECT_TRUE(root >= 1 && root <= 20) << code;
    if (root == 3) ++intent;
    EXPECT_FALSE(e.at("sentence").get<std::string>().empty());
    EXPECT_FALSE(e.at("actor1").is_null());
    moods[e.at("mood")]++;
  }
  EXPECT_GE(n, 60);
  for (const auto& [m, c] : moods) EXPECT_TRUE(m == "asserted" || m == "negated" || m == "hypothetical") << m;
  EXPECT_GE(moods["negated"], 3);
  EXPECT_GE(moods["hypothetical"], 3);
  EXPECT_GE(intent, 3) << "statements of intent (CAMEO root 03)";
}

TEST(CorpusFormats, CorpusStaysSmall) {
  uintmax_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(kCorpus))
    if (e.is_regular_file()) total += e.file_size();
  EXPECT_LT(total, 2u * 1024 * 1024);
}

}  // namespace
}  // namespace dragoman
