#include "stories/pivot.h"

#include <libstemmer.h>
#include <zlib.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "core/data_path.h"
#include "dragoman/utf8.h"
#include "events/words.h"

namespace dragoman {
namespace {

// dictd's base64 numbers: A-Z a-z 0-9 + /, most significant digit first.
long DictdNumber(const std::string& s) {
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  long v = 0;
  for (char c : s) {
    auto p = kAlphabet.find(c);
    if (p == std::string::npos) return -1;
    v = v * 64 + static_cast<long>(p);
  }
  return v;
}

std::string Gunzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return {};
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

// Letter-bigram Dice similarity, to prefer cognates ("gouvernement" ->
// "government" rather than the first gloss "control").
double Dice(const std::string& a, const std::string& b) {
  if (a.size() < 2 || b.size() < 2) return 0;
  std::unordered_map<std::string, int> grams;
  for (size_t i = 0; i + 1 < a.size(); ++i) ++grams[a.substr(i, 2)];
  int common = 0;
  for (size_t i = 0; i + 1 < b.size(); ++i) {
    auto it = grams.find(b.substr(i, 2));
    if (it != grams.end() && it->second > 0) { --it->second; ++common; }
  }
  return 2.0 * common / static_cast<double>(a.size() + b.size() - 2);
}

// The translation of a dictd entry: a cognate among the single-word glosses
// when there is one, else the first gloss of the first sense.
std::string BestTranslation(const std::string& head, std::string_view entry) {
  std::vector<std::string> glosses;
  size_t nl = entry.find('\n');
  while (nl != std::string_view::npos && glosses.size() < 16) {
    size_t next = entry.find('\n', nl + 1);
    std::string_view line = entry.substr(nl + 1, next == std::string_view::npos ? std::string_view::npos : next - nl - 1);
    nl = next;
    size_t b = 0;
    while (b < line.size() && (line[b] == ' ' || (line[b] >= '0' && line[b] <= '9') || line[b] == '.')) ++b;
    line = line.substr(b);
    if (line.empty() || line[0] == '<' || line[0] == '/' || line[0] == '"' || line[0] == '(') continue;
    size_t start = 0;
    while (start < line.size()) {
      size_t e = line.find_first_of(",;", start);
      std::string_view g = line.substr(start, e == std::string_view::npos ? std::string_view::npos : e - start);
      while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
      while (!g.empty() && g.back() == ' ') g.remove_suffix(1);
      if (!g.empty() && g.find(' ') == std::string_view::npos && g.find('(') == std::string_view::npos)
        glosses.push_back(FoldForMatch(g));
      if (e == std::string_view::npos) break;
      start = e + 1;
    }
  }
  if (glosses.empty()) return {};
  std::string best = glosses[0];
  double best_score = 0.45;
  for (const auto& g : glosses) {
    double d = Dice(head, g);
    if (d > best_score) { best_score = d; best = g; }
  }
  return best;
}

void LoadDictionary(const std::string& index_path, const std::string& dict_path,
                    std::unordered_map<std::string, std::string>& out) {
  std::ifstream index(index_path);
  if (!index) return;
  std::string data = Gunzip(dict_path);
  if (data.empty()) return;
  std::string line;
  while (std::getline(index, line)) {
    if (line.rfind("00database", 0) == 0 || line.rfind("00-database", 0) == 0) continue;
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    long off = DictdNumber(line.substr(t1 + 1, t2 - t1 - 1)), len = DictdNumber(line.substr(t2 + 1));
    if (off < 0 || len <= 0 || static_cast<size_t>(off + len) > data.size()) continue;
    std::string head = FoldForMatch(line.substr(0, t1));
    if (head.find(' ') != std::string::npos || out.count(head)) continue;
    std::string tr = BestTranslation(head, std::string_view(data).substr(static_cast<size_t>(off), static_cast<size_t>(len)));
    if (!tr.empty()) out.emplace(std::move(head), std::move(tr));
  }
}

const char* StemmerName(const std::string& lang) {
  if (lang == "fr") return "french";
  if (lang == "de") return "german";
  if (lang == "es") return "spanish";
  if (lang == "it") return "italian";
  if (lang == "pt") return "portuguese";
  if (lang == "nl") return "dutch";
  return "english";
}

// One Snowball stemmer per language per thread (libstemmer is not thread-safe).
std::string Stem(const std::string& lang, const std::string& word) {
  struct Stemmers {
    std::unordered_map<std::string, sb_stemmer*> by_lang;
    ~Stemmers() {
      for (auto& [k, s] : by_lang) sb_stemmer_delete(s);
    }
  };
  thread_local Stemmers stemmers;
  sb_stemmer*& s = stemmers.by_lang[lang];
  if (!s) s = sb_stemmer_new(StemmerName(lang), "UTF_8");
  if (!s) return word;
  const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  return out ? std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(s))) : word;
}

}  // namespace

