#include "core/data/dataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <set>

#include "core/data/dataset_readers.h"
#include "core/error.h"

namespace ds {

Dataset Dataset::open(const QString& path, LoadReport& report, DatasetLayout layout) {
  const QFileInfo info(path);
  if (!info.exists())
    throw Error(QCoreApplication::translate("Dataset", "%1: dataset not found").arg(path));
  if (layout == DatasetLayout::Auto) {
    if (info.isFile() && info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
      layout = DatasetLayout::Manifest;
    else if (info.isDir() && (QDir(path).exists(QStringLiteral("train")) || QDir(path).exists(QStringLiteral("test"))))
      layout = DatasetLayout::MVTec;
    else
      layout = DatasetLayout::Folder;
  }
  if (layout != DatasetLayout::Manifest && !info.isDir())
    throw Error(QCoreApplication::translate("Dataset", "%1: not a folder").arg(path));

  const int problemsBefore = report.size();
  Dataset dataset;
  dataset.root_ = info.absoluteFilePath();
  dataset.layout_ = layout;
  switch (layout) {
    case DatasetLayout::MVTec: dataset.samples_ = readers::readMVTec(QDir(path), report); break;
    case DatasetLayout::Manifest: dataset.samples_ = readers::readManifest(path, report); break;
    default: dataset.samples_ = readers::readFolder(QDir(path), report); break;
  }
  if (dataset.samples_.empty() && report.size() > problemsBefore) {
    const LoadProblem first = report.problems()[std::size_t(problemsBefore)];
    throw Error(QCoreApplication::translate("Dataset", "%1: no usable images found (%2: %3)").arg(path, first.path, first.problem));
  }
  if (dataset.samples_.empty())
    throw Error(QCoreApplication::translate("Dataset", "%1: no usable images found").arg(path));
  return dataset;
}

std::vector<Sample> Dataset::trainingSamples() const {
  std::vector<Sample> train;
  std::copy_if(samples_.begin(), samples_.end(), std::back_inserter(train),
               [](const Sample& s) { return s.split == Split::Train; });
  if (!train.empty()) return train;
  const bool anyLabelled = std::any_of(samples_.begin(), samples_.end(), [](const Sample& s) { return s.labelled; });
  std::copy_if(samples_.begin(), samples_.end(), std::back_inserter(train),
               [&](const Sample& s) { return anyLabelled ? (s.labelled && !s.defective) : true; });
  return train;
}

std::vector<Sample> Dataset::testSamples() const {
  std::vector<Sample> test;
  std::copy_if(samples_.begin(), samples_.end(), std::back_inserter(test),
               [](const Sample& s) { return s.split == Split::Test; });
  return test;
}

QStringList Dataset::defectTypes() const {
  std::set<QString> types;
  for (const auto& s : samples_)
    if (s.defective) types.insert(s.defectType);
  return QStringList(types.begin(), types.end());
}

DatasetCounts Dataset::counts() const {
  DatasetCounts c;
  for (const auto& s : samples_) {
    if (!s.maskPath.isEmpty()) ++c.withMask;
    if (s.split == Split::Train) ++c.train;
    else if (!s.labelled) ++c.unlabelled;
    else if (s.defective) ++c.testDefect;
    else ++c.testGood;
  }
  return c;
}

QString Dataset::layoutName(DatasetLayout layout) {
  switch (layout) {
    case DatasetLayout::MVTec: return QStringLiteral("mvtec");
    case DatasetLayout::Manifest: return QStringLiteral("manifest");
    case DatasetLayout::Folder: return QStringLiteral("folder");
    default: return QStringLiteral("auto");
  }
}

}  // namespace ds
