#include <QTemporaryDir>
#include <optional>
#include <QtTest>
#include <atomic>
#include <chrono>
#include <thread>

#include "core/error.h"
#include "core/io/map_spill.h"
#include "tests/support/test_support.h"

namespace {

// A map whose every value tells which entry it is, and a mask that does too.
cv::Mat mapOf(int i, int rows = 12, int cols = 20) {
  cv::Mat map(rows, cols, CV_32F);
  for (int y = 0; y < rows; ++y)
    for (int x = 0; x < cols; ++x) map.at<float>(y, x) = static_cast<float>(i * 1000 + y * cols + x);
  return map;
}

cv::Mat maskOf(int i, int rows = 12, int cols = 20) { return cv::Mat(rows, cols, CV_8U, cv::Scalar(i % 2 ? 255 : 0)); }

bool same(const cv::Mat& a, const cv::Mat& b) { return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0.0; }

}  // namespace

// The temporary file a scored set's maps live in (exports, reports, the workbench's views).
class TestMapSpill : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void readsBackWhatWasAppended() {
    ds::MapSpill spill;
    const cv::Mat wide = mapOf(7, 30, 40);
    QCOMPARE(spill.append(mapOf(0), cv::Mat()), 0);
    QCOMPARE(spill.append(wide(cv::Rect(3, 2, 20, 12)), maskOf(1)), 1);  // a view: not continuous
    QCOMPARE(spill.append(mapOf(2, 5, 9), maskOf(2, 5, 9)), 2);
    QCOMPARE(spill.size(), 3);
    cv::Mat map, mask(3, 3, CV_8U);
    spill.read(0, map, mask);
    QVERIFY(same(map, mapOf(0)));
    QVERIFY(mask.empty());
    spill.read(1, map, mask);
    QVERIFY(same(map, wide(cv::Rect(3, 2, 20, 12))));
    QVERIFY(same(mask, maskOf(1)));
    spill.read(2, map, mask);
    QVERIFY(same(map, mapOf(2, 5, 9)) && same(mask, maskOf(2, 5, 9)));
  }

  // The workbench appends on the GUI thread while workers read earlier entries (the frame loader,
  // pixel metrics, a report being written).
  void readersWhileAppending() {
    ds::MapSpill spill;
    constexpr int kMaps = 300;
    std::atomic<int> written{0};
    std::atomic<bool> done{false};
    std::atomic<int> reads{0}, wrong{0};
    auto reader = [&] {
      cv::Mat map, mask;
      for (int round = 0; !done.load(); ++round) {
        const int n = written.load();
        if (n == 0) {
          std::this_thread::yield();
          continue;
        }
        const int i = (round * 7919) % n;
        spill.read(i, map, mask);
        ++reads;
        if (!same(map, mapOf(i)) || !same(mask, maskOf(i))) ++wrong;
      }
    };
    std::thread a(reader), b(reader);
    for (int i = 0; i < kMaps; ++i) {
      spill.append(mapOf(i), maskOf(i));
      written = i + 1;
      if (i % 50 == 49) std::this_thread::sleep_for(std::chrono::milliseconds(2));  // let the readers in
    }
    done = true;
    a.join();
    b.join();
    QVERIFY2(reads.load() > 0, "no read ran beside the appends");
    QCOMPARE(wrong.load(), 0);
  }

  void selectionReordersAndReplacesMasks() {
    auto spill = std::make_shared<ds::MapSpill>();
    for (int i = 0; i < 4; ++i) spill->append(mapOf(i), maskOf(i));
    ds::MapSelection selection(spill);
    selection.add(3, cv::Mat(), cv::Mat());
    selection.add(1, cv::Mat(), maskOf(0));
    selection.add(-1, mapOf(9), cv::Mat());  // held in memory: it could not be spilled
    QCOMPARE(selection.size(), 3);
    cv::Mat map, mask;
    selection.read(0, map, mask);
    QVERIFY(same(map, mapOf(3)) && mask.empty());
    selection.read(1, map, mask);
    QVERIFY(same(map, mapOf(1)) && same(mask, maskOf(0)));
    selection.read(2, map, mask);
    QVERIFY(same(map, mapOf(9)) && mask.empty());
  }

  void fullDiskNamesTheFile() {
    ds::MapSpill spill;
    spill.append(mapOf(0), cv::Mat());
    std::optional<QString> error;
    {
      dstest::FileSizeLimit limit(4096);  // as a full disk: the 40 000-byte map below does not fit
      QVERIFY(limit.active());
      error = dstest::errorOf([&] { spill.append(mapOf(1, 100, 100), cv::Mat()); });
    }
    QVERIFY2(error && error->contains(QLatin1String("defectscope-maps-")) && error->contains(QLatin1String("cannot write temporary maps")),
             qPrintable(error.value_or(QStringLiteral("no error"))));
    QCOMPARE(spill.size(), 1);  // the failed map left no entry
    cv::Mat map, mask;
    spill.read(0, map, mask);
    QVERIFY(same(map, mapOf(0)));
  }

  // A read never writes into a buffer the caller shares: a map held elsewhere stays as it was.
  void readDoesNotWriteIntoASharedBuffer() {
    ds::MapSpill spill;
    spill.append(mapOf(1), cv::Mat());
    const cv::Mat held = mapOf(2);
    cv::Mat map = held, mask;  // same size and type as the stored map, sharing held's pixels
    spill.read(0, map, mask);
    QVERIFY(same(map, mapOf(1)));
    QVERIFY(same(held, mapOf(2)));
  }
};

QTEST_GUILESS_MAIN(TestMapSpill)
#include "tst_map_spill.moc"
