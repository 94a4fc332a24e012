#pragma once

#include <QDir>
#include <QStringList>
#include <vector>

#include "core/data/load_report.h"
#include "core/data/sample.h"

// The readers behind Dataset::open, one per supported layout.
namespace ds::readers {

// Image files under dir (recursively, sorted). Non-image and unreadable files go to report.
QStringList scanImages(const QDir& dir, LoadReport& report);

std::vector<Sample> readMVTec(const QDir& root, LoadReport& report);
std::vector<Sample> readFolder(const QDir& root, LoadReport& report);
std::vector<Sample> readManifest(const QString& csvPath, LoadReport& report);

}  // namespace ds::readers
