#pragma once

namespace ds {

// OpenCV's cv::imdecode prints a decoder's failure on std::cerr instead of returning it, and
// DefectScope reports that failure itself, once, with the file named. While a QuietCerr lives, what
// its thread writes to std::cerr is dropped; other threads' writes reach stderr as before, so
// images can be decoded in parallel.
class QuietCerr {
 public:
  QuietCerr();
  ~QuietCerr();
  QuietCerr(const QuietCerr&) = delete;
  QuietCerr& operator=(const QuietCerr&) = delete;

 private:
  bool wasQuiet_;
};

}  // namespace ds
