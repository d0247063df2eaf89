#include "stories/near_dup.h"

#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace dragoman {
namespace {

// splitmix64's finalizer: a cheap full-avalanche mix.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// Code points that are a word of their own: scripts written without spaces.
inline bool IsWordPerCharacter(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x0E00 && cp <= 0x0E7F);
}

inline bool IsWordCharacter(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// For each ASCII letter or digit its lower-case byte; 0 for every other byte
// (ASCII punctuation and white space end a word; bytes from 0x80 go the
// UTF-8 path).
struct AsciiWordBytes {
  uint8_t at[256] = {};
  constexpr AsciiWordBytes() {
    for (int c = '0'; c <= '9'; ++c) at[c] = static_cast<uint8_t>(c);
    for (int c = 'a'; c <= 'z'; ++c) at[c] = static_cast<uint8_t>(c);
    for (int c = 'A'; c <= 'Z'; ++c) at[c] = static_cast<uint8_t>(c + 32);
  }
};
constexpr AsciiWordBytes kAsciiWordByte;

// Calls fn(word_hash) for each case-folded word of `s`, in order. Words are
// runs of letters, marks and digits; CJK, kana and Thai characters count one
// word each. Invalid UTF-8 bytes separate words.
template <typename Fn>
void ForEachWordHash(std::string_view s, Fn&& fn) {
  uint64_t h = kFnvOffset;
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) fn(Mix64(h));
    h = kFnvOffset;
    in_word = false;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      uint8_t v = kAsciiWordByte.at[c];
      if (v == 0) {
        ++i;
        end_word();
        continue;
      }
      // A run of ASCII letters and digits, hashed lower-cased without
      // leaving this loop (most of the bytes of most texts).
      do {
        h = (h ^ v) * kFnvPrime;
        ++i;
      } while (i < n && (v = kAsciiWordByte.at[p[i]]) != 0);
      in_word = true;
      continue;
    }
    // Fast path for two-byte letters of Latin-1, Latin Extended-A and
    // Cyrillic, the bulk of non-ASCII news text: folded without table lookups.
    if (c >= 0xC3 && c <= 0xD3 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      char32_t cp2 = (static_cast<char32_t>(c & 0x1F) << 6) | (p[i + 1] & 0x3F);
      char32_t lower = 0;
      if (cp2 >= 0xC0 && cp2 <= 0xFF && cp2 != 0xD7 && cp2 != 0xF7) {
        lower = cp2 <= 0xDE ? cp2 + 0x20 : cp2;
      } else if (cp2 >= 0x100 && cp2 <= 0x17F) {
        lower = utf8proc_tolower(static_cast<utf8proc_int32_t>(cp2));
      } else if (cp2 >= 0x400 && cp2 <= 0x4FF) {
        lower = cp2 <= 0x40F ? cp2 + 0x50 : cp2 <= 0x42F ? cp2 + 0x20 : cp2;
        if (cp2 >= 0x460) lower = utf8proc_tolower(static_cast<utf8proc_int32_t>(cp2));
      }
      if (lower != 0) {
        i += 2;
        h = (h ^ (lower & 0xFF)) * kFnvPrime;
        h = (h ^ (lower >> 8)) * kFnvPrime;
        in_word = true;
        continue;
      }
    }
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len <= 0) {
      ++i;
      end_word();
      continue;
    }
    i += static_cast<size_t>(len);
    if (IsWordPerCharacter(static_cast<char32_t>(cp))) {
      end_word();
      h = (h ^ static_cast<uint64_t>(cp)) * kFnvPrime;
      in_word = true;
      end_word();
    } else if (IsWordCharacter(static_cast<char32_t>(cp))) {
      uint64_t lower = static_cast<uint64_t>(utf8proc_tolower(cp));
      h = (h ^ (lower & 0xFF)) * kFnvPrime;
      h = (h ^ (lower >> 8)) * kFnvPrime;
      in_word = true;
    } else {
      end_word();
    }
  }
  end_word();
}

inline uint32_t BandKey(const uint8_t* minhash, int band) {
  const uint8_t* b = minhash + band * kLshRows;
  return static_cast<uint32_t>(b[0]) | (static_cast<uint32_t>(b[1]) << 8) | (static_cast<uint32_t>(b[2]) << 16) |
         (static_cast<uint32_t>(band) << 24);
}

inline uint32_t Slot(uint64_t hash, uint32_t mask) { return static_cast<uint32_t>(Mix64(hash)) & mask; }

