// KnowledgeBase::Open: maps kb.bin (kb_format.h) read-only and answers lookups
// from the mapped records; user extension files are parsed into a small
// in-memory overlay at Open. KbEntity objects for mapped records are created on
// first use (lock-free, see Entity()) so that opening stays in milliseconds.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "dragoman/kb.h"
#include "dragoman/log.h"
#include "entities/kb_format.h"
#include "entities/kb_tsv.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;
using kbfmt::KeyRec;

// A sorted KeyRec table in the mapped file.
struct KeyTable {
  const KeyRec* recs = nullptr;
  size_t n = 0;
};

class MappedKb final : public KnowledgeBase {
 public:
  ~MappedKb() override {
    if (chunks_) {
      for (size_t c = 0; c < n_chunks_; ++c) {
        Chunk* chunk = chunks_[c].load(std::memory_order_relaxed);
        if (!chunk) continue;
        for (auto& e : chunk->entities) delete e.load(std::memory_order_relaxed);
        delete chunk;
      }
    }
    if (map_ && map_ != MAP_FAILED) munmap(const_cast<char*>(map_), size_);
  }

  // Maps and validates the file. Every section must lie inside the file and hold
  // whole records; string references are bounds-checked when read.
  Status Map(const std::string& path) {
    path_ = path;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      if (errno == ENOENT) {
        return Status::NotFound(path + ": knowledge base not found; run `dragoman kb build` (or set DRAGOMAN_HOME)");
      }
      return Status::IOError(path + ": " + std::strerror(errno));
    }
    struct stat st{};
    if (fstat(fd, &st) != 0) {
      int e = errno;
      ::close(fd);
      return Status::IOError(path + ": " + std::strerror(e));
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ < sizeof(kbfmt::FileHeader)) {
      ::close(fd);
      return Status::Corruption(path + ": not a dragoman knowledge base (file too short: " + std::to_string(size_) +
                                " bytes); rebuild it with `dragoman kb build`");
    }
    void* m = mmap(nullptr, size_, PROT_READ, MAP_SHARED, fd, 0);
    int e = errno;
    ::close(fd);
    if (m == MAP_FAILED) return Status::IOError(path + ": mmap failed: " + std::strerror(e));
    map_ = static_cast<const char*>(m);
    // Lookups jump around the file: no read-ahead, so only touched pages come in.
    madvise(m, size_, MADV_RANDOM);

    kbfmt::FileHeader h;
    std::memcpy(&h, map_, sizeof h);
    auto bad = [&](const std::string& why) {
      return Status::Corruption(path + ": " + why + "; rebuild it with `dragoman kb build`");
    };
    if (std::memcmp(h.magic, kbfmt::kMagic, 8) != 0) return bad("not a dragoman knowledge base (bad magic number)");
    if (h.version != kbfmt::kVersion) {
      return bad("format version " + std::to_string(h.version) + ", this dragoman reads version " +
                 std::to_string(kbfmt::kVersion));
    }
    if (h.layout_check != kbfmt::kLayoutCheck) return bad("record layout differs from this build");
    if (h.file_size != size_) {
      return bad("truncated or padded (" + std::to_string(size_) + " bytes, header says " +
                 std::to_string(h.file_size) + ")");
    }
    uint64_t toc_end = sizeof h + uint64_t{h.section_count} * sizeof(kbfmt::SectionEntry);
    if (h.section_count > 64 || toc_end > size_) return bad("section table out of range");
    for (uint32_t i = 0; i < h.section_count; ++i) {
      kbfmt::SectionEntry s;
      std::memcpy(&s, map_ + sizeof h + i * sizeof s, sizeof s);
      if (s.offset < toc_end || s.offset > size_ || s.size > size_ - s.offset || s.offset % 8 != 0) {
        return bad("section " + std::to_string(s.id) + " out of range");
      }
      sections_[s.id] = {map_ + s.offset, s.size};
    }
    auto need = [&](uint32_t id, size_t rec, const char* name) -> Status {
      auto it = sections_.find(id);
      if (it == sections_.end()) return bad(std::string("missing section ") + name);
      if (it->second.size % rec != 0) return bad(std::string("section ") + name + " has a partial record");
      return Status::OK();
    };
    DRAGOMAN_RETURN_IF_ERROR(need(kbfmt::kStrings, 1, "strings"));
    DRAGOMAN_RETURN_IF_ERROR(need(kbfmt::kEntities, sizeof(kbfmt::EntityRec), "entities"));
    DRAGOMAN_RETURN_IF_ERROR(need(kbfmt::kEntityById, 4, "entity index"));
    DRAGOMAN_RETURN_IF_ERROR(need(kbfmt::kAliases, sizeof(KeyRec), "aliases"));
    DRAGOMAN_RETURN_IF_ERROR(need(kbfmt::kPostings, sizeof(kbfmt::PostingRec), "postings"));
    DRAGOMAN_RETURN_IF_ERROR(need(kbfmt::kAliasHash, 4, "alias hash"));
    DRAGOMAN_RETURN_IF_ERROR(need(kbfmt::kOffices, sizeof(kbfmt::OfficeRec), "offices"));
    for (uint32_t id : {kbfmt::kRoles, kbfmt::kFirstNames, kbfmt::kSurnames, kbfmt::kDemonyms, kbfmt::kTitles})
      DRAGOMAN_RETURN_IF_ERROR(need(id, sizeof(KeyRec), "lexicon"));

