// Charset detection and conversion to UTF-8 for documents that arrive as bytes
// (HTML pages, plain-text files, WARC payloads).
//
// Order of evidence for HTML: byte-order mark, then the HTTP Content-Type
// charset (from a WARC record), then <meta charset> / http-equiv (or an XML
// declaration) in the first 4 KB, then the content itself (uchardet). Bytes
// are converted with ICU. Two repairs follow: invalid UTF-8 sequences become
// U+FFFD, and text that was UTF-8 decoded as Latin-1/cp1252 once ("Ã©" for
// "é") is put back when the evidence is unambiguous.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "dragoman/status.h"

namespace dragoman::read {

// The canonical name we use for a charset label ("latin1" -> "windows-1252",
// "utf8" -> "UTF-8", "gb2312" -> "GB18030"); labels ICU knows pass through
// lower-cased; "" for an empty label.
std::string NormalizeCharset(std::string_view label);

// Charset named by a byte-order mark at the start of `bytes` ("UTF-8",
// "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE") and the mark's length; ""
// when there is none.
std::string CharsetFromBom(std::string_view bytes, size_t* bom_length);

// The charset parameter of an HTTP Content-Type value
// ("text/html; charset=ISO-8859-1" -> "ISO-8859-1"), "" when absent.
std::string CharsetFromContentType(std::string_view content_type);

// The charset an HTML page declares in its first 4 KB: <meta charset=...>,
// <meta http-equiv="Content-Type" content="...; charset=...">, or an XML
// declaration's encoding. "" when none.
std::string CharsetFromMeta(std::string_view html);

// What uchardet guesses from the content (up to the first 64 KB); "" when it
// has no guess.
std::string DetectCharsetByContent(std::string_view bytes);

// Converts `bytes` in `charset` to UTF-8 with ICU (unmappable sequences become
// U+FFFD). InvalidArgument when ICU does not know the charset.
Result<std::string> ConvertToUtf8(std::string_view bytes, std::string_view charset);

// Puts back text that was UTF-8 but got decoded as Latin-1/cp1252 (and
// re-encoded as UTF-8): "Ã©" -> "é", "â€™" -> "’". Only sequences whose
// cp1252 bytes form well-formed multi-byte UTF-8 are replaced. `utf8` must be
// valid UTF-8. Returns the number of sequences repaired.
size_t RepairMojibake(std::string* utf8);

// A document decoded to UTF-8, with how.
struct DecodedText {
  std::string text;     // valid UTF-8, no BOM
  std::string charset;  // the charset the bytes were read as
  std::string source;   // evidence: bom|http|meta|content|default
  bool repaired_invalid = false;  // some invalid UTF-8 became U+FFFD
  size_t mojibake_repaired = 0;   // sequences put back by RepairMojibake
};

// Decodes an HTML page (`html` = true: looks at <meta>) or a plain-text file
// to UTF-8, following the order of evidence above. `http_charset` is the
// charset from an HTTP header, "" when none. Never fails: the last resort is
// UTF-8 with invalid sequences replaced.
DecodedText DecodeToUtf8(std::string bytes, std::string_view http_charset, bool html);

}  // namespace dragoman::read
