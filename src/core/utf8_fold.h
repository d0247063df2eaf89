// The reference fold that FoldForMatch (dragoman/utf8.h) must equal.
#pragma once

#include <string>
#include <string_view>

namespace dragoman {

// FoldForMatch done by utf8proc on the whole string at once (NFKC, case fold,
// marks stripped, typographic apostrophes made ASCII). FoldForMatch gives the
// same result faster; tests compare the two.
std::string FoldForMatchByUtf8proc(std::string_view s);

}  // namespace dragoman