    strings_ = sections_[kbfmt::kStrings].data;
    strings_size_ = sections_[kbfmt::kStrings].size;
    entities_ = reinterpret_cast<const kbfmt::EntityRec*>(sections_[kbfmt::kEntities].data);
    n_entities_ = sections_[kbfmt::kEntities].size / sizeof(kbfmt::EntityRec);
    by_id_ = reinterpret_cast<const uint32_t*>(sections_[kbfmt::kEntityById].data);
    if (sections_[kbfmt::kEntityById].size / 4 != n_entities_) return bad("entity index size mismatch");
    aliases_ = Table(kbfmt::kAliases);
    postings_ = reinterpret_cast<const kbfmt::PostingRec*>(sections_[kbfmt::kPostings].data);
    n_postings_ = sections_[kbfmt::kPostings].size / sizeof(kbfmt::PostingRec);
    hash_ = reinterpret_cast<const uint32_t*>(sections_[kbfmt::kAliasHash].data);
    hash_cap_ = sections_[kbfmt::kAliasHash].size / 4;
    if (hash_cap_ == 0 || (hash_cap_ & (hash_cap_ - 1)) != 0 || hash_cap_ < aliases_.n) {
      return bad("alias hash table has a bad size");
    }
    DRAGOMAN_RETURN_IF_ERROR(need(kbfmt::kPrefixHash, 8, "prefix hash"));
    prefix_hash_ = reinterpret_cast<const uint64_t*>(sections_[kbfmt::kPrefixHash].data);
    prefix_cap_ = sections_[kbfmt::kPrefixHash].size / 8;
    if (prefix_cap_ == 0 || (prefix_cap_ & (prefix_cap_ - 1)) != 0) return bad("prefix hash table has a bad size");
    offices_ = reinterpret_cast<const kbfmt::OfficeRec*>(sections_[kbfmt::kOffices].data);
    n_offices_ = sections_[kbfmt::kOffices].size / sizeof(kbfmt::OfficeRec);
    roles_ = Table(kbfmt::kRoles);
    first_names_ = Table(kbfmt::kFirstNames);
    surnames_ = Table(kbfmt::kSurnames);
    demonyms_ = Table(kbfmt::kDemonyms);
    titles_ = Table(kbfmt::kTitles);
    if (sections_.count(kbfmt::kMeta)) meta_.assign(sections_[kbfmt::kMeta].data, sections_[kbfmt::kMeta].size);
    n_chunks_ = (n_entities_ + kChunk - 1) / kChunk;
    chunks_.reset(new std::atomic<Chunk*>[n_chunks_ ? n_chunks_ : 1]());
    return Status::OK();
  }

  // Adds the entities, aliases and offices of a user TSV file (before the base is shared).
  Status LoadUserFile(const std::string& path) {
    return kbtsv::ReadTsv(path, [&](size_t, std::vector<std::string_view>& f) -> Status {
      if (f[0].rfind("office:", 0) == 0) {
        Result<kbtsv::OfficeRow> row = kbtsv::ParseOfficeRow(f);
        if (!row.ok()) return row.status();
        uint32_t holder;
        if (!FindIndex(row->term.holder_id, &holder)) {
          return Status::InvalidArgument("office holder '" + row->term.holder_id + "' is not a known entity");
        }
        const auto& t = row->term;
        user_offices_.push_back({t.office_id, holder, kbfmt::PackDate(t.start.data(), t.start.size()),
                                 t.end.empty() ? 99991231u : kbfmt::PackDate(t.end.data(), t.end.size())});
        return Status::OK();
      }
      Result<kbtsv::EntityRow> row = kbtsv::ParseEntityRow(f);
      if (!row.ok()) return row.status();
      uint32_t index;
      const KbEntity* e;
      if (FindIndex(row->entity.id, &index)) {
        e = EntityAt(index);  // existing entity: the row adds aliases
      } else {
        if (row->entity.name.empty()) return Status::InvalidArgument("a new entity needs a name");
        if (row->entity.type.empty()) return Status::InvalidArgument("a new entity needs a type");
        auto ne = std::make_unique<KbEntity>(row->entity);
        if (!row->has_prior) ne->prior = kbtsv::DefaultPrior(ne->type, ne->kind);
        index = static_cast<uint32_t>(n_entities_ + user_entities_.size());
        user_ids_.emplace(ne->id, index);
        e = ne.get();
        user_entities_.push_back(std::move(ne));
      }
      for (const auto& ka :
           kbtsv::EntityAliasKeys(*row, e->type, e->country, kAliasUser | kAliasCurated, nullptr, nullptr)) {
        float score = kbtsv::AliasScore(e->prior, ka.flags);
        auto& v = user_aliases_[ka.key];
        auto it = std::find_if(v.begin(), v.end(), [&](const KbCandidate& c) { return c.entity == e; });
        if (it == v.end()) v.push_back({e, score, ka.flags});
        else it->score = std::max(it->score, score);
        // Word prefixes for IsAliasPrefix.
        for (size_t sp = ka.key.find(' '); sp != std::string::npos; sp = ka.key.find(' ', sp + 1))
          user_prefixes_.insert(ka.key.substr(0, sp));
        user_prefixes_.insert(ka.key);
        ++user_alias_count_;
      }
      return Status::OK();
    });
  }

  std::vector<const KbEntity*> Lookup(std::string_view key) const override {
    std::vector<const KbEntity*> out;
    for (const auto& c : Candidates(key)) out.push_back(c.entity);
    return out;
  }

  std::vector<KbCandidate> Candidates(std::string_view key_in) const override {
    std::string canon;
    std::string_view key = Canonical(key_in, &canon);
    std::vector<KbCandidate> out;
    int64_t a = FindAlias(key);
    // French elision the caller left on: "l'otan" -> "otan", "d'ukraine" -> "ukraine".
    if (a < 0 && (user_aliases_.empty() || !user_aliases_.count(std::string(key)))) {
      std::string_view rest = StripElision(key);
      if (rest.size() != key.size()) {
        key = rest;
        a = FindAlias(key);
      }
    }
    if (a >= 0) {
      const KeyRec& r = aliases_.recs[a];
      for (uint64_t p = r.a; p < uint64_t{r.a} + r.b && p < n_postings_; ++p) {
        const kbfmt::PostingRec& pr = postings_[p];
        if (pr.entity >= n_entities_) continue;
        out.push_back({EntityAt(pr.entity), pr.score / 65535.f, pr.flags});
      }
    }
    if (!user_aliases_.empty()) {
      auto it = user_aliases_.find(std::string(key));
      if (it != user_aliases_.end()) {
        for (const auto& c : it->second) {
          auto same = std::find_if(out.begin(), out.end(), [&](const KbCandidate& o) { return o.entity == c.entity; });
          if (same == out.end()) out.push_back(c);
          else if (c.score > same->score) *same = c;
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const KbCandidate& x, const KbCandidate& y) { return x.score > y.score; });
      }
    }
    return out;
  }

  bool IsAliasPrefix(std::string_view prefix_in) const override {
    std::string canon;
    std::string_view prefix = Canonical(prefix_in, &canon);
    if (prefix.empty()) return false;
    if (FindAlias(prefix) >= 0) return true;
    if (!user_prefixes_.empty() && user_prefixes_.count(std::string(prefix))) return true;
    if (IsStoredPrefix(prefix)) return true;
    std::string_view rest = StripElision(prefix);  // "l'union" -> "union"
    return rest.size() != prefix.size() && IsAliasPrefix(rest);
  }

  const KbEntity* Get(std::string_view id) const override {
    uint32_t index;
    return FindIndex(id, &index) ? EntityAt(index) : nullptr;
  }

  std::optional<std::string> RoleToOffice(std::string_view role, std::string_view country) const override {
    std::string canon;
    std::string_view r = Canonical(role, &canon);
    std::string cc(country);
    for (char& c : cc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    // Leading articles: "the french minister of the armed forces".
    static const char* const kArticles[] = {"the ", "le ", "la ", "les ", "l'", "der ", "die ", "das ", "el ", "los "};
    for (const char* art : kArticles) {
      size_t n = std::strlen(art);
      if (r.size() > n && r.substr(0, n) == art) {
        r.remove_prefix(n);
        break;
      }
    }
    if (auto o = RoleExact(r, cc)) return o;
    // A demonym or country adjective inside the phrase gives the country:
    // "french foreign minister", "ministre allemand des affaires etrangeres",
    // "head of american diplomacy", "us-aussenminister".
    std::vector<std::string_view> words;
    for (size_t start = 0; start < r.size();) {
      size_t sp = r.find(' ', start);
      if (sp == std::string_view::npos) sp = r.size();
      words.push_back(r.substr(start, sp - start));
      start = sp + 1;
    }
    for (size_t i = 0; i < words.size(); ++i) {
      std::string_view w = words[i];
      std::string_view replacement;
      std::optional<std::string> d = DemonymCountry(w);
      if (!d) {
        size_t hy = w.find('-');
        if (hy != std::string_view::npos && hy + 1 < w.size()) {
          d = DemonymCountry(w.substr(0, hy));
          replacement = w.substr(hy + 1);
        }
      }
      if (!d || (!cc.empty() && *d != cc)) continue;
      std::string rest;
      for (size_t j = 0; j < words.size(); ++j) {
        std::string_view part = j == i ? replacement : words[j];
        if (part.empty()) continue;
        if (!rest.empty()) rest += ' ';
        rest.append(part);
      }
      if (auto o = RoleExact(rest, *d)) return o;
    }
    return std::nullopt;
  }

  const KbEntity* OfficeHolder(std::string_view office_id, std::string_view date) const override {
    uint32_t d = kbfmt::PackDate(date.data(), date.size());
    if (d == 0) return nullptr;
    uint32_t best_start = 0;
    const KbEntity* best = nullptr;
    // Binary search for the first term of the office.
    size_t lo = 0, hi = n_offices_;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (Str(offices_[mid].office) < office_id) lo = mid + 1;
      else hi = mid;
    }
    for (size_t i = lo; i < n_offices_ && Str(offices_[i].office) == office_id; ++i) {
      const auto& t = offices_[i];
      if (t.start <= d && d <= t.end && t.start >= best_start && t.holder < n_entities_) {
        best_start = t.start;
        best = EntityAt(t.holder);
      }
    }
    for (const auto& t : user_offices_) {
      if (t.office == office_id && t.start <= d && d <= t.end && t.start >= best_start) {
        best_start = t.start;
        best = EntityAt(t.holder);
      }
    }
    return best;
  }

  std::vector<KbOfficeTerm> OfficesOf(std::string_view person_id) const override {
    std::vector<KbOfficeTerm> out;
    uint32_t index;
    if (!FindIndex(person_id, &index)) return out;
    auto date = [](uint32_t v) -> std::string {
      if (v == 99991231u || v == 0) return "";
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", v / 10000, v / 100 % 100, v % 100);
      return buf;
    };
    for (size_t i = 0; i < n_offices_; ++i)
      if (offices_[i].holder == index)
        out.push_back({std::string(Str(offices_[i].office)), std::string(person_id), date(offices_[i].start),
                       date(offices_[i].end)});
    for (const auto& t : user_offices_)
      if (t.holder == index) out.push_back({t.office, std::string(person_id), date(t.start), date(t.end)});
    return out;
  }

  bool IsFirstName(std::string_view folded) const override { return Find(first_names_, folded) != nullptr; }
  bool IsSurname(std::string_view folded) const override { return Find(surnames_, folded) != nullptr; }
  std::optional<std::string> DemonymCountry(std::string_view folded) const override {
    const KeyRec* r = Find(demonyms_, folded);
    if (!r) return std::nullopt;
    std::string cc;
    cc += static_cast<char>(r->a & 0xFF);
    cc += static_cast<char>((r->a >> 8) & 0xFF);
    return cc;
  }
  bool IsTitleWord(std::string_view folded) const override { return Find(titles_, folded) != nullptr; }

  size_t entity_count() const override { return n_entities_ + user_entities_.size(); }
  size_t alias_count() const override { return aliases_.n + user_aliases_.size(); }

  KbStats stats() const override {
    KbStats s;
    s.path = path_;
    s.file_bytes = size_;
    s.entities = entity_count();
    s.aliases = alias_count();
    s.office_terms = n_offices_ + user_offices_.size();
    s.roles = roles_.n;
    s.first_names = first_names_.n;
    s.surnames = surnames_.n;
    s.demonyms = demonyms_.n;
    s.titles = titles_.n;
    s.user_entities = user_entities_.size();
    s.user_aliases = user_alias_count_;
    s.built = meta_;
    return s;
  }

 private:
  struct Section {
    const char* data;
    uint64_t size;
  };
  struct UserOffice {
    std::string office;
    uint32_t holder;
    uint32_t start, end;
  };

  KeyTable Table(uint32_t id) {
    const Section& s = sections_[id];
    return {reinterpret_cast<const KeyRec*>(s.data), s.size / sizeof(KeyRec)};
  }

  std::string_view Str(kbfmt::StrRef r) const {
    if (r.off > strings_size_ || r.len > strings_size_ - r.off) return {};
    return {strings_ + r.off, r.len};
  }

  // Folded input may carry doubled spaces or "d' orsay": normalize only then.
  static std::string_view Canonical(std::string_view key, std::string* buf) {
    bool clean = !key.empty() && key.front() != ' ' && key.back() != ' ';
    for (size_t i = 0; clean && i < key.size(); ++i) {
      char c = key[i];
      if (c == '\t' || c == '\n' || c == '\r') clean = false;
      else if (c == ' ' && (key[i - 1] == ' ' || key[i - 1] == '\'' || key[i - 1] == '-' ||
                            (i + 1 < key.size() && key[i + 1] == '-')))
        clean = false;
    }
    if (clean || key.empty()) return key;
    *buf = kbtsv::CanonicalSpacing(key);
    return *buf;
  }

  // "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'" at the start.
  static std::string_view StripElision(std::string_view key) {
    size_t ap = key.find('\'');
    if (ap == std::string_view::npos || ap + 1 >= key.size()) return key;
    std::string_view head = key.substr(0, ap);
    static const char* const kHeads[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"};
    for (const char* h : kHeads)
      if (head == h) return key.substr(ap + 1);
    return key;
  }

  // True when some alias of the file starts with `prefix` + ' ' (kPrefixHash;
  // a 64-bit hash collision could answer true wrongly: the caller then finds
  // no alias, which is only a wasted lookup).
  bool IsStoredPrefix(std::string_view prefix) const {
    uint64_t ph = kbfmt::PrefixHash(prefix.data(), prefix.size());
    size_t mask = prefix_cap_ - 1;
    for (size_t h = ph & mask, probes = 0; probes < prefix_cap_; ++probes, h = (h + 1) & mask) {
      if (prefix_hash_[h] == ph) return true;
      if (prefix_hash_[h] == 0) return false;
    }
    return false;
  }

  int64_t FindAlias(std::string_view key) const {
    if (aliases_.n == 0) return -1;
    size_t mask = hash_cap_ - 1;
    size_t h = kbfmt::KeyHash(key.data(), key.size()) & mask;
    for (size_t probes = 0; probes < hash_cap_; ++probes) {
      uint32_t v = hash_[h];
      if (v == 0 || v > aliases_.n) return -1;
      if (Str(aliases_.recs[v - 1].key) == key) return v - 1;
      h = (h + 1) & mask;
    }
    return -1;
  }

  size_t LowerBound(const KeyTable& t, std::string_view key) const {
    size_t lo = 0, hi = t.n;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (Str(t.recs[mid].key) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  const KeyRec* Find(const KeyTable& t, std::string_view key) const {
    size_t i = LowerBound(t, key);
    return i < t.n && Str(t.recs[i].key) == key ? &t.recs[i] : nullptr;
  }

  // Role rows for exactly this phrase; see RoleToOffice.
  std::optional<std::string> RoleExact(std::string_view phrase, const std::string& cc) const {
    std::string prefix(phrase);
    prefix += '\x1f';
    std::optional<std::string> generic, implied;
    int implied_count = 0;
    for (size_t i = LowerBound(roles_, prefix); i < roles_.n; ++i) {
      std::string_view k = Str(roles_.recs[i].key);
      if (k.substr(0, prefix.size()) != prefix) break;
      std::string_view row_cc = k.substr(prefix.size());
      std::string office(Str({roles_.recs[i].a, roles_.recs[i].b}));
      if (row_cc.empty()) {
        generic = office;
      } else if (!cc.empty() && row_cc == cc) {
        return office;
      } else {
        implied = office;
        ++implied_count;
      }
    }
    if (generic) {
      size_t at = generic->find("{cc}");
      if (at == std::string::npos) return generic;
      if (!cc.empty()) {
        std::string lower = cc;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return generic->replace(at, 4, lower);
      }
    }
    if (cc.empty() && implied_count == 1) return implied;
    return std::nullopt;
  }

  bool FindIndex(std::string_view id, uint32_t* index) const {
    if (!user_ids_.empty()) {
      auto it = user_ids_.find(std::string(id));
      if (it != user_ids_.end()) {
        *index = it->second;
        return true;
      }
    }
    size_t lo = 0, hi = n_entities_;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      uint32_t e = by_id_[mid];
      std::string_view s = e < n_entities_ ? Str(entities_[e].id) : std::string_view();
      if (s < id) lo = mid + 1;
      else hi = mid;
    }
    if (lo < n_entities_ && by_id_[lo] < n_entities_ && Str(entities_[by_id_[lo]].id) == id) {
      *index = by_id_[lo];
      return true;
    }
    return false;
  }

  // The entity at an index: a mapped record (made into a KbEntity on first use,
  // published with compare-exchange so concurrent readers agree on one object)
  // or a user entity. The cache is in chunks of kChunk slots, each allocated on
  // first use, so opening costs nothing per entity.
  const KbEntity* EntityAt(uint32_t i) const {
    if (i >= n_entities_) return user_entities_[i - n_entities_].get();
    std::atomic<Chunk*>& slot = chunks_[i / kChunk];
    Chunk* chunk = slot.load(std::memory_order_acquire);
    if (!chunk) {
      auto fresh = std::make_unique<Chunk>();
      Chunk* expected = nullptr;
      if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel)) chunk = fresh.release();
      else chunk = expected;
    }
    std::atomic<KbEntity*>& cell = chunk->entities[i % kChunk];
    KbEntity* e = cell.load(std::memory_order_acquire);
    if (e) return e;
    const kbfmt::EntityRec& r = entities_[i];
    auto made = std::make_unique<KbEntity>();
    made->id = Str(r.id);
    made->name = Str(r.name);
    made->type = kbfmt::TypeName(r.type);
    made->kind = Str(r.kind);
    if (r.country[0]) made->country.assign(r.country, 2);
    made->wikidata = Str(r.wikidata);
    made->prior = r.prior;
    KbEntity* expected = nullptr;
    if (cell.compare_exchange_strong(expected, made.get(), std::memory_order_acq_rel)) return made.release();
    return expected;
  }

  std::string path_;
  const char* map_ = nullptr;
  size_t size_ = 0;
  std::unordered_map<uint32_t, Section> sections_;
  const char* strings_ = nullptr;
  size_t strings_size_ = 0;
  const kbfmt::EntityRec* entities_ = nullptr;
  size_t n_entities_ = 0;
  const uint32_t* by_id_ = nullptr;
  KeyTable aliases_;
  const kbfmt::PostingRec* postings_ = nullptr;
  size_t n_postings_ = 0;
  const uint32_t* hash_ = nullptr;
  size_t hash_cap_ = 0;
  const uint64_t* prefix_hash_ = nullptr;
  size_t prefix_cap_ = 0;
  const kbfmt::OfficeRec* offices_ = nullptr;
  size_t n_offices_ = 0;
  KeyTable roles_, first_names_, surnames_, demonyms_, titles_;
  std::string meta_;
  static constexpr size_t kChunk = 1024;
  struct Chunk {
    std::atomic<KbEntity*> entities[kChunk] = {};
  };
  std::unique_ptr<std::atomic<Chunk*>[]> chunks_;
  size_t n_chunks_ = 0;

  // User overlay, filled at Open and read-only afterwards.
  std::vector<std::unique_ptr<KbEntity>> user_entities_;
  std::unordered_map<std::string, uint32_t> user_ids_;
  std::unordered_map<std::string, std::vector<KbCandidate>> user_aliases_;
  std::unordered_set<std::string> user_prefixes_;
  std::vector<UserOffice> user_offices_;
  size_t user_alias_count_ = 0;
};

}  // namespace

