// Readers: every shape news arrives in -> a stream of RawDocuments.
// Formats are chosen by sniffing content (then the extension); gzip is undone
// transparently; folders are walked recursively in sorted order; "-" is stdin.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
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
};

// Called once per document found. The callee may move from the document.
using DocumentFn = std::function<void(RawDocument&& doc)>;
// Called once per input (or record inside one) that could not be read. The read
// goes on with the rest.
using ReadErrorFn = std::function<void(const Origin& where, const Status& why)>;

// Reads every path (file, folder or "-"). Returns the number of errors
// reported through `on_error` (0 when everything was read).
size_t ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options,
                  const DocumentFn& on_document, const ReadErrorFn& on_error);

}  // namespace dragoman
