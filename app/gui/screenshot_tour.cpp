#include "screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTimer>

#include "core/data/image_loader.h"
#include "ui/annotation/mask_editor_dialog.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/inspection/colour_map.h"
#include "ui/inspection/inspection_view.h"
#include "ui/models/corruption_preview_dialog.h"
#include "ui/models/train_dialog.h"
#include "ui/main_window.h"
#include "ui/results/result_set.h"
#include "ui/review/review_bar.h"
#include "ui/session/inspection_session.h"

ScreenshotTour::ScreenshotTour(ds::ui::MainWindow* window, QString dataset, ds::TrainRequest request, QString outputDir)
    : QObject(window), window_(window), dataset_(std::move(dataset)), request_(std::move(request)), outputDir_(std::move(outputDir)) {
  request_.output = modelDir_.filePath(QStringLiteral("%1.dsm").arg(request_.method));
}

void ScreenshotTour::start() {
  if (!QDir().mkpath(outputDir_)) {
    qCritical("cannot create the folder %s", qPrintable(outputDir_));
    QTimer::singleShot(0, [] { QApplication::exit(1); });
    return;
  }
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
  if (!request_.tile.isEmpty()) window_->inspectionView()->setTileGridShown(true);
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
  QTimer::singleShot(delay, this, &ScreenshotTour::reviewAndEditors);
}

void ScreenshotTour::reviewAndEditors() {
  window_->resize(1600, 980);
  window_->showAnalysisTab(0);
  window_->startReview();
  QTimer::singleShot(1200, this, [this] {
    grab(window_, QStringLiteral("review-queue"));
    window_->reviewBar()->setVisible(false);
    const ds::ui::ResultSet* r = window_->session()->results();
    const int sample = window_->datasetPanel()->currentSample();
    if (sample < 0) return trainingDialogs();
    // The mask painter on the image at its own resolution, its own mask loaded, as Model ▸ Paint
    // ground-truth mask… opens it.
    ds::LoadOptions original;
    original.masks = !r->samples()[sample].maskPath.isEmpty();
    const ds::LoadedImage image = ds::loadSample(r->samples()[sample], original);
    auto* masks = new ds::ui::MaskEditorDialog(ds::ui::MaskEditorDialog::Purpose::GroundTruth, ds::ui::toQImage(image.image), image.mask, window_);
    masks->show();
    QTimer::singleShot(600, this, [this, masks, sample] {
      grab(masks, QStringLiteral("mask-editor"));
      masks->close();
      // The region editor with a fixture strip along the left edge and a label corner removed.
      const ds::ui::ResultSet* r = window_->session()->results();
      ds::LoadOptions frame = r->loadOptions();
      frame.masks = false;
      const ds::LoadedImage image = ds::loadSample(r->samples()[sample], frame);
      cv::Mat region = cv::Mat::ones(image.image.rows, image.image.cols, CV_8UC1);
      region.colRange(0, region.cols / 8).setTo(0);
      region(cv::Rect(region.cols * 3 / 4, 0, region.cols / 4, region.rows / 5)).setTo(0);
      auto* editor = new ds::ui::MaskEditorDialog(ds::ui::MaskEditorDialog::Purpose::InspectionRegion, ds::ui::toQImage(image.image), region,
                                                  window_);
      editor->show();
      QTimer::singleShot(600, this, [this, editor] {
        grab(editor, QStringLiteral("region-editor"));
        editor->close();
        trainingDialogs();
      });
    });
  });
}

// The training dialog with the autoencoder chosen (its estimate measured) and the training-sample
// preview it opens; then the tour ends.
void ScreenshotTour::trainingDialogs() {
  auto* dialog = new ds::ui::TrainDialog(dataset_, modelDir_.path(), {}, window_->session()->trainingImageCount(),
                                         window_->session()->holdsOutImages(), false, window_);
  dialog->setMethod(QStringLiteral("inpaint_ae"));
  if (!request_.tile.isEmpty()) dialog->findChild<QLineEdit*>(QStringLiteral("tile"))->setText(request_.tile);
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
        QApplication::exit(unwritten_ ? 1 : 0);
      });
    });
  }, Qt::SingleShotConnection);
}

void ScreenshotTour::grab(QWidget* widget, const QString& name) {
  const QString path = QDir(outputDir_).filePath(name + QStringLiteral(".png"));
  if (widget->grab().save(path)) return;
  qCritical("cannot write %s", qPrintable(path));
  unwritten_ = true;
}
