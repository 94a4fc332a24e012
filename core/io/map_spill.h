#pragma once

#include <QTemporaryFile>
#include <memory>
#include <mutex>
#include <opencv2/core.hpp>
#include <vector>

namespace ds {

// Where the anomaly maps (and masks) of a scored set are kept: entry i belongs to the set's i-th image.
class MapStore {
 public:
  virtual ~MapStore() = default;
  virtual void read(int index, cv::Mat& map, cv::Mat& mask) const = 0;
};

// Anomaly maps (and masks) parked in a temporary file while a whole set is scored, so exports and
// reports that need thresholds known only at the end, and the workbench's views, read them back one by
// one without holding every map in memory (the kernel's page cache keeps what fits). Safe to append on
// one thread while others read: positional reads and writes, entries under a lock. The file is removed
// with the object.
class MapSpill : public MapStore {
 public:
  MapSpill();
  // Appends a CV_32FC1 map and its CV_8UC1 mask (may be empty); returns the entry's index. Throws
  // ds::Error naming the file when it cannot be written (a full disk).
  int append(const cv::Mat& map, const cv::Mat& mask);
  void read(int index, cv::Mat& map, cv::Mat& mask) const override;
  int size() const;

 private:
  struct Entry {
    qint64 offset = 0;
    int rows = 0, cols = 0;
    bool mask = false;
  };
  QTemporaryFile file_;
  mutable std::mutex mutex_;
  std::vector<Entry> entries_;
  qint64 end_ = 0;
};

// Maps chosen from a spill, in a new order, with masks given anew (the workbench's scored images of a
// set, whose ground-truth masks may have been painted since they were scored); a map that could not be
// spilled (a full disk) is held in memory instead.
class MapSelection : public MapStore {
 public:
  explicit MapSelection(std::shared_ptr<const MapSpill> spill) : spill_(std::move(spill)) {}
  // entry: the map's index in the spill, or −1 for `map` itself.
  void add(int entry, cv::Mat map, cv::Mat mask);
  int size() const { return static_cast<int>(entries_.size()); }
  void read(int index, cv::Mat& map, cv::Mat& mask) const override;

 private:
  std::shared_ptr<const MapSpill> spill_;
  std::vector<int> entries_;
  std::vector<cv::Mat> maps_, masks_;
};

}  // namespace ds
