#include "entities/ner_eval.h"

#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <set>
#include <sstream>

namespace dragoman {
namespace {

Result<std::string> ReadAll(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files too
  if (!f) return Status::IOError(path + ": cannot open");
  std::string data;
  char buf[1 << 16];
  for (;;) {
    int n = gzread(f, buf, sizeof(buf));
    if (n < 0) {
      int err = 0;
      std::string msg = gzerror(f, &err);
      gzclose(f);
      return Status::Corruption(path + ": " + msg);
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  gzclose(f);
  return data;
}

std::vector<std::string> SplitWs(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (c == sep || (sep == ' ' && c == '\t')) {
      if (!cur.empty() || sep == '\t') out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty() || sep == '\t') out.push_back(cur);
  return out;
}

std::string MapHipe(const std::string& tag) {
  if (tag.size() < 3 || tag == "O") return "O";
  std::string t = tag.substr(2);
  if (t.rfind("pers", 0) == 0) return tag.substr(0, 2) + "PER";
  if (t.rfind("loc", 0) == 0) return tag.substr(0, 2) + "LOC";
  if (t.rfind("org", 0) == 0) return tag.substr(0, 2) + "ORG";
  return "O";  // prod, time
}

}  // namespace

std::vector<BioSpan> SpansFromTags(const std::vector<std::string>& tags) {
  std::vector<BioSpan> spans;
  std::string cur_type;
  uint32_t start = 0;
  auto close = [&](uint32_t end) {
    if (!cur_type.empty()) spans.push_back({start, end, cur_type});
    cur_type.clear();
  };
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const std::string& t = tags[i];
    if (t.size() < 3 || (t[0] != 'B' && t[0] != 'I' && t[0] != 'E' && t[0] != 'S') || t[1] != '-') {
      close(i);
      continue;
    }
    std::string type = t.substr(2);
    if (t[0] == 'B' || t[0] == 'S' || type != cur_type) {
      close(i);
      cur_type = type;
      start = i;
    }
  }
  close(static_cast<uint32_t>(tags.size()));
  return spans;
}

Result<BioCorpus> ReadBioFile(const std::string& path, const std::string& format) {
  auto data = ReadAll(path);
  if (!data.ok()) return data.status();
  BioCorpus corpus;
  std::istringstream in(*data);
  std::string line;
  std::string fmt = format;
  size_t lineno = 0;
  BioSentence cur;
  std::vector<std::string> tags;
  bool next_starts_doc = false;
  auto flush = [&]() {
    if (!cur.tokens.empty()) {
      cur.gold = SpansFromTags(tags);
      corpus.token_count += cur.tokens.size();
      corpus.sentences.push_back(std::move(cur));
    }
    cur = BioSentence();
    tags.clear();
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (fmt == "auto") {
      if (line.empty() || (line[0] == '#')) continue;
      if (line.rfind("TOKEN\t", 0) == 0) {
        fmt = "hipe";
        continue;
      }
      fmt = SplitWs(line, ' ').size() >= 4 ? "conll" : "iob2";
    }
    if (fmt == "hipe") {
      if (line.rfind("TOKEN\t", 0) == 0) continue;
      if (line.empty()) continue;
      if (line[0] == '#') {
        if (line.find("document_id") != std::string::npos) {
          flush();
          next_starts_doc = true;
          corpus.has_documents = true;
        }
        continue;
      }
      auto cols = SplitWs(line, '\t');
      if (cols.size() < 2) return Status::Corruption(path + ":" + std::to_string(lineno) + ": expected TSV columns");
      if (cur.tokens.empty() && next_starts_doc) {
        cur.starts_document = true;
        next_starts_doc = false;
      }
      const std::string misc = cols.size() >= 10 ? cols[9] : "";
      cur.tokens.push_back(cols[0]);
      cur.space_after.push_back(misc.find("NoSpaceAfter") == std::string::npos);
      tags.push_back(MapHipe(cols[1]));
      if (misc.find("EndOfSentence") != std::string::npos || misc.find("PySBDSegment") != std::string::npos ||
          cur.tokens.size() >= 150)
        flush();
      continue;
    }
    if (line.empty()) {
      flush();
      continue;
    }
    auto cols = SplitWs(line, fmt == "conll" ? ' ' : '\t');
    if (fmt == "iob2" && cols.size() < 2) cols = SplitWs(line, ' ');
    if (cols.size() < 2) return Status::Corruption(path + ":" + std::to_string(lineno) + ": expected TOKEN TAG");
    if (cols[0] == "-DOCSTART-") {
      flush();
      next_starts_doc = true;
      corpus.has_documents = true;
      continue;
    }
    if (cur.tokens.empty() && next_starts_doc) {
      cur.starts_document = true;
      next_starts_doc = false;
    }
    cur.tokens.push_back(cols[0]);
    cur.space_after.push_back(1);
    tags.push_back(cols.back());
  }
  flush();
  corpus.format = fmt == "auto" ? "iob2" : fmt;
  if (corpus.sentences.empty()) return Status::Corruption(path + ": no labelled sentences");
  return corpus;
}

NerScores EvaluateNer(const BioCorpus& corpus, const Recognizer& recognizer, const NerEvalOptions& options) {
  NerScores scores;
  std::set<std::string> types(options.types.begin(), options.types.end());
  if (types.empty()) {
    types = {"PER", "ORG", "LOC"};
    if (corpus.format != "hipe") types.insert("MISC");
  }
  for (const auto& t : types) scores.by_type[t];
  DocContext doc;
  std::string text;
  std::vector<TokenSpan> spans;
  std::vector<NerMention> mentions;
  std::vector<std::vector<BioSpan>> predicted(corpus.sentences.size());
  // Thread CPU time: tokens per second per core, whatever else runs on the machine.
  auto cpu_now = []() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
  };
  double t0 = cpu_now();
  // As the entities stage does (EntityStage::Process), two passes over each
  // document: the first only teaches the document context, so that a name
  // typed late ("Lebed said") also types its earlier mentions. A corpus
  // without document marks has one sentence per document.
  auto run = [&](size_t si, bool record) {
    const BioSentence& s = corpus.sentences[si];
    text.clear();
    spans.clear();
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      uint32_t b = static_cast<uint32_t>(text.size());
      text += s.tokens[k];
      spans.push_back({b, static_cast<uint32_t>(text.size())});
      if (s.space_after[k]) text += ' ';
    }
    mentions.clear();
    recognizer.Recognize(text, spans.data(), spans.size(), &doc, &mentions, nullptr);
    if (!record) return;
    for (const NerMention& m : mentions) {
      if (types.count(m.type)) predicted[si].push_back({m.tok_begin, m.tok_end, m.type});
    }
  };
  for (size_t first = 0; first < corpus.sentences.size();) {
    size_t end = first + 1;
    if (corpus.has_documents) {
      while (end < corpus.sentences.size() && !corpus.sentences[end].starts_document) ++end;
    }
    doc.Clear();
    for (int pass = options.passes >= 2 ? 0 : 1; pass < 2; ++pass) {
      for (size_t si = first; si < end; ++si) run(si, pass == 1);
    }
    first = end;
  }
  scores.seconds = cpu_now() - t0;
  scores.tokens = corpus.token_count;
  scores.sentences = corpus.sentences.size();
  for (size_t si = 0; si < corpus.sentences.size(); ++si) {
    std::set<BioSpan> gold;
    for (const BioSpan& g : corpus.sentences[si].gold) {
      if (types.count(g.type)) gold.insert(g);
    }
    for (const BioSpan& g : gold) {
      auto& ts = scores.by_type[g.type];
      ++ts.gold;
      ++scores.micro.gold;
      if (g.type != "MISC") ++scores.micro_pol.gold;
    }
    if (scores.errors.size() < options.max_errors) {
      std::set<BioSpan> pred(predicted[si].begin(), predicted[si].end());
      const auto& toks = corpus.sentences[si].tokens;
      auto show = [&](const BioSpan& b) {
        std::string s = b.type + ":";
        for (uint32_t k = b.begin; k < b.end; ++k) s += (k > b.begin ? " " : "") + toks[k];
        return s;
      };
      std::string missed, wrong;
      for (const BioSpan& g : gold) {
        if (!pred.count(g)) missed += " [" + show(g) + "]";
      }
      for (const BioSpan& p : pred) {
        if (!gold.count(p)) wrong += " [" + show(p) + "]";
      }
      if (!missed.empty() || !wrong.empty()) {
        std::string sent;
        for (const auto& t : toks) sent += t + " ";
        scores.errors.push_back("missed:" + missed + " | wrong:" + wrong + " | " + sent);
      }
    }
    const std::vector<BioSpan>& pred_si = predicted[si];
    auto overlaps = [](const BioSpan& a, const BioSpan& b) { return a.begin < b.end && b.begin < a.end; };
    for (const BioSpan& g : gold) {
      std::string outcome = "missed";
      for (const BioSpan& p : pred_si) {
        if (p.begin == g.begin && p.end == g.end) {
          outcome = p.type;
          break;
        }
        if (overlaps(p, g)) outcome = "span";
      }
      ++scores.confusion[g.type][outcome];
    }
    for (const BioSpan& p : pred_si) {
      bool any = false;
      for (const BioSpan& g : gold) any |= overlaps(p, g);
      if (!any) ++scores.confusion["O"][p.type];
    }
    for (const BioSpan& p : predicted[si]) {
      bool ok = gold.count(p) > 0;
      auto& ts = scores.by_type[p.type];
      ++ts.predicted;
      ++scores.micro.predicted;
      if (p.type != "MISC") ++scores.micro_pol.predicted;
      if (ok) {
        ++ts.correct;
        ++scores.micro.correct;
        if (p.type != "MISC") ++scores.micro_pol.correct;
      }
    }
  }
  return scores;
}

}  // namespace dragoman