std::shared_ptr<const Pivot> Pivot::Build(const std::string& dir) {
  auto p = std::make_shared<Pivot>();
  const std::pair<const char*, const char*> kDicts[] = {{"fr", "fra-eng"}, {"de", "deu-eng"}, {"es", "spa-eng"}, {"it", "ita-eng"}};
  // The condensed table is cached in the build's data folder: reading the
  // German dictionary takes over a second, the cache a few milliseconds.
  std::string cache = std::string(DRAGOMAN_BUILD_DATA_DIR) + "/pivot-v2.tsv";
  if (dir == "/usr/share/dictd") {
    std::ifstream in(cache);
    std::string lang, head, tr;
    while (std::getline(in, lang, '\t') && std::getline(in, head, '\t') && std::getline(in, tr))
      p->dict_[lang].emplace(head, tr);
  }
  if (p->dict_.empty()) {
    for (const auto& [lang, name] : kDicts) {
      std::string base = dir + "/freedict-" + name;
      LoadDictionary(base + ".index", base + ".dict.dz", p->dict_[lang]);
    }
    if (dir == "/usr/share/dictd" && p->dictionary_entries() > 0) {
      std::string tmp = cache + ".tmp" + std::to_string(::getpid());
      {
        std::ofstream out(tmp);
        for (const auto& [lang, m] : p->dict_)
          for (const auto& [head, tr] : m) out << lang << '\t' << head << '\t' << tr << '\n';
      }
      std::error_code ec;
      std::filesystem::rename(tmp, cache, ec);
      if (ec) std::filesystem::remove(tmp, ec);
    }
  }
  for (const char* lang : {"en", "fr", "de", "es", "it"}) {
    std::ifstream in(DataPath(std::string("lexicons/") + lang + "/stopwords.txt"));
    std::string w;
    while (in >> w) p->stop_[lang].insert(FoldForMatch(w));
  }
  return p;
}

std::shared_ptr<const Pivot> Pivot::Shared() {
  static std::once_flag once;
  static std::shared_ptr<const Pivot> pivot;
  std::call_once(once, [] {
    const char* dir = std::getenv("DRAGOMAN_DICTD");
    pivot = Build(dir && *dir ? dir : "/usr/share/dictd");
  });
  return pivot;
}

bool Pivot::IsStopword(const std::string& lang, const std::string& w) const {
  auto it = stop_.find(lang);
  if (it != stop_.end() && it->second.count(w)) return true;
  auto en = stop_.find("en");
  return en != stop_.end() && en->second.count(w);
}

size_t Pivot::dictionary_entries() const {
  size_t n = 0;
  for (const auto& [k, v] : dict_) n += v.size();
  return n;
}

std::string Pivot::Translate(const std::string& lang, const std::string& w) const {
  auto d = dict_.find(lang);
  if (d == dict_.end()) return {};
  auto it = d->second.find(w);
  return it == d->second.end() ? std::string() : it->second;
}

std::vector<std::string> Pivot::Terms(std::string_view text, const std::string& lang) const {
  std::vector<std::string> out;
  std::string t(text);
  for (Word& w : SplitIntoWords(t, 0, static_cast<uint32_t>(t.size()))) {
    std::string f = std::move(w.folded);
    // Elided articles: l'otan -> otan.
    if (f.size() > 2 && f[1] == '\'') f = f.substr(2);
    bool digits = !f.empty() && f.find_first_not_of("0123456789.,") == std::string::npos;
    if (digits) {
      if (f.size() >= 2) out.push_back("#" + f);
      continue;
    }
    if (f.size() < 3 || IsStopword(lang, f)) continue;
    if (lang != "en") {
      std::string tr = Translate(lang, f);
      if (!tr.empty() && !IsStopword("en", tr)) {
        out.push_back(Stem("en", tr));
        continue;
      }
      out.push_back(Stem(lang, f));
      continue;
    }
    out.push_back(Stem("en", f));
  }
  return out;
}

}  // namespace dragoman
