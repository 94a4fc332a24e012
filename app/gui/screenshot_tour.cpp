#include "screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

#include "ui/dataset/dataset_panel.h"
#include "ui/models/corruption_preview_dialog.h"
#include "ui/models/train_dialog.h"
#include "ui/main_window.h"
#include "ui/results/result_set.h"
#include "ui/session/inspection_session.h"

ScreenshotTour::ScreenshotTour(ds::ui::MainWindow* window, QString dataset, ds::TrainRequest request, QString outputDir)
    : QObject(window), window_(window), dataset_(std::move(dataset)), request_(std::move(request)), outputDir_(std::move(outputDir)) {
  request_.output = modelDir_.filePath(QStringLiteral("%1.dsm").arg(request_.method));
}

void ScreenshotTour::start() {
  ds::ui::InspectionSession* session = window_->session();
  connect(session, &ds::ui::InspectionSession::datasetOpened, this, [this, session] { session->train(request_); },
          Qt::SingleShotConnection);
  connect(session->results(), &ds::ui::ResultSet::scoringFinished, this, &ScreenshotTour::scored, Qt::SingleShotConnection);
  connect(session, &ds::ui::InspectionSession::failed, this, [](const QString& message) {
    qCritical("%s", qPrintable(message));
    QApplication::exit(1);
  });
  window_->openDataset(dataset_);
}

void ScreenshotTour::scored() {
  const ds::ui::ResultSet* r = window_->session()->results();
  int best = -1;
  for (int i = 0; i < r->size(); ++i)
    if (r->isScored(i) && r->samples()[i].defective && (best < 0 || r->score(i) > r->score(best))) best = i;
  if (best >= 0) window_->datasetPanel()->selectSample(best);
  // Give the image load and the plots' queued replots time to land before each grab.
  // The smallest screen the workbench must serve first, then a roomy one for the documentation.
  struct Shot {
    QSize size;
    int tab;
    QString name;
  };
  const Shot shots[] = {{{1366, 768}, 1, QStringLiteral("workbench-1366x768")},
                        {{1600, 980}, 1, QStringLiteral("workbench")},
                        {{1600, 980}, 0, QStringLiteral("histogram")},
                        {{1600, 980}, 5, QStringLiteral("training-monitor")},
                        {{1600, 980}, 6, QStringLiteral("models")}};
  int delay = 1500;
  for (const Shot& shot : shots) {
    QTimer::singleShot(delay, this, [this, shot] {
      window_->resize(shot.size);
      window_->showAnalysisTab(shot.tab);
      QTimer::singleShot(800, this, [this, name = shot.name] { grab(window_, name); });
    });
    delay += 1500;
  }
  QTimer::singleShot(delay, this, &ScreenshotTour::trainingDialogs);
}

// The training dialog with the autoencoder chosen (its estimate measured) and the training-sample
// preview it opens; then the tour ends.
void ScreenshotTour::trainingDialogs() {
  auto* dialog = new ds::ui::TrainDialog(dataset_, modelDir_.path(), {}, window_->session()->trainingImageCount(),
                                         window_->session()->holdsOutImages(), false, window_);
  dialog->setMethod(QStringLiteral("inpaint_ae"));
  dialog->resize(760, 720);
  dialog->show();
  connect(dialog, &ds::ui::TrainDialog::estimateMeasured, this, [this, dialog] {
    grab(dialog, QStringLiteral("train-dialog-autoencoder"));
    auto* preview = new ds::ui::CorruptionPreviewDialog(dialog->request(), dialog);
    preview->show();
    connect(preview, &ds::ui::CorruptionPreviewDialog::samplesShown, this, [this, preview] {
      QTimer::singleShot(500, this, [this, preview] {
        grab(preview, QStringLiteral("training-samples"));
        // exit, not quit: quit closes the window, which would ask whether to save the project.
        QApplication::exit(0);
      });
    });
  }, Qt::SingleShotConnection);
}

void ScreenshotTour::grab(QWidget* widget, const QString& name) {
  const QString path = QDir(outputDir_).filePath(name + QStringLiteral(".png"));
  if (!widget->grab().save(path)) qCritical("cannot write %s", qPrintable(path));
}
