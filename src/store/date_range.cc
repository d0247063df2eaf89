#include "store/date_range.h"

#include <cctype>

namespace dragoman {
namespace {

bool Digits(const std::string& s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int Num(const std::string& s, size_t pos, size_t n) { return std::stoi(s.substr(pos, n)); }

}  // namespace

std::optional<std::pair<std::string, std::string>> DateRange(const std::string& d) {
  if (!Digits(d, 0, 4)) return std::nullopt;
  if (d.size() == 4) return std::make_pair(d + "-01-01", d + "-12-31");
  if (d.size() < 7 || d[4] != '-' || !Digits(d, 5, 2)) return std::nullopt;
  int month = Num(d, 5, 2);
  if (month < 1 || month > 12) return std::nullopt;
  if (d.size() == 7) return std::make_pair(d + "-01", d + "-31");
  if (d.size() != 10 || d[7] != '-' || !Digits(d, 8, 2)) return std::nullopt;
  int day = Num(d, 8, 2);
  if (day < 1 || day > 31) return std::nullopt;
  return std::make_pair(d, d);
}

}  // namespace dragoman
