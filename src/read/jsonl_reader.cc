// JSON Lines: one article object per line (OUTPUT.md "JSONL input").
// Lines are read with a bounded buffer: a line over max_document_bytes is
// skipped without being held in memory, and reported.
#include <nlohmann/json.hpp>

#include "dragoman/utf8.h"
#include "read/charset.h"
#include "read/format_reader.h"

namespace dragoman::read {
namespace {

constexpr int kMaxJsonDepth = 64;

// Deepest nesting of arrays/objects, scanning outside strings. Keeps a
// hostile "[[[[..." line away from the parser.
int MaxNesting(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') max_depth = std::max(max_depth, ++depth);
    else if (c == '}' || c == ']') --depth;
  }
  return max_depth;
}

// A string field: absent -> nullopt; a string -> it; a number -> its text.
// Anything else is an error.
Status GetString(const nlohmann::json& obj, const char* key, std::optional<std::string>* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::OK();
  if (it->is_string()) {
    *out = it->get<std::string>();
  } else if (it->is_number()) {
    *out = it->dump();
  } else {
    return Status::InvalidArgument(std::string("field \"") + key + "\" must be a string");
  }
  return Status::OK();
}

Status ParseRecord(std::string_view line, RawDocument* doc) {
  if (MaxNesting(line) > kMaxJsonDepth) {
    return Status::InvalidArgument("JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  }
  nlohmann::json obj;
  try {
    obj = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error ..."
    std::string what = e.what();
    size_t at = what.find("column");
    return Status::InvalidArgument("not JSON: " + (at == std::string::npos ? what : what.substr(at)));
  } catch (const std::exception& e) {
    return Status::InvalidArgument(std::string("not JSON: ") + e.what());
  }
  if (!obj.is_object()) return Status::InvalidArgument("not a JSON object");
  std::optional<std::string> url, text, html, clean_text;
  DRAGOMAN_RETURN_IF_ERROR(GetString(obj, "url", &url));
  DRAGOMAN_RETURN_IF_ERROR(GetString(obj, "text", &text));
  DRAGOMAN_RETURN_IF_ERROR(GetString(obj, "html", &html));
  DRAGOMAN_RETURN_IF_ERROR(GetString(obj, "title", &doc->title));
  DRAGOMAN_RETURN_IF_ERROR(GetString(obj, "published", &doc->published));
  DRAGOMAN_RETURN_IF_ERROR(GetString(obj, "outlet", &doc->outlet));
  DRAGOMAN_RETURN_IF_ERROR(GetString(obj, "language", &doc->language));
  DRAGOMAN_RETURN_IF_ERROR(GetString(obj, "id", &doc->id));
  bool clean = false;
  if (auto it = obj.find("clean"); it != obj.end() && !it->is_null()) {
    if (!it->is_boolean()) return Status::InvalidArgument("field \"clean\" must be true or false");
    clean = it->get<bool>();
  }
  // Authors: "authors": [..] or "author": "..." (an extension of OUTPUT.md).
  if (auto it = obj.find("authors"); it != obj.end() && it->is_array()) {
    for (const auto& a : *it) {
      if (a.is_string()) doc->authors.push_back(a.get<std::string>());
    }
  } else if (auto it2 = obj.find("author"); it2 != obj.end() && it2->is_string()) {
    doc->authors.push_back(it2->get<std::string>());
  }
  if (url) doc->origin.url = *url;
  if (clean && text) {
    doc->kind = RawDocument::Kind::kCleanText;
    doc->bytes = std::move(*text);
  } else if (html) {
    doc->kind = RawDocument::Kind::kHtml;
    doc->charset_hint = "UTF-8";
    doc->bytes = std::move(*html);
    RepairMojibake(&doc->bytes);
  } else if (text) {
    doc->kind = RawDocument::Kind::kText;
    doc->bytes = std::move(*text);
  } else {
    return Status::NoContent("object has neither \"text\" nor \"html\"");
  }
  return Status::OK();
}

}  // namespace

Status ReadJsonl(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                 const ReadErrorFn& on_error) {
  std::string line;
  size_t line_no = 0;
  for (;;) {
    bool too_long = false;
    size_t skipped = 0;
    auto more = in.ReadLine(&line, options.max_document_bytes, &too_long, &skipped);
    Origin where = origin;
    where.format = "jsonl";
    if (!more.ok()) {
      where.record = "line " + std::to_string(line_no + 1);
      on_error(where, more.status());
      return more.status();
    }
    if (!*more) break;
    ++line_no;
    where.record = "line " + std::to_string(line_no);
    if (too_long) {
      on_error(where, Status::TooLarge("line of " + std::to_string(skipped) + " bytes is over the limit of " +
                                       std::to_string(options.max_document_bytes) + " bytes (max_document_bytes)"));
      continue;
    }
    std::string_view v = line;
    if (line_no == 1 && v.substr(0, 3) == "\xEF\xBB\xBF") v.remove_prefix(3);
    size_t a = v.find_first_not_of(" \t\r");
    if (a == std::string_view::npos) continue;  // blank line
    v.remove_prefix(a);
    RawDocument doc;
    doc.origin = where;
    // Broken UTF-8 inside strings would make the JSON parser refuse the whole
    // line: repair it first, lose nothing.
    std::string repaired;
    if (!IsValidUtf8(v)) {
      repaired = RepairUtf8(v);
      v = repaired;
    }
    Status s = ParseRecord(v, &doc);
    if (!s.ok()) {
      on_error(where, s);
      continue;
    }
    on_document(std::move(doc));
  }
  return Status::OK();
}

}  // namespace dragoman::read