inline double SimilarityOf(const uint8_t* a, const uint8_t* b) {
  int equal = 0;
  for (int i = 0; i < kMinHashBins; ++i) equal += a[i] == b[i];
  // One-byte values also agree by chance (1 in 256) where the minima differ.
  constexpr double kChance = 1.0 / 256;
  double p = static_cast<double>(equal) / kMinHashBins;
  return std::clamp((p - kChance) / (1.0 - kChance), 0.0, 1.0);
}

}  // namespace

NearDupSignature ComputeNearDupSignature(std::string_view title, std::string_view text) {
  NearDupSignature sig;
  uint64_t content = 0x6a09e667f3bcc908ULL;
  ForEachWordHash(title, [&](uint64_t w) { content = Mix64(content ^ w) + 1; });
  content = Mix64(content ^ 0x1f);  // title | body separator
  uint64_t mins[kMinHashBins];
  std::fill(std::begin(mins), std::end(mins), std::numeric_limits<uint64_t>::max());
  uint64_t window[kShingleWords] = {};
  size_t words = 0;
  uint32_t shingles = 0;
  ForEachWordHash(text, [&](uint64_t w) {
    content = Mix64(content ^ w) + 1;
    window[words % kShingleWords] = w;
    ++words;
    if (words < kShingleWords) return;
    // The shingle's hash: the window's (already mixed) word hashes, each
    // rotated by its place so that order counts, mixed once.
    static_assert(kShingleWords == 4, "the shingle hash below is written out for four words");
    size_t oldest = words % kShingleWords;  // the window's first word
    uint64_t h = window[oldest] + std::rotl(window[(oldest + 1) % kShingleWords], 17) +
                 std::rotl(window[(oldest + 2) % kShingleWords], 34) +
                 std::rotl(window[(oldest + 3) % kShingleWords], 51);
    h = Mix64(h);
    uint32_t bin = static_cast<uint32_t>(h >> 58);
    uint64_t value = h & ((1ULL << 58) - 1);
    if (value < mins[bin]) mins[bin] = value;
    ++shingles;
  });
  // A text shorter than one shingle is one shingle of all its words.
  if (words > 0 && words < kShingleWords) {
    uint64_t h = 0;
    for (size_t k = 0; k < words; ++k) h = Mix64(h * 31 + window[k]);
    mins[h >> 58] = h & ((1ULL << 58) - 1);
    shingles = 1;
  }
  sig.content_hash = content;
  sig.shingles = static_cast<uint16_t>(std::min<uint32_t>(shingles, 65535));
  if (shingles == 0) return sig;
  // Empty bins borrow the nearest filled bin to their right, offset by the
  // distance (rotation densification), so that two similar texts fill their
  // empty bins alike.
  for (int i = 0; i < kMinHashBins; ++i) {
    uint64_t v = mins[i];
    int dist = 0;
    while (v == std::numeric_limits<uint64_t>::max()) {
      ++dist;
      v = mins[(i + dist) % kMinHashBins];
    }
    sig.minhash[i] = static_cast<uint8_t>(Mix64(v + static_cast<uint64_t>(dist) * 0x9E3779B97F4A7C15ULL));
  }
  return sig;
}

double EstimateSimilarity(const NearDupSignature& a, const NearDupSignature& b) {
  if (a.shingles == 0 || b.shingles == 0) return 0.0;
  return SimilarityOf(a.minhash.data(), b.minhash.data());
}

std::string NearDupSignature::Encode() const {
  std::string out(kEncodedBytes, '\0');
  out[0] = 1;  // format version
  for (int i = 0; i < 8; ++i) out[1 + i] = static_cast<char>((content_hash >> (8 * i)) & 0xFF);
  out[9] = static_cast<char>(shingles & 0xFF);
  out[10] = static_cast<char>(shingles >> 8);
  std::memcpy(out.data() + 11, minhash.data(), kMinHashBins);
  return out;
}

Result<NearDupSignature> NearDupSignature::Decode(std::string_view bytes) {
  if (bytes.size() != kEncodedBytes) {
    return Status::Corruption("near-duplicate signature has " + std::to_string(bytes.size()) + " bytes, expected " +
                              std::to_string(kEncodedBytes));
  }
  if (bytes[0] != 1) return Status::Unsupported("near-duplicate signature version " + std::to_string(bytes[0]));
  NearDupSignature s;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (int i = 0; i < 8; ++i) s.content_hash |= static_cast<uint64_t>(p[1 + i]) << (8 * i);
  s.shingles = static_cast<uint16_t>(p[9] | (p[10] << 8));
  std::memcpy(s.minhash.data(), p + 11, kMinHashBins);
  return s;
}

