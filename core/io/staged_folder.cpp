#include "core/io/staged_folder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include "core/error.h"

namespace ds {
namespace {

QString clean(const QString& path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

bool isInside(const QString& path, const QString& folder) {
  return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

QString sibling(const QString& target, const char* what) {
  const QFileInfo info(target);
  return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3").arg(info.fileName(), QLatin1String(what),
                                                                      QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

}  // namespace

StagedFolder::StagedFolder(const QString& target, const QStringList& ownEntries, const QStringList& inputFolders)
    : target_(clean(target)) {
  for (const QString& input : inputFolders) {
    if (input.isEmpty()) continue;
    const QString folder = clean(input);
    if (isInside(target_, folder) || isInside(folder, target_))
      throw Error(QCoreApplication::translate("StagedFolder", "%1: the output folder must lie outside the input folder %2 (exports there would be read as images, or replace them)")
                      .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(folder)));
  }
  // What a run killed in the middle left behind: its staging folder is removed, and a previous output
  // renamed aside but not yet replaced is put back.
  const QFileInfo targetInfo(target_);
  const QDir parent = targetInfo.absoluteDir();
  for (const QString& left : parent.entryList({QStringLiteral(".%1.partial-*").arg(targetInfo.fileName())}, QDir::Dirs | QDir::Hidden))
    QDir(parent.filePath(left)).removeRecursively();
  for (const QString& left : parent.entryList({QStringLiteral(".%1.previous-*").arg(targetInfo.fileName())}, QDir::Dirs | QDir::Hidden)) {
    if (!QFileInfo::exists(target_)) QDir().rename(parent.filePath(left), target_);
    else QDir(parent.filePath(left)).removeRecursively();
  }
  const QFileInfo info(target_);
  if (info.exists() && !info.isDir())
    throw Error(QCoreApplication::translate("StagedFolder", "%1: exists and is not a folder").arg(QDir::toNativeSeparators(target)));
  if (info.isDir()) {
    const QStringList entries = QDir(target_).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& entry : entries)
      if (!ownEntries.contains(entry))
        throw Error(QCoreApplication::translate("StagedFolder", "%1: the folder holds \"%2\", which an export did not write; choose an empty or new folder so nothing of yours is replaced")
                        .arg(QDir::toNativeSeparators(target), entry));
  }
  staging_ = sibling(target_, "partial");
  if (!QDir().mkpath(staging_))
    throw Error(QCoreApplication::translate("StagedFolder", "%1: cannot create the output folder").arg(QDir::toNativeSeparators(info.absolutePath())));
}

StagedFolder::~StagedFolder() {
  if (!committed_) QDir(staging_).removeRecursively();
}

void StagedFolder::commit() {
  const QString previous = sibling(target_, "previous");
  const bool hadTarget = QFileInfo(target_).isDir();
  if (hadTarget && !QDir().rename(target_, previous))
    throw Error(QCoreApplication::translate("StagedFolder", "%1: cannot replace the previous output").arg(QDir::toNativeSeparators(target_)));
  if (!QDir().rename(staging_, target_)) {
    if (hadTarget) QDir().rename(previous, target_);  // put the previous output back
    throw Error(QCoreApplication::translate("StagedFolder", "%1: cannot move the new output into place").arg(QDir::toNativeSeparators(target_)));
  }
  committed_ = true;
  if (hadTarget) QDir(previous).removeRecursively();
}

}  // namespace ds
