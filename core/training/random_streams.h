#pragma once

#include <QtGlobal>
#include <random>

namespace ds::training {

// splitmix64: independent, reproducible random streams keyed by (seed, a, b, c) — e.g. (seed, model,
// step, sample) — so a resumed training run draws exactly what the uninterrupted one would have.
inline quint64 mix(quint64 x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
inline std::mt19937_64 stream(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0) {
  return std::mt19937_64(mix(mix(mix(seed ^ a) ^ b) ^ c));
}

}  // namespace ds::training
