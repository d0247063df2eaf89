// The OUTPUT.md contract: an Article as one JSON object.
#pragma once

#include <string>

#include "dragoman/article.h"
#include "dragoman/status.h"

namespace dragoman {

// One line of `dragoman analyze --format jsonl` (no trailing newline).
// Byte offsets are converted to code-point offsets here.
std::string ArticleToJson(const Article& article);

// Reads back what ArticleToJson wrote (used by the store and tests).
Result<Article> ArticleFromJson(const std::string& json);

// Byte offset -> code point offset in a UTF-8 string.
size_t CodepointOffset(const std::string& utf8, size_t byte_offset);

}  // namespace dragoman
