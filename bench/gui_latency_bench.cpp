// The GUI thread's responsiveness through whole jobs (bench/README.md, "GUI latency"): a 5 ms timer
// on the GUI thread records how late each tick comes while the real MainWindow (offscreen) opens a
// large model, opens a labelled dataset, trains a model and scores the test images, opens a production
// folder and scores every image in it, goes back to the labelled set and exports its PDF report. A tick
// late by more than 100 ms is a stall the user would feel. Each phase also reports the resident memory
// at its end.
//   gui_latency_bench DATASET PRODUCTION MODEL.dsm WORK_DIR [image-size=128] [method=mean-diff] [backbone]
// DATASET: a labelled folder; PRODUCTION: a folder of unlabelled images (e.g. 5 000); MODEL: a large
// model to open (e.g. bench/model_load.sh's semi-orthogonal model).
// With DS_LATENCY_TRACE set, each stall is printed with the GUI-thread events that took over 30 ms
// (receiver class and name, event type, nesting depth): what ran during it.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QMetaEnum>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <unistd.h>
#include <vector>

#include "core/jobs/job_runner.h"
#include "core/jobs/train_job.h"
#include "core/report/report_data.h"
#include "ui/main_window.h"
#include "ui/results/result_set.h"
#include "ui/session/inspection_session.h"

namespace {

constexpr int kTickMs = 5;

// Times every event the GUI thread delivers; with DS_LATENCY_TRACE set, prints those over 30 ms.
class TimedApplication : public QApplication {
 public:
  using QApplication::QApplication;
  bool notify(QObject* receiver, QEvent* event) override {
    if (!trace_) return QApplication::notify(receiver, event);
    // Read before delivery: a DeferredDelete deletes its receiver.
    const int type = event->type();
    const char* className = receiver->metaObject()->className();
    const QString name = receiver->objectName();
    QElapsedTimer t;
    t.start();
    ++depth_;
    const bool result = QApplication::notify(receiver, event);
    --depth_;
    const double ms = t.nsecsElapsed() / 1e6;
    if (ms > 30) {
      const char* typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
      std::printf("    event %s (%d) to %s \"%s\", depth %d: %.1f ms\n", typeName ? typeName : "?", type,
                  className, qPrintable(name), depth_, ms);
    }
    return result;
  }

 private:
  const bool trace_ = qEnvironmentVariableIsSet("DS_LATENCY_TRACE");
  int depth_ = 0;
};

// Records each tick's lateness (ms past when it was due) into the current phase.
class LatencyProbe : public QObject {
 public:
  LatencyProbe() {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kTickMs);
    connect(&timer_, &QTimer::timeout, this, [this] {
      const double now = clock_.nsecsElapsed() / 1e6;
      late_.push_back(std::max(0.0, now - last_ - kTickMs));
      // A stall, with the monotonic clock at its end (perf's timestamps), to find what ran.
      if (late_.back() > 50 && qEnvironmentVariableIsSet("DS_LATENCY_TRACE")) {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        std::printf("  stall of %.1f ms ending at %ld.%06ld\n", late_.back(), static_cast<long>(ts.tv_sec), ts.tv_nsec / 1000);
      }
      last_ = now;
    });
    clock_.start();
    timer_.start();
  }
  void startPhase() {
    late_.clear();
    last_ = clock_.nsecsElapsed() / 1e6;
  }
  // Resident memory now, in MB (/proc/self/statm's second field, in pages).
  static double residentMb() {
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
      if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
      std::fclose(f);
    }
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
  }
  void report(const char* phase, double seconds) const {
    std::vector<double> l = late_;
    std::sort(l.begin(), l.end());
    const auto at = [&l](double q) { return l.empty() ? 0.0 : l[std::min(l.size() - 1, static_cast<std::size_t>(q * static_cast<double>(l.size())))]; };
    const auto over = std::count_if(l.begin(), l.end(), [](double v) { return v > 100; });
    std::printf("%-44s %7.1f s  %7zu ticks  p50 %6.1f ms  p99 %6.1f ms  max %7.1f ms  >100 ms: %lld  resident %6.0f MB\n", phase, seconds,
                l.size(), at(0.5), at(0.99), l.empty() ? 0.0 : l.back(), static_cast<long long>(over), residentMb());
    std::fflush(stdout);
  }

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  double last_ = 0;
  std::vector<double> late_;
};

