#include "core/data_path.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dragoman {

std::string DataPath(const std::string& relative) {
  if (const char* home = std::getenv("DRAGOMAN_HOME"); home && *home) {
    std::filesystem::path p = std::filesystem::path(home) / "data" / relative;
    if (std::filesystem::exists(p)) return p.string();
  }
  return (std::filesystem::path(DRAGOMAN_SOURCE_DIR) / "data" / relative).string();
}

Result<std::string> ReadDataFile(const std::string& relative) {
  std::string path = DataPath(relative);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("data file " + path + " is missing");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dragoman
