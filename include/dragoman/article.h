// The article model: a RawDocument as read, and an Article whose clean text is
// written once by the extract stage and then only annotated, never rewritten.
// Every annotation is a standoff span (byte offsets into `title` or `text`) in a
// named layer. Output converts byte offsets to code points (OUTPUT.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dragoman {

// Where a document came from. `record` names the member inside an archive or
// feed ("warc record 12", "item 3"), empty for a plain file.
struct Origin {
  std::string path;
  std::string record;
  std::string url;     // empty when unknown
  std::string format;  // txt|html|warc|rss|atom|jsonl
  // "path" or "path#record" as printed in OUTPUT.md `source.path`.
  std::string Display() const { return record.empty() ? path : path + "#" + record; }
};

// What a reader hands to the extract stage.
struct RawDocument {
  Origin origin;
  std::string bytes;          // the payload: HTML, plain text, or clean text
  enum class Kind { kText, kHtml, kCleanText } kind = Kind::kText;
  std::string charset_hint;   // from an HTTP header or XML declaration; empty when unknown
  // Metadata the container supplied (feed item, JSONL fields, WARC headers).
  std::optional<std::string> id, title, outlet, published, language;
  std::vector<std::string> authors;
};

enum class Field : uint8_t { kTitle = 0, kText = 1 };
const char* FieldName(Field f);

// A half-open byte range [start, end) in the title or the text.
struct Span {
  Field field = Field::kText;
  uint32_t start = 0;
  uint32_t end = 0;
};

struct PublishedDate {
  std::string date;       // YYYY-MM-DD | YYYY-MM | YYYY
  std::string precision;  // day|month|year
  std::string evidence;   // where it came from, in words
};

struct BoilerplateBlock {
  std::string text;
  std::string kind;  // breadcrumb|navigation|related|teaser|caption|comment-count|tracking-id|share|other
};

// A stretch of the text in one language, when an article mixes languages.
struct LanguageBlock {
  uint32_t start = 0, end = 0;
  std::string language;  // ISO 639-1, or "und" for unknown
  double confidence = 0.0;
};

struct Token {
  uint32_t start = 0, end = 0;  // byte offsets into the field
  Field field = Field::kText;
};

struct Sentence {
  uint32_t start = 0, end = 0;
  Field field = Field::kText;
};

struct Mention {
  Span span;
  std::string text;        // surface form
  std::string type;        // PER|ORG|LOC|MISC
  std::string entity_id;   // kb:... or new:...
  bool metonym = false;    // "Washington" for the US government
  bool via_role = false;   // resolved from a title/role ("the French minister")
};

struct EntityRef {
  std::string id;
  std::string name;
  std::string type;
  std::string wikidata;  // empty when unknown
  // Tone of the body sentences that mention it (the tone stage; the same
  // scale as Article::tone); unset when only the title mentions it.
  std::optional<double> tone;
};

struct Speaker {
  std::string id, name, description;  // any may be empty
};

struct Quote {
  Speaker speaker;
  std::string text;
  Span span;
  std::string via;  // outlet the quote came through, empty when none
  bool fragment = false;
};

struct EventActor {
  std::string id, name, code;
};

struct Event {
  std::string code, root, label;
  EventActor actor1, actor2;
  std::string place_id, place_name, place_country;
  std::string date;  // YYYY-MM-DD or empty
  double goldstein = 0.0;
  std::string mood;  // asserted|negated|hypothetical|intent
  Span span;
};

struct Article {
  std::string id;
  Origin source;
  std::optional<std::string> outlet, original_outlet, title;
  std::vector<std::string> authors;
  std::string language = "und";
  double language_confidence = 0.0;
  std::vector<LanguageBlock> language_blocks;
  std::optional<PublishedDate> published;
  std::string text;  // clean body, paragraphs separated by "\n\n"; immutable after extract
  std::vector<BoilerplateBlock> boilerplate;

  // Annotation layers (filled by later stages).
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<EntityRef> entities;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  std::optional<double> tone;

  // Dedup.
  uint64_t simhash = 0;  // unused: the dedup stage fills dedup_signature
  std::optional<std::string> duplicate_of;
  // Encoded near-duplicate signature (stories/near_dup.h, 75 bytes) for a store
  // to persist; empty until the dedup stage ran.
  std::string dedup_signature;

  const std::string& FieldText(Field f) const {
    static const std::string kEmpty;
    return f == Field::kText ? text : (title ? *title : kEmpty);
  }
};

}  // namespace dragoman