std::vector<KbCandidate> KnowledgeBase::Candidates(std::string_view folded_alias) const {
  std::vector<KbCandidate> out;
  for (const KbEntity* e : Lookup(folded_alias)) out.push_back({e, static_cast<float>(e->prior), 0});
  return out;
}

KbStats KnowledgeBase::stats() const {
  KbStats s;
  s.entities = entity_count();
  s.aliases = alias_count();
  return s;
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::OpenFile(const std::string& path,
                                                                     const KbOptions& options) {
  auto kb = std::make_shared<MappedKb>();
  DRAGOMAN_RETURN_IF_ERROR(kb->Map(path));
  std::vector<std::string> files = options.user_files;
  if (!options.ignore_env_extra) {
    if (const char* extra = std::getenv("DRAGOMAN_KB_EXTRA")) {
      for (auto& f : kbtsv::SplitList(extra, ':')) files.push_back(f);
    }
  }
  for (const auto& f : files) DRAGOMAN_RETURN_IF_ERROR(kb->LoadUserFile(f));
  return std::shared_ptr<const KnowledgeBase>(std::move(kb));
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::Open(const KbOptions& options) {
  std::string dir = options.dir;
  if (dir.empty()) {
    const char* home = std::getenv("DRAGOMAN_HOME");
    if (home && *home && fs::exists(fs::path(home) / "kb.bin")) dir = home;
  }
#ifdef DRAGOMAN_BUILD_DATA_DIR
  if (dir.empty()) dir = DRAGOMAN_BUILD_DATA_DIR;
#endif
  if (dir.empty()) {
    return Status::NotFound("no knowledge base folder: set DRAGOMAN_HOME or run `dragoman kb build --out DIR`");
  }
  return OpenFile((fs::path(dir) / "kb.bin").string(), options);
}

}  // namespace dragoman
