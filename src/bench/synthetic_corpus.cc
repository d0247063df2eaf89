#include "bench/synthetic_corpus.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "dragoman/pipeline.h"
#include "dragoman/reader.h"

namespace dragoman {
namespace {

// splitmix64: small, fast, good enough for picking.
struct Rng {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n ? static_cast<size_t>(Next() % n) : 0; }
  double Unit() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }
};

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

// Invented outlet names for the generated pages.
const char* kOutlets[] = {"The Harbour Courier", "Le Veilleur du Soir", "Nordstadt Rundschau", "El Mirador Diario",
                          "Continental Wire",     "The Evening Ledger", "Gazette des Deux Rives", "Tagesblick"};
const char* kAuthors[] = {"A. Marlow", "C. Duval", "J. Richter", "M. Ortega", "S. Lindqvist", "P. Novak"};
const char* kSections[] = {"World", "Europe", "Politics", "Economy", "Defence", "Diplomacy", "Opinion", "Science",
                           "Culture", "Sport", "Climate", "Technology"};

std::string HtmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Length of the longest prefix of `s` of at most `n` bytes that does not end
// inside a UTF-8 sequence (teasers are cut from paragraphs in any language).
size_t Utf8Prefix(const std::string& s, size_t n) {
  if (s.size() <= n) return s.size();
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

Result<SyntheticCorpus> SyntheticCorpus::FromTexts(const std::vector<std::string>& texts, SyntheticOptions options,
                                                   const std::vector<std::string>& languages) {
  SyntheticCorpus c;
  c.options_ = options;
  std::map<std::string, std::pair<std::vector<std::string>, std::set<std::string>>> by_language;
  for (size_t k = 0; k < texts.size(); ++k) {
    const std::string& t = texts[k];
    auto& [paragraphs, vocab] = by_language[k < languages.size() ? languages[k] : std::string()];
    size_t pos = 0;
    while (pos < t.size()) {
      size_t nl = t.find('\n', pos);
      if (nl == std::string::npos) nl = t.size();
      std::string line = t.substr(pos, nl - pos);
      pos = nl + 1;
      auto words = Words(line);
      if (words.size() < 6) continue;  // headings, boilerplate lines
      std::string p;
      for (const auto& w : words) {
        if (!p.empty()) p += ' ';
        p += w;
        vocab.insert(w);
      }
      paragraphs.push_back(std::move(p));
    }
  }
  for (auto& [language, pv] : by_language) {
    if (pv.first.empty()) continue;
    c.total_paragraphs_ += pv.first.size();
    c.pools_.push_back({std::move(pv.first), std::vector<std::string>(pv.second.begin(), pv.second.end())});
  }
  if (c.pools_.empty()) return Status::InvalidArgument("the sample has no paragraph to build articles from");
  return c;
}

Result<SyntheticCorpus> SyntheticCorpus::FromPath(const std::string& path, SyntheticOptions options) {
  PipelineOptions po;
  po.stages = {"language"};
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) return pipeline.status();
  std::vector<std::string> texts, languages;
  ReadInputs(
      {path}, ReadOptions(),
      [&](RawDocument&& doc) {
        auto a = (*pipeline)->Run(doc);
        if (!a.ok()) return;
        texts.push_back(a->text);
        languages.push_back(a->language);
      },
      [](const Origin&, const Status&) {});
  if (texts.empty()) return Status::NotFound(path + ": no article to build a synthetic corpus from");
  return FromTexts(texts, options, languages);
}

SyntheticCorpus::Parts SyntheticCorpus::Make(size_t i, size_t target) const {
  Rng rng{options_.seed * 0x100000001b3ULL ^ (i + 1) * 0x9e3779b97f4a7c15ULL};
  Parts p;
  p.outlet = kOutlets[rng.Below(std::size(kOutlets))];
  p.author = kAuthors[rng.Below(std::size(kAuthors))];
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2022 + static_cast<int>(rng.Below(4)),
                1 + static_cast<int>(rng.Below(12)), 1 + static_cast<int>(rng.Below(28)));
  p.date = date;
  // One language per article: pools weighted by their paragraphs.
  size_t pick = rng.Below(total_paragraphs_);
  while (p.pool + 1 < pools_.size() && pick >= pools_[p.pool].paragraphs.size()) {
    pick -= pools_[p.pool].paragraphs.size();
    ++p.pool;
  }
  const Pool* pool = &pools_[p.pool];
  const auto& paragraphs = pool->paragraphs;
  const auto& vocabulary = pool->vocabulary;
  auto noisy = [&](const std::string& para) {
    std::string out;
    for (const auto& w : Words(para)) {
      if (!out.empty()) out += ' ';
      out += rng.Unit() < options_.word_noise ? vocabulary[rng.Below(vocabulary.size())] : w;
    }
    return out;
  };
  // Title: the first words of a random paragraph, perturbed.
  auto tw = Words(noisy(paragraphs[rng.Below(paragraphs.size())]));
  size_t n = std::min<size_t>(tw.size(), 6 + rng.Below(6));
  for (size_t k = 0; k < n; ++k) p.title += (k ? " " : "") + tw[k];
  size_t bytes = 0;
  while (bytes < target) {
    p.paragraphs.push_back(noisy(paragraphs[rng.Below(paragraphs.size())]));
    bytes += p.paragraphs.back().size() + 2;
  }
  return p;
}

