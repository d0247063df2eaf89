// The extract stage: RawDocument -> Article (UTF-8 clean text, boilerplate kept
// aside with its kind, title, outlet, authors, publication date).
#pragma once

#include <memory>

#include "dragoman/pipeline.h"

namespace dragoman {

std::unique_ptr<Extractor> MakeDefaultExtractor(const PipelineOptions& options);

}  // namespace dragoman
