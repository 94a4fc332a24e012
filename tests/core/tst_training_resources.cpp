#include <QScopeGuard>
#include <QtTest>

#include "core/error.h"
#include "core/training/training_resources.h"

// The one policy that refuses a training run before it starts: memory against what is available (or
// the DEFECTSCOPE_MEMORY_LIMIT cap), temporary files against the temporary folder's free space.
class TestTrainingResources : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void cleanup() { qunsetenv("DEFECTSCOPE_MEMORY_LIMIT"); }

  void limitCapsTheMemoryAvailable_data() {
    QTest::addColumn<QByteArray>("setting");
    QTest::addColumn<double>("bytes");
    QTest::newRow("gigabytes") << QByteArray("2G") << 2.0 * 1024 * 1024 * 1024;
    QTest::newRow("megabytes, lower case, with B") << QByteArray("512mb") << 512.0 * 1024 * 1024;
    QTest::newRow("bytes") << QByteArray("1048576") << 1048576.0;
  }
  void limitCapsTheMemoryAvailable() {
    QFETCH(QByteArray, setting);
    QFETCH(double, bytes);
    const double machine = ds::checkResources({}).memoryAvailable;
    QVERIFY(machine > 0);
    qputenv("DEFECTSCOPE_MEMORY_LIMIT", setting);
    QCOMPARE(ds::checkResources({}).memoryAvailable, std::min(bytes, machine));
  }

  void unreadableLimitIsIgnored() {
    const double machine = ds::checkResources({}).memoryAvailable;
    qputenv("DEFECTSCOPE_MEMORY_LIMIT", "lots");
    // The machine's figure moves a little between two readings; an ignored setting leaves it far above 0.
    QVERIFY(ds::checkResources({}).memoryAvailable > machine / 2);
  }

  void memoryBeyondTheLimitIsRefused() {
    qputenv("DEFECTSCOPE_MEMORY_LIMIT", "100M");
    QVERIFY(ds::checkResources({50e6, 0}).fits());
    const ds::ResourceCheck c = ds::checkResources({3.0 * 1024 * 1024 * 1024, 0});
    QVERIFY(!c.fits());
    // Shown and compared: the resident peak, the live data with the allocator's retained heap.
    QCOMPARE(c.memoryPeak, ds::residentPeakBytes(c.footprint));
    QVERIFY2(c.refusal.contains(QLatin1String("about 4.8 GB of memory at its peak and 0.1 GB are available")), qPrintable(c.refusal));
    QVERIFY_THROWS_EXCEPTION(ds::Error, ds::requireResources(c.footprint));
    QVERIFY2(ds::describeResources(c).startsWith(QLatin1String("peak memory about 4.8 GB of 0.1 GB available")), qPrintable(ds::describeResources(c)));
  }

  // The footprints count live data; the process's resident memory peaks above it by the freed heap
  // kept for speed (1.3–1.5× measured, bench/README.md). Live data that would just fit is refused.
  void retainedHeapIsCounted() {
    qputenv("DEFECTSCOPE_MEMORY_LIMIT", "100M");
    const ds::TrainingFootprint justFits{90e6, 0};
    QVERIFY(ds::residentPeakBytes(justFits) >= 1.5 * justFits.memoryBytes);
    const ds::ResourceCheck c = ds::checkResources(justFits);
    QVERIFY(!c.fits());
    QVERIFY(c.memoryPeak > c.memoryAvailable);
  }

  void temporaryFilesBeyondTheFreeSpaceAreRefused() {
    const ds::ResourceCheck fits = ds::checkResources({1e6, 1e6});
    QVERIFY(fits.fits() && fits.diskFree > 1e6);
    const ds::ResourceCheck c = ds::checkResources({1e6, fits.diskFree * 2 + 1e12});
    QVERIFY(!c.fits());
    QVERIFY2(c.refusal.contains(QLatin1String("temporary disk space in")) && c.refusal.contains(c.tempFolder) &&
                 c.refusal.contains(QLatin1String("TMPDIR")),
             qPrintable(c.refusal));
    QVERIFY(ds::describeResources(c).contains(QLatin1String("temporary files about")));
  }
};

QTEST_GUILESS_MAIN(TestTrainingResources)
#include "tst_training_resources.moc"
