// Readers: every shape news arrives in -> a stream of RawDocuments.
// Formats are chosen by sniffing content (then the extension): WARC, RSS,
// Atom, HTML, JSON Lines, plain text. Gzip is undone transparently (multi-
// member too); folders are walked recursively in sorted order; "-" is stdin.
// Everything streams: memory stays bounded by ReadOptions::max_document_bytes
// plus a few buffers, whatever the size of the input.
//
// What readers hand on: HTML and text already converted to UTF-8 (charset
// from BOM, HTTP header, <meta>, or the content), so RawDocument::charset_hint
// is "UTF-8" or empty; the extract stage needs no charset work. Feed and JSONL
// metadata (title, outlet, published as the raw string, authors, language,
// id) come in the RawDocument fields; `published` is never taken from a WARC
// capture date.
//
// Thread-safety: the functions keep no state between calls; callbacks run on
// the calling thread.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/status.h"

namespace dragoman {

struct ReadOptions {
  // A single document (or line, or record) larger than this is reported and
  // skipped. Default: 32 MiB.
  size_t max_document_bytes = 32u << 20;
  // Skip files whose name starts with '.' when walking folders. Default: true.
  bool skip_hidden = true;
  // When walking folders (not for paths named explicitly): skip source code
  // and configuration files by extension (.py, .js, .css, .sh, .yaml, ...)
  // and JSON documents that are not JSON Lines (gold files, manifests), with
  // a debug log instead of an error. Default: true.
  bool skip_non_news_in_folders = true;
};

// Called once per document found. The callee may move from the document.
using DocumentFn = std::function<void(RawDocument&& doc)>;
// Called once per input (or record inside one) that could not be read, with
// the path and the record ("line 7", "item 3", "record 12") in `where` and the
// reason in `why`. The read goes on with the rest.
using ReadErrorFn = std::function<void(const Origin& where, const Status& why)>;

// Reads every path (file, folder or "-"). Returns the number of errors
// reported through `on_error` (0 when everything was read).
size_t ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options,
                  const DocumentFn& on_document, const ReadErrorFn& on_error);

// Reads one input held in memory (sniffed like a file; `name` stands for its
// path in origins and errors, its extension may help sniffing). Returns the
// number of errors reported. `bytes` must outlive the call only.
size_t ReadBuffer(std::string_view bytes, const std::string& name, const ReadOptions& options,
                  const DocumentFn& on_document, const ReadErrorFn& on_error);

}  // namespace dragoman
