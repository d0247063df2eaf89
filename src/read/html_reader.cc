// One HTML page per file: charset detected (BOM, <meta>, content) and
// converted to UTF-8. The bytes pass on untouched otherwise: parsing the page
// is the extract stage's job, so no input structure is walked here.
#include "dragoman/log.h"
#include "read/charset.h"
#include "read/format_reader.h"

namespace dragoman::read {

Status ReadHtml(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error) {
  Origin where = origin;
  where.format = "html";
  std::string bytes;
  Status s = in.ReadAll(options.max_document_bytes, &bytes);
  if (!s.ok()) {
    if (s.code() == Code::kTooLarge) {
      s = Status::TooLarge("HTML page is over the limit of " + std::to_string(options.max_document_bytes) +
                           " bytes (max_document_bytes)");
    }
    on_error(where, s);
    return s;
  }
  DecodedText decoded = DecodeToUtf8(std::move(bytes), "", /*html=*/true);
  if (decoded.charset != "UTF-8" || decoded.mojibake_repaired > 0) {
    LogDebug(where.Display() + ": read as " + decoded.charset + " (" + decoded.source + ")" +
             (decoded.mojibake_repaired ? ", " + std::to_string(decoded.mojibake_repaired) + " mojibake repaired" : ""));
  }
  RawDocument doc;
  doc.origin = std::move(where);
  doc.kind = RawDocument::Kind::kHtml;
  doc.charset_hint = "UTF-8";  // what the bytes are now, whatever they were
  doc.bytes = std::move(decoded.text);
  on_document(std::move(doc));
  return Status::OK();
}

}  // namespace dragoman::read
