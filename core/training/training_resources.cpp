#include "core/training/training_resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <unistd.h>

#include "core/data/image_loader.h"
#include "core/error.h"

namespace ds {
namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

// "8G", "512M", "1048576": bytes, binary units; 0 when absent or unreadable.
double memoryLimitSetting() {
  QString text = qEnvironmentVariable("DEFECTSCOPE_MEMORY_LIMIT").trimmed().toUpper();
  if (text.isEmpty()) return 0;
  double unit = 1;
  if (text.endsWith(QLatin1Char('B'))) text.chop(1);
  if (text.endsWith(QLatin1Char('K'))) unit = 1024.0;
  else if (text.endsWith(QLatin1Char('M'))) unit = 1024.0 * 1024.0;
  else if (text.endsWith(QLatin1Char('G'))) unit = kGiB;
  else if (text.endsWith(QLatin1Char('T'))) unit = 1024.0 * kGiB;
  if (unit > 1) text.chop(1);
  bool ok = false;
  const double value = text.toDouble(&ok);
  return ok && value > 0 ? value * unit : 0;
}

// MemAvailable: free memory plus what the kernel can reclaim (page cache) without swapping.
double availableMemory() {
  QFile meminfo(QStringLiteral("/proc/meminfo"));
  if (meminfo.open(QIODevice::ReadOnly)) {
    for (const QByteArray& line : meminfo.readAll().split('\n')) {
      if (!line.startsWith("MemAvailable:")) continue;
      const QList<QByteArray> fields = line.simplified().split(' ');
      if (fields.size() >= 2) return fields[1].toDouble() * 1024.0;  // kB
    }
  }
  return static_cast<double>(sysconf(_SC_AVPHYS_PAGES)) * static_cast<double>(sysconf(_SC_PAGESIZE));
}

QString gib(double bytes) { return QString::number(bytes / kGiB, 'f', bytes < 10 * kGiB ? 1 : 0); }

}  // namespace

// Peak RSS over the live data the footprints count, measured after the process's own ~0.45 GB: 1.3–1.5×
// for the autoencoder and IGD at 3 000 images, whole and tiled, about 1.0 for PatchCore (bench/README.md,
// "Tiling", "Scale"). 1.6 covers the largest with a margin, so a run near the available memory is
// refused rather than killed.
constexpr double kHeapAllowance = 1.6;

double residentPeakBytes(const TrainingFootprint& footprint) { return kHeapAllowance * footprint.memoryBytes; }

double loadedBatchBytes(int height, int width) {
  return 3.0 * LoadOptions{}.batchSize * 3.0 * height * width * static_cast<double>(sizeof(float));
}

QString describeTime(const TrainingEstimate& e) {
  if (!e.available()) return {};
  if (e.epochs == 0)
    return QCoreApplication::translate("TrainingResources", "estimated %1 s in one pass over the training images").arg(e.onePassSeconds, 0, 'f', 1);
  return QCoreApplication::translate("TrainingResources", "estimated %1 s per epoch; %2 epochs × %3 network(s) ≈ %4 min%5")
      .arg(e.secondsPerEpoch, 0, 'f', 1)
      .arg(e.epochs)
      .arg(e.networks)
      .arg(e.totalSeconds() / 60.0, 0, 'f', 1)
      .arg(e.mayStopEarly ? QCoreApplication::translate("TrainingResources", " (before early stopping)") : QString());
}

QString describeResources(const ResourceCheck& c) {
  QString text = QCoreApplication::translate("TrainingResources", "peak memory about %1 GB of %2 GB available")
                     .arg(gib(c.memoryPeak), gib(c.memoryAvailable));
  if (c.footprint.diskBytes > 0)
    text += QCoreApplication::translate("TrainingResources", "; temporary files about %1 GB of %2 GB free in %3")
                .arg(gib(c.footprint.diskBytes), gib(c.diskFree), c.tempFolder);
  return text;
}

ResourceCheck checkResources(const TrainingFootprint& footprint) {
  ResourceCheck c;
  c.footprint = footprint;
  c.memoryPeak = residentPeakBytes(footprint);
  c.memoryAvailable = availableMemory();
  if (const double limit = memoryLimitSetting(); limit > 0 && limit < c.memoryAvailable) c.memoryAvailable = limit;
  c.tempFolder = QDir::toNativeSeparators(QDir::tempPath());
  c.diskFree = static_cast<double>(QStorageInfo(QDir::tempPath()).bytesAvailable());
  if (c.memoryPeak > c.memoryAvailable) {
    c.refusal = QCoreApplication::translate("TrainingResources",
                                            "training needs about %1 GB of memory at its peak and %2 GB are available: "
                                            "train on fewer images or at a smaller image size")
                    .arg(gib(c.memoryPeak), gib(c.memoryAvailable));
  } else if (footprint.diskBytes > 0 && footprint.diskBytes > c.diskFree) {
    c.refusal = QCoreApplication::translate("TrainingResources",
                                            "training needs about %1 GB of temporary disk space in %2 and %3 GB are free there: "
                                            "free some space or set TMPDIR to a larger disk")
                    .arg(gib(footprint.diskBytes), c.tempFolder, gib(c.diskFree));
  }
  return c;
}

void requireResources(const TrainingFootprint& footprint) {
  const ResourceCheck c = checkResources(footprint);
  if (!c.fits()) throw Error(c.refusal);
}

}  // namespace ds
