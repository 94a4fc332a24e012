#include "ui/results/frame_loader.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "core/data/image_loader.h"
#include "core/error.h"
#include "core/tiling/tile_grid.h"
#include "ui/inspection/colour_map.h"
#include "ui/results/result_set.h"
#include "ui/session/inspection_session.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

struct DecodedImage {
  QImage image;
  cv::Mat map;  // read back from the scored set's file beside the decoding
  QString error;
};

DecodedImage decode(const Sample& sample, LoadOptions options, const std::function<cv::Mat()>& readMap) {
  try {
    options.masks = false;
    return {toQImage(loadSample(sample, options).image), readMap(), {}};
  } catch (const Error& e) {
    return {{}, {}, e.message()};
  }
}

}  // namespace

FrameLoader::FrameLoader(const InspectionSession* session, QObject* parent) : QObject(parent), session_(session) {}

void FrameLoader::load(int sample) {
  const ResultSet* r = session_->results();
  if (sample < 0 || sample >= r->size()) return;
  const int request = ++request_;
  const Sample s = r->samples()[sample];
  // Unscored images are shown at their own size; scored ones as the model saw them.
  const LoadOptions options = r->isScored(sample) ? r->loadOptions() : LoadOptions{};
  const quint64 generation = r->generation();
  auto* watcher = new QFutureWatcher<DecodedImage>(this);
  connect(watcher, &QFutureWatcher<DecodedImage>::finished, this, [this, watcher, request, sample, s, generation] {
    const DecodedImage decoded = watcher->result();
    watcher->deleteLater();
    if (request != request_) return;
    if (decoded.image.isNull()) {
      Q_EMIT failed(decoded.error);
      return;
    }
    const ResultSet* r = session_->results();
    InspectionFrame frame;
    frame.image = decoded.image;
    QString caption = QDir::toNativeSeparators(QDir(r->root()).relativeFilePath(s.imagePath));
    // Scored again while decoding: the map of now.
    const cv::Mat map = generation == r->generation() ? decoded.map : r->map(sample);
    if (!map.empty() && map.cols == frame.image.width() && map.rows == frame.image.height()) {
      frame.map = map;
      frame.mask = r->mask(sample);
      frame.defectFree = s.labelled && !s.defective;
      if (r->tiling())
        for (const cv::Rect& t : tileGrid(map.size(), *r->tiling())) frame.tiles.append(QRect(t.x, t.y, t.width, t.height));
      caption += tr(" — score %1").arg(numbers::score(r->score(sample)));
    }
    if (r->isTrainingImage(sample)) caption += tr(" — a training image of this model: not scored, not in the metrics");
    if (s.labelled) caption += tr(" — label: %1").arg(s.defectType);
    frame.caption = caption;
    Q_EMIT loaded(frame);
  });
  watcher->setFuture(QtConcurrent::run(decode, s, options, r->mapReader(sample)));
}

}  // namespace ds::ui
