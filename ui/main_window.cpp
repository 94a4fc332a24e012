#include "ui/main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QGuiApplication>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include "core/data/dataset.h"
#include "core/data/demo_data_generator.h"
#include "core/error.h"
#include "ui/dataset_panel.h"
#include "version.h"

namespace ds::ui {
namespace {

struct OpenResult {
  std::optional<Dataset> dataset;
  LoadReport report;
  QString error;
};

OpenResult scanDataset(const QString& path) {
  OpenResult result;
  try {
    result.dataset = Dataset::open(path, result.report);
  } catch (const Error& e) {
    result.error = e.message();
  }
  return result;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), panel_(new DatasetPanel), status_(new QLabel), progress_(new QProgressBar) {
  setWindowTitle(tr("DefectScope"));
  setAcceptDrops(true);
  setCentralWidget(panel_);
  progress_->setMaximumWidth(220);
  progress_->setVisible(false);
  statusBar()->addWidget(status_, 1);
  statusBar()->addPermanentWidget(progress_);
  buildMenus();
  QSettings settings;
  if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(QSize(1280, 800).boundedTo(screen.size() * 0.95));
    move(screen.center() - rect().center());
  }
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  status_->setText(tr("Open a dataset folder (File ▸ Open dataset…) or drop one onto the window."));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("&Open dataset…"), this, &MainWindow::chooseDataset);
  open->setShortcut(QKeySequence::Open);
  file->addAction(tr("Open &demo dataset"), this, &MainWindow::openDemoDataset);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About DefectScope"), this, &MainWindow::showAbout);
}

void MainWindow::setBusy(const QString& what) {
  status_->setText(what);
  progress_->setRange(0, 0);
  progress_->setVisible(true);
}

void MainWindow::openDataset(const QString& path) {
  setBusy(tr("Scanning %1…").arg(QDir::toNativeSeparators(path)));
  auto* watcher = new QFutureWatcher<OpenResult>(this);
  connect(watcher, &QFutureWatcher<OpenResult>::finished, this, [this, watcher, path] {
    const OpenResult result = watcher->result();
    watcher->deleteLater();
    progress_->setVisible(false);
    if (!result.dataset) {
      status_->setText(result.error);
      // Window-modal, not blocking: the event loop (and any running job) carries on.
      auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open dataset"), result.error, QMessageBox::Ok, this);
      box->setAttribute(Qt::WA_DeleteOnClose);
      box->open();
      Q_EMIT datasetFailed(result.error);
      return;
    }
    datasetPath_ = path;
    panel_->showDataset(*result.dataset, result.report);
    const DatasetCounts c = result.dataset->counts();
    status_->setText(tr("%1 — %2 training, %3 good and %4 defective test images, %5 unlabelled; %6 problem files")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(c.train)
                         .arg(c.testGood)
                         .arg(c.testDefect)
                         .arg(c.unlabelled)
                         .arg(result.report.size()));
    setWindowTitle(tr("DefectScope — %1").arg(QFileInfo(path).fileName()));
    QSettings().setValue(QStringLiteral("data/lastDataset"), path);
    Q_EMIT datasetOpened(path);
  });
  watcher->setFuture(QtConcurrent::run(scanDataset, path));
}

QString MainWindow::demoDatasetPath() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("demo-dataset"));
}

void MainWindow::openDemoDataset() {
  const QString path = demoDatasetPath();
  if (QDir(path).exists(QStringLiteral("train"))) {
    openDataset(path);
    return;
  }
  setBusy(tr("Writing the demo dataset to %1…").arg(QDir::toNativeSeparators(path)));
  // Written beside the final folder and renamed at the end, so an interrupted run leaves no partial dataset.
  const QString partial = path + QStringLiteral(".partial");
  QPointer<MainWindow> self(this);
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
    const QString error = watcher->result();
    watcher->deleteLater();
    if (!error.isEmpty()) {
      progress_->setVisible(false);
      status_->setText(error);
      Q_EMIT datasetFailed(error);
      return;
    }
    openDataset(path);
  });
  watcher->setFuture(QtConcurrent::run([self, path, partial]() -> QString {
    try {
      QDir(partial).removeRecursively();
      DemoDataGenerator().write(partial, [self](int done, int total) {
        QMetaObject::invokeMethod(qApp, [self, done, total] {
          if (!self) return;
          self->progress_->setRange(0, total);
          self->progress_->setValue(done);
        });
      });
      if (!QDir().rename(partial, path)) return tr("Cannot move the demo dataset into %1").arg(path);
    } catch (const Error& e) {
      return e.message();
    }
    return QString();
  }));
}

void MainWindow::chooseDataset() {
  QSettings settings;
  const QString start = settings.value(QStringLiteral("data/lastDataset"), QDir::homePath()).toString();
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open dataset folder"), start);
  if (!dir.isEmpty()) openDataset(dir);
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About DefectScope"),
                     tr("<h3>DefectScope %1</h3><p>Unsupervised visual defect inspection: train on defect-free images, "
                        "see what the model flags, tune thresholds and export reports.</p>")
                         .arg(QStringLiteral(DEFECTSCOPE_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  if (urls.size() == 1 && QFileInfo(urls.first().toLocalFile()).isDir()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  openDataset(event->mimeData()->urls().first().toLocalFile());
  event->acceptProposedAction();
}

}  // namespace ds::ui
