// Status and Result<T>: how every fallible call in libdragoman reports failure.
// Expected errors (bad input, missing file) are values, never exceptions.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dragoman {

// Persisted in logs and exit codes: never renumber.
enum class Code {
  kOk = 0,
  kInvalidArgument = 1,  // malformed query, bad flag, bad record
  kNotFound = 2,
  kCorruption = 3,       // truncated archive, broken gzip, invalid format
  kIOError = 4,
  kUnsupported = 5,      // a format or record kind we skip on purpose
  kTooLarge = 6,         // input over a configured limit
  kNoContent = 7,        // e.g. "no article found" on a page that is all navigation
  kInternal = 8,
};

const char* CodeName(Code c);

class Status {
 public:
  Status() = default;
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status IOError(std::string m) { return {Code::kIOError, std::move(m)}; }
  static Status Unsupported(std::string m) { return {Code::kUnsupported, std::move(m)}; }
  static Status TooLarge(std::string m) { return {Code::kTooLarge, std::move(m)}; }
  static Status NoContent(std::string m) { return {Code::kNoContent, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "corruption: gzip stream ends early"
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status saying why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit on purpose
  Result(Status status) : v_(std::move(status)) {}   // NOLINT
  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }

 private:
  std::variant<T, Status> v_;
};

#define DRAGOMAN_RETURN_IF_ERROR(expr)      \
  do {                                      \
    ::dragoman::Status _s = (expr);         \
    if (!_s.ok()) return _s;                \
  } while (0)

}  // namespace dragoman
