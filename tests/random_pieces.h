// Deterministic test strings made of pieces picked by a fixed linear
// congruential sequence (so a failure reproduces): inputs for comparing a fast
// scanner with a byte-by-byte one.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace dragoman {

class RandomPieces {
 public:
  RandomPieces(std::vector<std::string> pieces, uint32_t seed) : pieces_(std::move(pieces)), x_(seed) {}

  uint32_t Next() {
    x_ = x_ * 1103515245u + 12345u;
    return x_ >> 8;
  }

  // `count` pieces joined.
  std::string Join(size_t count) {
    std::string s;
    for (size_t k = 0; k < count; ++k) s += pieces_[Next() % pieces_.size()];
    return s;
  }

 private:
  std::vector<std::string> pieces_;
  uint32_t x_;
};

}  // namespace dragoman
