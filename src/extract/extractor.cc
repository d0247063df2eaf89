#include "extract/extractor.h"

#include <string>
#include <vector>

#include "dragoman/utf8.h"

namespace dragoman {
namespace {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

// First version: paragraphs are non-empty lines; no boilerplate detection yet.
std::string ParagraphsFromText(std::string_view s) {
  std::string out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    std::string line = Trim(s.substr(pos, nl - pos));
    if (!line.empty()) {
      if (!out.empty()) out += "\n\n";
      out += line;
    }
    pos = nl + 1;
  }
  return out;
}

class BasicExtractor : public Extractor {
 public:
  Result<Article> Extract(const RawDocument& doc) override {
    Article a;
    a.source = doc.origin;
    if (doc.id) a.id = *doc.id;
    a.title = doc.title;
    a.outlet = doc.outlet;
    a.authors = doc.authors;
    std::string body = IsValidUtf8(doc.bytes) ? doc.bytes : RepairUtf8(doc.bytes);
    a.text = doc.kind == RawDocument::Kind::kCleanText ? body : ParagraphsFromText(body);
    if (a.text.empty()) return Status::NoContent("no article text found");
    return a;
  }
};

}  // namespace

std::unique_ptr<Extractor> MakeDefaultExtractor(const PipelineOptions&) {
  return std::make_unique<BasicExtractor>();
}

}  // namespace dragoman
