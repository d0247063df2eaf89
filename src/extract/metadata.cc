#include "extract/metadata.h"

namespace dragoman {

void FillHtmlMetadata(const GumboOutput*, const RawDocument&, Article&) {}
void FillTextMetadata(const RawDocument&, Article&) {}

}  // namespace dragoman
