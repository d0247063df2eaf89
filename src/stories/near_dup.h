// Near-duplicate detection for news: exact copies (same normalized words) and
// syndicated near-copies (the same wire story re-published with another
// header or footer, a sentence changed).
//
// Method: MinHash by one-permutation hashing over 4-word shingles of the
// case-folded body, 64 bins of one byte each (b-bit MinHash), and LSH with 21
// bands of 3 bins. Why MinHash rather than a 64-bit SimHash: a wire copy with
// its own header and footer keeps only 50-80% of its shingles (Jaccard 0.4-0.7),
// where a SimHash differs in 10 or more of 64 bits, far past the 3-bit distance
// that banded SimHash tables can search; MinHash estimates the Jaccard
// similarity itself, so the threshold means what it says, and the band count
// tunes recall at that threshold (P(candidate | J=0.5) = 0.94, J=0.7: 0.9999,
// J=0.1: 0.02). One-permutation hashing costs one hash per shingle, not 64.
//
// A signature is 74 bytes (see NearDupSignature::Encode) and the index holds
// about 330 bytes per article (NearDuplicateIndex::MemoryBytes): 1M articles
// take about 330 MB.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

constexpr int kMinHashBins = 64;
constexpr int kLshBands = 21;
constexpr int kLshRows = 3;
constexpr int kShingleWords = 4;

struct NearDupSignature {
  // Hash of the folded words of title and body: equal for exact copies.
  uint64_t content_hash = 0;
  // Shingles seen (capped at 65535); under kMinShingles the text is too short
  // for a near-duplicate call and only exact copies are found.
  uint16_t shingles = 0;
  std::array<uint8_t, kMinHashBins> minhash{};

  static constexpr uint16_t kMinShingles = 8;
  static constexpr size_t kEncodedBytes = 1 + 8 + 2 + kMinHashBins;  // 75
  bool near_dup_capable() const { return shingles >= kMinShingles; }

  // Versioned little-endian bytes for storage: [1][content_hash][shingles][minhash].
  std::string Encode() const;
  static Result<NearDupSignature> Decode(std::string_view bytes);
};

// Computes the signature of an article. Thread-safe (pure function).
NearDupSignature ComputeNearDupSignature(std::string_view title, std::string_view text);

// Estimated Jaccard similarity of the two bodies' shingle sets, in [0, 1].
double EstimateSimilarity(const NearDupSignature& a, const NearDupSignature& b);

struct NearDupOptions {
  // Two bodies are near-duplicates at this estimated Jaccard similarity of
  // their 4-word shingles. 0.5 keeps wire copies with a new header, footer
  // and a changed sentence, and separates different stories on one topic
  // (those share under 0.15).
  double min_similarity = 0.5;
  // At most this many candidates are checked per band (bounds the cost when
  // thousands of copies of one text share a bucket).
  int max_candidates_per_band = 64;
};

struct NearDupMatch {
  std::string duplicate_of;  // id of the first-seen article of the group
  std::string nearest;       // id of the most similar article found
  double similarity = 0.0;   // estimated Jaccard with `nearest` (1.0 when exact)
  bool exact = false;        // same normalized words
};

// An in-memory index of signatures, in the order the articles were first
// seen. Not thread-safe: callers serialize access (the dedup stage locks).
// Persisting it: ForEach gives every entry (id, signature, duplicate_of) in
// insertion order; Add with the same three values restores it exactly.
class NearDuplicateIndex {
 public:
  explicit NearDuplicateIndex(NearDupOptions options = {});

  // The first-seen article this signature duplicates, or nullopt.
  std::optional<NearDupMatch> Query(const NearDupSignature& sig) const;

  // Adds an entry; `duplicate_of` names its group's first article (empty:
  // it starts a group; an id not in the index also starts one). Returns false
  // and changes nothing when `id` is already in (re-adding is a no-op).
  bool Add(std::string_view id, const NearDupSignature& sig, std::string_view duplicate_of = {});

  // Query then Add: what the dedup stage does for each article. For an id
  // already in, returns what was recorded for it the first time.
  std::optional<std::string> Insert(std::string_view id, const NearDupSignature& sig);

  bool Contains(std::string_view id) const { return Find(id) >= 0; }
  // Group root recorded for `id`; nullopt when `id` is a root or unknown.
  std::optional<std::string> DuplicateOf(std::string_view id) const;

  using EntryFn = std::function<void(std::string_view id, const NearDupSignature& sig, std::string_view duplicate_of)>;
  void ForEach(const EntryFn& fn) const;

  size_t size() const { return root_.size(); }
  // Bytes held by the index (capacity, not only size).
  size_t MemoryBytes() const;

 private:
  int64_t Find(std::string_view id) const;
  std::string_view IdAt(uint32_t i) const;
  NearDupSignature SignatureAt(uint32_t i) const;
  void GrowIfNeeded();
  void LinkBands(uint32_t i);
  void InsertIdSlot(uint32_t i);
  void InsertContentSlot(uint32_t i);

  NearDupOptions options_;
  // Per entry, by insertion index.
  std::vector<std::array<uint8_t, kMinHashBins>> minhash_;
  std::vector<uint64_t> content_hash_;
  std::vector<uint16_t> shingles_;
  std::vector<uint32_t> root_;       // index of the group's first article
  std::vector<uint32_t> next_;       // kLshBands per entry: next entry in the same bucket, +1 (0 ends)
  std::string id_arena_;             // ids, back to back
  std::vector<uint32_t> id_end_;     // end offset of each id in id_arena_
  // Open-addressing tables of entry index + 1 (0 = empty).
  std::vector<uint32_t> id_slots_;       // by hash of id
  std::vector<uint32_t> content_slots_;  // by content hash (first entry only)
  std::vector<uint32_t> band_heads_;     // kLshBands tables of band_mask_ + 1 heads, newest first
  uint32_t band_mask_ = 0;
};

}  // namespace dragoman