// ---------------------------------------------------------------------------

NearDuplicateIndex::NearDuplicateIndex(NearDupOptions options) : options_(options) {
  id_slots_.assign(1024, 0);
  content_slots_.assign(1024, 0);
  band_mask_ = 1023;
  band_heads_.assign(static_cast<size_t>(kLshBands) * (band_mask_ + 1), 0);
}

std::string_view NearDuplicateIndex::IdAt(uint32_t i) const {
  uint32_t begin = i == 0 ? 0 : id_end_[i - 1];
  return std::string_view(id_arena_).substr(begin, id_end_[i] - begin);
}

NearDupSignature NearDuplicateIndex::SignatureAt(uint32_t i) const {
  NearDupSignature s;
  s.content_hash = content_hash_[i];
  s.shingles = shingles_[i];
  s.minhash = minhash_[i];
  return s;
}

int64_t NearDuplicateIndex::Find(std::string_view id) const {
  uint32_t mask = static_cast<uint32_t>(id_slots_.size() - 1);
  for (uint32_t s = Slot(XXH3_64bits(id.data(), id.size()), mask);; s = (s + 1) & mask) {
    uint32_t v = id_slots_[s];
    if (v == 0) return -1;
    if (IdAt(v - 1) == id) return v - 1;
  }
}

void NearDuplicateIndex::InsertIdSlot(uint32_t i) {
  std::string_view id = IdAt(i);
  uint32_t mask = static_cast<uint32_t>(id_slots_.size() - 1);
  uint32_t s = Slot(XXH3_64bits(id.data(), id.size()), mask);
  while (id_slots_[s] != 0) s = (s + 1) & mask;
  id_slots_[s] = i + 1;
}

void NearDuplicateIndex::InsertContentSlot(uint32_t i) {
  uint32_t mask = static_cast<uint32_t>(content_slots_.size() - 1);
  for (uint32_t s = Slot(content_hash_[i], mask);; s = (s + 1) & mask) {
    uint32_t v = content_slots_[s];
    if (v == 0) {
      content_slots_[s] = i + 1;
      return;
    }
    if (content_hash_[v - 1] == content_hash_[i]) return;  // the first one stays
  }
}

void NearDuplicateIndex::LinkBands(uint32_t i) {
  if (shingles_[i] < NearDupSignature::kMinShingles) return;
  const uint8_t* mh = minhash_[i].data();
  for (int b = 0; b < kLshBands; ++b) {
    uint32_t& head = band_heads_[static_cast<size_t>(b) * (band_mask_ + 1) + Slot(BandKey(mh, b), band_mask_)];
    next_[static_cast<size_t>(i) * kLshBands + b] = head;
    head = i + 1;
  }
}

void NearDuplicateIndex::GrowIfNeeded() {
  size_t n = root_.size() + 1;  // after the coming insert
  if (n * 2 > id_slots_.size()) {
    size_t cap = id_slots_.size() * 2;
    id_slots_.assign(cap, 0);
    content_slots_.assign(cap, 0);
    for (uint32_t i = 0; i + 1 < n; ++i) {
      InsertIdSlot(i);
      InsertContentSlot(i);
    }
  }
  // Up to two entries per bucket on average: chains stay short, and the
  // heads cost 21 x 2-4 bytes per article rather than 21 x 4-8.
  if (n > 2 * (static_cast<size_t>(band_mask_) + 1)) {
    band_mask_ = band_mask_ * 2 + 1;
    band_heads_.assign(static_cast<size_t>(kLshBands) * (band_mask_ + 1), 0);
    for (uint32_t i = 0; i + 1 < n; ++i) LinkBands(i);
  }
}

