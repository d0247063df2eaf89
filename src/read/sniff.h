// Format sniffing: which reader an input needs, decided from its first bytes
// (after gzip is undone) and, when the content leaves it open, the file name.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "dragoman/status.h"

namespace dragoman::read {

enum class Format { kText, kHtml, kWarc, kRss, kAtom, kJsonl };

// "txt", "html", "warc", "rss", "atom", "jsonl" (Origin::format).
const char* FormatName(Format f);

struct SniffResult {
  Format format = Format::kText;
  // Non-OK when the input is not a news format we read (empty, binary, a
  // pretty-printed JSON document, an XML vocabulary that is not a feed...):
  // the message is the reason to print.
  Status rejection;
  // The rejection names structured data that is not news on purpose (a JSON
  // document, JSON Lines of other records): a folder walk skips it quietly.
  bool not_news = false;
  // Set when the bytes must be converted to UTF-8 before sniffing again (a
  // UTF-16/UTF-32 file, with or without a byte-order mark).
  std::string transcode_from;
};

// `head` is the start of the input (64 KB is plenty), `whole` says whether it
// is the entire input, `path` is used for its extension only.
SniffResult SniffFormat(std::string_view head, bool whole, std::string_view path);

// True when an XML prolog (the part before the root element) declares
// entities in an internal DTD subset, or when the subset does not end within
// `head`. Such documents are refused: entity expansion is how an "XML bomb"
// eats memory.
bool XmlDeclaresEntities(std::string_view head);

// The control characters in `head` that make a file look binary (every byte
// below 0x20 but tab, line feed, vertical tab, form feed, carriage return and
// escape). Exposed for its test.
size_t CountControlBytes(std::string_view head);

}  // namespace dragoman::read
