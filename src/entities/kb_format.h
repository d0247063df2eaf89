// The on-disk layout of kb.bin, shared by the builder (kb_builder.cc) and the
// loader (kb.cc). Little-endian, every record 4-byte aligned, no pointers:
// the loader maps the file and reads the records in place.
//
//   FileHeader | SectionEntry[section_count] | sections...
//
// Strings live in one blob (kStrings) and are named by StrRef {offset, length}.
// Entity indices (u32) index the kEntities array.
#pragma once

#include <cstdint>
#include <cstring>

namespace dragoman::kbfmt {

inline constexpr char kMagic[8] = {'D', 'R', 'G', 'M', 'N', 'K', 'B', '1'};
// Bump when a record layout changes: an old file is then refused with a clear error.
inline constexpr uint32_t kVersion = 2;  // 2: kPrefixHash

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t section_count;
  uint64_t file_size;     // the whole file; a shorter file is truncated
  uint64_t layout_check;  // sizeof of the record types, to catch a mismatched build
};

enum SectionId : uint32_t {
  kStrings = 1,      // bytes
  kEntities = 2,     // EntityRec[]
  kEntityById = 3,   // u32[] entity indices sorted by id string
  kAliases = 4,      // KeyRec[] sorted by key; a = first posting, b = posting count
  kPostings = 5,     // PostingRec[], per alias best first
  kAliasHash = 6,    // u32[] open-addressing table of alias index + 1 (0 = empty); size is a power of two
  kOffices = 7,      // OfficeRec[] sorted by office id, then start
  kRoles = 8,        // KeyRec[] key "phrase\x1fCC" (CC empty for generic); a/b = StrRef of office id
  kFirstNames = 9,   // KeyRec[] sorted; a = gender bits (1 male, 2 female)
  kSurnames = 10,    // KeyRec[] sorted
  kDemonyms = 11,    // KeyRec[] sorted; a = country code as two chars packed (c0 | c1 << 8)
  kTitles = 12,      // KeyRec[] sorted
  kMeta = 13,        // text "key=value\n" lines
  kPrefixHash = 14,  // u64[] open-addressing set of PrefixHash(p) for every proper word prefix p of an alias
                     // ("united states" of "united states of america"); 0 = empty; size is a power of two
};

struct SectionEntry {
  uint32_t id;
  uint32_t reserved;
  uint64_t offset;
  uint64_t size;
};

struct StrRef {
  uint32_t off;
  uint32_t len;
};

struct EntityRec {
  StrRef id, name, kind, wikidata;
  char type;        // 'P' PER, 'O' ORG, 'L' LOC, 'M' MISC
  char country[2];  // ISO2 or zeros
  uint8_t reserved;
  float prior;
};

struct KeyRec {
  StrRef key;
  uint32_t a;
  uint32_t b;
};

struct PostingRec {
  uint32_t entity;
  uint16_t score;  // score * 65535
  uint16_t flags;  // KbAliasFlag bits
};

struct OfficeRec {
  StrRef office;
  uint32_t holder;  // entity index
  uint32_t start;   // yyyymmdd
  uint32_t end;     // yyyymmdd, 99991231 when still in office
};

inline constexpr uint64_t kLayoutCheck = sizeof(FileHeader) | (sizeof(SectionEntry) << 8) |
                                         (sizeof(EntityRec) << 16) | (sizeof(KeyRec) << 24) |
                                         (uint64_t{sizeof(PostingRec)} << 32) |
                                         (uint64_t{sizeof(OfficeRec)} << 40);

// Hash of an alias key for the kAliasHash table (the loader and builder must agree).
uint64_t KeyHash(const char* data, size_t len);
// The kPrefixHash entry of a prefix: its KeyHash, never 0 (0 marks an empty slot).
inline uint64_t PrefixHash(const char* data, size_t len) {
  uint64_t h = KeyHash(data, len);
  return h == 0 ? 1 : h;
}

inline const char* TypeName(char t) {
  switch (t) {
    case 'P': return "PER";
    case 'O': return "ORG";
    case 'L': return "LOC";
    default: return "MISC";
  }
}
inline char TypeCode(const char* name) {
  if (std::strcmp(name, "PER") == 0) return 'P';
  if (std::strcmp(name, "ORG") == 0) return 'O';
  if (std::strcmp(name, "LOC") == 0) return 'L';
  return 'M';
}

// "2024-04-02" -> 20240402; 0 when malformed.
uint32_t PackDate(const char* s, size_t len);

}  // namespace dragoman::kbfmt
