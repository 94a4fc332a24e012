#pragma once

namespace ds {

// Peak resident set size of this process so far, in MiB.
double peakRssMb();

}  // namespace ds
