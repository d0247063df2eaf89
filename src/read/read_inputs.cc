// First version of the readers: plain files, folders, stdin. The format
// readers (HTML charset, WARC, feeds, JSONL, gzip) plug in here.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "dragoman/reader.h"

namespace dragoman {
namespace fs = std::filesystem;
namespace {

bool LooksLikeHtml(std::string_view head) {
  std::string lower;
  for (char c : head.substr(0, 1024)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("<html") != std::string::npos || lower.find("<!doctype html") != std::string::npos ||
         lower.find("<body") != std::string::npos;
}

void EmitBytes(std::string bytes, Origin origin, const DocumentFn& on_doc) {
  RawDocument doc;
  if (LooksLikeHtml(bytes)) {
    doc.kind = RawDocument::Kind::kHtml;
    origin.format = "html";
  } else {
    origin.format = "txt";
  }
  doc.origin = std::move(origin);
  doc.bytes = std::move(bytes);
  on_doc(std::move(doc));
}

size_t ReadFile(const fs::path& p, const ReadOptions& opt, const DocumentFn& on_doc, const ReadErrorFn& on_error) {
  Origin origin;
  origin.path = p.string();
  std::error_code ec;
  auto size = fs::file_size(p, ec);
  if (ec) { on_error(origin, Status::IOError(ec.message())); return 1; }
  if (size > opt.max_document_bytes) {
    on_error(origin, Status::TooLarge("file is " + std::to_string(size) + " bytes, over the limit of " +
                                      std::to_string(opt.max_document_bytes)));
    return 1;
  }
  std::ifstream in(p, std::ios::binary);
  if (!in) { on_error(origin, Status::IOError("cannot open")); return 1; }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.empty()) { on_error(origin, Status::NoContent("empty file")); return 1; }
  EmitBytes(std::move(bytes), std::move(origin), on_doc);
  return 0;
}

}  // namespace

size_t ReadInputs(const std::vector<std::string>& paths, const ReadOptions& opt, const DocumentFn& on_doc,
                  const ReadErrorFn& on_error) {
  size_t errors = 0;
  for (const auto& path : paths) {
    if (path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      Origin o;
      o.path = "-";
      EmitBytes(ss.str(), o, on_doc);
      continue;
    }
    std::error_code ec;
    fs::path p(path);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (opt.skip_hidden && it->path().filename().string().rfind('.', 0) == 0) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) files.push_back(it->path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) errors += ReadFile(f, opt, on_doc, on_error);
    } else if (fs::exists(p, ec)) {
      errors += ReadFile(p, opt, on_doc, on_error);
    } else {
      Origin o;
      o.path = path;
      on_error(o, Status::NotFound("no such file or folder"));
      ++errors;
    }
  }
  return errors;
}

}  // namespace dragoman
