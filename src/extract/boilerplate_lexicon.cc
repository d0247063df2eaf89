#include "extract/boilerplate_lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dragoman/log.h"
#include "extract/text_util.h"

namespace dragoman::extract {
namespace {

bool KnownKind(std::string_view k) {
  static const char* kKinds[] = {"breadcrumb", "navigation", "related",     "teaser", "caption",
                                 "comment-count", "tracking-id", "share", "other"};
  for (const char* known : kKinds)
    if (k == known) return true;
  return false;
}

// True when, after optional spaces, key[pos] is the end or a separator
// (: - | > / . , – — »): what follows a `prefix` phrase. A number may come
// between the phrase and the separator ("Abbildung 4:", "Bild2:").
bool SeparatorAt(const std::string& key, size_t pos) {
  while (pos < key.size() && key[pos] == ' ') ++pos;
  if (pos >= key.size()) return true;
  size_t digits = pos;
  while (digits < key.size() && key[digits] >= '0' && key[digits] <= '9') ++digits;
  if (digits > pos) {
    if (digits - pos > 3) return false;
    pos = digits;
    while (pos < key.size() && key[pos] == ' ') ++pos;
    if (pos >= key.size()) return false;
  }
  char c = key[pos];
  if (c == ':' || c == '-' || c == '|' || c == '>' || c == '/' || c == '.' || c == ',') return true;
  return key.compare(pos, 3, "\xE2\x80\x93") == 0 || key.compare(pos, 3, "\xE2\x80\x94") == 0 ||
         key.compare(pos, 2, "\xC2\xBB") == 0;
}

// The kHead (3) bytes of `s` at `pos`, packed; and a 16-bit hash of them.
uint32_t Head(std::string_view s, size_t pos) {
  return static_cast<uint8_t>(s[pos]) | static_cast<uint32_t>(static_cast<uint8_t>(s[pos + 1])) << 8 |
         static_cast<uint32_t>(static_cast<uint8_t>(s[pos + 2])) << 16;
}
uint32_t HeadBit(uint32_t head) { return (head * 2654435761u) >> 16; }

}  // namespace

Status BoilerplateLexicon::AddText(std::string_view text, std::string_view source) {
  size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = TrimView(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto where = [&]() { return std::string(source) + ":" + std::to_string(line_no); };
    size_t s1 = line.find(' ');
    size_t s2 = s1 == std::string_view::npos ? s1 : line.find(' ', s1 + 1);
    if (s2 == std::string_view::npos)
      return Status::InvalidArgument(where() + ": expected 'KIND MODE PHRASE'");
    std::string kind(line.substr(0, s1));
    std::string_view mode = line.substr(s1 + 1, s2 - s1 - 1);
    std::string phrase = BlockKey(line.substr(s2 + 1));
    if (!KnownKind(kind)) return Status::InvalidArgument(where() + ": unknown kind '" + kind + "'");
    if (phrase.empty()) return Status::InvalidArgument(where() + ": empty phrase");
    LexiconHit hit;
    hit.kind = kind;
    hit.phrase_bytes = phrase.size();
    if (mode == "line" || mode == "tail") {
      hit.mode = mode == "line" ? LexiconMode::kLine : LexiconMode::kTail;
      whole_[phrase] = hit;
    } else if (mode == "prefix" || mode == "start") {
      hit.mode = mode == "prefix" ? LexiconMode::kPrefix : LexiconMode::kStart;
      prefixes_.push_back({phrase, hit});
    } else if (mode == "contains") {
      hit.mode = LexiconMode::kContains;
      contains_.push_back({phrase, hit});
    } else {
      return Status::InvalidArgument(where() + ": unknown mode '" + std::string(mode) +
                                     "' (line|prefix|start|tail|contains)");
    }
  }
  Index();
  return Status::OK();
}

void BoilerplateLexicon::Index() {
  static_assert(kHead == 3, "Head() packs three bytes");
  // Longest prefixes first so "article precedent" wins over "article".
  std::stable_sort(prefixes_.begin(), prefixes_.end(),
                   [](const Entry& a, const Entry& b) { return a.phrase.size() > b.phrase.size(); });
  prefix_by_head_.clear();
  short_prefixes_.clear();
  contains_by_head_.clear();
  short_contains_.clear();
  for (uint32_t i = 0; i < prefixes_.size(); ++i) {
    const std::string& p = prefixes_[i].phrase;
    if (p.size() < kHead) short_prefixes_.push_back(i);
    else prefix_by_head_[p.substr(0, kHead)].push_back(i);
  }
  for (uint32_t i = 0; i < contains_.size(); ++i) {
    const std::string& p = contains_[i].phrase;
    if (p.size() < kHead) {
      short_contains_.push_back(i);
      continue;
    }
    uint32_t head = Head(p, 0);
    contains_by_head_[head].push_back(i);
    contains_head_bits_.resize(1024, 0);
    contains_head_bits_[HeadBit(head) / 64] |= uint64_t{1} << (HeadBit(head) % 64);
  }
}

Status BoilerplateLexicon::AddDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": no such folder");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::IOError(f.string() + ": cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    DRAGOMAN_RETURN_IF_ERROR(AddText(ss.str(), f.string()));
  }
  return Status::OK();
}

