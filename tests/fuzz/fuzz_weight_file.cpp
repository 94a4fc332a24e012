// The reader of PyTorch weight files (torch.save zip archives with a pickled state dict).
#include <cstddef>
#include <cstdint>

#include "core/backbones/torch_weight_file.h"
#include "core/error.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QString path = dsfuzz::writeInput(QStringLiteral("weights.pth"), dsfuzz::bytesOf(data, size));
  try {
    (void)ds::readTorchWeightFile(path);
  } catch (const ds::Error&) {
  }
  return 0;
}
