#pragma once

#include <QTemporaryFile>
#include <opencv2/core.hpp>
#include <vector>

namespace ds {

// Where the anomaly maps (and masks) of a scored set are kept: entry i belongs to the set's i-th image.
class MapStore {
 public:
  virtual ~MapStore() = default;
  virtual void read(int index, cv::Mat& map, cv::Mat& mask) const = 0;
};

// Maps already in memory (the workbench's cached results), shared without copying.
class MapList : public MapStore {
 public:
  void add(cv::Mat map, cv::Mat mask);
  void read(int index, cv::Mat& map, cv::Mat& mask) const override;

 private:
  std::vector<cv::Mat> maps_, masks_;
};

// Anomaly maps (and masks) parked in a temporary file while a whole set is scored, so exports and
// reports that need thresholds known only at the end can read them back one by one without holding
// every map in memory. The file is removed with the object.
class MapSpill : public MapStore {
 public:
  MapSpill();
  // Appends a CV_32FC1 map and its CV_8UC1 mask (may be empty); returns the entry's index.
  int append(const cv::Mat& map, const cv::Mat& mask);
  void read(int index, cv::Mat& map, cv::Mat& mask) const override;
  int size() const { return static_cast<int>(entries_.size()); }

 private:
  struct Entry {
    qint64 offset = 0;
    int rows = 0, cols = 0;
    bool mask = false;
  };
  mutable QTemporaryFile file_;
  std::vector<Entry> entries_;
};

}  // namespace ds
