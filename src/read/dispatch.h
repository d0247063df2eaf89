// The sniffing dispatcher: undoes gzip, looks at the first bytes, and hands
// the stream to the reader of its format (format_reader.h).
#pragma once

#include <memory>

#include "dragoman/reader.h"
#include "read/byte_source.h"

namespace dragoman::read {

// Reads one input (a file, stdin, a buffer) from `source`. `origin.path`
// names it in documents and errors. Every problem is reported through
// `on_error`; the returned Status is how the input ended (already reported).
// `walked` says the input was found by walking a folder (see
// ReadOptions::skip_non_news_in_folders).
Status ReadStream(std::unique_ptr<ByteSource> source, const Origin& origin, const ReadOptions& options,
                  const DocumentFn& on_document, const ReadErrorFn& on_error, bool walked = false);

}  // namespace dragoman::read