std::string SyntheticCorpus::Text(size_t i) const {
  Parts p = Make(i, options_.text_bytes);
  std::string out = p.title + "\n\n" + p.date + " (" + p.outlet + ") ";
  for (size_t k = 0; k < p.paragraphs.size(); ++k) {
    out += p.paragraphs[k];
    out += "\n\n";
    if (k == 1) out += "Share this article\n\n";
  }
  out += "Related Articles\n\nSubscribe to our newsletter\n";
  return out;
}

std::string SyntheticCorpus::Html(size_t i) const {
  Parts p = Make(i, options_.text_bytes);
  Rng rng{options_.seed ^ (i + 7) * 0xff51afd7ed558ccdULL};
  std::string h;
  h.reserve(options_.html_bytes + 8192);
  h += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" + HtmlEscape(p.title) + " | " +
       p.outlet + "</title>\n<meta property=\"og:site_name\" content=\"" + p.outlet +
       "\">\n<meta property=\"article:published_time\" content=\"" + p.date +
       "T08:30:00Z\">\n<meta name=\"author\" content=\"" + p.author + "\">\n<style>\n";
  // Page weight: styles, a configuration script, navigation, teasers.
  size_t budget = options_.html_bytes;
  for (int k = 0; h.size() < budget / 5; ++k) {
    char rule[160];
    std::snprintf(rule, sizeof rule, ".c%d{margin:%dpx %dpx;padding:%dpx;color:#%06x;font-size:%dpx}\n", k,
                  static_cast<int>(rng.Below(40)), static_cast<int>(rng.Below(40)), static_cast<int>(rng.Below(20)),
                  static_cast<unsigned>(rng.Below(0xffffff)), 10 + static_cast<int>(rng.Below(20)));
    h += rule;
  }
  h += "</style>\n<script>window.__config={\"slots\":[";
  for (int k = 0; h.size() < budget * 2 / 5; ++k) {
    char slot[120];
    std::snprintf(slot, sizeof slot, "%s{\"id\":\"slot-%d\",\"size\":[%d,%d],\"refresh\":%d}", k ? "," : "", k,
                  300 + static_cast<int>(rng.Below(400)), 50 + static_cast<int>(rng.Below(500)),
                  static_cast<int>(rng.Below(60)));
    h += slot;
  }
  h += "]};</script>\n</head>\n<body>\n<div class=\"cookie-banner\">We use cookies to improve your experience. "
       "<button>Accept</button> <button>Settings</button></div>\n<header><nav><ul>\n";
  for (int k = 0; h.size() < budget * 11 / 20; ++k) {
    const char* sec = kSections[static_cast<size_t>(k) % std::size(kSections)];
    h += "<li><a href=\"/" + std::string(sec) + "/" + std::to_string(k) + "\">" + sec + " " + std::to_string(k) +
         "</a></li>\n";
  }
  h += "</ul></nav></header>\n<main><div class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/world\">World"
       "</a></div>\n<article><h1>" + HtmlEscape(p.title) + "</h1>\n<p class=\"byline\">By " + p.author + ", " +
       p.outlet + " | " + p.date + "</p>\n";
  for (const auto& para : p.paragraphs) h += "<p>" + HtmlEscape(para) + "</p>\n";
  h += "<div class=\"share\">Share: <a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Email</a></div>\n"
       "</article>\n<aside class=\"related\"><h2>Related</h2><ul>\n";
  while (h.size() < budget * 9 / 10) {
    const auto& teasers = pools_[p.pool].paragraphs;
    const std::string& para = teasers[rng.Below(teasers.size())];
    h += "<li><a href=\"/story/" + std::to_string(rng.Below(1000000)) + "\">" +
         HtmlEscape(para.substr(0, Utf8Prefix(para, 90))) + "</a></li>\n";
  }
  h += "</ul></aside></main>\n<footer><p>&copy; " + p.outlet +
       ". All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></p>";
  while (h.size() < budget) h += "<!-- tracking pixel placeholder --><img src=\"/px.gif\" alt=\"\">\n";
  h += "</footer>\n</body></html>\n";
  return h;
}

Status SyntheticCorpus::WriteFolder(const std::string& dir, size_t n, bool html, uint64_t* bytes) const {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (size_t i = 0; i < n; ++i) {
    char sub[32], name[32];
    std::snprintf(sub, sizeof sub, "%03zu", i / 1000);
    std::snprintf(name, sizeof name, "%07zu.%s", i, html ? "html" : "txt");
    fs::path folder = fs::path(dir) / sub;
    if (i % 1000 == 0) {
      fs::create_directories(folder, ec);
      if (ec) return Status::IOError(folder.string() + ": " + ec.message());
    }
    std::string body = html ? Html(i) : Text(i);
    std::ofstream out(folder / name, std::ios::binary);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    if (!out) return Status::IOError((folder / name).string() + ": cannot write");
    if (bytes) *bytes += body.size();
  }
  return Status::OK();
}

}  // namespace dragoman
