#include "cli/progress.h"

#include <cstdio>

#include "cli/command.h"

namespace dragoman::cli {

std::string FormatDuration(double s) {
  if (s < 0) s = 0;
  long t = static_cast<long>(s + 0.5);
  char buf[32];
  if (t >= 3600) std::snprintf(buf, sizeof buf, "%ldh%02ldm", t / 3600, (t / 60) % 60);
  else if (t >= 60) std::snprintf(buf, sizeof buf, "%ldm%02lds", t / 60, t % 60);
  else std::snprintf(buf, sizeof buf, "%lds", t);
  return buf;
}

Progress::Progress(std::string label, std::string unit, uint64_t total)
    : label_(std::move(label)), unit_(std::move(unit)), total_(total), enabled_(Interactive()) {
  start_ = last_ = std::chrono::steady_clock::now();
}

std::string Progress::Render(const std::string& label, const std::string& unit, uint64_t count, uint64_t done,
                             uint64_t total, double seconds) {
  char buf[256];
  double rate = seconds > 0 ? count / seconds : 0;
  int n = std::snprintf(buf, sizeof buf, "%s %llu %s %.0f/s", label.c_str(), static_cast<unsigned long long>(count),
                        unit.c_str(), rate);
  std::string line(buf, static_cast<size_t>(n));
  if (total > 0) {
    double frac = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
    constexpr int kWidth = 24;
    int fill = static_cast<int>(frac * kWidth);
    line += " [" + std::string(fill, '#') + std::string(kWidth - fill, '.') + "]";
    std::snprintf(buf, sizeof buf, " %3.0f%%", frac * 100);
    line += buf;
    if (done > 0 && frac < 1.0) line += " ETA " + FormatDuration(seconds * (1.0 - frac) / frac);
  }
  return line;
}

void Progress::Update(uint64_t count, uint64_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::string line = Render(label_, unit_, count, done, total_, seconds);
  std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Finish() {
  if (enabled_ && drawn_) {
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
  }
  drawn_ = false;
}

}  // namespace dragoman::cli
