#include "dragoman/status.h"

namespace dragoman {

const char* CodeName(Code c) {
  switch (c) {
    case Code::kOk: return "ok";
    case Code::kInvalidArgument: return "invalid argument";
    case Code::kNotFound: return "not found";
    case Code::kCorruption: return "corrupt input";
    case Code::kIOError: return "i/o error";
    case Code::kUnsupported: return "unsupported";
    case Code::kTooLarge: return "too large";
    case Code::kNoContent: return "no content";
    case Code::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(CodeName(code_)) + ": " + message_;
}

}  // namespace dragoman