std::optional<LexiconHit> BoilerplateLexicon::Match(std::string_view block, size_t max_chars) const {
  size_t chars = CountChars(block);
  if (chars > std::max<size_t>(max_chars, 200) * 2) return std::nullopt;
  return MatchKey(BlockKey(block), chars, max_chars);
}

std::optional<LexiconHit> BoilerplateLexicon::MatchKey(const std::string& key, size_t block_chars,
                                                       size_t max_chars) const {
  if (key.empty()) return std::nullopt;
  auto it = whole_.find(key);
  if (it != whole_.end()) return it->second;
  if (block_chars > max_chars) return std::nullopt;
  // Teasers and notices that open with a phrase are short; a longer block
  // opening with the same words is a paragraph.
  bool short_block = block_chars * 3 <= max_chars * 2;
  if (short_block) {
    auto prefix_matches = [&](uint32_t i) {
      const Entry& e = prefixes_[i];
      return key.size() >= e.phrase.size() && key.compare(0, e.phrase.size(), e.phrase) == 0 &&
             (e.hit.mode == LexiconMode::kStart || SeparatorAt(key, e.phrase.size()));
    };
    // Phrases of kHead bytes or more are longer than the short ones, so they
    // come first in the longest-first order.
    if (key.size() >= kHead) {
      auto it = prefix_by_head_.find(key.substr(0, kHead));
      if (it != prefix_by_head_.end())
        for (uint32_t i : it->second)
          if (prefix_matches(i)) return prefixes_[i].hit;
    }
    for (uint32_t i : short_prefixes_)
      if (prefix_matches(i)) return prefixes_[i].hit;
  }
  // The first phrase of the list that occurs anywhere in the key.
  uint32_t best = UINT32_MAX;
  for (uint32_t i : short_contains_)
    if (i < best && key.find(contains_[i].phrase) != std::string::npos) best = i;
  if (!contains_by_head_.empty() && key.size() >= kHead) {
    // Head(key, pos) kept rolling: one byte read per position.
    static_assert(kHead == 3, "the rolling head below reads three bytes");
    const auto* k = reinterpret_cast<const unsigned char*>(key.data());
    uint32_t next = static_cast<uint32_t>(k[0]) | static_cast<uint32_t>(k[1]) << 8;  // the next head's two bytes
    for (size_t pos = 0; pos + kHead <= key.size(); ++pos) {
      uint32_t head = next | static_cast<uint32_t>(k[pos + 2]) << 16;
      next = head >> 8;
      uint32_t bit = HeadBit(head);
      if (!(contains_head_bits_[bit / 64] >> (bit % 64) & 1)) continue;
      auto it = contains_by_head_.find(head);
      if (it == contains_by_head_.end()) continue;
      for (uint32_t i : it->second) {
        if (i >= best) break;  // indexes ascend within a head
        if (key.compare(pos, contains_[i].phrase.size(), contains_[i].phrase) == 0) best = i;
      }
    }
  }
  if (best != UINT32_MAX) return contains_[best].hit;
  return std::nullopt;
}

const BoilerplateLexicon& BoilerplateLexicon::Default() {
  static const BoilerplateLexicon* lexicon = [] {
    auto* lex = new BoilerplateLexicon();
    std::vector<std::string> dirs;
    if (const char* home = std::getenv("DRAGOMAN_HOME"); home && *home)
      dirs.push_back(std::string(home) + "/boilerplate");
#ifdef DRAGOMAN_BUILD_DATA_DIR
    dirs.push_back(std::string(DRAGOMAN_BUILD_DATA_DIR) + "/boilerplate");
#endif
#ifdef DRAGOMAN_SOURCE_DIR
    dirs.push_back(std::string(DRAGOMAN_SOURCE_DIR) + "/data/boilerplate");
#endif
    for (const auto& d : dirs) {
      Status s = lex->AddDir(d);
      if (s.ok()) return lex;
      if (s.code() != Code::kNotFound) {
        LogWarn("boilerplate lexicon: " + s.ToString());
        *lex = BoilerplateLexicon();
      }
    }
    LogWarn("boilerplate lexicon: no data/boilerplate folder found; using structure cues only");
    return lex;
  }();
  return *lexicon;
}

}  // namespace dragoman::extract
