#pragma once

#include <QString>
#include <opencv2/core.hpp>

#include "core/data/image_limits.h"

namespace ds {

// File extensions DefectScope treats as images when scanning folders.
bool hasImageExtension(const QString& path);

// Opens the file and checks its signature; returns an empty string when it looks like a readable
// image, otherwise the reason it is not (permission, empty, not an image, unsupported format).
// Cheap: reads only the first bytes, so scanning thousands of files stays fast.
QString sniffImageFile(const QString& path);

// Decodes image file content read from path (which only names it in errors) as 3-channel BGR, 8- or
// 16-bit as stored, EXIF orientation applied. Checks the header, the pixel limit and the data's
// integrity first; throws ds::Error naming path and the problem.
cv::Mat decodeImage(const QByteArray& bytes, const QString& path);

// Decodes an image (8/16-bit, grey/RGB/RGBA/palette PNG, JPEG, BMP, TIFF) with its EXIF orientation
// applied, as RGB float in [0,1] (CV_32FC3). Throws ds::Error naming the file and the problem.
cv::Mat readImageRgb(const QString& path);
// The same image as RGB at the depth stored (CV_8UC3 or CV_16UC3), for resizing before toUnitRgb:
// an 8-bit image then resizes as the PyTorch pipelines resize it (see antialiased_resize.h).
cv::Mat readImageRgbStored(const QString& path);
// An RGB image of any depth as float in [0,1] (CV_32FC3).
cv::Mat toUnitRgb(const cv::Mat& rgb);

// The pixel size an image file's header states, read without decoding (the first megabyte first,
// all of it when its header lies further in, as a TIFF's may); empty when it cannot be read. Before
// the EXIF orientation: a turned image decodes as its transpose.
cv::Size imageFileSize(const QString& path);

// Decodes a mask as CV_8UC1 with values 0/1 (any non-zero pixel is defective). Throws ds::Error
// when it cannot be read or when its size differs from expectedSize (unless expectedSize is empty).
cv::Mat readMask(const QString& path, cv::Size expectedSize = {});

}  // namespace ds
