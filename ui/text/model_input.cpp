#include "ui/text/model_input.h"

#include <QCoreApplication>

#include "ui/text/numbers.h"

namespace ds::ui {

QString describeInput(const ModelHeader::Input& input) {
  const cv::Size seen = input.seen();
  if (!input.tiling)
    return QCoreApplication::translate("ModelInput", "%1 × %2 pixels").arg(seen.width).arg(seen.height);
  const Tiling& t = *input.tiling;
  const QString resolution = t.scale == 1 ? QCoreApplication::translate("ModelInput", "native resolution")
                                          : QCoreApplication::translate("ModelInput", "%1× resolution").arg(numbers::fixed(t.scale, 2));
  return QCoreApplication::translate("ModelInput", "%1 × %2 tiles at %3, overlap %4")
      .arg(t.tile.width)
      .arg(t.tile.height)
      .arg(resolution, numbers::fixed(t.overlap, 2));
}

QString inputCell(const ModelHeader::Input& input) {
  const cv::Size seen = input.seen();
  if (!input.tiling) return QStringLiteral("%1×%2").arg(seen.width).arg(seen.height);
  return QCoreApplication::translate("ModelInput", "%1×%2 tiles").arg(seen.width).arg(seen.height);
}

}  // namespace ds::ui
