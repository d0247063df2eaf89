// ReadInputs: paths (files, folders walked recursively in sorted order, "-"
// for stdin) -> the sniffing dispatcher (dispatch.h).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "dragoman/log.h"
#include "dragoman/reader.h"
#include "read/byte_source.h"
#include "read/dispatch.h"

namespace dragoman {
namespace fs = std::filesystem;
namespace {

void ReadFile(const std::string& path, const ReadOptions& options, const DocumentFn& on_document,
              const ReadErrorFn& on_error, bool walked = false) {
  Origin origin;
  origin.path = path;
  auto source = read::FdSource::Open(path);
  if (!source.ok()) {
    on_error(origin, source.status());
    return;
  }
  read::ReadStream(std::move(source.value()), origin, options, on_document, on_error, walked);
}

// Source code and configuration: never news, often found beside it (a
// corpus folder with its build scripts).
bool IsCodeOrConfig(const fs::path& p) {
  static const char* kExtensions[] = {".py", ".js", ".mjs", ".ts", ".css", ".scss", ".sh", ".bash", ".c", ".cc",
                                      ".cpp", ".h", ".hpp", ".rs", ".go", ".java", ".rb", ".pl", ".lua", ".cmake",
                                      ".toml", ".yaml", ".yml", ".ini", ".cfg", ".lock", ".map"};
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* e : kExtensions) {
    if (ext == e) return true;
  }
  return false;
}

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

void ReadFolder(const fs::path& root, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error) {
  std::vector<fs::path> files;
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    if (options.skip_hidden && Hidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (options.skip_non_news_in_folders && IsCodeOrConfig(p)) {
      LogDebug(p.string() + ": skipped: source code or configuration, not news");
      continue;
    }
    files.push_back(p);
  }
  if (ec) {
    Origin o;
    o.path = root.string();
    on_error(o, Status::IOError("cannot walk the folder: " + ec.message()));
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) ReadFile(f.string(), options, on_document, on_error, /*walked=*/true);
}

}  // namespace

size_t ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options, const DocumentFn& on_document,
                  const ReadErrorFn& on_error) {
  size_t errors = 0;
  ReadErrorFn counting = [&](const Origin& where, const Status& why) {
    ++errors;
    on_error(where, why);
  };
  for (const auto& path : paths) {
    if (path == "-") {
      Origin origin;
      origin.path = "-";
      read::ReadStream(std::make_unique<read::FdSource>(0, /*owned=*/false), origin, options, on_document, counting);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (fs::is_directory(st)) {
      ReadFolder(path, options, on_document, counting);
    } else if (fs::exists(st)) {
      ReadFile(path, options, on_document, counting);
    } else {
      Origin o;
      o.path = path;
      counting(o, Status::NotFound("no such file or folder"));
    }
  }
  return errors;
}

size_t ReadBuffer(std::string_view bytes, const std::string& name, const ReadOptions& options,
                  const DocumentFn& on_document, const ReadErrorFn& on_error) {
  size_t errors = 0;
  ReadErrorFn counting = [&](const Origin& where, const Status& why) {
    ++errors;
    on_error(where, why);
  };
  Origin origin;
  origin.path = name;
  read::ReadStream(std::make_unique<read::MemorySource>(bytes), origin, options, on_document, counting);
  return errors;
}

}  // namespace dragoman
