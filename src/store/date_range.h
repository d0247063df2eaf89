// Partial dates as day ranges, for date filters: "2024-04-03" is one day,
// "2024-04" the whole month, "2024" the whole year.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace dragoman {

// The first and last day ("YYYY-MM-DD") that a YYYY, YYYY-MM or YYYY-MM-DD
// date covers; nullopt when `date` is none of these. The last day of a month
// is written "-31" whatever the month: ranges are compared as strings.
std::optional<std::pair<std::string, std::string>> DateRange(const std::string& date);

}  // namespace dragoman
