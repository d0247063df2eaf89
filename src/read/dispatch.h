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
Status ReadStream(std::unique_ptr<ByteSource> source, const Origin& origin, const ReadOptions& options,
                  const DocumentFn& on_document, const ReadErrorFn& on_error);

}  // namespace dragoman::read