std::optional<NearDupMatch> NearDuplicateIndex::Query(const NearDupSignature& sig) const {
  // Exact copy: the same normalized words.
  uint32_t cmask = static_cast<uint32_t>(content_slots_.size() - 1);
  for (uint32_t s = Slot(sig.content_hash, cmask);; s = (s + 1) & cmask) {
    uint32_t v = content_slots_[s];
    if (v == 0) break;
    if (content_hash_[v - 1] == sig.content_hash) {
      return NearDupMatch{std::string(IdAt(root_[v - 1])), std::string(IdAt(v - 1)), 1.0, true};
    }
  }
  if (!sig.near_dup_capable()) return std::nullopt;
  int64_t best = -1;
  double best_sim = 0.0;
  const uint8_t* mh = sig.minhash.data();
  // The 21 bucket heads and the first entries of their chains are scattered
  // over hundreds of MB at 1M articles: fetch them all before reading any,
  // so the cache misses overlap instead of queueing.
  uint32_t keys[kLshBands], heads[kLshBands];
  const uint32_t* head_ptr[kLshBands];
  for (int b = 0; b < kLshBands; ++b) {
    keys[b] = BandKey(mh, b);
    head_ptr[b] = &band_heads_[static_cast<size_t>(b) * (band_mask_ + 1) + Slot(keys[b], band_mask_)];
    __builtin_prefetch(head_ptr[b]);
  }
  for (int b = 0; b < kLshBands; ++b) {
    heads[b] = *head_ptr[b];
    if (heads[b] != 0) {
      __builtin_prefetch(&next_[static_cast<size_t>(heads[b] - 1) * kLshBands + b]);
      __builtin_prefetch(minhash_[heads[b] - 1].data());
    }
  }
  for (int b = 0; b < kLshBands; ++b) {
    uint32_t key = keys[b];
    uint32_t cur = heads[b];
    for (int walked = 0; cur != 0 && walked < options_.max_candidates_per_band; ++walked) {
      uint32_t i = cur - 1;
      cur = next_[static_cast<size_t>(i) * kLshBands + b];
      if (BandKey(minhash_[i].data(), b) != key) continue;  // another key in this bucket
      double sim = SimilarityOf(mh, minhash_[i].data());
      if (sim < options_.min_similarity) continue;
      // The most similar wins; on a tie the older group, so the answer
      // depends only on the order articles came in.
      if (best < 0 || sim > best_sim || (sim == best_sim && root_[i] < root_[best])) {
        best = i;
        best_sim = sim;
      }
    }
  }
  if (best < 0) return std::nullopt;
  return NearDupMatch{std::string(IdAt(root_[best])), std::string(IdAt(static_cast<uint32_t>(best))), best_sim,
                      false};
}

bool NearDuplicateIndex::Add(std::string_view id, const NearDupSignature& sig, std::string_view duplicate_of) {
  if (Find(id) >= 0) return false;
  GrowIfNeeded();
  uint32_t i = static_cast<uint32_t>(root_.size());
  uint32_t root = i;
  if (!duplicate_of.empty()) {
    int64_t d = Find(duplicate_of);
    if (d >= 0) root = root_[d];
  }
  id_arena_.append(id);
  id_end_.push_back(static_cast<uint32_t>(id_arena_.size()));
  minhash_.push_back(sig.minhash);
  content_hash_.push_back(sig.content_hash);
  shingles_.push_back(sig.shingles);
  root_.push_back(root);
  next_.resize(next_.size() + kLshBands, 0);
  InsertIdSlot(i);
  InsertContentSlot(i);
  LinkBands(i);
  return true;
}

std::optional<std::string> NearDuplicateIndex::Insert(std::string_view id, const NearDupSignature& sig) {
  int64_t known = Find(id);
  if (known >= 0) {
    uint32_t r = root_[known];
    if (r == static_cast<uint32_t>(known)) return std::nullopt;
    return std::string(IdAt(r));
  }
  std::optional<NearDupMatch> m = Query(sig);
  Add(id, sig, m ? std::string_view(m->duplicate_of) : std::string_view());
  if (!m) return std::nullopt;
  return m->duplicate_of;
}

std::optional<std::string> NearDuplicateIndex::DuplicateOf(std::string_view id) const {
  int64_t i = Find(id);
  if (i < 0 || root_[i] == static_cast<uint32_t>(i)) return std::nullopt;
  return std::string(IdAt(root_[i]));
}

void NearDuplicateIndex::ForEach(const EntryFn& fn) const {
  for (uint32_t i = 0; i < root_.size(); ++i) {
    fn(IdAt(i), SignatureAt(i), root_[i] == i ? std::string_view() : IdAt(root_[i]));
  }
}

size_t NearDuplicateIndex::MemoryBytes() const {
  return minhash_.capacity() * sizeof(minhash_[0]) + content_hash_.capacity() * 8 + shingles_.capacity() * 2 +
         root_.capacity() * 4 + next_.capacity() * 4 + id_arena_.capacity() + id_end_.capacity() * 4 +
         id_slots_.capacity() * 4 + content_slots_.capacity() * 4 + band_heads_.capacity() * 4;
}

}  // namespace dragoman
