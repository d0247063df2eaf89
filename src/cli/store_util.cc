#include "cli/store_util.h"

#include <filesystem>

#include "dragoman/log.h"

namespace dragoman::cli {
namespace fs = std::filesystem;

std::unique_ptr<Store> OpenStoreFromArgs(const Args& args, bool create) {
  StoreOptions options;
  options.create_if_missing = create;
  Result<std::unique_ptr<Store>> store = Store::Open(args.Get("db"), options);
  if (!store.ok()) {
    LogError(store.status().ToString());
    return nullptr;
  }
  return std::move(*store);
}

uint64_t InputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->path().filename().string().rfind('.', 0) == 0) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

std::string Thousands(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace dragoman::cli
