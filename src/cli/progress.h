// A one-line progress bar on stderr: count, rate, and (when the total is
// known) a bar, percentage and ETA. Drawn only when cli::Interactive() (stdout
// and stderr are terminals); otherwise every call does nothing.
//
// Thread-safety: none; one Progress per loop.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace dragoman::cli {

class Progress {
 public:
  // `unit` names what is counted ("articles"); `total` is the amount of work
  // in whatever measure Update's `done` uses (bytes of input), 0 if unknown.
  Progress(std::string label, std::string unit, uint64_t total);
  ~Progress() { Finish(); }
  // Redraws at most ten times a second.
  void Update(uint64_t count, uint64_t done);
  // Clears the line. Idempotent.
  void Finish();
  bool enabled() const { return enabled_; }

  // The line as drawn (without the carriage return), for tests.
  static std::string Render(const std::string& label, const std::string& unit, uint64_t count, uint64_t done,
                            uint64_t total, double seconds);

 private:
  std::string label_, unit_;
  uint64_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

// "1h02m", "3m05s", "12s".
std::string FormatDuration(double seconds);

}  // namespace dragoman::cli