// Runs the event loop until done() holds (checked every 20 ms) or the timeout passes.
bool runUntil(const std::function<bool()>& done, int timeoutMs) {
  QEventLoop loop;
  QElapsedTimer t;
  t.start();
  QTimer check;
  QObject::connect(&check, &QTimer::timeout, &loop, [&] {
    if (done() || t.elapsed() > timeoutMs) loop.quit();
  });
  check.start(20);
  loop.exec();
  return done();
}

// One phase: start() begins the work, done() says when it is over; then a second of idle GUI, to
// catch what follows a job (the views refreshing).
void phase(LatencyProbe& probe, const char* name, const std::function<void()>& start, const std::function<bool()>& done) {
  QElapsedTimer t;
  t.start();
  probe.startPhase();
  start();
  const bool finished = runUntil(done, 3'600'000);
  runUntil([] { return false; }, 1000);
  probe.report(name, t.elapsed() / 1e3);
  if (!finished) std::printf("  (did not finish within the hour)\n");
}

}  // namespace

int main(int argc, char** argv) {
  TimedApplication app(argc, argv);
  // Settings of their own: the user's workbench settings (recent files, devices) play no part.
  QApplication::setOrganizationName(QStringLiteral("DefectScope"));
  QApplication::setApplicationName(QStringLiteral("gui_latency_bench"));
  if (argc < 5) {
    std::fprintf(stderr, "usage: gui_latency_bench DATASET PRODUCTION MODEL.dsm WORK_DIR [image-size] [method] [backbone]\n");
    return 2;
  }
  const QString dataset = QString::fromLocal8Bit(argv[1]), production = QString::fromLocal8Bit(argv[2]);
  const QString model = QString::fromLocal8Bit(argv[3]), work = QString::fromLocal8Bit(argv[4]);
  const QString imageSize = argc > 5 ? QString::fromLocal8Bit(argv[5]) : QStringLiteral("128");
  const QString method = argc > 6 ? QString::fromLocal8Bit(argv[6]) : QStringLiteral("mean-diff");
  const QString backbone = argc > 7 ? QString::fromLocal8Bit(argv[7]) : QString();
  QDir().mkpath(work);
  ds::ui::MainWindow window;
  window.resize(1366, 768);
  window.show();
  ds::ui::InspectionSession* session = window.session();
  const auto idle = [session] { return !session->runner()->busy(); };
  LatencyProbe probe;
  std::printf("GUI-thread timer every %d ms; lateness of each tick\n", kTickMs);

  phase(probe, qPrintable(QStringLiteral("open a %1 MB model").arg(QFileInfo(model).size() / 1048576)), [&] { session->addModel(model); }, idle);
  session->newProject();  // its scoring of the sets below is not what is measured here

  int opened = 0;
  QObject::connect(&window, &ds::ui::MainWindow::datasetOpened, [&opened] { ++opened; });
  phase(probe, "open the labelled dataset", [&] { window.openDataset(dataset); }, [&] { return opened == 1 && idle(); });
  ds::TrainRequest request;
  request.method = method;
  request.output = QDir(work).filePath(QStringLiteral("latency-%1.dsm").arg(method));
  request.imageSize = imageSize;
  request.environment.backbone = backbone;
  int scored = 0;
  QObject::connect(session->results(), &ds::ui::ResultSet::scoringFinished, [&scored] { ++scored; });
  QFile::remove(request.output);  // trained afresh each run
  phase(probe, qPrintable(QStringLiteral("train %1, score the test images").arg(method)), [&] { session->train(request); },
        [&] { return scored == 1 && idle(); });
  std::printf("  %d images scored\n", session->results()->scoredCount());
  phase(probe, "open a production folder, score every image", [&] { session->openProductionFolder(production); },
        [&] { return opened == 2 && scored == 2 && idle(); });
  std::printf("  %d images scored\n", session->results()->scoredCount());

  phase(probe, "back to the labelled set (scored again)", [&] { session->showImageSet(0); },
        [&] { return opened == 3 && scored == 3 && idle(); });
  const QString pdf = QDir(work).filePath(QStringLiteral("latency-report.pdf"));
  QFile::remove(pdf);
  phase(probe, "export its PDF report, every image a finding",
        [&] { session->exportReport(pdf, ds::FindingsScope::All, QPageSize::A4, QStringLiteral("Bench")); },
        [&] { return idle() && QFileInfo::exists(pdf); });
  std::printf("  report %.1f MB, %d images\n", QFileInfo(pdf).size() / 1048576.0, session->results()->size());
  return 0;
}
