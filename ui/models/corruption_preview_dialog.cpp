#include "ui/models/corruption_preview_dialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/methods/method_registry.h"
#include "core/methods/training_preview.h"

namespace ds::ui {

namespace {

constexpr int kSamples = 8;
constexpr int kTile = 150;

QImage toImage(const cv::Mat& rgbFloat) {
  cv::Mat bytes;
  rgbFloat.convertTo(bytes, rgbFloat.channels() == 3 ? CV_8UC3 : CV_8UC1, 255.0);
  const QImage::Format format = bytes.channels() == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
  return QImage(bytes.data, bytes.cols, bytes.rows, static_cast<qsizetype>(bytes.step), format).copy();
}

std::vector<PreviewTile> drawTiles(const TrainRequest& request, double progress, quint64 seed) {
  try {
    LoadReport report;
    TrainingPreviewRequest preview;
    preview.dataset = request.data;
    preview.settings = request.settings;
    preview.imageSize = request.imageSize.isEmpty() ? ImageSizeSpec{} : ImageSizeSpec::parse(request.imageSize);
    if (!request.crop.isEmpty()) preview.imageSize.crop = ImageSizeSpec::parseCrop(request.crop);
    preview.device = request.environment.device;
    preview.count = kSamples;
    preview.trainingProgress = progress;
    preview.seed = seed;
    const TrainingPreview draw = methodInfo(request.method).trainingPreview;
    if (!draw) return {};
    std::vector<PreviewTile> tiles;
    for (const TrainingPreviewSample& s : draw(preview, report)) tiles.push_back({toImage(s.input), toImage(s.changed), {}});
    return tiles;
  } catch (const Error& e) {
    return {{{}, {}, e.message()}};
  } catch (const std::exception& e) {  // OpenCV: shown in the dialog, never rethrown into a slot
    return {{{}, {}, QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)}};
  }
}

QLabel* imageLabel(const QImage& image, const QString& tip) {
  auto* label = new QLabel;
  label->setPixmap(QPixmap::fromImage(image.scaled(kTile, kTile, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
  label->setToolTip(tip);
  label->setFrameShape(QFrame::StyledPanel);
  return label;
}

}  // namespace

CorruptionPreviewDialog::CorruptionPreviewDialog(TrainRequest request, QWidget* parent)
    : QDialog(parent),
      request_(std::move(request)),
      progress_(new QSlider(Qt::Horizontal)),
      progressLabel_(new QLabel),
      status_(new QLabel),
      grid_(new QGridLayout) {
  setWindowTitle(tr("Training samples"));
  auto* intro = new QLabel(tr("Corrupted training inputs X̂ (left) and the masks M of what was changed (right), drawn with "
                              "the current settings. The network learns to restore the masked regions."));
  intro->setWordWrap(true);
  progress_->setRange(0, 100);
  progress_->setValue(100);
  progress_->setObjectName(QStringLiteral("trainingProgress"));
  auto* other = new QPushButton(tr("Other samples"));
  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(tr("Point of training")));
  controls->addWidget(progress_, 1);
  controls->addWidget(progressLabel_);
  controls->addWidget(other);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(controls);
  layout->addWidget(status_);
  layout->addLayout(grid_);
  layout->addStretch(1);
  layout->addWidget(buttons);

  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(progress_, &QSlider::valueChanged, this, &CorruptionPreviewDialog::redraw);
  connect(other, &QPushButton::clicked, this, [this] {
    ++draw_;
    redraw();
  });
  connect(&watcher_, &QFutureWatcher<std::vector<PreviewTile>>::finished, this, &CorruptionPreviewDialog::showTiles);
  redraw();
}

void CorruptionPreviewDialog::redraw() {
  progressLabel_->setText(tr("%1 %").arg(progress_->value()));
  if (watcher_.isRunning()) {  // one drawing at a time; the latest request follows it
    pending_ = true;
    return;
  }
  status_->setText(tr("Drawing samples…"));
  const TrainRequest request = request_;
  const double progress = progress_->value() / 100.0;
  const quint64 seed = draw_;
  watcher_.setFuture(QtConcurrent::run([request, progress, seed] { return drawTiles(request, progress, seed); }));
}

void CorruptionPreviewDialog::showTiles() {
  if (pending_) {
    pending_ = false;
    redraw();
    return;
  }
  while (QLayoutItem* item = grid_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  const std::vector<PreviewTile> tiles = watcher_.result();
  if (tiles.size() == 1 && !tiles.front().error.isEmpty()) {
    status_->setText(tiles.front().error);
    shown_ = 0;
    Q_EMIT samplesShown();
    return;
  }
  status_->setText(tr("Crops grow from the start of training to its end (progressive training); drag the slider to see."));
  for (std::size_t i = 0; i < tiles.size(); ++i) {
    const int r = static_cast<int>(i) / 4, c = static_cast<int>(i) % 4;
    auto* pair = new QWidget;
    auto* h = new QHBoxLayout(pair);
    h->setContentsMargins(2, 2, 2, 2);
    h->addWidget(imageLabel(tiles[i].corrupted, tr("corrupted input X̂")));
    h->addWidget(imageLabel(tiles[i].mask, tr("mask M (white: changed)")));
    grid_->addWidget(pair, r, c);
  }
  shown_ = static_cast<int>(tiles.size());
  Q_EMIT samplesShown();
}

}  // namespace ds::ui
