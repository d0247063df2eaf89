// Helpers shared by the commands that open a store (ingest, search, show,
// stats, bench).
#pragma once

#include <memory>
#include <string>

#include "cli/command.h"
#include "dragoman/store.h"

namespace dragoman::cli {

// Opens the store named by --db. On failure logs the reason and returns null;
// the command then exits with kExitFatal.
std::unique_ptr<Store> OpenStoreFromArgs(const Args& args, bool create);

// Sums the sizes of the regular files under `paths` (folders recursively,
// hidden names skipped as the readers do), for a progress bar's total.
uint64_t InputBytes(const std::vector<std::string>& paths);

// "1,234,567".
std::string Thousands(uint64_t n);

}  // namespace dragoman::cli
