// Plain-text files as scraped: one document, any charset, converted to UTF-8.
#include "dragoman/log.h"
#include "read/charset.h"
#include "read/format_reader.h"

namespace dragoman::read {

Status ReadText(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error) {
  Origin where = origin;
  where.format = "txt";
  std::string bytes;
  Status s = in.ReadAll(options.max_document_bytes, &bytes);
  if (!s.ok()) {
    if (s.code() == Code::kTooLarge) {
      s = Status::TooLarge("text document is over the limit of " + std::to_string(options.max_document_bytes) +
                           " bytes (max_document_bytes)");
    }
    on_error(where, s);
    return s;
  }
  DecodedText decoded = DecodeToUtf8(std::move(bytes), "", /*html=*/false);
  if (decoded.source != "default" && decoded.charset != "UTF-8") {
    LogDebug(where.Display() + ": read as " + decoded.charset + " (" + decoded.source + ")");
  }
  RawDocument doc;
  doc.origin = std::move(where);
  doc.kind = RawDocument::Kind::kText;
  doc.bytes = std::move(decoded.text);
  on_document(std::move(doc));
  return Status::OK();
}

}  // namespace dragoman::read
