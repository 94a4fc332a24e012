#include "core/io/map_spill.h"

#include <QCoreApplication>
#include <QDir>

#include "core/error.h"

namespace ds {
namespace {

void writeAll(QFile& file, const char* data, qint64 bytes) {
  if (file.write(data, bytes) != bytes)
    throw Error(QCoreApplication::translate("MapSpill", "%1: cannot write temporary maps (%2)").arg(file.fileName(), file.errorString()));
}

void readAll(QFile& file, char* data, qint64 bytes) {
  if (file.read(data, bytes) != bytes)
    throw Error(QCoreApplication::translate("MapSpill", "%1: cannot read temporary maps back (%2)").arg(file.fileName(), file.errorString()));
}

}  // namespace

void MapList::add(cv::Mat map, cv::Mat mask) {
  maps_.push_back(std::move(map));
  masks_.push_back(std::move(mask));
}

void MapList::read(int index, cv::Mat& map, cv::Mat& mask) const {
  map = maps_.at(index);
  mask = masks_.at(index);
}

MapSpill::MapSpill() : file_(QDir::temp().filePath(QStringLiteral("defectscope-maps-XXXXXX"))) {
  if (!file_.open()) throw Error(QCoreApplication::translate("MapSpill", "cannot create a temporary file for the maps in %1 (%2)").arg(QDir::tempPath(), file_.errorString()));
}

int MapSpill::append(const cv::Mat& map, const cv::Mat& mask) {
  CV_Assert(map.type() == CV_32FC1 && (mask.empty() || (mask.type() == CV_8UC1 && mask.size() == map.size())));
  const cv::Mat m = map.isContinuous() ? map : map.clone();
  Entry e{file_.size(), map.rows, map.cols, !mask.empty()};
  file_.seek(e.offset);
  writeAll(file_, reinterpret_cast<const char*>(m.data), static_cast<qint64>(m.total() * sizeof(float)));
  if (e.mask) {
    const cv::Mat k = mask.isContinuous() ? mask : mask.clone();
    writeAll(file_, reinterpret_cast<const char*>(k.data), static_cast<qint64>(k.total()));
  }
  entries_.push_back(e);
  return size() - 1;
}

void MapSpill::read(int index, cv::Mat& map, cv::Mat& mask) const {
  const Entry& e = entries_.at(index);
  file_.seek(e.offset);
  map.create(e.rows, e.cols, CV_32FC1);
  readAll(file_, reinterpret_cast<char*>(map.data), static_cast<qint64>(map.total() * sizeof(float)));
  mask.release();
  if (e.mask) {
    mask.create(e.rows, e.cols, CV_8UC1);
    readAll(file_, reinterpret_cast<char*>(mask.data), static_cast<qint64>(mask.total()));
  }
}

}  // namespace ds
