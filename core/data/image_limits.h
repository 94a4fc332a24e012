#pragma once

#include <QString>
#include <QtGlobal>

namespace ds {

// Image files above this size are refused before they are read (a sparse or runaway file would
// otherwise be read into memory whole).
constexpr qint64 kMaxImageFileBytes = qint64(1) << 30;

// Images with more pixels (width × height) than this are refused from their header, before any
// pixel is decoded: a 20000×20000 PNG would otherwise take gigabytes first. 100 megapixels by default
// (about 1.2 GB as the RGB floats the methods read); DEFECTSCOPE_MAX_IMAGE_PIXELS in the environment
// or the CLI's --max-image-pixels change it.
constexpr qint64 kDefaultMaxImagePixels = 100'000'000;
qint64 maxImagePixels();
void setMaxImagePixels(qint64 pixels);

// Why an image of width × height cannot be decoded (no pixels, or above maxImagePixels()), translated;
// empty when it can.
QString imageSizeProblem(qint64 width, qint64 height);
// Why a decoder's block of width × height pixels (ImageHeader::blockWidth/blockHeight: a TIFF's strip
// or tile, allocated whole before it is read) cannot be decoded: above maxImagePixels(); empty when it
// can or when the format names no block (height 0).
QString blockSizeProblem(qint64 width, qint64 height);

}  // namespace ds
