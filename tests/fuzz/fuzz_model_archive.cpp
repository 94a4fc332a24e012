// The model archive reader (.dsm): signature, header JSON, tensor table and checksum. Inputs that
// fail only the checksum are also tried with a correct one appended, so that the fuzzer reaches the
// parsing behind it.
#include <QCryptographicHash>
#include <cstddef>
#include <cstdint>

#include "core/error.h"
#include "core/io/model_archive.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

void load(const QByteArray& bytes) {
  const QString path = dsfuzz::writeInput(QStringLiteral("model.dsm"), bytes);
  try {
    const ds::ModelArchive archive = ds::ModelArchive::load(path);
    (void)archive.tensorBytes();
  } catch (const ds::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray bytes = dsfuzz::bytesOf(data, size);
  load(bytes);
  load(bytes + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
  return 0;
}
