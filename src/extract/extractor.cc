// The extract stage: RawDocument -> Article. HTML goes through the pre-pass,
// the HTML parser (libxml2, or gumbo; extract/gumbo_arena.h), the body
// finder and the metadata reader; scraped text through the line classifier
// and the text metadata reader; clean text is kept as it is.
#include "extract/extractor.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "core/article_id.h"
#include "dragoman/utf8.h"
#include "extract/boilerplate_lexicon.h"
#include "extract/gumbo_arena.h"
#include "extract/html_body.h"
#include "extract/html_prepass.h"
#include "extract/metadata.h"
#include "extract/text_body.h"
#include "extract/text_util.h"

namespace dragoman {
namespace {

// Metadata the container supplied (feed item, JSONL, WARC headers): used
// when the page gives nothing better. Published stays a raw string for the
// metadata reader, which parses it.
void FillFromContainer(const RawDocument& doc, Article& a) {
  if (!a.title && doc.title && !doc.title->empty()) a.title = *doc.title;
  if (!a.outlet && doc.outlet && !doc.outlet->empty()) a.outlet = *doc.outlet;
  if (a.authors.empty()) a.authors = doc.authors;
}

bool NeedsNfc(const std::optional<std::string>& s) { return s && !IsNfc(*s); }

// A copy of `doc` with its payload repaired (ill-formed UTF-8 -> U+FFFD) and
// it and the container's fields in NFC, or nothing when `doc` already is so.
std::optional<RawDocument> CanonicalCopy(const RawDocument& doc) {
  bool valid = IsValidUtf8(doc.bytes);
  bool body_nfc = valid && IsNfc(doc.bytes);
  bool fields_nfc = !NeedsNfc(doc.title) && !NeedsNfc(doc.outlet) &&
                    std::none_of(doc.authors.begin(), doc.authors.end(),
                                 [](const std::string& a) { return !IsNfc(a); });
  if (body_nfc && fields_nfc) return std::nullopt;
  RawDocument c;
  c.origin = doc.origin;
  c.kind = doc.kind;
  c.charset_hint = doc.charset_hint;
  c.id = doc.id;
  c.published = doc.published;
  c.language = doc.language;
  c.bytes = valid ? std::string(doc.bytes) : RepairUtf8(doc.bytes);
  if (!IsNfc(c.bytes)) c.bytes = ToNfc(c.bytes);
  if (doc.title) c.title = ToNfc(*doc.title);
  if (doc.outlet) c.outlet = ToNfc(*doc.outlet);
  for (const std::string& a : doc.authors) c.authors.push_back(ToNfc(a));
  return c;
}

class DefaultExtractor : public Extractor {
 public:
  DefaultExtractor() : lexicon_(extract::BoilerplateLexicon::Default()) {}

  Result<Article> Extract(const RawDocument& raw) override {
    // Every later stage reads well-formed UTF-8 in NFC; a document that is
    // not gets a repaired, composed copy (rare: most input already is).
    std::optional<RawDocument> canonical = CanonicalCopy(raw);
    const RawDocument& doc = canonical ? *canonical : raw;
    const std::string* bytes = &doc.bytes;
    Article a;
    a.source = doc.origin;
    if (doc.id) a.id = *doc.id;
    switch (doc.kind) {
      case RawDocument::Kind::kCleanText:
        a.text = *bytes;
        FillFromContainer(doc, a);
        if (TrimEmpty(a.text)) return Status::NoContent("no article text: the clean text is empty");
        return a;
      case RawDocument::Kind::kHtml:
        return FromHtml(doc, *bytes, std::move(a));
      case RawDocument::Kind::kText:
      default:
        return FromText(doc, *bytes, std::move(a));
    }
  }

 private:
  static bool TrimEmpty(const std::string& s) { return extract::TrimView(s).empty(); }

  Result<Article> FromHtml(const RawDocument& doc, const std::string& html, Article a) {
    extract::ParsedPage tree(html);
    if (!tree.output()) return Status::Internal("html parser returned no tree");
    Result<extract::HtmlBody> body = extract::ExtractHtmlBody(tree.output(), lexicon_);
    if (!body.ok()) return body.status();
    a.text = std::move(body->text);
    a.boilerplate = std::move(body->boilerplate);
    FillHtmlMetadata(tree.output(), doc, a);
    FillFromContainer(doc, a);
    return a;
  }

  Result<Article> FromText(const RawDocument& doc, const std::string& text, Article a) {
    // The metadata reader reads the same lines: it gets them, and the folds
    // the classifier made, instead of splitting and folding them again.
    extract::SourceLines lines;
    extract::TextBody body = extract::ExtractTextBody(text, lexicon_, &lines);
    a.text = std::move(body.text);
    a.boilerplate = std::move(body.boilerplate);
    if (body.headline) a.title = *body.headline;
    if (TrimEmpty(a.text)) return Status::NoContent("no article text found");
    FillTextMetadata(doc, text, a, std::move(lines));
    FillFromContainer(doc, a);
    // The headline line left the body; if the metadata reader chose another
    // title, keep the line as boilerplate so nothing is lost.
    if (body.headline && (!a.title || *a.title != *body.headline))
      a.boilerplate.insert(a.boilerplate.begin(), {*body.headline, "other"});
    // The id the pipeline would give (ArticleId), from the body's fold made
    // with its lines' folds instead of folding the text once more.
    if (a.id.empty())
      a.id = Hex64(ContentHashOfFolds(FoldForMatch(a.title ? std::string_view(*a.title) : std::string_view()),
                                      body.folded));
    return a;
  }

  const extract::BoilerplateLexicon& lexicon_;
};

}  // namespace

std::unique_ptr<Extractor> MakeDefaultExtractor(const PipelineOptions&) {
  return std::make_unique<DefaultExtractor>();
}

}  // namespace dragoman
