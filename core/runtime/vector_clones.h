#pragma once

// Marks a hot CPU loop to be compiled twice, for AVX2+FMA and for baseline x86-64, the variant chosen
// at run time: the build targets baseline x86-64 so the binary runs anywhere, yet the loops use the
// wide units where they exist. Free functions only: a lambda inside one does not inherit the clones.
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
#define DS_VECTOR_CLONES __attribute__((target_clones("arch=haswell", "default")))
#else
#define DS_VECTOR_CLONES
#endif
