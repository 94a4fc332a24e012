// Dataset readers. The first byte picks the reader: even — the input is a manifest CSV beside three
// real images; odd — each following line names a file to create (a tree with good/, defect/, train/,
// test/, ground_truth/… folders), which is then opened as a folder dataset (MVTec or plain).
#include <QDir>
#include <QFile>
#include <QList>
#include <cstddef>
#include <cstdint>

#include "core/data/dataset.h"
#include "core/data/holdout_split.h"
#include "core/error.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

// A valid 2×2 grey PNG, the content of the files the manifest and the trees name.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGMQaGBw+A8AA9UB0LsIx8wAAAAASUVORK5CYII=");

void exercise(const QString& path) {
  ds::LoadReport report;
  try {
    const ds::Dataset dataset = ds::Dataset::open(path, report);
    (void)dataset.counts();
    (void)dataset.defectTypes();
    (void)ds::splitForTraining(dataset, 0.2, 1);
  } catch (const ds::Error&) {
  }
}

// Names from the input, kept inside the tree: lowercase letters, digits, '_', '.', '/', no "..".
QString safeName(QByteArray line) {
  QString name;
  for (char c : line.left(60)) {
    const char l = static_cast<char>(c | 0x20);
    if ((l >= 'a' && l <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '/') name += QLatin1Char(c);
  }
  name = QDir::cleanPath(name);
  while (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))) name.remove(0, 1);
  return name.contains(QLatin1String("..")) ? QString() : name;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  for (const char* name : {"a.png", "b.png", "b_mask.png"}) dsfuzz::writeInput(QString::fromLatin1(name), kPng);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const QByteArray rest = dsfuzz::bytesOf(data + 1, size - 1);
  if (data[0] % 2 == 0) {
    exercise(dsfuzz::writeInput(QStringLiteral("manifest.csv"), rest));
    return 0;
  }
  QDir tree(dsfuzz::scratch().filePath(QStringLiteral("tree")));
  tree.removeRecursively();
  tree.mkpath(QStringLiteral("."));
  int files = 0;
  for (const QByteArray& line : rest.split('\n')) {
    const QString name = safeName(line);
    if (name.isEmpty() || ++files > 24) continue;
    if (name.endsWith(QLatin1Char('/'))) {
      tree.mkpath(name);
      continue;
    }
    tree.mkpath(QFileInfo(name).path());
    QFile file(tree.filePath(name));
    // Lines ending in '!' get a file that is not an image; the rest a real one.
    if (file.open(QIODevice::WriteOnly)) file.write(line.endsWith('!') ? line : kPng);
  }
  exercise(tree.path());
  return 0;
}
