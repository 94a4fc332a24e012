#include "core/io/png_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <vector>
#include <opencv2/imgcodecs.hpp>

#include "core/error.h"

namespace ds {

void writePng(const QString& path, const cv::Mat& image) {
  const auto fail = [&path](const QString& why) {
    return Error(QCoreApplication::translate("PngFile", "%1: cannot write the image (%2)").arg(QDir::toNativeSeparators(path), why));
  };
  std::vector<uchar> png;
  if (!cv::imencode(".png", image, png)) throw fail(QCoreApplication::translate("PngFile", "PNG encoding failed"));
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char*>(png.data()), qint64(png.size())) != qint64(png.size()) ||
      !file.commit())
    throw fail(file.errorString());
}

}  // namespace ds
