#pragma once

#include <QString>
#include <opencv2/core.hpp>

namespace ds {

// Writes image (8-bit grey or BGR) as a PNG at path: encoded in memory, written to a temporary file
// with checked writes and renamed over path, so that a full disk is reported as such (and libpng
// prints nothing) and an existing file is never left half-written. Throws Error naming the file.
void writePng(const QString& path, const cv::Mat& image);

}  // namespace ds
